#pragma once

#include "callstore.h"

#include "domain/call.h"
#include "domain/suggestion.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace rr {

class PgConnection;

// Loads many calls at once, each with its suggestion, into the calls and suggestions tables: the store side
// of `rightresponse-cli import`. Calls are streamed with COPY into a temporary staging table, and each batch
// (50,000 rows by default) goes in one transaction:
//   INSERT INTO calls ... SELECT ... FROM staging ON CONFLICT (cad_id) DO NOTHING RETURNING id, cad_id
// then the suggestions of the newly inserted calls only. A CAD id already stored (or seen earlier in the
// same batch) is skipped, never updated: importing the same file twice adds nothing. Memory stays flat
// whatever the number of calls.
//
// Audit: when the connection's user is an administrator (member of rr_admin, or a superuser) and the schema
// has migration 0005, each batch sets `rr.bulk` so that the triggers skip their per-row event-log rows and
// notifications, and writes ONE summary event-log row and ONE notification per batch instead
// (log_bulk_import(); see resources/migrations/0005_bulk_import.sql). Any other user is logged row by row.
//
// Blocking calls on the given connection, which it uses exclusively until finish(): the CLI's main thread
// or a store worker thread, never the GUI thread.
class CallImporter
{
public:
    explicit CallImporter(PgConnection &connection, StoreSchema schema = StoreSchema::Live);
    ~CallImporter(); // rolls back a batch that finish() did not write
    CallImporter(const CallImporter &) = delete;
    CallImporter &operator=(const CallImporter &) = delete;

    struct Stats
    {
        qint64 read = 0;            // rows seen: added and rejected
        qint64 rejected = 0;        // bad rows (the reader's and those add() refused)
        qint64 inserted = 0;        // new calls stored, each with one suggestion (committed batches only)
        qint64 skippedExisting = 0; // CAD ids already stored, or repeated in the input
    };

    static constexpr qsizetype DefaultBatchSize = 50000;
    void setBatchSize(qsizetype rows);
    // Named in the summary event-log row of each batch ("calls-2024-05.csv").
    void setSource(const QString &source) { m_source = source; }

    enum class AddResult
    {
        Added,    // queued; written with its batch
        Rejected, // the call cannot be stored (rejection() says why); counted, nothing else happens
        Failed,   // the database failed: error() says why; the current batch is rolled back, stop importing
    };
    AddResult add(const Call &call, const Suggestion &suggestion);
    // Counts a row that the reader rejected.
    void addRejected();
    // Writes the last batch. False on a database error (error()).
    bool finish();

    const Stats &stats() const { return m_stats; }
    QString error() const { return m_error; }
    QString rejection() const { return m_rejection; }
    // Whether batches are logged with one summary row (known after the first batch began).
    bool summaryLogging() const { return m_summaryLogging; }

private:
    bool beginBatch();
    bool writeBatch();
    bool fail(const QString &message);
    bool sendBuffer();

    PgConnection &m_conn;
    StoreSchema m_schema;
    qsizetype m_batchSize = DefaultBatchSize;
    QString m_source;
    Stats m_stats;
    QString m_error;
    QString m_rejection;
    QByteArray m_buffer;       // COPY rows not yet sent
    QSet<QString> m_batchIds;  // CAD ids of the current batch
    qsizetype m_batchRows = 0; // rows queued in the current batch
    bool m_inBatch = false;    // a transaction and a COPY are open
    bool m_prepared = false;   // the staging table exists and the logging mode is known
    bool m_summaryLogging = false;
};

} // namespace rr

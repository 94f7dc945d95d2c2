#pragma once

#include "callstore.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace rr {

class PgConnection;
class TriageEngine;

// What a dispatcher asks to store: answers to some of the screening questions of one call. The request id
// makes a retried or replayed request (from the offline journal) store nothing twice.
struct ScreeningRequest
{
    QUuid requestId;
    QString cadId;
    QList<ScreeningAnswer> answers; // in the order given; a later answer to the same question wins
    QString dispatcher;
    QString workstation;

    friend bool operator==(const ScreeningRequest &, const ScreeningRequest &) = default;
};

struct ScreenOutcome
{
    enum class Status
    {
        Stored,      // the answers are stored and the call has its new suggestion (also on a replay)
        UnknownCall, // no call with that CAD id
        Invalid,     // the request itself is wrong (no answer, no dispatcher), or the call is closed
        Failed,      // the database could not be reached or refused; nothing was stored
    };
    Status status = Status::Failed;
    StoredCall call;       // Stored: the call as it is now, with its screening and new suggestion
    bool replayed = false; // Stored: this request had been stored before, nothing was added
    QString message;       // for the user
};

// Screening answers: stores a dispatcher's answers append-only with who and when, and triages the call again
// at once with all its answers (the latest per question wins; an explicit answer beats the narrative, in the
// engine) — answers and new suggestion in one transaction, so that every console, told by the change feed,
// reads both. Blocking calls on the connection it is given: the CLI or a store worker thread, never the GUI
// thread.
class ScreeningStore
{
public:
    ScreeningStore(PgConnection &connection, StoreSchema schema = StoreSchema::Live);

    ScreenOutcome screen(const ScreeningRequest &request, const TriageEngine &engine);

private:
    PgConnection &m_conn;
    StoreSchema m_schema;
};

// The answers of a request with one per question, the last given for each, in question order.
QList<ScreeningAnswer> latestPerQuestion(const QList<ScreeningAnswer> &answers);

} // namespace rr

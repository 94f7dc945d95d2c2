#pragma once

#include "columnmapping.h"
#include "csvreader.h"
#include "domain/call.h"

#include <QString>
#include <QStringList>

#include <array>

class QIODevice;

namespace rr {

// Why one row of an export was rejected. message does not repeat the line; toString() gives
// "line 12: expected 16 fields, found 15".
struct RowError
{
    qint64 line = 0;
    QString message;

    QString toString() const { return QStringLiteral("line %1: %2").arg(line).arg(message); }
};

// Turns the rows of a CAD-export CSV into rr::Call values, one at a time, through a ColumnMapping. A bad
// row is reported with its line and skipped, never fatal; only an unusable header is. Reuses the caller's
// Call so that reading a million rows allocates next to nothing. Lives on the thread that reads.
class CallRowReader
{
public:
    enum class Status
    {
        Row,
        BadRow,
        End,
        ReadError
    };

    // The device must be open for reading and outlive the reader.
    CallRowReader(QIODevice *device, ColumnMapping mapping,
                  qsizetype chunkSize = CsvReader::DefaultChunkSize);

    // Reads the header row (blank lines before it are skipped). Fails with an invocation error: empty
    // input, a mapped column missing from the header (named), no id column, none of call_type, call_code
    // and narrative.
    Result<void> open();
    // The header as read by open(), trimmed.
    QStringList header() const { return m_header; }

    // Row: call holds the next row. BadRow: error says why and on which line; call is unspecified; go on
    // calling next(). End: no more rows (also when open() failed or was not called). ReadError: the device
    // failed, error.message says how. A row of empty fields (a blank line) is skipped silently.
    // Trimmed text fields; an empty priority, lat or lon is nullopt, an empty time an invalid QDateTime,
    // an empty or absent screening answer Unknown.
    Status next(Call &call, RowError &error);

    // The row last returned by next(): its 1-based starting line, and its raw UTF-8 fields (untrimmed, one
    // per header column) for columns the reader does not know, such as an evaluation's labels. The fields are
    // valid until the next call to next().
    qint64 rowLine() const { return m_reader.recordLine(); }
    const std::vector<QByteArrayView> &rawFields() const { return m_reader.fields(); }

    // Data rows seen so far (good and bad, not blank lines), and how many of them were rejected.
    qint64 rowsRead() const { return m_rowsRead; }
    qint64 rowsRejected() const { return m_rowsRejected; }

private:
    QString fillCall(const std::vector<QByteArrayView> &fields, Call &call) const;
    QString label(InputField field) const;

    CsvReader m_reader;
    ColumnMapping m_mapping;
    ColumnIndexes m_columns{};
    QStringList m_header;
    bool m_open = false;
    qint64 m_rowsRead = 0;
    qint64 m_rowsRejected = 0;
};

} // namespace rr

#pragma once

#include "domain/call.h"
#include "io/callrowreader.h"
#include "label.h"
#include "labelcolumns.h"

namespace rr {

// One row of a labelled file: the call as triage reads it, what the labeller expects, and where it is.
struct LabelledCall
{
    Call call;
    Label label;
    qint64 line = 0; // 1-based line on which the row starts
};

// Reads a labelled file row by row: the call through a CallRowReader (the canonical columns and --map, as
// triage reads them) and the label from the columns of LabelColumns. A row whose call or label cannot be
// read is a bad row with its line and reason, never fatal; only an unusable header is. Lives on the thread
// that reads.
class LabelledCallReader
{
public:
    using Status = CallRowReader::Status;

    // The call reader must be open (its header read), outlive this reader and not be read from elsewhere.
    LabelledCallReader(CallRowReader &calls, LabelColumns columns);

    // Finds the label columns in the header. Returns "" or an invocation error (see LabelColumns::resolve).
    Result<void> open();
    // True when the file has an expected_ems column.
    bool checksEms() const { return m_indexes.expectedEms >= 0; }

    // As CallRowReader::next; a bad label is a BadRow whose message names the column ("expected (column
    // \"Reviewer\"): unknown kind \"polise\" ...").
    Status next(LabelledCall &row, RowError &error);

    // Data rows seen so far (good and bad), and how many were rejected, for whatever reason.
    qint64 rowsRead() const { return m_calls.rowsRead(); }
    qint64 rowsRejected() const { return m_calls.rowsRejected() + m_badLabels; }

private:
    QString columnLabel(qsizetype index, const QString &field) const;

    CallRowReader &m_calls;
    LabelColumns m_columns;
    LabelColumns::Indexes m_indexes;
    qint64 m_badLabels = 0;
};

} // namespace rr

#include "labelledcallreader.h"

#include <QCoreApplication>

#include "io/utf8.h"

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct LabelledCallReaderText
{
    Q_DECLARE_TR_FUNCTIONS(rr::LabelledCallReader)
};
} // namespace

LabelledCallReader::LabelledCallReader(CallRowReader &calls, LabelColumns columns)
    : m_calls(calls), m_columns(std::move(columns))
{}

Result<void> LabelledCallReader::open()
{
    const Result<LabelColumns::Indexes> resolved = m_columns.resolve(m_calls.header());
    if (!resolved)
        return resolved.failure();
    m_indexes = *resolved;
    return {};
}

LabelledCallReader::Status LabelledCallReader::next(LabelledCall &row, RowError &error)
{
    const Status status = m_calls.next(row.call, error);
    if (status != Status::Row)
        return status;
    row.line = m_calls.rowLine();
    const auto badLabel = [&](qsizetype index, const QString &field, const QString &why) {
        ++m_badLabels;
        error.line = row.line;
        error.message = QStringLiteral("%1: %2").arg(columnLabel(index, field), why);
        return Status::BadRow;
    };
    const std::vector<QByteArrayView> &fields = m_calls.rawFields();
    // The call reader checked the UTF-8 of its own columns only.
    QString text;
    if (!assignUtf8(text, trimmedBytes(fields[size_t(m_indexes.expected)])))
        return badLabel(m_indexes.expected, QStringLiteral("expected"),
                        LabelledCallReaderText::tr("invalid UTF-8"));
    Result<QList<ResponseKind>> kinds = parseExpectedKinds(text);
    if (!kinds)
        return badLabel(m_indexes.expected, QStringLiteral("expected"), kinds.error());
    row.label.kinds = std::move(kinds).value();

    row.label.ems.reset();
    if (m_indexes.expectedEms >= 0) {
        if (!assignUtf8(text, trimmedBytes(fields[size_t(m_indexes.expectedEms)])))
            return badLabel(m_indexes.expectedEms, QStringLiteral("expected_ems"),
                            LabelledCallReaderText::tr("invalid UTF-8"));
        const Result<std::optional<bool>> ems = parseExpectedEms(text);
        if (!ems)
            return badLabel(m_indexes.expectedEms, QStringLiteral("expected_ems"), ems.error());
        row.label.ems = *ems;
    }
    return Status::Row;
}

// "expected", or "expected (column \"Reviewer\")" when the file names it differently, as CallRowReader does.
QString LabelledCallReader::columnLabel(qsizetype index, const QString &field) const
{
    const QString column = m_calls.header().value(index);
    if (column.compare(field, Qt::CaseInsensitive) == 0)
        return field;
    return LabelledCallReaderText::tr("%1 (column \"%2\")").arg(field, column);
}

} // namespace rr

#include "labelledcallreader.h"

#include "io/utf8.h"

namespace rr {

LabelledCallReader::LabelledCallReader(CallRowReader &calls, LabelColumns columns)
    : m_calls(calls), m_columns(std::move(columns))
{}

QString LabelledCallReader::open()
{
    auto resolved = m_columns.resolve(m_calls.header());
    if (const QString *e = std::get_if<QString>(&resolved))
        return *e;
    m_indexes = std::get<LabelColumns::Indexes>(resolved);
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
        return badLabel(m_indexes.expected, QStringLiteral("expected"), QStringLiteral("invalid UTF-8"));
    auto kinds = parseExpectedKinds(text);
    if (const QString *e = std::get_if<QString>(&kinds))
        return badLabel(m_indexes.expected, QStringLiteral("expected"), *e);
    row.label.kinds = std::get<QList<ResponseKind>>(std::move(kinds));

    row.label.ems.reset();
    if (m_indexes.expectedEms >= 0) {
        if (!assignUtf8(text, trimmedBytes(fields[size_t(m_indexes.expectedEms)])))
            return badLabel(m_indexes.expectedEms, QStringLiteral("expected_ems"),
                            QStringLiteral("invalid UTF-8"));
        auto ems = parseExpectedEms(text);
        if (const QString *e = std::get_if<QString>(&ems))
            return badLabel(m_indexes.expectedEms, QStringLiteral("expected_ems"), *e);
        row.label.ems = std::get<std::optional<bool>>(ems);
    }
    return Status::Row;
}

// "expected", or "expected (column \"Reviewer\")" when the file names it differently, as CallRowReader does.
QString LabelledCallReader::columnLabel(qsizetype index, const QString &field) const
{
    const QString column = m_calls.header().value(index);
    if (column.compare(field, Qt::CaseInsensitive) == 0)
        return field;
    return QStringLiteral("%1 (column \"%2\")").arg(field, column);
}

} // namespace rr

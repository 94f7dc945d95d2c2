#include "labelcolumns.h"

#include <QCoreApplication>

#include "io/columnmapping.h"

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct LabelColumnsText
{
    Q_DECLARE_TR_FUNCTIONS(rr::LabelColumns)
};
} // namespace

namespace {

const QString kExpected = QStringLiteral("expected");
const QString kExpectedEms = QStringLiteral("expected_ems");

} // namespace

Result<LabelColumns::Split> LabelColumns::fromArguments(const QStringList &maps)
{
    Split split;
    for (const QString &map : maps) {
        const qsizetype eq = map.indexOf(u'=');
        const QStringView field = QStringView(map).left(eq).trimmed();
        QString *slot = nullptr;
        if (eq >= 0 && field.compare(kExpected, Qt::CaseInsensitive) == 0)
            slot = &split.labels.m_expected;
        else if (eq >= 0 && field.compare(kExpectedEms, Qt::CaseInsensitive) == 0)
            slot = &split.labels.m_expectedEms;
        if (!slot) {
            // An unknown field is named here, where both lists of fields are known; the rest ColumnMapping
            // judges.
            if (eq >= 0 && !inputFieldFromName(field))
                return Failure{LabelColumnsText::tr(
                                   "unknown field \"%1\" in column mapping \"%2\"; valid fields: %3, %4, %5")
                                   .arg(field.toString(), map, inputFieldNames().join(QStringLiteral(", ")),
                                        kExpected, kExpectedEms)};
            split.callMaps.append(map);
            continue;
        }
        const QString column = QStringView(map).mid(eq + 1).trimmed().toString();
        if (column.isEmpty())
            return Failure{LabelColumnsText::tr("column mapping \"%1\" names no column").arg(map)};
        if (!slot->isEmpty())
            return Failure{LabelColumnsText::tr("field \"%1\" is mapped twice (to \"%2\" and \"%3\")")
                               .arg(field.toString().toLower(), *slot, column)};
        *slot = column;
    }
    return split;
}

QString LabelColumns::expectedColumn() const
{
    return m_expected.isEmpty() ? kExpected : m_expected;
}

QString LabelColumns::expectedEmsColumn() const
{
    return m_expectedEms.isEmpty() ? kExpectedEms : m_expectedEms;
}

Result<LabelColumns::Indexes> LabelColumns::resolve(const QStringList &header) const
{
    const QString columns = header.join(QStringLiteral(", "));
    Indexes indexes;
    indexes.expected = findColumn(header, expectedColumn());
    if (indexes.expected < 0) {
        if (!m_expected.isEmpty())
            return Failure{LabelColumnsText::tr(
                               "column \"%1\" (mapped to expected) is not in the header; its columns are: %2")
                               .arg(m_expected, columns)};
        return Failure{
            LabelColumnsText::tr("the header has no \"expected\" column with the labels (map one with "
                                 "expected=COLUMN); its columns are: %1")
                .arg(columns)};
    }
    indexes.expectedEms = findColumn(header, expectedEmsColumn());
    if (indexes.expectedEms < 0 && !m_expectedEms.isEmpty())
        return Failure{LabelColumnsText::tr(
                           "column \"%1\" (mapped to expected_ems) is not in the header; its columns are: %2")
                           .arg(m_expectedEms, columns)};
    return indexes;
}

} // namespace rr

#include "columnmapping.h"

#include <QCoreApplication>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct ColumnMappingText
{
    Q_DECLARE_TR_FUNCTIONS(rr::ColumnMapping)
};
} // namespace

namespace {
constexpr std::array<const char16_t *, InputFieldCount> kFieldNames = {
    u"id",       u"received_at", u"call_type", u"call_code",
    u"priority", u"narrative",   u"address",   u"lat",
    u"lon",      u"beat",        u"weapon",    u"violence",
    u"injury",   u"self_harm",   u"domestic",  u"crime_in_progress"};
} // namespace

qsizetype findColumn(const QStringList &header, QStringView name)
{
    const QStringView wanted = name.trimmed();
    for (qsizetype i = 0; i < header.size(); ++i)
        if (QStringView(header.at(i)).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QString inputFieldName(InputField field)
{
    return QString::fromUtf16(kFieldNames[static_cast<int>(field)]);
}

std::optional<InputField> inputFieldFromName(QStringView name)
{
    const QStringView n = name.trimmed();
    for (int i = 0; i < InputFieldCount; ++i)
        if (n.compare(QStringView(kFieldNames[i]), Qt::CaseInsensitive) == 0)
            return static_cast<InputField>(i);
    return std::nullopt;
}

QStringList inputFieldNames()
{
    QStringList names;
    names.reserve(InputFieldCount);
    for (const char16_t *n : kFieldNames)
        names.append(QString::fromUtf16(n));
    return names;
}

Result<ColumnMapping> ColumnMapping::fromArguments(const QStringList &maps)
{
    ColumnMapping mapping;
    for (const QString &map : maps) {
        const qsizetype eq = map.indexOf(u'=');
        if (eq < 0)
            return Failure{ColumnMappingText::tr("column mapping \"%1\" is not FIELD=COLUMN").arg(map)};
        const QStringView fieldName = QStringView(map).left(eq).trimmed();
        const QString column = QStringView(map).mid(eq + 1).trimmed().toString();
        const std::optional<InputField> field = inputFieldFromName(fieldName);
        if (!field)
            return Failure{
                ColumnMappingText::tr("unknown field \"%1\" in column mapping \"%2\"; valid fields: %3")
                    .arg(fieldName.toString(), map, inputFieldNames().join(QStringLiteral(", ")))};
        if (column.isEmpty())
            return Failure{ColumnMappingText::tr("column mapping \"%1\" names no column").arg(map)};
        QString &slot = mapping.m_columns[static_cast<int>(*field)];
        if (!slot.isEmpty())
            return Failure{ColumnMappingText::tr("field \"%1\" is mapped twice (to \"%2\" and \"%3\")")
                               .arg(inputFieldName(*field), slot, column)};
        slot = column;
    }
    return mapping;
}

QString ColumnMapping::columnFor(InputField field) const
{
    return m_columns[static_cast<int>(field)];
}

bool ColumnMapping::isMapped(InputField field) const
{
    return !m_columns[static_cast<int>(field)].isEmpty();
}

QString ColumnMapping::effectiveColumn(InputField field) const
{
    return isMapped(field) ? columnFor(field) : inputFieldName(field);
}

Result<ColumnIndexes> ColumnMapping::resolve(const QStringList &header) const
{
    ColumnIndexes indexes;
    for (int i = 0; i < InputFieldCount; ++i) {
        const auto field = static_cast<InputField>(i);
        if (isMapped(field)) {
            indexes[i] = findColumn(header, m_columns[i]);
            if (indexes[i] < 0)
                return Failure{
                    ColumnMappingText::tr(
                        "column \"%1\" (mapped to %2) is not in the header; its columns are: %3")
                        .arg(m_columns[i], inputFieldName(field), header.join(QStringLiteral(", ")))};
        } else {
            indexes[i] = findColumn(header, QStringView(kFieldNames[i]));
        }
    }
    return indexes;
}

} // namespace rr

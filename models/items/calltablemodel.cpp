#include "calltablemodel.h"

#include <QColor>

namespace rr {

QColor kindColor(ResponseKind kind)
{
    switch (kind) {
    case ResponseKind::Unarmed:
        return QColor(0x2e, 0x9d, 0x5b);
    case ResponseKind::CoResponder:
        return QColor(0xd8, 0x8c, 0x1a);
    case ResponseKind::Police:
        return QColor(0x3b, 0x6e, 0xd8);
    }
    return {};
}

QString kindSymbol(ResponseKind kind)
{
    switch (kind) {
    case ResponseKind::Unarmed:
        return QStringLiteral("\u25CF"); // filled circle
    case ResponseKind::CoResponder:
        return QStringLiteral("\u25D0"); // half circle
    case ResponseKind::Police:
        return QStringLiteral("\u25A0"); // square
    }
    return {};
}

CallTableModel::CallTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CallTableModel::append(const Call &call, const Suggestion &suggestion)
{
    append({{call, suggestion}});
}

void CallTableModel::append(const QList<std::pair<Call, Suggestion>> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

int CallTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallTableModel::display(const Call &c, const Suggestion &s, int column) const
{
    switch (column) {
    case Received:
        return c.receivedAt.isValid() ? c.receivedAt.toString(QStringLiteral("HH:mm:ss")) : QString();
    case Priority:
        return c.priority ? QVariant(*c.priority) : QVariant();
    case CallType:
        return c.callCode.isEmpty() ? c.callType : QStringLiteral("%1 (%2)").arg(c.callType, c.callCode);
    case Category:
        return s.category;
    case Response:
        return kindSymbol(s.kind) + u' ' + displayName(s.kind);
    case Ems:
        return s.ems ? tr("EMS") : QString();
    case Confidence:
        return QString::number(s.confidence, 'f', 2);
    case Location:
        return c.beat.isEmpty() ? c.address : QStringLiteral("%1 \u00B7 beat %2").arg(c.address, c.beat);
    default:
        return {};
    }
}

QVariant CallTableModel::sortValue(const Call &c, const Suggestion &s, int column) const
{
    switch (column) {
    case Received:
        return c.receivedAt;
    case Priority:
        return c.priority.value_or(99);
    case Response:
        return int(s.kind);
    case Ems:
        return s.ems;
    case Confidence:
        return s.confidence;
    default:
        return display(c, s, column);
    }
}

QVariant CallTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const auto &[c, s] = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(c, s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Response && !s.reasons.isEmpty())
            return s.reasons.first().text;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Response)
            return kindColor(s.kind);
        return {};
    case SortRole:
        return sortValue(c, s, index.column());
    case KindRole:
        return int(s.kind);
    case CallIdRole:
        return c.id;
    default:
        return {};
    }
}

QVariant CallTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Received:
        return tr("Received");
    case Priority:
        return tr("Pri");
    case CallType:
        return tr("Call type");
    case Category:
        return tr("Category");
    case Response:
        return tr("Suggestion");
    case Ems:
        return tr("EMS");
    case Confidence:
        return tr("Conf.");
    case Location:
        return tr("Location");
    default:
        return {};
    }
}

} // namespace rr

#include "unittablemodel.h"

#include "kindstyle.h"

#include <QColor>

namespace rr {

UnitTableModel::UnitTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void UnitTableModel::resetTo(const QList<Unit> &units)
{
    beginResetModel();
    m_units = units;
    m_rows.clear();
    for (int i = 0; i < m_units.size(); ++i)
        m_rows.insert(m_units[i].id, i);
    endResetModel();
}

bool UnitTableModel::upsert(const Unit &unit)
{
    const int row = m_rows.value(unit.id, -1);
    if (row < 0) {
        const int at = int(m_units.size());
        beginInsertRows({}, at, at);
        m_units.append(unit);
        m_rows.insert(unit.id, at);
        endInsertRows();
        return true;
    }
    if (m_units[row] == unit)
        return false;
    m_units[row] = unit;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

const Unit *UnitTableModel::find(const QString &id) const
{
    const int row = m_rows.value(id, -1);
    return row < 0 ? nullptr : &m_units[row];
}

int UnitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int UnitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_units.size())
        return {};
    const Unit &u = m_units.at(index.row());
    if (role == UnitIdRole)
        return u.id;
    if (role == StatusRole)
        return int(u.status);
    if (role == KindRole)
        return int(u.kind);
    if (role == SortRole) {
        switch (index.column()) {
        case Kind:
            return int(u.kind);
        case Status:
            return int(u.status);
        default:
            break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Kind)
        return kindColor(u.kind);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Id:
        return u.name.isEmpty() || u.name == u.id ? u.id : QStringLiteral("%1  %2").arg(u.id, u.name);
    case Kind:
        return kindSymbol(u.kind) + u' ' + displayName(u.kind);
    case Status:
        return displayName(u.status);
    case CurrentCall:
        return u.currentCall;
    case Position:
        return u.latitude && u.longitude
                   ? QStringLiteral("%1, %2").arg(*u.latitude, 0, 'f', 4).arg(*u.longitude, 0, 'f', 4)
                   : QString();
    default:
        return {};
    }
}

QVariant UnitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Unit");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case CurrentCall:
        return tr("Call");
    case Position:
        return tr("Position");
    default:
        return {};
    }
}

} // namespace rr

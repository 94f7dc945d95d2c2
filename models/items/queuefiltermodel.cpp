#include "queuefiltermodel.h"

#include "queuemodel.h"

namespace rr {

QueueFilterModel::QueueFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(QueueModel::SortRole);
    setDynamicSortFilter(true);
}

void QueueFilterModel::setUndecidedOnly(bool on)
{
    m_undecidedOnly = on;
    invalidateFilter();
}

void QueueFilterModel::setKind(std::optional<ResponseKind> kind)
{
    m_kind = kind;
    invalidateFilter();
}

void QueueFilterModel::setBeat(const QString &beat)
{
    m_beat = beat.trimmed();
    invalidateFilter();
}

void QueueFilterModel::useDefaultOrder()
{
    m_defaultOrder = true;
    QSortFilterProxyModel::sort(0, Qt::AscendingOrder);
}

void QueueFilterModel::sort(int column, Qt::SortOrder order)
{
    m_defaultOrder = false;
    QSortFilterProxyModel::sort(column, order);
}

bool QueueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_undecidedOnly && i.data(QueueModel::DecidedRole).toBool())
        return false;
    if (m_kind && i.data(QueueModel::KindRole).toInt() != int(*m_kind))
        return false;
    if (!m_beat.isEmpty() &&
        i.data(QueueModel::BeatRole).toString().compare(m_beat, Qt::CaseInsensitive) != 0)
        return false;
    return true;
}

bool QueueFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_defaultOrder)
        return left.data(QueueModel::DefaultOrderRole).toLongLong() <
               right.data(QueueModel::DefaultOrderRole).toLongLong();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace rr

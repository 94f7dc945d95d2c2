#pragma once

#include "domain/responsekind.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace rr {

// The queue as a dispatcher sees it: default order (undecided first, then priority, then age) or a column's
// order, and filters: undecided only, one suggested kind, one beat. Lives on the GUI thread.
class QueueFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QueueFilterModel(QObject *parent = nullptr);

    void setUndecidedOnly(bool on);
    void setKind(std::optional<ResponseKind> kind);
    void setBeat(const QString &beat); // empty: every beat
    bool undecidedOnly() const { return m_undecidedOnly; }
    // Back to the default order after sorting by a column.
    void useDefaultOrder();

    // A column's order, as the header asks for it.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_undecidedOnly = false;
    std::optional<ResponseKind> m_kind;
    QString m_beat;
    bool m_defaultOrder = true;
};

} // namespace rr

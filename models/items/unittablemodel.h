#pragma once

#include "domain/unit.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace rr {

// The unit board: every unit with kind, status, position and current call. Updated in place by unit id
// (dataChanged), rows inserted for new units; reset only on a full resync. Lives on the GUI thread.
class UnitTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Kind,
        Status,
        CurrentCall,
        Position,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        UnitIdRole,
        StatusRole,
        KindRole
    };

    explicit UnitTableModel(QObject *parent = nullptr);

    void resetTo(const QList<Unit> &units);
    // True when something changed.
    bool upsert(const Unit &unit);
    QList<Unit> units() const { return m_units; }
    const Unit *find(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Unit> m_units;
    QHash<QString, int> m_rows;
};

} // namespace rr

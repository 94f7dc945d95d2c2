#pragma once

#include "report/reportfigures.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace rr {

// The review's decision list: every decision of the period with dispatcher, workstation, call type,
// category, suggested -> chosen, accepted or overridden (and which way), reason, note, seconds to decide and
// the latest review. Rows are kept in arrival order with an O(1) look-up by decision id: a live decision is
// inserted (beginInsertRows), a reviewed one changes in place (dataChanged); reset only on a new filter.
// Sort through SortRole (raw values). GUI thread.
class DecisionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Call,
        Dispatcher,
        Category,
        Decision,
        Direction,
        Reason,
        Review,
        Seconds,
        Workstation,
        CallType,
        Note,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        DecisionIdRole,
        ReviewedRole,
    };

    explicit DecisionListModel(QObject *parent = nullptr);

    void resetTo(const QList<DecisionRow> &rows);
    // Inserts a new decision or updates a known one; true when something changed.
    bool upsert(const DecisionRow &row);
    const DecisionRow *find(qint64 decisionId) const;
    const QList<DecisionRow> &rows() const { return m_rows; }
    qsizetype reviewedCount() const;
    // Reason codes to their labels (from the database's list), for the Reason column.
    void setReasonLabels(const QHash<QString, QString> &labels);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString directionText(int direction);
    static QString verdictText(const QString &verdict);

private:
    QList<DecisionRow> m_rows;
    QHash<qint64, int> m_index;
    QHash<QString, QString> m_reasonLabels;
};

} // namespace rr

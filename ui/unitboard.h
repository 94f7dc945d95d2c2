#pragma once

#include "domain/unit.h"

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace rr {

class UnitTableModel;

// The unit board: every unit by kind with its status, position and call. Keys set the selected unit's
// status (A available, D dispatched, E en route, S on scene, X out of service, F off shift); so does the
// context menu. GUI thread.
class UnitBoard : public QWidget
{
    Q_OBJECT
public:
    explicit UnitBoard(UnitTableModel *units, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    QString currentUnitId() const;

Q_SIGNALS:
    void statusRequested(const QString &unitId, rr::UnitStatus status);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMenu(const QPoint &pos);

    QSortFilterProxyModel *m_sorted;
    QTableView *m_view;
};

} // namespace rr

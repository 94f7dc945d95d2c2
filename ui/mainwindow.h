#pragma once

#include <QMainWindow>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace rr {

class CallDetailView;
class CallTableModel;

// The console's main window: composes the call table and the call detail; owns no business logic.
// Lives on the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(CallTableModel *calls, QWidget *parent = nullptr);

    void setStatusText(const QString &text);

private:
    void showCurrent();

    CallTableModel *m_calls;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    CallDetailView *m_detail;
    QLabel *m_status;
};

} // namespace rr

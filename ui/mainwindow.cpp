#include "mainwindow.h"

#include "calldetailview.h"
#include "items/calltablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

namespace rr {

MainWindow::MainWindow(CallTableModel *calls, QWidget *parent)
    : QMainWindow(parent), m_calls(calls), m_sorted(new QSortFilterProxyModel(this)), m_table(new QTableView),
      m_detail(new CallDetailView), m_status(new QLabel)
{
    setWindowTitle(tr("RightResponse"));
    m_sorted->setSourceModel(m_calls);
    m_sorted->setSortRole(CallTableModel::SortRole);

    m_table->setObjectName(QStringLiteral("callTable"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CallTableModel::Received, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    setCentralWidget(split);
    statusBar()->addWidget(m_status, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrent);
    connect(m_calls, &QAbstractItemModel::rowsInserted, this, [this] {
        m_table->resizeColumnsToContents();
        if (!m_table->currentIndex().isValid())
            m_table->selectRow(0);
    });
    resize(1400, 820);
}

void MainWindow::setStatusText(const QString &text)
{
    m_status->setText(text);
}

void MainWindow::showCurrent()
{
    const QModelIndex proxy = m_table->currentIndex();
    if (!proxy.isValid()) {
        m_detail->clearCall();
        return;
    }
    const int row = m_sorted->mapToSource(proxy).row();
    m_detail->showCall(m_calls->call(row), m_calls->suggestion(row));
}

} // namespace rr

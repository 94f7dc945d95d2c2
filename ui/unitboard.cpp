#include "unitboard.h"

#include "items/unittablemodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

namespace {
struct StatusKey
{
    Qt::Key key;
    UnitStatus status;
};
constexpr StatusKey kStatusKeys[] = {
    {Qt::Key_A, UnitStatus::Available},    {Qt::Key_D, UnitStatus::Dispatched},
    {Qt::Key_E, UnitStatus::EnRoute},      {Qt::Key_S, UnitStatus::OnScene},
    {Qt::Key_X, UnitStatus::OutOfService}, {Qt::Key_F, UnitStatus::OffShift}};
} // namespace

UnitBoard::UnitBoard(UnitTableModel *units, QWidget *parent)
    : QWidget(parent), m_sorted(new QSortFilterProxyModel(this)), m_view(new QTableView)
{
    m_sorted->setSourceModel(units);
    m_sorted->setSortRole(UnitTableModel::SortRole);
    m_sorted->setDynamicSortFilter(true);
    m_view->setObjectName(QStringLiteral("unitBoard"));
    m_view->setAccessibleName(tr("Unit board"));
    m_view->setAccessibleDescription(tr("Every unit with its kind, status and current call"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UnitTableModel::Kind, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(UnitTableModel::Id, 300);
    m_view->setColumnWidth(UnitTableModel::Kind, 150);
    m_view->setColumnWidth(UnitTableModel::Status, 140);
    m_view->setColumnWidth(UnitTableModel::CurrentCall, 130);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    connect(m_view, &QWidget::customContextMenuRequested, this, &UnitBoard::showMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

QString UnitBoard::currentUnitId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(UnitTableModel::UnitIdRole).toString() : QString();
}

bool UnitBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString id = currentUnitId();
        if (!id.isEmpty() && key->modifiers() == Qt::NoModifier)
            for (const StatusKey &k : kStatusKeys)
                if (key->key() == k.key) {
                    Q_EMIT statusRequested(id, k.status);
                    return true;
                }
    }
    return QWidget::eventFilter(watched, event);
}

void UnitBoard::showMenu(const QPoint &pos)
{
    const QString id = currentUnitId();
    if (id.isEmpty())
        return;
    QMenu menu(this);
    for (const StatusKey &k : kStatusKeys) {
        QAction *a = menu.addAction(displayName(k.status), this,
                                    [this, id, s = k.status] { Q_EMIT statusRequested(id, s); });
        a->setShortcut(QKeySequence(k.key));
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace rr

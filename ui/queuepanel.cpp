#include "queuepanel.h"

#include "items/queuefiltermodel.h"
#include "items/queuemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rr {

QueuePanel::QueuePanel(QueueModel *queue, QWidget *parent)
    : QWidget(parent), m_queue(queue), m_filter(new QueueFilterModel(this)), m_view(new QTableView),
      m_undecided(new QCheckBox(tr("&Undecided only"))), m_kind(new QComboBox), m_beat(new QLineEdit)
{
    m_filter->setSourceModel(m_queue);
    m_filter->useDefaultOrder();

    auto *filters = new QHBoxLayout;
    m_undecided->setObjectName(QStringLiteral("undecidedOnly"));
    m_undecided->setAccessibleDescription(tr("Show only the calls nobody has decided yet"));
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setAccessibleName(tr("Filter by suggested kind"));
    m_kind->setAccessibleDescription(tr("Show only the calls suggested this kind of response"));
    m_kind->addItem(tr("All suggestions"), -1);
    for (ResponseKind k : {ResponseKind::Unarmed, ResponseKind::CoResponder, ResponseKind::Police})
        m_kind->addItem(displayName(k), int(k));
    auto *kindLabel = new QLabel(tr("&Suggestion:"));
    kindLabel->setBuddy(m_kind);
    m_beat->setObjectName(QStringLiteral("beatFilter"));
    m_beat->setPlaceholderText(tr("all beats"));
    // Wide enough for the hint in every language ("todos los sectores").
    m_beat->setMaximumWidth(
        std::max(110, m_beat->fontMetrics().horizontalAdvance(m_beat->placeholderText()) + 24));
    auto *beatLabel = new QLabel(tr("&Beat:"));
    beatLabel->setBuddy(m_beat);
    filters->addWidget(m_undecided);
    filters->addSpacing(12);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addSpacing(12);
    filters->addWidget(beatLabel);
    filters->addWidget(m_beat);
    filters->addStretch();

    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setAccessibleName(tr("Call queue"));
    m_view->setAccessibleDescription(
        tr("The live call queue shared by every console: Enter accepts the suggestion, O overrides it"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(false); // default order; a header click sorts by that column
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->installEventFilter(this);
    const int widths[] = {46, 64, 240, 150, 250, 130, 50, 110};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_view->setColumnWidth(c, widths[c]);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    connect(m_undecided, &QCheckBox::toggled, m_filter, &QueueFilterModel::setUndecidedOnly);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int k = m_kind->currentData().toInt();
        m_filter->setKind(k < 0 ? std::nullopt : std::optional(ResponseKind(k)));
    });
    connect(m_beat, &QLineEdit::textChanged, m_filter, &QueueFilterModel::setBeat);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        const bool same = m_filter->sortColumn() == column;
        m_filter->sort(column, same && m_filter->sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                                   : Qt::AscendingOrder);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentCallChanged(currentCadId()); });
    // Keep a selection: the first call when the queue fills, and the same call when rows move.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_filter->index(0, 0));
    });
    // A resync replaces the rows: keep the dispatcher on the call they were on, so Enter never lands
    // elsewhere.
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keep = currentCadId(); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_keep.isEmpty() ? -1 : m_queue->rowOf(m_keep);
        if (row >= 0)
            selectCall(m_keep);
        else if (m_filter->rowCount() > 0)
            m_view->setCurrentIndex(m_filter->index(0, 0));
    });
}

QString QueuePanel::currentCadId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(QueueModel::CadIdRole).toString() : QString();
}

void QueuePanel::selectCall(const QString &cadId)
{
    const int row = m_queue->rowOf(cadId);
    if (row < 0)
        return;
    const QModelIndex i = m_filter->mapFromSource(m_queue->index(row, 0));
    if (i.isValid())
        m_view->setCurrentIndex(i);
}

bool QueuePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString id = currentCadId();
        if (!id.isEmpty() && key->modifiers() == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter: {
                // The decided call sinks to the bottom; the dispatcher goes on with the next one. A call that
                // needs screening is not accepted (the session asks for the screening): stay on it.
                const int row = m_view->currentIndex().row();
                const bool staysOpen = m_view->currentIndex().data(QueueModel::NeedsScreeningRole).toBool();
                Q_EMIT acceptRequested(id);
                if (!staysOpen && m_filter->rowCount() > row + 1)
                    m_view->setCurrentIndex(m_filter->index(row + 1, 0));
                return true;
            }
            case Qt::Key_O:
                Q_EMIT overrideRequested(id);
                return true;
            case Qt::Key_C:
                Q_EMIT closeRequested(id);
                return true;
            case Qt::Key_Q:
                Q_EMIT screeningRequested(id);
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rr

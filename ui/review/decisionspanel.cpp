#include "decisionspanel.h"

#include "items/decisionlistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rr {

DecisionsPanel::DecisionsPanel(DecisionListModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)),
      m_period(new QComboBox(this)), m_from(new QDateTimeEdit(this)), m_to(new QDateTimeEdit(this)),
      m_dispatcher(new QComboBox(this)), m_category(new QComboBox(this)), m_reason(new QComboBox(this)),
      m_direction(new QComboBox(this)), m_overridesOnly(new QCheckBox(tr("&Overrides only"), this)),
      m_view(new QTableView(this)), m_summary(new QLabel(this))
{
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setAccessibleName(tr("Period"));
    m_period->setAccessibleDescription(tr("The period whose decisions are listed and counted"));
    m_period->addItem(tr("This shift"), int(ReportPeriod::ThisShift));
    m_period->addItem(tr("Last 24 h"), int(ReportPeriod::Last24Hours));
    m_period->addItem(tr("Last 7 days"), int(ReportPeriod::Last7Days));
    m_period->addItem(tr("Last 30 days"), int(ReportPeriod::Last30Days));
    m_period->addItem(tr("Custom\u2026"), int(ReportPeriod::Custom));
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
        e->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setAccessibleName(tr("From"));
    m_from->setAccessibleDescription(tr("Start of a custom period"));
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setAccessibleName(tr("To"));
    m_to->setAccessibleDescription(tr("End of a custom period"));
    m_dispatcher->setObjectName(QStringLiteral("dispatcherFilter"));
    m_dispatcher->setAccessibleName(tr("Dispatcher filter"));
    m_dispatcher->setAccessibleDescription(tr("Only this dispatcher's decisions"));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setAccessibleName(tr("Category filter"));
    m_category->setAccessibleDescription(tr("Only calls of this category"));
    m_reason->setObjectName(QStringLiteral("reasonFilter"));
    m_reason->setAccessibleName(tr("Reason filter"));
    m_reason->setAccessibleDescription(tr("Only overrides with this reason"));
    m_direction->setObjectName(QStringLiteral("directionFilter"));
    m_direction->setAccessibleName(tr("Direction filter"));
    m_direction->setAccessibleDescription(tr("Only overrides toward police, or only away from police"));
    m_overridesOnly->setObjectName(QStringLiteral("overridesOnly"));
    m_overridesOnly->setAccessibleDescription(tr("List overrides only, or every decision"));
    m_overridesOnly->setChecked(true);
    for (QComboBox *c : {m_dispatcher, m_category, m_reason, m_direction}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(10);
    }
    setItems(m_dispatcher, tr("All dispatchers"), {});
    setItems(m_category, tr("All categories"), {});
    setItems(m_reason, tr("All reasons"), {});
    m_direction->addItem(tr("Either direction"), QString());
    m_direction->addItem(tr("\u25B2 Toward police"), QStringLiteral("toward_police"));
    m_direction->addItem(tr("\u25BC Away from police"), QStringLiteral("away_from_police"));
    // Each filter wide enough for its "all" item in every language ("Todos los despachadores").
    for (QComboBox *c : {m_dispatcher, m_category, m_reason, m_direction})
        c->setMinimumContentsLength(std::max(10, int(c->itemText(0).size())));

    auto *bar = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("\u2013"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_overridesOnly);
    bar->addStretch(1);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_dispatcher);
    filters->addWidget(m_category);
    filters->addWidget(m_reason);
    filters->addWidget(m_direction);
    filters->addStretch(1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DecisionListModel::SortRole);
    m_view->setObjectName(QStringLiteral("decisionList"));
    m_view->setAccessibleName(tr("Decisions"));
    m_view->setAccessibleDescription(tr("Every decision of the period; Enter opens the call's whole story"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DecisionListModel::Time, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    const QList<int> widths{95, 125, 75, 120, 175, 130, 150, 150, 65, 85, 150};
    for (qsizetype c = 0; c < widths.size(); ++c)
        m_view->setColumnWidth(int(c), widths[c]);
    m_summary->setObjectName(QStringLiteral("listSummary"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    connect(m_period, &QComboBox::currentIndexChanged, this, &DecisionsPanel::onPeriod);
    for (QComboBox *c : {m_dispatcher, m_category, m_reason, m_direction})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_quiet)
                Q_EMIT filterChanged();
        });
    for (QDateTimeEdit *e : {m_from, m_to})
        connect(e, &QDateTimeEdit::editingFinished, this, [this] { Q_EMIT filterChanged(); });
    connect(m_overridesOnly, &QCheckBox::toggled, this, [this] { Q_EMIT filterChanged(); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT decisionOpened(index.data(DecisionListModel::DecisionIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT decisionOpened(current.data(DecisionListModel::DecisionIdRole).toLongLong());
            });
    onPeriod();
}

void DecisionsPanel::setItems(QComboBox *combo, const QString &any, const QStringList &values,
                              const QStringList &labels)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(any, QString());
    for (qsizetype i = 0; i < values.size(); ++i)
        combo->addItem(i < labels.size() ? labels[i] : values[i], values[i]);
    const int at = combo->findData(current);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

void DecisionsPanel::setChoices(const QStringList &dispatchers, const QStringList &categories)
{
    m_quiet = true;
    setItems(m_dispatcher, tr("All dispatchers"), dispatchers);
    setItems(m_category, tr("All categories"), categories);
    m_quiet = false;
}

void DecisionsPanel::setReasons(const QList<CountRow> &reasons)
{
    QStringList codes, labels;
    for (const CountRow &r : reasons) {
        codes.append(r.code);
        labels.append(r.label); // translated by the review window
    }
    m_quiet = true;
    setItems(m_reason, tr("All reasons"), codes, labels);
    m_quiet = false;
}

void DecisionsPanel::setPeriod(ReportPeriod period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void DecisionsPanel::onPeriod()
{
    const auto period = ReportPeriod(m_period->currentData().toInt());
    const bool custom = period == ReportPeriod::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const auto [from, to] = periodRange(period, QDateTime::currentDateTime());
        m_from->setDateTime(from);
        m_to->setDateTime(to);
    }
    Q_EMIT filterChanged();
}

ReportFilter DecisionsPanel::filter() const
{
    ReportFilter f;
    const auto period = ReportPeriod(m_period->currentData().toInt());
    if (period == ReportPeriod::Custom) {
        f.from = m_from->dateTime();
        f.to = m_to->dateTime();
    } else {
        // Preset periods end now, whenever they are asked for.
        std::tie(f.from, f.to) = periodRange(period, QDateTime::currentDateTime());
    }
    f.dispatcher = m_dispatcher->currentData().toString();
    f.category = m_category->currentData().toString();
    f.reason = m_reason->currentData().toString();
    f.direction = m_direction->currentData().toString();
    return f;
}

bool DecisionsPanel::overridesOnly() const
{
    return m_overridesOnly->isChecked();
}

void DecisionsPanel::setSummary(const QString &text)
{
    m_summary->setText(text);
}

qint64 DecisionsPanel::currentDecision() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(DecisionListModel::DecisionIdRole).toLongLong() : 0;
}

void DecisionsPanel::selectDecision(qint64 decisionId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex i = m_proxy->index(row, 0);
        if (i.data(DecisionListModel::DecisionIdRole).toLongLong() == decisionId) {
            m_view->setCurrentIndex(i);
            m_view->scrollTo(i);
            return;
        }
    }
}

} // namespace rr

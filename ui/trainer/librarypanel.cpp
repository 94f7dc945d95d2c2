#include "librarypanel.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rr {

LibraryPanel::LibraryPanel(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_name(new QLineEdit(this)),
      m_from(new QDateTimeEdit(this)), m_to(new QDateTimeEdit(this)),
      m_create(new QPushButton(tr("&Build from history"), this))
{
    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setAccessibleName(tr("Training library"));
    m_list->setAccessibleDescription(
        tr("Every scenario's latest version; choose one to see its key and run it"));
    m_name->setObjectName(QStringLiteral("newScenarioName"));
    m_name->setAccessibleName(tr("New scenario name"));
    m_name->setAccessibleDescription(tr("A name not yet in the library, e.g. tuesday-night"));
    m_name->setPlaceholderText(tr("e.g. last-night"));
    const QDateTime now = QDateTime::currentDateTime();
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_from->setAccessibleName(tr("History from"));
    m_from->setAccessibleDescription(tr("The first call's time"));
    m_from->setDateTime(now.addSecs(-2 * 3600));
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_to->setObjectName(QStringLiteral("historyTo"));
    m_to->setAccessibleName(tr("History to"));
    m_to->setAccessibleDescription(tr("The end of the period"));
    m_to->setDateTime(now);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_create->setObjectName(QStringLiteral("buildFromHistory"));
    m_create->setAccessibleDescription(tr("Make a scenario of the calls received in the period, "
                                          "de-identified, with their decisions as the key"));

    auto *box = new QGroupBox(tr("New scenario from the history"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(m_create);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Training library</b>"), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(box);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!selected().isEmpty())
            Q_EMIT scenarioChosen(selected());
    });
    connect(m_create, &QPushButton::clicked, this, [this] {
        Q_EMIT createFromHistoryRequested(m_name->text().trimmed(), m_from->dateTime(), m_to->dateTime());
    });
}

void LibraryPanel::setScenarios(const QList<ScenarioSummary> &scenarios)
{
    const QString current = selected();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const ScenarioSummary &s : scenarios) {
        const qint64 seconds = s.durationMs / 1000;
        auto *item =
            new QListWidgetItem(tr("%1  v%2\n%n call(s) \u00B7 %3:%4 \u00B7 %5", nullptr, int(s.callCount))
                                    .arg(s.name)
                                    .arg(s.version)
                                    .arg(seconds / 60)
                                    .arg(seconds % 60, 2, 10, QLatin1Char('0'))
                                    .arg(s.tags.join(QStringLiteral(", "))),
                                m_list);
        item->setData(Qt::UserRole, s.name);
        item->setToolTip(s.description);
    }
    select(current);
}

QString LibraryPanel::selected() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void LibraryPanel::select(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == name)
            m_list->setCurrentRow(i);
}

} // namespace rr

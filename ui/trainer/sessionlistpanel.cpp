#include "sessionlistpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rr {

namespace {

enum Column
{
    Id,
    ScenarioName,
    State,
    Released,
    Trainees,
    StartedBy,
    Created,
    ColumnCount
};

} // namespace

SessionListPanel::SessionListPanel(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, ColumnCount)), m_follow(new QPushButton(tr("&Follow"))),
      m_refresh(new QPushButton(tr("Re&fresh"))), m_archive(new QPushButton(tr("Ar&chive")))
{
    setObjectName(QStringLiteral("sessionList"));
    m_table->setObjectName(QStringLiteral("sessionsTable"));
    m_table->setAccessibleName(tr("Training sessions"));
    m_table->setAccessibleDescription(
        tr("Every training session, newest first; Enter follows the selected one live"));
    m_table->setHorizontalHeaderLabels({tr("Session"), tr("Scenario"), tr("State"), tr("Released"),
                                        tr("Trainees"), tr("Started by"), tr("Created")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_follow->setObjectName(QStringLiteral("followSession"));
    m_follow->setAccessibleDescription(tr("Show the selected session's trainees live and score them"));
    m_refresh->setObjectName(QStringLiteral("refreshSessions"));
    m_refresh->setAccessibleDescription(tr("Read the list of sessions again"));
    m_archive->setObjectName(QStringLiteral("archiveSession"));
    m_archive->setAccessibleDescription(
        tr("Record the selected ended session's scores and drop its sandboxes; its scores and report stay"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_follow);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_archive);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_follow, &QPushButton::clicked, this, &SessionListPanel::followSelected);
    connect(m_refresh, &QPushButton::clicked, this, &SessionListPanel::refreshRequested);
    connect(m_archive, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedSession())
            Q_EMIT archiveRequested(id);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SessionListPanel::updateButtons);
    // Enter or a double click on a row.
    connect(m_table, &QTableWidget::activated, this, &SessionListPanel::followSelected);
}

void SessionListPanel::setSessions(const QList<TrainingSession> &sessions)
{
    const qint64 selected = selectedSession();
    m_list = sessions;
    m_table->setRowCount(int(sessions.size()));
    const QLocale locale;
    for (int row = 0; row < sessions.size(); ++row) {
        const TrainingSession &s = sessions[row];
        const QStringList cells = {
            QString::number(s.id),
            tr("%1 v%2").arg(s.scenarioName).arg(s.scenarioVersion),
            s.archivedAt.isValid() ? tr("%1, archived").arg(toString(s.state)) : toString(s.state),
            tr("%1 of %2").arg(s.released).arg(s.callCount),
            s.trainees.join(QStringLiteral(", ")),
            s.startedBy,
            locale.toString(s.createdAt.toLocalTime(), QLocale::ShortFormat),
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, s.id);
            QFont font = item->font();
            font.setBold(s.id == m_followed);
            item->setFont(font);
            m_table->setItem(row, column, item);
        }
        if (s.id == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void SessionListPanel::updateButtons()
{
    const qint64 id = selectedSession();
    m_follow->setEnabled(id != 0);
    bool archivable = false;
    for (const TrainingSession &s : std::as_const(m_list))
        if (s.id == id)
            archivable = !s.archivedAt.isValid() &&
                         (s.state == SessionState::Finished || s.state == SessionState::Stopped);
    m_archive->setEnabled(archivable);
}

void SessionListPanel::setFollowed(qint64 sessionId)
{
    m_followed = sessionId;
    for (int row = 0; row < m_table->rowCount(); ++row)
        for (int column = 0; column < ColumnCount; ++column)
            if (QTableWidgetItem *item = m_table->item(row, column)) {
                QFont font = item->font();
                font.setBold(item->data(Qt::UserRole).toLongLong() == sessionId);
                item->setFont(font);
            }
}

qint64 SessionListPanel::selectedSession() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const QTableWidgetItem *item = m_table->item(rows.first().row(), Id);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void SessionListPanel::followSelected()
{
    if (const qint64 id = selectedSession())
        Q_EMIT followRequested(id);
}

} // namespace rr

#include "traineespanel.h"

#include "report/reporttables.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rr {

namespace {

enum Column
{
    Trainee,
    Waiting,
    Decided,
    Correct,
    Unsafe,
    MeanSeconds,
    Score,
    ColumnCount
};

} // namespace

TraineesPanel::TraineesPanel(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, ColumnCount, this))
{
    m_table->setObjectName(QStringLiteral("traineesTable"));
    m_table->setAccessibleName(tr("Trainees"));
    m_table->setAccessibleDescription(
        tr("Every trainee live: calls waiting, decided, correct so far, unsafe choices and mean time"));
    m_table->setHorizontalHeaderLabels({tr("Trainee"), tr("Waiting"), tr("Decided"), tr("Correct so far"),
                                        tr("Unsafe"), tr("Mean s"), tr("Score")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const QString t = selectedTrainee();
        if (!t.isEmpty())
            Q_EMIT traineeSelected(t);
    });
}

QString TraineesPanel::selectedTrainee() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem *item = m_table->item(rows.first().row(), Trainee);
    return item ? item->text() : QString();
}

void TraineesPanel::setProgress(int released, const QList<TraineeScore> &scores)
{
    auto setCell = [this](int row, int column, const QString &text, const QString &tip = {}) {
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, column, item);
        }
        if (item->text() != text)
            item->setText(text);
        item->setToolTip(tip);
    };
    if (m_table->rowCount() != scores.size())
        m_table->setRowCount(int(scores.size()));
    for (int row = 0; row < scores.size(); ++row) {
        const TraineeScore &s = scores[row];
        setCell(row, Trainee, s.trainee);
        setCell(row, Waiting, QString::number(std::max(0, released - s.decided)));
        setCell(row, Decided, QStringLiteral("%1 / %2").arg(s.decided).arg(released));
        setCell(row, Correct,
                s.decided
                    ? QStringLiteral("%1 (%2)").arg(s.correct).arg(formatRate(double(s.correct) / s.decided))
                    : QStringLiteral("\u2013"));
        // Text as well as colour: the warning sign carries the meaning.
        setCell(row, Unsafe, s.unsafe ? QStringLiteral("\u26A0 %1").arg(s.unsafe) : QStringLiteral("0"),
                s.unsafe ? tr("police needed, unarmed sent") : QString());
        setCell(row, MeanSeconds, s.decided ? formatSeconds(s.meanSeconds) : QStringLiteral("\u2013"),
                tr("median %1 s; %2 of %3 within 60 s")
                    .arg(formatSeconds(s.medianSeconds))
                    .arg(s.withinTarget)
                    .arg(s.decided));
        setCell(row, Score, QString::number(s.percent(), 'f', 1) + u'%');
        m_table->item(row, Unsafe)
            ->setForeground(s.unsafe ? QColor(0xc0, 0x39, 0x2b) : palette().text().color());
    }
}

} // namespace rr

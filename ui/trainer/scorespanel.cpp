#include "scorespanel.h"

#include "trainingcharts.h"
#include "ui/review/chartwidget.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rr {

ScoresPanel::ScoresPanel(QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout), m_callsTitle(new QLabel(this)),
      m_calls(new QTableWidget(this))
{
    m_calls->setObjectName(QStringLiteral("traineeCallsTable"));
    m_calls->setAccessibleName(tr("Trainee's calls"));
    m_calls->setAccessibleDescription(
        tr("Every call of the scenario: the key, the trainee's choice and the verdict"));
    m_calls->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calls->verticalHeader()->hide();
    m_calls->horizontalHeader()->setStretchLastSection(true);
    auto *charts = new QWidget(this);
    charts->setLayout(m_grid);
    auto *calls = new QWidget(this);
    auto *callsLayout = new QVBoxLayout(calls);
    callsLayout->setContentsMargins(0, 0, 0, 0);
    callsLayout->addWidget(m_callsTitle);
    callsLayout->addWidget(m_calls, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(charts);
    split->addWidget(calls);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void ScoresPanel::setScores(const TrainingReportHeader &header, const QList<TraineeScore> &scores,
                            const QList<ScoreHistoryPoint> &history)
{
    m_scores = scores;
    m_tables = trainingTables(header, scores, history);
    const QList<ChartSpec> specs = trainingCharts(scores, history);
    while (m_charts.size() < specs.size()) {
        auto *chart = new ChartWidget(this);
        const int i = int(m_charts.size());
        m_grid->addWidget(chart, i / 3, i % 3);
        m_charts << chart;
    }
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        m_charts[i]->setVisible(i < specs.size());
        if (i < specs.size())
            m_charts[i]->setSpec(specs[i]);
    }
    showTrainee(m_trainee.isEmpty() && !scores.isEmpty() ? scores.first().trainee : m_trainee);
}

void ScoresPanel::showTrainee(const QString &trainee)
{
    m_trainee = trainee;
    const ReportTable *calls = nullptr;
    for (const ReportTable &t : m_tables)
        if (t.name == QStringLiteral("calls"))
            calls = &t;
    m_calls->clear();
    m_calls->setRowCount(0);
    if (!calls)
        return;
    // The first column (the trainee) is the title instead.
    m_calls->setColumnCount(int(calls->header.size()) - 1);
    QStringList header;
    for (qsizetype c = 1; c < calls->header.size(); ++c)
        header << QString(calls->header[c]).replace(u'_', u' ');
    m_calls->setHorizontalHeaderLabels(header);
    for (const QStringList &row : calls->rows) {
        if (row.value(0) != trainee)
            continue;
        const int r = m_calls->rowCount();
        m_calls->insertRow(r);
        for (qsizetype c = 1; c < row.size(); ++c) {
            auto *item = new QTableWidgetItem(row[c]);
            if (row.contains(QStringLiteral("UNSAFE")))
                item->setBackground(QColor(0xc0, 0x39, 0x2b, 90));
            m_calls->setItem(r, int(c - 1), item);
        }
    }
    for (const TraineeScore &s : m_scores)
        if (s.trainee == trainee)
            m_callsTitle->setText(
                tr("<b>%1</b>: %2% \u00B7 %3 of %4 decided \u00B7 %5 correct \u00B7 %6 unsafe")
                    .arg(trainee.toHtmlEscaped())
                    .arg(s.percent(), 0, 'f', 1)
                    .arg(s.decided)
                    .arg(s.calls.size())
                    .arg(s.correct)
                    .arg(s.unsafe));
    m_calls->resizeColumnsToContents();
}

ChartWidget *ScoresPanel::chart(const QString &id) const
{
    for (ChartWidget *c : m_charts)
        if (!c->isHidden() && c->spec().id == id)
            return c;
    return nullptr;
}

} // namespace rr

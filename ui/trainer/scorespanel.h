#pragma once

#include "training/trainingreport.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QTableWidget;

namespace rr {

class ChartWidget;

// A session's scores: the charts (score, accuracy by category, time to decision, each trainee's progress) and
// the selected trainee's calls with the verdict on each. GUI thread.
class ScoresPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScoresPanel(QWidget *parent = nullptr);

    void setScores(const TrainingReportHeader &header, const QList<TraineeScore> &scores,
                   const QList<ScoreHistoryPoint> &history);
    void showTrainee(const QString &trainee);
    ChartWidget *chart(const QString &id) const;
    QTableWidget *callsTable() const { return m_calls; }

private:
    QList<TraineeScore> m_scores;
    QList<ReportTable> m_tables;
    QList<ChartWidget *> m_charts;
    QGridLayout *m_grid;
    QLabel *m_callsTitle;
    QTableWidget *m_calls;
    QString m_trainee;
};

} // namespace rr

#pragma once

#include "training/trainingscorer.h"

#include <QWidget>

class QTableWidget;

namespace rr {

// Every trainee of a running session, live: calls released and waiting, decided, correct so far, unsafe, and
// mean time to decision. One row per trainee, updated in place (rows are never rebuilt while the trainer
// reads them). Selecting a row asks for that trainee's calls. GUI thread.
class TraineesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TraineesPanel(QWidget *parent = nullptr);

    // released: how many of the scenario's calls have been released so far.
    void setProgress(int released, const QList<TraineeScore> &scores);
    QTableWidget *table() const { return m_table; }
    QString selectedTrainee() const;

Q_SIGNALS:
    void traineeSelected(const QString &trainee);

private:
    QTableWidget *m_table;
};

} // namespace rr

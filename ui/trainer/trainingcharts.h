#pragma once

#include "training/trainingreport.h"
#include "ui/review/chartspec.h"

#include <QList>

namespace rr {

// The trainer's charts, independent of QCustomPlot (drawn by ChartWidget into the trainer window and the
// PDF):
//   "training-score"          each trainee's score, unsafe choices over the bar;
//   "training-accuracy"       accuracy by category, one bar per trainee in each category;
//   "training-time"           mean and median seconds from receipt to decision, against the 60 s target;
//   "training-progress-<id>"  one per trainee with history: the score across sessions.
QList<ChartSpec> trainingCharts(const QList<TraineeScore> &scores,
                                const QList<ScoreHistoryPoint> &history = {});

} // namespace rr

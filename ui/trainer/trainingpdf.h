#pragma once

#include "core/result.h"
#include "training/trainingreport.h"

#include <QList>
#include <QString>

namespace rr {

// The printed training report: the session, every trainee's score, the charts (score, accuracy by category,
// time to decision, progress), then each trainee's calls on pages of their own so that each trainee can be
// handed their part. Drawn with QPdfWriter; needs a QApplication (the charts are QCustomPlot widgets, never
// shown). GUI thread or the CLI's main thread. The number of pages on success.
Result<int> writeTrainingReport(const QString &path, const TrainingReportHeader &header,
                                const QList<TraineeScore> &scores,
                                const QList<ScoreHistoryPoint> &history = {});

// "training-report_session-7.pdf"
QString trainingReportFileName(const TrainingReportHeader &header);

} // namespace rr

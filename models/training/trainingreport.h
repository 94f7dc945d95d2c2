#pragma once

#include "report/reporttables.h"
#include "trainingscorer.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rr {

// What a training report is about: the session, its scenario and the rules that made the answer key.
struct TrainingReportHeader
{
    QString sessionId;
    QString scenarioName;
    int scenarioVersion = 0;
    QString rulesVersion;
    QDateTime startedAt;
    double speed = 1.0;
};

// One trainee's score in an earlier session, for the progress table and chart.
struct ScoreHistoryPoint
{
    QString trainee;
    QString sessionId;
    QString scenarioName;
    QDateTime scoredAt;
    double percent = 0.0;
    int unsafe = 0;
};

// The tables of `rightresponse-cli training report` (text, CSV, JSON lines, and the PDF's tables), in order:
//   "trainees"   one row per trainee: score, points, decided, correct, unsafe, action, within 60 s, times;
//   "calls"      one row per trainee and call: key, choice, verdict, seconds, points;
//   "categories" accuracy per trainee and category;
//   "progress"   each trainee's earlier scores (only when history is given).
// Every number is formatted here, once, so the CLI, the trainer window and the PDF say the same thing.
QList<ReportTable> trainingTables(const TrainingReportHeader &header, const QList<TraineeScore> &scores,
                                  const QList<ScoreHistoryPoint> &history = {});

// "correct", "UNSAFE", "wrong kind", "not decided": the verdict on one call as a trainee reads it.
QString callVerdict(const CallScore &call);

} // namespace rr

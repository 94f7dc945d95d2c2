#include "trainingreport.h"

#include <QCoreApplication>

namespace rr {

namespace {
// The catalogues' context of the tables' titles (the text format's; CSV and JSON lines use their names).
struct TrainingReport
{
    Q_DECLARE_TR_FUNCTIONS(rr::TrainingReport)
};
} // namespace

namespace {

QString percentText(double percent)
{
    return QString::number(percent, 'f', 1) + u'%';
}

QString share(int part, int whole)
{
    return whole > 0 ? formatRate(static_cast<double>(part) / whole) : QString();
}

ReportTable traineesTable(const QList<TraineeScore> &scores)
{
    ReportTable t;
    t.name = QStringLiteral("trainees");
    t.title = TrainingReport::tr("Trainees");
    t.header = {QStringLiteral("trainee"),      QStringLiteral("score"),         QStringLiteral("points"),
                QStringLiteral("calls"),        QStringLiteral("decided"),       QStringLiteral("correct"),
                QStringLiteral("unsafe"),       QStringLiteral("action_right"),  QStringLiteral("within_60s"),
                QStringLiteral("mean_seconds"), QStringLiteral("median_seconds")};
    for (const TraineeScore &s : scores) {
        t.rows << QStringList{
            s.trainee,
            percentText(s.percent()),
            QStringLiteral("%1/%2").arg(s.points).arg(s.maxPoints),
            QString::number(s.calls.size()),
            QString::number(s.decided),
            QStringLiteral("%1 (%2)").arg(s.correct).arg(share(s.correct, s.decided)),
            QString::number(s.unsafe),
            QString::number(s.actionCorrect),
            QStringLiteral("%1 (%2)").arg(s.withinTarget).arg(share(s.withinTarget, s.decided)),
            s.decided ? formatSeconds(s.meanSeconds) : QString(),
            s.decided ? formatSeconds(s.medianSeconds) : QString()};
    }
    return t;
}

QString choiceText(const CallScore &c)
{
    if (!c.decision)
        return {};
    QString text = englishName(c.decision->chosen);
    if (c.decision->overridden)
        text += c.decision->reasonCode.isEmpty()
                    ? QStringLiteral(" (override)")
                    : QStringLiteral(" (override: %1)").arg(c.decision->reasonCode);
    else
        text += QStringLiteral(" (accepted)");
    return text;
}

ReportTable callsTable(const QList<TraineeScore> &scores)
{
    ReportTable t;
    t.name = QStringLiteral("calls");
    t.title = TrainingReport::tr("Every call");
    t.header = {QStringLiteral("trainee"), QStringLiteral("call"),   QStringLiteral("category"),
                QStringLiteral("key"),     QStringLiteral("choice"), QStringLiteral("verdict"),
                QStringLiteral("seconds"), QStringLiteral("points")};
    for (const TraineeScore &s : scores) {
        for (const CallScore &c : s.calls)
            t.rows << QStringList{s.trainee,
                                  c.cadId,
                                  c.category,
                                  describe(c.key),
                                  choiceText(c),
                                  callVerdict(c),
                                  formatSeconds(c.secondsToDecision),
                                  QStringLiteral("%1/%2").arg(c.points).arg(c.maxPoints)};
    }
    return t;
}

ReportTable categoriesTable(const QList<TraineeScore> &scores)
{
    ReportTable t;
    t.name = QStringLiteral("categories");
    t.title = TrainingReport::tr("Accuracy by category");
    t.header = {QStringLiteral("trainee"), QStringLiteral("category"), QStringLiteral("calls"),
                QStringLiteral("correct"), QStringLiteral("accuracy")};
    for (const TraineeScore &s : scores) {
        for (const CategoryScore &c : s.byCategory)
            t.rows << QStringList{s.trainee, c.category.isEmpty() ? QStringLiteral("(unknown)") : c.category,
                                  QString::number(c.calls), QString::number(c.correct),
                                  share(c.correct, c.calls)};
    }
    return t;
}

ReportTable progressTable(const QList<ScoreHistoryPoint> &history)
{
    ReportTable t;
    t.name = QStringLiteral("progress");
    t.title = TrainingReport::tr("Progress across sessions");
    t.header = {QStringLiteral("trainee"),  QStringLiteral("scored_at"), QStringLiteral("session"),
                QStringLiteral("scenario"), QStringLiteral("score"),     QStringLiteral("unsafe")};
    for (const ScoreHistoryPoint &p : history)
        t.rows << QStringList{p.trainee,      p.scoredAt.toString(Qt::ISODate), p.sessionId,
                              p.scenarioName, percentText(p.percent),           QString::number(p.unsafe)};
    return t;
}

} // namespace

QString callVerdict(const CallScore &call)
{
    if (!call.decision)
        return QStringLiteral("not decided");
    if (call.unsafe)
        return QStringLiteral("UNSAFE");
    QStringList faults;
    if (!call.kindCorrect)
        faults << QStringLiteral("wrong kind");
    if (!call.actionCorrect)
        faults << (call.key.expectOverride ? QStringLiteral("should override")
                                           : QStringLiteral("needless override"));
    if (call.reasonCorrect.has_value() && !*call.reasonCorrect)
        faults << QStringLiteral("other reason");
    if (!call.withinTarget)
        faults << QStringLiteral("over 60 s");
    return faults.isEmpty() ? QStringLiteral("correct") : faults.join(QStringLiteral(", "));
}

QList<ReportTable> trainingTables(const TrainingReportHeader &header, const QList<TraineeScore> &scores,
                                  const QList<ScoreHistoryPoint> &history)
{
    ReportTable session;
    session.name = QStringLiteral("session");
    session.title = TrainingReport::tr("Training session");
    session.header = {QStringLiteral("session"), QStringLiteral("scenario"), QStringLiteral("version"),
                      QStringLiteral("rules"),   QStringLiteral("started"),  QStringLiteral("speed")};
    session.rows << QStringList{header.sessionId,
                                header.scenarioName,
                                QString::number(header.scenarioVersion),
                                header.rulesVersion,
                                header.startedAt.toString(Qt::ISODate),
                                QString::number(header.speed) + u'x'};
    QList<ReportTable> tables{session, traineesTable(scores), callsTable(scores), categoriesTable(scores)};
    if (!history.isEmpty())
        tables << progressTable(history);
    return tables;
}

} // namespace rr

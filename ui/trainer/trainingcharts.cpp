#include "trainingcharts.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace rr {

namespace {

// The catalogues' context of these texts (free functions have no tr() of their own).
struct TrainingCharts
{
    Q_DECLARE_TR_FUNCTIONS(rr::TrainingCharts)
};

// Trainees are told apart by fill pattern and legend as well as colour.
const QList<QColor> kColors{QColor(0x4a, 0x80, 0xe8), QColor(0xd9, 0x6a, 0x2b), QColor(0x3a, 0xa8, 0x6b),
                            QColor(0x9b, 0x59, 0xb6), QColor(0xc0, 0x39, 0x2b), QColor(0x7f, 0x8c, 0x8d)};
const QList<Qt::BrushStyle> kPatterns{Qt::SolidPattern, Qt::BDiagPattern, Qt::Dense4Pattern,
                                      Qt::CrossPattern, Qt::FDiagPattern, Qt::Dense6Pattern};

QString categoryLabel(const QString &category)
{
    return category.isEmpty() ? TrainingCharts::tr("(unknown)") : category;
}

ChartSpec scoreChart(const QList<TraineeScore> &scores)
{
    ChartSpec c{
        QStringLiteral("training-score"), TrainingCharts::tr("Score by trainee"),
        TrainingCharts::tr("Points over the most a trainee could score; an unsafe choice costs the most")};
    ChartSeries s{TrainingCharts::tr("Score"), {}, kColors[0]};
    for (const TraineeScore &t : scores) {
        c.categories << t.trainee;
        s.values << t.percent();
        c.labels << (t.unsafe ? TrainingCharts::tr("\u26A0 %n unsafe", nullptr, t.unsafe)
                              : TrainingCharts::tr("%1/%2").arg(t.decided).arg(t.calls.size()));
        c.hover << TrainingCharts::tr(
                       "%1: %2% (%3 of %4 points), %5 of %6 calls decided, %7 correct, %8 unsafe")
                       .arg(t.trainee)
                       .arg(t.percent(), 0, 'f', 1)
                       .arg(t.points)
                       .arg(t.maxPoints)
                       .arg(t.decided)
                       .arg(t.calls.size())
                       .arg(t.correct)
                       .arg(t.unsafe);
    }
    c.series << s;
    c.unit = QStringLiteral("%");
    return c;
}

ChartSpec accuracyChart(const QList<TraineeScore> &scores)
{
    ChartSpec c{QStringLiteral("training-accuracy"), TrainingCharts::tr("Accuracy by category"),
                TrainingCharts::tr("Share of the category's calls decided with a kind the key accepts")};
    QStringList categories;
    for (const TraineeScore &t : scores)
        for (const CategoryScore &cat : t.byCategory)
            if (!categories.contains(cat.category))
                categories << cat.category;
    categories.sort();
    for (const QString &cat : categories) {
        c.categories << categoryLabel(cat);
        QStringList parts;
        for (const TraineeScore &t : scores)
            for (const CategoryScore &s : t.byCategory)
                if (s.category == cat)
                    parts << TrainingCharts::tr("%1 %2 of %3").arg(t.trainee).arg(s.correct).arg(s.calls);
        c.hover << categoryLabel(cat) + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
        c.labels << QString();
    }
    for (qsizetype i = 0; i < scores.size(); ++i) {
        ChartSeries s{scores[i].trainee, {}, kColors[i % kColors.size()], kPatterns[i % kPatterns.size()]};
        for (const QString &cat : categories) {
            double value = 0;
            for (const CategoryScore &cs : scores[i].byCategory)
                if (cs.category == cat && cs.calls > 0)
                    value = 100.0 * cs.correct / cs.calls;
            s.values << value;
        }
        c.series << s;
    }
    c.unit = QStringLiteral("%");
    return c;
}

ChartSpec timeChart(const QList<TraineeScore> &scores)
{
    ChartSpec c{
        QStringLiteral("training-time"), TrainingCharts::tr("Time to decision"),
        TrainingCharts::tr("Seconds from receipt to decision: mean solid, median hatched; target 60 s")};
    ChartSeries mean{TrainingCharts::tr("Mean"), {}, kColors[0]};
    ChartSeries median{TrainingCharts::tr("Median"), {}, kColors[1], Qt::BDiagPattern};
    for (const TraineeScore &t : scores) {
        c.categories << t.trainee;
        mean.values << t.meanSeconds;
        median.values << t.medianSeconds;
        c.labels << TrainingCharts::tr("%1 of %2 \u2264 60 s").arg(t.withinTarget).arg(t.decided);
        c.hover << TrainingCharts::tr("%1: mean %2 s, median %3 s, %4 of %5 decided within 60 s")
                       .arg(t.trainee)
                       .arg(t.meanSeconds, 0, 'f', 1)
                       .arg(t.medianSeconds, 0, 'f', 1)
                       .arg(t.withinTarget)
                       .arg(t.decided);
    }
    c.series << mean << median;
    c.unit = QStringLiteral(" s");
    c.reference = 60.0;
    c.referenceLabel = TrainingCharts::tr("target 60 s");
    return c;
}

ChartSpec progressChart(const QString &trainee, const QList<ScoreHistoryPoint> &points)
{
    ChartSpec c{QStringLiteral("training-progress-%1").arg(trainee),
                TrainingCharts::tr("Progress: %1").arg(trainee),
                TrainingCharts::tr("Score in each session, oldest first")};
    ChartSeries s{TrainingCharts::tr("Score"), {}, kColors[0]};
    s.line = true;
    for (const ScoreHistoryPoint &p : points) {
        c.categories << p.scoredAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"));
        s.values << p.percent;
        c.labels << (p.unsafe ? TrainingCharts::tr("\u26A0 %n", nullptr, p.unsafe) : QString());
        c.hover << TrainingCharts::tr("%1, session %2 (%3): %4%, %5 unsafe")
                       .arg(p.scoredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            p.sessionId, p.scenarioName)
                       .arg(p.percent, 0, 'f', 1)
                       .arg(p.unsafe);
    }
    c.series << s;
    c.unit = QStringLiteral("%");
    return c;
}

} // namespace

QList<ChartSpec> trainingCharts(const QList<TraineeScore> &scores, const QList<ScoreHistoryPoint> &history)
{
    QList<ChartSpec> out{scoreChart(scores), accuracyChart(scores), timeChart(scores)};
    QMap<QString, QList<ScoreHistoryPoint>> byTrainee;
    for (const ScoreHistoryPoint &p : history)
        byTrainee[p.trainee] << p;
    for (auto it = byTrainee.begin(); it != byTrainee.end(); ++it) {
        QList<ScoreHistoryPoint> points = it.value();
        std::sort(points.begin(), points.end(), [](const ScoreHistoryPoint &a, const ScoreHistoryPoint &b) {
            return a.scoredAt < b.scoredAt;
        });
        out << progressChart(it.key(), points);
    }
    return out;
}

} // namespace rr

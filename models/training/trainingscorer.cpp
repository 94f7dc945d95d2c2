#include "trainingscorer.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace rr {

namespace {

int timePoints(double seconds)
{
    const double target = TrainingScorer::kTargetSeconds;
    if (seconds <= target)
        return TrainingScorer::kTimePoints;
    if (seconds >= 2 * target)
        return 0;
    return static_cast<int>(std::lround(TrainingScorer::kTimePoints * (2 * target - seconds) / target));
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace

double TraineeScore::percent() const
{
    if (maxPoints <= 0)
        return 0.0;
    return std::max(0.0, 100.0 * points / maxPoints);
}

CallScore TrainingScorer::scoreCall(const ScenarioCall &call, const std::optional<TraineeDecision> &decision)
{
    CallScore s;
    s.cadId = call.call.id;
    s.key = call.key;
    s.decision = decision;
    const bool reasonAsked = call.key.expectOverride && !call.key.expectedReason.isEmpty();
    s.maxPoints = kKindPoints + kActionPoints + kTimePoints + (reasonAsked ? kReasonPoints : 0);
    if (!decision)
        return s;

    const TraineeDecision &d = *decision;
    s.kindCorrect = call.key.accepts(d.chosen);
    s.unsafe = d.chosen == ResponseKind::Unarmed && call.key.reference == ResponseKind::Police &&
               !call.key.accepts(ResponseKind::Unarmed);
    s.actionCorrect = d.overridden == call.key.expectOverride;
    if (reasonAsked && d.overridden)
        s.reasonCorrect = d.reasonCode == call.key.expectedReason;
    if (d.receivedAt.isValid() && d.decidedAt.isValid())
        s.secondsToDecision = std::max<qint64>(0, d.receivedAt.msecsTo(d.decidedAt)) / 1000.0;
    s.withinTarget = s.secondsToDecision && *s.secondsToDecision <= kTargetSeconds;

    s.points = s.unsafe ? kUnsafePoints : (s.kindCorrect ? kKindPoints : 0);
    if (s.actionCorrect)
        s.points += kActionPoints;
    if (s.reasonCorrect.value_or(false))
        s.points += kReasonPoints;
    if (s.secondsToDecision)
        s.points += timePoints(*s.secondsToDecision);
    return s;
}

TraineeScore TrainingScorer::score(const QString &trainee, const Scenario &scenario,
                                   const QList<TraineeDecision> &decisions,
                                   const QHash<QString, QString> &categoryByCadId)
{
    QHash<QString, TraineeDecision> first;
    for (const TraineeDecision &d : decisions) {
        auto it = first.find(d.cadId);
        if (it == first.end())
            first.insert(d.cadId, d);
        else if (d.decidedAt.isValid() && (!it->decidedAt.isValid() || d.decidedAt < it->decidedAt))
            *it = d;
    }

    TraineeScore t;
    t.trainee = trainee;
    QList<double> seconds;
    QMap<QString, CategoryScore> categories;
    for (const ScenarioCall &call : scenario.calls) {
        const auto found = first.constFind(call.call.id);
        CallScore s = scoreCall(call, found == first.constEnd() ? std::nullopt
                                                                : std::optional<TraineeDecision>(*found));
        s.category = categoryByCadId.value(call.call.id);
        t.points += s.points;
        t.maxPoints += s.maxPoints;
        if (s.decision) {
            ++t.decided;
            t.correct += s.kindCorrect ? 1 : 0;
            t.unsafe += s.unsafe ? 1 : 0;
            t.actionCorrect += s.actionCorrect ? 1 : 0;
            t.withinTarget += s.withinTarget ? 1 : 0;
            if (s.secondsToDecision)
                seconds << *s.secondsToDecision;
        }
        CategoryScore &c = categories[s.category];
        c.category = s.category;
        ++c.calls;
        c.correct += s.kindCorrect ? 1 : 0;
        t.calls << s;
    }
    if (!seconds.isEmpty()) {
        double sum = 0;
        for (double v : seconds)
            sum += v;
        t.meanSeconds = sum / seconds.size();
        t.medianSeconds = median(seconds);
    }
    t.byCategory = categories.values();
    return t;
}

} // namespace rr

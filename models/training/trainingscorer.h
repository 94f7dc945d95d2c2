#pragma once

#include "domain/responsekind.h"
#include "scenario.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace rr {

// One trainee's decision on one released call, as read from the trainee's sandbox.
struct TraineeDecision
{
    QString cadId; // the scenario call's id
    ResponseKind suggested = ResponseKind::Police;
    ResponseKind chosen = ResponseKind::Police;
    bool overridden = false;
    QString reasonCode; // override reason code, empty when accepted
    QDateTime receivedAt;
    QDateTime decidedAt;
};

// How one call of the scenario was scored for one trainee. Points are out of maxPoints; an unsafe choice
// (the key needs police, unarmed was sent) scores a penalty below zero.
struct CallScore
{
    QString cadId;
    QString category; // the call's category, for accuracy by category
    AnswerKey key;
    std::optional<TraineeDecision> decision; // none: the trainee never decided the call
    bool kindCorrect = false;
    bool unsafe = false;
    bool actionCorrect = false;              // accepted or overrode as the key says
    std::optional<bool> reasonCorrect;       // only when the key names a reason and an override was made
    std::optional<double> secondsToDecision; // receipt to decision
    bool withinTarget = false;               // decided within TrainingScorer::kTargetSeconds
    int points = 0;
    int maxPoints = 0;
};

// Accuracy for one category of calls.
struct CategoryScore
{
    QString category;
    int calls = 0;
    int correct = 0;
};

// One trainee's score for a session, with its breakdown.
struct TraineeScore
{
    QString trainee;
    QList<CallScore> calls; // in scenario order
    int points = 0;         // may be negative when unsafe choices outweigh the rest
    int maxPoints = 0;
    int decided = 0;
    int correct = 0; // kind accepted by the key
    int unsafe = 0;
    int actionCorrect = 0;
    int withinTarget = 0;
    double meanSeconds = 0.0;        // over decided calls
    double medianSeconds = 0.0;      // over decided calls
    QList<CategoryScore> byCategory; // sorted by category

    // 0..100: points over maxPoints, floored at 0.
    double percent() const;
};

// Scores a trainee's decisions against a scenario's answer key, the same way for everyone (docs/training.md,
// "Scoring"). Per call, out of 100 points:
//   - the kind: 60 when the key accepts it; an unsafe choice (the key's reference is police and unarmed was
//     sent) scores -100 instead, the heaviest weight of all;
//   - the action: 15 when the trainee accepted or overrode as the key says;
//   - the reason: 10 when the key names an override reason and the trainee gave it (calls whose key names no
//     reason are out of 90, so no one loses points for a question that was not asked);
//   - the time: 15 within 60 s from receipt to decision, falling linearly to 0 at 120 s.
// A call never decided scores 0. Pure: no clock, no database. Any thread.
class TrainingScorer
{
public:
    static constexpr double kTargetSeconds = 60.0;
    static constexpr int kKindPoints = 60;
    static constexpr int kUnsafePoints = -100;
    static constexpr int kActionPoints = 15;
    static constexpr int kReasonPoints = 10;
    static constexpr int kTimePoints = 15;

    // categoryByCadId gives each call's category (the suggestion's), "" when unknown. Decisions for calls
    // that are not in the scenario are ignored; when a call has several decisions, the first (by decidedAt)
    // counts, as first-wins does in the sandbox.
    static TraineeScore score(const QString &trainee, const Scenario &scenario,
                              const QList<TraineeDecision> &decisions,
                              const QHash<QString, QString> &categoryByCadId = {});

    static CallScore scoreCall(const ScenarioCall &call, const std::optional<TraineeDecision> &decision);
};

} // namespace rr

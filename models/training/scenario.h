#pragma once

#include "domain/call.h"
#include "domain/responsekind.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rr {

// What a trainee should have done with one call of a scenario: the reference response, the kinds that are
// also acceptable, whether the suggestion should be accepted or overridden, and (optionally) the override
// reason a reviewer expects. Edited by the trainer; scored by TrainingScorer.
struct AnswerKey
{
    ResponseKind reference = ResponseKind::Police;
    QList<ResponseKind> alternatives; // also correct; never contains reference
    bool expectOverride = false;      // true: the suggestion was wrong and should be overridden
    QString expectedReason;           // override reason code ("" = any reason, or none expected)
    QString source;                   // "history" (a recorded decision) or "suggestion" (the rules' answer)

    bool accepts(ResponseKind kind) const { return kind == reference || alternatives.contains(kind); }
    friend bool operator==(const AnswerKey &, const AnswerKey &) = default;
};
// "police (or co-responder), override: wrong_category": the key as a trainer reads it.
QString describe(const AnswerKey &key);

// One call as a scenario replays it: the de-identified call, when it arrives relative to the scenario's
// start, and its answer key. The call's receivedAt is not used for timing (it is rewritten at release).
struct ScenarioCall
{
    qint64 offsetMs = 0; // from the scenario's start; non-decreasing through Scenario::calls
    Call call;
    AnswerKey key;

    friend bool operator==(const ScenarioCall &, const ScenarioCall &) = default;
};

// A training scenario: de-identified historical calls with their original relative timing and an answer key.
// Travels between centres as one JSON file (ScenarioJson); stored in the training schema by ScenarioStore.
struct Scenario
{
    static constexpr int kFormatVersion = 1;

    QString name;    // unique in a centre's library, e.g. "night-shift-mental-health"
    int version = 1; // bumped each time the scenario (calls or key) is edited
    QString description;
    QStringList tags;     // free tags; "category:..." and "difficulty:easy|medium|hard" by convention
    QString source;       // where the calls came from ("durham-2024.csv", "database 2026-11-01..2026-11-08")
    QString rulesVersion; // rules that produced the "suggestion" answer keys
    QList<ScenarioCall> calls;

    qint64 durationMs() const { return calls.isEmpty() ? 0 : calls.last().offsetMs; }
    friend bool operator==(const Scenario &, const Scenario &) = default;
};

} // namespace rr

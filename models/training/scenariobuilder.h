#pragma once

#include "core/result.h"
#include "deidentifier.h"
#include "domain/triageengine.h"
#include "io/callrowreader.h"
#include "scenario.h"
#include "store/callstore.h"

#include <QList>

#include <memory>
#include <optional>

namespace rr {

// Makes a training scenario from historical calls: from a CAD export (the rows of a CallRowReader, with the
// same column mapping as `import` and `triage`) or from stored calls with their decisions. Every call is
// de-identified (there is no way around it), numbered afresh (T001, T002... in arrival order), keeps its
// offset from the first call and loses its date and time; it gets an answer key (see keyFor()). A row that
// cannot go in is reported with its line, never dropped silently: a row the reader rejects, and a call
// without a received time (the scenario keeps the calls' relative timing, so it needs every call's time;
// spacing them evenly would invent a timing that never happened). Blocking only on the reader's device; any
// thread.
class ScenarioBuilder
{
public:
    // More calls than this is a period chosen by mistake: a scenario is a shift or part of one.
    static constexpr int kMaxCalls = 1000;

    // What was built and what was left out.
    struct Built
    {
        Scenario scenario; // name, description and tags are the caller's to set
        QList<RowError> rejected;
        int historyKeys = 0;    // keys from a recorded decision
        int suggestionKeys = 0; // keys from the rules' suggestion
        int changedFields = 0;  // text fields de-identification changed, for the report
    };

    explicit ScenarioBuilder(std::shared_ptr<const RuleSet> rules);

    // Every row of an opened reader. Fails when the device fails, when no row can go in, or with more than
    // kMaxCalls calls.
    Result<Built> fromExport(CallRowReader &reader);
    // Stored calls (CallStore::receivedBetween), each with its decision when it has one.
    Result<Built> fromStored(const QList<StoredCall> &calls);

    // The answer key of a de-identified call whose suggestion from today's rules is `now`: the reference is
    // the recorded decision's chosen kind when there is one ("history"), else the suggestion ("suggestion");
    // the trainee should override exactly when the reference is not what the rules now suggest, and then
    // with the recorded override's reason when there is one. No alternatives: the trainer adds them.
    static AnswerKey keyFor(const Suggestion &now, const std::optional<DecisionRecord> &decision);

    const Deidentifier &deidentifier() const { return m_deidentifier; }

private:
    struct Source
    {
        Call call;
        std::optional<DecisionRecord> decision;
    };
    Result<Built> build(QList<Source> sources, QList<RowError> rejected);

    TriageEngine m_engine;
    Deidentifier m_deidentifier;
};

} // namespace rr

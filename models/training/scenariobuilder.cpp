#include "scenariobuilder.h"

#include <QCoreApplication>

#include <algorithm>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct ScenarioBuilderText
{
    Q_DECLARE_TR_FUNCTIONS(rr::ScenarioBuilder)
};
} // namespace

namespace {

int changedTextFields(const Call &before, const Call &after)
{
    return int(before.callType != after.callType) + int(before.callCode != after.callCode) +
           int(before.narrative != after.narrative) + int(before.address != after.address) +
           int(before.beat != after.beat);
}

Failure tooMany()
{
    return Failure{ScenarioBuilderText::tr(
                       "more than %1 calls: a scenario takes at most %1; choose a shorter period or a "
                       "smaller file")
                       .arg(ScenarioBuilder::kMaxCalls)};
}

} // namespace

ScenarioBuilder::ScenarioBuilder(std::shared_ptr<const RuleSet> rules)
    : m_engine(rules), m_deidentifier(rules)
{}

AnswerKey ScenarioBuilder::keyFor(const Suggestion &now, const std::optional<DecisionRecord> &decision)
{
    AnswerKey key;
    key.reference = decision ? decision->chosenKind : now.kind;
    key.source = decision ? QStringLiteral("history") : QStringLiteral("suggestion");
    key.expectOverride = key.reference != now.kind;
    if (key.expectOverride && decision && !decision->accepted)
        key.expectedReason = decision->reasonCode;
    return key;
}

Result<ScenarioBuilder::Built> ScenarioBuilder::fromExport(CallRowReader &reader)
{
    QList<Source> sources;
    QList<RowError> rejected;
    Call call;
    RowError error;
    for (;;) {
        const CallRowReader::Status status = reader.next(call, error);
        if (status == CallRowReader::Status::End)
            break;
        if (status == CallRowReader::Status::ReadError)
            return Failure{error.toString()};
        if (status == CallRowReader::Status::BadRow) {
            rejected.append(error);
        } else if (!call.receivedAt.isValid()) {
            rejected.append(
                {reader.rowLine(),
                 ScenarioBuilderText::tr("call %1 has no received time, and a scenario keeps the calls' "
                                         "relative timing")
                     .arg(call.id)});
        } else {
            if (sources.size() >= kMaxCalls)
                return tooMany();
            sources.append({call, std::nullopt});
        }
    }
    return build(std::move(sources), std::move(rejected));
}

Result<ScenarioBuilder::Built> ScenarioBuilder::fromStored(const QList<StoredCall> &calls)
{
    if (calls.size() > kMaxCalls)
        return tooMany();
    QList<Source> sources;
    QList<RowError> rejected;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const StoredCall &c = calls.at(i);
        if (!c.call.receivedAt.isValid())
            rejected.append({i + 1, ScenarioBuilderText::tr("call %1 has no received time").arg(c.call.id)});
        else
            sources.append({c.call, c.decision});
    }
    return build(std::move(sources), std::move(rejected));
}

Result<ScenarioBuilder::Built> ScenarioBuilder::build(QList<Source> sources, QList<RowError> rejected)
{
    if (sources.isEmpty())
        return Failure{rejected.isEmpty() ? ScenarioBuilderText::tr("no calls to build a scenario from")
                                          : ScenarioBuilderText::tr(
                                                "no calls to build a scenario from: all %1 were rejected")
                                                .arg(rejected.size())};
    std::stable_sort(sources.begin(), sources.end(),
                     [](const Source &a, const Source &b) { return a.call.receivedAt < b.call.receivedAt; });
    const QDateTime first = sources.first().call.receivedAt;
    Built built;
    built.rejected = std::move(rejected);
    built.scenario.rulesVersion = m_engine.rules().version;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const Source &source = sources.at(i);
        ScenarioCall sc;
        sc.offsetMs = first.msecsTo(source.call.receivedAt);
        sc.call = m_deidentifier.call(source.call);
        built.changedFields += changedTextFields(source.call, sc.call);
        sc.call.id = QStringLiteral("T%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        // Triaged with its original time, as the rules' service hours saw it; the time goes afterwards.
        sc.key = keyFor(m_engine.triage(sc.call), source.decision);
        sc.call.receivedAt = QDateTime();
        (source.decision ? built.historyKeys : built.suggestionKeys) += 1;
        built.scenario.calls.append(std::move(sc));
    }
    return built;
}

} // namespace rr

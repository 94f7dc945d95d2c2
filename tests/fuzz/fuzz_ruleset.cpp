// Fuzz target: the rule-set loader (RuleSetLoader::loadData), which reads a centre's rule set (--rules FILE)
// with its "extends" of a built-in set, and the engine built from what it accepts.
//
// Checks besides "no crash": a refusal has a message; an accepted rule set triages a few calls to
// suggestions with a confidence from 0 to 1 and at least one reason.
//
// "extends" of a file ("base.json") is looked up in tests/fuzz/rules/, which holds a small base and a loop.
// An input that extends a built-in set ("default", "example-city") is skipped: compiling the 130 kB default
// set costs ~0.13 s optimised and over a second under the sanitizers, the same every time, which would turn
// every such input into a "slow input"; the triage target and tst_rulesetloader cover the built-in sets.

#include "fuzztarget.h"

#include "domain/rulesetloader.h"
#include "domain/triageengine.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

QList<rr::Call> sampleCalls()
{
    rr::Call welfare;
    welfare.id = QStringLiteral("F1");
    welfare.callType = QStringLiteral("WELFARE CHECK");
    welfare.narrative = QStringLiteral("man asleep in doorway, not responding, no weapons seen");
    rr::Call weapon;
    weapon.id = QStringLiteral("F2");
    weapon.callType = QStringLiteral("DISTURBANCE");
    weapon.callCode = QStringLiteral("415");
    weapon.narrative = QStringLiteral("subj yelling, has a knife, threatening neighbours");
    weapon.screening[rr::Screen::Weapon] = rr::Answer::Yes;
    rr::Call empty;
    empty.id = QStringLiteral("F3");
    return {welfare, weapon, empty};
}

bool extendsBuiltIn(const QByteArray &json)
{
    const QString base = QJsonDocument::fromJson(json).object().value(u"extends").toString();
    return !base.isEmpty() && !base.endsWith(u".json") &&
           QFile::exists(QStringLiteral(":/rules/%1.json").arg(base));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json = rr::fuzz::bytes(data, size);
    if (extendsBuiltIn(json))
        return 0;
    // A relative "extends": "x.json" is looked up next to the origin, in tests/fuzz/rules/.
    const rr::RuleSetResult loaded =
        rr::RuleSetLoader::loadData(json, QStringLiteral(RR_FUZZ_RULES_DIR "/fuzz.json"));
    if (!loaded) {
        FUZZ_CHECK(!loaded.error().isEmpty(), QStringLiteral("a refusal without a message"));
        return 0;
    }
    static const QList<rr::Call> calls = sampleCalls();
    const rr::TriageEngine engine(*loaded);
    for (const rr::Call &call : calls) {
        const rr::Suggestion s = engine.triage(call);
        FUZZ_CHECK(std::isfinite(s.confidence) && s.confidence >= 0.0 && s.confidence <= 1.0,
                   QStringLiteral("confidence %1 for %2").arg(s.confidence).arg(call.id));
        FUZZ_CHECK(!s.reasons.isEmpty(), QStringLiteral("no reason for %1").arg(call.id));
    }
    return 0;
}

// Fuzz target: the triage engine on a call's free text (call type, code, narrative and screening answers)
// with the built-in rule set: the text normaliser, the phrase matcher and its misspelling index, the
// stemmer and the disqualifier scan all read text that comes from outside.
//
// Checks besides "no crash": a suggestion has a confidence from 0 to 1, at least one reason and a category,
// and triaging the same call twice gives the same suggestion.

#include "calltext.h"

#include "domain/rulesetloader.h"
#include "domain/triageengine.h"

#include <cmath>

namespace {

// Built once, before the first input: compiling the built-in rule set takes longer than one input may.
const rr::TriageEngine *engine = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    engine = new rr::TriageEngine(*rr::RuleSetLoader::loadBuiltIn());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const rr::Call call = rr::fuzz::callFromInput(data, size);
    const rr::Suggestion s = engine->triage(call);
    FUZZ_CHECK(std::isfinite(s.confidence) && s.confidence >= 0.0 && s.confidence <= 1.0,
               QStringLiteral("confidence %1").arg(s.confidence));
    FUZZ_CHECK(!s.reasons.isEmpty(), QStringLiteral("no reason"));
    FUZZ_CHECK(engine->triage(call) == s, QStringLiteral("a second triage differs"));
    return 0;
}

#pragma once

#include "call.h"
#include "ruleset.h"
#include "suggestion.h"

#include <memory>

namespace rr {

// Suggests unarmed, co-responder or police for a call, with the ordered reasons, the trigger words and the
// rule-set version. Pure and deterministic: the same call and rule set always give the same suggestion.
// Read-only after construction; one engine may serve several threads.
class TriageEngine
{
public:
    explicit TriageEngine(std::shared_ptr<const RuleSet> rules);

    Suggestion triage(const Call &call) const;
    // The same into `out`, reusing its lists and strings where `out` is their only owner: a caller that
    // triages calls one after another with one Suggestion allocates next to nothing per call.
    void triage(const Call &call, Suggestion &out) const;
    const RuleSet &rules() const { return *m_rules; }

private:
    std::shared_ptr<const RuleSet> m_rules;
};

} // namespace rr

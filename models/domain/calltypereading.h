#pragma once

#include "call.h"
#include "fieldscan.h"
#include "phrasematcher.h"
#include "ruleset.h"

#include <QString>

#include <vector>

namespace rr {

// The category a call names, and what named it.
struct CategoryPick
{
    int index = -1;
    enum Source
    {
        None,
        Code,
        CallType,
        Narrative
    } source = None;
    QString evidence;       // the code or words that named the category
    int handedBy = -1;      // a generic or cleared call type that let the narrative decide
    bool wholeCode = false; // a code that is the call's code field or its whole call type, not a lead word
};

// Picks into `best` the category that the hits of a field name (by precedence, then by the longest phrase
// of one source), skipping negated phrases and phrases inside longer ones. A call-type-only phrase counts
// only outside the narrative.
void pickCategoryFromHits(const RuleSet &rules, const FieldScan &field, CategoryPick::Source source,
                          CategoryPick &best);

// What the triage engine reads from a call's type and code alone: the call type's phrase hits and words,
// the category its code or words name, and, when asked for, the hits of its alternative readings (see
// PhraseMatcher). All of it depends on those two strings and the rule set only, and a city's CAD system
// uses a few hundred call types, so each pair is read once per thread and remembered (a bounded number of
// pairs, forgotten all at once when full) instead of once per call.
struct CallTypeReading
{
    std::vector<PhraseHit> hits;
    int words = 0;
    CategoryPick
        pick; // from the code field, a code as the call type or leading it, and the call type's words
    bool alternativesRead = false;
    std::vector<PhraseHit> alternatives;

    // The reading of the call's type and code by `rules`, on this thread. Valid until the next call of
    // read() on this thread.
    static CallTypeReading &read(const RuleSet &rules, const Call &call);
    // The hits of the alternative readings of the call type, read once.
    const std::vector<PhraseHit> &alternativesOf(const RuleSet &rules, QStringView callType);
};

} // namespace rr

#pragma once

#include "phrasematcher.h"
#include "ruleset.h"
#include "suggestion.h"

#include <QStringView>

#include <cstdint>
#include <span>

namespace rr {

// True when `outer` spans every word of `inner`.
inline bool covers(const PhraseHit &outer, const PhraseHit &inner)
{
    return outer.firstWord <= inner.firstWord && inner.lastWord <= outer.lastWord;
}

// The phrase hits of one field of a call (its call type or its narrative), with the negation logic that
// reads them. A view: the hits belong to the caller. Used by the triage engine on the thread that triages.
struct FieldScan
{
    using Role = RuleSet::PhraseRole;

    CallField field;
    QStringView text;
    std::span<const PhraseHit> hits;
    int words = 0;
    // Bit r set: a hit of role r is among the hits. Most roles are absent from most texts, and a look for
    // one of them then costs nothing.
    std::uint32_t roles = 0;

    FieldScan(CallField f, QStringView t, std::span<const PhraseHit> h = {}, int w = 0)
        : field(f), text(t), words(w)
    {
        setHits(h);
    }
    void setHits(std::span<const PhraseHit> h)
    {
        hits = h;
        roles = 0;
        for (const PhraseHit &hit : h)
            roles |= bit(RuleSet::roleOf(hit.phraseId));
    }
    bool has(Role role) const { return roles & bit(role); }

    // A hit of `role` (and rule `index`, unless negative) that covers `h` and is not `h` itself.
    bool inside(const PhraseHit &h, Role role, int index = -1) const;
    // A hit of `role` and rule `index` on exactly the words of `h`.
    bool onSameWords(const PhraseHit &h, Role role, int index) const;
    // A break word ("but", a clause mark) strictly between the two words.
    bool breakBetween(int afterWord, int beforeWord) const;
    // A cue of `role` before the hit within `before` words, or after it within `after` words, in the same
    // clause and with no break word between.
    const PhraseHit *cueNear(const PhraseHit &h, Role role, int before, int after) const;
    // A cue before the phrase ("no weapons", "denies having a gun") or right after it ("Weapon: none"); the
    // cue goes to `cue` when given.
    bool negated(const PhraseHit &h, const NegationRules &neg, PhraseHit *cue = nullptr) const;
    // A category phrase of the field inside a longer one ("SUICIDE THREAT" over "THREAT").
    bool insideLongerCategory(const PhraseHit &h) const;

private:
    static std::uint32_t bit(Role role) { return std::uint32_t(1) << int(role); }
};

} // namespace rr

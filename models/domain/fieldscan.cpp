#include "fieldscan.h"

namespace rr {

bool FieldScan::inside(const PhraseHit &h, Role role, int index) const
{
    if (!has(role))
        return false;
    for (const PhraseHit &o : hits)
        if (RuleSet::roleOf(o.phraseId) == role && (index < 0 || RuleSet::indexOf(o.phraseId) == index) &&
            covers(o, h) &&
            !(o.firstWord == h.firstWord && o.lastWord == h.lastWord && o.phraseId == h.phraseId))
            return true;
    return false;
}

bool FieldScan::onSameWords(const PhraseHit &h, Role role, int index) const
{
    if (!has(role))
        return false;
    for (const PhraseHit &o : hits)
        if (RuleSet::roleOf(o.phraseId) == role && RuleSet::indexOf(o.phraseId) == index &&
            o.firstWord == h.firstWord && o.lastWord == h.lastWord)
            return true;
    return false;
}

bool FieldScan::breakBetween(int afterWord, int beforeWord) const
{
    if (!has(Role::Break))
        return false;
    for (const PhraseHit &b : hits)
        if (RuleSet::roleOf(b.phraseId) == Role::Break && b.firstWord > afterWord && b.lastWord < beforeWord)
            return true;
    return false;
}

const PhraseHit *FieldScan::cueNear(const PhraseHit &h, Role role, int before, int after) const
{
    if (!has(role))
        return nullptr;
    for (const PhraseHit &c : hits) {
        if (RuleSet::roleOf(c.phraseId) != role)
            continue;
        if (c.lastWord < h.firstWord) {
            if (h.firstWord - c.lastWord - 1 <= before && !breakBetween(c.lastWord, h.firstWord))
                return &c;
        } else if (c.firstWord > h.lastWord) {
            if (c.firstWord - h.lastWord - 1 <= after && !breakBetween(h.lastWord, c.firstWord))
                return &c;
        }
    }
    return nullptr;
}

// A cue read from a misspelt word ("NENERAL" one edit from "never") does not rule anything out.
bool FieldScan::negated(const PhraseHit &h, const NegationRules &neg, PhraseHit *cue) const
{
    if (!has(Role::NegBefore) && !has(Role::NegAfter))
        return false;
    for (const PhraseHit &c : hits) {
        if (c.misread)
            continue;
        const Role role = RuleSet::roleOf(c.phraseId);
        if (role == Role::NegBefore) {
            if (c.lastWord >= h.firstWord || h.firstWord - c.lastWord - 1 > neg.window)
                continue;
            if (inside(c, Role::NegPseudo) || breakBetween(c.lastWord, h.firstWord))
                continue;
            if (cue)
                *cue = c;
            return true;
        }
        if (role == Role::NegAfter) {
            if (c.firstWord <= h.lastWord || c.firstWord - h.lastWord - 1 > neg.afterWindow)
                continue;
            if (inside(c, Role::NegPseudo) || breakBetween(h.lastWord, c.firstWord))
                continue;
            if (cue)
                *cue = c;
            return true;
        }
    }
    return false;
}

// "PRISONER TRANSPORT" is not "TRANSPORT", "SUICIDE THREAT" is not "THREAT": a category phrase inside a
// longer one of another category does not count.
bool FieldScan::insideLongerCategory(const PhraseHit &h) const
{
    if (!has(Role::Category) && !has(Role::CategoryType))
        return false;
    for (const PhraseHit &o : hits) {
        const Role role = RuleSet::roleOf(o.phraseId);
        if ((role == Role::Category || role == Role::CategoryType) && covers(o, h) &&
            o.lastWord - o.firstWord > h.lastWord - h.firstWord)
            return true;
    }
    return false;
}

} // namespace rr

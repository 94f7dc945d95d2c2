#include "calltypereading.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <unordered_map>

namespace rr {

namespace {

using Role = RuleSet::PhraseRole;

// A city's call types with their codes, and their misspellings, fit many times over; a stream of distinct
// ones only costs a re-read after each clear.
constexpr std::size_t kMaxPairs = 4096;

struct Key
{
    QString type;
    QString code;
};

struct KeyView
{
    QStringView type;
    QStringView code;
};

// A call type is a few words: eight bytes at a time, multiplied in, cost less than qHash's seeded hash. The
// memo holds at most kMaxPairs pairs, so even keys made to collide cost a bounded search.
std::uint64_t hashUnits(QStringView text, std::uint64_t h)
{
    constexpr std::uint64_t kMix = 0x9E3779B97F4A7C15ull;
    const char *bytes = reinterpret_cast<const char *>(text.utf16());
    const std::size_t n = std::size_t(text.size()) * sizeof(char16_t);
    h = (h ^ n) * kMix;
    std::size_t at = 0;
    for (; at + 8 <= n; at += 8) {
        std::uint64_t chunk;
        std::memcpy(&chunk, bytes + at, 8);
        h = (h ^ chunk) * kMix;
    }
    if (at < n) {
        std::uint64_t chunk = 0;
        std::memcpy(&chunk, bytes + at, n - at);
        h = (h ^ chunk) * kMix;
    }
    return h ^ (h >> 29);
}

// Looked up by views of the call's strings: no key is built for a pair already read.
struct KeyHash
{
    using is_transparent = void;
    std::size_t operator()(const KeyView &k) const noexcept
    {
        return std::size_t(hashUnits(k.type, hashUnits(k.code, 0)));
    }
    std::size_t operator()(const Key &k) const noexcept { return (*this)(KeyView{k.type, k.code}); }
};

struct KeyEqual
{
    // Code units compared as bytes: equal strings, not equal text in another normalisation.
    static bool same(QStringView a, QStringView b)
    {
        // An empty view may have no data at all: memcmp must not be given a null pointer.
        return a.size() == b.size() &&
               (a.isEmpty() ||
                std::memcmp(a.utf16(), b.utf16(), std::size_t(a.size()) * sizeof(char16_t)) == 0);
    }
    using is_transparent = void;
    template <typename A, typename B> bool operator()(const A &a, const B &b) const noexcept
    {
        return same(a.type, b.type) && same(a.code, b.code);
    }
};

// The pairs read on one thread, for the rule set read last (its matcher's serial tells a rebuilt one).
struct Memo
{
    std::uint64_t serial = 0;
    const RuleSet *rules = nullptr;
    std::unordered_map<Key, CallTypeReading, KeyHash, KeyEqual> readings;
};

// The call's code field, its call type when that is a bare code ("5150", "415", "WELCK"), and a code leading
// it ("459 BURGLARY"); a long description never is one. The highest precedence wins.
CategoryPick pickFromCodes(const RuleSet &rules, const Call &call)
{
    constexpr qsizetype kLongestCode = 16;
    const QStringView type = QStringView(call.callType).trimmed();
    const qsizetype space = type.indexOf(u' ');
    const QStringView lead = space > 0 ? type.left(space) : QStringView();
    const bool leadIsCode = std::any_of(lead.begin(), lead.end(), [](QChar c) { return c.isDigit(); });
    enum Place
    {
        CodeField,
        WholeType,
        LeadWord
    };
    CategoryPick best;
    for (Place place : {CodeField, WholeType, LeadWord}) {
        const QStringView code = place == CodeField   ? QStringView(call.callCode)
                                 : place == WholeType ? type
                                 : leadIsCode         ? lead
                                                      : QStringView();
        if (code.isEmpty() || (place == WholeType && code.size() > kLongestCode))
            continue;
        const int idx = rules.categoryForCode(code);
        if (idx >= 0 &&
            (best.index < 0 || rules.categories[idx].precedence > rules.categories[best.index].precedence)) {
            best.index = idx;
            best.source = CategoryPick::Code;
            best.evidence = code.trimmed().toString();
            best.wholeCode = place != LeadWord;
        }
    }
    return best;
}

} // namespace

void pickCategoryFromHits(const RuleSet &rules, const FieldScan &field, CategoryPick::Source source,
                          CategoryPick &best)
{
    int bestWords = 0;
    for (const PhraseHit &h : field.hits) {
        const Role role = RuleSet::roleOf(h.phraseId);
        const bool named =
            role == Role::Category || (role == Role::CategoryType && source != CategoryPick::Narrative);
        if (!named || field.negated(h, rules.negation) || field.insideLongerCategory(h))
            continue;
        const int idx = RuleSet::indexOf(h.phraseId);
        const int words = h.lastWord - h.firstWord + 1;
        const bool better = best.index < 0 ||
                            rules.categories[idx].precedence > rules.categories[best.index].precedence ||
                            (rules.categories[idx].precedence == rules.categories[best.index].precedence &&
                             best.source == source && words > bestWords);
        if (better) {
            best.index = idx;
            best.source = source;
            best.evidence = field.text.mid(h.start, h.end - h.start).toString();
            bestWords = words;
        }
    }
}

CallTypeReading &CallTypeReading::read(const RuleSet &rules, const Call &call)
{
    thread_local Memo memo;
    if (memo.serial != rules.matcher().serial() || memo.rules != &rules) {
        memo.readings.clear();
        memo.serial = rules.matcher().serial();
        memo.rules = &rules;
    }
    if (const auto it = memo.readings.find(KeyView{call.callType, call.callCode}); it != memo.readings.end())
        return it->second;
    if (memo.readings.size() >= kMaxPairs)
        memo.readings.clear();
    CallTypeReading &r = memo.readings.try_emplace(Key{call.callType, call.callCode}).first->second;
    r.words = rules.matcher().scan(call.callType, r.hits, PhraseMatcher::Mode::Fuzzy);
    r.pick = pickFromCodes(rules, call);
    pickCategoryFromHits(rules, FieldScan{CallField::CallType, call.callType, r.hits, r.words},
                         CategoryPick::CallType, r.pick);
    return r;
}

const std::vector<PhraseHit> &CallTypeReading::alternativesOf(const RuleSet &rules, QStringView callType)
{
    if (!alternativesRead) {
        std::vector<PhraseHit> again;
        rules.matcher().scan(callType, again, PhraseMatcher::Mode::Fuzzy, &alternatives);
        alternativesRead = true;
    }
    return alternatives;
}

} // namespace rr

#include "phrasematcher.h"

#include "textnormalizer.h"
#include "wordforms.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <span>

namespace rr {

using namespace textnorm;

namespace {

constexpr int kMaxGap = 4;           // a lone '*' in a phrase stands for up to this many words
constexpr std::size_t kFuzzyMin = 5; // letters a word needs before a misspelling of it is matched
constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ull;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ull;

std::atomic<std::uint64_t> g_serial{0};

char charOf(std::uint8_t sym)
{
    if (sym >= FirstLetter)
        return char('a' + (sym - FirstLetter));
    if (sym >= FirstDigit)
        return char('0' + (sym - FirstDigit));
    return '_'; // any other letter
}

bool lettersOnly(std::string_view w)
{
    return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::uint64_t edgeKey(int node, int token)
{
    return ((std::uint64_t(std::uint32_t(node)) << 32) | std::uint32_t(token)) + 1;
}

// Each distinct word seen on this thread: its normal form, computed once, and what it stands for in the
// matcher this thread used last (per mode, and its alternative readings, each computed when first needed).
// A scan looks up every word of its text here, so the table is kept flat and small: a slot table of hash
// checks, small entries, and the words and their tokens in two pools; the words that recur stay in the
// fastest cache.
class WordCache
{
public:
    using Tokens = std::span<const int>;

    // Forgets what the words stood for when the matcher is not the one used last.
    void bind(const PhraseMatcher &m)
    {
        if (m.serial() == m_serial)
            return;
        for (Entry &e : m_entries)
            e.done = e.misread = 0;
        m_tokens.clear();
        m_serial = m.serial();
    }

    // The entry of a word (its bytes and their hash), added when new.
    int find(std::string_view word, std::uint64_t hash)
    {
        const std::uint32_t check = std::uint32_t(hash >> 32);
        std::size_t mask = m_slots.size() - 1;
        if (!m_slots.empty()) {
            for (std::size_t i = std::size_t(hash) & mask;; i = (i + 1) & mask) {
                const Slot s = m_slots[i];
                if (s.entry < 0)
                    break;
                const Entry &e = m_entries[std::size_t(s.entry)];
                if (s.check == check && e.length == word.size() &&
                    std::memcmp(m_text.data() + e.text, word.data(), word.size()) == 0)
                    return s.entry;
            }
        }
        return add(word, hash);
    }

    // What entry `at` stands for in `mode` and, when `alternatives` is set (else both empty), what it may
    // stand for if misspelt: other phrase words, and pairs of phrase words run together (see
    // PhraseMatcher::splitsOf). Valid until the next call.
    struct Readings
    {
        Tokens tokens;
        Tokens others;
        Tokens splits;
        bool misread = false; // `tokens` are those of a misspelling
        bool weak = false;    // a known word of fewer than five letters: `others` are weak readings
    };
    Readings tokens(int at, const PhraseMatcher &m, PhraseMatcher::Mode mode, bool alternatives)
    {
        Entry &e = m_entries[std::size_t(at)];
        const std::string &normal = m_normals[std::size_t(at)];
        const int k = int(mode);
        if (!(e.done & (1u << k)))
            fill(e, k, [&](std::vector<int> &out) {
                if (m.tokensOf(word(e), normal, mode, out))
                    e.misread |= std::uint8_t(1u << k);
            });
        const bool misread = e.misread & (1u << k);
        if (!alternatives)
            return {list(e, k), {}, {}, misread, false};
        if (!(e.done & (1u << kOthers))) {
            const std::vector<int> certain(m_tokens.begin() + e.at[k],
                                           m_tokens.begin() + e.at[k] + e.count[k]);
            fill(e, kOthers, [&](std::vector<int> &out) { m.alternativesOf(word(e), normal, certain, out); });
            // A word that matches a phrase word as written is not taken for two words run together.
            const bool known = e.count[k] > 0 && !(e.misread & (1u << k));
            fill(e, kSplits, [&](std::vector<int> &out) {
                if (!known)
                    m.splitsOf(word(e), out);
            });
        }
        const bool weak = e.count[k] > 0 && !misread && e.length < kFuzzyMin;
        return {list(e, k), list(e, kOthers), list(e, kSplits), misread, weak};
    }

private:
    // Bound the memory a long run can take.
    static constexpr std::size_t kMaxEntries = 1u << 18;
    static constexpr std::size_t kMaxText = 1u << 26;

    static constexpr int kOthers = 3;
    static constexpr int kSplits = 4;

    struct Slot
    {
        std::uint32_t check; // the hash's high half
        std::int32_t entry;  // -1: empty
    };
    struct Entry
    {
        std::uint32_t text = 0; // offset of the word in m_text
        std::uint32_t length = 0;
        std::uint32_t at[5] = {}; // list k (k = mode, kOthers, kSplits): offset in m_tokens
        std::uint32_t count[5] = {};
        std::uint8_t done = 0;    // bit k: list k computed
        std::uint8_t misread = 0; // bit k: list k is that of a misspelling
    };

    std::string_view word(const Entry &e) const { return {m_text.data() + e.text, e.length}; }
    Tokens list(const Entry &e, int k) const { return {m_tokens.data() + e.at[k], e.count[k]}; }

    template <typename Compute> void fill(Entry &e, int k, Compute compute)
    {
        m_scratch.clear();
        compute(m_scratch);
        e.at[k] = std::uint32_t(m_tokens.size());
        e.count[k] = std::uint32_t(m_scratch.size());
        m_tokens.insert(m_tokens.end(), m_scratch.begin(), m_scratch.end());
        e.done |= std::uint8_t(1u << k);
    }

    int add(std::string_view word, std::uint64_t hash)
    {
        if (m_entries.size() >= kMaxEntries || m_text.size() + word.size() > kMaxText)
            clear();
        if ((m_entries.size() + 1) * 2 > m_slots.size()) {
            m_slots.assign(std::max<std::size_t>(1024, m_slots.size() * 2), Slot{0, -1});
            for (std::size_t n = 0; n < m_entries.size(); ++n)
                place(m_hashes[n], int(n));
        }
        Entry e;
        e.text = std::uint32_t(m_text.size());
        e.length = std::uint32_t(word.size());
        m_text.append(word);
        m_entries.push_back(e);
        m_hashes.push_back(hash);
        m_normals.push_back(wordforms::normalForm(word));
        place(hash, int(m_entries.size() - 1));
        return int(m_entries.size() - 1);
    }

    void place(std::uint64_t hash, int entry)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = std::size_t(hash) & mask;
        while (m_slots[i].entry >= 0)
            i = (i + 1) & mask;
        m_slots[i] = {std::uint32_t(hash >> 32), entry};
    }

    void clear()
    {
        m_entries.clear();
        m_hashes.clear();
        m_normals.clear();
        m_text.clear();
        m_tokens.clear();
        m_slots.assign(m_slots.size(), Slot{0, -1});
    }

    std::vector<Slot> m_slots;
    std::vector<Entry> m_entries;
    std::vector<std::uint64_t> m_hashes; // of each entry, to grow the slot table
    std::vector<std::string> m_normals;  // of each entry
    std::string m_text;                  // the entries' words, end to end
    std::vector<int> m_tokens;           // the entries' token lists, end to end
    std::vector<int> m_scratch;
    std::uint64_t m_serial = 0;
};

// A partial match: the trie node reached, the word it started at, and whether it read a word as another
// one edit away.
struct State
{
    int node;
    int first;
    bool alternative;
    bool misread; // a word on the way matched only as a misspelling
    bool weak;    // a known short word on the way was read as another word
};

// What one scan needs, kept per thread so that a scan allocates nothing once warm.
struct ScanBuffers
{
    std::vector<int> wordStart; // offset of each word (and clause mark) in the text
    std::vector<int> wordEnd;
    std::vector<State> active;
    std::vector<State> next;
    std::string word;
    WordCache cache;
};

ScanBuffers &scanBuffers()
{
    thread_local ScanBuffers buffers;
    return buffers;
}

} // namespace

std::vector<std::vector<PhraseMatcher::Item>> PhraseMatcher::parse(QStringView phrase)
{
    std::vector<Item> items;
    std::string word;
    auto flush = [&] {
        if (!word.empty())
            items.push_back({Item::Word, std::move(word)});
        word.clear();
    };
    const QString trimmed = phrase.trimmed().toString();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar ch = trimmed.at(i);
        if (ch == u'*') {
            const bool alone = word.empty() && (i + 1 == trimmed.size() || trimmed.at(i + 1).isSpace());
            if (alone) {
                flush();
                items.push_back({Item::Gap, {}});
            } else if (!word.empty()) {
                items.push_back({Item::Prefix, std::move(word)});
                word.clear();
            }
            continue;
        }
        const std::uint8_t sym = symbolOf(ch.unicode());
        if (sym >= Other) {
            word.push_back(charOf(sym));
        } else {
            flush();
            if (sym == Clause)
                items.push_back({Item::Clause, {}});
        }
    }
    flush();
    // A gap at either end means nothing.
    while (!items.empty() && items.front().kind == Item::Gap)
        items.erase(items.begin());
    while (!items.empty() && items.back().kind == Item::Gap)
        items.pop_back();
    std::vector<std::vector<Item>> variants;
    if (items.empty())
        return variants;
    variants.emplace_back();
    for (const Item &item : items) {
        if (item.kind != Item::Gap) {
            for (auto &v : variants)
                v.push_back(item);
            continue;
        }
        std::vector<std::vector<Item>> grown;
        for (const auto &v : variants)
            for (int n = 0; n <= kMaxGap; ++n) {
                grown.push_back(v);
                for (int k = 0; k < n; ++k)
                    grown.back().push_back({Item::Gap, {}}); // one Gap item = exactly one word
            }
        variants = std::move(grown);
    }
    return variants;
}

bool PhraseMatcher::add(QStringView phrase, int phraseId)
{
    auto variants = parse(phrase);
    if (variants.empty())
        return false;
    for (auto &v : variants)
        m_pending.push_back({std::move(v), phraseId});
    m_built = false;
    return true;
}

int PhraseMatcher::tokenFor(const Item &item)
{
    switch (item.kind) {
    case Item::Clause:
        return kClauseToken;
    case Item::Gap:
        return kAnyToken;
    case Item::Prefix: {
        for (const auto &[p, token] : m_prefixes)
            if (p == item.text)
                return token;
        m_prefixes.emplace_back(item.text, m_nextToken);
        return m_nextToken++;
    }
    case Item::Word:
        break;
    }
    const std::string normal = wordforms::normalForm(item.text);
    auto [it, inserted] = m_wordTokens.try_emplace(normal, m_nextToken);
    if (inserted)
        ++m_nextToken;
    addNearWord(item.text, it->second);
    addNearWord(normal, it->second);
    if (item.text.size() >= kFuzzyMin && lettersOnly(item.text)) {
        addFuzzyWord(item.text, it->second);
        if (normal != item.text)
            addFuzzyWord(normal, it->second);
    }
    return it->second;
}

void PhraseMatcher::addNearWord(const std::string &word, int token)
{
    const int entry = m_nearIndex.add(word);
    if (std::size_t(entry) == m_nearTokens.size())
        m_nearTokens.emplace_back();
    auto &tokens = m_nearTokens[std::size_t(entry)];
    if (std::find(tokens.begin(), tokens.end(), token) == tokens.end())
        tokens.push_back(token);
}

void PhraseMatcher::addFuzzyWord(const std::string &word, int token)
{
    const int entry = m_fuzzyIndex.add(word);
    if (std::size_t(entry) == m_fuzzyTokens.size())
        m_fuzzyTokens.emplace_back();
    auto &pairs = m_fuzzyTokens[std::size_t(entry)];
    for (const auto &[pair, t] : pairs)
        if (t == token)
            return;
    pairs.emplace_back(m_fuzzyPairs++, token);
}

inline int PhraseMatcher::child(int node, int token) const
{
    const std::uint64_t key = edgeKey(node, token);
    // Fibonacci hashing: the top bits of the product depend on every bit of the key.
    for (std::size_t i = std::size_t((key * 0x9E3779B97F4A7C15ull) >> m_edgeShift);;
         i = (i + 1) & m_edgeMask) {
        const Edge &e = m_edges[i];
        if (e.key == key)
            return e.to;
        if (e.key == 0)
            return -1;
    }
}

void PhraseMatcher::build()
{
    m_wordTokens.clear();
    m_prefixes.clear();
    m_fuzzyIndex = OneEditIndex();
    m_nearIndex = OneEditIndex();
    m_nearTokens.clear();
    m_fuzzyTokens.clear();
    m_fuzzyPairs = 0;
    m_nextToken = 2;
    std::unordered_map<std::uint64_t, int> edges;
    std::vector<std::vector<int>> outputs(1);
    std::vector<std::uint8_t> hasAny(1, 0);
    for (const Pending &p : m_pending) {
        int node = 0;
        for (const Item &item : p.items) {
            const int token = tokenFor(item);
            auto [it, inserted] = edges.try_emplace(edgeKey(node, token), int(outputs.size()));
            if (inserted) {
                outputs.emplace_back();
                hasAny.push_back(0);
            }
            if (token == kAnyToken)
                hasAny[std::size_t(node)] = 1;
            node = it->second;
        }
        auto &out = outputs[std::size_t(node)];
        if (std::find(out.begin(), out.end(), p.id) == out.end())
            out.push_back(p.id);
    }
    m_nodes.assign(outputs.size(), Node{});
    m_outputIds.clear();
    for (std::size_t k = 0; k < outputs.size(); ++k) {
        m_nodes[k].outputBegin = std::int32_t(m_outputIds.size());
        m_outputIds.insert(m_outputIds.end(), outputs[k].begin(), outputs[k].end());
        m_nodes[k].outputEnd = std::int32_t(m_outputIds.size());
        m_nodes[k].hasAny = hasAny[k];
    }
    m_rootChild.assign(std::size_t(m_nextToken), -1);
    for (const auto &[key, value] : edges)
        if (((key - 1) >> 32) == 0)
            m_rootChild[std::size_t(std::uint32_t(key - 1))] = value;
    int bits = 4;
    while ((std::size_t(1) << bits) < edges.size() * 2)
        ++bits;
    m_edges.assign(std::size_t(1) << bits, Edge{});
    m_edgeMask = (std::uint64_t(1) << bits) - 1;
    m_edgeShift = 64 - bits;
    for (const auto &[key, value] : edges) {
        std::size_t i = std::size_t((key * 0x9E3779B97F4A7C15ull) >> m_edgeShift);
        while (m_edges[i].key != 0)
            i = (i + 1) & m_edgeMask;
        m_edges[i] = {key, value};
    }
    m_serial = ++g_serial;
    m_built = true;
}

// The tokens of the phrase words of `least` letters or more within one edit of the word or of its normal
// form, in the order their words were first seen, each once, appended to `out` unless already there.
void PhraseMatcher::neighbours(std::string_view word, const std::string &normal, std::size_t least,
                               std::vector<int> &out) const
{
    thread_local std::vector<int> entries;
    thread_local std::vector<std::pair<int, int>> pairs;
    entries.clear();
    m_fuzzyIndex.find(word, least, entries);
    m_fuzzyIndex.find(normal, least, entries);
    pairs.clear();
    for (int e : entries)
        pairs.insert(pairs.end(), m_fuzzyTokens[std::size_t(e)].begin(), m_fuzzyTokens[std::size_t(e)].end());
    std::sort(pairs.begin(), pairs.end());
    for (const auto &[pair, token] : pairs)
        if (std::find(out.begin(), out.end(), token) == out.end())
            out.push_back(token);
}

bool PhraseMatcher::tokensOf(std::string_view word, const std::string &normal, Mode mode,
                             std::vector<int> &out) const
{
    out.clear();
    if (const auto it = m_wordTokens.find(normal); it != m_wordTokens.end())
        out.push_back(it->second);
    for (const auto &[prefix, token] : m_prefixes)
        if (word.starts_with(prefix))
            out.push_back(token);
    const std::size_t least = mode == Mode::Fuzzy ? kFuzzyMin : kFuzzyMin + 1;
    if (mode == Mode::Exact || !out.empty() || word.size() < least || !lettersOnly(word))
        return false;
    neighbours(word, normal, least, out);
    return !out.empty();
}

void PhraseMatcher::alternativesOf(std::string_view word, const std::string &normal,
                                   const std::vector<int> &certain, std::vector<int> &out) const
{
    out.clear();
    thread_local std::vector<int> entries;
    entries.clear();
    m_nearIndex.find(word, 1, entries);
    m_nearIndex.find(normal, 1, entries);
    std::sort(entries.begin(), entries.end());
    for (int e : entries)
        for (int token : m_nearTokens[std::size_t(e)])
            if (std::find(certain.begin(), certain.end(), token) == certain.end() &&
                std::find(out.begin(), out.end(), token) == out.end())
                out.push_back(token);
}

void PhraseMatcher::splitsOf(std::string_view word, std::vector<int> &out) const
{
    out.clear();
    std::vector<int> first;
    std::vector<int> second;
    auto exact = [this](std::string_view part, std::vector<int> &tokens) {
        tokensOf(part, wordforms::normalForm(part), Mode::Exact, tokens);
        return !tokens.empty();
    };
    // The space deleted ("bombthreat") or replaced by a character ("bombgthreat"); one of the two may be a
    // word no phrase knows ("unconciweapon").
    for (std::size_t gap : {std::size_t(0), std::size_t(1)})
        for (std::size_t i = 1; i + gap < word.size(); ++i) {
            const bool one = exact(word.substr(0, i), first);
            const bool two = exact(word.substr(i + gap), second);
            if (!one && !two)
                continue;
            out.push_back(int(first.size()));
            out.insert(out.end(), first.begin(), first.end());
            out.push_back(int(second.size()));
            out.insert(out.end(), second.begin(), second.end());
        }
}

int PhraseMatcher::scan(QStringView text, std::vector<PhraseHit> &hits, Mode mode,
                        std::vector<PhraseHit> *alternatives) const
{
    hits.clear();
    if (alternatives)
        alternatives->clear();
    if (!m_built)
        return 0;
    ScanBuffers &b = scanBuffers(); // one TLS look-up, not one per access
    b.wordStart.clear();
    b.wordEnd.clear();
    b.active.clear();
    b.cache.bind(*this);
    const bool readAlternatives = alternatives && mode == Mode::Fuzzy;

    static constexpr int kClause[] = {kClauseToken};
    using Tokens = WordCache::Tokens;
    // Moves every partial match over one word, starts new ones at it, and reports the phrases completed
    // there. The word stands for `r.tokens`; as an alternative reading, for `r.others` or for a pair of
    // `r.splits`.
    auto step = [&](const WordCache::Readings &r, int word, bool clause) {
        if (r.tokens.empty() && r.others.empty() && r.splits.empty() && b.active.empty())
            return;
        b.next.clear();
        // A partial match reached twice is kept once, in the place it was first reached, and counts as
        // read without a misspelling (or a weak reading) when either way was.
        auto push = [&](int to, int first, bool alternative, bool misread, bool weak) {
            if (to < 0)
                return;
            for (State &s : b.next)
                if (s.node == to && s.first == first && s.alternative == alternative) {
                    s.misread = s.misread && misread;
                    s.weak = s.weak && weak;
                    return;
                }
            b.next.push_back({to, first, alternative, misread, weak});
        };
        auto report = [&](const State &s) {
            const Node &n = m_nodes[std::size_t(s.node)];
            std::vector<PhraseHit> &out = s.alternative ? *alternatives : hits;
            for (std::int32_t k = n.outputBegin; k < n.outputEnd; ++k)
                out.push_back({m_outputIds[std::size_t(k)], 0, 0, s.first, word, s.misread, s.weak});
        };
        // Two words run together: through the first (a phrase may end there) and on through the second.
        auto split = [&](int node, int first, bool weak) {
            for (std::size_t k = 0; k < r.splits.size();) {
                const Tokens one = r.splits.subspan(k + 1, std::size_t(r.splits[k]));
                k += 1 + one.size();
                const Tokens two = r.splits.subspan(k + 1, std::size_t(r.splits[k]));
                k += 1 + two.size();
                for (int t1 : one) {
                    const int mid = node == 0 ? m_rootChild[std::size_t(t1)] : child(node, t1);
                    if (mid < 0)
                        continue;
                    report({mid, first, true, false, weak});
                    for (int t2 : two)
                        push(child(mid, t2), first, true, false, weak);
                }
                for (int t2 : two)
                    push(m_rootChild[std::size_t(t2)], word, true, false, false);
            }
        };
        for (const State &s : b.active) {
            for (int token : r.tokens)
                push(child(s.node, token), s.first, s.alternative, s.misread || r.misread, s.weak);
            for (int token : r.others)
                push(child(s.node, token), s.first, true, false, s.weak || r.weak);
            if (!r.splits.empty())
                split(s.node, s.first, s.weak);
            if (!clause && m_nodes[std::size_t(s.node)].hasAny)
                push(child(s.node, kAnyToken), s.first, s.alternative, s.misread, s.weak);
        }
        // New matches start at the root, whose children are a plain table by token (and which has no
        // child by kAnyToken: a phrase never starts with a gap).
        for (int token : r.tokens)
            push(m_rootChild[std::size_t(token)], word, false, r.misread, false);
        for (int token : r.others)
            push(m_rootChild[std::size_t(token)], word, true, false, r.weak);
        if (!r.splits.empty())
            split(0, word, false);
        for (const State &s : b.next)
            report(s);
        std::swap(b.active, b.next);
    };

    const char16_t *data = reinterpret_cast<const char16_t *>(text.utf16());
    const int n = int(text.size());
    bool lastWordIsClause = true; // avoids runs of clause marks (and a leading one)
    int word = -1;
    int realWords = 0;
    int i = 0;
    while (i < n) {
        std::uint8_t sym = symbolOf(data[i]);
        if (sym >= Other) {
            ++word;
            ++realWords;
            lastWordIsClause = false;
            b.wordStart.push_back(i);
            b.word.clear();
            std::uint64_t hash = kFnvOffset;
            do {
                const char c = charOf(sym);
                b.word.push_back(c);
                hash = (hash ^ std::uint8_t(c)) * kFnvPrime;
                if (++i == n)
                    break;
                sym = symbolOf(data[i]);
            } while (sym >= Other);
            b.wordEnd.push_back(i);
            step(b.cache.tokens(b.cache.find(b.word, hash), *this, mode, readAlternatives), word, false);
            continue;
        }
        if (sym == Clause && !lastWordIsClause) {
            ++word;
            b.wordStart.push_back(i);
            b.wordEnd.push_back(i + 1);
            lastWordIsClause = true;
            step({kClause, {}, {}, false, false}, word, true);
        }
        ++i;
    }
    // The end of the text closes the last clause.
    if (!lastWordIsClause) {
        ++word;
        b.wordStart.push_back(n);
        b.wordEnd.push_back(n);
        step({kClause, {}, {}, false, false}, word, true);
    }

    auto place = [&b](std::vector<PhraseHit> &list) {
        for (PhraseHit &h : list) {
            h.start = b.wordStart[std::size_t(h.firstWord)];
            h.end = b.wordEnd[std::size_t(h.lastWord)];
        }
    };
    place(hits);
    if (alternatives)
        place(*alternatives);
    return realWords;
}

} // namespace rr

#include "phrasematcher.h"

#include "scanautomaton.h"
#include "textnormalizer.h"
#include "wordcache.h"
#include "wordforms.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <span>

namespace rr {

using namespace textnorm;

namespace {

constexpr int kMaxGap = 4; // a lone '*' in a phrase stands for up to this many words
constexpr std::size_t kFuzzyMin = PhraseMatcher::kFuzzyMin;

std::atomic<std::uint64_t> g_serial{0};

constexpr char charOf(std::uint8_t sym)
{
    if (sym >= FirstLetter)
        return char('a' + (sym - FirstLetter));
    if (sym >= FirstDigit)
        return char('0' + (sym - FirstDigit));
    return '_'; // any other letter
}

// charOf() as a table, for the scan's inner loop.
constexpr std::array<char, AlphabetSize> kSymbolChars = [] {
    std::array<char, AlphabetSize> t{};
    for (int sym = 0; sym < AlphabetSize; ++sym)
        t[std::size_t(sym)] = charOf(std::uint8_t(sym));
    return t;
}();

bool lettersOnly(std::string_view w)
{
    return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

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
    std::string word; // the folded word being read; as long as the longest text scanned
    WordCache cache;
    ScanAutomaton automaton;
};

ScanBuffers &scanBuffers()
{
    thread_local ScanBuffers buffers;
    return buffers;
}

using Tokens = std::span<const int>;

// One step of a scan that also reads the word as misspelt (ScanAutomaton's step, where partial matches may
// meet): the word stands for `r.tokens`; as an alternative
// reading, for `r.others` or for a pair of `r.splits`. Alternative hits go to `alternatives`.
void advanceReading(const TokenTrie &trie, ScanBuffers &b, const WordCache::Readings &r, int word,
                    bool clause, std::vector<PhraseHit> &hits, std::vector<PhraseHit> &alternatives)
{
    if (r.tokens.empty() && r.others.empty() && r.splits.empty() && b.active.empty())
        return;
    b.next.clear();
    // A partial match reached twice is kept once, in the place it was first reached, and counts as read
    // without a misspelling (or a weak reading) when either way was.
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
        std::vector<PhraseHit> &out = s.alternative ? alternatives : hits;
        for (const std::int32_t id : trie.outputs(s.node))
            out.push_back({id, 0, 0, s.first, word, s.misread, s.weak});
    };
    // Two words run together: through the first (a phrase may end there) and on through the second.
    auto split = [&](int node, int first, bool weak) {
        for (std::size_t k = 0; k < r.splits.size();) {
            const Tokens one = r.splits.subspan(k + 1, std::size_t(r.splits[k]));
            k += 1 + one.size();
            const Tokens two = r.splits.subspan(k + 1, std::size_t(r.splits[k]));
            k += 1 + two.size();
            for (int t1 : one) {
                const int mid = node == TokenTrie::kRoot ? trie.rootChild(t1) : trie.child(node, t1);
                if (mid < 0)
                    continue;
                report({mid, first, true, false, weak});
                for (int t2 : two)
                    push(trie.child(mid, t2), first, true, false, weak);
            }
            for (int t2 : two)
                push(trie.rootChild(t2), word, true, false, false);
        }
    };
    for (const State &s : b.active) {
        for (int token : r.tokens)
            push(trie.child(s.node, token), s.first, s.alternative, s.misread || r.misread, s.weak);
        for (int token : r.others)
            push(trie.child(s.node, token), s.first, true, false, s.weak || r.weak);
        if (!r.splits.empty())
            split(s.node, s.first, s.weak);
        if (!clause && trie.hasAny(s.node))
            push(trie.child(s.node, PhraseMatcher::kAnyToken), s.first, s.alternative, s.misread, s.weak);
    }
    for (int token : r.tokens)
        push(trie.rootChild(token), word, false, r.misread, false);
    for (int token : r.others)
        push(trie.rootChild(token), word, true, false, r.weak);
    if (!r.splits.empty())
        split(TokenTrie::kRoot, word, false);
    for (const State &s : b.next)
        report(s);
    std::swap(b.active, b.next);
}

} // namespace

std::vector<PhraseMatcher::Item> PhraseMatcher::itemsOf(QStringView phrase)
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
    return items;
}

std::vector<std::vector<PhraseMatcher::Item>> PhraseMatcher::parse(QStringView phrase)
{
    const std::vector<Item> items = itemsOf(phrase);
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

int PhraseMatcher::gapCount(QStringView phrase)
{
    const std::vector<Item> items = itemsOf(phrase); // not parse(): its variants are what is counted
    return int(std::count_if(items.begin(), items.end(), [](const Item &i) { return i.kind == Item::Gap; }));
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
    std::vector<TokenTrie::Sequence> sequences;
    sequences.reserve(m_pending.size());
    for (const Pending &p : m_pending) {
        TokenTrie::Sequence &s = sequences.emplace_back(TokenTrie::Sequence{{}, p.id});
        s.tokens.reserve(p.items.size());
        for (const Item &item : p.items)
            s.tokens.push_back(tokenFor(item));
    }
    m_trie.build(sequences, m_nextToken, kAnyToken);
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
    b.active.clear();
    b.cache.bind(*this);
    b.automaton.begin(b.cache.generation());
    const bool readAlternatives = alternatives && mode == Mode::Fuzzy;

    const char16_t *data = reinterpret_cast<const char16_t *>(text.utf16());
    const int n = int(text.size());
    // At most one word or clause mark per character, and one clause mark at the end; and the slack
    // WordCache::find() reads past a word.
    if (b.word.size() < std::size_t(n) + 8)
        b.word.resize(std::size_t(n) + 8);
    if (b.wordStart.size() < std::size_t(n) + 1) {
        b.wordStart.resize(std::size_t(n) + 1);
        b.wordEnd.resize(std::size_t(n) + 1);
    }
    char *const folded = b.word.data();
    int *const wordStart = b.wordStart.data();
    int *const wordEnd = b.wordEnd.data();
    static constexpr int kClause[] = {kClauseToken};
    bool lastWordIsClause = true; // avoids runs of clause marks (and a leading one)
    int state = 0;                // of the automaton: no partial match
    int word = -1;
    int realWords = 0;
    int i = 0;
    for (;;) {
        // The next word or clause mark, if any: its extent and what it stands for.
        int entry = -1;
        std::uint8_t sym = Space;
        while (i < n && (sym = symbolOf(data[i])) < Other && (sym != Clause || lastWordIsClause))
            ++i;
        if (i < n && sym >= Other) {
            wordStart[++word] = i;
            std::size_t length = 0;
            do {
                folded[length++] = kSymbolChars[sym];
            } while (++i < n && (sym = symbolOf(data[i])) >= Other);
            wordEnd[word] = i;
            ++realWords;
            lastWordIsClause = false;
            entry = b.cache.find(folded, length);
        } else if (i < n || !lastWordIsClause) {
            // A clause mark; the end of the text closes the last clause.
            wordStart[++word] = i;
            wordEnd[word] = i < n ? i + 1 : n;
            lastWordIsClause = true;
            i = std::min(i + 1, n);
        } else {
            break;
        }
        const bool clause = entry < 0;
        if (readAlternatives) {
            const WordCache::Readings r = clause ? WordCache::Readings{kClause, {}, {}, false, false}
                                                 : b.cache.tokens(entry, *this, mode, true);
            advanceReading(m_trie, b, r, word, clause, hits, *alternatives);
        } else {
            const std::uint32_t input =
                clause ? ScanAutomaton::kClauseInput : ScanAutomaton::wordInput(entry, int(mode));
            const ScanAutomaton::Step step = b.automaton.step(m_trie, state, input, [&] {
                return clause ? std::pair<Tokens, bool>{kClause, false} : b.cache.exact(entry, *this, mode);
            });
            for (const ScanAutomaton::Output &o : step.outputs)
                hits.push_back({o.phraseId, 0, 0, word - o.back, word, o.misread, false});
            state = step.next;
        }
    }

    auto place = [wordStart, wordEnd](std::vector<PhraseHit> &list) {
        for (PhraseHit &h : list) {
            h.start = wordStart[h.firstWord];
            h.end = wordEnd[h.lastWord];
        }
    };
    place(hits);
    if (alternatives)
        place(*alternatives);
    return realWords;
}

} // namespace rr

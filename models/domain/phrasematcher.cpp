#include "phrasematcher.h"

#include "textnormalizer.h"
#include "wordforms.h"

#include <algorithm>
#include <atomic>

namespace rr {

using namespace textnorm;

namespace {

constexpr int kMaxGap = 4;          // a lone '*' in a phrase stands for up to this many words
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

// True when a and b are equal or one insertion, deletion, substitution or swap of neighbours apart.
bool withinOneEdit(std::string_view a, std::string_view b)
{
    if (a.size() > b.size())
        std::swap(a, b);
    if (b.size() - a.size() > 1)
        return false;
    std::size_t i = 0;
    while (i < a.size() && a[i] == b[i])
        ++i;
    if (i == a.size())
        return true;
    if (a.size() == b.size()) {
        if (a.substr(i + 1) == b.substr(i + 1))
            return true; // substitution
        return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
    }
    return a.substr(i) == b.substr(i + 1); // b has one more character
}

std::uint64_t edgeKey(int node, int token)
{
    return ((std::uint64_t(std::uint32_t(node)) << 32) | std::uint32_t(token)) + 1;
}

std::size_t slotOf(std::uint64_t key, std::uint64_t mask)
{
    return std::size_t((key * 0x9E3779B97F4A7C15ull) >> 17) & mask;
}

// Each distinct word seen on this thread: its normal form, computed once, and the tokens it stands for in
// the matcher this thread used last (in both modes, computed when first needed).
class WordCache
{
public:
    const std::vector<int> &tokens(std::string_view word, std::uint64_t hash, const PhraseMatcher &m,
                                   PhraseMatcher::Mode mode)
    {
        if (m.serial() != m_serial) {
            for (Entry &e : m_entries)
                e.done[0] = e.done[1] = e.done[2] = false;
            m_serial = m.serial();
        }
        if (m_entries.size() >= kMaxEntries)
            clear();
        Entry &e = find(word, hash);
        const int k = int(mode);
        if (!e.done[k]) {
            m.tokensOf(e.word, e.normal, mode, e.tokens[k]);
            e.done[k] = true;
        }
        return e.tokens[k];
    }

private:
    static constexpr std::size_t kMaxEntries = 1u << 18; // bounds the memory a long run can take
    struct Entry
    {
        std::string word;
        std::string normal;
        std::uint64_t hash = 0;
        std::vector<int> tokens[3];
        bool done[3] = {false, false, false};
    };

    void clear()
    {
        m_entries.clear();
        m_slots.assign(m_slots.size(), 0);
    }

    Entry &find(std::string_view word, std::uint64_t hash)
    {
        if (m_slots.empty())
            m_slots.assign(1024, 0);
        std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = std::size_t(hash) & mask;; i = (i + 1) & mask) {
            const std::int32_t at = m_slots[i];
            if (at == 0)
                break;
            Entry &e = m_entries[std::size_t(at - 1)];
            if (e.hash == hash && e.word == word)
                return e;
        }
        if ((m_entries.size() + 1) * 2 > m_slots.size()) {
            m_slots.assign(m_slots.size() * 2, 0);
            mask = m_slots.size() - 1;
            for (std::size_t n = 0; n < m_entries.size(); ++n) {
                std::size_t i = std::size_t(m_entries[n].hash) & mask;
                while (m_slots[i] != 0)
                    i = (i + 1) & mask;
                m_slots[i] = std::int32_t(n + 1);
            }
        }
        Entry e;
        e.word.assign(word);
        e.normal = wordforms::normalForm(word);
        e.hash = hash;
        m_entries.push_back(std::move(e));
        std::size_t i = std::size_t(hash) & mask;
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = std::int32_t(m_entries.size());
        return m_entries.back();
    }

    std::vector<std::int32_t> m_slots;
    std::vector<Entry> m_entries;
    std::uint64_t m_serial = 0;
};

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
    if (item.text.size() >= kFuzzyMin && lettersOnly(item.text)) {
        m_fuzzyWords.emplace_back(item.text, it->second);
        if (normal != item.text)
            m_fuzzyWords.emplace_back(normal, it->second);
    }
    return it->second;
}

int PhraseMatcher::child(int node, int token) const
{
    const std::uint64_t key = edgeKey(node, token);
    for (std::size_t i = slotOf(key, m_edgeMask);; i = (i + 1) & m_edgeMask) {
        const std::uint64_t k = m_edgeKeys[i];
        if (k == key)
            return m_edgeValues[i];
        if (k == 0)
            return -1;
    }
}

void PhraseMatcher::build()
{
    m_wordTokens.clear();
    m_prefixes.clear();
    m_fuzzyWords.clear();
    m_nextToken = 2;
    std::unordered_map<std::uint64_t, int> edges;
    m_outputs.assign(1, {});
    m_nodeHasAny.assign(1, false);
    for (const Pending &p : m_pending) {
        int node = 0;
        for (const Item &item : p.items) {
            const int token = tokenFor(item);
            auto [it, inserted] = edges.try_emplace(edgeKey(node, token), int(m_outputs.size()));
            if (inserted) {
                m_outputs.emplace_back();
                m_nodeHasAny.push_back(false);
            }
            if (token == kAnyToken)
                m_nodeHasAny[std::size_t(node)] = true;
            node = it->second;
        }
        auto &out = m_outputs[std::size_t(node)];
        if (std::find(out.begin(), out.end(), p.id) == out.end())
            out.push_back(p.id);
    }
    std::size_t capacity = 16;
    while (capacity < edges.size() * 2)
        capacity *= 2;
    m_edgeKeys.assign(capacity, 0);
    m_edgeValues.assign(capacity, -1);
    m_edgeMask = capacity - 1;
    for (const auto &[key, value] : edges) {
        std::size_t i = slotOf(key, m_edgeMask);
        while (m_edgeKeys[i] != 0)
            i = (i + 1) & m_edgeMask;
        m_edgeKeys[i] = key;
        m_edgeValues[i] = value;
    }
    m_serial = ++g_serial;
    m_built = true;
}

void PhraseMatcher::tokensOf(std::string_view word, const std::string &normal, Mode mode,
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
        return;
    for (const auto &[known, token] : m_fuzzyWords)
        if (known.size() >= least && (withinOneEdit(word, known) || withinOneEdit(normal, known)) &&
            std::find(out.begin(), out.end(), token) == out.end())
            out.push_back(token);
}

int PhraseMatcher::scan(QStringView text, std::vector<PhraseHit> &hits, Mode mode) const
{
    hits.clear();
    if (!m_built)
        return 0;
    // Start and end offset of every word, so that hits can be mapped back to the text as written.
    thread_local std::vector<int> wordStartStorage;
    thread_local std::vector<int> wordEndStorage;
    thread_local std::vector<std::pair<int, int>> activeStorage; // (trie node, first word)
    thread_local std::vector<std::pair<int, int>> nextStorage;
    thread_local std::string wordStorage;
    thread_local WordCache cache;
    std::vector<int> &wordStart = wordStartStorage; // one TLS look-up, not one per access
    std::vector<int> &wordEnd = wordEndStorage;
    std::vector<std::pair<int, int>> &active = activeStorage;
    std::vector<std::pair<int, int>> &next = nextStorage;
    std::string &buffer = wordStorage;
    WordCache &words = cache;
    wordStart.clear();
    wordEnd.clear();
    active.clear();

    static const std::vector<int> clauseTokens{kClauseToken};
    auto step = [&](const std::vector<int> &tokens, int word, bool clause) {
        if (tokens.empty() && active.empty())
            return;
        next.clear();
        auto advance = [&](int node, int first) {
            auto push = [&](int to) {
                if (to < 0)
                    return;
                for (const auto &[n, f] : next)
                    if (n == to && f == first)
                        return;
                next.emplace_back(to, first);
            };
            for (int token : tokens)
                push(child(node, token));
            if (!clause && m_nodeHasAny[std::size_t(node)])
                push(child(node, kAnyToken));
        };
        for (std::size_t k = 0; k < active.size(); ++k)
            advance(active[k].first, active[k].second);
        advance(0, word);
        for (const auto &[node, first] : next)
            for (int id : m_outputs[std::size_t(node)])
                hits.push_back({id, 0, 0, first, word});
        std::swap(active, next);
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
            wordStart.push_back(i);
            buffer.clear();
            std::uint64_t hash = kFnvOffset;
            do {
                const char c = charOf(sym);
                buffer.push_back(c);
                hash = (hash ^ std::uint8_t(c)) * kFnvPrime;
                if (++i == n)
                    break;
                sym = symbolOf(data[i]);
            } while (sym >= Other);
            wordEnd.push_back(i);
            step(words.tokens(buffer, hash, *this, mode), word, false);
            continue;
        }
        if (sym == Clause && !lastWordIsClause) {
            ++word;
            wordStart.push_back(i);
            wordEnd.push_back(i + 1);
            lastWordIsClause = true;
            step(clauseTokens, word, true);
        }
        ++i;
    }
    // The end of the text closes the last clause.
    if (!lastWordIsClause) {
        ++word;
        wordStart.push_back(n);
        wordEnd.push_back(n);
        step(clauseTokens, word, true);
    }

    for (PhraseHit &h : hits) {
        h.start = wordStart[std::size_t(h.firstWord)];
        h.end = wordEnd[std::size_t(h.lastWord)];
    }
    return realWords;
}

} // namespace rr

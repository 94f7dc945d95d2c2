#include "phrasematcher.h"

#include "textnormalizer.h"

#include <deque>

namespace rr {

using namespace textnorm;

namespace {

// Symbols of a canonical phrase ("check the welfare", "no |") framed by word breaks.
std::vector<std::uint8_t> symbolsOf(const QString &canonical, bool prefix)
{
    std::vector<std::uint8_t> out;
    out.reserve(canonical.size() + 2);
    out.push_back(Space);
    for (QChar ch : canonical) {
        if (ch == u' ')
            out.push_back(Space);
        else if (ch == u'|')
            out.push_back(Clause);
        else if (ch == QChar(0x00B7))
            out.push_back(Other);
        else
            out.push_back(symbolOf(ch.unicode()));
    }
    if (!prefix)
        out.push_back(Space);
    return out;
}

int wordsIn(const QString &canonical)
{
    return int(canonical.count(u' ')) + 1;
}

} // namespace

bool PhraseMatcher::add(QStringView phrase, int phraseId)
{
    bool prefix = false;
    QString canonical = canonicalPhrase(phrase, &prefix);
    if (canonical.isEmpty())
        return false;
    m_pending.push_back(std::move(canonical));
    m_pendingIds.push_back(phraseId);
    m_pendingPrefix.push_back(prefix);
    m_built = false;
    return true;
}

void PhraseMatcher::build()
{
    // Trie over the folded alphabet; -1 = no edge yet.
    std::vector<std::int32_t> trie(AlphabetSize, -1);
    std::vector<std::vector<int>> ends(1);
    m_patterns.clear();
    for (std::size_t i = 0; i < m_pending.size(); ++i) {
        const auto symbols = symbolsOf(m_pending[i], m_pendingPrefix[i]);
        int state = 0;
        for (std::uint8_t sym : symbols) {
            std::int32_t &edge = trie[std::size_t(state) * AlphabetSize + sym];
            if (edge < 0) {
                edge = std::int32_t(ends.size());
                ends.emplace_back();
                trie.resize(trie.size() + AlphabetSize, -1);
            }
            state = trie[std::size_t(state) * AlphabetSize + sym];
        }
        ends[std::size_t(state)].push_back(int(m_patterns.size()));
        m_patterns.push_back({m_pendingIds[i], wordsIn(m_pending[i]), bool(m_pendingPrefix[i])});
    }

    // Breadth-first fail links, folded into a complete transition table (a DFA).
    const std::size_t states = ends.size();
    std::vector<std::int32_t> fail(states, 0);
    m_delta.assign(states * AlphabetSize, 0);
    std::deque<int> queue;
    for (int sym = 0; sym < AlphabetSize; ++sym) {
        const std::int32_t child = trie[std::size_t(sym)];
        if (child >= 0) {
            m_delta[std::size_t(sym)] = child;
            fail[std::size_t(child)] = 0;
            queue.push_back(child);
        }
    }
    std::vector<std::vector<int>> outputs = ends;
    while (!queue.empty()) {
        const int state = queue.front();
        queue.pop_front();
        const auto &inherited = outputs[std::size_t(fail[std::size_t(state)])];
        outputs[std::size_t(state)].insert(outputs[std::size_t(state)].end(), inherited.begin(),
                                           inherited.end());
        for (int sym = 0; sym < AlphabetSize; ++sym) {
            const std::size_t at = std::size_t(state) * AlphabetSize + std::size_t(sym);
            const std::int32_t child = trie[at];
            const std::int32_t viaFail =
                m_delta[std::size_t(fail[std::size_t(state)]) * AlphabetSize + std::size_t(sym)];
            if (child >= 0) {
                m_delta[at] = child;
                fail[std::size_t(child)] = viaFail;
                queue.push_back(child);
            } else {
                m_delta[at] = viaFail;
            }
        }
    }

    m_outBegin.assign(states + 1, 0);
    m_outList.clear();
    for (std::size_t s = 0; s < states; ++s) {
        m_outBegin[s] = std::int32_t(m_outList.size());
        m_outList.insert(m_outList.end(), outputs[s].begin(), outputs[s].end());
    }
    m_outBegin[states] = std::int32_t(m_outList.size());
    // Premultiply targets by the alphabet size and flag states that end a phrase with the sign bit, so that
    // the scan loop is one load, one mask and one test per character.
    for (std::int32_t &target : m_delta) {
        const std::int32_t t = target;
        target = t * AlphabetSize;
        if (m_outBegin[std::size_t(t)] != m_outBegin[std::size_t(t) + 1])
            target |= kHasOutput;
    }
    m_built = true;
}

int PhraseMatcher::scan(QStringView text, std::vector<PhraseHit> &hits) const
{
    hits.clear();
    if (!m_built)
        return 0;
    // Start and end offset of every word, so that hits can be mapped back to the text as written.
    thread_local std::vector<int> wordStartStorage;
    thread_local std::vector<int> wordEndStorage;
    std::vector<int> &wordStart = wordStartStorage; // one TLS look-up, not one per access
    std::vector<int> &wordEnd = wordEndStorage;
    wordStart.clear();
    wordEnd.clear();

    const std::int32_t *delta = m_delta.data();
    std::int32_t base = delta[Space] & ~kHasOutput; // every text starts after a word break
    bool lastWordIsClause = true;                   // avoids runs of clause marks (and a leading one)
    int word = -1;
    int realWords = 0;

    auto feed = [&](std::uint8_t sym) {
        const std::int32_t v = delta[base + sym];
        base = v & ~kHasOutput;
        if (v < 0) [[unlikely]]
            emitHits(base / AlphabetSize, word, hits);
    };

    const char16_t *data = reinterpret_cast<const char16_t *>(text.utf16());
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        std::uint8_t sym = symbolOf(data[i]);
        if (sym >= Other) {
            // A word: the tight loop where nearly all of the time goes, one table step per character.
            ++word;
            ++realWords;
            lastWordIsClause = false;
            wordStart.push_back(i);
            do {
                feed(sym);
                if (++i == n)
                    break;
                sym = symbolOf(data[i]);
            } while (sym >= Other);
            wordEnd.push_back(i);
            feed(Space);
            continue;
        }
        if (sym == Clause && !lastWordIsClause) {
            ++word;
            wordStart.push_back(i);
            wordEnd.push_back(i + 1);
            lastWordIsClause = true;
            feed(Clause);
            feed(Space);
        }
        ++i;
    }
    // The end of the text closes the last clause.
    if (!lastWordIsClause) {
        ++word;
        wordStart.push_back(n);
        wordEnd.push_back(n);
        feed(Clause);
        feed(Space);
    }

    for (PhraseHit &h : hits) {
        if (h.firstWord < 0)
            h.firstWord = 0;
        h.start = wordStart[std::size_t(h.firstWord)];
        h.end = wordEnd[std::size_t(h.lastWord)];
    }
    return realWords;
}

void PhraseMatcher::emitHits(int state, int word, std::vector<PhraseHit> &hits) const
{
    const std::int32_t b = m_outBegin[std::size_t(state)];
    const std::int32_t e = m_outBegin[std::size_t(state) + 1];
    for (std::int32_t k = b; k < e; ++k) {
        const Pattern &p = m_patterns[std::size_t(m_outList[std::size_t(k)])];
        PhraseHit hit;
        hit.phraseId = p.id;
        hit.lastWord = word;
        hit.firstWord = word - p.words + 1;
        hits.push_back(hit);
    }
}

} // namespace rr

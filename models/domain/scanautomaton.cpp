#include "scanautomaton.h"

#include "phrasematcher.h"

#include <algorithm>

namespace rr {

namespace {

// Bound the memory a long run can take: a few megabytes.
constexpr std::size_t kMaxTransitions = std::size_t(1) << 15;
constexpr std::size_t kMaxPartials = std::size_t(1) << 17;

} // namespace

std::uint64_t ScanAutomaton::hashOf(std::span<const Partial> set)
{
    std::uint64_t h = 0x243F6A8885A308D3ull ^ set.size();
    for (const auto &p : set)
        h = (h ^ (std::uint64_t(std::uint32_t(p.node)) << 32 | std::uint32_t(p.back) << 1 | p.misread)) *
            0x9E3779B97F4A7C15ull;
    return h ^ (h >> 31);
}

void ScanAutomaton::begin(std::uint64_t generation)
{
    if (generation != m_generation || m_transitionCount >= kMaxTransitions ||
        m_partials.size() >= kMaxPartials) {
        clear();
        m_generation = generation;
    }
}

void ScanAutomaton::clear()
{
    m_partials.clear();
    m_setBegin.assign(1, 0);
    m_setHash.clear();
    m_setSlots.assign(1024, -1);
    m_transitions.assign(1024, Transition{});
    m_transitionCount = 0;
    m_outputs.clear();
    intern({}); // state 0: no partial match
}

// Moves every partial match of `state` over the input, starts new ones at it, and lists the phrases
// completed there, in the order PhraseMatcher reports them. No partial match is reached twice: a trie node
// has one parent, and the tokens of a word are distinct.
ScanAutomaton::Step ScanAutomaton::add(const TokenTrie &trie, std::uint64_t key, int state, Tokens tokens,
                                       bool misread, bool clause)
{
    m_from.assign(m_partials.begin() + m_setBegin[std::size_t(state)],
                  m_partials.begin() + m_setBegin[std::size_t(state) + 1]);
    m_next.clear();
    for (const Partial &p : m_from) {
        for (const int token : tokens)
            if (const int to = trie.child(p.node, token); to >= 0)
                m_next.push_back({to, p.back + 1, p.misread || misread});
        if (!clause && trie.hasAny(p.node))
            if (const int to = trie.child(p.node, PhraseMatcher::kAnyToken); to >= 0)
                m_next.push_back({to, p.back + 1, p.misread});
    }
    // New matches start at the root (which has no child by the gap token: a phrase never starts with one).
    for (const int token : tokens)
        if (const int to = trie.rootChild(token); to >= 0)
            m_next.push_back({to, 0, misread});
    Transition t;
    t.key = key;
    t.outputBegin = std::uint32_t(m_outputs.size());
    for (const Partial &p : m_next)
        for (const std::int32_t id : trie.outputs(p.node))
            m_outputs.push_back({id, p.back, p.misread});
    t.outputCount = std::uint32_t(m_outputs.size() - t.outputBegin);
    t.next = intern(m_next);
    insert(t);
    return {t.next, {m_outputs.data() + t.outputBegin, t.outputCount}};
}

int ScanAutomaton::intern(std::span<const Partial> set)
{
    const std::uint64_t h = hashOf(set);
    std::size_t mask = m_setSlots.size() - 1;
    std::size_t i = std::size_t(h) & mask;
    for (; m_setSlots[i] >= 0; i = (i + 1) & mask) {
        const std::size_t n = std::size_t(m_setSlots[i]);
        if (m_setHash[n] != h)
            continue;
        const std::span<const Partial> known(m_partials.data() + m_setBegin[n],
                                             m_setBegin[n + 1] - m_setBegin[n]);
        if (std::equal(known.begin(), known.end(), set.begin(), set.end()))
            return int(n);
    }
    const int n = int(m_setHash.size());
    m_partials.insert(m_partials.end(), set.begin(), set.end());
    m_setBegin.push_back(std::uint32_t(m_partials.size()));
    m_setHash.push_back(h);
    m_setSlots[i] = n;
    if (m_setHash.size() * 2 > m_setSlots.size()) {
        m_setSlots.assign(m_setSlots.size() * 2, -1);
        mask = m_setSlots.size() - 1;
        for (std::size_t k = 0; k < m_setHash.size(); ++k) {
            std::size_t j = std::size_t(m_setHash[k]) & mask;
            while (m_setSlots[j] >= 0)
                j = (j + 1) & mask;
            m_setSlots[j] = std::int32_t(k);
        }
    }
    return n;
}

void ScanAutomaton::insert(const Transition &t)
{
    if ((m_transitionCount + 1) * 2 > m_transitions.size()) {
        std::vector<Transition> old(m_transitions.size() * 2);
        old.swap(m_transitions);
        m_transitionCount = 0;
        for (const Transition &o : old)
            if (o.key != 0)
                insert(o);
    }
    const std::size_t mask = m_transitions.size() - 1;
    std::size_t i = slotOf(t.key, mask);
    while (m_transitions[i].key != 0)
        i = (i + 1) & mask;
    m_transitions[i] = t;
    ++m_transitionCount;
}

} // namespace rr

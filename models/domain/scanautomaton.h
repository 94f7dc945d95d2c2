#pragma once

#include "tokentrie.h"

#include <cstdint>
#include <span>
#include <vector>

namespace rr {

// The partial matches of a scan over the token trie, determinised as they are met (a lazy DFA, as RE2
// builds one for regular expressions). A scan keeps a set of partial matches (trie node, how many words
// back it started, whether a word on the way was misspelt); every word moves the whole set to the next
// one and reports the phrases completed there. Which set follows, and what is reported, depends only on
// the set and on what the word stands for, so each (set, word) pair is worked out once, remembered, and
// from then on a word is one table look-up however many partial matches are open. Sets are numbered as
// they are first reached; the empty set, where every scan starts, is state 0.
// Per thread, with the WordCache whose entry numbers name the words; cleared when that cache is (a
// bounded number of transitions, forgotten all at once when full, between scans).
class ScanAutomaton
{
public:
    using Tokens = std::span<const int>;

    // A phrase completed at the current word: it started `back` words before it.
    struct Output
    {
        std::int32_t phraseId;
        std::int32_t back;
        bool misread;
    };
    struct Step
    {
        int next;
        std::span<const Output> outputs;
    };

    // Forgets every set and transition when `generation` (of the word cache: its entry numbers) is not
    // the one the automaton was built for, or when it has grown too big. Call before a scan.
    void begin(std::uint64_t generation);

    // The step from `state` over one input: a word (its cache entry and the scan mode, `input` > 0) or a
    // clause mark (`input` 0). `read()` gives what the input stands for, {tokens, misread}, and is called
    // only the first time the pair is met. The outputs are valid until the next step.
    template <typename Read> Step step(const TokenTrie &trie, int state, std::uint32_t input, Read read)
    {
        const std::uint64_t key = (std::uint64_t(std::uint32_t(state)) << 32 | input) + 1;
        const std::size_t mask = m_transitions.size() - 1;
        for (std::size_t i = slotOf(key, mask);; i = (i + 1) & mask) {
            const Transition &t = m_transitions[i];
            if (t.key == key)
                return {t.next, {m_outputs.data() + t.outputBegin, t.outputCount}};
            if (t.key == 0)
                break;
        }
        const auto [tokens, misread] = read();
        return add(trie, key, state, tokens, misread, input == 0);
    }

    static std::uint32_t wordInput(int entry, int mode) { return (std::uint32_t(entry) + 1) << 2 | mode; }
    static constexpr std::uint32_t kClauseInput = 0;

private:
    struct Partial
    {
        std::int32_t node;
        std::int32_t back;
        bool misread;
        friend bool operator==(const Partial &, const Partial &) = default;
    };
    struct Transition
    {
        std::uint64_t key = 0; // 0: empty; else (state << 32 | input) + 1
        std::int32_t next = 0;
        std::uint32_t outputBegin = 0;
        std::uint32_t outputCount = 0;
    };

    static std::size_t slotOf(std::uint64_t key, std::size_t mask)
    {
        return std::size_t((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
    }
    static std::uint64_t hashOf(std::span<const Partial> set);
    Step add(const TokenTrie &trie, std::uint64_t key, int state, Tokens tokens, bool misread, bool clause);
    int intern(std::span<const Partial> set);
    void insert(const Transition &t);
    void clear();

    std::uint64_t m_generation = ~std::uint64_t(0);
    // Set n is m_partials[m_setBegin[n], m_setBegin[n + 1]).
    std::vector<Partial> m_partials;
    std::vector<std::uint32_t> m_setBegin;
    std::vector<std::uint64_t> m_setHash;
    std::vector<std::int32_t> m_setSlots; // open addressing by set hash: set number, or -1
    std::vector<Transition> m_transitions;
    std::size_t m_transitionCount = 0;
    std::vector<Output> m_outputs;
    std::vector<Partial> m_from; // scratch: the set being moved
    std::vector<Partial> m_next;
};

} // namespace rr

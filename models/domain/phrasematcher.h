#pragma once

#include "oneeditindex.h"
#include "tokentrie.h"

#include <QString>
#include <QStringView>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace rr {

// One occurrence of a phrase in a text: which phrase (the caller's id), where (UTF-16 offsets into the
// scanned text) and which words (word indices, clause marks count as words).
struct PhraseHit
{
    int phraseId = 0;
    int start = 0; // offset of the first character of the match in the scanned text
    int end = 0;   // offset one past the last character
    int firstWord = 0;
    int lastWord = 0;
    bool misread = false; // a word of it matched only as a misspelling of a phrase word (fuzzy modes)
    bool weak = false;    // alternative readings: reads a known word of fewer than five letters as another
};

// Finds every occurrence of a fixed set of phrases in one left-to-right pass over a text, word by word.
// Text and phrases are folded by textnorm and every word is reduced to its normal form (wordforms: the
// Snowball stem, irregular forms mapped to their base), so a phrase written in base form matches its
// inflections: "throw bottle" matches "threw bottles". In a phrase, a word ending in '*' matches any word
// that starts with it as written ("hallucinat*"), a lone '*' stands for up to four words of any kind
// ("throw * at" matches "threw a glass at"), and '|' is a clause mark. In Fuzzy mode (call types), a word of
// five letters or more that no phrase word matches also matches every phrase word of five letters or more
// within one edit of it ("TRESPASING", "DISTURBENCE"); FuzzyLong does the same for words of six letters or
// more ("shootting", "pistal"). A call type can also be read with one edit undone, to tell whether a
// misspelling may hide another call type ("SHOUTS FIRED", "FALLING FOR HELP", "COVER TOW", "BOMBGTHREAT"):
// in Fuzzy mode scan() can report, apart, the hits of those alternative readings, where a word is read as
// any phrase word one edit away from it (of any length, whether the word matched a phrase word or not), or
// as two phrase words run together (the space between them deleted or replaced by a character).
// Each distinct word of the text is normalised and looked up once per thread and cached (WordCache), not
// once per phrase; the phrases are a trie over word tokens (TokenTrie), and the sets of partial matches a
// scan meets are determinised as they are met (ScanAutomaton), so that a word costs a look-up or two
// however many phrases it may start or continue. Built once, then read-only and safe to share between
// threads; the caches are per thread.
class PhraseMatcher
{
public:
    enum class Mode
    {
        Exact,
        Fuzzy,    // call types: misspellings of phrase words of five letters or more
        FuzzyLong // narratives: only of words of six letters or more, where short words collide too often
    };

    // Adds a phrase; returns false when it folds to nothing. Call build() after the last add.
    bool add(QStringView phrase, int phraseId);
    void build();

    // Puts the hits in `text` into `hits` (cleared first), ordered by where they end. Returns the number of
    // words in the text; hits' word indices also count clause marks, which are not words.
    // In Fuzzy mode, when `alternatives` is given, it gets (cleared first, ordered by end) the hits that
    // need at least one word read another way (see above); `hits` is the same with or without it.
    int scan(QStringView text, std::vector<PhraseHit> &hits, Mode mode = Mode::Exact,
             std::vector<PhraseHit> *alternatives = nullptr) const;

    int stateCount() const { return m_trie.nodeCount(); }

    // Letters a word needs before a misspelling of it is matched in Fuzzy mode (one more in FuzzyLong).
    static constexpr std::size_t kFuzzyMin = 5;

    // For the per-thread word cache only: the tokens a word can stand for, and in Fuzzy mode the tokens it
    // may stand for when misspelt (`certain` being its tokens).
    static constexpr int kClauseToken = 0;
    static constexpr int kAnyToken = 1;
    // Returns true when the word matched only as a misspelling.
    bool tokensOf(std::string_view word, const std::string &normal, Mode mode, std::vector<int> &out) const;
    void alternativesOf(std::string_view word, const std::string &normal, const std::vector<int> &certain,
                        std::vector<int> &out) const;
    // The ways to read a word as two phrase words run together by one edit (the space between them deleted
    // or replaced: "BOMBTHREAT", "BOMBGTHREAT"), each as [n, the n tokens of the first word, m, the m
    // tokens of the second].
    void splitsOf(std::string_view word, std::vector<int> &out) const;
    std::uint64_t serial() const { return m_serial; }

    // A lone '*' stands for up to 4 words, so a phrase is registered once per combination of its gaps'
    // lengths: 5^gaps variants. A rule set may use at most kMaxGaps in one phrase (the built-in sets use 2);
    // more would make compiling it take seconds and gigabytes (the rule-set fuzz target found 6 gaps slow).
    static constexpr int kMaxGaps = 3;
    // How many lone '*' the phrase has, as add() reads it.
    static int gapCount(QStringView phrase);

private:
    struct Item
    {
        enum Kind
        {
            Word,
            Prefix,
            Gap,
            Clause
        } kind;
        std::string text; // the normal form (Word) or the folded prefix (Prefix)
    };
    static std::vector<Item> itemsOf(QStringView phrase);
    static std::vector<std::vector<Item>> parse(QStringView phrase);
    int tokenFor(const Item &item);
    void addFuzzyWord(const std::string &word, int token);
    void addNearWord(const std::string &word, int token);
    void neighbours(std::string_view word, const std::string &normal, std::size_t least,
                    std::vector<int> &out) const;

    struct Pending
    {
        std::vector<Item> items;
        int id;
    };
    std::vector<Pending> m_pending;

    std::unordered_map<std::string, int> m_wordTokens;   // normal form -> token
    std::vector<std::pair<std::string, int>> m_prefixes; // folded prefix -> token
    // Phrase words of five letters or more, as written and as normalised, for the fuzzy modes: the index
    // finds the words one edit away, and each of its entries lists its (word, token) pairs by the number
    // they were first seen in, which keeps the order of the tokens a misspelt word stands for fixed.
    OneEditIndex m_fuzzyIndex;
    std::vector<std::vector<std::pair<int, int>>> m_fuzzyTokens; // entry -> (pair number, token)
    int m_fuzzyPairs = 0;
    // Every phrase word, as written and as normalised, for the alternative readings.
    OneEditIndex m_nearIndex;
    std::vector<std::vector<int>> m_nearTokens; // entry -> tokens

    int m_nextToken = 2;

    TokenTrie m_trie;
    std::uint64_t m_serial = 0;
    bool m_built = false;
};

} // namespace rr

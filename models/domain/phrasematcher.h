#pragma once

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
};

// Finds every occurrence of a fixed set of phrases in one left-to-right pass over a text, word by word.
// Text and phrases are folded by textnorm and every word is reduced to its normal form (wordforms: the
// Snowball stem, irregular forms mapped to their base), so a phrase written in base form matches its
// inflections: "throw bottle" matches "threw bottles". In a phrase, a word ending in '*' matches any word
// that starts with it as written ("hallucinat*"), a lone '*' stands for up to four words of any kind
// ("throw * at" matches "threw a glass at"), and '|' is a clause mark. In Fuzzy mode (call types), a word of
// five letters or more that no phrase word matches also matches every phrase word of five letters or more
// within one edit of it ("TRESPASING", "DISTURBENCE"); FuzzyLong does the same for words of six letters or
// more ("shootting", "pistal").
// Each distinct word of the text is normalised once per thread and cached, not once per phrase. Built once,
// then read-only and safe to share between threads; the caches are per thread.
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
    int scan(QStringView text, std::vector<PhraseHit> &hits, Mode mode = Mode::Exact) const;

    int stateCount() const { return int(m_nodeHasAny.size()); }

    // Tokens a word can stand for. Public for the per-thread word cache only.
    static constexpr int kClauseToken = 0;
    static constexpr int kAnyToken = 1;
    void tokensOf(std::string_view word, const std::string &normal, Mode mode, std::vector<int> &out) const;
    std::uint64_t serial() const { return m_serial; }

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
    static std::vector<std::vector<Item>> parse(QStringView phrase);
    int tokenFor(const Item &item);
    int child(int node, int token) const;
    int addChild(int node, int token);

    struct Pending
    {
        std::vector<Item> items;
        int id;
    };
    std::vector<Pending> m_pending;

    std::unordered_map<std::string, int> m_wordTokens; // normal form -> token
    std::vector<std::pair<std::string, int>> m_prefixes; // folded prefix -> token
    // Phrase words of five letters or more, as written and as normalised, for Fuzzy mode.
    std::vector<std::pair<std::string, int>> m_fuzzyWords;
    int m_nextToken = 2;

    // Trie over tokens: edges in an open-addressing table keyed by (node, token).
    std::vector<std::uint64_t> m_edgeKeys; // 0 = empty, else (node << 32 | token) + 1
    std::vector<std::int32_t> m_edgeValues;
    std::uint64_t m_edgeMask = 0;
    std::vector<std::vector<int>> m_outputs; // node -> phrase ids ending there
    std::vector<bool> m_nodeHasAny;
    std::uint64_t m_serial = 0;
    bool m_built = false;
};

} // namespace rr

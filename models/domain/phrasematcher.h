#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
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

// Finds every occurrence of a fixed set of phrases in one left-to-right pass over a text, whatever the
// number of phrases: an Aho-Corasick automaton compiled to a dense transition table over the folded
// alphabet of textnorm. Phrases match on word boundaries; a phrase ending in '*' matches any word that
// starts with it ("threat*" matches "threatening"). Built once, then read-only and safe to share between
// threads.
class PhraseMatcher
{
public:
    // Adds a phrase; returns false when it folds to nothing. Call build() after the last add.
    bool add(QStringView phrase, int phraseId);
    void build();

    // Puts the hits in `text` into `hits` (cleared first), ordered by where they end. Returns the number of
    // words in the text; hits' word indices also count clause marks, which are not words.
    int scan(QStringView text, std::vector<PhraseHit> &hits) const;

    int stateCount() const { return int(m_outBegin.size()) - 1; }

private:
    static constexpr std::int32_t kHasOutput = std::int32_t(0x80000000u);
    void emitHits(int state, int word, std::vector<PhraseHit> &hits) const;

    struct Pattern
    {
        int id;
        int words;   // number of words in the phrase (for firstWord)
        bool prefix; // no word break required after the last character
    };
    std::vector<std::int32_t> m_delta;    // state * AlphabetSize + symbol -> state
    std::vector<std::int32_t> m_outBegin; // state -> first index into m_outList (size states + 1)
    std::vector<std::int32_t> m_outList;  // pattern indices ending in each state, fail-link outputs included
    std::vector<Pattern> m_patterns;
    std::vector<QString> m_pending; // canonical phrases before build()
    std::vector<int> m_pendingIds;
    std::vector<bool> m_pendingPrefix;
    bool m_built = false;
};

} // namespace rr

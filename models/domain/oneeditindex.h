#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rr {

// True when a and b are equal or one insertion, deletion, substitution or swap of neighbours apart (the
// Damerau distance is at most one).
bool withinOneEdit(std::string_view a, std::string_view b);

// Finds the known words within one edit of a word without comparing it to every known word: each known
// word is filed under itself and under each string made by deleting one of its letters, and so is the word
// looked up. Two words one edit apart always share such a string (a deletion from the longer one gives the
// shorter; a substitution or a swap of neighbours gives the same string when the changed letter is deleted
// from both), so the shared strings give every candidate, and withinOneEdit() keeps the true ones.
// Built once, then read-only and safe to share between threads.
class OneEditIndex
{
public:
    // Adds a known word; returns its entry number, the same one when the word was added before.
    int add(std::string_view word);
    int size() const { return int(m_words.size()); }
    const std::string &word(int entry) const { return m_words[std::size_t(entry)]; }

    // Appends to `entries` the entries of the known words of at least `least` characters within one edit of
    // `word`, each once, in the order they were first added.
    void find(std::string_view word, std::size_t least, std::vector<int> &entries) const;

private:
    void file(const std::string &key, int entry);

    std::vector<std::string> m_words;
    std::unordered_map<std::string, int> m_entryOf;
    std::unordered_map<std::string, std::vector<int>> m_byKey; // the word or one deletion -> entries
};

} // namespace rr

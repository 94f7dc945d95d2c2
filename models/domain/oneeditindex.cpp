#include "oneeditindex.h"

#include <algorithm>

namespace rr {

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

int OneEditIndex::add(std::string_view word)
{
    const auto [it, inserted] = m_entryOf.try_emplace(std::string(word), int(m_words.size()));
    if (!inserted)
        return it->second;
    const int entry = it->second;
    m_words.emplace_back(word);
    file(it->first, entry);
    std::string key;
    for (std::size_t i = 0; i < word.size(); ++i) {
        key.assign(word.substr(0, i)).append(word.substr(i + 1));
        file(key, entry);
    }
    return entry;
}

void OneEditIndex::file(const std::string &key, int entry)
{
    std::vector<int> &entries = m_byKey[key];
    if (entries.empty() || entries.back() != entry) // "aab" gives "ab" twice
        entries.push_back(entry);
}

void OneEditIndex::find(std::string_view word, std::size_t least, std::vector<int> &entries) const
{
    if (word.size() + 1 < least || m_byKey.empty())
        return;
    const std::size_t from = entries.size();
    auto gather = [&](const std::string &key) {
        if (const auto it = m_byKey.find(key); it != m_byKey.end())
            for (int e : it->second)
                if (m_words[std::size_t(e)].size() >= least)
                    entries.push_back(e);
    };
    std::string key(word);
    gather(key);
    for (std::size_t i = 0; i < word.size(); ++i) {
        key.assign(word.substr(0, i)).append(word.substr(i + 1));
        gather(key);
    }
    const auto begin = entries.begin() + std::ptrdiff_t(from);
    std::sort(begin, entries.end());
    entries.erase(std::unique(begin, entries.end()), entries.end());
    entries.erase(std::remove_if(begin, entries.end(),
                                 [&](int e) { return !withinOneEdit(word, m_words[std::size_t(e)]); }),
                  entries.end());
}

} // namespace rr

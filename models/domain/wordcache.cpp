#include "wordcache.h"

#include "wordforms.h"

#include <algorithm>

namespace rr {

void WordCache::fillTokens(Entry &e, int at, const PhraseMatcher &m, PhraseMatcher::Mode mode)
{
    const int k = int(mode);
    fill(e, k, [&](std::vector<int> &out) {
        if (m.tokensOf(word(e), m_normals[std::size_t(at)], mode, out))
            e.misread |= std::uint8_t(1u << k);
    });
}

int WordCache::add(std::string_view word, std::uint64_t head, std::uint64_t hash)
{
    if ((m_entries.size() + 1) * 2 > m_slots.size()) {
        m_slots.assign(std::max<std::size_t>(1024, m_slots.size() * 2), Slot{});
        for (std::size_t n = 0; n < m_entries.size(); ++n)
            place(m_hashes[n], int(n));
    }
    Entry e;
    e.text = std::uint32_t(m_text.size());
    e.length = std::uint32_t(word.size());
    m_text.append(word);
    m_entries.push_back(e);
    m_hashes.push_back(hash);
    m_heads.push_back(head);
    m_normals.push_back(wordforms::normalForm(word));
    place(hash, int(m_entries.size() - 1));
    return int(m_entries.size() - 1);
}

void WordCache::place(std::uint64_t hash, int entry)
{
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = std::size_t(hash) & mask;
    while (m_slots[i].entry >= 0)
        i = (i + 1) & mask;
    m_slots[i] = {m_heads[std::size_t(entry)], m_entries[std::size_t(entry)].length, entry};
}

void WordCache::clear()
{
    m_entries.clear();
    m_hashes.clear();
    m_heads.clear();
    m_normals.clear();
    m_text.clear();
    m_tokens.clear();
    m_slots.assign(m_slots.size(), Slot{});
    ++m_generation;
}

void WordCache::rebind(std::uint64_t serial)
{
    for (Entry &e : m_entries)
        e.done = e.misread = 0;
    m_tokens.clear();
    m_serial = serial;
    ++m_generation;
}

} // namespace rr

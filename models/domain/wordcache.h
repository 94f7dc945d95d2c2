#pragma once

#include "phrasematcher.h"

#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rr {

// Each distinct word seen on this thread: its normal form, computed once, and what it stands for in the
// matcher this thread used last (per mode, and its alternative readings, each computed when first needed).
// A scan looks up every word of its text here, so the table is kept flat and small: a slot table of hash
// checks, small entries, and the words and their tokens in two pools; the words that recur stay in the
// fastest cache.
class WordCache
{
public:
    using Tokens = std::span<const int>;

    // Call before a scan. Forgets what the words stood for when the matcher is not the one used last, and
    // every word when the cache has grown too big; either way the generation changes.
    void bind(const PhraseMatcher &m)
    {
        if (m.serial() != m_serial)
            rebind(m.serial());
        if (m_entries.size() >= kMaxEntries || m_text.size() >= kMaxText)
            clear();
    }
    // Changes whenever entry numbers, or what they stand for, may have changed.
    std::uint64_t generation() const { return m_generation; }

    // The entry of the word of `length` bytes at `data`, added when new. `data` must stay readable for eight
    // bytes past every multiple of eight below `length` (the scan keeps slack after its word buffer): a word
    // is read eight bytes at a time, and one of eight letters or fewer is compared as one number.
    int find(const char *data, std::size_t length)
    {
        const std::uint64_t head = chunk(data, length);
        std::uint64_t hash = (head ^ length) * kMix;
        for (std::size_t at = 8; at < length; at += 8)
            hash = (hash ^ chunk(data + at, length - at)) * kMix;
        hash ^= hash >> 29;
        if (!m_slots.empty()) {
            const std::size_t mask = m_slots.size() - 1;
            for (std::size_t i = std::size_t(hash) & mask;; i = (i + 1) & mask) {
                const Slot &s = m_slots[i];
                if (s.entry < 0)
                    break;
                if (s.head == head && s.length == length &&
                    (length <= 8 || std::memcmp(m_text.data() + m_entries[std::size_t(s.entry)].text + 8,
                                                data + 8, length - 8) == 0))
                    return s.entry;
            }
        }
        return add(std::string_view(data, length), head, hash);
    }

    // What entry `at` stands for in `mode`, and whether as a misspelling: the tokens() of a scan without
    // alternative readings. Valid until the next call.
    std::pair<Tokens, bool> exact(int at, const PhraseMatcher &m, PhraseMatcher::Mode mode)
    {
        Entry &e = m_entries[std::size_t(at)];
        const int k = int(mode);
        if (!(e.done & (1u << k))) [[unlikely]]
            fillTokens(e, at, m, mode);
        return {list(e, k), (e.misread & (1u << k)) != 0};
    }

    // What entry `at` stands for in `mode` and, when `alternatives` is set (else both empty), what it may
    // stand for if misspelt: other phrase words, and pairs of phrase words run together (see
    // PhraseMatcher::splitsOf). Valid until the next call.
    struct Readings
    {
        Tokens tokens;
        Tokens others;
        Tokens splits;
        bool misread = false; // `tokens` are those of a misspelling
        bool weak = false;    // a known word of fewer than five letters: `others` are weak readings
    };
    Readings tokens(int at, const PhraseMatcher &m, PhraseMatcher::Mode mode, bool alternatives)
    {
        Entry &e = m_entries[std::size_t(at)];
        const std::string &normal = m_normals[std::size_t(at)];
        const int k = int(mode);
        if (!(e.done & (1u << k)))
            fillTokens(e, at, m, mode);
        const bool misread = e.misread & (1u << k);
        if (!alternatives)
            return {list(e, k), {}, {}, misread, false};
        if (!(e.done & (1u << kOthers))) {
            const std::vector<int> certain(m_tokens.begin() + e.at[k],
                                           m_tokens.begin() + e.at[k] + e.count[k]);
            fill(e, kOthers, [&](std::vector<int> &out) { m.alternativesOf(word(e), normal, certain, out); });
            // A word that matches a phrase word as written is not taken for two words run together.
            const bool known = e.count[k] > 0 && !(e.misread & (1u << k));
            fill(e, kSplits, [&](std::vector<int> &out) {
                if (!known)
                    m.splitsOf(word(e), out);
            });
        }
        const bool weak = e.count[k] > 0 && !misread && e.length < PhraseMatcher::kFuzzyMin;
        return {list(e, k), list(e, kOthers), list(e, kSplits), misread, weak};
    }

private:
    // Bound the memory a long run can take to a few megabytes. A city's narratives use some tens of thousands
    // of distinct words, most of them rare; a stream of words seen once (numbers, names, plates) costs only a
    // re-read of the common words after each clear.
    static constexpr std::size_t kMaxEntries = 1u << 15;
    static constexpr std::size_t kMaxText = 1u << 20;

    static constexpr int kOthers = 3;
    static constexpr int kSplits = 4;

    static constexpr std::uint64_t kMix = 0x9E3779B97F4A7C15ull;

    // Up to eight bytes of a word as one number, the first byte lowest, the bytes past its end zero.
    static std::uint64_t chunk(const char *data, std::size_t left)
    {
        std::uint64_t v = 0;
        if constexpr (std::endian::native == std::endian::little)
            std::memcpy(&v, data, sizeof v);
        else
            for (int k = 7; k >= 0; --k)
                v = (v << 8) | std::uint8_t(data[k]);
        return left >= 8 ? v : v & ((std::uint64_t(1) << (8 * left)) - 1);
    }

    struct Slot
    {
        std::uint64_t head = 0; // the word's first eight bytes, see chunk()
        std::uint32_t length = 0;
        std::int32_t entry = -1; // -1: empty
    };
    struct Entry
    {
        std::uint32_t text = 0; // offset of the word in m_text
        std::uint32_t length = 0;
        std::uint32_t at[5] = {}; // list k (k = mode, kOthers, kSplits): offset in m_tokens
        std::uint32_t count[5] = {};
        std::uint8_t done = 0;    // bit k: list k computed
        std::uint8_t misread = 0; // bit k: list k is that of a misspelling
    };

    std::string_view word(const Entry &e) const { return {m_text.data() + e.text, e.length}; }
    Tokens list(const Entry &e, int k) const { return {m_tokens.data() + e.at[k], e.count[k]}; }

    template <typename Compute> void fill(Entry &e, int k, Compute compute)
    {
        m_scratch.clear();
        compute(m_scratch);
        e.at[k] = std::uint32_t(m_tokens.size());
        e.count[k] = std::uint32_t(m_scratch.size());
        m_tokens.insert(m_tokens.end(), m_scratch.begin(), m_scratch.end());
        e.done |= std::uint8_t(1u << k);
    }

    void fillTokens(Entry &e, int at, const PhraseMatcher &m, PhraseMatcher::Mode mode);
    int add(std::string_view word, std::uint64_t head, std::uint64_t hash);
    void place(std::uint64_t hash, int entry);
    void clear();
    void rebind(std::uint64_t serial);

    std::vector<Slot> m_slots;
    std::vector<Entry> m_entries;
    std::vector<std::uint64_t> m_hashes; // of each entry, to grow the slot table
    std::vector<std::uint64_t> m_heads;  // of each entry, see chunk()
    std::vector<std::string> m_normals;  // of each entry
    std::string m_text;                  // the entries' words, end to end
    std::vector<int> m_tokens;           // the entries' token lists, end to end
    std::vector<int> m_scratch;
    std::uint64_t m_serial = 0;
    std::uint64_t m_generation = 0;
};

} // namespace rr

#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace rr {

// A trie over word tokens (small integers) whose nodes carry the ids of the phrases that end there: the
// PhraseMatcher's compiled phrases. Edges live in one open-addressing table keyed by (node, token), and the
// root's children in a plain table by token, so that a step of a scan is a multiply and a probe or two.
// Built once, then read-only and safe to share between threads.
class TokenTrie
{
public:
    // Builds the trie of the given token sequences, each ending in the phrase id beside it. Tokens are
    // below `tokenCount`; `anyToken` is the token of a gap word, remembered per node.
    struct Sequence
    {
        std::vector<int> tokens;
        int id;
    };
    void build(const std::vector<Sequence> &sequences, int tokenCount, int anyToken);

    static constexpr int kRoot = 0;
    int nodeCount() const { return int(m_nodes.size()); }

    // The child of `node` by `token`, or -1.
    int child(int node, int token) const
    {
        const std::uint64_t key = edgeKey(node, token);
        // Fibonacci hashing: the top bits of the product depend on every bit of the key.
        for (std::size_t i = std::size_t((key * 0x9E3779B97F4A7C15ull) >> m_edgeShift);;
             i = (i + 1) & m_edgeMask) {
            const Edge &e = m_edges[i];
            if (e.key == key)
                return e.to;
            if (e.key == 0)
                return -1;
        }
    }
    int rootChild(int token) const { return m_rootChild[std::size_t(token)]; }
    // The ids of the phrases that end at `node`, in the order they were given.
    std::span<const std::int32_t> outputs(int node) const
    {
        const Node &n = m_nodes[std::size_t(node)];
        return {m_outputIds.data() + n.outputBegin, std::size_t(n.outputEnd - n.outputBegin)};
    }
    bool hasOutputs(int node) const
    {
        const Node &n = m_nodes[std::size_t(node)];
        return n.outputEnd != n.outputBegin;
    }
    // Has a child by the gap token.
    bool hasAny(int node) const { return m_nodes[std::size_t(node)].hasAny; }

private:
    static std::uint64_t edgeKey(int node, int token)
    {
        return ((std::uint64_t(std::uint32_t(node)) << 32) | std::uint32_t(token)) + 1;
    }

    struct Edge
    {
        std::uint64_t key = 0; // 0 = empty, else edgeKey()
        std::int32_t to = -1;
    };
    struct Node
    {
        std::int32_t outputBegin = 0; // the phrase ids ending here: m_outputIds[outputBegin, outputEnd)
        std::int32_t outputEnd = 0;
        bool hasAny = false;
    };
    std::vector<Edge> m_edges;
    std::uint64_t m_edgeMask = 0;
    int m_edgeShift = 64;
    std::vector<std::int32_t> m_rootChild; // token -> the root's child by it, or -1
    std::vector<Node> m_nodes;
    std::vector<std::int32_t> m_outputIds;
};

} // namespace rr

#include "tokentrie.h"

#include <algorithm>
#include <unordered_map>

namespace rr {

void TokenTrie::build(const std::vector<Sequence> &sequences, int tokenCount, int anyToken)
{
    // Nodes are numbered in the order they are first reached.
    std::unordered_map<std::uint64_t, int> edges;
    std::vector<std::vector<int>> outputs(1);
    std::vector<std::uint8_t> hasAny(1, 0);
    for (const Sequence &s : sequences) {
        int node = kRoot;
        for (const int token : s.tokens) {
            auto [it, inserted] = edges.try_emplace(edgeKey(node, token), int(outputs.size()));
            if (inserted) {
                outputs.emplace_back();
                hasAny.push_back(0);
            }
            if (token == anyToken)
                hasAny[std::size_t(node)] = 1;
            node = it->second;
        }
        auto &out = outputs[std::size_t(node)];
        if (std::find(out.begin(), out.end(), s.id) == out.end())
            out.push_back(s.id);
    }
    m_nodes.assign(outputs.size(), Node{});
    m_outputIds.clear();
    for (std::size_t k = 0; k < outputs.size(); ++k) {
        m_nodes[k].outputBegin = std::int32_t(m_outputIds.size());
        m_outputIds.insert(m_outputIds.end(), outputs[k].begin(), outputs[k].end());
        m_nodes[k].outputEnd = std::int32_t(m_outputIds.size());
        m_nodes[k].hasAny = hasAny[k];
    }
    m_rootChild.assign(std::size_t(tokenCount), -1);
    for (const auto &[key, value] : edges)
        if (((key - 1) >> 32) == 0)
            m_rootChild[std::size_t(std::uint32_t(key - 1))] = value;
    int bits = 4;
    while ((std::size_t(1) << bits) < edges.size() * 2)
        ++bits;
    m_edges.assign(std::size_t(1) << bits, Edge{});
    m_edgeMask = (std::uint64_t(1) << bits) - 1;
    m_edgeShift = 64 - bits;
    for (const auto &[key, value] : edges) {
        std::size_t i = std::size_t((key * 0x9E3779B97F4A7C15ull) >> m_edgeShift);
        while (m_edges[i].key != 0)
            i = (i + 1) & m_edgeMask;
        m_edges[i] = {key, value};
    }
}

} // namespace rr

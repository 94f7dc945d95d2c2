#include "qasample.h"

#include "feed/random.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace rr {

QaSample drawSample(const QList<SampleCandidate> &input, quint64 seed, double fraction)
{
    QaSample out;
    out.seed = seed;
    if (input.isEmpty())
        return out;
    // The frame in one order whatever order the caller read it in.
    QList<SampleCandidate> frame = input;
    std::sort(frame.begin(), frame.end(),
              [](const SampleCandidate &a, const SampleCandidate &b) { return a.decisionId < b.decisionId; });
    Random random(seed);
    const qsizetype n = frame.size();
    const qsizetype wanted =
        std::min<qsizetype>(n, qsizetype(std::ceil(std::max(0.0, fraction) * double(n))));

    // A partial Fisher-Yates shuffle of the indices: the first `wanted` are the random draw.
    std::vector<qsizetype> index(static_cast<std::size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        index[std::size_t(i)] = i;
    QSet<qsizetype> picked;
    for (qsizetype i = 0; i < wanted; ++i) {
        const qsizetype j = i + qsizetype(random.below(quint32(n - i)));
        std::swap(index[std::size_t(i)], index[std::size_t(j)]);
        picked.insert(index[std::size_t(i)]);
    }
    out.random = picked.size();

    // At least one per dispatcher: one of theirs at random, dispatchers in name order.
    QMap<QString, QList<qsizetype>> byDispatcher;
    for (qsizetype i = 0; i < n; ++i)
        byDispatcher[frame[i].dispatcher].append(i);
    for (auto it = byDispatcher.cbegin(); it != byDispatcher.cend(); ++it) {
        const bool covered =
            std::any_of(it->cbegin(), it->cend(), [&](qsizetype i) { return picked.contains(i); });
        if (covered)
            continue;
        picked.insert(it->at(qsizetype(random.below(quint32(it->size())))));
        ++out.perDispatcher;
    }

    // Every flagged decision.
    for (qsizetype i = 0; i < n; ++i) {
        if (!frame[i].flag.isEmpty() && !picked.contains(i)) {
            picked.insert(i);
            ++out.flagged;
        }
    }
    for (qsizetype i : picked)
        out.decisionIds.append(frame[i].decisionId);
    std::sort(out.decisionIds.begin(), out.decisionIds.end());
    return out;
}

} // namespace rr

#pragma once

#include "reportquery.h"

#include <QList>

namespace rr {

// A QA sample as drawn (APCO/NENA ANS 1.107.1): at least `fraction` (2%) of the period's decisions chosen at
// random with the given seed, at least one per dispatcher, plus every flagged decision (police backup after
// an unarmed or co-responder dispatch, every override away from police). The same frame and seed give the
// same sample on every platform (the project's own PRNG, no std distribution). Pure; any thread.
struct QaSample
{
    quint64 seed = 0;
    QList<qint64> decisionIds; // ascending
    qint64 random = 0;         // picked by the draw
    qint64 perDispatcher = 0;  // added so that every dispatcher has one
    qint64 flagged = 0;        // added because flagged
};

QaSample drawSample(const QList<SampleCandidate> &frame, quint64 seed, double fraction = 0.02);

} // namespace rr

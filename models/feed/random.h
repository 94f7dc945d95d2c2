#pragma once

#include <QtGlobal>

#include <array>
#include <cstdint>

namespace rr {

// A small, fast pseudo-random generator with its own sampling functions, so that a seed gives the same
// sequence on every platform and compiler: xoshiro256** (Blackman & Vigna) seeded through splitmix64.
// std:: distributions are deliberately not used because their algorithms are implementation-defined.
// Not thread-safe; each user owns its own instance (the call generator lives on whichever thread uses it).
class Random
{
public:
    explicit Random(quint64 seed);

    // The next raw 64-bit output.
    quint64 next();
    // Uniform integer in [0, bound); bound must be > 0 and < 2^32. Unbiased (Lemire's method).
    quint32 below(quint32 bound);
    // Uniform integer in [low, high], both inclusive, high - low < 2^32 - 1.
    int between(int low, int high) { return low + int(below(quint32(high - low) + 1u)); }
    // Uniform double in [0, 1) with 53 random bits.
    double uniform();
    // true with probability p.
    bool chance(double p) { return uniform() < p; }
    // Exponentially distributed value with mean 1, computed with basic arithmetic only (see logarithm()).
    double exponential();

    // Natural logarithm of x > 0 using only +, -, *, / and exact binary scaling, so that the result is
    // bit-identical wherever IEEE-754 double arithmetic is (std::log may differ in the last bit).
    static double logarithm(double x);
    // One step of splitmix64, exposed for tests against the published reference values.
    static quint64 splitmix64(quint64 &state);

private:
    std::array<quint64, 4> m_s{};
};

} // namespace rr

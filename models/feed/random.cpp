#include "random.h"

#include <cmath>

// The logarithm must not be contracted into fused multiply-adds, or results would depend on the target.
// GCC does not contract in ISO C++ mode (-std=c++20) and ignores this pragma with a warning; Clang needs it.
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

namespace rr {

namespace {
constexpr quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}
} // namespace

quint64 Random::splitmix64(quint64 &state)
{
    state += 0x9e3779b97f4a7c15ULL;
    quint64 z = state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

Random::Random(quint64 seed)
{
    quint64 state = seed;
    for (quint64 &word : m_s)
        word = splitmix64(state);
}

quint64 Random::next()
{
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

quint32 Random::below(quint32 bound)
{
    // Lemire, "Fast random integer generation in an interval" (2019), 32-bit variant.
    quint64 m = quint64(quint32(next() >> 32)) * bound;
    quint32 low = quint32(m);
    if (low < bound) {
        const quint32 threshold = quint32(-bound) % bound;
        while (low < threshold) {
            m = quint64(quint32(next() >> 32)) * bound;
            low = quint32(m);
        }
    }
    return quint32(m >> 32);
}

double Random::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

double Random::exponential()
{
    // 1 - uniform() lies in (0, 1], so the logarithm is finite.
    return -logarithm(1.0 - uniform());
}

double Random::logarithm(double x)
{
    constexpr double Ln2 = 0.69314718055994530942;
    constexpr double Sqrt1_2 = 0.70710678118654752440;
    int exponent = 0;
    double m = std::frexp(x, &exponent); // exact: x = m * 2^exponent, m in [0.5, 1)
    if (m < Sqrt1_2) {
        m *= 2.0; // exact
        --exponent;
    }
    // ln(m) = 2 atanh(s) = 2 (s + s^3/3 + s^5/5 + ...), s = (m-1)/(m+1), |s| <= 0.1716; 11 terms reach
    // below 1e-17 relative.
    const double s = (m - 1.0) / (m + 1.0);
    const double s2 = s * s;
    double sum = 0.0;
    for (int k = 21; k >= 1; k -= 2)
        sum = sum * s2 + 1.0 / double(k);
    return 2.0 * s * sum + double(exponent) * Ln2;
}

} // namespace rr

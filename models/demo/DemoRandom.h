#pragma once

#include <QtGlobal>

#include <cmath>
#include <numbers>
#include <random>

namespace gc {

/// Deterministic random numbers for the demo generator. Only the engine's raw
/// 64-bit output is used, converted by our own arithmetic: the standard
/// distributions are implementation-defined, and the same seed must give the
/// same store whatever standard library built the console.
class DemoRandom final
{
public:
    explicit DemoRandom(quint64 seed)
        : m_engine(seed)
    { }

    /// An independent stream for one purpose and index, so that (for example)
    /// the users of tenant 7 stay the same when tenant 3 gets one more, and the
    /// hand-written tenants look the same with 12 or 10,000 tenants.
    static DemoRandom stream(quint64 seed, quint64 purpose, quint64 index = 0)
    {
        return DemoRandom(splitMix(splitMix(seed ^ splitMix(purpose)) + index));
    }

    quint64 next() { return m_engine(); }
    /// In [0, 1), 53 random bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// In [0, n); n > 0.
    qint64 below(qint64 n) { return qint64(uniform() * double(n)); }
    /// In [lo, hi].
    int between(int lo, int hi) { return lo + int(below(qint64(hi) - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
    /// Standard normal (Box–Muller; one draw per call keeps the stream simple).
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]: log() stays finite
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    /// Multiplicative noise with mean 1.
    double logNormal(double sigma) { return std::exp(sigma * normal() - 0.5 * sigma * sigma); }

    template <typename Range> auto pick(const Range& r) -> decltype(r[0])
    {
        return r[size_t(below(qint64(std::size(r))))];
    }

private:
    static quint64 splitMix(quint64 x)
    {
        x += 0x9e3779b97f4a7c15ULL;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }

    std::mt19937_64 m_engine;
};

} // namespace gc

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "quality/minhash.h"

#include "quality/textfingerprint.h"

#include <QList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Dialogsmith::Quality {

namespace {

// SplitMix64: a fixed sequence of well-mixed numbers for the permutations' parameters.
std::uint64_t splitMix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

constexpr std::uint64_t parameterSeed = 0x44696173'6d697468ULL; // "Diasmith": changing it invalidates stored signatures

// ∫ f over [from, to] by Simpson's rule; the candidate probability is smooth, 64 steps are plenty.
template<typename F>
double integrate(F f, double from, double to)
{
    constexpr int steps = 64;
    const double h = (to - from) / steps;
    double sum = f(from) + f(to);
    for (int i = 1; i < steps; ++i)
        sum += f(from + i * h) * (i % 2 ? 4 : 2);
    return sum * h / 3;
}

// values[i] = min(values[i], high 32 bits of (a_i·x + b_i) mod 2⁶⁴) for every permutation i. With x below
// 2³², a_i·x = low_i·x + high_i·x·2³², so the high half is ((low_i·x + b_i) >> 32) + high_i·x in 32 bits:
// one 32×32→64 and one 32×32→32 multiplication, which vectorise (8 lanes with AVX2, chosen at run time).
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
[[gnu::target_clones("avx2", "default")]]
#endif
void foldShingle(std::uint32_t *__restrict values, const std::uint32_t *__restrict low,
                 const std::uint32_t *__restrict high, const std::uint64_t *__restrict offsets, size_t count,
                 std::uint32_t x)
{
    for (size_t i = 0; i < count; ++i) {
        const std::uint64_t sum = std::uint64_t(low[i]) * x + offsets[i];
        const std::uint32_t value = std::uint32_t(sum >> 32) + high[i] * x;
        values[i] = value < values[i] ? value : values[i];
    }
}

} // namespace

MinHasher::MinHasher(int permutations, int shingleWords)
    : m_shingleWords(std::max(1, shingleWords))
{
    std::uint64_t state = parameterSeed;
    const size_t count = size_t(std::max(1, permutations));
    m_multipliersLow.resize(count);
    m_multipliersHigh.resize(count);
    m_offsets.resize(count);
    for (size_t i = 0; i < count; ++i) {
        const std::uint64_t multiplier = splitMix64(state);
        m_multipliersLow[i] = std::uint32_t(multiplier);
        m_multipliersHigh[i] = std::uint32_t(multiplier >> 32);
        m_offsets[i] = splitMix64(state);
    }
}

MinHashSignature MinHasher::signature(QStringView normalized) const
{
    // Where each word starts; words are separated by exactly one space in a normalised text.
    QList<qsizetype> starts;
    starts.reserve(normalized.size() / 5 + 1);
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        if (i == 0 || normalized.at(i - 1) == u' ')
            starts.append(i);
    }
    if (starts.isEmpty())
        return {};

    const size_t count = m_offsets.size();
    MinHashSignature signature(count, std::numeric_limits<std::uint32_t>::max());
    const qsizetype words = starts.size();
    const qsizetype shingles = std::max<qsizetype>(1, words - m_shingleWords + 1);
    for (qsizetype s = 0; s < shingles; ++s) {
        const qsizetype last = std::min(words, s + m_shingleWords); // one past the shingle's last word
        const qsizetype end = last < words ? starts.at(last) - 1 : normalized.size();
        const auto x = std::uint32_t(hash64(normalized.mid(starts.at(s), end - starts.at(s))));
        foldShingle(signature.data(), m_multipliersLow.data(), m_multipliersHigh.data(), m_offsets.data(), count, x);
    }
    return signature;
}

double estimatedSimilarity(const MinHashSignature &a, const MinHashSignature &b)
{
    if (a.empty() || a.size() != b.size())
        return 0;
    size_t equal = 0;
    for (size_t i = 0; i < a.size(); ++i)
        equal += a[i] == b[i];
    return double(equal) / double(a.size());
}

LshBands bandsForThreshold(double threshold, int permutations)
{
    threshold = std::clamp(threshold, 0.01, 0.99);
    LshBands best {1, std::max(1, permutations)};
    double bestError = std::numeric_limits<double>::max();
    for (int bands = 1; bands <= permutations; ++bands) {
        for (int rows = 1; bands * rows <= permutations; ++rows) {
            const auto candidate = [bands, rows](double s) { return 1 - std::pow(1 - std::pow(s, rows), bands); };
            const double falsePositive = integrate(candidate, 0, threshold);
            const double falseNegative = integrate([&](double s) { return 1 - candidate(s); }, threshold, 1);
            const double error = 0.1 * falsePositive + 0.9 * falseNegative;
            if (error < bestError) {
                bestError = error;
                best = {bands, rows};
            }
        }
    }
    return best;
}

} // namespace Dialogsmith::Quality

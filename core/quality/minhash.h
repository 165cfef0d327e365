// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringView>

#include <cstdint>
#include <vector>

namespace Dialogsmith::Quality {

/// A MinHash signature: for each of the hasher's permutations, the smallest hash of the text's shingles.
/// The share of positions where two signatures agree estimates the Jaccard similarity of the two texts'
/// shingle sets.
using MinHashSignature = std::vector<std::uint32_t>;

/// Makes MinHash signatures of normalised texts (normalizedForComparison()): shingles of `shingleWords`
/// consecutive words (a text with fewer words is one shingle), each hashed to 32 bits with XXH3 and put
/// through `permutations` universal hash functions (the high 32 bits of a·x + b in 64 bits, Dietzfelbinger's
/// multiply-add-shift). The functions come from a fixed seed, so signatures are the same on every machine and
/// can be stored.
class MinHasher final
{
public:
    static constexpr int defaultPermutations = 128;
    static constexpr int defaultShingleWords = 5;

    explicit MinHasher(int permutations = defaultPermutations, int shingleWords = defaultShingleWords);

    int permutations() const { return int(m_offsets.size()); }
    int shingleWords() const { return m_shingleWords; }

    /// The signature of `normalized`; empty when the text has no words.
    MinHashSignature signature(QStringView normalized) const;

private:
    // a = m_multipliersHigh·2³² + m_multipliersLow, kept apart so the loop over permutations vectorises.
    std::vector<std::uint32_t> m_multipliersLow;
    std::vector<std::uint32_t> m_multipliersHigh;
    std::vector<std::uint64_t> m_offsets;
    int m_shingleWords;
};

/// The estimated Jaccard similarity of two signatures of the same hasher (0 when either is empty).
double estimatedSimilarity(const MinHashSignature &a, const MinHashSignature &b);

/// How locality-sensitive hashing cuts a signature: `bands` bands of `rows` values each. Two texts become
/// candidates when all rows of at least one band agree.
struct LshBands {
    int bands = 0;
    int rows = 0;
    friend bool operator==(const LshBands &, const LshBands &) = default;
};

/// The bands for a similarity threshold that make a missed duplicate least likely at little cost: minimises
/// the areas under the candidate probability 1 − (1 − s^r)^b below the threshold (false candidates) and
/// above 1 minus it (missed pairs), weighted 1 : 9 — the method of datasketch's MinHashLSH, with weights for a
/// caller that checks every candidate on the signatures anyway (a false candidate costs one comparison).
LshBands bandsForThreshold(double threshold, int permutations);

} // namespace Dialogsmith::Quality

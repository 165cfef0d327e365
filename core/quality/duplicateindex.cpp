// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "quality/duplicateindex.h"

#define XXH_INLINE_ALL
#include <algorithm>
#include <xxhash.h>

namespace Dialogsmith::Quality {

DuplicateIndex::DuplicateIndex(const Settings &settings)
    : m_settings(settings)
    , m_hasher(settings.permutations, settings.shingleWords)
    , m_bands(bandsForThreshold(settings.threshold, m_hasher.permutations()))
{ }

SampleDescription DuplicateIndex::describe(QStringView text) const
{
    const QString normalized = normalizedForComparison(text);
    SampleDescription description;
    description.fingerprint = fingerprintOfNormalized(normalized);
    if (m_settings.nearDuplicates)
        description.signature = m_hasher.signature(normalized);
    return description;
}

std::uint64_t DuplicateIndex::bandKey(const MinHashSignature &signature, int band) const
{
    // The band's number is the seed: equal rows in different bands are different buckets.
    return XXH3_64bits_withSeed(signature.data() + size_t(band) * size_t(m_bands.rows),
                                size_t(m_bands.rows) * sizeof(std::uint32_t), std::uint64_t(band));
}

DuplicateIndex::Verdict DuplicateIndex::add(qint64 id, const SampleDescription &description)
{
    const auto index = std::int32_t(m_ids.size());
    Verdict verdict;
    verdict.keep = id;

    const auto exact = m_exact.constFind(description.fingerprint);
    if (exact != m_exact.cend()) {
        verdict.kind = Kind::Exact;
        verdict.match = m_ids[size_t(*exact)];
        verdict.similarity = 1;
    } else {
        m_exact.insert(description.fingerprint, index);
    }

    const size_t permutations = size_t(m_hasher.permutations());
    const bool near = m_settings.nearDuplicates && description.signature.size() == permutations;
    std::int32_t group = index;
    if (verdict.kind == Kind::Exact) {
        group = m_groups[size_t(*exact)];
    } else if (near) {
        // Candidates share a bucket in at least one band; the best one at or above the threshold wins.
        ++m_query;
        double best = 0;
        std::int32_t bestIndex = -1;
        for (int band = 0; band < m_bands.bands; ++band) {
            const auto bucket = m_buckets.constFind(bandKey(description.signature, band));
            if (bucket == m_buckets.cend())
                continue;
            for (std::int32_t candidate = *bucket; candidate >= 0;
                 candidate = m_nextInBucket[size_t(candidate) * size_t(m_bands.bands) + size_t(band)]) {
                if (m_seenInQuery[size_t(candidate)] == m_query)
                    continue;
                m_seenInQuery[size_t(candidate)] = m_query;
                const std::uint32_t *other = m_signatures.data() + size_t(candidate) * permutations;
                size_t equal = 0;
                for (size_t i = 0; i < permutations; ++i)
                    equal += other[i] == description.signature[i];
                const double similarity = double(equal) / double(permutations);
                if (similarity > best || (similarity == best && bestIndex > candidate)) {
                    best = similarity;
                    bestIndex = candidate;
                }
            }
        }
        if (bestIndex >= 0 && best >= m_settings.threshold) {
            verdict.kind = Kind::Near;
            verdict.match = m_ids[size_t(bestIndex)];
            verdict.similarity = best;
            group = m_groups[size_t(bestIndex)];
        }
    }

    m_ids.push_back(id);
    m_groups.push_back(group);
    m_seenInQuery.push_back(m_query);
    verdict.keep = m_ids[size_t(group)];

    // Every sample has its slots, so a sample's number finds its signature and bucket links directly.
    if (!near) {
        m_signatures.resize(m_signatures.size() + permutations, 0);
        m_nextInBucket.resize(m_nextInBucket.size() + size_t(m_bands.bands), -1);
        return verdict;
    }
    m_signatures.insert(m_signatures.end(), description.signature.begin(), description.signature.end());
    for (int band = 0; band < m_bands.bands; ++band) {
        const std::uint64_t key = bandKey(description.signature, band);
        const auto bucket = m_buckets.find(key);
        if (bucket == m_buckets.end()) {
            m_nextInBucket.push_back(-1);
            m_buckets.insert(key, index);
        } else {
            m_nextInBucket.push_back(*bucket);
            *bucket = index;
        }
    }
    return verdict;
}

} // namespace Dialogsmith::Quality

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "quality/minhash.h"
#include "quality/textfingerprint.h"

#include <QHash>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace Dialogsmith::Quality {

/// What duplicate detection needs to know of one sample: its exact fingerprint and its MinHash signature.
/// Made by DuplicateIndex::describe(), which is a pure function, so many threads can describe samples while
/// one adds them to the index — and a description can be stored and added again later.
struct SampleDescription {
    Fingerprint fingerprint;
    MinHashSignature signature;
};

/// Finds duplicates among samples as they arrive: exact ones (the same normalised text) and near ones (an
/// estimated Jaccard similarity of word shingles at or above the threshold, found through MinHash with LSH
/// and then checked on the signatures). Every sample added joins the index, so a chain of near duplicates
/// stays one group; a group is named by the sample that came first, the one to keep.
class DuplicateIndex final
{
public:
    struct Settings {
        double threshold = 0.8; ///< near-duplicate similarity, 0–1
        bool nearDuplicates = true; ///< false: exact duplicates only
        int permutations = MinHasher::defaultPermutations;
        int shingleWords = MinHasher::defaultShingleWords;
    };

    enum class Kind { Unique, Exact, Near };

    struct Verdict {
        Kind kind = Kind::Unique;
        qint64 keep = -1; ///< the group's first sample (the sample itself when Unique)
        qint64 match = -1; ///< the sample it was found to duplicate (-1 when Unique)
        double similarity = 0; ///< estimated similarity to `match` (1 for exact)
    };

    explicit DuplicateIndex(const Settings &settings);

    const Settings &settings() const { return m_settings; }
    LshBands bands() const { return m_bands; }
    qsizetype size() const { return qsizetype(m_ids.size()); }

    /// Describes a text for add(); thread-safe.
    SampleDescription describe(QStringView text) const;

    /// Adds sample `id` and says whether it duplicates one added before.
    Verdict add(qint64 id, const SampleDescription &description);
    Verdict add(qint64 id, QStringView text) { return add(id, describe(text)); }

private:
    std::uint64_t bandKey(const MinHashSignature &signature, int band) const;

    Settings m_settings;
    MinHasher m_hasher;
    LshBands m_bands;
    std::vector<qint64> m_ids;
    std::vector<std::int32_t> m_groups; ///< per sample: index of its group's first sample
    std::vector<std::uint32_t> m_signatures; ///< permutations values per sample, all samples end to end
    std::vector<std::int32_t> m_nextInBucket; ///< per sample and band: the previous sample in the same bucket
    std::vector<std::uint32_t> m_seenInQuery; ///< per sample: the last query that looked at it
    std::uint32_t m_query = 0;
    QHash<Fingerprint, std::int32_t> m_exact;
    QHash<std::uint64_t, std::int32_t> m_buckets; ///< band key → the newest sample in that bucket
};

} // namespace Dialogsmith::Quality

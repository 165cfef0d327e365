// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>

namespace Dialogsmith::Quality {

/// A text as duplicate detection compares it: Unicode compatibility forms unified (NFKC), case folded,
/// punctuation, symbols and whitespace reduced to single spaces between words, no space at either end.
/// Characters of scripts written without spaces (Chinese, Japanese kana, Thai, …) count as words of their
/// own, so that word shingles work for them too.
QString normalizedForComparison(QStringView text);

/// The exact identity of a normalised text: 128 bits of XXH3. Two texts that differ only in case,
/// punctuation or spacing have the same fingerprint. Stable across runs and machines (the hash of the
/// UTF-16 code units, little-endian), so it can be stored.
struct Fingerprint {
    quint64 high = 0;
    quint64 low = 0;
    friend bool operator==(const Fingerprint &, const Fingerprint &) = default;
    friend size_t qHash(const Fingerprint &fingerprint, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, fingerprint.high, fingerprint.low);
    }
};

/// The fingerprint of a text already normalised with normalizedForComparison().
Fingerprint fingerprintOfNormalized(QStringView normalized);

/// 64 bits of XXH3 over the UTF-16 code units of `text`, with `seed`.
quint64 hash64(QStringView text, quint64 seed = 0);

} // namespace Dialogsmith::Quality

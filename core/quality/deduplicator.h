// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "quality/minhash.h"
#include "quality/textfingerprint.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace Dialogsmith::Quality {

/// How a sample repeats the original of its group.
enum class DuplicateKind { Exact, Near };
QString duplicateKindName(DuplicateKind kind); ///< "exact", "near"
std::optional<DuplicateKind> parseDuplicateKind(const QString &name);

/// The duplicates of one sample: the original (the group's sample with the smallest id, the one to keep)
/// and every later sample found to repeat it, in id order.
struct DuplicateGroup {
    struct Member {
        qint64 id = 0;
        DuplicateKind kind = DuplicateKind::Exact;
        double similarity = 1; ///< estimated similarity to the original (1 for exact)
    };
    qint64 original = 0;
    QList<Member> duplicates;
};

/// What the `signatures` table says about the project's samples.
struct DuplicateSummary {
    qint64 samples = 0; ///< complete samples with a signature
    qint64 exact = 0; ///< samples that repeat their group's original exactly (after normalisation)
    qint64 near = 0; ///< samples that are near duplicates of their group's original
    qint64 groups = 0; ///< originals with at least one duplicate
    friend bool operator==(const DuplicateSummary &, const DuplicateSummary &) = default;
};

/// Keeps a project's `signatures` table (format 5) up to date: duplicate detection across the whole
/// project, incrementally as samples arrive and change.
///
/// A sample is a complete conversation row of any mode; its text is its messages' contents in `seq`
/// order, joined by a blank line (sampleText()) — roles, system prompts and the alternatives of a turn are
/// not part of it. Each sample is signed once per text: its exact fingerprint and MinHash signature
/// (DuplicateIndex::describe()) are stored with `text_hash`, 16 hex digits of XXH3-64 over that text.
/// Samples are signed again only when they are new or queued in `signatures_pending` (triggers queue a
/// signed conversation whose messages or state change), so an update reads only the texts that changed.
///
/// Verdicts come from a DuplicateIndex fed with every stored signature in id order, so a group's original
/// is always its oldest sample and the result is the same as one batch over the whole project; they are
/// made again whenever a signature was added, changed or removed (an edited or deleted original sets free
/// the samples that pointed at it) or the threshold differs from the one they were made with
/// (`signature_state`). `duplicate_of` names the group's original, `duplicate_kind` is 'exact' when the
/// sample's fingerprint is the original's and 'near' otherwise, and `similarity` is the estimated
/// similarity to the original — below the threshold only for the end of a chain of near duplicates.
///
/// Blobs (layout 1): `fingerprint` is 16 bytes, Fingerprint::high then ::low, each big-endian (the 128-bit
/// XXH3 as it is written in hex). `minhash` is a 4-byte header — the number of values as a little-endian
/// 16-bit integer (0 for a text without words), the shingle size in words, the layout number 1 — followed
/// by that many 32-bit little-endian values.
///
/// Use it on a connection of its own (the studio: a worker thread's): every batch is a short transaction
/// of its own, so the engine and the curation views keep writing while it works.
class Deduplicator final
{
    Q_DECLARE_TR_FUNCTIONS(Deduplicator)

public:
    static constexpr int layoutVersion = 1;
    static constexpr int batchSize = 500; ///< samples signed per transaction
    static constexpr int verdictBatchSize = 5000; ///< verdicts written per transaction

    explicit Deduplicator(QSqlDatabase db);

    enum class Phase {
        Signing, ///< reading the texts of new and changed samples and signing them
        Judging, ///< finding the duplicates among all signatures
    };
    /// Called now and then; returning false cancels. What is done is kept (signatures are committed a
    /// batch at a time; verdicts only once all are written, so a cancelled update leaves the old ones).
    using Progress = std::function<bool(Phase phase, qint64 done, qint64 total)>;

    struct Update {
        qint64 signedSamples = 0; ///< samples signed (again) by this update
        qint64 removed = 0; ///< signatures of samples gone or no longer complete
        bool judged = false; ///< the verdicts were made again
        qint64 verdictsChanged = 0;
        DuplicateSummary summary;
    };

    /// Signs what is new or changed, then makes the verdicts again if they are stale or were made with
    /// another threshold. When nothing changed, reads a little and writes nothing.
    std::optional<Update> update(double threshold, QString *error, const Progress &progress = {});

    /// True when update() would find work: unsigned or changed samples, stale verdicts or another threshold.
    std::optional<bool> isStale(double threshold, QString *error) const;

    std::optional<DuplicateSummary> summary(QString *error) const;
    /// Every group of duplicates, by the original's id.
    std::optional<QList<DuplicateGroup>> groups(QString *error) const;
    /// The text of a sample as it is signed.
    std::optional<QString> sampleText(qint64 conversationId, QString *error) const;

    static QString sampleText(const QStringList &messages);
    static QString textHash(const QString &text);
    static QByteArray encodeFingerprint(const Fingerprint &fingerprint);
    static std::optional<Fingerprint> decodeFingerprint(const QByteArray &blob);
    static QByteArray encodeSignature(const MinHashSignature &signature, int shingleWords);
    /// Nothing when the blob is not of layout 1, or was made with other hasher settings.
    static std::optional<MinHashSignature> decodeSignature(const QByteArray &blob, int permutations, int shingleWords);

private:
    bool removeStale(qint64 *removed, QString *error);
    std::optional<QList<qint64>> unsigned_(QString *error) const;
    bool sign(const QList<qint64> &ids, qint64 *changed, QString *error);
    bool judge(double threshold, Update *update, QString *error, const Progress &progress);
    std::optional<QString> state(const QString &key, QString *error) const;

    QSqlDatabase m_db;
    MinHasher m_hasher;
};

} // namespace Dialogsmith::Quality

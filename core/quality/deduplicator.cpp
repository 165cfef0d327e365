// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "quality/deduplicator.h"

#include "quality/duplicateindex.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

namespace Dialogsmith::Quality {

Q_LOGGING_CATEGORY(lcQuality, "dialogsmith.quality")

namespace {

const QString completeState = QStringLiteral("complete");
const QString thresholdKey = QStringLiteral("threshold");
const QString layoutKey = QStringLiteral("layout");

QString readFailure(const QSqlQuery &q)
{
    return Deduplicator::tr("Cannot read the duplicate signatures: %1").arg(q.lastError().text());
}

QString writeFailure(const QString &why)
{
    return Deduplicator::tr("Cannot write the duplicate signatures: %1").arg(why);
}

// "1,2,3" for an IN list: the ids are numbers, so nothing to escape.
QString idList(const QList<qint64> &ids)
{
    QString list;
    list.reserve(ids.size() * 8);
    for (qint64 id : ids) {
        if (!list.isEmpty())
            list += u',';
        list += QString::number(id);
    }
    return list;
}

// A transaction that rolls back unless committed.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_open(m_db.transaction())
    { }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Q_DISABLE_COPY_MOVE(Transaction)
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_open;
};

QString layoutName(const MinHasher &hasher)
{
    return QStringLiteral("%1:%2:%3")
        .arg(Deduplicator::layoutVersion)
        .arg(hasher.permutations())
        .arg(hasher.shingleWords());
}

} // namespace

QString duplicateKindName(DuplicateKind kind)
{
    return kind == DuplicateKind::Exact ? QStringLiteral("exact") : QStringLiteral("near");
}

std::optional<DuplicateKind> parseDuplicateKind(const QString &name)
{
    if (name == QLatin1StringView("exact"))
        return DuplicateKind::Exact;
    if (name == QLatin1StringView("near"))
        return DuplicateKind::Near;
    return std::nullopt;
}

Deduplicator::Deduplicator(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString Deduplicator::sampleText(const QStringList &messages)
{
    return messages.join(QStringLiteral("\n\n"));
}

QString Deduplicator::textHash(const QString &text)
{
    return QStringLiteral("%1").arg(hash64(text), 16, 16, QLatin1Char('0'));
}

QByteArray Deduplicator::encodeFingerprint(const Fingerprint &fingerprint)
{
    QByteArray blob(16, Qt::Uninitialized);
    qToBigEndian(fingerprint.high, blob.data());
    qToBigEndian(fingerprint.low, blob.data() + 8);
    return blob;
}

std::optional<Fingerprint> Deduplicator::decodeFingerprint(const QByteArray &blob)
{
    if (blob.size() != 16)
        return std::nullopt;
    Fingerprint fingerprint;
    fingerprint.high = qFromBigEndian<quint64>(blob.constData());
    fingerprint.low = qFromBigEndian<quint64>(blob.constData() + 8);
    return fingerprint;
}

QByteArray Deduplicator::encodeSignature(const MinHashSignature &signature, int shingleWords)
{
    QByteArray blob(4 + qsizetype(signature.size()) * 4, Qt::Uninitialized);
    qToLittleEndian(quint16(signature.size()), blob.data());
    blob[2] = char(shingleWords);
    blob[3] = char(layoutVersion);
    for (size_t i = 0; i < signature.size(); ++i)
        qToLittleEndian(signature[i], blob.data() + 4 + i * 4);
    return blob;
}

std::optional<MinHashSignature> Deduplicator::decodeSignature(const QByteArray &blob, int permutations,
                                                              int shingleWords)
{
    if (blob.size() < 4 || blob.at(3) != char(layoutVersion) || blob.at(2) != char(shingleWords))
        return std::nullopt;
    const int count = qFromLittleEndian<quint16>(blob.constData());
    if ((count != 0 && count != permutations) || blob.size() != 4 + count * 4)
        return std::nullopt;
    MinHashSignature signature(size_t(count), 0);
    for (int i = 0; i < count; ++i)
        signature[size_t(i)] = qFromLittleEndian<std::uint32_t>(blob.constData() + 4 + i * 4);
    return signature;
}

std::optional<QString> Deduplicator::state(const QString &key, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM signature_state WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        *error = readFailure(q);
        return std::nullopt;
    }
    return q.next() ? q.value(0).toString() : QString();
}

namespace {

// The messages of `ids`, each sample's in order (samples without messages are left out).
std::optional<QHash<qint64, QStringList>> messagesOf(const QSqlDatabase &db, const QList<qint64> &ids, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT conversation_id, content FROM turns WHERE conversation_id IN (%1) "
                               "ORDER BY conversation_id, seq")
                    .arg(idList(ids)))) {
        *error = readFailure(q);
        return std::nullopt;
    }
    QHash<qint64, QStringList> messages;
    while (q.next())
        messages[q.value(0).toLongLong()].append(q.value(1).toString());
    return messages;
}

} // namespace

bool Deduplicator::removeStale(qint64 *removed, QString *error)
{
    QString layout = state(layoutKey, error).value_or(QString());
    if (!error->isEmpty())
        return false;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Signatures of another layout or hasher are made again from the texts.
    if (!layout.isEmpty() && layout != layoutName(m_hasher)) {
        Transaction transaction(m_db);
        QSqlQuery w(m_db);
        if (!transaction.isOpen() || !w.exec(QStringLiteral("SELECT count(*) FROM signatures")) || !w.next()) {
            *error = writeFailure(w.lastError().text());
            return false;
        }
        *removed += w.value(0).toLongLong();
        if (!w.exec(QStringLiteral("DELETE FROM signatures"))
            || !w.exec(QStringLiteral("DELETE FROM signatures_pending"))
            || !w.exec(QStringLiteral("DELETE FROM signature_state")) || !transaction.commit()) {
            *error = writeFailure(w.lastError().text());
            return false;
        }
    }
    if (!q.exec(QStringLiteral("SELECT s.conversation_id FROM signatures s LEFT JOIN conversations c "
                               "ON c.id = s.conversation_id WHERE c.id IS NULL OR c.state <> 'complete'"))) {
        *error = readFailure(q);
        return false;
    }
    QList<qint64> gone;
    while (q.next())
        gone.append(q.value(0).toLongLong());
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM signatures_pending p WHERE NOT EXISTS "
                               "(SELECT 1 FROM signatures s WHERE s.conversation_id = p.conversation_id))"))
        || !q.next()) {
        *error = readFailure(q);
        return false;
    }
    const bool strayPending = q.value(0).toBool();
    if (gone.isEmpty() && !strayPending)
        return true;
    Transaction transaction(m_db);
    QSqlQuery w(m_db);
    const QString list = idList(gone);
    const bool ok = transaction.isOpen()
        && (gone.isEmpty()
            || (w.exec(QStringLiteral("DELETE FROM signatures WHERE conversation_id IN (%1)").arg(list))
                && w.exec(QStringLiteral("DELETE FROM signature_state WHERE key = 'threshold'"))))
        && w.exec(QStringLiteral("DELETE FROM signatures_pending WHERE conversation_id NOT IN "
                                 "(SELECT conversation_id FROM signatures)"))
        && transaction.commit();
    if (!ok) {
        *error = writeFailure(w.lastError().text());
        return false;
    }
    *removed += gone.size();
    return true;
}

std::optional<QList<qint64>> Deduplicator::unsigned_(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT c.id FROM conversations c WHERE c.state = 'complete' AND (NOT EXISTS "
                               "(SELECT 1 FROM signatures s WHERE s.conversation_id = c.id) OR EXISTS "
                               "(SELECT 1 FROM signatures_pending p WHERE p.conversation_id = c.id)) ORDER BY c.id"))) {
        *error = readFailure(q);
        return std::nullopt;
    }
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

bool Deduplicator::sign(const QList<qint64> &ids, qint64 *changed, QString *error)
{
    // Signed outside the transaction, so that writers wait only for the writes; the texts are read again
    // inside it, and a sample whose text changed in between is left for the next update.
    const auto before = messagesOf(m_db, ids, error);
    if (!before)
        return false;
    struct Signed {
        QString hash;
        QByteArray fingerprint;
        QByteArray minhash;
    };
    QHash<qint64, Signed> signatures;
    signatures.reserve(ids.size());
    for (qint64 id : ids) {
        const QString text = sampleText(before->value(id));
        const QString normalized = normalizedForComparison(text);
        signatures.insert(id,
                          Signed {textHash(text), encodeFingerprint(fingerprintOfNormalized(normalized)),
                                  encodeSignature(m_hasher.signature(normalized), m_hasher.shingleWords())});
    }

    Transaction transaction(m_db);
    if (!transaction.isOpen()) {
        *error = writeFailure(m_db.lastError().text());
        return false;
    }
    const auto now = messagesOf(m_db, ids, error);
    if (!now)
        return false;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString list = idList(ids);
    if (!q.exec(QStringLiteral("SELECT c.id, c.state, s.text_hash FROM conversations c LEFT JOIN signatures s "
                               "ON s.conversation_id = c.id WHERE c.id IN (%1)")
                    .arg(list))) {
        *error = readFailure(q);
        return false;
    }
    QList<qint64> settled;
    QList<qint64> write;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (q.value(1).toString() != completeState)
            continue; // removeStale() takes it out next time
        const Signed &s = signatures[id];
        if (textHash(sampleText(now->value(id))) != s.hash)
            continue;
        settled.append(id);
        if (q.value(2).isNull() || q.value(2).toString() != s.hash)
            write.append(id);
    }
    QSqlQuery upsert(m_db);
    upsert.prepare(
        QStringLiteral("INSERT INTO signatures (conversation_id, text_hash, fingerprint, minhash) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (conversation_id) DO UPDATE SET text_hash = excluded.text_hash, "
                       "fingerprint = excluded.fingerprint, minhash = excluded.minhash"));
    for (qint64 id : std::as_const(write)) {
        const Signed &s = signatures[id];
        upsert.addBindValue(id);
        upsert.addBindValue(s.hash);
        upsert.addBindValue(s.fingerprint);
        upsert.addBindValue(s.minhash);
        if (!upsert.exec()) {
            *error = writeFailure(upsert.lastError().text());
            return false;
        }
    }
    QSqlQuery w(m_db);
    if ((!settled.isEmpty()
         && !w.exec(
             QStringLiteral("DELETE FROM signatures_pending WHERE conversation_id IN (%1)").arg(idList(settled))))
        || (!write.isEmpty() && !w.exec(QStringLiteral("DELETE FROM signature_state WHERE key = 'threshold'")))) {
        *error = writeFailure(w.lastError().text());
        return false;
    }
    if (!transaction.commit()) {
        *error = writeFailure(m_db.lastError().text());
        return false;
    }
    *changed += write.size();
    return true;
}

bool Deduplicator::judge(double threshold, Update *update, QString *error, const Progress &progress)
{
    const auto stored = state(thresholdKey, error);
    if (!stored)
        return false;
    if (!stored->isEmpty() && stored->toDouble() == threshold)
        return true;

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    qint64 total = 0;
    if (!q.exec(QStringLiteral("SELECT count(*) FROM signatures")) || !q.next()) {
        *error = readFailure(q);
        return false;
    }
    total = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("SELECT conversation_id, fingerprint, minhash, duplicate_of, duplicate_kind, "
                               "similarity FROM signatures ORDER BY conversation_id"))) {
        *error = readFailure(q);
        return false;
    }

    struct Change {
        qint64 id;
        std::optional<qint64> original;
        QString kind;
        double similarity;
    };
    QList<Change> changes;
    DuplicateIndex::Settings settings;
    settings.threshold = threshold;
    settings.permutations = m_hasher.permutations();
    settings.shingleWords = m_hasher.shingleWords();
    DuplicateIndex index(settings);
    // The originals' descriptions, to measure a duplicate against its group's first sample.
    QHash<qint64, SampleDescription> originals;
    qint64 done = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        SampleDescription description;
        description.fingerprint = decodeFingerprint(q.value(1).toByteArray()).value_or(Fingerprint {});
        description.signature
            = decodeSignature(q.value(2).toByteArray(), m_hasher.permutations(), m_hasher.shingleWords())
                  .value_or(MinHashSignature {});
        const DuplicateIndex::Verdict verdict = index.add(id, description);
        Change change {id, std::nullopt, QString(), 0};
        if (verdict.kind == DuplicateIndex::Kind::Unique) {
            originals.insert(id, description);
        } else {
            const SampleDescription &original = originals[verdict.keep];
            const bool exact = original.fingerprint == description.fingerprint;
            change.original = verdict.keep;
            change.kind = duplicateKindName(exact ? DuplicateKind::Exact : DuplicateKind::Near);
            change.similarity = exact ? 1.0 : estimatedSimilarity(original.signature, description.signature);
        }
        const bool same = q.value(3).isNull()
            ? !change.original
            : (change.original && q.value(3).toLongLong() == *change.original && q.value(4).toString() == change.kind
               && q.value(5).toDouble() == change.similarity);
        if (!same)
            changes.append(change);
        if (++done % 1000 == 0 && progress && !progress(Phase::Judging, done, total)) {
            *error = tr("Finding duplicates was cancelled.");
            return false;
        }
    }
    if (q.lastError().isValid()) {
        *error = readFailure(q);
        return false;
    }
    q.finish();

    // Written in batches; the threshold goes with the last one, so a cancelled or failed write is made
    // again by the next update.
    QSqlQuery w(m_db);
    w.prepare(QStringLiteral("UPDATE signatures SET duplicate_of = ?, duplicate_kind = ?, similarity = ? "
                             "WHERE conversation_id = ?"));
    qsizetype at = 0;
    do {
        if (progress && !progress(Phase::Judging, total, total)) {
            *error = tr("Finding duplicates was cancelled.");
            return false;
        }
        Transaction transaction(m_db);
        if (!transaction.isOpen()) {
            *error = writeFailure(m_db.lastError().text());
            return false;
        }
        const qsizetype end = std::min(changes.size(), at + verdictBatchSize);
        for (; at < end; ++at) {
            const Change &c = changes.at(at);
            w.addBindValue(c.original ? QVariant(*c.original) : QVariant(QMetaType::fromType<qint64>()));
            w.addBindValue(c.original ? QVariant(c.kind) : QVariant(QMetaType::fromType<QString>()));
            w.addBindValue(c.original ? QVariant(c.similarity) : QVariant(QMetaType::fromType<double>()));
            w.addBindValue(c.id);
            if (!w.exec()) {
                *error = writeFailure(w.lastError().text());
                return false;
            }
        }
        if (at == changes.size()) {
            QSqlQuery s(m_db);
            s.prepare(QStringLiteral("INSERT OR REPLACE INTO signature_state (key, value) VALUES (?, ?), (?, ?)"));
            s.addBindValue(thresholdKey);
            s.addBindValue(QString::number(threshold, 'g', 17));
            s.addBindValue(layoutKey);
            s.addBindValue(layoutName(m_hasher));
            if (!s.exec()) {
                *error = writeFailure(s.lastError().text());
                return false;
            }
        }
        if (!transaction.commit()) {
            *error = writeFailure(m_db.lastError().text());
            return false;
        }
    } while (at < changes.size());
    update->judged = true;
    update->verdictsChanged = changes.size();
    return true;
}

std::optional<Deduplicator::Update> Deduplicator::update(double threshold, QString *error, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    Update result;
    error->clear();
    if (!removeStale(&result.removed, error))
        return std::nullopt;
    const auto todo = unsigned_(error);
    if (!todo)
        return std::nullopt;
    for (qsizetype at = 0; at < todo->size(); at += batchSize) {
        if (progress && !progress(Phase::Signing, at, todo->size())) {
            *error = tr("Finding duplicates was cancelled.");
            return std::nullopt;
        }
        if (!sign(todo->mid(at, batchSize), &result.signedSamples, error))
            return std::nullopt;
    }
    if (progress && !todo->isEmpty() && !progress(Phase::Signing, todo->size(), todo->size())) {
        *error = tr("Finding duplicates was cancelled.");
        return std::nullopt;
    }
    if (!judge(threshold, &result, error, progress))
        return std::nullopt;
    const auto counts = summary(error);
    if (!counts)
        return std::nullopt;
    result.summary = *counts;
    qCDebug(lcQuality) << "dedup: signed" << result.signedSamples << "removed" << result.removed << "judged"
                       << result.judged << "changed" << result.verdictsChanged << "in" << timer.elapsed() << "ms";
    return result;
}

std::optional<bool> Deduplicator::isStale(double threshold, QString *error) const
{
    const auto stored = state(thresholdKey, error);
    if (!stored)
        return std::nullopt;
    if (stored->isEmpty() || stored->toDouble() != threshold)
        return true;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM signatures_pending) OR EXISTS (SELECT 1 FROM conversations c "
            "WHERE c.state = 'complete' AND NOT EXISTS (SELECT 1 FROM signatures s WHERE s.conversation_id = c.id)) "
            "OR EXISTS (SELECT 1 FROM signatures s LEFT JOIN conversations c ON c.id = s.conversation_id "
            "WHERE c.id IS NULL OR c.state <> 'complete')"))
        || !q.next()) {
        *error = readFailure(q);
        return std::nullopt;
    }
    return q.value(0).toBool();
}

std::optional<DuplicateSummary> Deduplicator::summary(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*), coalesce(sum(duplicate_kind = 'exact'), 0), "
                               "coalesce(sum(duplicate_kind = 'near'), 0), count(DISTINCT duplicate_of) "
                               "FROM signatures"))
        || !q.next()) {
        *error = readFailure(q);
        return std::nullopt;
    }
    DuplicateSummary s;
    s.samples = q.value(0).toLongLong();
    s.exact = q.value(1).toLongLong();
    s.near = q.value(2).toLongLong();
    s.groups = q.value(3).toLongLong();
    return s;
}

std::optional<QList<DuplicateGroup>> Deduplicator::groups(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT duplicate_of, conversation_id, duplicate_kind, similarity FROM signatures "
                               "WHERE duplicate_of IS NOT NULL ORDER BY duplicate_of, conversation_id"))) {
        *error = readFailure(q);
        return std::nullopt;
    }
    QList<DuplicateGroup> groups;
    while (q.next()) {
        const qint64 original = q.value(0).toLongLong();
        if (groups.isEmpty() || groups.constLast().original != original)
            groups.append(DuplicateGroup {original, {}});
        groups.last().duplicates.append(DuplicateGroup::Member {
            q.value(1).toLongLong(), parseDuplicateKind(q.value(2).toString()).value_or(DuplicateKind::Near),
            q.value(3).toDouble()});
    }
    return groups;
}

std::optional<QString> Deduplicator::sampleText(qint64 conversationId, QString *error) const
{
    const auto messages = messagesOf(m_db, {conversationId}, error);
    if (!messages)
        return std::nullopt;
    return sampleText(messages->value(conversationId));
}

} // namespace Dialogsmith::Quality

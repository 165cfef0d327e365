// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/chunkstore.h"

#include "documents/chunker.h"
#include "store/datasetquery.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Dialogsmith::Store {

namespace {

// A retrieval query is a text's rarest terms in the index, at most this many…
constexpr int distinctiveTerms = 10;
// …and only while the chunks they occur in add up to no more than this (the rarest one always goes in).
// FTS5 ranks every chunk a query matches, so this bounds the work of a query whatever the text: common
// words, which would match most chunks, say little about a subject anyway (BM25 gives them little weight).
constexpr qint64 matchBudget = 600;

QString failure(const QSqlQuery &q)
{
    return ChunkStore::tr("Cannot read the document chunks: %1").arg(q.lastError().text());
}

const QString hitColumns = QStringLiteral("c.id, c.document_id, c.chunk_index, d.title, c.text, c.start");

ChunkHit hitFrom(const QSqlQuery &q)
{
    ChunkHit hit;
    hit.chunkId = q.value(0).toLongLong();
    hit.documentId = q.value(1).toLongLong();
    hit.chunkIndex = q.value(2).toInt();
    hit.documentTitle = q.value(3).toString();
    hit.text = q.value(4).toString();
    hit.start = q.value(5).toLongLong();
    return hit;
}

} // namespace

QStringList ChunkStore::indexTerms(const QString &text)
{
    // As FTS5's unicode61 tokenizer with remove_diacritics 2 folds: letters and digits make terms, anything
    // else separates them; combining marks (diacritics, once decomposed) are dropped; case is folded.
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    const QString decomposed = ascii ? text : text.normalized(QString::NormalizationForm_D);
    QStringList terms;
    QSet<QString> seen;
    QString term;
    const auto finish = [&] {
        if (!term.isEmpty() && !seen.contains(term)) {
            seen.insert(term);
            terms.append(term);
        }
        term.clear();
    };
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber())
            term.append(c.toCaseFolded());
        else
            finish();
    }
    finish();
    return terms;
}

std::optional<ChunkStore::Update> ChunkStore::update(const Design::ChunkSettings &settings, QString *error,
                                                     const std::function<bool(int, int)> &progress)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Documents to cut (again), and documents that are gone but still have chunks.
    if (!q.exec(QStringLiteral("SELECT d.id, d.sha256, c.sha256, c.size, c.overlap FROM documents d "
                               "LEFT JOIN chunked_documents c ON c.document_id = d.id ORDER BY d.position"))) {
        *error = failure(q);
        return std::nullopt;
    }
    QList<qint64> stale;
    while (q.next()) {
        const bool current = !q.isNull(2) && q.value(1) == q.value(2) && q.value(3).toInt() == settings.size
            && q.value(4).toInt() == settings.overlap;
        if (!current)
            stale.append(q.value(0).toLongLong());
    }
    QList<qint64> gone;
    if (!q.exec(QStringLiteral("SELECT document_id FROM chunked_documents WHERE document_id NOT IN (SELECT id FROM "
                               "documents) UNION SELECT DISTINCT document_id FROM chunks WHERE document_id NOT IN "
                               "(SELECT id FROM documents)"))) {
        *error = failure(q);
        return std::nullopt;
    }
    while (q.next())
        gone.append(q.value(0).toLongLong());
    q.finish();

    Update result;
    if (!stale.isEmpty() || !gone.isEmpty()) {
        if (!m_db.transaction()) {
            *error = tr("Cannot write the document chunks: %1").arg(m_db.lastError().text());
            return std::nullopt;
        }
        const auto fail = [this, error](const QSqlQuery &failed) {
            *error = tr("Cannot write the document chunks: %1").arg(failed.lastError().text());
            m_db.rollback();
            return std::nullopt;
        };
        QSqlQuery read(m_db), old(m_db), drop(m_db), forget(m_db), insert(m_db), mark(m_db), addTerms(m_db);
        read.setForwardOnly(true);
        old.setForwardOnly(true);
        for (auto [query, sql] : {
                 std::pair {&read, "SELECT text, sha256 FROM documents WHERE id = ?"},
                 std::pair {&old, "SELECT text FROM chunks WHERE document_id = ?"},
                 std::pair {&drop, "DELETE FROM chunks WHERE document_id = ?"},
                 std::pair {&forget, "DELETE FROM chunked_documents WHERE document_id = ?"},
                 std::pair {&insert,
                            "INSERT INTO chunks (document_id, chunk_index, start, length, text) "
                            "VALUES (?, ?, ?, ?, ?)"},
                 std::pair {&mark,
                            "INSERT OR REPLACE INTO chunked_documents (document_id, sha256, size, overlap) "
                            "VALUES (?, ?, ?, ?)"},
                 std::pair {&addTerms,
                            "INSERT INTO chunk_terms (term, chunks) VALUES (?, ?) ON CONFLICT (term) DO "
                            "UPDATE SET chunks = chunks + excluded.chunks"},
             }) {
            if (!query->prepare(QString::fromUtf8(sql)))
                return fail(*query);
        }
        // How many more (or fewer) chunks each term is in, written once at the end.
        QHash<QString, qint64> termChanges;
        const auto countTerms = [&termChanges](const QString &text, qint64 change) {
            for (const QString &term : indexTerms(text))
                termChanges[term] += change;
        };
        const auto dropChunks = [&](qint64 id) {
            old.addBindValue(id);
            if (!old.exec())
                return false;
            while (old.next())
                countTerms(old.value(0).toString(), -1);
            old.finish();
            drop.addBindValue(id);
            return drop.exec();
        };

        for (const qint64 id : std::as_const(gone)) {
            if (!dropChunks(id))
                return fail(old.lastError().isValid() ? old : drop);
            forget.addBindValue(id);
            if (!forget.exec())
                return fail(forget);
        }
        for (const qint64 id : std::as_const(stale)) {
            read.addBindValue(id);
            if (!read.exec() || !read.next())
                return fail(read);
            const QString text = read.value(0).toString();
            const QString hash = read.value(1).toString();
            read.finish();
            if (!dropChunks(id))
                return fail(old.lastError().isValid() ? old : drop);
            const QList<Documents::ChunkSpan> spans = Documents::chunkText(text, settings);
            for (qsizetype i = 0; i < spans.size(); ++i) {
                const QString chunk = text.mid(spans.at(i).start, spans.at(i).length);
                insert.addBindValue(id);
                insert.addBindValue(int(i));
                insert.addBindValue(spans.at(i).start);
                insert.addBindValue(spans.at(i).length);
                insert.addBindValue(chunk);
                if (!insert.exec())
                    return fail(insert);
                countTerms(chunk, +1);
            }
            mark.addBindValue(id);
            mark.addBindValue(hash);
            mark.addBindValue(settings.size);
            mark.addBindValue(settings.overlap);
            if (!mark.exec())
                return fail(mark);
            ++result.documentsChunked;
            if (progress && !progress(result.documentsChunked, int(stale.size()))) {
                m_db.rollback();
                *error = tr("Cutting the documents into chunks was cancelled.");
                return std::nullopt;
            }
        }
        for (auto it = termChanges.cbegin(); it != termChanges.cend(); ++it) {
            if (it.value() == 0)
                continue;
            addTerms.addBindValue(it.key());
            addTerms.addBindValue(it.value());
            if (!addTerms.exec())
                return fail(addTerms);
        }
        QSqlQuery prune(m_db);
        if (!prune.exec(QStringLiteral("DELETE FROM chunk_terms WHERE chunks <= 0")))
            return fail(prune);
        if (!m_db.commit()) {
            *error = tr("Cannot write the document chunks: %1").arg(m_db.lastError().text());
            m_db.rollback();
            return std::nullopt;
        }
    }
    const std::optional<qint64> chunks = count(error);
    if (!chunks)
        return std::nullopt;
    result.chunks = *chunks;
    return result;
}

std::optional<QList<ChunkHit>> ChunkStore::byQuery(const QString &match, int limit, const QString &extraWhere,
                                                   const QVariantList &extraBinds, QString *error) const
{
    QList<ChunkHit> hits;
    if (match.isEmpty() || limit <= 0)
        return hits;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The ranking runs in the FTS5 table alone (ORDER BY rank there is what FTS5 can do fast); the
    // details are joined to the few rows left.
    if (!q.prepare(QStringLiteral("SELECT %1, m.rank FROM (SELECT rowid AS id, rank FROM chunks_fts WHERE chunks_fts "
                                  "MATCH ? %2 ORDER BY rank LIMIT ?) m JOIN chunks c ON c.id = m.id "
                                  "JOIN documents d ON d.id = c.document_id ORDER BY m.rank")
                       .arg(hitColumns, extraWhere))) {
        *error = failure(q);
        return std::nullopt;
    }
    q.addBindValue(match);
    for (const QVariant &bind : extraBinds)
        q.addBindValue(bind);
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    while (q.next()) {
        ChunkHit hit = hitFrom(q);
        hit.score = -q.value(6).toDouble(); // FTS5's bm25() is lower for better matches
        hits.append(std::move(hit));
    }
    return hits;
}

std::optional<QList<ChunkHit>> ChunkStore::search(const QString &typed, int limit, QString *error) const
{
    return byQuery(DatasetQuery::ftsTerms(typed).join(u' '), limit, {}, {}, error);
}

std::optional<QString> ChunkStore::distinctiveQuery(const QString &text, qint64 minChunks, QString *error) const
{
    const QStringList terms = indexTerms(text);
    if (terms.isEmpty())
        return QString();
    // Each term's document frequency, in batches well under SQLite's limit of bound values.
    QList<std::pair<qint64, QString>> frequencies;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    constexpr qsizetype batch = 500;
    for (qsizetype first = 0; first < terms.size(); first += batch) {
        const QStringList part = terms.mid(first, batch);
        QStringList marks(part.size(), QStringLiteral("?"));
        if (!q.prepare(
                QStringLiteral("SELECT term, chunks FROM chunk_terms WHERE term IN (%1)").arg(marks.join(u',')))) {
            *error = failure(q);
            return std::nullopt;
        }
        for (const QString &term : part)
            q.addBindValue(term);
        if (!q.exec()) {
            *error = failure(q);
            return std::nullopt;
        }
        while (q.next())
            frequencies.append({q.value(1).toLongLong(), q.value(0).toString()});
    }
    // The rarest terms say the most about a subject.
    std::stable_sort(frequencies.begin(), frequencies.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList query;
    qint64 matches = 0;
    for (const auto &[chunks, term] : std::as_const(frequencies)) {
        if (chunks < minChunks)
            continue;
        if (query.size() == distinctiveTerms || (!query.isEmpty() && matches + chunks > matchBudget))
            break;
        query.append(u'"' + term + u'"');
        matches += chunks;
    }
    return query.join(QStringLiteral(" OR "));
}

std::optional<QList<ChunkHit>> ChunkStore::retrieve(const QString &text, int limit, QString *error,
                                                    qint64 excludeChunk) const
{
    const std::optional<QString> match = distinctiveQuery(text, 1, error);
    if (!match)
        return std::nullopt;
    return byQuery(*match, limit, QStringLiteral("AND rowid != ?"), {excludeChunk}, error);
}

std::optional<QList<ChunkHit>> ChunkStore::related(qint64 chunkId, int limit, Scope scope, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT text, document_id FROM chunks WHERE id = ?"))) {
        *error = failure(q);
        return std::nullopt;
    }
    q.addBindValue(chunkId);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    if (!q.next()) {
        *error = tr("There is no chunk %1 in this project.").arg(chunkId);
        return std::nullopt;
    }
    const QString text = q.value(0).toString();
    const qint64 documentId = q.value(1).toLongLong();
    q.finish();
    // A term only this chunk has finds no other chunk.
    const std::optional<QString> match = distinctiveQuery(text, 2, error);
    if (!match)
        return std::nullopt;
    if (scope == Scope::OtherDocuments) {
        return byQuery(*match, limit, QStringLiteral("AND rowid NOT IN (SELECT id FROM chunks WHERE document_id = ?)"),
                       {documentId}, error);
    }
    return byQuery(*match, limit, QStringLiteral("AND rowid != ?"), {chunkId}, error);
}

std::optional<ChunkHit> ChunkStore::chunk(qint64 documentId, int chunkIndex, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM chunks c JOIN documents d ON d.id = c.document_id "
                                  "WHERE c.document_id = ? AND c.chunk_index = ?")
                       .arg(hitColumns))) {
        *error = failure(q);
        return std::nullopt;
    }
    q.addBindValue(documentId);
    q.addBindValue(chunkIndex);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    if (!q.next()) {
        *error = tr("Document %1 has no chunk %2.").arg(documentId).arg(chunkIndex + 1);
        return std::nullopt;
    }
    return hitFrom(q);
}

std::optional<QList<ChunkHit>> ChunkStore::chunksOf(qint64 documentId, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM chunks c JOIN documents d ON d.id = c.document_id "
                                  "WHERE c.document_id = ? ORDER BY c.chunk_index")
                       .arg(hitColumns))) {
        *error = failure(q);
        return std::nullopt;
    }
    q.addBindValue(documentId);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QList<ChunkHit> hits;
    while (q.next())
        hits.append(hitFrom(q));
    return hits;
}

std::optional<qint64> ChunkStore::count(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM chunks")) || !q.next()) {
        *error = failure(q);
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

} // namespace Dialogsmith::Store

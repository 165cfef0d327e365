// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace Dialogsmith::Store {

/// One chunk of a document, as search and retrieval return it.
struct ChunkHit {
    qint64 chunkId = 0;
    qint64 documentId = 0;
    int chunkIndex = 0; ///< the chunk's place in its document, from 0
    QString documentTitle;
    QString text;
    qsizetype start = 0; ///< where the chunk starts in the document's text, in UTF-16 code units
    double score = 0; ///< BM25 relevance, higher is better (0 for chunk())
};

/// The project's documents cut into chunks, with a full-text index over them (SQLite FTS5, BM25): search as a
/// person types it, and retrieval of the chunks related to a given one (for follow-up questions and hard
/// negatives). Chunks are kept in the project file and made again only for documents whose text or the chunk
/// settings changed.
class ChunkStore final
{
    Q_DECLARE_TR_FUNCTIONS(ChunkStore)

public:
    explicit ChunkStore(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    struct Update {
        int documentsChunked = 0; ///< documents cut (again) by this update
        qint64 chunks = 0; ///< chunks the project has after it
    };

    /// Cuts every stored document whose text or chunk settings changed since it was last cut, in one
    /// transaction. `progress(done, total)` is called after each document cut; returning false cancels
    /// (nothing changes, and the error says it was cancelled).
    std::optional<Update> update(const Design::ChunkSettings &settings, QString *error,
                                 const std::function<bool(int done, int total)> &progress = {});

    /// Chunks that match text a person typed (every word, "quoted phrases", the last word as a prefix while
    /// typed; see DatasetQuery::ftsTerms()), best first, at most `limit`.
    std::optional<QList<ChunkHit>> search(const QString &typed, int limit, QString *error) const;

    enum class Scope { AnyDocument, OtherDocuments };
    /// The chunks most related to chunk `chunkId`, best first: BM25 over its most distinctive terms (the
    /// rarest in the project's chunks, up to 10 while they occur in at most 600 chunks together, so that
    /// a query stays fast). The chunk itself is never among them.
    std::optional<QList<ChunkHit>> related(qint64 chunkId, int limit, Scope scope, QString *error) const;
    /// The chunks that best match `text` (any text: a question, a turn), best first — retrieval by its most
    /// distinctive terms, as related() does for a chunk. `excludeChunk` is left out.
    std::optional<QList<ChunkHit>> retrieve(const QString &text, int limit, QString *error,
                                            qint64 excludeChunk = -1) const;

    /// The chunk `chunkIndex` of document `documentId`; nothing when there is no such chunk.
    std::optional<ChunkHit> chunk(qint64 documentId, int chunkIndex, QString *error) const;
    /// Every chunk of a document, in order.
    std::optional<QList<ChunkHit>> chunksOf(qint64 documentId, QString *error) const;
    std::optional<qint64> count(QString *error) const;

    /// The terms of `text` as the index folds them (lower case, diacritics removed), each once, in order.
    static QStringList indexTerms(const QString &text);

private:
    std::optional<QList<ChunkHit>> byQuery(const QString &match, int limit, const QString &extraWhere,
                                           const QVariantList &extraBinds, QString *error) const;
    /// The text's rarest terms that at least `minChunks` chunks have, as an FTS5 query.
    std::optional<QString> distinctiveQuery(const QString &text, qint64 minChunks, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace Dialogsmith::Store

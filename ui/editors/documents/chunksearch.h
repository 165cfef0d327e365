// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"
#include "store/chunkstore.h"

#include <QObject>

#include <memory>

namespace Dialogsmith {

/// A chunk found by a search, with the design's row of its document.
struct ChunkSearchHit {
    Store::ChunkHit hit;
    int documentRow = -1;
};

/// Full-text search over the chunks of the documents being edited (ChunkStore: FTS5, BM25). The design's
/// documents change before they are saved, so the index is kept for the design as it is now, in a project
/// file of its own in a temporary folder: ChunkStore::update() re-cuts only what changed, on a pool thread with
/// its own connection, and a search is answered only while the index matches the documents and chunk
/// settings it was last given — never from a stale one.
class ChunkSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChunkSearch)

public:
    explicit ChunkSearch(QObject *parent = nullptr);
    /// Work still running on a pool thread stops at its next step.
    ~ChunkSearch() override;

    /// The documents and settings to index; the index is brought up to date at once (the caller debounces).
    void setDocuments(const QList<Design::Document> &documents, const Design::ChunkSettings &settings);
    /// Searches for `typed` once the index is current; the answer comes as resultsReady(). Empty: no search.
    void search(const QString &typed);

    /// True when the index matches the documents last given.
    bool isCurrent() const { return m_current; }
    bool isIndexing() const { return m_indexing; }
    /// What search() was last asked for.
    QString query() const { return m_query; }
    /// Whether setDocuments() was called yet.
    bool hasDocuments() const { return m_given; }

    static constexpr int maxResults = 100;

Q_SIGNALS:
    /// The index is being brought up to date: `done` of `total` documents cut (total 0: starting).
    void indexingProgressed(int done, int total);
    /// The index matches the documents: `chunks` in all; or `error` says why it could not be made.
    void indexFinished(qint64 chunks, const QString &error);
    /// The chunks that match `typed`, best first (at most maxResults); or `error`.
    void resultsReady(const QString &typed, const QList<Dialogsmith::ChunkSearchHit> &hits, const QString &error);

private:
    struct Shared;
    void startIndexing();
    void startSearch();

    std::shared_ptr<Shared> m_shared;
    QList<Design::Document> m_documents;
    Design::ChunkSettings m_settings;
    quint64 m_generation = 0; ///< of the documents last given
    quint64 m_searchTicket = 0;
    QList<qint64> m_ids; ///< the index's document ids, by design row
    QString m_query;
    bool m_current = false;
    bool m_indexing = false;
    bool m_given = false;
};

} // namespace Dialogsmith

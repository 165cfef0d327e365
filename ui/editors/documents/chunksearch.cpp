// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/documents/chunksearch.h"

#include "dataset/workerconnection.h"
#include "project/projectfile.h"
#include "store/designstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <atomic>

namespace Dialogsmith {

struct ChunkSearch::Shared {
    QTemporaryDir folder {QDir::tempPath() + QStringLiteral("/dialogsmith-chunks-XXXXXX")};
    std::atomic<quint64> wanted {0}; ///< the generation the index should have; older work stops
    std::atomic_bool closed {false};
    QString path() const { return folder.filePath(QStringLiteral("index.") + ProjectFile::fileSuffix()); }
};

namespace {

struct IndexResult {
    quint64 generation = 0;
    qint64 chunks = 0;
    QList<qint64> ids;
    QString error;
    bool cancelled = false;
};

struct SearchResult {
    QList<Store::ChunkHit> hits;
    QString error;
};

} // namespace

ChunkSearch::ChunkSearch(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{ }

ChunkSearch::~ChunkSearch()
{
    m_shared->closed = true;
}

void ChunkSearch::setDocuments(const QList<Design::Document> &documents, const Design::ChunkSettings &settings)
{
    if (m_given && documents == m_documents && settings.size == m_settings.size
        && settings.overlap == m_settings.overlap)
        return;
    m_given = true;
    m_documents = documents;
    m_settings = settings;
    m_current = false;
    m_shared->wanted = ++m_generation;
    if (!m_indexing)
        startIndexing();
}

void ChunkSearch::startIndexing()
{
    m_indexing = true;
    Q_EMIT indexingProgressed(0, 0);
    const quint64 generation = m_generation;
    Design::ProjectDesign design;
    design.documents = m_documents;
    design.chunking = m_settings;
    const QPointer<ChunkSearch> guard(this);
    const std::shared_ptr<Shared> shared = m_shared;
    QtConcurrent::run([shared, design, generation, guard] {
        IndexResult result;
        result.generation = generation;
        if (!shared->folder.isValid()) {
            result.error = tr("Cannot make a folder for the search index: %1").arg(shared->folder.errorString());
            return result;
        }
        const QString path = shared->path();
        if (!QFileInfo::exists(path)) {
            // The project file format, so ChunkStore and DesignStore work on it as on a project.
            if (!ProjectFile::create(path, &result.error))
                return result;
        }
        WorkerConnection connection(path, WorkerConnection::Access::ReadWrite);
        if (!connection.isOpen()) {
            result.error = tr("Cannot open the search index: %1").arg(connection.errorText());
            return result;
        }
        if (!Store::DesignStore(connection.database()).save(design, &result.error))
            return result;
        const auto progress = [&](int done, int total) {
            if (shared->closed || shared->wanted != generation)
                return false;
            QMetaObject::invokeMethod(qApp, [guard, generation, done, total] {
                if (guard && guard->m_generation == generation)
                    Q_EMIT guard->indexingProgressed(done, total);
            });
            return true;
        };
        const std::optional<Store::ChunkStore::Update> update
            = Store::ChunkStore(connection.database()).update(design.chunking, &result.error, progress);
        if (!update) {
            result.cancelled = shared->closed || shared->wanted != generation;
            return result;
        }
        result.chunks = update->chunks;
        QSqlQuery q(connection.database());
        if (!q.exec(QStringLiteral("SELECT id FROM documents ORDER BY position"))) {
            result.error = tr("Cannot read the search index's documents.");
            return result;
        }
        while (q.next())
            result.ids.append(q.value(0).toLongLong());
        return result;
    }).then(this, [this](const IndexResult &result) {
        m_indexing = false;
        if (result.generation != m_generation) {
            // The documents changed while they were being indexed: again, with the new ones.
            startIndexing();
            return;
        }
        if (result.cancelled)
            return;
        if (!result.error.isEmpty() || result.ids.size() != m_documents.size()) {
            Q_EMIT indexFinished(
                0, result.error.isEmpty() ? tr("The search index does not match the documents.") : result.error);
            return;
        }
        m_ids = result.ids;
        m_current = true;
        Q_EMIT indexFinished(result.chunks, QString());
        if (!m_query.isEmpty())
            startSearch();
    });
}

void ChunkSearch::search(const QString &typed)
{
    m_query = typed;
    ++m_searchTicket;
    if (typed.trimmed().isEmpty()) {
        Q_EMIT resultsReady(typed, {}, QString());
        return;
    }
    if (m_current)
        startSearch();
    // Otherwise the search runs when the index is current.
}

void ChunkSearch::startSearch()
{
    const quint64 ticket = ++m_searchTicket;
    const quint64 generation = m_generation;
    const QString typed = m_query;
    QtConcurrent::run([path = m_shared->path(), shared = m_shared, typed] {
        SearchResult result;
        WorkerConnection connection(path, WorkerConnection::Access::ReadWrite);
        if (!connection.isOpen()) {
            result.error = tr("Cannot open the search index: %1").arg(connection.errorText());
            return result;
        }
        if (auto hits = Store::ChunkStore(connection.database()).search(typed, maxResults, &result.error))
            result.hits = std::move(*hits);
        return result;
    }).then(this, [this, ticket, generation, typed](const SearchResult &result) {
        // Answers for an older query or an older index are dropped: a newer one is on its way.
        if (ticket != m_searchTicket || generation != m_generation || !m_current)
            return;
        QList<ChunkSearchHit> hits;
        for (const Store::ChunkHit &hit : result.hits) {
            const int row = int(m_ids.indexOf(hit.documentId));
            if (row >= 0)
                hits.append({hit, row});
        }
        Q_EMIT resultsReady(typed, hits, result.error);
    });
}

} // namespace Dialogsmith

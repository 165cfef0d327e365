// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "conversation/grounding.h"

#include "documents/chunker.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Dialogsmith::GroundingReader {

namespace {

// Documents up to this size are cut into chunks at once; longer ones on a pool thread.
constexpr qsizetype cutAtOnce = 64 * 1024;

Grounding cut(const QString &title, const QString &text, const Design::ChunkSettings &settings, int index)
{
    Grounding grounding {title, index, {}};
    const QList<Documents::ChunkSpan> chunks = Documents::chunkText(text, settings);
    if (index >= 0 && index < chunks.size())
        grounding.text = text.mid(chunks.at(index).start, chunks.at(index).length);
    return grounding;
}

Design::ChunkSettings runChunking(QSqlDatabase db, qint64 runId, const Design::ChunkSettings &current)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT snapshot FROM runs WHERE id = ?"_s);
    q.addBindValue(runId);
    Design::ChunkSettings settings = current;
    if (!q.exec() || !q.next())
        return settings;
    const QJsonObject chunking = QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                                     .object()
                                     .value(u"design"_s)
                                     .toObject()
                                     .value(u"chunking"_s)
                                     .toObject();
    settings.size = chunking.value(u"size"_s).toInt(settings.size);
    settings.overlap = chunking.value(u"overlap"_s).toInt(settings.overlap);
    return settings;
}

struct Source {
    QString title;
    QString text;
    bool found = false;
};

QList<GroundingChunk> cutAll(QList<GroundingChunk> chunks, const QHash<qint64, Source> &documents,
                             const Design::ChunkSettings &settings)
{
    QHash<qint64, QList<Documents::ChunkSpan>> spans;
    for (GroundingChunk &chunk : chunks) {
        const Source source = documents.value(chunk.documentId);
        if (!source.found)
            continue;
        auto it = spans.find(chunk.documentId);
        if (it == spans.end())
            it = spans.insert(chunk.documentId, Documents::chunkText(source.text, settings));
        if (chunk.chunkIndex >= 0 && chunk.chunkIndex < it->size())
            chunk.text = source.text.mid(it->at(chunk.chunkIndex).start, it->at(chunk.chunkIndex).length);
    }
    return chunks;
}

} // namespace

QFuture<QList<GroundingChunk>> readChunks(QSqlDatabase db, const Store::StoredConversation &conversation,
                                          const Design::ChunkSettings &current)
{
    QList<GroundingChunk> chunks;
    const auto use = [&chunks](qint64 documentId, int chunkIndex) -> GroundingChunk & {
        for (GroundingChunk &chunk : chunks) {
            if (chunk.documentId == documentId && chunk.chunkIndex == chunkIndex)
                return chunk;
        }
        chunks.append({documentId, chunkIndex, {}, {}, {}, false});
        return chunks.last();
    };
    if (conversation.documentId && conversation.chunkIndex)
        use(*conversation.documentId, *conversation.chunkIndex).ofConversation = true;
    for (const Store::StoredTurn &turn : conversation.turns) {
        if (turn.documentId && turn.chunkIndex)
            use(*turn.documentId, *turn.chunkIndex).turnSeqs.append(turn.seq);
    }
    if (chunks.isEmpty())
        return QtFuture::makeReadyValueFuture(chunks);

    QHash<qint64, Source> documents;
    qsizetype size = 0;
    QSqlQuery q(db);
    q.prepare(u"SELECT title, text FROM documents WHERE id = ?"_s);
    for (GroundingChunk &chunk : chunks) {
        if (!documents.contains(chunk.documentId)) {
            q.addBindValue(chunk.documentId);
            Source source;
            if (q.exec() && q.next()) {
                source = {q.value(0).toString(), q.value(1).toString(), true};
                size += source.text.size();
            }
            documents.insert(chunk.documentId, source);
        }
        const Source &source = documents[chunk.documentId];
        chunk.title = source.found ? source.title
                                   : QCoreApplication::translate("Dialogsmith::ConversationEditor",
                                                                 "A document that is no longer in the project");
    }
    const Design::ChunkSettings settings = runChunking(db, conversation.runId, current);
    if (size <= cutAtOnce)
        return QtFuture::makeReadyValueFuture(cutAll(chunks, documents, settings));
    return QtConcurrent::run(cutAll, chunks, documents, settings);
}

QHash<qint64, QString> documentTitles(QSqlDatabase db)
{
    QHash<qint64, QString> titles;
    QSqlQuery q(db);
    if (q.exec(u"SELECT id, title FROM documents"_s)) {
        while (q.next())
            titles.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return titles;
}

std::optional<QFuture<Grounding>> read(QSqlDatabase db, const Store::StoredConversation &conversation,
                                       const Design::ChunkSettings &current)
{
    if (!conversation.documentId || !conversation.chunkIndex)
        return std::nullopt;
    const int index = *conversation.chunkIndex;
    QSqlQuery q(db);
    q.prepare(u"SELECT d.title, d.text, r.snapshot FROM documents d, runs r WHERE d.id = ? AND r.id = ?"_s);
    q.addBindValue(*conversation.documentId);
    q.addBindValue(conversation.runId);
    if (!q.exec() || !q.next()) {
        return QtFuture::makeReadyValueFuture(
            Grounding {QCoreApplication::translate("Dialogsmith::ConversationEditor",
                                                   "A document that is no longer in the project"),
                       index,
                       {}});
    }
    const QString title = q.value(0).toString();
    const QString text = q.value(1).toString();
    const QJsonObject chunking = QJsonDocument::fromJson(q.value(2).toString().toUtf8())
                                     .object()
                                     .value(u"design"_s)
                                     .toObject()
                                     .value(u"chunking"_s)
                                     .toObject();
    Design::ChunkSettings settings = current;
    settings.size = chunking.value(u"size"_s).toInt(settings.size);
    settings.overlap = chunking.value(u"overlap"_s).toInt(settings.overlap);
    if (text.size() <= cutAtOnce)
        return QtFuture::makeReadyValueFuture(cut(title, text, settings, index));
    return QtConcurrent::run(cut, title, text, settings, index);
}

} // namespace Dialogsmith::GroundingReader

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

} // namespace

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

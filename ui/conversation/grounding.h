// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"
#include "store/curationstore.h"

#include <QFuture>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace Dialogsmith {

/// The document excerpt a conversation is grounded in, as the conversation editor shows it.
struct Grounding {
    QString title; ///< the document's title
    int chunkIndex = 0;
    QString text; ///< the chunk; empty when the document is gone or the chunk cannot be found
};

/// A chunk a conversation drew on, and which of its turns did.
struct GroundingChunk {
    qint64 documentId = 0;
    int chunkIndex = 0;
    QString title; ///< the document's title
    QString text; ///< the chunk as the run cut it; empty when the document is gone or has no such chunk
    QList<int> turnSeqs; ///< the turns grounded in it, in order
    bool ofConversation = false; ///< the chunk the conversation as a whole is grounded in
};

namespace GroundingReader {

/// The titles of the project's documents by id.
QHash<qint64, QString> documentTitles(QSqlDatabase db);

/// The chunk `conversation` is grounded in, cut as its run cut it (with the chunk settings of the run's design;
/// `current` fills in what the run did not record). Nothing for a conversation that is not grounded. The
/// document is read at once; a long one is cut on a pool thread, so the future may still be running.
std::optional<QFuture<Grounding>> read(QSqlDatabase db, const Store::StoredConversation &conversation,
                                       const Design::ChunkSettings &current);

/// Every chunk `conversation` and its turns were grounded in, the conversation's first, then in the order the
/// turns used them. The documents are read at once; long ones are cut on a pool thread.
QFuture<QList<GroundingChunk>> readChunks(QSqlDatabase db, const Store::StoredConversation &conversation,
                                          const Design::ChunkSettings &current);

} // namespace GroundingReader

} // namespace Dialogsmith

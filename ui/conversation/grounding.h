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

namespace GroundingReader {

/// The titles of the project's documents by id.
QHash<qint64, QString> documentTitles(QSqlDatabase db);

/// The chunk `conversation` is grounded in, cut as its run cut it (with the chunk settings of the run's design;
/// `current` fills in what the run did not record). Nothing for a conversation that is not grounded. The
/// document is read at once; a long one is cut on a pool thread, so the future may still be running.
std::optional<QFuture<Grounding>> read(QSqlDatabase db, const Store::StoredConversation &conversation,
                                       const Design::ChunkSettings &current);

} // namespace GroundingReader

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/sample.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace Dialogsmith::Export {

/// Reads samples by id, a batch at a time: one query for the batch's conversations, one for their turns
/// (and one for their alternatives when asked for), so a million messages cost a few thousand statements.
/// The batch queries go through SQLite's own interface on the connection Qt opened (an export reads millions
/// of values, and QSqlQuery makes a QVariant of each).
class SampleReader final
{
    Q_DECLARE_TR_FUNCTIONS(SampleReader)

public:
    static constexpr int batchSize = 256;

    /// What to read besides the messages' roles, texts and system prompts (what is not read is left empty:
    /// every column read costs, and most formats need few).
    struct Needs {
        bool alternatives = false; ///< rejected responses and negatives
        bool provenance = false; ///< the messages' profile, model and template version
        bool grounding = false; ///< the chunk each message was grounded in
        bool details = false; ///< the sample's draw, details, scenario, structure and judge score
    };

    SampleReader(QSqlDatabase db, Needs needs);
    ~SampleReader();
    SampleReader(const SampleReader &) = delete;
    SampleReader &operator=(const SampleReader &) = delete;

    /// The samples of `ids` (at most batchSize), in the order of `ids`; ids that no longer exist are left out.
    bool read(const QList<qint64> &ids, QList<Sample> *samples, QString *error);
    /// A chunk's document title and text (empty when it is gone), cached.
    ChunkText chunk(qint64 documentId, int chunkIndex);

private:
    class Statement;
    bool prepare(Statement &statement, const QString &sql, qsizetype count, QString *error);

    QSqlDatabase m_db;
    Needs m_needs;
    std::unique_ptr<Statement> m_conversations;
    std::unique_ptr<Statement> m_turns;
    std::unique_ptr<Statement> m_alternatives;
    qsizetype m_prepared = -1; ///< the batch size the queries are prepared for
    QSqlQuery m_chunk;
    bool m_chunkPrepared = false;
    QHash<std::pair<qint64, int>, ChunkText> m_chunks;
};

} // namespace Dialogsmith::Export

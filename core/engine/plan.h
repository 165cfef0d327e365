// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"
#include "documents/chunker.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Dialogsmith::Engine {

/// A chunk of one of the design's documents: indices into design.documents and that document's chunks.
struct ChunkRef {
    int document = -1;
    int chunk = -1;
    bool isValid() const { return document >= 0 && chunk >= 0; }
    friend bool operator==(const ChunkRef &, const ChunkRef &) = default;
};

/// What one conversation of a run is drawn to be about.
struct ConversationPlan {
    int index = 0;
    QStringList topicPath; ///< from the root to the leaf
    QString topicDescription;
    Design::Persona user;
    Design::Persona assistant;
    Design::Scenario scenario; ///< empty description: none
    Design::Structure structure; ///< empty name: none
    ChunkRef chunk; ///< the chunk the first turn is grounded in; invalid: not grounded
    int turns = 1; ///< user–assistant exchanges
};

/// Draws conversations from a design. Every draw depends only on the design, the seed and the
/// conversation's index (and, for drift, the turn), never on what a model answered or on the order things
/// ran in: a resumed or repeated run plans exactly the same conversations.
class Planner final
{
    Q_DECLARE_TR_FUNCTIONS(Planner)

public:
    Planner(const Design::ProjectDesign &design, quint64 seed);

    /// Why nothing can be planned (no topic to draw), or empty.
    QString problem() const { return m_problem; }
    ConversationPlan plan(int index) const;
    /// The chunk turn `turn` (from 1) of a conversation is grounded in: the plan's chunk for the first
    /// turn, then each turn stays on the previous turn's chunk or, with the drift probability, moves to
    /// another chunk of the same document.
    ChunkRef chunkForTurn(const ConversationPlan &plan, int turn) const;
    const QList<QList<Documents::ChunkSpan>> &chunks() const { return m_chunks; }
    QString chunkText(ChunkRef ref) const;

    /// Stand-ins when a design lists no persona for a side.
    static Design::Persona defaultPersona(Design::Side side);

private:
    static QString noTopicsMessage();

    const Design::ProjectDesign &m_design;
    quint64 m_seed;
    QString m_problem;
    QList<QList<Documents::ChunkSpan>> m_chunks;
    int m_chunkCount = 0;
    QList<const Design::Persona *> m_users;
    QList<const Design::Persona *> m_assistants;
};

} // namespace Dialogsmith::Engine

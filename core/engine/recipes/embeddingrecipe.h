// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/recipes/recipebase.h"

#include <memory>

namespace Dialogsmith::Store {
class ChunkStore;
}

namespace Dialogsmith::Engine {

/// Embedding triplets: the samples walk through the chunks in order, `queries_per_chunk` samples per chunk.
/// Each asks for that many search queries the chunk answers (embedding_queries) and keeps one of them (the
/// sample's place among its chunk's) as the anchor — its user message; the chunk is the positive — its
/// assistant message. Hard negatives are mined from other chunks by BM25 over the query (never the chunk
/// itself or its neighbours, which share its overlap) and, unless switched off, each is confirmed by a judge
/// not to answer the query (negative_check); easy negatives are random chunks of other documents. Negatives
/// are the sample's alternatives, with the judge's reason.
class EmbeddingRecipe final : public RecipeBase
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddingRecipe)

public:
    EmbeddingRecipe();
    ~EmbeddingRecipe() override;

    QStringList steps() const override;
    ConversationPlan plan(int index) const override;
    void begin(Sample &sample) const override;
    Next next(Sample &sample) const override;
    Outcome read(Sample &sample, const CallSpec &call, const Llm::ChatResult &result) const override;

protected:
    bool check(const QJsonObject &snapshot, QString *error) override;

private:
    struct State;
    struct Candidate;
    /// Finds the hard-negative candidates and writes the easy negatives, once the anchor is known.
    QList<ExtraWrite> mine(Sample &sample, QString *error) const;
    Outcome finishIfDone(Sample &sample, QList<ExtraWrite> writes) const;
    ChunkRef refOf(qint64 documentId, int chunkIndex) const;

    std::unique_ptr<Store::ChunkStore> m_chunks;
};

} // namespace Dialogsmith::Engine

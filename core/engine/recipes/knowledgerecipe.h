// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/recipes/recipebase.h"

namespace Dialogsmith::Engine {

/// Grounded question/answer pairs (InstructLab's knowledge generation): the samples walk through the
/// documents' chunks in order; for each, a question the chunk answers (knowledge_question), the answer
/// grounded in the chunk (system and assistant_turn), and a judge's check that the answer keeps to the chunk
/// (faithfulness). An unfaithful answer is dropped with the judge's reason; every verdict is stored.
class KnowledgeRecipe final : public RecipeBase
{
    Q_DECLARE_TR_FUNCTIONS(KnowledgeRecipe)

public:
    QStringList steps() const override;
    ConversationPlan plan(int index) const override;
    Next next(Sample &sample) const override;
    Outcome read(Sample &sample, const CallSpec &call, const Llm::ChatResult &result) const override;

protected:
    bool check(const QJsonObject &snapshot, QString *error) override;
};

} // namespace Dialogsmith::Engine

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/recipes/recipebase.h"

namespace Dialogsmith::Engine {

/// Multi-turn conversations: the user simulator opens, the assistant answers, the user simulator follows up
/// (or ends with the end marker), for the planned number of exchanges. Each message is grounded in the
/// chunk the planner gives its exchange.
class ConversationRecipe final : public RecipeBase
{
    Q_DECLARE_TR_FUNCTIONS(ConversationRecipe)

public:
    QStringList steps() const override;
    void begin(Sample &sample) const override;
    Next next(Sample &sample) const override;
    Outcome read(Sample &sample, const CallSpec &call, const Llm::ChatResult &result) const override;

private:
    struct State;
};

} // namespace Dialogsmith::Engine

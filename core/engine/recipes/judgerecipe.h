// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/recipes/recipebase.h"

namespace Dialogsmith::Engine {

/// Judges samples already in the project on a rubric (the judge template): the whole conversation, or each
/// assistant turn with what came before it. Every verdict is a judgment with its score and reason; the
/// conversation's judge_score is the whole conversation's score, or its worst turn's. A reply without a
/// readable score on the rubric's scale is asked again, then the sample is reported failed (it stays as it
/// was). Used by judge runs (RunOptions::judge), which write nothing else.
class JudgeRecipe final : public RecipeBase
{
    Q_DECLARE_TR_FUNCTIONS(JudgeRecipe)

public:
    QStringList steps() const override;
    void begin(Sample &sample) const override;
    Next next(Sample &sample) const override;
    Outcome read(Sample &sample, const CallSpec &call, const Llm::ChatResult &result) const override;

protected:
    bool check(const QJsonObject &snapshot, QString *error) override;

private:
    struct State;
    Design::Rubric m_rubric;
};

} // namespace Dialogsmith::Engine

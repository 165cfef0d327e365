// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/recipes/recipebase.h"

namespace Dialogsmith::Engine {

/// Self-instruct: a new instruction modelled on some of the user's seed examples (the instruction template),
/// then its response (system and assistant_turn), in separate calls: an instruction that is empty, a refusal,
/// too short or a copy of a seed is dropped with the reason before it costs a response.
class InstructionRecipe : public RecipeBase
{
    Q_DECLARE_TR_FUNCTIONS(InstructionRecipe)

public:
    QStringList steps() const override;
    Next next(Sample &sample) const override;
    Outcome read(Sample &sample, const CallSpec &call, const Llm::ChatResult &result) const override;

    /// An instruction as the model wrote it, without a label ("Instruction:") or number in front.
    static QString cleanInstruction(const QString &text, const Sample &sample);
    /// Why a generated instruction is not worth answering, or empty. `examples` are what it was modelled on.
    static QString instructionProblem(const QString &instruction, const QStringList &examples);

protected:
    /// The instruction call of a sample: seeds drawn for its index, grounded in its plan's chunk.
    std::optional<CallSpec> instructionCall(Sample &sample, QString *failure) const;
    /// The reply to an instruction call: the instruction as the sample's first message, or the sample dropped
    /// with `dropped` (which takes the problem as %1) when it is not worth answering.
    Outcome readInstruction(Sample &sample, const CallSpec &call, const Llm::ChatResult &result,
                            const QString &dropped) const;
    /// The seeds sample `index` is shown, by their place in the design's list.
    QList<int> seedsFor(int index) const;
};

} // namespace Dialogsmith::Engine

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/recipes/instructionrecipe.h"

namespace Dialogsmith::Engine {

/// Preference pairs: a prompt (an instruction made as the instruction mode makes one), several responses
/// from the response profiles and temperatures in turn, each kept as a candidate as soon as it is written,
/// and a judge's ranking of them (preference_judge, by the project's rubric). The best becomes the
/// sample's answer, the others its rejected alternatives in rank order, with the judge's reason.
class PreferenceRecipe final : public InstructionRecipe
{
    Q_DECLARE_TR_FUNCTIONS(PreferenceRecipe)

public:
    QStringList steps() const override;
    void begin(Sample &sample) const override;
    Next next(Sample &sample) const override;
    Outcome read(Sample &sample, const CallSpec &call, const Llm::ChatResult &result) const override;

protected:
    bool check(const QJsonObject &snapshot, QString *error) override;

private:
    struct State;
};

} // namespace Dialogsmith::Engine

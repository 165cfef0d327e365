// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/recipes/instructionrecipe.h"

#include <QHash>

namespace Dialogsmith::Engine {

/// Evol-Instruct: instructions evolved in depth (a constraint added, deepened, made concrete, more reasoning
/// required) or in breadth (a new instruction of the same domain), each then answered. A run evolves `count`
/// instructions — the seeds and the project's instruction and evol samples, kept with the run — over several
/// generations: sample k of generation g evolves what sample k − count of generation g − 1 made. An evolution
/// that fails (empty, a refusal, a copy of its parent, shorter than its parent in a depth direction, or an
/// instruction its answer refuses) is dropped with the reason, and the next generation evolves its parent
/// again.
class EvolRecipe final : public InstructionRecipe
{
    Q_DECLARE_TR_FUNCTIONS(EvolRecipe)

public:
    QStringList steps() const override;
    int planned(int count) const override;
    QJsonObject snapshot() const override;
    Next next(Sample &sample) const override;
    Outcome read(Sample &sample, const CallSpec &call, const Llm::ChatResult &result) const override;
    void finished(int index, Store::ConversationState state, const Sample &sample) override;

    /// Why an evolution of `parent` in `direction` fails, or empty.
    static QString evolutionProblem(const QString &evolved, const QString &parent, Design::EvolDirection direction);

protected:
    bool check(const QJsonObject &snapshot, QString *error) override;

private:
    /// What sample `index`'s children evolve: its instruction if it survived, else what it evolved from.
    std::optional<QString> survivor(int index) const;

    QStringList m_pool; ///< the instructions of generation 1
    int m_count = 0; ///< samples per generation
    mutable QHash<int, QString> m_survivors; ///< by plan index, for the samples that ended
};

} // namespace Dialogsmith::Engine

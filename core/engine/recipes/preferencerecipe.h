// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/recipes/instructionrecipe.h"

namespace Dialogsmith::Engine {

/// Preference pairs: a prompt, several responses from the response profiles and temperatures in turn, each
/// kept as a candidate as soon as it is written, and a judge's ranking of them (preference_judge, by the
/// project's rubric). The best becomes the sample's answer, the others its rejected alternatives in rank
/// order, with the judge's reason.
///
/// The prompt is either an instruction made as the instruction mode makes one, or (source "conversations")
/// an assistant turn of one of the project's conversations: the sample copies that conversation up to the
/// turn's question, its plan and its system prompt, and the turn's own answer is the first candidate.
class PreferenceRecipe final : public InstructionRecipe
{
    Q_DECLARE_TR_FUNCTIONS(PreferenceRecipe)

public:
    QStringList steps() const override;
    int planned(int count) const override;
    QJsonObject snapshot() const override;
    ConversationPlan plan(int index) const override;
    void begin(Sample &sample) const override;
    Next next(Sample &sample) const override;
    Outcome read(Sample &sample, const CallSpec &call, const Llm::ChatResult &result) const override;

protected:
    bool check(const QJsonObject &snapshot, QString *error) override;

private:
    struct State;
    /// An assistant turn of a conversation that a sample answers again.
    struct Source {
        qint64 conversation = 0;
        int seq = 0;
    };

    bool fromConversations() const;
    /// The sample's first step from a conversation: its messages before the turn, and the turn's answer as
    /// the first candidate.
    Next takeConversation(Sample &sample) const;
    std::optional<CallSpec> responseCall(Sample &sample, QString *failure) const;
    /// The exchange a sample from a conversation answers (its count of user messages).
    static int exchange(const Sample &sample);

    QList<Source> m_sources;
};

} // namespace Dialogsmith::Engine

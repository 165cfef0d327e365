// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "engine/recipes/conversationrecipe.h"

#include "engine/turncontext.h"

namespace Dialogsmith::Engine {

namespace {

// A person may have deleted a message of a conversation that is continued, so what comes next follows from
// the last message and the questions asked, not from how many messages there are.
bool needsQuestion(const Sample &sample)
{
    return sample.history.isEmpty() || sample.history.constLast().role == Llm::Role::Assistant;
}

int exchange(const Sample &sample)
{
    const auto questions = std::count_if(sample.history.cbegin(), sample.history.cend(),
                                         [](const Llm::ChatMessage &m) { return m.role == Llm::Role::User; });
    return int(questions) + (needsQuestion(sample) ? 1 : 0);
}

} // namespace

struct ConversationRecipe::State : Sample::State {
    bool lastQuestion = false; ///< the user simulator asked its last question
};

QStringList ConversationRecipe::steps() const
{
    return {QStringLiteral("system"), QStringLiteral("starter"), QStringLiteral("user_turn"),
            QStringLiteral("assistant_turn")};
}

void ConversationRecipe::begin(Sample &sample) const
{
    sample.state = std::make_unique<State>();
}

Next ConversationRecipe::next(Sample &sample) const
{
    auto &state = static_cast<State &>(*sample.state);
    const int turn = exchange(sample);
    const bool question = needsQuestion(sample);
    if (question && (turn > sample.plan.turns || state.lastQuestion))
        return Next::finish(Store::ConversationState::Complete, QString(), state.lastQuestion);

    const ChunkRef chunk = m_context.planner->chunkForTurn(sample.plan, turn);
    QString failure;
    std::optional<CallSpec> call;
    if (!question) {
        call = answerCall(sample, chunk, &failure, turn);
    } else {
        const QString step = turn == 1 ? QStringLiteral("starter") : QStringLiteral("user_turn");
        call = userCall(step, variables(sample, chunk, QString(), turn), chunk, Llm::Role::User, &failure);
    }
    if (!call)
        return Next::finish(Store::ConversationState::Failed, failure);
    return Next::make(std::move(*call));
}

Outcome ConversationRecipe::read(Sample &sample, const CallSpec &call, const Llm::ChatResult &result) const
{
    auto &state = static_cast<State &>(*sample.state);
    if (call.message == Llm::Role::Assistant) {
        const QString text = result.text.trimmed();
        if (text.isEmpty())
            return Outcome::retry(QString());
        return Outcome::next({replyMessage(Llm::Role::Assistant, text, call)});
    }
    const EndSignal signal = readEndSignal(cleanMessage(result.text, sample), design().generation.endMarker);
    // Only a conversation with an answer in it can end; an opening "[END]" is asked again.
    if (signal.ends && call.step == u"user_turn") {
        Outcome ended = Outcome::finish(Store::ConversationState::Complete);
        ended.endedEarly = true;
        ended.journal = QStringLiteral("ended");
        return ended;
    }
    if (signal.ends || signal.text.isEmpty())
        return Outcome::retry(QString());
    if (signal.lastQuestion)
        state.lastQuestion = true;
    return Outcome::next({replyMessage(Llm::Role::User, signal.text, call)});
}

} // namespace Dialogsmith::Engine

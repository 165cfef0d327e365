// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "engine/recipes/recipebase.h"

#include "engine/turncontext.h"

#include <QJsonDocument>

namespace Dialogsmith::Engine {

namespace {

constexpr int judgeMaxTokens = 1024;

} // namespace

bool RecipeBase::prepare(const RecipeContext &context, const QJsonObject &snapshot, QString *error)
{
    m_context = context;
    return check(snapshot, error);
}

QVariantMap RecipeBase::variables(const Sample &sample, ChunkRef chunk, const QString &question, int turn) const
{
    TurnContext context;
    context.plan = &sample.plan;
    context.history = sample.history;
    context.turn = turn;
    context.endMarker = design().generation.endMarker;
    context.question = question;
    if (chunk.isValid()) {
        context.chunk = m_context.planner->chunkText(chunk);
        context.documentTitle = design().documents.at(chunk.document).title;
    }
    return context.toVariables();
}

std::optional<CallSpec> RecipeBase::userCall(const QString &step, const QVariantMap &variables, ChunkRef chunk,
                                             std::optional<Llm::Role> message, QString *failure) const
{
    const auto prompt = m_context.templates->render(step, variables, failure);
    if (!prompt)
        return std::nullopt;
    const Design::Sampling &sampling = design().generation.userSampling;
    CallSpec call;
    call.step = step;
    call.profile = design().generation.userProfile;
    call.request.messages = {{Llm::Role::User, *prompt}};
    call.request.cachePrefix = false;
    call.request.temperature = sampling.temperature;
    call.request.topP = sampling.topP;
    call.request.maxTokens = sampling.maxTokens;
    call.message = message;
    call.chunk = chunk;
    return call;
}

std::optional<CallSpec> RecipeBase::answerCall(const Sample &sample, ChunkRef chunk, QString *failure, int turn) const
{
    const QString question = sample.history.isEmpty() ? QString() : sample.history.constLast().content;
    const QVariantMap vars = variables(sample, chunk, question, turn);
    const auto system = m_context.templates->render(QStringLiteral("system"), vars, failure);
    if (!system)
        return std::nullopt;
    const auto last = m_context.templates->render(QStringLiteral("assistant_turn"), vars, failure);
    if (!last)
        return std::nullopt;
    const Design::Sampling &sampling = design().generation.assistantSampling;
    CallSpec call;
    call.step = QStringLiteral("assistant_turn");
    call.profile = design().generation.assistantProfile;
    call.request.system = *system;
    call.request.messages = sample.history;
    if (!call.request.messages.isEmpty())
        call.request.messages.last().content = *last;
    call.request.temperature = sampling.temperature;
    call.request.topP = sampling.topP;
    call.request.maxTokens = sampling.maxTokens;
    call.message = Llm::Role::Assistant;
    call.chunk = chunk;
    call.system = *system;
    return call;
}

std::optional<CallSpec> RecipeBase::judgeCall(const QString &step, const QVariantMap &variables, QString *failure) const
{
    const auto prompt = m_context.templates->render(step, variables, failure);
    if (!prompt)
        return std::nullopt;
    CallSpec call;
    call.step = step;
    call.profile = judgeProfile();
    call.request.messages = {{Llm::Role::User, *prompt}};
    call.request.cachePrefix = false;
    call.request.temperature = 0.0;
    call.request.maxTokens = std::max(judgeMaxTokens, design().generation.assistantSampling.maxTokens);
    return call;
}

QString RecipeBase::judgeProfile() const
{
    return design().modes.judgeProfile.isEmpty() ? design().generation.assistantProfile : design().modes.judgeProfile;
}

QString RecipeBase::modelOf(const QString &profile) const
{
    const Llm::ProviderProfile *p = design().provider(profile);
    return p ? p->model : QString();
}

QString RecipeBase::cleanMessage(const QString &text, const Sample &sample)
{
    return cleanUserMessage(text, sample.plan.user.name);
}

qint64 RecipeBase::documentId(ChunkRef chunk) const
{
    return chunk.isValid() ? m_context.documentIds->at(chunk.document) : 0;
}

int RecipeBase::chunkCount() const
{
    int count = 0;
    for (const auto &chunks : m_context.planner->chunks())
        count += int(chunks.size());
    return count;
}

ChunkRef RecipeBase::chunkInOrder(int index) const
{
    const int count = chunkCount();
    if (count == 0 || index < 0)
        return {};
    int at = index % count;
    const auto &documents = m_context.planner->chunks();
    for (int d = 0; d < documents.size(); ++d) {
        if (at < documents.at(d).size())
            return {d, at};
        at -= int(documents.at(d).size());
    }
    return {};
}

ExtraWrite RecipeBase::judgment(Store::NewJudgment judgment)
{
    return [judgment](Store::RunStore &store, qint64 conversationId, QString *error) mutable {
        judgment.conversationId = conversationId;
        return store.insertJudgment(judgment, error);
    };
}

ExtraWrite RecipeBase::details(const Sample &sample)
{
    const QByteArray json = QJsonDocument(sample.details).toJson(QJsonDocument::Compact);
    return [json](Store::RunStore &store, qint64 conversationId, QString *error) {
        return store.setDetails(conversationId, json, error);
    };
}

} // namespace Dialogsmith::Engine

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "engine/recipes/knowledgerecipe.h"

#include "quality/verdict.h"

namespace Dialogsmith::Engine {

QStringList KnowledgeRecipe::steps() const
{
    return {QStringLiteral("system"), QStringLiteral("knowledge_question"), QStringLiteral("assistant_turn"),
            QStringLiteral("faithfulness")};
}

bool KnowledgeRecipe::check(const QJsonObject &snapshot, QString *error)
{
    Q_UNUSED(snapshot);
    if (chunkCount() == 0) {
        *error = tr("Knowledge Q&A needs documents: add a document to ground the questions in.");
        return false;
    }
    return true;
}

ConversationPlan KnowledgeRecipe::plan(int index) const
{
    ConversationPlan plan = RecipeBase::plan(index);
    plan.chunk = chunkInOrder(index);
    plan.turns = 1;
    return plan;
}

Next KnowledgeRecipe::next(Sample &sample) const
{
    QString failure;
    std::optional<CallSpec> call;
    const ChunkRef chunk = sample.plan.chunk;
    switch (sample.history.size()) {
    case 0:
        call = userCall(QStringLiteral("knowledge_question"), variables(sample, chunk), chunk, Llm::Role::User,
                        &failure);
        break;
    case 1:
        call = answerCall(sample, chunk, &failure);
        break;
    default:
        if (!design().modes.checkFaithfulness || sample.details.contains(QStringLiteral("faithful")))
            return Next::finish(Store::ConversationState::Complete);
        QVariantMap vars = variables(sample, chunk, sample.history.constFirst().content);
        vars.insert(QStringLiteral("answer"), sample.history.constLast().content);
        call = judgeCall(QStringLiteral("faithfulness"), vars, &failure);
        break;
    }
    if (!call)
        return Next::finish(Store::ConversationState::Failed, failure);
    return Next::make(std::move(*call));
}

Outcome KnowledgeRecipe::read(Sample &sample, const CallSpec &call, const Llm::ChatResult &result) const
{
    if (call.message) {
        const QString text
            = *call.message == Llm::Role::User ? cleanMessage(result.text, sample) : result.text.trimmed();
        if (text.isEmpty())
            return Outcome::retry(QString());
        return Outcome::next({replyMessage(*call.message, text, call)});
    }
    const Quality::Verdict verdict = Quality::VerdictReader::check(result.text, QStringLiteral("faithful"));
    if (!verdict.isValid())
        return Outcome::retry(verdict.error);
    const bool faithful = *verdict.pass;
    sample.details.insert(QStringLiteral("faithful"), faithful);
    sample.details.insert(QStringLiteral("faithfulness_reason"), verdict.reason);
    Store::NewJudgment judgment;
    judgment.seq = sample.nextSeq - 1;
    judgment.purpose = QStringLiteral("faithfulness");
    judgment.rubric = QStringLiteral("faithfulness");
    judgment.verdict = faithful ? QStringLiteral("pass") : QStringLiteral("fail");
    judgment.reason = verdict.reason;
    judgment.profile = call.profile;
    judgment.model = result.model.isEmpty() ? modelOf(call.profile) : result.model;
    const QList<ExtraWrite> writes {RecipeBase::judgment(judgment), details(sample)};
    if (!faithful)
        return Outcome::finish(
            Store::ConversationState::Dropped,
            verdict.reason.isEmpty()
                ? tr("The answer was dropped: the judge found it unfaithful to its chunk.")
                : tr("The answer was dropped: the judge found it unfaithful to its chunk (%1)").arg(verdict.reason),
            {}, writes);
    return Outcome::finish(Store::ConversationState::Complete, QString(), {}, writes);
}

} // namespace Dialogsmith::Engine

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "engine/recipe.h"

#include "engine/recipes/conversationrecipe.h"
#include "engine/recipes/embeddingrecipe.h"
#include "engine/recipes/evolrecipe.h"
#include "engine/recipes/instructionrecipe.h"
#include "engine/recipes/knowledgerecipe.h"
#include "engine/recipes/preferencerecipe.h"

#include <QCryptographicHash>

namespace Dialogsmith::Engine {

void TemplateSet::add(const QString &step, const QString &source)
{
    if (!m_templates.contains(step))
        m_order.append(step);
    m_templates.insert(step, {Prompt::Template::parse(source), source, versionOf(step, source)});
}

std::optional<QString> TemplateSet::render(const QString &step, const QVariantMap &variables, QString *failure) const
{
    const auto it = m_templates.constFind(step);
    if (it == m_templates.cend()) {
        *failure = tr("The %1 template is not part of this run.").arg(step);
        return std::nullopt;
    }
    QList<Prompt::TemplateError> errors;
    QString text = it->parsed.render(variables, &errors);
    if (!errors.isEmpty()) {
        *failure = tr("The %1 template cannot be rendered: %2").arg(step, errors.constFirst().toString());
        return std::nullopt;
    }
    return text;
}

QString TemplateSet::versionOf(const QString &step, const QString &source)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(step.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(source.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(16));
}

NewMessage replyMessage(Llm::Role role, const QString &content, const CallSpec &call)
{
    NewMessage message;
    message.role = role;
    message.content = content;
    message.chunk = call.chunk;
    message.step = call.step;
    return message;
}

Outcome Outcome::next(QList<NewMessage> messages, QList<ExtraWrite> writes)
{
    Outcome o;
    o.kind = Kind::Continue;
    o.messages = std::move(messages);
    o.writes = std::move(writes);
    return o;
}

Outcome Outcome::retry(const QString &reason)
{
    Outcome o;
    o.kind = Kind::Retry;
    o.reason = reason;
    return o;
}

Outcome Outcome::finish(Store::ConversationState state, const QString &reason, QList<NewMessage> messages,
                        QList<ExtraWrite> writes)
{
    Outcome o;
    o.kind = Kind::Finish;
    o.state = state;
    o.reason = reason;
    o.messages = std::move(messages);
    o.writes = std::move(writes);
    return o;
}

Next Next::make(CallSpec call)
{
    Next n;
    n.kind = Kind::Call;
    n.call = std::move(call);
    return n;
}

Next Next::wait()
{
    Next n;
    n.kind = Kind::Wait;
    return n;
}

Next Next::finish(Store::ConversationState state, const QString &reason, bool endedEarly)
{
    Next n;
    n.kind = Kind::Finish;
    n.state = state;
    n.reason = reason;
    n.endedEarly = endedEarly;
    return n;
}

Next Next::take(QList<NewMessage> messages, QList<ExtraWrite> writes)
{
    Next n;
    n.kind = Kind::Take;
    n.messages = std::move(messages);
    n.writes = std::move(writes);
    return n;
}

ConversationPlan Recipe::plan(int index) const
{
    return m_context.planner->plan(index);
}

QString templateSource(const Design::PromptTemplates &t, const QString &step)
{
    const std::pair<const char16_t *, const QString *> steps[] = {
        {u"system", &t.system},
        {u"starter", &t.starter},
        {u"user_turn", &t.userTurn},
        {u"assistant_turn", &t.assistantTurn},
        {u"instruction", &t.instruction},
        {u"evol", &t.evol},
        {u"knowledge_question", &t.knowledgeQuestion},
        {u"faithfulness", &t.faithfulness},
        {u"preference_judge", &t.preferenceJudge},
        {u"embedding_queries", &t.embeddingQueries},
        {u"negative_check", &t.negativeCheck},
        {u"judge", &t.judge},
    };
    for (const auto &[name, source] : steps) {
        if (step == QStringView(name))
            return *source;
    }
    return {};
}

std::unique_ptr<Recipe> makeRecipe(Design::Mode mode)
{
    switch (mode) {
    case Design::Mode::Conversation:
        return std::make_unique<ConversationRecipe>();
    case Design::Mode::Instruction:
        return std::make_unique<InstructionRecipe>();
    case Design::Mode::Evol:
        return std::make_unique<EvolRecipe>();
    case Design::Mode::KnowledgeQa:
        return std::make_unique<KnowledgeRecipe>();
    case Design::Mode::Preference:
        return std::make_unique<PreferenceRecipe>();
    case Design::Mode::Embedding:
        return std::make_unique<EmbeddingRecipe>();
    }
    return std::make_unique<ConversationRecipe>();
}

} // namespace Dialogsmith::Engine

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/templates/sampledraw.h"

#include "engine/plan.h"
#include "engine/turncontext.h"
#include "prompt/variableschema.h"

#include <algorithm>

namespace Dialogsmith {

QString &templateText(Design::PromptTemplates &templates, TemplateSlot slot)
{
    switch (slot) {
    case TemplateSlot::System:
        return templates.system;
    case TemplateSlot::Starter:
        return templates.starter;
    case TemplateSlot::UserTurn:
        return templates.userTurn;
    case TemplateSlot::AssistantTurn:
        break;
    case TemplateSlot::Instruction:
        return templates.instruction;
    case TemplateSlot::Evol:
        return templates.evol;
    case TemplateSlot::KnowledgeQuestion:
        return templates.knowledgeQuestion;
    case TemplateSlot::Faithfulness:
        return templates.faithfulness;
    case TemplateSlot::PreferenceJudge:
        return templates.preferenceJudge;
    case TemplateSlot::EmbeddingQueries:
        return templates.embeddingQueries;
    case TemplateSlot::NegativeCheck:
        return templates.negativeCheck;
    case TemplateSlot::Judge:
        return templates.judge;
    }
    return templates.assistantTurn;
}

QString templateKey(TemplateSlot slot)
{
    switch (slot) {
    case TemplateSlot::System:
        return QStringLiteral("system");
    case TemplateSlot::Starter:
        return QStringLiteral("starter");
    case TemplateSlot::UserTurn:
        return QStringLiteral("user_turn");
    case TemplateSlot::AssistantTurn:
        break;
    case TemplateSlot::Instruction:
        return QStringLiteral("instruction");
    case TemplateSlot::Evol:
        return QStringLiteral("evol");
    case TemplateSlot::KnowledgeQuestion:
        return QStringLiteral("knowledge_question");
    case TemplateSlot::Faithfulness:
        return QStringLiteral("faithfulness");
    case TemplateSlot::PreferenceJudge:
        return QStringLiteral("preference_judge");
    case TemplateSlot::EmbeddingQueries:
        return QStringLiteral("embedding_queries");
    case TemplateSlot::NegativeCheck:
        return QStringLiteral("negative_check");
    case TemplateSlot::Judge:
        return QStringLiteral("judge");
    }
    return QStringLiteral("assistant_turn");
}

bool isJudgeStep(TemplateSlot slot)
{
    return slot == TemplateSlot::Faithfulness || slot == TemplateSlot::PreferenceJudge
        || slot == TemplateSlot::NegativeCheck || slot == TemplateSlot::Judge;
}

const QString &templateText(const Design::PromptTemplates &templates, TemplateSlot slot)
{
    return templateText(const_cast<Design::PromptTemplates &>(templates), slot);
}

bool isAssistantSide(TemplateSlot slot)
{
    return slot == TemplateSlot::System || slot == TemplateSlot::AssistantTurn;
}

namespace {

const QString personaName = QStringLiteral("name");

QString mapText(const QVariantMap &map, const QString &key, const QString &field = {})
{
    const QVariant value = map.value(key);
    return field.isEmpty() ? value.toString() : value.toMap().value(field).toString();
}

} // namespace

namespace {

// What the other modes' steps add to the conversation's variables, from the design where it has them.
QVariantMap extrasFor(const Design::ProjectDesign &design)
{
    const QVariantMap example = Prompt::sampleContext();
    QVariantMap extras;
    for (const QString &key : {QStringLiteral("seeds"), QStringLiteral("instruction"), QStringLiteral("direction"),
                               QStringLiteral("generation"), QStringLiteral("answer"), QStringLiteral("responses"),
                               QStringLiteral("rubric"), QStringLiteral("count"), QStringLiteral("query")})
        extras.insert(key, example.value(key));
    const Design::ModeSettings &modes = design.modes;
    if (!modes.seeds.isEmpty()) {
        QVariantList seeds;
        for (const QString &seed : modes.seeds.mid(0, std::max(1, modes.seedsPerPrompt)))
            seeds.append(seed);
        extras.insert(QStringLiteral("seeds"), seeds);
        extras.insert(QStringLiteral("instruction"), modes.seeds.constFirst());
    }
    extras.insert(QStringLiteral("count"), modes.queriesPerChunk);
    if (!modes.evolDirections.isEmpty()) {
        QVariantMap direction;
        for (const Design::EvolDirection d : Design::allEvolDirections())
            direction.insert(Design::evolDirectionName(d), d == modes.evolDirections.constFirst());
        extras.insert(QStringLiteral("direction"), direction);
    }
    for (const Design::Rubric &rubric : design.quality.rubrics) {
        if (rubric.name == design.quality.rubric) {
            extras.insert(QStringLiteral("rubric"),
                          QVariantMap {{QStringLiteral("name"), rubric.name},
                                       {QStringLiteral("minimum"), rubric.minimum},
                                       {QStringLiteral("maximum"), rubric.maximum},
                                       {QStringLiteral("text"), rubric.text}});
            break;
        }
    }
    return extras;
}

} // namespace

SampleDraw SampleDraw::draw(const Design::ProjectDesign &design, quint64 seed, int index, const QString &question,
                            const QString &answer)
{
    SampleDraw sample;
    sample.m_extras = extrasFor(design);
    sample.m_judgeTurns = design.quality.judgeTurns;
    const Engine::Planner planner(design, seed);
    if (!planner.problem().isEmpty()) {
        sample.m_example = true;
        sample.m_base = Prompt::sampleContext();
        sample.m_turns = sample.m_base.value(QStringLiteral("turns_total")).toInt();
        const QVariantList history = sample.m_base.value(QStringLiteral("history")).toList();
        sample.m_chunkNumber = 1;
        sample.m_question
            = question.isEmpty() ? history.value(0).toMap().value(QStringLiteral("content")).toString() : question;
        sample.m_answer
            = answer.isEmpty() ? history.value(1).toMap().value(QStringLiteral("content")).toString() : answer;
        return sample;
    }
    const Engine::ConversationPlan plan = planner.plan(index);
    Engine::TurnContext context;
    context.plan = &plan;
    context.turn = 1;
    context.endMarker = design.generation.endMarker;
    if (plan.chunk.isValid()) {
        context.chunk = planner.chunkText(plan.chunk);
        context.documentTitle = design.documents.at(plan.chunk.document).title;
        sample.m_chunkNumber = plan.chunk.chunk + 1;
    }
    sample.m_base = context.toVariables();
    sample.m_turns = plan.turns;
    const QString topic = plan.topicPath.isEmpty() ? QString() : plan.topicPath.constLast();
    sample.m_question = question.isEmpty() ? tr("Can you explain %1 to me?").arg(topic) : question;
    sample.m_answer = answer.isEmpty() ? tr("(%1's answer would be here: try the system prompt or the answer "
                                            "template to get one.)")
                                             .arg(plan.assistant.name)
                                       : answer;
    return sample;
}

QVariantMap SampleDraw::variables(TemplateSlot slot) const
{
    QVariantMap variables = m_base;
    const auto message = [this](bool user, const QString &content) {
        return QVariantMap {
            {QStringLiteral("role"), user ? QStringLiteral("user") : QStringLiteral("assistant")},
            {QStringLiteral("speaker"), user ? userName() : assistantName()},
            {QStringLiteral("content"), content},
        };
    };
    int turn = 1;
    int total = m_turns;
    QVariantList history;
    QString question;
    switch (slot) {
    case TemplateSlot::Starter:
        break;
    case TemplateSlot::UserTurn:
        // The user turn writes the second question at the earliest.
        turn = 2;
        total = std::max(total, 2);
        history = {message(true, m_question), message(false, m_answer)};
        break;
    case TemplateSlot::System:
    case TemplateSlot::AssistantTurn:
        history = {message(true, m_question)};
        question = m_question;
        break;
    case TemplateSlot::Instruction:
    case TemplateSlot::Evol:
    case TemplateSlot::KnowledgeQuestion:
    case TemplateSlot::EmbeddingQueries:
        // A single-turn step writes the opening message.
        break;
    case TemplateSlot::Faithfulness:
    case TemplateSlot::PreferenceJudge:
    case TemplateSlot::NegativeCheck:
    case TemplateSlot::Judge:
        // A judge reads the question and its answer.
        history = {message(true, m_question), message(false, m_answer)};
        question = m_question;
        break;
    }
    if (int(slot) >= int(TemplateSlot::Instruction)) {
        for (auto it = m_extras.cbegin(); it != m_extras.cend(); ++it)
            variables.insert(it.key(), it.value());
        variables.insert(QStringLiteral("answer"), slot == TemplateSlot::Judge && !m_judgeTurns ? QString() : m_answer);
        if (slot == TemplateSlot::NegativeCheck)
            variables.insert(QStringLiteral("query"), m_question);
    }
    variables.insert(QStringLiteral("history"), history);
    variables.insert(QStringLiteral("question"), question);
    variables.insert(QStringLiteral("turn"), turn);
    variables.insert(QStringLiteral("turns_total"), total);
    variables.insert(QStringLiteral("turns_left"), std::max(0, total - turn));
    variables.insert(QStringLiteral("is_first_turn"), turn == 1);
    return variables;
}

QString SampleDraw::topicPath() const
{
    return mapText(m_base, QStringLiteral("topic_path"));
}

QString SampleDraw::userName() const
{
    return mapText(m_base, QStringLiteral("user_persona"), personaName);
}

QString SampleDraw::assistantName() const
{
    return mapText(m_base, QStringLiteral("assistant_persona"), personaName);
}

QString SampleDraw::documentTitle() const
{
    return mapText(m_base, QStringLiteral("document_title"));
}

QString SampleDraw::chunk() const
{
    return mapText(m_base, QStringLiteral("chunk"));
}

} // namespace Dialogsmith

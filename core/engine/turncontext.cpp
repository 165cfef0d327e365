// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "engine/turncontext.h"

#include <QJsonArray>

namespace Dialogsmith::Engine {

QVariantMap personaVariables(const Design::Persona &p)
{
    return {
        {QStringLiteral("name"), p.name},
        {QStringLiteral("description"), p.description},
        {QStringLiteral("relationship"), p.relationship},
        {QStringLiteral("mood"), p.mood},
        {QStringLiteral("knowledge_level"), p.knowledgeLevel},
        {QStringLiteral("goal"), p.goal},
        {QStringLiteral("speaking_style"), p.speakingStyle},
        {QStringLiteral("language"), p.language},
    };
}

QVariantMap TurnContext::toVariables() const
{
    QVariantList messages;
    messages.reserve(history.size());
    for (const Llm::ChatMessage &m : history) {
        const bool user = m.role == Llm::Role::User;
        messages.append(QVariantMap {
            {QStringLiteral("role"), user ? QStringLiteral("user") : QStringLiteral("assistant")},
            {QStringLiteral("speaker"), user ? plan->user.name : plan->assistant.name},
            {QStringLiteral("content"), m.content},
        });
    }
    return {
        {QStringLiteral("topic"), plan->topicPath.isEmpty() ? QString() : plan->topicPath.constLast()},
        {QStringLiteral("topic_path"), plan->topicPath.join(QStringLiteral(" › "))},
        {QStringLiteral("topic_description"), plan->topicDescription},
        {QStringLiteral("user_persona"), personaVariables(plan->user)},
        {QStringLiteral("assistant_persona"), personaVariables(plan->assistant)},
        {QStringLiteral("scenario"), plan->scenario.description},
        {QStringLiteral("structure"), plan->structure.name},
        {QStringLiteral("structure_description"), plan->structure.description},
        {QStringLiteral("chunk"), chunk},
        {QStringLiteral("document_title"), documentTitle},
        {QStringLiteral("history"), messages},
        {QStringLiteral("question"), question},
        {QStringLiteral("turn"), turn},
        {QStringLiteral("turns_total"), plan->turns},
        {QStringLiteral("turns_left"), std::max(0, plan->turns - turn)},
        {QStringLiteral("is_first_turn"), turn == 1},
        {QStringLiteral("end_marker"), endMarker},
    };
}

namespace {

QJsonObject personaJson(const Design::Persona &p)
{
    QJsonObject json;
    const QVariantMap variables = personaVariables(p);
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        if (!it.value().toString().isEmpty())
            json.insert(it.key(), it.value().toString());
    }
    return json;
}

} // namespace

QJsonObject planToJson(const ConversationPlan &plan, const QString &documentTitle, qint64 documentId)
{
    QJsonObject json {
        {QStringLiteral("index"), plan.index},
        {QStringLiteral("topic_path"), QJsonArray::fromStringList(plan.topicPath)},
        {QStringLiteral("user_persona"), personaJson(plan.user)},
        {QStringLiteral("assistant_persona"), personaJson(plan.assistant)},
        {QStringLiteral("turns"), plan.turns},
    };
    if (!plan.topicDescription.isEmpty())
        json.insert(QStringLiteral("topic_description"), plan.topicDescription);
    if (!plan.scenario.description.isEmpty())
        json.insert(QStringLiteral("scenario"), plan.scenario.description);
    if (!plan.structure.name.isEmpty()) {
        json.insert(QStringLiteral("structure"),
                    QJsonObject {{QStringLiteral("name"), plan.structure.name},
                                 {QStringLiteral("description"), plan.structure.description}});
    }
    if (plan.chunk.isValid()) {
        json.insert(QStringLiteral("document"),
                    QJsonObject {{QStringLiteral("id"), documentId},
                                 {QStringLiteral("title"), documentTitle},
                                 {QStringLiteral("chunk"), plan.chunk.chunk}});
    }
    return json;
}

ConversationPlan planFromJson(const QJsonObject &json, const QList<qint64> &documentIds)
{
    const auto persona = [](const QJsonObject &p, Design::Side side) {
        Design::Persona read;
        read.side = side;
        read.name = p.value(QStringLiteral("name")).toString();
        read.description = p.value(QStringLiteral("description")).toString();
        read.relationship = p.value(QStringLiteral("relationship")).toString();
        read.mood = p.value(QStringLiteral("mood")).toString();
        read.knowledgeLevel = p.value(QStringLiteral("knowledge_level")).toString();
        read.goal = p.value(QStringLiteral("goal")).toString();
        read.speakingStyle = p.value(QStringLiteral("speaking_style")).toString();
        read.language = p.value(QStringLiteral("language")).toString();
        return read;
    };
    ConversationPlan plan;
    plan.index = json.value(QStringLiteral("index")).toInt();
    for (const QJsonValue &v : json.value(QStringLiteral("topic_path")).toArray())
        plan.topicPath.append(v.toString());
    plan.topicDescription = json.value(QStringLiteral("topic_description")).toString();
    plan.user = persona(json.value(QStringLiteral("user_persona")).toObject(), Design::Side::User);
    plan.assistant = persona(json.value(QStringLiteral("assistant_persona")).toObject(), Design::Side::Assistant);
    plan.scenario.description = json.value(QStringLiteral("scenario")).toString();
    const QJsonObject structure = json.value(QStringLiteral("structure")).toObject();
    plan.structure.name = structure.value(QStringLiteral("name")).toString();
    plan.structure.description = structure.value(QStringLiteral("description")).toString();
    const QJsonObject document = json.value(QStringLiteral("document")).toObject();
    const int at = int(documentIds.indexOf(document.value(QStringLiteral("id")).toInteger(-1)));
    if (at >= 0)
        plan.chunk = {at, document.value(QStringLiteral("chunk")).toInt()};
    plan.turns = std::max(1, json.value(QStringLiteral("turns")).toInt(1));
    return plan;
}

QString cleanUserMessage(const QString &text, const QString &personaName)
{
    QString message = text.trimmed();
    // "Mia: How do I ..." or "**Mia:** How do I ..."
    for (const QString &prefix :
         QStringList {personaName + u':', QStringLiteral("**") + personaName + QStringLiteral(":**")}) {
        if (!personaName.isEmpty() && message.startsWith(prefix, Qt::CaseInsensitive)) {
            message = message.mid(prefix.size()).trimmed();
            break;
        }
    }
    static const QList<std::pair<QChar, QChar>> quotes {
        {u'"', u'"'}, {u'\u201C', u'\u201D'}, {u'\u201E', u'\u201C'}, {u'\u00AB', u'\u00BB'}, {u'\u300C', u'\u300D'}};
    for (const auto &[open, close] : quotes) {
        if (message.size() >= 2 && message.front() == open && message.back() == close
            && message.indexOf(close, 1) == message.size() - 1) {
            message = message.mid(1, message.size() - 2).trimmed();
            break;
        }
    }
    return message;
}

EndSignal readEndSignal(const QString &text, const QString &marker)
{
    EndSignal signal;
    signal.text = text;
    if (marker.isEmpty() || !text.contains(marker))
        return signal;
    QString rest = text;
    rest.remove(marker);
    rest = rest.trimmed();
    // "Thanks, that helps! [END]" ends; a real question with the marker after it is answered first.
    static constexpr int closingRemarkLength = 60;
    if (rest.size() < closingRemarkLength && !rest.contains(u'?'))
        signal.ends = true;
    else
        signal.lastQuestion = true;
    signal.text = rest;
    return signal;
}

} // namespace Dialogsmith::Engine

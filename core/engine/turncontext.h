// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/plan.h"
#include "llm/chat.h"

#include <QJsonObject>
#include <QVariantMap>

namespace Dialogsmith::Engine {

/// The variables of Prompt::VariableSchema::conversation() for one step of a conversation.
struct TurnContext {
    const ConversationPlan *plan = nullptr;
    QList<Llm::ChatMessage> history; ///< the messages so far (for an answer: the question included)
    int turn = 1; ///< the exchange being written, from 1
    QString chunk;
    QString documentTitle;
    QString question; ///< answers: the user message being answered
    QString endMarker;

    QVariantMap toVariables() const;
};

QVariantMap personaVariables(const Design::Persona &persona);

/// The plan as stored with the conversation, for curation and export.
QJsonObject planToJson(const ConversationPlan &plan, const QString &documentTitle, qint64 documentId);

/// A plan as planToJson() stored it; `documentIds` are the project's ids of the design's documents (a chunk of
/// a document the design no longer has is left out).
ConversationPlan planFromJson(const QJsonObject &json, const QList<qint64> &documentIds);

/// What the user simulator wrote, as a message: trimmed, without quotation marks around all of it and
/// without the persona's name in front.
QString cleanUserMessage(const QString &text, const QString &personaName);

/// How a user simulator's reply relates to the end marker.
struct EndSignal {
    bool ends = false; ///< the reply is (almost) only the marker: the conversation is over
    bool lastQuestion = false; ///< a real question with the marker after it: answer it, then end
    QString text; ///< the reply without the marker
};
EndSignal readEndSignal(const QString &text, const QString &marker);

} // namespace Dialogsmith::Engine

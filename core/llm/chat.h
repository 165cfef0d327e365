// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dialogsmith::Llm {

enum class Role { User, Assistant };

struct ChatMessage {
    Role role = Role::User;
    QString content;
    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

/// One call to a teacher model: what to send, independent of the provider's wire format.
struct ChatRequest {
    QString model; ///< empty: the profile's model
    QString system;
    QList<ChatMessage> messages;
    std::optional<double> temperature;
    std::optional<double> topP;
    int maxTokens = 1024;
    QStringList stop;
    bool jsonOutput = false; ///< ask for a JSON object where the server supports it
    QJsonObject jsonSchema; ///< optional schema for jsonOutput
    bool stream = true;
    /// Mark the system prompt and all but the last message as a cacheable prefix (Anthropic prompt caching):
    /// multi-turn generation resends the same history each turn.
    bool cachePrefix = true;
};

/// Tokens a call used, as the provider reported them.
struct Usage {
    qint64 inputTokens = 0; ///< all prompt tokens, cached ones included
    qint64 outputTokens = 0; ///< generated tokens (reasoning included where reported)
    qint64 cachedInputTokens = 0; ///< prompt tokens read from the provider's cache
    qint64 cacheWriteTokens = 0; ///< prompt tokens written to the cache (Anthropic)
    bool reported = false; ///< the server reported usage at all
    friend bool operator==(const Usage &, const Usage &) = default;
};

enum class FinishReason { Stop, Length, ContentFilter, ToolUse, Other };

/// What a completed call produced.
struct ChatResult {
    QString text;
    FinishReason finish = FinishReason::Stop;
    QString rawFinishReason; ///< as the server said it ("stop", "end_turn", "MAX_TOKENS", ...)
    Usage usage;
    QString model; ///< the model that answered, as the server named it
    double costUsd = 0.0; ///< from the profile's price table; 0 when the model has no price
    qint64 latencyMs = 0; ///< request sent to last byte, of the successful attempt
    qint64 firstByteMs = 0; ///< request sent to first byte, of the successful attempt
    int attempts = 1;
    QString endpoint; ///< the base URL that answered
};

QString finishReasonName(FinishReason reason);

} // namespace Dialogsmith::Llm

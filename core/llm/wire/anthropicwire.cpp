// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/wire/anthropicwire.h"

#include "llm/wire/wirejson.h"

#include <QJsonArray>

// Follows Anthropic's Messages API reference: the request body (system blocks, messages, stop_sequences,
// cache_control breakpoints for prompt caching), the Message object, the streaming events
// (message_start, content_block_start/delta/stop, message_delta with cumulative usage, message_stop,
// ping, error) and the error object {"type": "error", "error": {"type", "message"}}.
namespace Dialogsmith::Llm {

namespace {

const QByteArray apiVersion = "2023-06-01";

FinishReason finishFrom(const QString &reason)
{
    if (reason == QLatin1StringView("end_turn") || reason == QLatin1StringView("stop_sequence"))
        return FinishReason::Stop;
    if (reason == QLatin1StringView("max_tokens"))
        return FinishReason::Length;
    if (reason == QLatin1StringView("tool_use"))
        return FinishReason::ToolUse;
    if (reason == QLatin1StringView("refusal"))
        return FinishReason::ContentFilter;
    return FinishReason::Other;
}

// Anthropic reports cache reads and writes beside input_tokens; Usage counts all prompt tokens as input.
void mergeUsage(const QJsonObject &json, Usage *usage)
{
    const auto read = [&](const char *name, qint64 *into) {
        const QJsonValue v = json.value(QLatin1StringView(name));
        if (v.isDouble())
            *into = WireJson::clampedCount(v.toDouble());
    };
    qint64 uncached = usage->inputTokens - usage->cachedInputTokens - usage->cacheWriteTokens;
    read("input_tokens", &uncached);
    read("cache_read_input_tokens", &usage->cachedInputTokens);
    read("cache_creation_input_tokens", &usage->cacheWriteTokens);
    read("output_tokens", &usage->outputTokens);
    usage->inputTokens = uncached + usage->cachedInputTokens + usage->cacheWriteTokens;
    usage->reported = true;
}

ProviderError::Kind kindOfErrorType(const QString &type, ProviderError::Kind fallback)
{
    using Kind = ProviderError::Kind;
    if (type == QLatin1StringView("overloaded_error"))
        return Kind::Overloaded;
    if (type == QLatin1StringView("rate_limit_error"))
        return Kind::RateLimited;
    if (type == QLatin1StringView("api_error"))
        return Kind::ServerError;
    if (type == QLatin1StringView("authentication_error") || type == QLatin1StringView("permission_error"))
        return Kind::Unauthorized;
    if (type == QLatin1StringView("not_found_error"))
        return Kind::NotFound;
    if (type == QLatin1StringView("billing_error"))
        return Kind::QuotaExhausted;
    return fallback;
}

class AnthropicStreamDecoder final : public StreamDecoder
{
public:
    Step decode(const SseEvent &event) override
    {
        Step step;
        if (event.type == QLatin1StringView("ping"))
            return step;
        const std::optional<QJsonObject> json = WireJson::object(event.data.toUtf8());
        if (!json) {
            step.error = WireJson::invalid(QStringLiteral("a stream event is not JSON"), event.data.toUtf8());
            return step;
        }
        // The event name and the "type" member agree; the member is authoritative.
        const QString type = json->value(QStringLiteral("type")).toString(event.type);
        if (type == QLatin1StringView("error")) {
            const QJsonObject error = json->value(QStringLiteral("error")).toObject();
            ProviderError e = ProviderError::make(
                kindOfErrorType(error.value(QStringLiteral("type")).toString(), ProviderError::Kind::StreamError),
                error.value(QStringLiteral("message")).toString());
            step.error = e;
            return step;
        }
        if (type == QLatin1StringView("message_start")) {
            const QJsonObject message = json->value(QStringLiteral("message")).toObject();
            model = message.value(QStringLiteral("model")).toString();
            mergeUsage(message.value(QStringLiteral("usage")).toObject(), &usage);
            step.content = true;
        } else if (type == QLatin1StringView("content_block_delta")) {
            const QJsonObject delta = json->value(QStringLiteral("delta")).toObject();
            if (delta.value(QStringLiteral("type")).toString() == QLatin1StringView("text_delta"))
                step.text = delta.value(QStringLiteral("text")).toString();
            step.content = true;
        } else if (type == QLatin1StringView("message_delta")) {
            const QJsonObject delta = json->value(QStringLiteral("delta")).toObject();
            if (const QJsonValue reason = delta.value(QStringLiteral("stop_reason")); reason.isString()) {
                rawFinishReason = reason.toString();
                finish = finishFrom(rawFinishReason);
            }
            mergeUsage(json->value(QStringLiteral("usage")).toObject(), &usage);
            step.content = true;
        } else if (type == QLatin1StringView("message_stop")) {
            step.terminal = true;
            step.content = true;
        } else if (type == QLatin1StringView("content_block_start")
                   || type == QLatin1StringView("content_block_stop")) {
            step.content = true;
        }
        // Unknown event types are ignored, as the API's versioning policy asks.
        return step;
    }
};

QJsonObject textBlock(const QString &text, bool cacheBreakpoint)
{
    QJsonObject block {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}};
    if (cacheBreakpoint)
        block.insert(QStringLiteral("cache_control"),
                     QJsonObject {{QStringLiteral("type"), QStringLiteral("ephemeral")}});
    return block;
}

QList<std::pair<QByteArray, QByteArray>> authHeaders(const QString &key)
{
    QList<std::pair<QByteArray, QByteArray>> headers {{"anthropic-version", apiVersion}};
    if (!key.isEmpty())
        headers.append({"x-api-key", key.toUtf8()});
    return headers;
}

} // namespace

HttpRequest AnthropicWire::chatRequest(const QString &baseUrl, const QString &model, const ChatRequest &request,
                                       const QString &key) const
{
    // The stable prefix is the system prompt and the history before the newest message: a multi-turn
    // conversation resends it every turn, so it is marked for caching when the caller asks.
    const qsizetype lastStable = request.messages.size() - 2;
    QJsonArray messages;
    for (qsizetype i = 0; i < request.messages.size(); ++i) {
        const ChatMessage &message = request.messages.at(i);
        messages.append(QJsonObject {
            {QStringLiteral("role"), message.role == Role::User ? QStringLiteral("user") : QStringLiteral("assistant")},
            {QStringLiteral("content"),
             QJsonArray {textBlock(message.content, request.cachePrefix && i == lastStable)}}});
    }
    QJsonObject body {{QStringLiteral("model"), model},
                      {QStringLiteral("max_tokens"), request.maxTokens},
                      {QStringLiteral("messages"), messages},
                      {QStringLiteral("stream"), request.stream}};
    if (!request.system.isEmpty())
        body.insert(QStringLiteral("system"), QJsonArray {textBlock(request.system, request.cachePrefix)});
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.topP)
        body.insert(QStringLiteral("top_p"), *request.topP);
    if (!request.stop.isEmpty())
        body.insert(QStringLiteral("stop_sequences"), QJsonArray::fromStringList(request.stop));

    HttpRequest http;
    http.url = joinUrl(baseUrl, u"/v1/messages");
    http.headers
        = {{"Content-Type", "application/json"}, {"Accept", request.stream ? "text/event-stream" : "application/json"}};
    http.headers.append(authHeaders(key));
    http.body = WireJson::compact(body);
    return http;
}

HttpRequest AnthropicWire::modelsRequest(const QString &baseUrl, const QString &key) const
{
    HttpRequest http;
    http.method = "GET";
    http.url = joinUrl(baseUrl, u"/v1/models");
    http.url.setQuery(QStringLiteral("limit=1000"));
    http.headers = authHeaders(key);
    return http;
}

std::unique_ptr<StreamDecoder> AnthropicWire::newStreamDecoder() const
{
    return std::make_unique<AnthropicStreamDecoder>();
}

std::variant<ChatResult, ProviderError> AnthropicWire::parseResponse(const QByteArray &body) const
{
    const std::optional<QJsonObject> json = WireJson::object(body);
    if (!json)
        return WireJson::invalid(QStringLiteral("the answer is not JSON"), body);
    if (json->value(QStringLiteral("type")).toString() == QLatin1StringView("error")) {
        const QJsonObject error = json->value(QStringLiteral("error")).toObject();
        return ProviderError::make(
            kindOfErrorType(error.value(QStringLiteral("type")).toString(), ProviderError::Kind::StreamError),
            error.value(QStringLiteral("message")).toString());
    }
    if (!json->value(QStringLiteral("content")).isArray())
        return WireJson::invalid(QStringLiteral("the answer has no content"), body);
    ChatResult result;
    for (const QJsonValue &block : json->value(QStringLiteral("content")).toArray()) {
        if (block.toObject().value(QStringLiteral("type")).toString() == QLatin1StringView("text"))
            result.text += block.toObject().value(QStringLiteral("text")).toString();
    }
    result.rawFinishReason = json->value(QStringLiteral("stop_reason")).toString();
    result.finish = finishFrom(result.rawFinishReason);
    result.model = json->value(QStringLiteral("model")).toString();
    mergeUsage(json->value(QStringLiteral("usage")).toObject(), &result.usage);
    return result;
}

std::variant<QStringList, ProviderError> AnthropicWire::parseModels(const QByteArray &body) const
{
    return WireJson::dataIds(body);
}

void AnthropicWire::refineError(const QJsonObject &body, ProviderError *error) const
{
    const QJsonObject e = body.value(QStringLiteral("error")).toObject();
    error->message = e.value(QStringLiteral("message")).toString();
    error->kind = kindOfErrorType(e.value(QStringLiteral("type")).toString(), error->kind);
    // A used-up credit balance comes back as a 400 invalid_request_error; retrying cannot help.
    if (error->message.contains(QLatin1StringView("credit balance"), Qt::CaseInsensitive))
        error->kind = ProviderError::Kind::QuotaExhausted;
}

} // namespace Dialogsmith::Llm

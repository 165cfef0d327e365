// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/wire/openaiwire.h"

#include "llm/wire/wirejson.h"

#include <QJsonArray>

// Follows the OpenAI API reference for chat completions: the request body, the chat.completion object,
// the chat.completion.chunk stream ("data: {json}" events ending with "data: [DONE]", usage in a last
// chunk with empty choices when stream_options.include_usage is set) and the error object.
namespace Dialogsmith::Llm {

namespace {

FinishReason finishFrom(const QString &reason)
{
    if (reason == QLatin1StringView("stop"))
        return FinishReason::Stop;
    if (reason == QLatin1StringView("length"))
        return FinishReason::Length;
    if (reason == QLatin1StringView("content_filter"))
        return FinishReason::ContentFilter;
    if (reason == QLatin1StringView("tool_calls") || reason == QLatin1StringView("function_call"))
        return FinishReason::ToolUse;
    return FinishReason::Other;
}

Usage usageFrom(const QJsonObject &usage)
{
    Usage u;
    u.reported = true;
    u.inputTokens = WireJson::count(usage.value(QStringLiteral("prompt_tokens")));
    u.outputTokens = WireJson::count(usage.value(QStringLiteral("completion_tokens")));
    u.cachedInputTokens = WireJson::count(
        usage.value(QStringLiteral("prompt_tokens_details")).toObject().value(QStringLiteral("cached_tokens")));
    return u;
}

QString errorMessage(const QJsonValue &error)
{
    if (error.isString())
        return error.toString();
    return error.toObject().value(QStringLiteral("message")).toString();
}

class OpenAiStreamDecoder final : public StreamDecoder
{
public:
    Step decode(const SseEvent &event) override
    {
        Step step;
        if (event.data == QLatin1StringView("[DONE]")) {
            step.terminal = true;
            step.content = true;
            return step;
        }
        // Servers that name events (some proxies) still put the chunk in data; only errors are special.
        const std::optional<QJsonObject> chunk = WireJson::object(event.data.toUtf8());
        if (!chunk) {
            step.error = WireJson::invalid(QStringLiteral("a stream chunk is not JSON"), event.data.toUtf8());
            return step;
        }
        if (chunk->contains(QStringLiteral("error")) || event.type == QLatin1StringView("error")) {
            step.error = ProviderError::make(ProviderError::Kind::StreamError,
                                             errorMessage(chunk->value(QStringLiteral("error"))));
            return step;
        }
        step.content = true;
        if (const QString m = chunk->value(QStringLiteral("model")).toString(); !m.isEmpty())
            model = m;
        const QJsonArray choices = chunk->value(QStringLiteral("choices")).toArray();
        if (!choices.isEmpty()) {
            const QJsonObject choice = choices.first().toObject();
            const QJsonValue content
                = choice.value(QStringLiteral("delta")).toObject().value(QStringLiteral("content"));
            if (content.isString())
                step.text = content.toString();
            const QJsonValue reason = choice.value(QStringLiteral("finish_reason"));
            if (reason.isString()) {
                rawFinishReason = reason.toString();
                finish = finishFrom(rawFinishReason);
            }
        }
        if (const QJsonValue u = chunk->value(QStringLiteral("usage")); u.isObject())
            usage = usageFrom(u.toObject());
        return step;
    }
};

} // namespace

HttpRequest OpenAiWire::chatRequest(const QString &baseUrl, const QString &model, const ChatRequest &request,
                                    const QString &key) const
{
    QJsonArray messages;
    if (!request.system.isEmpty())
        messages.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("system")},
                                     {QStringLiteral("content"), request.system}});
    for (const ChatMessage &message : request.messages) {
        messages.append(QJsonObject {
            {QStringLiteral("role"), message.role == Role::User ? QStringLiteral("user") : QStringLiteral("assistant")},
            {QStringLiteral("content"), message.content}});
    }
    QJsonObject body {{QStringLiteral("model"), model},
                      {QStringLiteral("messages"), messages},
                      {QStringLiteral("max_tokens"), request.maxTokens},
                      {QStringLiteral("stream"), request.stream}};
    if (request.stream)
        body.insert(QStringLiteral("stream_options"), QJsonObject {{QStringLiteral("include_usage"), true}});
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.topP)
        body.insert(QStringLiteral("top_p"), *request.topP);
    if (!request.stop.isEmpty())
        body.insert(QStringLiteral("stop"), QJsonArray::fromStringList(request.stop));
    if (request.jsonOutput) {
        if (request.jsonSchema.isEmpty()) {
            body.insert(QStringLiteral("response_format"),
                        QJsonObject {{QStringLiteral("type"), QStringLiteral("json_object")}});
        } else {
            body.insert(QStringLiteral("response_format"),
                        QJsonObject {{QStringLiteral("type"), QStringLiteral("json_schema")},
                                     {QStringLiteral("json_schema"),
                                      QJsonObject {{QStringLiteral("name"), QStringLiteral("response")},
                                                   {QStringLiteral("schema"), request.jsonSchema}}}});
        }
    }

    HttpRequest http;
    http.url = joinUrl(baseUrl, u"/chat/completions");
    http.headers
        = {{"Content-Type", "application/json"}, {"Accept", request.stream ? "text/event-stream" : "application/json"}};
    if (!key.isEmpty())
        http.headers.append({"Authorization", "Bearer " + key.toUtf8()});
    http.body = WireJson::compact(body);
    return http;
}

HttpRequest OpenAiWire::modelsRequest(const QString &baseUrl, const QString &key) const
{
    HttpRequest http;
    http.method = "GET";
    http.url = joinUrl(baseUrl, u"/models");
    if (!key.isEmpty())
        http.headers.append({"Authorization", "Bearer " + key.toUtf8()});
    return http;
}

std::unique_ptr<StreamDecoder> OpenAiWire::newStreamDecoder() const
{
    return std::make_unique<OpenAiStreamDecoder>();
}

std::variant<ChatResult, ProviderError> OpenAiWire::parseResponse(const QByteArray &body) const
{
    const std::optional<QJsonObject> json = WireJson::object(body);
    if (!json)
        return WireJson::invalid(QStringLiteral("the answer is not JSON"), body);
    if (json->contains(QStringLiteral("error")))
        return ProviderError::make(ProviderError::Kind::StreamError,
                                   errorMessage(json->value(QStringLiteral("error"))));
    const QJsonArray choices = json->value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty())
        return WireJson::invalid(QStringLiteral("the answer has no choices"), body);
    const QJsonObject choice = choices.first().toObject();
    const QJsonValue content = choice.value(QStringLiteral("message")).toObject().value(QStringLiteral("content"));
    if (!content.isString() && !content.isNull())
        return WireJson::invalid(QStringLiteral("the answer's message has no text content"), body);
    ChatResult result;
    result.text = content.toString();
    result.rawFinishReason = choice.value(QStringLiteral("finish_reason")).toString();
    result.finish = finishFrom(result.rawFinishReason);
    result.model = json->value(QStringLiteral("model")).toString();
    if (const QJsonValue u = json->value(QStringLiteral("usage")); u.isObject())
        result.usage = usageFrom(u.toObject());
    return result;
}

std::variant<QStringList, ProviderError> OpenAiWire::parseModels(const QByteArray &body) const
{
    return WireJson::dataIds(body);
}

void OpenAiWire::refineError(const QJsonObject &body, ProviderError *error) const
{
    const QJsonValue e = body.value(QStringLiteral("error"));
    error->message = errorMessage(e);
    const QJsonObject object = e.toObject();
    const QString code = object.value(QStringLiteral("code")).toVariant().toString();
    const QString type = object.value(QStringLiteral("type")).toString();
    // A 429 is usually a rate limit, but "insufficient_quota" means the account has no credit left.
    if (code == QLatin1StringView("insufficient_quota") || type == QLatin1StringView("insufficient_quota"))
        error->kind = ProviderError::Kind::QuotaExhausted;
}

} // namespace Dialogsmith::Llm

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/wire/openaiwire.h"

#include "llm/wire/jsonwriter.h"
#include "llm/wire/wirejson.h"

#include <QJsonArray>

#include <simdjson.h>
#include <string>
#include <string_view>

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
        const QByteArray bytes = event.data.toUtf8();
        // Servers that name events (some proxies) still put the chunk in data; only errors are special.
        if (event.type != QLatin1StringView("error") && decodeFast(bytes, step))
            return step;
        const std::optional<QJsonObject> chunk = WireJson::object(bytes);
        if (!chunk) {
            step.error = WireJson::invalid(QStringLiteral("a stream chunk is not JSON"), bytes);
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

private:
    /// Chunks larger than this take the QJsonDocument path, so the thread's parser stays small.
    static constexpr qsizetype fastPathMaxBytes = 64 * 1024;

    /// The same reading as the QJsonDocument path below, with simdjson's validating DOM parser: a stream
    /// brings a chunk per token, and parsing them was the largest cost of a call. Returns false, having
    /// changed nothing, for whatever it does not handle itself (not JSON or not an object, numbers beyond
    /// 64 bits, invalid UTF-8, an error object, large chunks): the QJsonDocument path then decides and words
    /// the message.
    bool decodeFast(QByteArrayView json, Step &step)
    {
        if (json.size() > fastPathMaxBytes)
            return false;
        thread_local simdjson::dom::parser parser;
        simdjson::dom::object chunk;
        if (parser.parse(json.data(), size_t(json.size())).get(chunk) != simdjson::SUCCESS)
            return false;
        if (chunk.at_key("error").error() != simdjson::NO_SUCH_FIELD)
            return false;

        step.content = true;
        if (std::string_view m;
            chunk.at_key("model").get(m) == simdjson::SUCCESS && !m.empty() && m != std::string_view(m_modelBytes)) {
            m_modelBytes = m;
            model = QString::fromUtf8(m.data(), qsizetype(m.size()));
        }
        if (simdjson::dom::array choices; chunk.at_key("choices").get(choices) == simdjson::SUCCESS) {
            simdjson::dom::object choice;
            if (choices.at(0).get(choice) == simdjson::SUCCESS) {
                if (std::string_view text; choice.at_key("delta").at_key("content").get(text) == simdjson::SUCCESS) {
                    step.text = QString::fromUtf8(text.data(), qsizetype(text.size()));
                }
                if (std::string_view reason; choice.at_key("finish_reason").get(reason) == simdjson::SUCCESS) {
                    rawFinishReason = QString::fromUtf8(reason.data(), qsizetype(reason.size()));
                    finish = finishFrom(rawFinishReason);
                }
            }
        }
        if (simdjson::dom::object u; chunk.at_key("usage").get(u) == simdjson::SUCCESS) {
            usage = Usage {};
            usage.reported = true;
            usage.inputTokens = count(u.at_key("prompt_tokens"));
            usage.outputTokens = count(u.at_key("completion_tokens"));
            usage.cachedInputTokens = count(u.at_key("prompt_tokens_details").at_key("cached_tokens"));
        }
        return true;
    }

    /// WireJson::count for a simdjson value: a number clamped to a count, 0 for anything else or nothing.
    static qint64 count(simdjson::simdjson_result<simdjson::dom::element> value)
    {
        double number = 0;
        return value.get_double().get(number) == simdjson::SUCCESS ? WireJson::clampedCount(number) : 0;
    }

    std::string m_modelBytes; ///< the model name as the last chunk sent it: chunks repeat it
};

} // namespace

HttpRequest OpenAiWire::chatRequest(const QString &baseUrl, const QString &model, const ChatRequest &request,
                                    const QString &key) const
{
    qsizetype textSize = request.system.size();
    for (const ChatMessage &message : request.messages)
        textSize += message.content.size();
    JsonWriter body(textSize + 256);
    body.beginObject();
    body.key("model").string(model);
    body.key("messages").beginArray();
    if (!request.system.isEmpty())
        body.beginObject().key("role").string(u"system").key("content").string(request.system).endObject();
    for (const ChatMessage &message : request.messages) {
        body.beginObject()
            .key("role")
            .string(message.role == Role::User ? u"user" : u"assistant")
            .key("content")
            .string(message.content)
            .endObject();
    }
    body.endArray();
    body.key("max_tokens").number(qint64(request.maxTokens));
    body.key("stream").boolean(request.stream);
    if (request.stream)
        body.key("stream_options").beginObject().key("include_usage").boolean(true).endObject();
    if (request.temperature)
        body.key("temperature").number(*request.temperature);
    if (request.topP)
        body.key("top_p").number(*request.topP);
    if (!request.stop.isEmpty()) {
        body.key("stop").beginArray();
        for (const QString &stop : request.stop)
            body.string(stop);
        body.endArray();
    }
    if (request.jsonOutput) {
        body.key("response_format").beginObject();
        if (request.jsonSchema.isEmpty()) {
            body.key("type").string(u"json_object");
        } else {
            body.key("type").string(u"json_schema");
            body.key("json_schema").beginObject();
            body.key("name").string(u"response");
            body.key("schema").raw(WireJson::compact(request.jsonSchema));
            body.endObject();
        }
        body.endObject();
    }
    body.endObject();

    HttpRequest http;
    http.url = joinUrl(baseUrl, u"/chat/completions");
    http.headers
        = {{"Content-Type", "application/json"}, {"Accept", request.stream ? "text/event-stream" : "application/json"}};
    if (!key.isEmpty())
        http.headers.append({"Authorization", "Bearer " + key.toUtf8()});
    http.body = body.take();
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

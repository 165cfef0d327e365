// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/wire/geminiwire.h"

#include "llm/wire/wirejson.h"

#include <QJsonArray>
#include <QUrlQuery>

// Follows the Gemini API reference: GenerateContentRequest (contents with user/model roles,
// systemInstruction, generationConfig with responseMimeType and responseSchema), GenerateContentResponse
// (candidates[].content.parts[].text, finishReason, usageMetadata), streamGenerateContent with alt=sse
// (each event's data is one GenerateContentResponse; there is no [DONE], the final finishReason ends it),
// models.list, and google.rpc errors with RetryInfo, QuotaFailure and ErrorInfo details.
namespace Dialogsmith::Llm {

namespace {

FinishReason finishFrom(const QString &reason)
{
    if (reason == QLatin1StringView("STOP"))
        return FinishReason::Stop;
    if (reason == QLatin1StringView("MAX_TOKENS"))
        return FinishReason::Length;
    if (reason == QLatin1StringView("SAFETY") || reason == QLatin1StringView("RECITATION")
        || reason == QLatin1StringView("BLOCKLIST") || reason == QLatin1StringView("PROHIBITED_CONTENT")
        || reason == QLatin1StringView("SPII"))
        return FinishReason::ContentFilter;
    if (reason == QLatin1StringView("MALFORMED_FUNCTION_CALL"))
        return FinishReason::ToolUse;
    return FinishReason::Other;
}

Usage usageFrom(const QJsonObject &metadata)
{
    Usage u;
    u.reported = true;
    u.inputTokens = WireJson::count(metadata.value(QStringLiteral("promptTokenCount")));
    u.outputTokens = WireJson::count(metadata.value(QStringLiteral("candidatesTokenCount")))
        + WireJson::count(metadata.value(QStringLiteral("thoughtsTokenCount")));
    u.cachedInputTokens = WireJson::count(metadata.value(QStringLiteral("cachedContentTokenCount")));
    return u;
}

QString modelId(const QString &model)
{
    return model.startsWith(QLatin1StringView("models/")) ? model.mid(7) : model;
}

// Text of the first candidate, without thought summaries; the finish reason when the candidate has one.
struct Candidate {
    QString text;
    QString finishReason;
};

Candidate firstCandidate(const QJsonObject &response)
{
    Candidate candidate;
    const QJsonArray candidates = response.value(QStringLiteral("candidates")).toArray();
    if (candidates.isEmpty())
        return candidate;
    const QJsonObject first = candidates.first().toObject();
    for (const QJsonValue &part :
         first.value(QStringLiteral("content")).toObject().value(QStringLiteral("parts")).toArray()) {
        const QJsonObject p = part.toObject();
        if (!p.value(QStringLiteral("thought")).toBool())
            candidate.text += p.value(QStringLiteral("text")).toString();
    }
    candidate.finishReason = first.value(QStringLiteral("finishReason")).toString();
    return candidate;
}

// "2s", "1.5s", "0.250s" (google.protobuf.Duration in JSON).
std::optional<qint64> durationMs(const QString &text)
{
    if (!text.endsWith(u's'))
        return std::nullopt;
    bool ok = false;
    const double seconds = QStringView(text).chopped(1).toDouble(&ok);
    return ok && seconds >= 0 ? std::optional<qint64>(WireJson::clampedCount(seconds * 1000)) : std::nullopt;
}

class GeminiStreamDecoder final : public StreamDecoder
{
public:
    Step decode(const SseEvent &event) override
    {
        Step step;
        const std::optional<QJsonObject> json = WireJson::object(event.data.toUtf8());
        if (!json) {
            step.error = WireJson::invalid(QStringLiteral("a stream event is not JSON"), event.data.toUtf8());
            return step;
        }
        if (json->contains(QStringLiteral("error"))) {
            step.error = ProviderError::make(
                ProviderError::Kind::StreamError,
                json->value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString());
            return step;
        }
        step.content = true;
        if (const QString version = json->value(QStringLiteral("modelVersion")).toString(); !version.isEmpty())
            model = version;
        const Candidate candidate = firstCandidate(*json);
        step.text = candidate.text;
        if (const QJsonValue u = json->value(QStringLiteral("usageMetadata")); u.isObject())
            usage = usageFrom(u.toObject());
        if (!candidate.finishReason.isEmpty()) {
            rawFinishReason = candidate.finishReason;
            finish = finishFrom(rawFinishReason);
            step.terminal = true;
        }
        // A prompt blocked before any candidate: promptFeedback.blockReason, and no candidates at all.
        const QString blocked
            = json->value(QStringLiteral("promptFeedback")).toObject().value(QStringLiteral("blockReason")).toString();
        if (!blocked.isEmpty() && json->value(QStringLiteral("candidates")).toArray().isEmpty()) {
            rawFinishReason = blocked;
            finish = FinishReason::ContentFilter;
            step.terminal = true;
        }
        return step;
    }
};

} // namespace

HttpRequest GeminiWire::chatRequest(const QString &baseUrl, const QString &model, const ChatRequest &request,
                                    const QString &key) const
{
    QJsonArray contents;
    for (const ChatMessage &message : request.messages) {
        contents.append(QJsonObject {
            {QStringLiteral("role"), message.role == Role::User ? QStringLiteral("user") : QStringLiteral("model")},
            {QStringLiteral("parts"), QJsonArray {QJsonObject {{QStringLiteral("text"), message.content}}}}});
    }
    QJsonObject config {{QStringLiteral("maxOutputTokens"), request.maxTokens}};
    if (request.temperature)
        config.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.topP)
        config.insert(QStringLiteral("topP"), *request.topP);
    if (!request.stop.isEmpty())
        config.insert(QStringLiteral("stopSequences"), QJsonArray::fromStringList(request.stop));
    if (request.jsonOutput) {
        config.insert(QStringLiteral("responseMimeType"), QStringLiteral("application/json"));
        if (!request.jsonSchema.isEmpty())
            config.insert(QStringLiteral("responseSchema"), request.jsonSchema);
    }
    QJsonObject body {{QStringLiteral("contents"), contents}, {QStringLiteral("generationConfig"), config}};
    if (!request.system.isEmpty()) {
        body.insert(QStringLiteral("systemInstruction"),
                    QJsonObject {{QStringLiteral("parts"),
                                  QJsonArray {QJsonObject {{QStringLiteral("text"), request.system}}}}});
    }

    HttpRequest http;
    const QString method
        = request.stream ? QStringLiteral(":streamGenerateContent") : QStringLiteral(":generateContent");
    http.url = joinUrl(baseUrl, QString(u"/models/" + modelId(model) + method));
    if (request.stream) {
        QUrlQuery query(http.url);
        query.addQueryItem(QStringLiteral("alt"), QStringLiteral("sse"));
        http.url.setQuery(query);
    }
    http.headers
        = {{"Content-Type", "application/json"}, {"Accept", request.stream ? "text/event-stream" : "application/json"}};
    if (!key.isEmpty())
        http.headers.append({"x-goog-api-key", key.toUtf8()});
    http.body = WireJson::compact(body);
    return http;
}

HttpRequest GeminiWire::modelsRequest(const QString &baseUrl, const QString &key) const
{
    HttpRequest http;
    http.method = "GET";
    http.url = joinUrl(baseUrl, u"/models");
    QUrlQuery query(http.url);
    query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("1000"));
    http.url.setQuery(query);
    if (!key.isEmpty())
        http.headers.append({"x-goog-api-key", key.toUtf8()});
    return http;
}

std::unique_ptr<StreamDecoder> GeminiWire::newStreamDecoder() const
{
    return std::make_unique<GeminiStreamDecoder>();
}

std::variant<ChatResult, ProviderError> GeminiWire::parseResponse(const QByteArray &body) const
{
    const std::optional<QJsonObject> json = WireJson::object(body);
    if (!json)
        return WireJson::invalid(QStringLiteral("the answer is not JSON"), body);
    if (!json->value(QStringLiteral("candidates")).isArray() && !json->contains(QStringLiteral("promptFeedback")))
        return WireJson::invalid(QStringLiteral("the answer has no candidates"), body);
    const Candidate candidate = firstCandidate(*json);
    ChatResult result;
    result.text = candidate.text;
    result.rawFinishReason = candidate.finishReason;
    result.finish = finishFrom(candidate.finishReason);
    if (candidate.finishReason.isEmpty()) {
        result.rawFinishReason
            = json->value(QStringLiteral("promptFeedback")).toObject().value(QStringLiteral("blockReason")).toString();
        result.finish = FinishReason::ContentFilter;
    }
    result.model = json->value(QStringLiteral("modelVersion")).toString();
    if (const QJsonValue u = json->value(QStringLiteral("usageMetadata")); u.isObject())
        result.usage = usageFrom(u.toObject());
    return result;
}

std::variant<QStringList, ProviderError> GeminiWire::parseModels(const QByteArray &body) const
{
    const std::optional<QJsonObject> json = WireJson::object(body);
    if (!json || !json->value(QStringLiteral("models")).isArray())
        return WireJson::invalid(QStringLiteral("the model list is not a JSON object with \"models\""), body);
    QStringList models;
    for (const QJsonValue &value : json->value(QStringLiteral("models")).toArray()) {
        const QJsonObject model = value.toObject();
        const QJsonArray methods = model.value(QStringLiteral("supportedGenerationMethods")).toArray();
        if (!methods.isEmpty() && !methods.contains(QStringLiteral("generateContent")))
            continue;
        if (const QString name = modelId(model.value(QStringLiteral("name")).toString()); !name.isEmpty())
            models.append(name);
    }
    return models;
}

void GeminiWire::refineError(const QJsonObject &body, ProviderError *error) const
{
    const QJsonObject e = body.value(QStringLiteral("error")).toObject();
    error->message = e.value(QStringLiteral("message")).toString();
    bool dailyQuota = false;
    for (const QJsonValue &value : e.value(QStringLiteral("details")).toArray()) {
        const QJsonObject detail = value.toObject();
        const QString type = detail.value(QStringLiteral("@type")).toString();
        if (type.endsWith(QLatin1StringView("google.rpc.RetryInfo"))) {
            if (const auto delay = durationMs(detail.value(QStringLiteral("retryDelay")).toString()))
                error->retryAfterMs = delay;
        } else if (type.endsWith(QLatin1StringView("google.rpc.QuotaFailure"))) {
            for (const QJsonValue &violation : detail.value(QStringLiteral("violations")).toArray()) {
                if (violation.toObject()
                        .value(QStringLiteral("quotaId"))
                        .toString()
                        .contains(QLatin1StringView("PerDay")))
                    dailyQuota = true;
            }
        } else if (type.endsWith(QLatin1StringView("google.rpc.ErrorInfo"))) {
            const QString reason = detail.value(QStringLiteral("reason")).toString();
            if (reason == QLatin1StringView("API_KEY_INVALID")
                || reason == QLatin1StringView("API_KEY_SERVICE_BLOCKED"))
                error->kind = ProviderError::Kind::Unauthorized;
        }
    }
    // A per-day quota does not come back within a run: stop instead of retrying until tomorrow.
    if (error->kind == ProviderError::Kind::RateLimited && dailyQuota)
        error->kind = ProviderError::Kind::QuotaExhausted;
}

} // namespace Dialogsmith::Llm

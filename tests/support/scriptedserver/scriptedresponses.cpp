// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "scriptedserver/scriptedresponses.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Dialogsmith::Test {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString orDefault(const QString &value, const char *fallback)
{
    return value.isEmpty() ? QString::fromLatin1(fallback) : value;
}

int outputTokens(const StreamOptions &options, qsizetype pieces)
{
    return options.outputTokens >= 0 ? options.outputTokens : int(pieces);
}

int wordCount(const QString &text)
{
    return int(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

Response eventStream(const StreamOptions &options)
{
    Response response;
    response.framing = Response::Framing::Chunked;
    response.headersDelayMs = options.latencyMs;
    response.headers = {{"Content-Type", "text/event-stream; charset=utf-8"}, {"Cache-Control", "no-cache"}};
    return response;
}

Response json(int status, const QJsonObject &body)
{
    return Response::withBody(status, "application/json", compact(body));
}

// --- OpenAI ---------------------------------------------------------------------------------------------
// Shapes from the OpenAI API reference, Chat Completions: "The chat completion object" and "The chat
// completion chunk object" (platform.openai.com/docs/api-reference/chat). With
// `stream_options: {"include_usage": true}` "an additional chunk will be streamed before the data: [DONE]
// message. The usage field on this chunk shows the token usage statistics for the entire request, and the
// choices field will always be an empty array. All other chunks will also include a usage field, but with a
// null value." Errors: {"error": {"message", "type", "param", "code"}} (platform.openai.com/docs/guides/
// error-codes).

const char *const openAiId = "chatcmpl-scripted";
const char *const openAiFingerprint = "fp_scripted";

QJsonObject openAiUsage(int input, int output)
{
    return {{QStringLiteral("prompt_tokens"), input},
            {QStringLiteral("completion_tokens"), output},
            {QStringLiteral("total_tokens"), input + output}};
}

struct OpenAiChunks {
    const StreamOptions &options;
    QString model = orDefault(options.model, "gpt-4o-mini");
    qint64 created = QDateTime::currentSecsSinceEpoch();

    QByteArray event(const QJsonArray &choices, const QJsonValue &usage = QJsonValue::Null) const
    {
        QJsonObject chunk {{QStringLiteral("id"), QString::fromLatin1(openAiId)},
                           {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                           {QStringLiteral("created"), created},
                           {QStringLiteral("model"), model},
                           {QStringLiteral("system_fingerprint"), QString::fromLatin1(openAiFingerprint)},
                           {QStringLiteral("choices"), choices}};
        if (options.includeUsage)
            chunk.insert(QStringLiteral("usage"), usage);
        return sseEvent(compact(chunk));
    }

    QByteArray delta(const QJsonObject &delta, const QJsonValue &finishReason = QJsonValue::Null) const
    {
        return event(QJsonArray {QJsonObject {{QStringLiteral("index"), 0},
                                              {QStringLiteral("delta"), delta},
                                              {QStringLiteral("logprobs"), QJsonValue::Null},
                                              {QStringLiteral("finish_reason"), finishReason}}});
    }

    QByteArray prelude() const
    {
        return delta({{QStringLiteral("role"), QStringLiteral("assistant")},
                      {QStringLiteral("content"), QString()},
                      {QStringLiteral("refusal"), QJsonValue::Null}});
    }

    QByteArray text(const QString &piece) const { return delta({{QStringLiteral("content"), piece}}); }
};

Response openAiEventStream(const StreamOptions &options)
{
    Response response = eventStream(options);
    response.headers.append({QByteArray("x-request-id"), QByteArray("req_scripted")});
    return response;
}

// --- Anthropic ------------------------------------------------------------------------------------------
// Shapes from "Streaming Messages" (docs.anthropic.com/en/docs/build-with-claude/streaming, now
// platform.claude.com): "Each stream uses the following event flow: message_start ... a series of content
// blocks, each of which have a content_block_start, one or more content_block_delta events, and a
// content_block_stop event ... One or more message_delta events ... A final message_stop event", with ping
// events dispersed throughout, and "the token counts shown in the usage field of the message_delta event
// are cumulative". Mid-stream errors are `event: error` with {"type": "error", "error": {...}}. Error bodies
// and types per status from docs.anthropic.com/en/api/errors.

QByteArray anthropicEvent(const char *type, QJsonObject data)
{
    data.insert(QStringLiteral("type"), QString::fromLatin1(type));
    return sseEvent(compact(data), type);
}

QJsonObject anthropicMessageObject(const QString &model, const QJsonArray &content, const QJsonValue &stopReason,
                                   int input, int output)
{
    return {{QStringLiteral("id"), QStringLiteral("msg_scripted")},
            {QStringLiteral("type"), QStringLiteral("message")},
            {QStringLiteral("role"), QStringLiteral("assistant")},
            {QStringLiteral("model"), model},
            {QStringLiteral("content"), content},
            {QStringLiteral("stop_reason"), stopReason},
            {QStringLiteral("stop_sequence"), QJsonValue::Null},
            {QStringLiteral("usage"),
             QJsonObject {{QStringLiteral("input_tokens"), input}, {QStringLiteral("output_tokens"), output}}}};
}

QByteArray anthropicPrelude(const StreamOptions &options)
{
    const QString model = orDefault(options.model, "claude-sonnet-4-5");
    return anthropicEvent("message_start",
                          {{QStringLiteral("message"),
                            anthropicMessageObject(model, {}, QJsonValue::Null, options.inputTokens, 1)}})
        + anthropicEvent(
               "content_block_start",
               {{QStringLiteral("index"), 0},
                {QStringLiteral("content_block"),
                 QJsonObject {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), QString()}}}})
        + anthropicEvent("ping", {});
}

QByteArray anthropicTextDelta(const QString &piece)
{
    return anthropicEvent(
        "content_block_delta",
        {{QStringLiteral("index"), 0},
         {QStringLiteral("delta"),
          QJsonObject {{QStringLiteral("type"), QStringLiteral("text_delta")}, {QStringLiteral("text"), piece}}}});
}

QJsonObject anthropicErrorObject(const QString &type, const QString &message)
{
    return {
        {QStringLiteral("type"), QStringLiteral("error")},
        {QStringLiteral("error"), QJsonObject {{QStringLiteral("type"), type}, {QStringLiteral("message"), message}}}};
}

Response anthropicEventStream(const StreamOptions &options)
{
    Response response = eventStream(options);
    response.headers.append({QByteArray("request-id"), QByteArray("req_scripted")});
    return response;
}

// --- Gemini ---------------------------------------------------------------------------------------------
// Shapes from the Gemini API reference, "Generating content" (ai.google.dev/api/generate-content):
// models.streamGenerateContent returns a stream of GenerateContentResponse, with `alt=sse` as server-sent
// events; GenerateContentResponse = {candidates: [{content: {parts: [{text}], role: "model"}, finishReason,
// index}], usageMetadata: {promptTokenCount, candidatesTokenCount, totalTokenCount}, modelVersion,
// responseId}. The service ends each event with CRLF line breaks. Errors are google.rpc.Status,
// {"error": {"code", "message", "status", "details"}} (ai.google.dev/gemini-api/docs/troubleshooting), with a
// google.rpc.RetryInfo detail on 429 (cloud.google.com/apis/design/errors).

QJsonObject geminiUsage(int input, int output)
{
    return {{QStringLiteral("promptTokenCount"), input},
            {QStringLiteral("candidatesTokenCount"), output},
            {QStringLiteral("totalTokenCount"), input + output}};
}

QJsonObject geminiBody(const QString &text, const QString &finishReason, const QString &model, int input, int output)
{
    QJsonObject candidate {
        {QStringLiteral("content"),
         QJsonObject {{QStringLiteral("parts"), QJsonArray {QJsonObject {{QStringLiteral("text"), text}}}},
                      {QStringLiteral("role"), QStringLiteral("model")}}},
        {QStringLiteral("index"), 0}};
    if (!finishReason.isEmpty())
        candidate.insert(QStringLiteral("finishReason"), finishReason);
    return {{QStringLiteral("candidates"), QJsonArray {candidate}},
            {QStringLiteral("usageMetadata"), geminiUsage(input, output)},
            {QStringLiteral("modelVersion"), model},
            {QStringLiteral("responseId"), QStringLiteral("scripted-response")}};
}

QString geminiStatusName(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("INVALID_ARGUMENT");
    case 401:
        return QStringLiteral("UNAUTHENTICATED");
    case 403:
        return QStringLiteral("PERMISSION_DENIED");
    case 404:
        return QStringLiteral("NOT_FOUND");
    case 429:
        return QStringLiteral("RESOURCE_EXHAUSTED");
    case 500:
        return QStringLiteral("INTERNAL");
    case 504:
        return QStringLiteral("DEADLINE_EXCEEDED");
    default:
        return status >= 500 ? QStringLiteral("UNAVAILABLE") : QStringLiteral("FAILED_PRECONDITION");
    }
}

QString anthropicErrorType(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("invalid_request_error");
    case 401:
        return QStringLiteral("authentication_error");
    case 403:
        return QStringLiteral("permission_error");
    case 404:
        return QStringLiteral("not_found_error");
    case 413:
        return QStringLiteral("request_too_large");
    case 429:
        return QStringLiteral("rate_limit_error");
    case 529:
        return QStringLiteral("overloaded_error");
    default:
        return status >= 500 ? QStringLiteral("api_error") : QStringLiteral("invalid_request_error");
    }
}

QString defaultMessage(int status)
{
    switch (status) {
    case 429:
        return QStringLiteral("Rate limit reached: scripted");
    case 529:
        return QStringLiteral("Overloaded");
    default:
        return QStringLiteral("Scripted error %1").arg(status);
    }
}

} // namespace

std::optional<WireFormat> wireFormatFromName(QStringView name)
{
    if (name == u"openai")
        return WireFormat::OpenAi;
    if (name == u"anthropic")
        return WireFormat::Anthropic;
    if (name == u"gemini")
        return WireFormat::Gemini;
    return std::nullopt;
}

QByteArray sseEvent(QByteArrayView data, QByteArrayView event, QByteArrayView lineEnding)
{
    QByteArray out;
    if (!event.isEmpty())
        out += "event: " + event.toByteArray() + lineEnding.toByteArray();
    for (const QByteArray &line : data.toByteArray().split('\n'))
        out += "data: " + line + lineEnding.toByteArray();
    return out + lineEnding.toByteArray();
}

Response openAiStream(const QStringList &pieces, const StreamOptions &options)
{
    const OpenAiChunks chunks {options};
    Response response = openAiEventStream(options);
    response.addPiece(chunks.prelude());
    for (const QString &piece : pieces)
        response.addPiece(chunks.text(piece), options.pieceDelayMs);
    response.addPiece(chunks.delta({}, orDefault(options.finishReason, "stop")));
    if (options.includeUsage)
        response.addPiece(chunks.event({}, openAiUsage(options.inputTokens, outputTokens(options, pieces.size()))));
    response.addPiece("data: [DONE]\n\n");
    return response;
}

Response anthropicStream(const QStringList &pieces, const StreamOptions &options)
{
    Response response = anthropicEventStream(options);
    response.addPiece(anthropicPrelude(options));
    for (const QString &piece : pieces)
        response.addPiece(anthropicTextDelta(piece), options.pieceDelayMs);
    response.addPiece(anthropicEvent("content_block_stop", {{QStringLiteral("index"), 0}}));
    response.addPiece(
        anthropicEvent("message_delta",
                       {{QStringLiteral("delta"),
                         QJsonObject {{QStringLiteral("stop_reason"), orDefault(options.finishReason, "end_turn")},
                                      {QStringLiteral("stop_sequence"), QJsonValue::Null}}},
                        {QStringLiteral("usage"),
                         QJsonObject {{QStringLiteral("output_tokens"), outputTokens(options, pieces.size())}}}}));
    response.addPiece(anthropicEvent("message_stop", {}));
    return response;
}

Response geminiStream(const QStringList &pieces, const StreamOptions &options)
{
    const QString model = orDefault(options.model, "gemini-2.5-flash");
    const int total = outputTokens(options, pieces.size());
    Response response = eventStream(options);
    response.setHeader("Content-Type", "text/event-stream");
    response.addPiece({});
    const QStringList texts = pieces.isEmpty() ? QStringList {QString()} : pieces;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const bool last = i + 1 == texts.size();
        // Usage so far: the last event's counts are the totals.
        const int soFar = last ? total : int(qint64(total) * (i + 1) / texts.size());
        const QString finish = last ? orDefault(options.finishReason, "STOP") : QString();
        response.addPiece(
            sseEvent(compact(geminiBody(texts[i], finish, model, options.inputTokens, soFar)), {}, "\r\n"),
            options.pieceDelayMs);
    }
    return response;
}

Response stream(WireFormat format, const QStringList &pieces, const StreamOptions &options)
{
    switch (format) {
    case WireFormat::OpenAi:
        return openAiStream(pieces, options);
    case WireFormat::Anthropic:
        return anthropicStream(pieces, options);
    case WireFormat::Gemini:
        return geminiStream(pieces, options);
    }
    Q_UNREACHABLE_RETURN(Response());
}

Response openAiCompletion(const QString &text, const StreamOptions &options)
{
    const int output = options.outputTokens >= 0 ? options.outputTokens : wordCount(text);
    Response response
        = json(200,
               {{QStringLiteral("id"), QString::fromLatin1(openAiId)},
                {QStringLiteral("object"), QStringLiteral("chat.completion")},
                {QStringLiteral("created"), QDateTime::currentSecsSinceEpoch()},
                {QStringLiteral("model"), orDefault(options.model, "gpt-4o-mini")},
                {QStringLiteral("system_fingerprint"), QString::fromLatin1(openAiFingerprint)},
                {QStringLiteral("choices"),
                 QJsonArray {QJsonObject {{QStringLiteral("index"), 0},
                                          {QStringLiteral("message"),
                                           QJsonObject {{QStringLiteral("role"), QStringLiteral("assistant")},
                                                        {QStringLiteral("content"), text},
                                                        {QStringLiteral("refusal"), QJsonValue::Null}}},
                                          {QStringLiteral("logprobs"), QJsonValue::Null},
                                          {QStringLiteral("finish_reason"), orDefault(options.finishReason, "stop")}}}},
                {QStringLiteral("usage"), openAiUsage(options.inputTokens, output)}});
    response.headersDelayMs = options.latencyMs;
    response.headers.append({QByteArray("x-request-id"), QByteArray("req_scripted")});
    return response;
}

Response anthropicMessage(const QString &text, const StreamOptions &options)
{
    const int output = options.outputTokens >= 0 ? options.outputTokens : wordCount(text);
    const QJsonArray content {
        QJsonObject {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}}};
    Response response
        = json(200,
               anthropicMessageObject(orDefault(options.model, "claude-sonnet-4-5"), content,
                                      orDefault(options.finishReason, "end_turn"), options.inputTokens, output));
    response.headersDelayMs = options.latencyMs;
    response.headers.append({QByteArray("request-id"), QByteArray("req_scripted")});
    return response;
}

Response geminiResponse(const QString &text, const StreamOptions &options)
{
    const int output = options.outputTokens >= 0 ? options.outputTokens : wordCount(text);
    Response response = json(200,
                             geminiBody(text, orDefault(options.finishReason, "STOP"),
                                        orDefault(options.model, "gemini-2.5-flash"), options.inputTokens, output));
    response.headersDelayMs = options.latencyMs;
    return response;
}

Response completion(WireFormat format, const QString &text, const StreamOptions &options)
{
    switch (format) {
    case WireFormat::OpenAi:
        return openAiCompletion(text, options);
    case WireFormat::Anthropic:
        return anthropicMessage(text, options);
    case WireFormat::Gemini:
        return geminiResponse(text, options);
    }
    Q_UNREACHABLE_RETURN(Response());
}

Response openAiError(int status, const QString &message, const QString &type, const QString &code)
{
    return json(
        status,
        {{QStringLiteral("error"),
          QJsonObject {{QStringLiteral("message"), message},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("param"), QJsonValue::Null},
                       {QStringLiteral("code"), code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code)}}}});
}

Response anthropicError(int status, const QString &type, const QString &message)
{
    QJsonObject body = anthropicErrorObject(type, message);
    body.insert(QStringLiteral("request_id"), QStringLiteral("req_scripted"));
    Response response = json(status, body);
    response.headers.append({QByteArray("request-id"), QByteArray("req_scripted")});
    return response;
}

Response geminiError(int status, const QString &message, const QString &statusName, int retryDelaySeconds)
{
    QJsonObject error {
        {QStringLiteral("code"), status}, {QStringLiteral("message"), message}, {QStringLiteral("status"), statusName}};
    if (retryDelaySeconds >= 0) {
        error.insert(QStringLiteral("details"),
                     QJsonArray {QJsonObject {
                         {QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.RetryInfo")},
                         {QStringLiteral("retryDelay"), QStringLiteral("%1s").arg(retryDelaySeconds)}}});
    }
    return json(status, {{QStringLiteral("error"), error}});
}

Response errorResponse(WireFormat format, int status, const QString &message)
{
    const QString text = message.isEmpty() ? defaultMessage(status) : message;
    switch (format) {
    case WireFormat::OpenAi:
        if (status == 429)
            return openAiError(status, text, QStringLiteral("requests"), QStringLiteral("rate_limit_exceeded"));
        return openAiError(status, text,
                           status >= 500 ? QStringLiteral("server_error") : QStringLiteral("invalid_request_error"));
    case WireFormat::Anthropic:
        return anthropicError(status, anthropicErrorType(status), text);
    case WireFormat::Gemini:
        return geminiError(status, text, geminiStatusName(status));
    }
    Q_UNREACHABLE_RETURN(Response());
}

Response anthropicStreamError(const QStringList &piecesBefore, const QString &type, const QString &message,
                              const StreamOptions &options)
{
    Response response = anthropicEventStream(options);
    response.addPiece(anthropicPrelude(options));
    for (const QString &piece : piecesBefore)
        response.addPiece(anthropicTextDelta(piece), options.pieceDelayMs);
    response.addPiece(sseEvent(compact(anthropicErrorObject(type, message)), "error"));
    return response;
}

Response openAiStreamError(const QStringList &piecesBefore, const QString &message, const QString &type,
                           const StreamOptions &options)
{
    const OpenAiChunks chunks {options};
    Response response = openAiEventStream(options);
    response.addPiece(chunks.prelude());
    for (const QString &piece : piecesBefore)
        response.addPiece(chunks.text(piece), options.pieceDelayMs);
    response.addPiece(sseEvent(compact({{QStringLiteral("error"),
                                         QJsonObject {{QStringLiteral("message"), message},
                                                      {QStringLiteral("type"), type},
                                                      {QStringLiteral("param"), QJsonValue::Null},
                                                      {QStringLiteral("code"), QJsonValue::Null}}}})));
    return response;
}

Response rateLimitedRetryAfter(int seconds, WireFormat format)
{
    return rateLimited(format).setHeader("Retry-After", QByteArray::number(seconds));
}

Response rateLimitedRetryAfterMs(int milliseconds, WireFormat format)
{
    return rateLimited(format).setHeader("retry-after-ms", QByteArray::number(milliseconds));
}

Response rateLimited(WireFormat format)
{
    return errorResponse(format, 429);
}

Response overloaded()
{
    return anthropicError(529, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded"));
}

Response serverError(int status, WireFormat format)
{
    return errorResponse(format, status);
}

Response keepAliveForever(int intervalMs)
{
    Response response = eventStream({});
    response.repeatForever = BodyPiece {keepAliveComment(), intervalMs};
    return response;
}

QByteArray keepAliveComment()
{
    return ": keep-alive\n\n";
}

QByteArray invalidJsonEvent(WireFormat format)
{
    switch (format) {
    case WireFormat::OpenAi:
        return "data: {\"id\":\"chatcmpl-scripted\",\"choices\":[{\"delta\":{\"content\":\"cut\n\n";
    case WireFormat::Anthropic:
        return "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\n\n";
    case WireFormat::Gemini:
        return "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"cut\r\n\r\n";
    }
    Q_UNREACHABLE_RETURN(QByteArray());
}

} // namespace Dialogsmith::Test

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scriptedserver/scriptedserver.h"

#include <QString>
#include <QStringList>

#include <optional>

// Responses in the providers' documented wire formats, and the faults real servers produce now and then,
// for ScriptedServer. Every builder returns a plain Response that a test can still change.
namespace Dialogsmith::Test {

enum class WireFormat { OpenAi, Anthropic, Gemini };

/// "openai", "anthropic" or "gemini".
std::optional<WireFormat> wireFormatFromName(QStringView name);

struct StreamOptions {
    int pieceDelayMs = 0; ///< wait before each text piece: 1000 / tokens per second
    int latencyMs = 0; ///< wait before the response head: the time to first byte
    QString model = {}; ///< empty: "gpt-4o-mini", "claude-sonnet-4-5" or "gemini-2.5-flash"
    QString finishReason = {}; ///< empty: "stop", "end_turn" or "STOP"
    int inputTokens = 12;
    int outputTokens = -1; ///< -1: one per text piece (one per word for the non-streaming bodies)
    bool includeUsage = true; ///< OpenAI: the usage chunk that `stream_options.include_usage` asks for
};

/// One server-sent event: `event:` (when given), one `data:` line per line of `data`, an empty line.
QByteArray sseEvent(QByteArrayView data, QByteArrayView event = {}, QByteArrayView lineEnding = "\n");

// Streams. Piece 0 is the prelude (empty for Gemini), pieces 1..n carry the text pieces, each after
// `pieceDelayMs`; the tail follows at once. Chunked, `text/event-stream`.

/// OpenAI chat completions with `stream: true`: `data: {chat.completion.chunk}` events (role, one per text
/// piece, the finish_reason chunk, the usage chunk with empty `choices`), then `data: [DONE]`.
Response openAiStream(const QStringList &pieces, const StreamOptions &options = {});
/// Anthropic messages with `stream: true`: message_start, content_block_start, ping, one content_block_delta
/// (text_delta) per piece, content_block_stop, message_delta (stop_reason, cumulative usage), message_stop.
Response anthropicStream(const QStringList &pieces, const StreamOptions &options = {});
/// Gemini streamGenerateContent?alt=sse: one `data: {GenerateContentResponse}` per piece, CRLF line ends as
/// the service sends them; the last carries finishReason; each carries usageMetadata so far.
Response geminiStream(const QStringList &pieces, const StreamOptions &options = {});
Response stream(WireFormat format, const QStringList &pieces, const StreamOptions &options = {});

// Complete (non-streaming) answers, `application/json`.
Response openAiCompletion(const QString &text, const StreamOptions &options = {});
Response anthropicMessage(const QString &text, const StreamOptions &options = {});
Response geminiResponse(const QString &text, const StreamOptions &options = {});
Response completion(WireFormat format, const QString &text, const StreamOptions &options = {});

// Error answers.

/// `{"error":{"message","type","param":null,"code"}}`; an empty `code` is null.
Response openAiError(int status, const QString &message, const QString &type, const QString &code = {});
/// `{"type":"error","error":{"type","message"},"request_id"}`
Response anthropicError(int status, const QString &type, const QString &message);
/// `{"error":{"code","message","status","details":[RetryInfo]}}`; no details when `retryDelaySeconds` < 0.
Response geminiError(int status, const QString &message, const QString &statusName, int retryDelaySeconds = -1);
/// The error each provider sends for `status` (429, 500, 502, 503, 529, 400, 401, 403, 404, ...).
Response errorResponse(WireFormat format, int status, const QString &message = {});
/// An Anthropic stream that breaks off after `piecesBefore` with `event: error` (HTTP status stays 200).
Response anthropicStreamError(const QStringList &piecesBefore, const QString &type, const QString &message,
                              const StreamOptions &options = {});
/// An OpenAI-compatible stream (vLLM, llama.cpp, OpenRouter) that breaks off with `data: {"error":{...}}`.
Response openAiStreamError(const QStringList &piecesBefore, const QString &message, const QString &type,
                           const StreamOptions &options = {});

// Faults.

/// 429 with `Retry-After: seconds`.
Response rateLimitedRetryAfter(int seconds, WireFormat format = WireFormat::OpenAi);
/// 429 with `retry-after-ms: milliseconds` (what OpenAI sends and its SDKs read first).
Response rateLimitedRetryAfterMs(int milliseconds, WireFormat format = WireFormat::OpenAi);
/// 429 without a hint.
Response rateLimited(WireFormat format = WireFormat::OpenAi);
/// Anthropic's 529 `overloaded_error`.
Response overloaded();
/// 500, 502, 503 or another 5xx in the provider's error shape.
Response serverError(int status, WireFormat format = WireFormat::OpenAi);
/// A 200 event stream that sends only `: keep-alive` comments, every `intervalMs`, until the client leaves.
Response keepAliveForever(int intervalMs);
/// `: keep-alive\n\n`
QByteArray keepAliveComment();
/// An event of the format whose `data:` is cut-off JSON. Put it in a stream with Response::insertPiece.
QByteArray invalidJsonEvent(WireFormat format);

} // namespace Dialogsmith::Test

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/wire/wireformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Dialogsmith::Llm;

namespace {

QJsonObject bodyOf(const HttpRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

ChatRequest conversation()
{
    ChatRequest request;
    request.system = QStringLiteral("You are a patient tutor.");
    request.messages = {{Role::User, QStringLiteral("What is a derivative?")},
                        {Role::Assistant, QStringLiteral("A rate of change.")},
                        {Role::User, QStringLiteral("Show an example.")}};
    request.maxTokens = 300;
    request.temperature = 0.7;
    request.topP = 0.9;
    request.stop = {QStringLiteral("END")};
    return request;
}

// Feeds a whole body through the SSE reader and a decoder, as the client does.
struct Decoded {
    QString text;
    bool terminal = false;
    std::optional<ProviderError> error;
    std::unique_ptr<StreamDecoder> decoder;
};

Decoded decode(ProviderKind kind, const QByteArray &body)
{
    Decoded out;
    out.decoder = WireFormat::forKind(kind).newStreamDecoder();
    SseReader reader;
    for (const SseEvent &event : reader.feed(body)) {
        const StreamDecoder::Step step = out.decoder->decode(event);
        if (step.error) {
            out.error = step.error;
            break;
        }
        out.text += step.text;
        if (step.terminal) {
            out.terminal = true;
            break;
        }
    }
    return out;
}

const QByteArray openAiStream
    = "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini-2024-07-18\","
      "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}\n\n"
      "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini-2024-07-18\","
      "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hello\"},\"finish_reason\":null}]}\n\n"
      "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini-2024-07-18\","
      "\"choices\":[{\"index\":0,\"delta\":{\"content\":\", wörld\"},\"finish_reason\":null}]}\n\n"
      "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini-2024-07-18\","
      "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"length\"}]}\n\n"
      "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[],"
      "\"usage\":{\"prompt_tokens\":50,\"completion_tokens\":3,\"total_tokens\":53,"
      "\"prompt_tokens_details\":{\"cached_tokens\":32}}}\n\n"
      "data: [DONE]\n\n";

const QByteArray anthropicStream
    = "event: message_start\n"
      "data: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\","
      "\"model\":\"claude-sonnet-4-5\",\"content\":[],\"stop_reason\":null,\"usage\":{\"input_tokens\":20,"
      "\"cache_creation_input_tokens\":100,\"cache_read_input_tokens\":400,\"output_tokens\":1}}}\n\n"
      "event: content_block_start\n"
      "data: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n"
      "event: ping\ndata: {\"type\": \"ping\"}\n\n"
      "event: content_block_delta\n"
      "data: "
      "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Bonjour\"}}\n\n"
      "event: content_block_delta\n"
      "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\" à "
      "tous\"}}\n\n"
      "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
      "event: message_delta\n"
      "data: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\",\"stop_sequence\":null},"
      "\"usage\":{\"output_tokens\":15}}\n\n"
      "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";

const QByteArray geminiStream
    = "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Guten\"}],\"role\": \"model\"}}],"
      "\"usageMetadata\": {\"promptTokenCount\": 9,\"totalTokenCount\": 9},\"modelVersion\": "
      "\"gemini-2.5-flash\"}\r\n\r\n"
      "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"thinking…\", \"thought\": true},"
      "{\"text\": \" Tag\"}],\"role\": \"model\"},\"finishReason\": \"STOP\"}],"
      "\"usageMetadata\": {\"promptTokenCount\": 9,\"candidatesTokenCount\": 2,\"thoughtsTokenCount\": 5,"
      "\"cachedContentTokenCount\": 4,\"totalTokenCount\": 16},\"modelVersion\": \"gemini-2.5-flash\"}\r\n\r\n";

} // namespace

class WireFormatTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinUrl_honoursTheBaseExactly_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("openai") << QStringLiteral("https://api.openai.com/v1")
                                << QStringLiteral("https://api.openai.com/v1/chat/completions");
        QTest::newRow("trailing slash") << QStringLiteral("http://127.0.0.1:8080/v1/")
                                        << QStringLiteral("http://127.0.0.1:8080/v1/chat/completions");
        QTest::newRow("proxy path") << QStringLiteral("https://gateway.example.com/team-a/openai/v1")
                                    << QStringLiteral("https://gateway.example.com/team-a/openai/v1/chat/completions");
        QTest::newRow("query kept") << QStringLiteral("https://azure.example.com/deploy?api-version=2024-10-21")
                                    << QStringLiteral(
                                           "https://azure.example.com/deploy/chat/completions?api-version=2024-10-21");
    }

    void joinUrl_honoursTheBaseExactly()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        QCOMPARE(joinUrl(base, u"/chat/completions").toString(), expected);
    }

    void openAi_requestCarriesEverySetting()
    {
        ChatRequest request = conversation();
        request.jsonOutput = true;
        const HttpRequest http = WireFormat::forKind(ProviderKind::OpenAiCompatible)
                                     .chatRequest(QStringLiteral("http://localhost:11434/v1"),
                                                  QStringLiteral("llama3.2"), request, QStringLiteral("sk-secret"));
        QCOMPARE(http.url.toString(), QStringLiteral("http://localhost:11434/v1/chat/completions"));
        QCOMPARE(http.header("authorization"), QByteArray("Bearer sk-secret"));
        QCOMPARE(http.header("Accept"), QByteArray("text/event-stream"));
        const QJsonObject body = bodyOf(http);
        QCOMPARE(body.value(u"model").toString(), QStringLiteral("llama3.2"));
        QCOMPARE(body.value(u"stream").toBool(), true);
        QCOMPARE(body.value(u"stream_options").toObject().value(u"include_usage").toBool(), true);
        QCOMPARE(body.value(u"max_tokens").toInt(), 300);
        QCOMPARE(body.value(u"temperature").toDouble(), 0.7);
        QCOMPARE(body.value(u"top_p").toDouble(), 0.9);
        QCOMPARE(body.value(u"stop").toArray().first().toString(), QStringLiteral("END"));
        QCOMPARE(body.value(u"response_format").toObject().value(u"type").toString(), QStringLiteral("json_object"));
        const QJsonArray messages = body.value(u"messages").toArray();
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages.at(0).toObject().value(u"role").toString(), QStringLiteral("system"));
        QCOMPARE(messages.at(2).toObject().value(u"role").toString(), QStringLiteral("assistant"));
        QCOMPARE(messages.at(3).toObject().value(u"content").toString(), QStringLiteral("Show an example."));
    }

    void openAi_withoutKeySendsNoAuthorization()
    {
        const HttpRequest http
            = WireFormat::forKind(ProviderKind::OpenAiCompatible)
                  .chatRequest(QStringLiteral("http://127.0.0.1:8080/v1"), QStringLiteral("m"), conversation(), {});
        QVERIFY(http.header("Authorization").isEmpty());
    }

    void openAi_streamDecodesTextFinishAndUsage()
    {
        const Decoded d = decode(ProviderKind::OpenAiCompatible, openAiStream);
        QVERIFY(!d.error);
        QVERIFY(d.terminal);
        QCOMPARE(d.text, QStringLiteral("Hello, wörld"));
        QCOMPARE(d.decoder->finish, FinishReason::Length);
        QCOMPARE(d.decoder->rawFinishReason, QStringLiteral("length"));
        QCOMPARE(d.decoder->model, QStringLiteral("gpt-4o-mini-2024-07-18"));
        QCOMPARE(d.decoder->usage.inputTokens, 50);
        QCOMPARE(d.decoder->usage.outputTokens, 3);
        QCOMPARE(d.decoder->usage.cachedInputTokens, 32);
        QVERIFY(d.decoder->usage.reported);
    }

    void openAi_errorChunkAfter200IsAFailure()
    {
        const Decoded d
            = decode(ProviderKind::OpenAiCompatible,
                     "data: {\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}\n\n"
                     "data: {\"error\":{\"message\":\"upstream overloaded\",\"type\":\"server_error\"}}\n\n");
        QVERIFY(d.error);
        QCOMPARE(d.error->kind, ProviderError::Kind::StreamError);
        QCOMPARE(d.error->message, QStringLiteral("upstream overloaded"));
    }

    void openAi_invalidJsonIsNamed()
    {
        const Decoded d = decode(ProviderKind::OpenAiCompatible, "data: {\"choices\": [tru\n\n");
        QVERIFY(d.error);
        QCOMPARE(d.error->kind, ProviderError::Kind::InvalidResponse);
        QVERIFY(d.error->message.contains(QStringLiteral("not JSON")));
    }

    void openAi_requestWithSchemaAndAwkwardText()
    {
        ChatRequest request = conversation();
        request.jsonOutput = true;
        request.jsonSchema = QJsonObject {{QStringLiteral("type"), QStringLiteral("object")},
                                          {QStringLiteral("required"), QJsonArray {QStringLiteral("q")}}};
        request.messages.last().content
            = QStringLiteral("Quote \"this\", a tab\t, a NUL ") + QChar(0) + QStringLiteral(", 😀 and a backslash \\");
        request.temperature.reset();
        const HttpRequest http = WireFormat::forKind(ProviderKind::OpenAiCompatible)
                                     .chatRequest(QStringLiteral("http://h/v1"), QStringLiteral("m"), request, {});
        QJsonParseError error;
        const QJsonObject body = QJsonDocument::fromJson(http.body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(!body.contains(u"temperature"));
        const QJsonObject format = body.value(u"response_format").toObject();
        QCOMPARE(format.value(u"type").toString(), QStringLiteral("json_schema"));
        QCOMPARE(format.value(u"json_schema").toObject().value(u"name").toString(), QStringLiteral("response"));
        QCOMPARE(format.value(u"json_schema").toObject().value(u"schema").toObject(), request.jsonSchema);
        QCOMPARE(body.value(u"messages").toArray().last().toObject().value(u"content").toString(),
                 request.messages.last().content);
    }

    void openAi_chunksOutsideTheFastReaderAreStillRead()
    {
        // Invalid UTF-8, numbers beyond 64 bits and an error-typed event take the QJsonDocument path.
        const Decoded d = decode(ProviderKind::OpenAiCompatible,
                                 "data: {\"choices\":[{\"delta\":{\"content\":\"caf\xc3\"}}]}\n\n"
                                 "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":1e30,"
                                 "\"completion_tokens\":123456789012345678901234567890}}\n\n"
                                 "data: [DONE]\n\n");
        QVERIFY(!d.error);
        QCOMPARE(d.text, QStringLiteral("caf\uFFFD"));
        QCOMPARE(d.decoder->usage.inputTokens, qint64(1e15));
        QCOMPARE(d.decoder->usage.outputTokens, qint64(1e15));
        const Decoded e = decode(ProviderKind::OpenAiCompatible,
                                 "event: error\ndata: {\"choices\":[{\"delta\":{\"content\":\"x\"}}]}\n\n");
        QVERIFY(e.error);
        QCOMPARE(e.error->kind, ProviderError::Kind::StreamError);
    }

    void openAi_nonStreamedAnswer()
    {
        const auto parsed = WireFormat::forKind(ProviderKind::OpenAiCompatible)
                                .parseResponse("{\"model\":\"tiny\",\"choices\":[{\"message\":{\"role\":\"assistant\","
                                               "\"content\":\"Hello from a tiny model.\"},\"finish_reason\":\"stop\"}],"
                                               "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":7}}");
        const ChatResult result = std::get<ChatResult>(parsed);
        QCOMPARE(result.text, QStringLiteral("Hello from a tiny model."));
        QCOMPARE(result.finish, FinishReason::Stop);
        QCOMPARE(result.usage.inputTokens, 12);
        QCOMPARE(result.usage.outputTokens, 7);
    }

    void openAi_insufficientQuotaStopsInsteadOfRetrying()
    {
        const ProviderError e = WireFormat::forKind(ProviderKind::OpenAiCompatible)
                                    .parseError(429,
                                                "{\"error\":{\"message\":\"You exceeded your current quota\","
                                                "\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}",
                                                {}, {});
        QCOMPARE(e.kind, ProviderError::Kind::QuotaExhausted);
        QVERIFY(!e.isRetryable());
        QVERIFY(e.stopsProfile());
    }

    void errors_classifiedByStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ProviderError::Kind>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("400") << 400 << ProviderError::Kind::BadRequest << false;
        QTest::newRow("401") << 401 << ProviderError::Kind::Unauthorized << false;
        QTest::newRow("403") << 403 << ProviderError::Kind::Unauthorized << false;
        QTest::newRow("404") << 404 << ProviderError::Kind::NotFound << false;
        QTest::newRow("408") << 408 << ProviderError::Kind::ServerError << true;
        QTest::newRow("409") << 409 << ProviderError::Kind::ServerError << true;
        QTest::newRow("429") << 429 << ProviderError::Kind::RateLimited << true;
        QTest::newRow("500") << 500 << ProviderError::Kind::ServerError << true;
        QTest::newRow("502") << 502 << ProviderError::Kind::ServerError << true;
        QTest::newRow("503") << 503 << ProviderError::Kind::Overloaded << true;
        QTest::newRow("504") << 504 << ProviderError::Kind::ServerError << true;
        QTest::newRow("529") << 529 << ProviderError::Kind::Overloaded << true;
    }

    void errors_classifiedByStatus()
    {
        QFETCH(int, status);
        QFETCH(ProviderError::Kind, kind);
        QFETCH(bool, retryable);
        const ProviderError e
            = WireFormat::forKind(ProviderKind::OpenAiCompatible).parseError(status, "<html>oops</html>", {}, {});
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.isRetryable(), retryable);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.message, QStringLiteral("<html>oops</html>"));
    }

    void retryAfter_headersAreHonoured()
    {
        QCOMPARE(parseRetryAfter("7", {}), std::optional<qint64>(7000));
        QCOMPARE(parseRetryAfter("1.5", {}), std::optional<qint64>(1500));
        QCOMPARE(parseRetryAfter("7", "250"), std::optional<qint64>(250));
        QCOMPARE(parseRetryAfter({}, {}), std::nullopt);
        QCOMPARE(parseRetryAfter("soon", {}), std::nullopt);
        const QByteArray date = QLocale::c()
                                    .toString(QDateTime::currentDateTimeUtc().addSecs(30),
                                              QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                    .toLatin1();
        const std::optional<qint64> fromDate = parseRetryAfter(date, {});
        QVERIFY(fromDate);
        QVERIFY2(*fromDate > 25000 && *fromDate <= 30000, qPrintable(QString::number(*fromDate)));
    }

    void anthropic_requestUsesItsHeadersAndCachesTheStablePrefix()
    {
        const HttpRequest http
            = WireFormat::forKind(ProviderKind::Anthropic)
                  .chatRequest(QStringLiteral("https://api.anthropic.com"), QStringLiteral("claude-sonnet-4-5"),
                               conversation(), QStringLiteral("sk-ant-secret"));
        QCOMPARE(http.url.toString(), QStringLiteral("https://api.anthropic.com/v1/messages"));
        QCOMPARE(http.header("x-api-key"), QByteArray("sk-ant-secret"));
        QCOMPARE(http.header("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(http.header("Authorization").isEmpty());
        const QJsonObject body = bodyOf(http);
        QCOMPARE(body.value(u"max_tokens").toInt(), 300);
        QCOMPARE(body.value(u"stop_sequences").toArray().first().toString(), QStringLiteral("END"));
        const QJsonObject system = body.value(u"system").toArray().first().toObject();
        QCOMPARE(system.value(u"text").toString(), QStringLiteral("You are a patient tutor."));
        QCOMPARE(system.value(u"cache_control").toObject().value(u"type").toString(), QStringLiteral("ephemeral"));
        const QJsonArray messages = body.value(u"messages").toArray();
        QCOMPARE(messages.size(), 3);
        // The breakpoint sits on the last message of the history, not on the new question.
        QVERIFY(!messages.at(0).toObject().value(u"content").toArray().first().toObject().contains(u"cache_control"));
        QVERIFY(messages.at(1).toObject().value(u"content").toArray().first().toObject().contains(u"cache_control"));
        QVERIFY(!messages.at(2).toObject().value(u"content").toArray().first().toObject().contains(u"cache_control"));
    }

    void anthropic_noCachingWhenNotAsked()
    {
        ChatRequest request = conversation();
        request.cachePrefix = false;
        const HttpRequest http
            = WireFormat::forKind(ProviderKind::Anthropic)
                  .chatRequest(QStringLiteral("https://api.anthropic.com"), QStringLiteral("m"), request, {});
        QVERIFY(!http.body.contains("cache_control"));
    }

    void anthropic_streamDecodesCumulativeUsageAndIgnoresPings()
    {
        const Decoded d = decode(ProviderKind::Anthropic, anthropicStream);
        QVERIFY(!d.error);
        QVERIFY(d.terminal);
        QCOMPARE(d.text, QStringLiteral("Bonjour à tous"));
        QCOMPARE(d.decoder->finish, FinishReason::Stop);
        QCOMPARE(d.decoder->rawFinishReason, QStringLiteral("end_turn"));
        QCOMPARE(d.decoder->usage.inputTokens, 520);
        QCOMPARE(d.decoder->usage.cachedInputTokens, 400);
        QCOMPARE(d.decoder->usage.cacheWriteTokens, 100);
        QCOMPARE(d.decoder->usage.outputTokens, 15);
        QCOMPARE(d.decoder->model, QStringLiteral("claude-sonnet-4-5"));
    }

    void anthropic_pingIsNotContent()
    {
        auto decoder = WireFormat::forKind(ProviderKind::Anthropic).newStreamDecoder();
        const StreamDecoder::Step step
            = decoder->decode({QStringLiteral("ping"), QStringLiteral("{\"type\": \"ping\"}"), {}});
        QVERIFY(!step.content);
        QVERIFY(!step.error);
    }

    void anthropic_errorEventAfter200()
    {
        const Decoded d = decode(ProviderKind::Anthropic,
                                 "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\","
                                 "\"message\":\"Overloaded\"}}\n\n");
        QVERIFY(d.error);
        QCOMPARE(d.error->kind, ProviderError::Kind::Overloaded);
        QVERIFY(d.error->isRetryable());
    }

    void anthropic_unknownEventsAreIgnored()
    {
        const Decoded d
            = decode(ProviderKind::Anthropic,
                     "event: brand_new_thing\ndata: {\"type\":\"brand_new_thing\",\"x\":1}\n\n" + anthropicStream);
        QVERIFY(!d.error);
        QCOMPARE(d.text, QStringLiteral("Bonjour à tous"));
    }

    void anthropic_errorsRefined()
    {
        const WireFormat &wire = WireFormat::forKind(ProviderKind::Anthropic);
        QCOMPARE(
            wire.parseError(529,
                            "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}",
                            {}, {})
                .kind,
            ProviderError::Kind::Overloaded);
        const ProviderError credit = wire.parseError(
            400,
            "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Your credit balance is "
            "too low to access the Anthropic API.\"}}",
            {}, {});
        QCOMPARE(credit.kind, ProviderError::Kind::QuotaExhausted);
        QVERIFY(credit.message.contains(QStringLiteral("credit balance")));
        const ProviderError limited = wire.parseError(
            429, "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"slow down\"}}", "12", {});
        QCOMPARE(limited.kind, ProviderError::Kind::RateLimited);
        QCOMPARE(limited.retryAfterMs, std::optional<qint64>(12000));
    }

    void anthropic_nonStreamedAnswerAndModels()
    {
        const WireFormat &wire = WireFormat::forKind(ProviderKind::Anthropic);
        const auto parsed
            = wire.parseResponse("{\"content\":[{\"type\":\"text\",\"text\":\"Hi "
                                 "\"},{\"type\":\"text\",\"text\":\"there\"}],\"model\":\"claude\","
                                 "\"stop_reason\":\"max_tokens\",\"usage\":{\"input_tokens\":10,\"output_tokens\":4}}");
        const ChatResult result = std::get<ChatResult>(parsed);
        QCOMPARE(result.text, QStringLiteral("Hi there"));
        QCOMPARE(result.finish, FinishReason::Length);
        QCOMPARE(result.usage.inputTokens, 10);
        const auto models = wire.parseModels(
            "{\"data\":[{\"type\":\"model\",\"id\":\"claude-sonnet-4-5\",\"display_name\":\"Claude Sonnet 4.5\"},"
            "{\"type\":\"model\",\"id\":\"claude-haiku-4-5\"}],\"has_more\":false}");
        QCOMPARE(std::get<QStringList>(models),
                 (QStringList {QStringLiteral("claude-sonnet-4-5"), QStringLiteral("claude-haiku-4-5")}));
    }

    void gemini_requestUsesItsUrlAndShape()
    {
        ChatRequest request = conversation();
        request.jsonOutput = true;
        request.jsonSchema = QJsonObject {{QStringLiteral("type"), QStringLiteral("OBJECT")}};
        const HttpRequest http
            = WireFormat::forKind(ProviderKind::Gemini)
                  .chatRequest(QStringLiteral("https://generativelanguage.googleapis.com/v1beta"),
                               QStringLiteral("models/gemini-2.5-flash"), request, QStringLiteral("AIza-secret"));
        QCOMPARE(http.url.path(), QStringLiteral("/v1beta/models/gemini-2.5-flash:streamGenerateContent"));
        QCOMPARE(QUrlQuery(http.url).queryItemValue(QStringLiteral("alt")), QStringLiteral("sse"));
        QVERIFY(!http.url.toString().contains(QStringLiteral("AIza")));
        QCOMPARE(http.header("x-goog-api-key"), QByteArray("AIza-secret"));
        const QJsonObject body = bodyOf(http);
        QCOMPARE(body.value(u"systemInstruction")
                     .toObject()
                     .value(u"parts")
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"text")
                     .toString(),
                 QStringLiteral("You are a patient tutor."));
        const QJsonArray contents = body.value(u"contents").toArray();
        QCOMPARE(contents.size(), 3);
        QCOMPARE(contents.at(1).toObject().value(u"role").toString(), QStringLiteral("model"));
        const QJsonObject config = body.value(u"generationConfig").toObject();
        QCOMPARE(config.value(u"maxOutputTokens").toInt(), 300);
        QCOMPARE(config.value(u"topP").toDouble(), 0.9);
        QCOMPARE(config.value(u"stopSequences").toArray().first().toString(), QStringLiteral("END"));
        QCOMPARE(config.value(u"responseMimeType").toString(), QStringLiteral("application/json"));
        QCOMPARE(config.value(u"responseSchema").toObject().value(u"type").toString(), QStringLiteral("OBJECT"));

        request.stream = false;
        const HttpRequest plain = WireFormat::forKind(ProviderKind::Gemini)
                                      .chatRequest(QStringLiteral("https://generativelanguage.googleapis.com/v1beta"),
                                                   QStringLiteral("gemini-2.5-flash"), request, {});
        QCOMPARE(plain.url.path(), QStringLiteral("/v1beta/models/gemini-2.5-flash:generateContent"));
        QVERIFY(!plain.url.hasQuery());
    }

    void gemini_streamEndsOnFinishReasonAndSkipsThoughts()
    {
        // A trailing event after the finish must not be read: the server may keep the socket open.
        const Decoded d = decode(ProviderKind::Gemini, geminiStream + "data: {not json}\r\n\r\n");
        QVERIFY(!d.error);
        QVERIFY(d.terminal);
        QCOMPARE(d.text, QStringLiteral("Guten Tag"));
        QCOMPARE(d.decoder->finish, FinishReason::Stop);
        QCOMPARE(d.decoder->usage.inputTokens, 9);
        QCOMPARE(d.decoder->usage.outputTokens, 7);
        QCOMPARE(d.decoder->usage.cachedInputTokens, 4);
        QCOMPARE(d.decoder->model, QStringLiteral("gemini-2.5-flash"));
    }

    void gemini_blockedPromptEndsTheStream()
    {
        const Decoded d = decode(ProviderKind::Gemini,
                                 "data: {\"promptFeedback\": {\"blockReason\": \"SAFETY\"}, \"usageMetadata\": "
                                 "{\"promptTokenCount\": 5}}\n\n");
        QVERIFY(d.terminal);
        QCOMPARE(d.decoder->finish, FinishReason::ContentFilter);
    }

    void gemini_errorsRefined()
    {
        const WireFormat &wire = WireFormat::forKind(ProviderKind::Gemini);
        const ProviderError minute
            = wire.parseError(429,
                              "{\"error\":{\"code\":429,\"message\":\"Resource "
                              "exhausted\",\"status\":\"RESOURCE_EXHAUSTED\",\"details\":["
                              "{\"@type\":\"type.googleapis.com/google.rpc.QuotaFailure\",\"violations\":[{\"quotaId\":"
                              "\"GenerateRequestsPerMinutePerProjectPerModel\"}]},"
                              "{\"@type\":\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"2.5s\"}]}}",
                              {}, {});
        QCOMPARE(minute.kind, ProviderError::Kind::RateLimited);
        QCOMPARE(minute.retryAfterMs, std::optional<qint64>(2500));
        QCOMPARE(minute.message, QStringLiteral("Resource exhausted"));

        const ProviderError day = wire.parseError(
            429,
            "{\"error\":{\"code\":429,\"message\":\"Quota exceeded\",\"status\":\"RESOURCE_EXHAUSTED\",\"details\":["
            "{\"@type\":\"type.googleapis.com/google.rpc.QuotaFailure\",\"violations\":[{\"quotaId\":"
            "\"GenerateRequestsPerDayPerProjectPerModel-FreeTier\"}]}]}}",
            {}, {});
        QCOMPARE(day.kind, ProviderError::Kind::QuotaExhausted);

        const ProviderError key = wire.parseError(
            400,
            "{\"error\":{\"code\":400,\"message\":\"API key not valid.\",\"status\":\"INVALID_ARGUMENT\",\"details\":["
            "{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\",\"reason\":\"API_KEY_INVALID\"}]}}",
            {}, {});
        QCOMPARE(key.kind, ProviderError::Kind::Unauthorized);
    }

    void gemini_modelsKeepOnlyGenerators()
    {
        const auto models
            = WireFormat::forKind(ProviderKind::Gemini)
                  .parseModels("{\"models\":[{\"name\":\"models/gemini-2.5-flash\",\"supportedGenerationMethods\":"
                               "[\"generateContent\",\"countTokens\"]},{\"name\":\"models/text-embedding-004\","
                               "\"supportedGenerationMethods\":[\"embedContent\"]}]}");
        QCOMPARE(std::get<QStringList>(models), QStringList {QStringLiteral("gemini-2.5-flash")});
    }

    void models_garbageIsAnError()
    {
        for (ProviderKind kind : {ProviderKind::OpenAiCompatible, ProviderKind::Anthropic, ProviderKind::Gemini}) {
            const auto models = WireFormat::forKind(kind).parseModels("<html>Bad gateway</html>");
            QVERIFY(std::holds_alternative<ProviderError>(models));
            QCOMPARE(std::get<ProviderError>(models).kind, ProviderError::Kind::InvalidResponse);
        }
    }
};

QTEST_GUILESS_MAIN(WireFormatTest)
#include "wireformat_test.moc"

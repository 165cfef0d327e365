// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/llmclient.h"

#include "scriptedserver/scriptedresponses.h"
#include "scriptedserver/scriptedserver.h"
#include "secrets/secretstore.h"
#include "support/memorysecrets.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QPromise>
#include <QTcpServer>
#include <QTest>

using namespace Dialogsmith;
using namespace Dialogsmith::Llm;
using Dialogsmith::Test::MemorySecrets; // keys from memory, as the keychain would give them
using Dialogsmith::Test::Response;
using Dialogsmith::Test::ScriptedServer;
using Dialogsmith::Test::StreamOptions;
namespace Scripted = Dialogsmith::Test;

namespace {

// Keys from memory, as the keychain would give them.
using Dialogsmith::Test::MemorySecrets;

// Everything the client reported, per call.
struct Recorder {
    QHash<CallId, ChatResult> finished;
    QHash<CallId, ProviderError> failed;
    QHash<CallId, QString> streamed;
    QHash<CallId, int> starts;
    QList<std::pair<CallId, qint64>> retries;
    QList<std::pair<QString, ProviderError>> stopped;

    void attach(LlmClient &client, QObject *context)
    {
        QObject::connect(&client, &LlmClient::callFinished, context,
                         [this](CallId id, const ChatResult &result) { finished.insert(id, result); });
        QObject::connect(&client, &LlmClient::callFailed, context,
                         [this](CallId id, const ProviderError &error) { failed.insert(id, error); });
        QObject::connect(&client, &LlmClient::textDelta, context,
                         [this](CallId id, const QString &text) { streamed[id] += text; });
        QObject::connect(&client, &LlmClient::callStarted, context, [this](CallId id, int) { ++starts[id]; });
        QObject::connect(&client, &LlmClient::callRetrying, context,
                         [this](CallId id, int, qint64 delay, const ProviderError &) { retries.append({id, delay}); });
        QObject::connect(
            &client, &LlmClient::profileStopped, context,
            [this](const QString &profile, const ProviderError &error) { stopped.append({profile, error}); });
    }
    bool ended(CallId id) const { return finished.contains(id) || failed.contains(id); }
};

ChatRequest question(const QString &text = QStringLiteral("What is entropy?"))
{
    ChatRequest request;
    request.system = QStringLiteral("You are a physics teacher.");
    request.messages = {{Role::User, text}};
    request.maxTokens = 64;
    return request;
}

const QStringList words
    = {QStringLiteral("Entropy"), QStringLiteral(" measures"), QStringLiteral(" disorder"), QStringLiteral(".")};

} // namespace

class LlmClientTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<LlmClient> m_client;
    MemorySecrets m_secrets;
    Recorder m_record;

    ProviderProfile profile(ProviderKind kind = ProviderKind::OpenAiCompatible,
                            const QString &name = QStringLiteral("teacher"))
    {
        ProviderProfile p;
        p.name = name;
        p.kind = kind;
        p.model = QStringLiteral("test-model");
        const QString base = kind == ProviderKind::OpenAiCompatible ? m_server->url(QStringLiteral("/v1")).toString()
            : kind == ProviderKind::Gemini ? m_server->url(QStringLiteral("/v1beta")).toString()
                                           : m_server->url().toString();
        p.endpoints = {{base, {}}};
        p.limits.maxConcurrent = 8;
        p.limits.firstByteTimeoutMs = 3000;
        p.limits.idleTimeoutMs = 3000;
        p.limits.maxAttempts = 4;
        return p;
    }

    // Waits for the call's end; returns false when it did not end within `ms`.
    bool waitEnd(CallId id, int ms = 15000)
    {
        return QTest::qWaitFor([&] { return m_record.ended(id); }, ms);
    }

    ChatResult finishedOrFail(CallId id)
    {
        if (!waitEnd(id))
            qWarning("call %llu did not end", id);
        if (m_record.failed.contains(id))
            qWarning("call %llu failed: %s", id, qPrintable(m_record.failed.value(id).describe()));
        return m_record.finished.value(id);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<LlmClient>(&m_secrets);
        m_record = Recorder();
        m_record.attach(*m_client, m_client.get());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void openAi_streamsDeltasAndReportsUsageAndCost()
    {
        m_client->setProfile(profile());
        PriceTable prices;
        prices.set(QStringLiteral("test-model"), {1.0, 2.0, 0.5, 0});
        m_client->setPrices(prices);
        m_server->enqueue(
            Scripted::openAiStream(words, {.pieceDelayMs = 20, .inputTokens = 1000000, .outputTokens = 500000}));
        QList<QString> deltas;
        connect(m_client.get(), &LlmClient::textDelta, this, [&](CallId, const QString &text) { deltas.append(text); });

        const CallId id = m_client->submit(QStringLiteral("teacher"), question());
        const ChatResult result = finishedOrFail(id);
        QCOMPARE(result.text, QStringLiteral("Entropy measures disorder."));
        QVERIFY2(deltas.size() >= 2, "the text arrived in pieces, as it was written");
        QCOMPARE(deltas.join(QString()), result.text);
        QCOMPARE(result.usage.inputTokens, 1000000);
        QCOMPARE(result.usage.outputTokens, 500000);
        QCOMPARE(result.costUsd, 1.0 + 1.0);
        QCOMPARE(result.finish, FinishReason::Stop);
        QCOMPARE(result.attempts, 1);

        const Scripted::Request sent = m_server->requests().first();
        QCOMPARE(sent.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(sent.json().value(u"stream_options").toObject().value(u"include_usage").toBool(), true);
        QCOMPARE(sent.json().value(u"model").toString(), QStringLiteral("test-model"));
    }

    void anthropicAndGemini_streamThroughTheSameClient()
    {
        m_client->setProfile(profile(ProviderKind::Anthropic, QStringLiteral("claude")));
        m_client->setProfile(profile(ProviderKind::Gemini, QStringLiteral("gemini")));
        m_server->setHandler([](const Scripted::Request &request) {
            return request.path.startsWith("/v1/messages") ? Scripted::anthropicStream(words)
                                                           : Scripted::geminiStream(words, {.inputTokens = 30});
        });
        const CallId claude = m_client->submit(QStringLiteral("claude"), question());
        const CallId gemini = m_client->submit(QStringLiteral("gemini"), question());
        QCOMPARE(finishedOrFail(claude).text, QStringLiteral("Entropy measures disorder."));
        const ChatResult g = finishedOrFail(gemini);
        QCOMPARE(g.text, QStringLiteral("Entropy measures disorder."));
        QCOMPARE(g.usage.inputTokens, 30);
        bool sawGemini = false;
        for (const Scripted::Request &request : m_server->requests()) {
            if (request.path.contains(":streamGenerateContent")) {
                sawGemini = true;
                QCOMPARE(request.query().queryItemValue(QStringLiteral("alt")), QStringLiteral("sse"));
            }
        }
        QVERIFY(sawGemini);
    }

    void terminalEvent_endsTheCallEvenIfTheSocketStaysOpen_data()
    {
        QTest::addColumn<ProviderKind>("kind");
        QTest::newRow("openai [DONE]") << ProviderKind::OpenAiCompatible;
        QTest::newRow("anthropic message_stop") << ProviderKind::Anthropic;
        QTest::newRow("gemini finishReason") << ProviderKind::Gemini;
    }

    void terminalEvent_endsTheCallEvenIfTheSocketStaysOpen()
    {
        QFETCH(ProviderKind, kind);
        ProviderProfile p = profile(kind);
        p.limits.idleTimeoutMs = 10000;
        m_client->setProfile(p);
        const Scripted::WireFormat format = kind == ProviderKind::OpenAiCompatible ? Scripted::WireFormat::OpenAi
            : kind == ProviderKind::Anthropic                                      ? Scripted::WireFormat::Anthropic
                                                                                   : Scripted::WireFormat::Gemini;
        Response response = Scripted::stream(format, words);
        response.ending = Response::Ending::Stall;
        m_server->enqueue(response);
        QElapsedTimer timer;
        timer.start();
        const CallId id = m_client->submit(QStringLiteral("teacher"), question());
        QCOMPARE(finishedOrFail(id).text, QStringLiteral("Entropy measures disorder."));
        QVERIFY2(timer.elapsed() < 5000, "the call ended on the terminal event, not on the idle timeout");
    }

    void rateLimited_retryAfterIsHonoured()
    {
        m_client->setProfile(profile());
        m_server->enqueue(Scripted::rateLimitedRetryAfter(1));
        m_server->enqueue(Scripted::openAiStream(words));
        QElapsedTimer timer;
        timer.start();
        const CallId id = m_client->submit(QStringLiteral("teacher"), question());
        const ChatResult result = finishedOrFail(id);
        QCOMPARE(result.text, QStringLiteral("Entropy measures disorder."));
        QCOMPARE(result.attempts, 2);
        QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_record.retries.size(), 1);
        QVERIFY(m_record.retries.first().second >= 1000);
        QCOMPARE(m_client->stats(QStringLiteral("teacher")).rateLimited, 1);
    }

    void rateLimited_retryAfterMsIsHonoured()
    {
        m_client->setProfile(profile());
        m_server->enqueue(Scripted::rateLimitedRetryAfterMs(300));
        m_server->enqueue(Scripted::openAiStream(words));
        const CallId id = m_client->submit(QStringLiteral("teacher"), question());
        QCOMPARE(finishedOrFail(id).attempts, 2);
        QVERIFY(m_record.retries.first().second >= 300 && m_record.retries.first().second <= 400);
    }

    void rateLimited_geminiRetryDelayIsHonoured()
    {
        m_client->setProfile(profile(ProviderKind::Gemini));
        m_server->enqueue(
            Scripted::geminiError(429, QStringLiteral("Resource exhausted"), QStringLiteral("RESOURCE_EXHAUSTED"), 1));
        m_server->enqueue(Scripted::geminiStream(words));
        const CallId id = m_client->submit(QStringLiteral("teacher"), question());
        QCOMPARE(finishedOrFail(id).attempts, 2);
        QVERIFY(m_record.retries.first().second >= 1000);
    }

    void transientFaults_areRetriedToSuccess_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("429 without Retry-After") << 0;
        QTest::newRow("529 overloaded") << 1;
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("504") << 504;
        QTest::newRow("stream dropped mid-way") << 2;
        QTest::newRow("error event after 200") << 3;
        QTest::newRow("invalid JSON in the stream") << 4;
        QTest::newRow("stream without its terminal event") << 5;
    }

    void transientFaults_areRetriedToSuccess()
    {
        QFETCH(int, fault);
        m_client->setProfile(profile());
        Response bad;
        switch (fault) {
        case 0:
            bad = Scripted::rateLimited();
            break;
        case 1:
            bad = Scripted::overloaded();
            break;
        case 2:
            bad = Scripted::openAiStream(words).cutAfterText(2, Response::Ending::Drop);
            break;
        case 3:
            bad = Scripted::openAiStreamError({QStringLiteral("Entro")}, QStringLiteral("upstream failed"),
                                              QStringLiteral("server_error"));
            break;
        case 4:
            bad = Scripted::openAiStream(words);
            bad.insertPiece(2, {Scripted::invalidJsonEvent(Scripted::WireFormat::OpenAi), 0});
            break;
        case 5:
            bad = Scripted::openAiStream(words).cutAfterText(2, Response::Ending::Finish);
            break;
        default:
            bad = Scripted::serverError(fault);
            break;
        }
        m_server->enqueue(bad);
        m_server->enqueue(Scripted::openAiStream(words));
        const CallId id = m_client->submit(QStringLiteral("teacher"), question());
        const ChatResult result = finishedOrFail(id);
        QCOMPARE(result.text, QStringLiteral("Entropy measures disorder."));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(m_record.retries.size(), 1);
    }

    void bodySplitAtEveryByte_readsTheSame()
    {
        m_client->setProfile(profile(ProviderKind::Anthropic));
        m_server->enqueue(
            Scripted::anthropicStream({QStringLiteral("Grüße"), QStringLiteral(" 世界"), QStringLiteral(" 🙂")})
                .splitIntoBytes());
        const CallId id = m_client->submit(QStringLiteral("teacher"), question());
        QCOMPARE(finishedOrFail(id).text, QStringLiteral("Grüße 世界 🙂"));
    }

    void stalledStream_isDroppedAtTheIdleTimeoutAndRetried()
    {
        ProviderProfile p = profile();
        p.limits.idleTimeoutMs = 400;
        m_client->setProfile(p);
        m_server->enqueue(Scripted::openAiStream(words).cutAfterText(1, Response::Ending::Stall));
        m_server->enqueue(Scripted::openAiStream(words));
        QElapsedTimer timer;
        timer.start();
        const CallId id = m_client->submit(QStringLiteral("teacher"), question());
        const ChatResult result = finishedOrFail(id);
        QCOMPARE(result.text, QStringLiteral("Entropy measures disorder."));
        QVERIFY2(timer.elapsed() >= 400 && timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void keepAliveComments_doNotKeepADeadStreamAlive()
    {
        ProviderProfile p = profile();
        p.limits.idleTimeoutMs = 400;
        p.limits.maxAttempts = 2;
        m_client->setProfile(p);
        m_server->setHandler([](const Scripted::Request &) { return Scripted::keepAliveForever(50); });
        QElapsedTimer timer;
        timer.start();
        const CallId id = m_client->submit(QStringLiteral("teacher"), question());
        QVERIFY(waitEnd(id, 10000));
        QVERIFY(m_record.failed.contains(id));
        QCOMPARE(m_record.failed.value(id).kind, ProviderError::Kind::IdleTimeout);
        QCOMPARE(m_record.starts.value(id), 2);
        QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
    }

    void noFirstByte_timesOut()
    {
        ProviderProfile p = profile();
        p.limits.firstByteTimeoutMs = 300;
        p.limits.maxAttempts = 1;
        m_client->setProfile(p);
        Response silent;
        silent.stallBeforeHeaders = true;
        m_server->enqueue(silent);
        const CallId id = m_client->submit(QStringLiteral("teacher"), question());
        QVERIFY(waitEnd(id, 5000));
        QCOMPARE(m_record.failed.value(id).kind, ProviderError::Kind::FirstByteTimeout);
    }

    void attemptsExhausted_failWithTheLastReason()
    {
        ProviderProfile p = profile();
        p.limits.maxAttempts = 3;
        m_client->setProfile(p);
        m_server->setHandler([](const Scripted::Request &) { return Scripted::serverError(502); });
        const CallId id = m_client->submit(QStringLiteral("teacher"), question());
        QVERIFY(waitEnd(id, 15000));
        const ProviderError error = m_record.failed.value(id);
        QCOMPARE(error.kind, ProviderError::Kind::ServerError);
        QCOMPARE(error.httpStatus, 502);
        QCOMPARE(m_record.starts.value(id), 3);
        QCOMPARE(m_server->requests().size(), 3);
    }

    void wrongKey_stopsTheProfileWithoutRetrying()
    {
        m_client->setProfile(profile());
        m_server->setHandler([](const Scripted::Request &) {
            return Scripted::openAiError(401, QStringLiteral("Incorrect API key provided"),
                                         QStringLiteral("invalid_request_error"), QStringLiteral("invalid_api_key"));
        });
        const CallId first = m_client->submit(QStringLiteral("teacher"), question());
        const CallId second = m_client->submit(QStringLiteral("teacher"), question());
        QVERIFY(waitEnd(first));
        QVERIFY(waitEnd(second));
        QCOMPARE(m_record.failed.value(first).kind, ProviderError::Kind::Unauthorized);
        QCOMPARE(m_record.failed.value(second).kind, ProviderError::Kind::Unauthorized);
        QVERIFY(m_record.retries.isEmpty());
        QCOMPARE(m_record.stopped.size(), 1);
        const QString message = m_record.stopped.first().second.describe();
        QVERIFY2(message.contains(QStringLiteral("\"teacher\"")) && message.contains(QStringLiteral("API key")),
                 qPrintable(message));
        QVERIFY(m_client->stats(QStringLiteral("teacher")).stopped);

        // Later calls on the stopped profile say why it stopped, without another request.
        const qsizetype sent = m_server->requests().size();
        const CallId later = m_client->submit(QStringLiteral("teacher"), question());
        QVERIFY(waitEnd(later));
        QCOMPARE(m_record.failed.value(later).kind, ProviderError::Kind::Unauthorized);
        QCOMPARE(m_server->requests().size(), sent);
    }

    void unknownModel_namesWhatToFix()
    {
        m_client->setProfile(profile(ProviderKind::Anthropic));
        m_server->enqueue(
            Scripted::anthropicError(404, QStringLiteral("not_found_error"), QStringLiteral("model: claude-9")));
        const CallId id = m_client->submit(QStringLiteral("teacher"), question());
        QVERIFY(waitEnd(id));
        const ProviderError error = m_record.failed.value(id);
        QCOMPARE(error.kind, ProviderError::Kind::NotFound);
        QVERIFY2(error.describe().contains(QStringLiteral("model name")), qPrintable(error.describe()));
        QVERIFY(error.describe().contains(QStringLiteral("claude-9")));
    }

    void badRequest_failsOnlyThatCall()
    {
        m_client->setProfile(profile());
        m_server->enqueue(Scripted::openAiError(400, QStringLiteral("max_tokens is too large"),
                                                QStringLiteral("invalid_request_error")));
        m_server->enqueue(Scripted::openAiStream(words));
        const CallId bad = m_client->submit(QStringLiteral("teacher"), question());
        QVERIFY(waitEnd(bad));
        QCOMPARE(m_record.failed.value(bad).kind, ProviderError::Kind::BadRequest);
        const CallId good = m_client->submit(QStringLiteral("teacher"), question());
        QCOMPARE(finishedOrFail(good).text, QStringLiteral("Entropy measures disorder."));
        QVERIFY(m_record.stopped.isEmpty());
    }

    void quotaExhausted_stopsTheRunAtOnce()
    {
        m_client->setProfile(profile());
        m_server->setHandler([](const Scripted::Request &) {
            return Scripted::openAiError(429, QStringLiteral("You exceeded your current quota"),
                                         QStringLiteral("insufficient_quota"), QStringLiteral("insufficient_quota"));
        });
        QList<CallId> ids;
        for (int i = 0; i < 5; ++i)
            ids.append(m_client->submit(QStringLiteral("teacher"), question()));
        for (CallId id : std::as_const(ids)) {
            QVERIFY(waitEnd(id));
            QCOMPARE(m_record.failed.value(id).kind, ProviderError::Kind::QuotaExhausted);
        }
        QVERIFY(m_record.retries.isEmpty());
        QCOMPARE(m_record.stopped.size(), 1);
        QVERIFY(m_server->requests().size() <= 5);
    }

    void keys_neverAppearInErrors()
    {
        ProviderProfile p = profile();
        p.key = {KeySource::Type::Keychain, QStringLiteral("openai-main")};
        m_secrets.keys.insert(QStringLiteral("openai-main"), QStringLiteral("sk-live-abcdef123456"));
        m_client->setProfile(p);
        m_server->setHandler([](const Scripted::Request &request) {
            return Scripted::openAiError(401,
                                         QStringLiteral("Incorrect API key provided: ")
                                             + QString::fromUtf8(request.header("Authorization")),
                                         QStringLiteral("invalid_request_error"));
        });
        const CallId id = m_client->submit(QStringLiteral("teacher"), question());
        QVERIFY(waitEnd(id));
        QCOMPARE(m_server->requests().first().header("Authorization"), QByteArray("Bearer sk-live-abcdef123456"));
        const ProviderError error = m_record.failed.value(id);
        QVERIFY2(!error.describe().contains(QStringLiteral("abcdef123456")), qPrintable(error.describe()));
        QVERIFY(error.message.contains(QStringLiteral("[key]")));
    }

    void keys_fromTheEnvironment_andMissingOnesAreNamed()
    {
        qputenv("DIALOGSMITH_TEST_KEY", "env-key-42");
        ProviderProfile p = profile(ProviderKind::Gemini);
        p.key = {KeySource::Type::Environment, QStringLiteral("DIALOGSMITH_TEST_KEY")};
        m_client->setProfile(p);
        m_server->enqueue(Scripted::geminiStream(words));
        const CallId id = m_client->submit(QStringLiteral("teacher"), question());
        finishedOrFail(id);
        QCOMPARE(m_server->requests().first().header("x-goog-api-key"), QByteArray("env-key-42"));
        qunsetenv("DIALOGSMITH_TEST_KEY");

        ProviderProfile missing = profile(ProviderKind::Anthropic, QStringLiteral("claude"));
        missing.key = {KeySource::Type::Environment, QString()};
        qunsetenv("ANTHROPIC_API_KEY");
        m_client->setProfile(missing);
        const CallId none = m_client->submit(QStringLiteral("claude"), question());
        QVERIFY(waitEnd(none));
        QCOMPARE(m_record.failed.value(none).kind, ProviderError::Kind::MissingKey);
        QVERIFY(m_record.failed.value(none).describe().contains(QStringLiteral("ANTHROPIC_API_KEY")));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void keys_areNotSentOverPlainHttpToAnotherHost()
    {
        ProviderProfile p = profile();
        p.endpoints = {{QStringLiteral("http://192.0.2.10:9/v1"), {}}};
        p.key = {KeySource::Type::Keychain, QStringLiteral("k")};
        m_secrets.keys.insert(QStringLiteral("k"), QStringLiteral("sk-should-not-travel"));
        m_client->setProfile(p);
        const CallId id = m_client->submit(QStringLiteral("teacher"), question());
        QVERIFY(waitEnd(id, 5000));
        QCOMPARE(m_record.failed.value(id).kind, ProviderError::Kind::InsecureTransport);
        QCOMPARE(m_record.starts.value(id), 0);
    }

    void failover_usesTheOtherEndpoint()
    {
        ScriptedServer second;
        QVERIFY(second.listen());
        second.setHandler([](const Scripted::Request &) { return Scripted::openAiStream(words); });
        ProviderProfile p = profile();
        // The first endpoint refuses connections (nothing listens there any more).
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 deadPort = closed.serverPort();
        closed.close();
        p.endpoints = {{QStringLiteral("http://127.0.0.1:%1/v1").arg(deadPort), {}},
                       {second.url(QStringLiteral("/v1")).toString(), {}}};
        m_client->setProfile(p);
        QList<CallId> ids;
        for (int i = 0; i < 6; ++i)
            ids.append(m_client->submit(QStringLiteral("teacher"), question()));
        for (CallId id : std::as_const(ids))
            QCOMPARE(finishedOrFail(id).endpoint, second.url(QStringLiteral("/v1")).toString());
        QCOMPARE(second.requests().size(), 6);
    }

    void failover_aWrongKeyOnOneEndpointLeavesTheOther()
    {
        ScriptedServer second;
        QVERIFY(second.listen());
        second.setHandler([](const Scripted::Request &) { return Scripted::anthropicStream(words); });
        m_server->setHandler([](const Scripted::Request &) {
            return Scripted::anthropicError(401, QStringLiteral("authentication_error"),
                                            QStringLiteral("invalid x-api-key"));
        });
        ProviderProfile p = profile(ProviderKind::Anthropic);
        p.endpoints.append({second.url().toString(), {}});
        m_client->setProfile(p);
        QList<CallId> ids;
        for (int i = 0; i < 4; ++i)
            ids.append(m_client->submit(QStringLiteral("teacher"), question()));
        for (CallId id : std::as_const(ids))
            QCOMPARE(finishedOrFail(id).text, QStringLiteral("Entropy measures disorder."));
        QVERIFY(m_record.stopped.isEmpty());
        QVERIFY(m_server->requests().size() <= 4);
    }

    void cancel_abortsAtOnce()
    {
        m_client->setProfile(profile());
        m_server->enqueue(Scripted::openAiStream(words, {.pieceDelayMs = 2000}));
        const CallId id = m_client->submit(QStringLiteral("teacher"), question());
        QTRY_COMPARE(m_server->openConnections(), 1);
        QTRY_COMPARE(m_record.starts.value(id), 1);
        QElapsedTimer timer;
        timer.start();
        m_client->cancel(id);
        QVERIFY(m_record.failed.contains(id));
        QCOMPARE(m_record.failed.value(id).kind, ProviderError::Kind::Cancelled);
        QTRY_COMPARE(m_server->openConnections(), 0);
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(m_client->stats(QStringLiteral("teacher")).inFlight, 0);
    }

    void concurrency_isNotCappedAtSixConnectionsPerHost()
    {
        ProviderProfile p = profile();
        p.limits.maxConcurrent = 24;
        m_client->setProfile(p);
        m_server->setHandler(
            [](const Scripted::Request &) { return Scripted::openAiStream(words, {.pieceDelayMs = 150}); });
        QList<CallId> ids;
        for (int i = 0; i < 24; ++i)
            ids.append(m_client->submit(QStringLiteral("teacher"), question()));
        for (CallId id : std::as_const(ids))
            QCOMPARE(finishedOrFail(id).text, QStringLiteral("Entropy measures disorder."));
        QCOMPARE(m_server->peakOpenConnections(), 24);
    }

    // Qt caps one network manager at 255 connections per host; a profile may ask for more.
    void concurrency_beyondQtsPerHostCapReachesTheServer()
    {
        ProviderProfile p = profile();
        p.limits.maxConcurrent = 300;
        m_client->setProfile(p);
        m_server->setHandler(
            [](const Scripted::Request &) { return Scripted::openAiStream(words, {.pieceDelayMs = 400}); });
        QList<CallId> ids;
        for (int i = 0; i < 300; ++i)
            ids.append(m_client->submit(QStringLiteral("teacher"), question()));
        for (CallId id : std::as_const(ids))
            QCOMPARE(finishedOrFail(id).text, QStringLiteral("Entropy measures disorder."));
        QCOMPARE(m_server->peakOpenConnections(), 300);
    }

    void concurrency_limitIsKept()
    {
        ProviderProfile p = profile();
        p.limits.maxConcurrent = 3;
        m_client->setProfile(p);
        m_server->setHandler(
            [](const Scripted::Request &) { return Scripted::openAiStream(words, {.pieceDelayMs = 30}); });
        QList<CallId> ids;
        for (int i = 0; i < 12; ++i)
            ids.append(m_client->submit(QStringLiteral("teacher"), question()));
        for (CallId id : std::as_const(ids))
            finishedOrFail(id);
        QCOMPARE(m_record.finished.size(), 12);
        QVERIFY2(m_server->peakOpenConnections() <= 3, qPrintable(QString::number(m_server->peakOpenConnections())));
    }

    void requestsPerMinute_holdsBackTheRest()
    {
        ProviderProfile p = profile();
        p.limits.requestsPerMinute = 3;
        m_client->setProfile(p);
        m_server->setHandler([](const Scripted::Request &) { return Scripted::openAiStream(words); });
        QList<CallId> ids;
        for (int i = 0; i < 4; ++i)
            ids.append(m_client->submit(QStringLiteral("teacher"), question()));
        for (int i = 0; i < 3; ++i)
            finishedOrFail(ids.at(i));
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(m_client->stats(QStringLiteral("teacher")).queued, 1);
        QVERIFY(!m_record.ended(ids.at(3)));
        m_client->cancel(ids.at(3));
        QCOMPARE(m_record.failed.value(ids.at(3)).kind, ProviderError::Kind::Cancelled);
    }

    void adaptiveConcurrency_cutsOnABurstOf429s()
    {
        ProviderProfile p = profile();
        p.limits.maxConcurrent = 10;
        m_client->setProfile(p);
        int served = 0;
        m_server->setHandler([&served](const Scripted::Request &) {
            return served++ < 10 ? Scripted::rateLimitedRetryAfterMs(100) : Scripted::openAiStream(words);
        });
        QList<CallId> ids;
        for (int i = 0; i < 10; ++i)
            ids.append(m_client->submit(QStringLiteral("teacher"), question()));
        for (CallId id : std::as_const(ids))
            finishedOrFail(id);
        QCOMPARE(m_record.finished.size(), 10);
        // One burst, one cut (10 → 7), then additive recovery from the successes.
        const int limit = m_client->stats(QStringLiteral("teacher")).concurrencyLimit;
        QVERIFY2(limit >= 7 && limit <= 9, qPrintable(QString::number(limit)));
        QCOMPARE(m_client->stats(QStringLiteral("teacher")).rateLimited, 10);
    }

    void nonStreamed_andServersThatIgnoreStreaming()
    {
        m_client->setProfile(profile());
        m_server->enqueue(Scripted::openAiCompletion(QStringLiteral("Plain answer.")));
        m_server->enqueue(Scripted::openAiCompletion(QStringLiteral("Also plain.")));
        ChatRequest plain = question();
        plain.stream = false;
        const CallId a = m_client->submit(QStringLiteral("teacher"), plain);
        QCOMPARE(finishedOrFail(a).text, QStringLiteral("Plain answer."));
        QCOMPARE(m_record.streamed.value(a), QStringLiteral("Plain answer."));
        // Asked to stream, answered with one JSON body: still a result.
        const CallId b = m_client->submit(QStringLiteral("teacher"), question());
        QCOMPARE(finishedOrFail(b).text, QStringLiteral("Also plain."));
    }

    void unknownProfile_failsAfterSubmitReturns()
    {
        const CallId id = m_client->submit(QStringLiteral("nobody"), question());
        QVERIFY(!m_record.ended(id));
        QVERIFY(waitEnd(id, 2000));
        QCOMPARE(m_record.failed.value(id).kind, ProviderError::Kind::NotFound);
    }

    void models_andConnectionTest()
    {
        m_client->setProfile(profile());
        m_server->setHandler([](const Scripted::Request &request) {
            if (request.method == "GET")
                return Response::withBody(200, "application/json",
                                          R"({"object":"list","data":[{"id":"test-model"},{"id":"other"}]})");
            return request.json().value(u"stream").toBool()
                ? Scripted::openAiStream({QStringLiteral("OK")})
                : Scripted::openAiCompletion(QStringLiteral("```json\n{\"ok\": true}\n```"));
        });
        QStringList listed;
        std::optional<ProviderError> listError {ProviderError()};
        connect(m_client.get(), &LlmClient::modelsListed, this,
                [&](quint64, const QStringList &models, const std::optional<ProviderError> &error) {
                    listed = models;
                    listError = error;
                });
        m_client->listModels(QStringLiteral("teacher"));
        QTRY_COMPARE(listed, (QStringList {QStringLiteral("test-model"), QStringLiteral("other")}));
        QVERIFY(!listError);

        std::optional<ConnectionReport> report;
        connect(m_client.get(), &LlmClient::connectionTested, this,
                [&](quint64, const ConnectionReport &r) { report = r; });
        m_client->testConnection(QStringLiteral("teacher"));
        QTRY_VERIFY(report.has_value());
        QVERIFY2(report->error.isEmpty(), qPrintable(report->error));
        QVERIFY(report->reachable);
        QVERIFY(report->authorized);
        QVERIFY(report->modelListed);
        QVERIFY(report->streams);
        QVERIFY(report->reportsUsage);
        QVERIFY(report->jsonOutput);
        const QList<Scripted::Request> sent = m_server->requests();
        QCOMPARE(sent.last().json().value(u"response_format").toObject().value(u"type").toString(),
                 QStringLiteral("json_object"));
    }

    void connectionTest_reportsAWrongKey()
    {
        m_client->setProfile(profile());
        m_server->setHandler([](const Scripted::Request &) {
            return Scripted::openAiError(401, QStringLiteral("bad key"), QStringLiteral("invalid_request_error"));
        });
        std::optional<ConnectionReport> report;
        connect(m_client.get(), &LlmClient::connectionTested, this,
                [&](quint64, const ConnectionReport &r) { report = r; });
        m_client->testConnection(QStringLiteral("teacher"));
        QTRY_VERIFY(report.has_value());
        QVERIFY(report->reachable);
        QVERIFY(!report->authorized);
        QVERIFY(report->error.contains(QStringLiteral("API key")));
    }
};

QTEST_GUILESS_MAIN(LlmClientTest)
#include "llmclient_test.moc"

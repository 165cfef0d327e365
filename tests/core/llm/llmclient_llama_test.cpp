// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llamaserver/llamaserver.h"
#include "llm/llmclient.h"

#include <QTest>

using namespace Dialogsmith::Llm;
using Dialogsmith::Test::LlamaServer;

// The provider layer against a real OpenAI-compatible server: llama.cpp's llama-server with a tiny model
// whose reply is known.
class LlmClientLlamaTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LlamaServer> m_server;
    std::unique_ptr<LlmClient> m_client;
    QHash<CallId, ChatResult> m_finished;
    QHash<CallId, ProviderError> m_failed;
    QHash<CallId, QStringList> m_deltas;

    ProviderProfile profile(int concurrency) const
    {
        ProviderProfile p;
        p.name = QStringLiteral("llama");
        p.kind = ProviderKind::OpenAiCompatible;
        p.model = m_server->modelName();
        p.endpoints = {{m_server->baseUrl().toString() + QStringLiteral("/v1"), {}}};
        p.limits.maxConcurrent = concurrency;
        return p;
    }

    static ChatRequest hello(int maxTokens = 32)
    {
        ChatRequest request;
        request.system = QStringLiteral("Be brief.");
        request.messages = {{Role::User, QStringLiteral("Say hello.")}};
        request.maxTokens = maxTokens;
        request.temperature = 0.0;
        return request;
    }

    ChatResult waitFor(CallId id)
    {
        if (!QTest::qWaitFor([&] { return m_finished.contains(id) || m_failed.contains(id); }, 120000))
            qWarning("call %llu did not end", id);
        if (m_failed.contains(id))
            qWarning("call %llu failed: %s", id, qPrintable(m_failed.value(id).describe()));
        return m_finished.value(id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        LlamaServer::Options options;
        options.parallel = 4;
        m_server = std::make_unique<LlamaServer>(options);
        if (!m_server->start()) {
            if (!m_server->available())
                QSKIP(qPrintable(m_server->unavailableReason()));
            m_server->printLog();
            QFAIL(qPrintable(m_server->errorString()));
        }
    }

    void init()
    {
        m_client = std::make_unique<LlmClient>();
        m_finished.clear();
        m_failed.clear();
        m_deltas.clear();
        connect(m_client.get(), &LlmClient::callFinished, this,
                [this](CallId id, const ChatResult &r) { m_finished.insert(id, r); });
        connect(m_client.get(), &LlmClient::callFailed, this,
                [this](CallId id, const ProviderError &e) { m_failed.insert(id, e); });
        connect(m_client.get(), &LlmClient::textDelta, this,
                [this](CallId id, const QString &t) { m_deltas[id].append(t); });
    }

    void cleanup() { m_client.reset(); }

    void stream_deliversTheModelsExactReply()
    {
        m_client->setProfile(profile(4));
        const CallId id = m_client->submit(QStringLiteral("llama"), hello());
        const ChatResult result = waitFor(id);
        QCOMPARE(result.text, m_server->reply());
        QCOMPARE(result.finish, FinishReason::Stop);
        QCOMPARE(result.rawFinishReason, QStringLiteral("stop"));
        // Deltas come per network read: a fast local server may deliver the whole reply in one.
        QVERIFY(!m_deltas.value(id).isEmpty());
        QCOMPARE(m_deltas.value(id).join(QString()), m_server->reply());
        QVERIFY(result.usage.reported);
        QVERIFY(result.usage.inputTokens > 0);
        // Six reply pieces ("Hello", " from", " a", " tiny", " model", ".") and the end-of-turn token, which
        // llama.cpp counts as generated.
        QCOMPARE(result.usage.outputTokens, 7);
        QCOMPARE(result.attempts, 1);
    }

    void stream_smallMaxTokensEndsWithLength()
    {
        m_client->setProfile(profile(4));
        const CallId id = m_client->submit(QStringLiteral("llama"), hello(2));
        const ChatResult result = waitFor(id);
        QCOMPARE(result.text, QStringLiteral("Hello from"));
        QCOMPARE(result.finish, FinishReason::Length);
        QCOMPARE(result.usage.outputTokens, 2);
    }

    void nonStreamed_deliversTheSameReply()
    {
        m_client->setProfile(profile(4));
        ChatRequest request = hello();
        request.stream = false;
        const ChatResult result = waitFor(m_client->submit(QStringLiteral("llama"), request));
        QCOMPARE(result.text, m_server->reply());
        QCOMPARE(result.finish, FinishReason::Stop);
        QVERIFY(result.usage.outputTokens > 0);
    }

    void models_listTheServedModel()
    {
        m_client->setProfile(profile(4));
        QStringList models;
        bool answered = false;
        connect(m_client.get(), &LlmClient::modelsListed, this,
                [&](quint64, const QStringList &list, const std::optional<ProviderError> &error) {
                    answered = true;
                    models = list;
                    QVERIFY2(!error, qPrintable(error ? error->describe() : QString()));
                });
        m_client->listModels(QStringLiteral("llama"));
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        QVERIFY2(models.contains(m_server->modelName()), qPrintable(models.join(u',')));
    }

    void twentyParallelStreams_allComplete()
    {
        m_client->setProfile(profile(20));
        QList<CallId> ids;
        for (int i = 0; i < 20; ++i)
            ids.append(m_client->submit(QStringLiteral("llama"), hello()));
        QTRY_COMPARE_WITH_TIMEOUT(m_client->stats(QStringLiteral("llama")).inFlight, 20, 30000);
        for (CallId id : std::as_const(ids))
            QCOMPARE(waitFor(id).text, m_server->reply());
        QVERIFY(m_failed.isEmpty());
    }

    void connectionTest_reportsWhatTheServerSupports()
    {
        m_client->setProfile(profile(4));
        std::optional<ConnectionReport> report;
        connect(m_client.get(), &LlmClient::connectionTested, this,
                [&](quint64, const ConnectionReport &r) { report = r; });
        m_client->testConnection(QStringLiteral("llama"));
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 120000);
        QVERIFY2(report->error.isEmpty(), qPrintable(report->error));
        QVERIFY(report->reachable);
        QVERIFY(report->authorized);
        QVERIFY(report->modelListed);
        QVERIFY(report->streams);
        QVERIFY(report->reportsUsage);
        // llama-server turns response_format into a JSON grammar: even the tiny model answers with JSON.
        QVERIFY(report->jsonOutput);
    }
};

QTEST_GUILESS_MAIN(LlmClientLlamaTest)
#include "llmclient_llama_test.moc"

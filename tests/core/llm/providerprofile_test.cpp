// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/providerprofile.h"

#include "llm/pricetable.h"

#include <QJsonDocument>
#include <QTest>

using namespace Dialogsmith::Llm;

class ProviderProfileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json_roundTrips()
    {
        ProviderProfile profile;
        profile.name = QStringLiteral("two vLLM boxes");
        profile.kind = ProviderKind::OpenAiCompatible;
        profile.model = QStringLiteral("Qwen/Qwen2.5-7B-Instruct");
        profile.endpoints
            = {{QStringLiteral("http://10.0.0.5:8000/v1"), {}},
               {QStringLiteral("https://gpu2.example.com/v1"), {KeySource::Type::Keychain, QStringLiteral("gpu2")}}};
        profile.key = {KeySource::Type::Environment, QStringLiteral("VLLM_KEY")};
        profile.limits.maxConcurrent = 256;
        profile.limits.requestsPerMinute = 3000;
        profile.limits.tokensPerMinute = 2'000'000;
        profile.allowInsecureHttp = true;
        ProviderProfile read;
        QString error;
        QVERIFY2(ProviderProfile::fromJson(profile.toJson(), &read, &error), qPrintable(error));
        QCOMPARE(read, profile);
        // The key itself is never part of a profile.
        QVERIFY(!QJsonDocument(profile.toJson()).toJson().contains("sk-"));
    }

    void json_defaultsTheEndpoint()
    {
        ProviderProfile read;
        QString error;
        QVERIFY(ProviderProfile::fromJson(QJsonDocument::fromJson(R"({"name": "claude", "kind": "anthropic",
            "model": "claude-sonnet-4-5"})")
                                              .object(),
                                          &read, &error));
        QCOMPARE(read.endpoints.size(), 1);
        QCOMPARE(read.endpoints.first().baseUrl, QStringLiteral("https://api.anthropic.com"));
        QCOMPARE(ProviderProfile::defaultKeyVariable(ProviderKind::Anthropic), QStringLiteral("ANTHROPIC_API_KEY"));
    }

    void json_errorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::newRow("no name") << QByteArray(R"({"kind": "openai"})") << QStringLiteral("name:");
        QTest::newRow("kind") << QByteArray(R"({"name": "x", "kind": "cohere"})") << QStringLiteral("kind: expected");
        QTest::newRow("url") << QByteArray(
            R"({"name": "x", "kind": "openai", "endpoints": [{"baseUrl": "localhost:8080"}]})")
                             << QStringLiteral("endpoints[0].baseUrl");
        QTest::newRow("key source") << QByteArray(R"({"name": "x", "kind": "gemini", "key": {"from": "file"}})")
                                    << QStringLiteral("key.from");
        QTest::newRow("limit") << QByteArray(R"({"name": "x", "kind": "openai", "limits": {"maxConcurrent": 0}})")
                               << QStringLiteral("limits.maxConcurrent");
        QTest::newRow("fraction") << QByteArray(R"({"name": "x", "kind": "openai", "limits": {"maxAttempts": 2.5}})")
                                  << QStringLiteral("limits.maxAttempts");
    }

    void json_errorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        ProviderProfile read;
        QString error;
        QVERIFY(!ProviderProfile::fromJson(QJsonDocument::fromJson(json).object(), &read, &error));
        QVERIFY2(error.startsWith(where), qPrintable(error));
    }

    void prices_costFromUsage()
    {
        PriceTable table;
        table.set(QStringLiteral("gpt-4o-mini"), {0.15, 0.60, 0.075, 0});
        table.set(QStringLiteral("gpt-4o"), {2.5, 10, 1.25, 0});
        table.set(QStringLiteral("claude-sonnet-4-5"), {3, 15, 0.3, 3.75});
        Usage usage;
        usage.inputTokens = 1'000'000;
        usage.outputTokens = 100'000;
        QCOMPARE(table.costUsd(QStringLiteral("gpt-4o-mini"), usage), 0.15 + 0.06);
        // The longest listed prefix wins: a dated mini model is priced as mini, not as gpt-4o.
        QCOMPARE(table.costUsd(QStringLiteral("gpt-4o-mini-2024-07-18"), usage), 0.15 + 0.06);
        usage.cachedInputTokens = 600'000;
        usage.cacheWriteTokens = 100'000;
        QCOMPARE(table.costUsd(QStringLiteral("claude-sonnet-4-5"), usage),
                 0.3 * 3 + 0.6 * 0.3 + 0.1 * 3.75 + 0.1 * 15);
        QCOMPARE(table.costUsd(QStringLiteral("llama3.2"), usage), 0.0);
    }

    void prices_jsonRoundTripsAndRejectsNegatives()
    {
        PriceTable table;
        table.set(QStringLiteral("m"), {1, 2, 0.5, 1.25});
        PriceTable read;
        QString error;
        QVERIFY(PriceTable::fromJson(table.toJson(), &read, &error));
        QCOMPARE(read.find(QStringLiteral("m")), table.find(QStringLiteral("m")));
        QVERIFY(!PriceTable::fromJson(QJsonDocument::fromJson(R"({"m": {"input": -1}})").object(), &read, &error));
        QVERIFY2(error.startsWith(QStringLiteral("prices.m.input")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(ProviderProfileTest)
#include "providerprofile_test.moc"

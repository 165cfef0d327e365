// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/jsonextract.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Dialogsmith::Llm;

class JsonExtractTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_findsTheJson_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<int>("score");
        QTest::newRow("bare") << QStringLiteral("{\"score\": 3}") << 3;
        QTest::newRow("whitespace") << QStringLiteral("\n\n  {\"score\": 3}  \n") << 3;
        QTest::newRow("fenced") << QStringLiteral("Here you go:\n```json\n{\"score\": 2}\n```\nAnything else?") << 2;
        QTest::newRow("fence without language") << QStringLiteral("```\n{\"score\": 1}\n```") << 1;
        QTest::newRow("reasoning first") << QStringLiteral(
            "<think>The answer {maybe} is 3? {\"score\": 9}</think>\n{\"score\": 3}")
                                         << 3;
        QTest::newRow("thinking tag") << QStringLiteral("<thinking>hmm</thinking>```json\n{\"score\": 2}\n```") << 2;
        QTest::newRow("unclosed reasoning then answer")
            << QStringLiteral("<think>draft {\"score\": 1}</think>\n<think>x</think>{\"score\": 2}") << 2;
        QTest::newRow("prose around") << QStringLiteral(
            "Sure! The rating is {\"score\": 3, \"why\": \"a } in a string\"}. Thanks.")
                                      << 3;
        QTest::newRow("broken first, good later") << QStringLiteral("{score: 1} and then {\"score\": 2}") << 2;
    }

    void extract_findsTheJson()
    {
        QFETCH(QString, reply);
        QFETCH(int, score);
        QString error;
        const QJsonDocument doc = extractJson(reply, &error);
        QVERIFY2(doc.isObject(), qPrintable(error));
        QCOMPARE(doc.object().value(u"score").toInt(), score);
    }

    void extract_arrays()
    {
        const QJsonDocument doc = extractJson(QStringLiteral("Topics:\n[\"algebra\", \"geometry\"]"));
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 2);
    }

    void extract_failsWithAReason()
    {
        QString error;
        QVERIFY(extractJson(QStringLiteral("I cannot rate this."), &error).isNull());
        QVERIFY(error.contains(QStringLiteral("no valid JSON")));
        QVERIFY(extractJson(QStringLiteral("   "), &error).isNull());
        QVERIFY(error.contains(QStringLiteral("empty")));
        QVERIFY(extractJson(QStringLiteral("{\"unterminated\": "), &error).isNull());
    }
};

QTEST_GUILESS_MAIN(JsonExtractTest)
#include "jsonextract_test.moc"

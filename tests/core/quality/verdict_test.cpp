// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "quality/verdict.h"

#include <QTest>

using namespace Dialogsmith::Quality;
using namespace Qt::StringLiterals;

// What judges answer, as models write it: the verdict is read when it is there and says what was asked, and
// refused with a reason otherwise (the engine journals the reason and asks again).
class VerdictTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void score_readsTheScoreAndReason_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<double>("score");
        QTest::addColumn<QString>("reason");
        QTest::newRow("plain") << u"{\"score\": 7, \"reason\": \"Clear and correct.\"}"_s << 7.0
                               << u"Clear and correct."_s;
        QTest::newRow("in prose") << u"Here is my verdict: {\"score\": 8.5, \"reason\": \"Good.\"} Hope it helps."_s
                                  << 8.5 << u"Good."_s;
        QTest::newRow("in a code fence") << u"```json\n{\"score\": 3, \"reason\": \"Thin.\"}\n```"_s << 3.0
                                         << u"Thin."_s;
        QTest::newRow("after think tags")
            << u"<think>The score {\"score\": 1} seems too low.</think>\n{\"score\": 9, \"reason\": \"Fine.\"}"_s << 9.0
            << u"Fine."_s;
        QTest::newRow("as text") << u"{\"score\": \"6/10\", \"reason\": \"  Padded.  \"}"_s << 6.0 << u"Padded."_s;
        QTest::newRow("no reason") << u"{\"score\": 1}"_s << 1.0 << QString();
        QTest::newRow("at the top of the scale") << u"{\"score\": 10}"_s << 10.0 << QString();
    }

    void score_readsTheScoreAndReason()
    {
        QFETCH(QString, reply);
        QFETCH(double, score);
        QFETCH(QString, reason);
        const Verdict v = VerdictReader::score(reply, 1, 10);
        QVERIFY2(v.isValid(), qPrintable(v.error));
        QCOMPARE(v.score.value_or(-1), score);
        QCOMPARE(v.reason, reason);
    }

    void score_refusesWhatIsNotAScoreOnTheScale_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("error");
        QTest::newRow("no JSON") << u"I would give it a seven."_s << u"no JSON"_s;
        QTest::newRow("a list") << u"[7]"_s << u"not an object"_s;
        QTest::newRow("no score") << u"{\"rating\": 7}"_s << u"has no \"score\""_s;
        QTest::newRow("a word") << u"{\"score\": \"seven\"}"_s << u"not a number"_s;
        QTest::newRow("a boolean") << u"{\"score\": true}"_s << u"not a number"_s;
        QTest::newRow("null") << u"{\"score\": null}"_s << u"not a number"_s;
        QTest::newRow("above the scale") << u"{\"score\": 11}"_s << u"outside the rubric's scale (1 to 10)"_s;
        QTest::newRow("below the scale") << u"{\"score\": 0}"_s << u"outside the rubric's scale"_s;
        QTest::newRow("negative") << u"{\"score\": -3}"_s << u"outside the rubric's scale"_s;
    }

    void score_refusesWhatIsNotAScoreOnTheScale()
    {
        QFETCH(QString, reply);
        QFETCH(QString, error);
        const Verdict v = VerdictReader::score(reply, 1, 10);
        QVERIFY(!v.isValid());
        QVERIFY(!v.score);
        QVERIFY2(v.error.contains(error), qPrintable(v.error));
    }

    void score_threePointScale()
    {
        QVERIFY(VerdictReader::score(u"{\"score\": 3}"_s, 1, 3).isValid());
        QVERIFY(!VerdictReader::score(u"{\"score\": 4}"_s, 1, 3).isValid());
        QVERIFY(!VerdictReader::score(u"{\"score\": 7}"_s, 1, 3).isValid());
    }

    void reason_isCutToALength()
    {
        const QString reply = u"{\"score\": 5, \"reason\": \"%1\"}"_s.arg(QString(10000, u'x'));
        const Verdict v = VerdictReader::score(reply, 1, 10);
        QVERIFY(v.isValid());
        QCOMPARE(v.reason.size(), 2000);
    }

    void check_readsTrueAndFalse_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("pass");
        QTest::newRow("true") << u"{\"faithful\": true, \"reason\": \"Supported.\"}"_s << u"faithful"_s << true;
        QTest::newRow("false") << u"{\"faithful\": false, \"reason\": \"Invented.\"}"_s << u"faithful"_s << false;
        QTest::newRow("yes as text") << u"Sure. {\"answers\": \"Yes\"}"_s << u"answers"_s << true;
        QTest::newRow("false as text") << u"```\n{\"answers\": \" false \"}\n```"_s << u"answers"_s << false;
        QTest::newRow("no") << u"<think>hm</think>{\"answers\": \"no\"}"_s << u"answers"_s << false;
    }

    void check_readsTrueAndFalse()
    {
        QFETCH(QString, reply);
        QFETCH(QString, key);
        QFETCH(bool, pass);
        const Verdict v = VerdictReader::check(reply, key);
        QVERIFY2(v.isValid(), qPrintable(v.error));
        QVERIFY(v.pass.has_value());
        QCOMPARE(*v.pass, pass);
    }

    void check_refusesOtherAnswers_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("error");
        QTest::newRow("the other key") << u"{\"answers\": true}"_s << u"has no \"faithful\""_s;
        QTest::newRow("a number") << u"{\"faithful\": 1}"_s << u"not true or false"_s;
        QTest::newRow("maybe") << u"{\"faithful\": \"partly\"}"_s << u"not true or false"_s;
        QTest::newRow("prose only") << u"It is faithful."_s << u"no JSON"_s;
    }

    void check_refusesOtherAnswers()
    {
        QFETCH(QString, reply);
        QFETCH(QString, error);
        const Verdict v = VerdictReader::check(reply, u"faithful"_s);
        QVERIFY(!v.isValid());
        QVERIFY(!v.pass);
        QVERIFY2(v.error.contains(error), qPrintable(v.error));
    }

    void ranking_readsEveryResponseOnce_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QList<int>>("ranking");
        QTest::newRow("numbers") << u"{\"ranking\": [2, 3, 1], \"reason\": \"Two.\"}"_s << QList<int> {2, 3, 1};
        QTest::newRow("as text") << u"{\"ranking\": [\"3\", \"1\", \"2\"]}"_s << QList<int> {3, 1, 2};
        QTest::newRow("in prose") << u"My ranking: {\"ranking\": [1, 2, 3]} done"_s << QList<int> {1, 2, 3};
    }

    void ranking_readsEveryResponseOnce()
    {
        QFETCH(QString, reply);
        QFETCH(QList<int>, ranking);
        const Verdict v = VerdictReader::ranking(reply, 3);
        QVERIFY2(v.isValid(), qPrintable(v.error));
        QCOMPARE(v.ranking, ranking);
    }

    void ranking_refusesDuplicatesGapsAndStrangers_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::newRow("a duplicate") << u"{\"ranking\": [1, 1, 2]}"_s;
        QTest::newRow("one missing") << u"{\"ranking\": [1, 2]}"_s;
        QTest::newRow("one too many") << u"{\"ranking\": [1, 2, 3, 4]}"_s;
        QTest::newRow("zero") << u"{\"ranking\": [0, 1, 2]}"_s;
        QTest::newRow("a fraction") << u"{\"ranking\": [1.5, 2, 3]}"_s;
        QTest::newRow("a word") << u"{\"ranking\": [\"first\", 2, 3]}"_s;
        QTest::newRow("not a list") << u"{\"ranking\": \"2, 3, 1\"}"_s;
        QTest::newRow("empty") << u"{\"ranking\": []}"_s;
        QTest::newRow("no ranking") << u"{\"best\": 2}"_s;
        QTest::newRow("huge") << u"{\"ranking\": [1e300, 2, 3]}"_s;
    }

    void ranking_refusesDuplicatesGapsAndStrangers()
    {
        QFETCH(QString, reply);
        const Verdict v = VerdictReader::ranking(reply, 3);
        QVERIFY(!v.isValid());
        QVERIFY(v.ranking.isEmpty());
        QVERIFY(!v.error.isEmpty());
    }

    void texts_readsAQueryList_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("an array") << u"[\"energy of a lever\", \"how pulleys work\"]"_s
                                  << QStringList {u"energy of a lever"_s, u"how pulleys work"_s};
        QTest::newRow("under queries") << u"{\"queries\": [\"a\", \"b\"]}"_s << QStringList {u"a"_s, u"b"_s};
        QTest::newRow("fenced, repeats and blanks")
            << u"Sure!\n```json\n[\"lever\", \"  \", \"lever\", \" pulley \", 3]\n```"_s
            << QStringList {u"lever"_s, u"pulley"_s};
    }

    void texts_readsAQueryList()
    {
        QFETCH(QString, reply);
        QFETCH(QStringList, texts);
        QString error;
        QCOMPARE(VerdictReader::texts(reply, &error), texts);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void texts_refusesWhatIsNoList_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("error");
        QTest::newRow("prose") << u"energy, levers, pulleys"_s << u"no JSON"_s;
        QTest::newRow("an object") << u"{\"query\": \"levers\"}"_s << u"not a JSON list"_s;
        QTest::newRow("empty list") << u"[]"_s << u"holds no text"_s;
        QTest::newRow("no strings") << u"[1, 2, null]"_s << u"holds no text"_s;
    }

    void texts_refusesWhatIsNoList()
    {
        QFETCH(QString, reply);
        QFETCH(QString, error);
        QString e;
        QVERIFY(VerdictReader::texts(reply, &e).isEmpty());
        QVERIFY2(e.contains(error), qPrintable(e));
    }
};

QTEST_GUILESS_MAIN(VerdictTest)
#include "verdict_test.moc"

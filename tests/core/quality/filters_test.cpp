// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "quality/filters.h"

#include "project/projectfile.h"
#include "store/curationstore.h"
#include "store/runstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dialogsmith;
using namespace Dialogsmith::Quality;

namespace {

const QString germanText = u"Die Photosynthese ist der Vorgang, bei dem Pflanzen mit Hilfe des Sonnenlichts aus "
                           u"Kohlendioxid und Wasser Zucker herstellen. Dabei entsteht Sauerstoff, den wir atmen. "
                           u"Das geschieht in den Blättern, genauer in den Chloroplasten der Zellen."_s;
const QString englishText = u"Photosynthesis is the process by which plants use sunlight to turn carbon dioxide and "
                            u"water into sugar. Oxygen is released along the way, which is what we breathe. It "
                            u"happens in the leaves, in the chloroplasts of their cells."_s;
const QString indonesianText = u"Fotosintesis adalah proses ketika tumbuhan menggunakan cahaya matahari untuk "
                               u"mengubah karbon dioksida dan air menjadi gula. Dalam proses ini oksigen dilepaskan, "
                               u"dan itulah yang kita hirup setiap hari."_s;

} // namespace

class FiltersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusalPhrase_findsRefusalsAndBoilerplate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("boilerplate") << u"As an AI language model, I think photosynthesis is neat."_s
                                     << u"As an AI language model"_s;
        QTest::newRow("case and punctuation")
            << u"well... AS AN AI-LANGUAGE MODEL: no."_s << u"As an AI language model"_s;
        QTest::newRow("curly apostrophe")
            << u"I’m sorry, but I can’t assist with that request."_s << u"I'm sorry, but I can't assist"_s;
        QTest::newRow("mid text") << u"Good question. I cannot assist with hacking your neighbour's wifi."_s
                                  << u"I cannot assist with"_s;
        QTest::newRow("large model") << u"As a large language model I have no body."_s
                                     << u"As a large language model"_s;
        QTest::newRow("opinions") << u"I don't have personal opinions, but many people say..."_s
                                  << u"I don't have personal opinions"_s;
        QTest::newRow("german") << u"Als KI-Sprachmodell habe ich keinen Zugang dazu."_s << u"Als KI-Sprachmodell"_s;
        QTest::newRow("german refusal") << u"Tut mir leid. Ich kann Ihnen dabei nicht helfen."_s
                                        << u"Ich kann Ihnen dabei nicht helfen"_s;
        QTest::newRow("german opinion") << u"Ich habe keine persönlichen Meinungen zu Parteien."_s
                                        << u"Ich habe keine persönlichen Meinungen"_s;
        QTest::newRow("indonesian") << u"Sebagai model bahasa AI, saya tidak bisa merasakan."_s
                                    << u"Sebagai model bahasa AI"_s;
        QTest::newRow("indonesian refusal") << u"Maaf, saya tidak dapat membantu dengan permintaan itu."_s
                                            << u"Maaf, saya tidak dapat membantu dengan"_s;
        QTest::newRow("chinese") << u"作为一个人工智能语言模型，我没有身体。"_s << u"作为一个人工智能语言模型"_s;
        QTest::newRow("chinese refusal") << u"抱歉，我无法协助完成这个请求。"_s << u"抱歉，我无法协助"_s;
        QTest::newRow("chinese full-width ai") << u"作为ＡＩ语言模型，我不能回答。"_s << u"作为AI语言模型"_s;
    }
    void refusalPhrase_findsRefusalsAndBoilerplate()
    {
        QFETCH(QString, text);
        QFETCH(QString, phrase);
        QCOMPARE(refusalPhrase(text), std::optional<QString>(phrase));
    }

    void refusalPhrase_leavesNearMissesAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("sorry to hear") << u"I'm sorry to hear that you can't sleep."_s;
        QTest::newRow("sorry, can't make it") << u"I'm sorry, but I can't make it on Friday."_s;
        QTest::newRow("can assist") << u"I can assist with that: here is the plan."_s;
        QTest::newRow("someone else cannot") << u"She cannot assist with the move next week."_s;
        QTest::newRow("AI cannot") << u"An AI cannot assist with everything."_s;
        QTest::newRow("ai researcher") << u"As an AI researcher, I study how models learn."_s;
        QTest::newRow("about models") << u"How does a large language model work?"_s;
        QTest::newRow("personal information")
            << u"I don't have personal information about your account, please log in."_s;
        QTest::newRow("language model as topic") << u"Treat it as a language model would: token by token."_s;
        QTest::newRow("german near miss") << u"Ich kann dabei helfen, die Aufgabe zu lösen."_s;
        QTest::newRow("indonesian near miss") << u"Saya dapat membantu dengan tugas ini."_s;
        QTest::newRow("chinese near miss") << u"抱歉，我无法参加明天的会议。"_s;
        QTest::newRow("empty") << QString();
    }
    void refusalPhrase_leavesNearMissesAlone()
    {
        QFETCH(QString, text);
        QCOMPARE(refusalPhrase(text), std::nullopt);
    }

    void languageCode_readsNamesAndCodes()
    {
        QCOMPARE(languageCode(u"German"_s), u"de"_s);
        QCOMPARE(languageCode(u"deutsch"_s), u"de"_s);
        QCOMPARE(languageCode(u"de_CH"_s), u"de"_s);
        QCOMPARE(languageCode(u"Chinese (simplified)"_s), u"zh"_s);
        QCOMPARE(languageCode(u"中文"_s), u"zh"_s);
        QCOMPARE(languageCode(u"Bahasa Indonesia"_s), u"id"_s);
        QCOMPARE(languageCode(u"Malay"_s), u"id"_s); // the detector cannot tell them apart
        QCOMPARE(languageCode(u" English "_s), u"en"_s);
        QCOMPARE(languageCode(u"Klingonish nonsense"_s), QString());
        QCOMPARE(languageCode(QString()), QString());
    }

    void detectLanguage_isReliableOnlyOnEnoughText()
    {
        const LanguageGuess german = detectLanguage(germanText);
        QCOMPARE(german.code, u"de"_s);
        QVERIFY(german.reliable);
        QCOMPARE(detectLanguage(indonesianText).code, u"id"_s);
        QVERIFY(detectLanguage(indonesianText).reliable);
        QVERIFY(!detectLanguage(u"Danke schön!"_s).reliable);
        // Code is left out: a German explanation around an English-looking program stays German.
        const QString withCodeText
            = germanText + u"\n```\nfor item in items:\n    print(item.name, item.value, item.total)\n```\n"_s;
        const LanguageGuess withCode = detectLanguage(withCodeText);
        QCOMPARE(withCode.code, u"de"_s);
    }

    void examine_findsTruncationAndLengths()
    {
        TextFacts facts = examine({{u"user"_s, u"Hello there, tell me about leaves."_s, u"stop"_s},
                                   {u"assistant"_s, u"Leaves are"_s, u"length"_s}});
        QCOMPARE(facts.truncated, u"length:2"_s);
        QCOMPARE(facts.shortest, 10);
        QCOMPARE(facts.longest, 34);
        QVERIFY(facts.refusal.isEmpty());

        facts = examine({{u"user"_s, u"Question?"_s, u"stop"_s}, {u"assistant"_s, u"  "_s, u"stop"_s}});
        QCOMPARE(facts.truncated, u"empty:2"_s);
        facts = examine({{u"user"_s, u"Q"_s, u"MAX_TOKENS"_s}});
        QCOMPARE(facts.truncated, u"length:1"_s);
        QCOMPARE(examine({}).truncated, u"none"_s);
        facts = examine({{u"user"_s, germanText, u"stop"_s}, {u"assistant"_s, englishText, u"stop"_s}});
        QCOMPARE(facts.languages, QStringList({u"de"_s, u"en"_s}));
        QVERIFY(facts.truncated.isEmpty());
    }

    void checker_storesHitsAndFollowsEditsAndSettings()
    {
        QTemporaryDir dir;
        QString error;
        auto file = ProjectFile::create(dir.filePath(u"f.dialogsmith"_s), &error);
        QVERIFY2(file, qPrintable(error));
        QSqlDatabase db = file->database();
        Store::RunStore store(db);
        const auto run = store.createRun(4, 1, R"({"design":{}})", &error);
        QVERIFY(run);
        QVERIFY(store.storeTemplate(u"v"_s, u"starter"_s, u"x"_s, &error));
        struct Sample {
            QString persona;
            QString answer;
            QString finish;
        };
        const QList<Sample> samples = {
            {u"Anna"_s, germanText, u"stop"_s}, // fine
            {u"Anna"_s, englishText, u"stop"_s}, // wrong language for Anna
            {u"Bob"_s, u"As an AI language model, I cannot feel. "_s + englishText, u"stop"_s}, // refusal
            {u"Bob"_s, englishText.left(60), u"length"_s}, // truncated
        };
        QList<qint64> ids;
        QList<qint64> answerTurns;
        QVERIFY(store.begin(&error));
        for (int i = 0; i < samples.size(); ++i) {
            Store::NewConversation c;
            c.runId = *run;
            c.planIndex = i;
            c.turnsPlanned = 1;
            c.topicPath = u"Plants"_s;
            c.userPersona = samples[i].persona;
            c.assistantPersona = u"Tutor"_s;
            c.draw = "{}";
            const auto id = store.insertConversation(c, &error);
            QVERIFY2(id, qPrintable(error));
            ids.append(*id);
            for (int seq = 0; seq < 2; ++seq) {
                Store::NewTurn t;
                t.conversationId = *id;
                t.seq = seq;
                t.role = seq == 0 ? Llm::Role::User : Llm::Role::Assistant;
                t.content = seq == 0
                    ? (samples[i].persona == u"Anna"_s ? u"Was ist Photosynthese? Erklär es mir bitte."_s
                                                       : u"What is photosynthesis? Please explain."_s)
                    : samples[i].answer;
                t.profile = u"p"_s;
                t.model = u"m"_s;
                t.params = "{}";
                t.finishReason = seq == 0 ? u"stop"_s : samples[i].finish;
                t.templateVersion = u"v"_s;
                QVERIFY2(store.insertTurn(t, &error), qPrintable(error));
            }
            QVERIFY(store.finishConversation(*id, Store::ConversationState::Complete, {}, false, &error));
        }
        QVERIFY(store.commit(&error));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT id FROM turns WHERE seq = 1 ORDER BY conversation_id"_s));
        while (q.next())
            answerTurns.append(q.value(0).toLongLong());

        const auto hits = [&] {
            QStringList all;
            QSqlQuery h(db);
            h.exec(u"SELECT conversation_id, rule, detail FROM filter_hits ORDER BY conversation_id, rule"_s);
            while (h.next())
                all.append(u"%1 %2 %3"_s.arg(ids.indexOf(h.value(0).toLongLong()))
                               .arg(h.value(1).toString(), h.value(2).toString()));
            return all;
        };

        FilterInputs inputs;
        inputs.minCharacters = 20;
        inputs.maxCharacters = 20000;
        inputs.personaLanguages.insert(u"Anna"_s, u"de"_s);
        inputs.fallbackLanguage = u"en"_s;
        FilterChecker checker(db);
        QCOMPARE(checker.pending(&error), std::optional<qint64>(4));
        QList<std::pair<qint64, qint64>> progress;
        auto outcome = checker.update(
            inputs,
            [&](qint64 done, qint64 total) {
                progress.append({done, total});
                return true;
            },
            &error);
        QVERIFY2(outcome, qPrintable(error));
        QCOMPARE(outcome->checked, 4);
        QVERIFY(outcome->settingsApplied);
        QCOMPARE(progress.constLast().first, 4);
        QCOMPARE(progress.constLast().second, 4);
        QCOMPARE(
            hits(),
            QStringList({u"1 wrong-language en"_s, u"2 refusal As an AI language model"_s, u"3 truncated length:2"_s}));

        // Nothing changed: nothing is read or written.
        outcome = checker.update(inputs, {}, &error);
        QVERIFY(outcome);
        QCOMPARE(outcome->checked, 0);
        QVERIFY(!outcome->settingsApplied);

        // Curation removes the boilerplate: that sample is checked again, and only that one.
        Store::CurationStore curation(db);
        QVERIFY2(curation.setTurnText(answerTurns[2], englishText, &error), qPrintable(error));
        QCOMPARE(checker.pending(&error), std::optional<qint64>(1));
        outcome = checker.update(inputs, {}, &error);
        QCOMPARE(outcome->checked, 1);
        QCOMPARE(hits(), QStringList({u"1 wrong-language en"_s, u"3 truncated length:2"_s}));

        // Settings change: worked out again without reading any text.
        inputs.minCharacters = 50;
        inputs.personaLanguages.insert(u"Anna"_s, u"en"_s);
        outcome = checker.update(inputs, {}, &error);
        QCOMPARE(outcome->checked, 0);
        QVERIFY(outcome->settingsApplied);
        QCOMPARE(hits(),
                 QStringList({u"0 too-short 43"_s, u"0 wrong-language de"_s, u"1 too-short 43"_s, u"2 too-short 39"_s,
                              u"3 too-short 39"_s, u"3 truncated length:2"_s}));

        // Cancelled before the first batch: nothing done, and it says so.
        QVERIFY(curation.setTurnText(answerTurns[0], englishText, &error));
        outcome = checker.update(inputs, [](qint64, qint64) { return false; }, &error);
        QVERIFY(outcome->cancelled);
        QCOMPARE(outcome->checked, 0);
        QCOMPARE(checker.pending(&error), std::optional<qint64>(1));

        // A deleted sample takes its hits with it.
        QVERIFY(q.exec(u"DELETE FROM conversations WHERE id = %1"_s.arg(ids[3])));
        QVERIFY(!hits().join(u'\n').contains(u"3 truncated"_s));
    }
};

QTEST_GUILESS_MAIN(FiltersTest)
#include "filters_test.moc"

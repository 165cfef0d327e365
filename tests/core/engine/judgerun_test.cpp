// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
// Judge runs (GenerationEngine::judge): samples already in a project scored on a rubric by a scripted judge.
#include "enginetestsupport.h"
#include "project/projectfile.h"
#include "quality/deduplicator.h"
#include "scriptedserver/scriptedresponses.h"
#include "scriptedserver/scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dialogsmith;
using namespace Dialogsmith::EngineTest;
using namespace Qt::StringLiterals;
namespace Scripted = Dialogsmith::Test;

namespace {

constexpr int runTimeoutMs = 60000;

Design::ProjectDesign design(const QUrl &url)
{
    Design::ProjectDesign d;
    d.name = u"Judge test"_s;
    d.topics = {{u"Optics"_s, {}, 1, {}}};
    Design::Persona user;
    user.name = u"Mia"_s;
    Design::Persona assistant;
    assistant.name = u"Dr. Okafor"_s;
    assistant.side = Design::Side::Assistant;
    d.personas = {user, assistant};
    d.templates.system = u"SYSTEM answer well."_s;
    d.templates.starter = u"STARTER ask about {{topic}}."_s;
    d.templates.userTurn = u"FOLLOWUP {{turn}}"_s;
    d.templates.assistantTurn = u"{{question}}"_s;
    d.templates.judge = u"JUDGE on {{rubric.name}} from {{rubric.minimum}} to {{rubric.maximum}}{{#if answer}} TURN "
                        "{{answer}}{{/if}}\n{{#each history}}{{role}}: {{content}}\n{{/each}}"_s;
    d.providers = {profile(u"sim"_s, url, u"sim-model"_s), profile(u"judge"_s, url, u"judge-model"_s)};
    d.generation.count = 4;
    d.generation.minTurns = d.generation.maxTurns = 2;
    d.generation.userProfile = u"sim"_s;
    d.generation.assistantProfile = u"sim"_s;
    d.generation.concurrency = 4;
    d.quality.judgeProfile = u"judge"_s;
    return d;
}

Scripted::Response text(const QString &content, const QString &model)
{
    Scripted::StreamOptions options;
    options.model = model;
    return Scripted::openAiStream({content}, options);
}

} // namespace

class JudgeRunTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Scripted::ScriptedServer> m_server;
    /// What the judge answers to a prompt; the default scores by the number in the last answer.
    std::function<QString(const QString &prompt)> m_judge;
    QStringList m_judgePrompts;
    int m_counter = 0;

    QString path() const { return m_dir->filePath(u"judge.dialogsmith"_s); }

    static bool waitForEnd(Session &session)
    {
        return QTest::qWaitFor([&] { return !session.summaries.isEmpty(); }, runTimeoutMs);
    }

    // Four conversations of two exchanges, made by a run against the scripted models.
    void generate()
    {
        QString error;
        QVERIFY2(createProject(path(), design(m_server->url()), &error), qPrintable(error));
        Session session(path(), false);
        session.start();
        QVERIFY(waitForEnd(session));
        QCOMPARE(session.summary().outcome, Engine::RunOutcome::Completed);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<Scripted::ScriptedServer>();
        QVERIFY(m_server->listen());
        m_judgePrompts.clear();
        m_counter = 0;
        m_judge = [](const QString &) { return u"{\"score\": 7, \"reason\": \"Clear and correct.\"}"_s; };
        m_server->setHandler([this](const Scripted::Request &request) {
            const QJsonObject body = request.json();
            const QJsonArray messages = body.value(u"messages"_s).toArray();
            const QString prompt = messages.last()[u"content"_s].toString();
            const QString model = body.value(u"model"_s).toString();
            if (prompt.startsWith(u"JUDGE"_s)) {
                m_judgePrompts.append(prompt);
                return text(m_judge(prompt), model);
            }
            if (prompt.startsWith(u"STARTER"_s) || prompt.startsWith(u"FOLLOWUP"_s))
                return text(u"Question %1?"_s.arg(++m_counter), model);
            return text(u"Answer %1."_s.arg(++m_counter), model);
        });
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void judge_scoresEveryCompleteSample_andStoresTheReason()
    {
        generate();
        Session session(path(), true);
        session.judge();
        QVERIFY(waitForEnd(session));
        QCOMPARE(session.summary().outcome, Engine::RunOutcome::Completed);
        QCOMPARE(session.summary().progress.complete, 4);

        Reader reader(path());
        QCOMPARE(m_judgePrompts.size(), 4);
        // The rubric and the whole conversation reached the judge.
        QVERIFY2(m_judgePrompts.first().startsWith(u"JUDGE on 1-10 from 1 to 10\n"_s),
                 qPrintable(m_judgePrompts.first()));
        QCOMPARE(m_judgePrompts.first().count(u"user: Question"_s), 2);
        QCOMPARE(m_judgePrompts.first().count(u"assistant: Answer"_s), 2);
        QCOMPARE(
            reader.count(u"SELECT count(*) FROM judgments WHERE purpose = 'quality' AND rubric = '1-10' AND score = 7 "
                         "AND scale_min = 1 AND scale_max = 10 AND reason = 'Clear and correct.' AND turn_id IS NULL "
                         "AND profile = 'judge' AND model = 'judge-model'"_s),
            4);
        QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE judge_score = 7 AND judge_rubric = '1-10'"_s),
                 4);
        // A run of its own, with its calls in the journal; the samples are as they were.
        QCOMPARE(reader.value(u"SELECT kind FROM runs ORDER BY id DESC LIMIT 1"_s).toString(), u"judge"_s);
        QCOMPARE(
            reader.count(u"SELECT count(*) FROM calls WHERE run_id = (SELECT max(id) FROM runs) AND outcome = 'ok'"_s),
            4);
        QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE state = 'complete'"_s), 4);
        QCOMPARE(reader.count(u"SELECT count(*) FROM turns"_s), 16);

        // Judged samples are not judged again on the same rubric, unless asked; a new generate run is not a
        // resumption of the judge run.
        Session again(path(), false);
        again.judge();
        QVERIFY(waitForEnd(again));
        QCOMPARE(again.summary().progress.planned, 0);
        QCOMPARE(m_judgePrompts.size(), 4);
        Engine::JudgeOptions all;
        all.again = true;
        Session third(path(), false);
        third.judge(all);
        QVERIFY(waitForEnd(third));
        QCOMPARE(m_judgePrompts.size(), 8);
    }

    void judge_leavesOutRejectedSamples_andHiddenDuplicates()
    {
        generate();
        {
            // A person rejects sample 1; sample 3 becomes a copy of sample 2, which dedup finds.
            QString error;
            auto file = ProjectFile::open(path(), &error);
            QVERIFY2(file, qPrintable(error));
            QSqlQuery q(file->database());
            QVERIFY(q.exec(u"UPDATE conversations SET review = 'rejected' WHERE id = 1"_s));
            QVERIFY(q.exec(u"UPDATE turns SET content = (SELECT o.content FROM turns o WHERE o.conversation_id = 2 AND "
                           "o.seq = turns.seq) WHERE conversation_id = 3"_s));
            const auto update = Quality::Deduplicator(file->database()).update(0.8, &error);
            QVERIFY2(update, qPrintable(error));
            QCOMPARE(update->summary.exact, 1);
        }
        {
            Session session(path(), false);
            session.judge();
            QVERIFY(waitForEnd(session));
            QCOMPARE(session.summary().outcome, Engine::RunOutcome::Completed);
        }
        Reader reader(path());
        QCOMPARE(m_judgePrompts.size(), 2);
        QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE judge_rubric IS NOT NULL AND id IN (2, 4)"_s),
                 2);
        // With duplicates shown in the dataset, the copy is judged too; a rejected sample only when named.
        Design::ProjectDesign shown = design(m_server->url());
        shown.quality.hideDuplicates = false;
        QString error;
        QVERIFY2(saveDesign(path(), shown, &error), qPrintable(error));
        {
            Session session(path(), false);
            session.judge();
            QVERIFY(waitForEnd(session));
        }
        QCOMPARE(m_judgePrompts.size(), 3);
        Engine::JudgeOptions named;
        named.conversationIds = {1};
        Session session(path(), false);
        session.judge(named);
        QVERIFY(waitForEnd(session));
        QCOMPARE(m_judgePrompts.size(), 4);
    }

    void judge_perTurn_scoresEachAnswer_andKeepsTheWorst()
    {
        generate();
        // The first answer of a conversation scores 3, the second 2 (as text, in a code fence).
        m_judge = [](const QString &prompt) {
            const int score = prompt.count(u"assistant: "_s) == 1 ? 3 : 2;
            return u"```json\n{\"score\": \"%1/3\", \"reason\": \"r%1\"}\n```"_s.arg(score);
        };
        Engine::JudgeOptions options;
        options.rubric = u"3-point"_s;
        options.perTurn = true;
        Session session(path(), false);
        session.judge(options);
        QVERIFY(waitForEnd(session));
        QCOMPARE(session.summary().outcome, Engine::RunOutcome::Completed);
        QCOMPARE(m_judgePrompts.size(), 8);
        // The first answer is judged with what came before it only.
        const QString first = m_judgePrompts.first();
        QVERIFY2(first.contains(u" TURN Answer"_s), qPrintable(first));
        QCOMPARE(first.count(u"assistant: Answer"_s), 1);
        Reader reader(path());
        QCOMPARE(reader.count(u"SELECT count(*) FROM judgments j JOIN turns t ON t.id = j.turn_id WHERE t.role = "
                              "'assistant' AND j.rubric = '3-point'"_s),
                 8);
        QCOMPARE(reader.count(u"SELECT count(*) FROM judgments WHERE score = 3 AND reason = 'r3'"_s), 4);
        // Each conversation's score is its worse answer's.
        QCOMPARE(
            reader.count(u"SELECT count(*) FROM conversations WHERE judge_score = 2 AND judge_rubric = '3-point'"_s),
            4);
    }

    void judge_unreadableOrOutOfScale_isAskedAgain_thenFails()
    {
        generate();
        m_judge = [](const QString &) { return u"{\"score\": 11, \"reason\": \"too kind\"}"_s; };
        Engine::JudgeOptions options;
        Session session(path(), false);
        session.judge(options);
        QVERIFY(waitForEnd(session));
        QCOMPARE(session.summary().outcome, Engine::RunOutcome::CompletedWithFailures);
        QCOMPARE(session.summary().progress.failed, 4);
        QCOMPARE(m_judgePrompts.size(), 12);
        QVERIFY2(session.finished.first().reason.contains(u"outside the rubric's scale"_s),
                 qPrintable(session.finished.first().reason));
        Reader reader(path());
        QCOMPARE(reader.count(u"SELECT count(*) FROM judgments"_s), 0);
        QCOMPARE(reader.count(u"SELECT count(*) FROM calls WHERE outcome = 'discarded'"_s), 12);
        // The samples stay as they were.
        QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE state = 'complete' AND judge_score IS NULL"_s),
                 4);
    }

    void judge_unknownRubricOrProfile_failsWithAClearMessage()
    {
        generate();
        Engine::JudgeOptions options;
        options.rubric = u"5-star"_s;
        Session session(path(), false);
        session.judge(options);
        QVERIFY(waitForEnd(session));
        QCOMPARE(session.summary().outcome, Engine::RunOutcome::Failed);
        QVERIFY2(session.summary().reason.contains(u"5-star"_s), qPrintable(session.summary().reason));
        options.rubric.reset();
        options.profile = u"nobody"_s;
        Session second(path(), false);
        second.judge(options);
        QVERIFY(waitForEnd(second));
        QCOMPARE(second.summary().outcome, Engine::RunOutcome::Failed);
        QVERIFY2(second.summary().reason.contains(u"nobody"_s), qPrintable(second.summary().reason));
    }
};

QTEST_GUILESS_MAIN(JudgeRunTest)
#include "judgerun_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/runstore.h"

#include "support/storefixture.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dialogsmith;
using namespace Dialogsmith::Store;
using namespace Qt::StringLiterals;

namespace {

NewConversation conversation(qint64 runId, int planIndex)
{
    NewConversation c;
    c.runId = runId;
    c.planIndex = planIndex;
    c.turnsPlanned = 2;
    c.topicPath = u"Mechanics › Energy"_s;
    c.userPersona = u"Mia"_s;
    c.assistantPersona = u"Dr. Okafor"_s;
    c.draw = R"({"index":0})";
    return c;
}

NewTurn turn(qint64 conversationId, int seq, const QString &content)
{
    NewTurn t = Test::StoreFixture::newTurn(conversationId, seq, content);
    t.usage.inputTokens = 10;
    t.usage.outputTokens = 5;
    return t;
}

CallRecord call(qint64 runId, qint64 input, qint64 output, double cost, const QString &outcome = u"ok"_s)
{
    CallRecord c;
    c.runId = runId;
    c.profile = u"local"_s;
    c.model = u"local-model"_s;
    c.outcome = outcome;
    c.attempts = 1;
    c.usage.inputTokens = input;
    c.usage.outputTokens = output;
    c.costUsd = cost;
    return c;
}

} // namespace

class RunStoreTest : public QObject, private Test::StoreFixture
{
    Q_OBJECT

private:
    std::unique_ptr<RunStore> m_store;
    qint64 m_runId = 0;

    qint64 addConversation(int planIndex, qint64 runId = 0)
    {
        QString error;
        const auto id = m_store->insertConversation(conversation(runId ? runId : m_runId, planIndex), &error);
        if (!id)
            qWarning("insertConversation failed: %s", qPrintable(error));
        return id.value_or(0);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        openNewProject(u"runs.dialogsmith"_s);
        if (QTest::currentTestFailed())
            return;
        QString error;
        m_store = std::make_unique<RunStore>(m_project->database());
        const auto id = m_store->createRun(3, 42, R"({"design":{}})", &error);
        QVERIFY2(id, qPrintable(error));
        m_runId = *id;
        QVERIFY(m_store->storeTemplate(u"v-user"_s, u"starter"_s, u"Ask about {{topic}}."_s, &error));
    }

    void cleanup()
    {
        m_store.reset();
        closeProject();
    }

    void emptyProject_hasNoRun()
    {
        m_store.reset();
        m_project.reset();
        QString error;
        m_project = ProjectFile::create(m_dir->filePath(u"empty.dialogsmith"_s), &error);
        QVERIFY2(m_project, qPrintable(error));
        m_store = std::make_unique<RunStore>(m_project->database());
        const auto latest = m_store->latestRun(&error);
        QVERIFY2(latest, qPrintable(error));
        QCOMPARE(latest->id, 0);
        QCOMPARE(m_store->runCount(&error), 0);
        QVERIFY(!m_store->run(1, &error));
        QVERIFY2(error.contains(u"no run 1"_s), qPrintable(error));
    }

    void createdRun_isTheLatest_withItsStateAndReason()
    {
        QString error;
        const auto second = m_store->createRun(7, quint64(1) << 53, R"({"design":{"name":"x"}})", &error);
        QVERIFY2(second, qPrintable(error));
        auto latest = m_store->latestRun(&error);
        QVERIFY2(latest, qPrintable(error));
        QCOMPARE(latest->id, *second);
        QCOMPARE(latest->state, RunState::Running);
        QCOMPARE(latest->planned, 7);
        QCOMPARE(latest->seed, quint64(1) << 53);
        QCOMPARE(latest->snapshot, QByteArray(R"({"design":{"name":"x"}})"));
        QVERIFY(latest->createdAt.isValid());
        QCOMPARE(m_store->runCount(&error), 2);

        QVERIFY(m_store->setRunState(*second, RunState::Stopped, u"The budget of 100 tokens is used up."_s, &error));
        const auto stopped = m_store->run(*second, &error);
        QVERIFY2(stopped, qPrintable(error));
        QCOMPARE(stopped->state, RunState::Stopped);
        QCOMPARE(stopped->stopReason, u"The budget of 100 tokens is used up."_s);
        QCOMPARE(count(db(), u"SELECT count(*) FROM runs WHERE finished_at IS NOT NULL"_s), 1);
        // Running again (resumed): no longer finished.
        QVERIFY(m_store->setRunState(*second, RunState::Running, {}, &error));
        QCOMPARE(count(db(), u"SELECT count(*) FROM runs WHERE finished_at IS NOT NULL"_s), 0);
        // The first run is untouched.
        QCOMPARE(m_store->run(m_runId, &error)->state, RunState::Running);
    }

    void stateNames_roundTrip()
    {
        for (RunState s :
             {RunState::Running, RunState::Complete, RunState::Interrupted, RunState::Stopped, RunState::Failed})
            QCOMPARE(parseRunState(runStateName(s)), s);
        QVERIFY(!parseRunState(u"exploded"_s));
        for (ConversationState s : {ConversationState::Running, ConversationState::Complete, ConversationState::Failed})
            QCOMPARE(parseConversationState(conversationStateName(s)), s);
    }

    void secondConversationWithTheSamePlanIndex_isRefused()
    {
        QVERIFY(addConversation(0) > 0);
        QString error;
        QVERIFY(!m_store->insertConversation(conversation(m_runId, 0), &error));
        QVERIFY2(error.contains(u"UNIQUE"_s, Qt::CaseInsensitive), qPrintable(error));
        QCOMPARE(count(db(), u"SELECT count(*) FROM conversations"_s), 1);
        // The same index in another run is another conversation.
        const auto other = m_store->createRun(1, 1, "{}", &error);
        QVERIFY(other);
        QVERIFY(addConversation(0, *other) > 0);
    }

    void secondMessageWithTheSameSeq_isRefused_andTheFirstStays()
    {
        const qint64 id = addConversation(0);
        QString error;
        QVERIFY2(m_store->insertTurn(turn(id, 0, u"What is work?"_s), &error), qPrintable(error));
        QVERIFY(!m_store->insertTurn(turn(id, 0, u"What is power?"_s), &error));
        QVERIFY2(error.contains(u"UNIQUE"_s, Qt::CaseInsensitive), qPrintable(error));
        const auto messages = m_store->messages(id, &error);
        QVERIFY2(messages, qPrintable(error));
        QCOMPARE(messages->size(), 1);
        QCOMPARE(messages->at(0).content, u"What is work?"_s);
    }

    void turnWithAnUnknownTemplateVersion_isRefused()
    {
        const qint64 id = addConversation(0);
        NewTurn t = turn(id, 0, u"What is work?"_s);
        t.templateVersion = u"never-stored"_s;
        QString error;
        QVERIFY(!m_store->insertTurn(t, &error));
        QVERIFY2(error.contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive), qPrintable(error));
    }

    void messages_comeInSeqOrder_andAGapIsReportedAsDamage()
    {
        const qint64 id = addConversation(0);
        QString error;
        QVERIFY(m_store->insertTurn(turn(id, 1, u"Force times distance."_s), &error));
        QVERIFY(m_store->insertTurn(turn(id, 0, u"What is work?"_s), &error));
        auto messages = m_store->messages(id, &error);
        QVERIFY2(messages, qPrintable(error));
        QCOMPARE(messages->size(), 2);
        QCOMPARE(messages->at(0).role, Llm::Role::User);
        QCOMPARE(messages->at(0).content, u"What is work?"_s);
        QCOMPARE(messages->at(1).role, Llm::Role::Assistant);
        QCOMPARE(messages->at(1).content, u"Force times distance."_s);

        QVERIFY(m_store->insertTurn(turn(id, 3, u"It is measured in joules."_s), &error));
        QVERIFY(!m_store->messages(id, &error));
        QVERIFY2(error.contains(u"damaged"_s) && error.contains(u"message 2"_s), qPrintable(error));
    }

    void storedTurn_keepsItsProvenance()
    {
        const qint64 id = addConversation(0);
        QString error;
        QVERIFY(m_store->storeTemplate(u"v-system"_s, u"system"_s, u"You are {{assistant_persona.name}}."_s, &error));
        NewTurn t = turn(id, 1, u"Force times distance."_s);
        t.documentId = 4;
        t.chunkIndex = 2;
        t.systemVersion = u"v-system"_s;
        t.systemPrompt = u"You are Dr. Okafor."_s;
        t.costUsd = 0.25;
        t.latencyMs = 120;
        t.attempts = 2;
        QVERIFY2(m_store->insertTurn(t, &error), qPrintable(error));
        QVERIFY2(m_store->insertTurn(turn(id, 2, u"And power?"_s), &error), qPrintable(error));
        QSqlQuery q(db());
        QVERIFY(q.exec(u"SELECT role, profile, model, params, input_tokens, output_tokens, cost_usd, latency_ms, "
                       "attempts, document_id, chunk_index, template_version, system_version, system_prompt "
                       "FROM turns ORDER BY seq"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"assistant"_s);
        QCOMPARE(q.value(1).toString(), u"local"_s);
        QCOMPARE(q.value(2).toString(), u"local-model"_s);
        QCOMPARE(q.value(3).toString(), u"{\"max_tokens\":300}"_s);
        QCOMPARE(q.value(4).toLongLong(), 10);
        QCOMPARE(q.value(5).toLongLong(), 5);
        QCOMPARE(q.value(6).toDouble(), 0.25);
        QCOMPARE(q.value(7).toLongLong(), 120);
        QCOMPARE(q.value(8).toInt(), 2);
        QCOMPARE(q.value(9).toLongLong(), 4);
        QCOMPARE(q.value(10).toInt(), 2);
        QCOMPARE(q.value(11).toString(), u"v-user"_s);
        QCOMPARE(q.value(12).toString(), u"v-system"_s);
        QCOMPARE(q.value(13).toString(), u"You are Dr. Okafor."_s);
        // A user turn without grounding or a system prompt: NULLs, not empty values.
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"user"_s);
        QVERIFY(q.isNull(9));
        QVERIFY(q.isNull(10));
        QVERIFY(q.isNull(12));
        QVERIFY(q.isNull(13));
    }

    void storeTemplate_keepsTheFirstTextOfAVersion()
    {
        QString error;
        QVERIFY(m_store->storeTemplate(u"v-user"_s, u"starter"_s, u"Something else"_s, &error));
        QCOMPARE(count(db(), u"SELECT count(*) FROM templates"_s), 1);
        QSqlQuery q(db());
        QVERIFY(q.exec(u"SELECT source FROM templates WHERE version = 'v-user'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"Ask about {{topic}}."_s);
    }

    void finishConversation_recordsStateFailureAndEndedEarly()
    {
        const qint64 a = addConversation(0);
        const qint64 b = addConversation(1);
        QString error;
        QVERIFY(m_store->finishConversation(a, ConversationState::Complete, {}, true, &error));
        QVERIFY(m_store->finishConversation(b, ConversationState::Failed, u"server error (HTTP 500)"_s, false, &error));
        const auto records = m_store->conversations(m_runId, &error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(0).planIndex, 0);
        QCOMPARE(records->at(0).state, ConversationState::Complete);
        QCOMPARE(records->at(1).state, ConversationState::Failed);
        QCOMPARE(records->at(1).failure, u"server error (HTTP 500)"_s);
        QCOMPARE(count(db(), u"SELECT ended_early FROM conversations WHERE plan_index = 0"_s), 1);
        QCOMPARE(count(db(), u"SELECT ended_early FROM conversations WHERE plan_index = 1"_s), 0);
    }

    void resetFailed_makesOnlyThisRunsFailedConversationsRunnableAgain()
    {
        const qint64 complete = addConversation(0);
        const qint64 failedA = addConversation(1);
        const qint64 failedB = addConversation(2);
        QString error;
        const auto otherRun = m_store->createRun(1, 1, "{}", &error);
        QVERIFY(otherRun);
        const qint64 otherFailed = addConversation(0, *otherRun);
        QVERIFY(m_store->finishConversation(complete, ConversationState::Complete, {}, false, &error));
        QVERIFY(m_store->finishConversation(failedA, ConversationState::Failed, u"HTTP 500"_s, false, &error));
        QVERIFY(m_store->finishConversation(failedB, ConversationState::Failed, u"empty"_s, false, &error));
        QVERIFY(m_store->finishConversation(otherFailed, ConversationState::Failed, u"HTTP 500"_s, false, &error));

        QCOMPARE(m_store->resetFailed(m_runId, &error), std::optional<int>(2));
        const auto records = m_store->conversations(m_runId, &error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(records->at(0).state, ConversationState::Complete);
        QCOMPARE(records->at(1).state, ConversationState::Running);
        QCOMPARE(records->at(1).failure, QString());
        QCOMPARE(records->at(2).state, ConversationState::Running);
        QCOMPARE(m_store->conversations(*otherRun, &error)->at(0).state, ConversationState::Failed);
        // Nothing left to reset.
        QCOMPARE(m_store->resetFailed(m_runId, &error), std::optional<int>(0));
    }

    void totals_addUpTheRunsCalls()
    {
        QString error;
        const auto empty = m_store->totals(m_runId, &error);
        QVERIFY2(empty, qPrintable(error));
        QCOMPARE(empty->inputTokens, 0);
        QCOMPARE(empty->calls, 0);

        const auto otherRun = m_store->createRun(1, 1, "{}", &error);
        QVERIFY(otherRun);
        QVERIFY(m_store->insertCall(call(m_runId, 100, 20, 0.5), &error));
        QVERIFY(m_store->insertCall(call(m_runId, 30, 7, 0.25, u"discarded"_s), &error));
        CallRecord failed = call(m_runId, 0, 0, 0, u"failed"_s);
        failed.error = u"server error"_s;
        QVERIFY(m_store->insertCall(failed, &error));
        QVERIFY(m_store->insertCall(call(*otherRun, 1000, 1000, 9), &error));

        const auto totals = m_store->totals(m_runId, &error);
        QVERIFY2(totals, qPrintable(error));
        QCOMPARE(totals->inputTokens, 130);
        QCOMPARE(totals->outputTokens, 27);
        QCOMPARE(totals->costUsd, 0.75);
        QCOMPARE(totals->calls, 3);
    }

    void rolledBackWrites_leaveNothing()
    {
        QString error;
        QVERIFY(m_store->begin(&error));
        const qint64 id = addConversation(0);
        QVERIFY(id > 0);
        QVERIFY(m_store->insertTurn(turn(id, 0, u"What is work?"_s), &error));
        m_store->rollback();
        QCOMPARE(count(db(), u"SELECT count(*) FROM conversations"_s), 0);
        QCOMPARE(count(db(), u"SELECT count(*) FROM turns"_s), 0);

        QVERIFY(m_store->begin(&error));
        QVERIFY(addConversation(0) > 0);
        QVERIFY2(m_store->commit(&error), qPrintable(error));
        QCOMPARE(count(db(), u"SELECT count(*) FROM conversations"_s), 1);
    }
};

QTEST_GUILESS_MAIN(RunStoreTest)
#include "runstore_test.moc"

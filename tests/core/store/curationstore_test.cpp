// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/curationstore.h"

#include "store/datasetquery.h"
#include "support/storefixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dialogsmith;
using namespace Dialogsmith::Store;
using namespace Qt::StringLiterals;

namespace {

const QString texts[] = {
    u"How do tides work?"_s,
    u"The Moon's gravity pulls the oceans into two bulges."_s,
    u"Why are there two bulges and not one?"_s,
    u"Because the Earth itself is pulled too, leaving water behind on the far side."_s,
};

// Every field a person or an exporter could notice.
QString describe(const StoredTurn &t)
{
    return u"%1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(t.id)
               .arg(t.seq)
               .arg(int(t.role))
               .arg(t.content, t.original, reviewName(t.review), t.profile, t.model)
               .arg(t.inputTokens)
        + u"|%1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(t.outputTokens)
              .arg(t.costUsd)
              .arg(t.latencyMs)
              .arg(t.finishReason)
              .arg(t.documentId.value_or(-1))
              .arg(t.chunkIndex.value_or(-1))
              .arg(t.createdAt.toString(Qt::ISODateWithMs), t.notes, QString::fromUtf8(t.params))
        + u"|%1|%2|%3|%4|%5"_s.arg(t.attempts)
              .arg(t.templateVersion, t.systemVersion, t.systemPrompt.isNull() ? u"<null>"_s : t.systemPrompt)
              .arg(t.rating.value_or(-1));
}

QStringList describe(const QList<StoredTurn> &turns)
{
    QStringList out;
    for (const StoredTurn &t : turns)
        out.append(describe(t));
    return out;
}

QString describe(const StoredConversation &c)
{
    return u"%1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(c.id)
               .arg(c.runId)
               .arg(c.planIndex)
               .arg(conversationStateName(c.state), c.failure, reviewName(c.review))
               .arg(c.rating.value_or(-1))
               .arg(c.notes)
               .arg(c.endedEarly)
        + u"|%1|%2|%3|%4"_s.arg(c.parentId.value_or(-1)).arg(QString::fromUtf8(c.draw), c.topicPath).arg(c.turnsPlanned)
        + u"\n"_s + describe(c.turns).join(u'\n');
}

// How many turns of a conversation a full-text search finds.
int matches(const QSqlDatabase &db, const QString &words, qint64 conversationId)
{
    // New turns reach the index when it is next used, as a search does.
    QString error;
    if (!Store::DatasetQuery(db).indexPendingTurns(&error))
        return -2;
    QSqlQuery q(db);
    q.prepare(u"SELECT count(*) FROM turns_fts JOIN turns t ON t.id = turns_fts.rowid "
              "WHERE turns_fts MATCH ? AND t.conversation_id = ?"_s);
    q.addBindValue(words);
    q.addBindValue(conversationId);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class CurationStoreTest : public QObject, private Test::StoreFixture
{
    Q_OBJECT

private:
    std::unique_ptr<CurationStore> m_store;
    qint64 m_runId = 0;
    qint64 m_conversation = 0; ///< four turns, complete
    qint64 m_other = 0; ///< two turns, complete

    qint64 addConversation(int planIndex, int turns)
    {
        RunStore runs(db());
        QString error;
        NewConversation c;
        c.runId = m_runId;
        c.planIndex = planIndex;
        c.turnsPlanned = 2;
        c.topicPath = u"Earth › Oceans"_s;
        c.userPersona = u"Mia"_s;
        c.assistantPersona = u"Dr. Okafor"_s;
        c.documentId = 7;
        c.chunkIndex = 2;
        c.draw = u"{\"index\":%1,\"turns\":2}"_s.arg(planIndex).toUtf8();
        const auto id = runs.insertConversation(c, &error);
        if (!id) {
            qWarning("%s", qPrintable(error));
            return 0;
        }
        for (int seq = 0; seq < turns; ++seq) {
            NewTurn t = newTurn(*id, seq, texts[seq]);
            t.model = seq % 2 ? u"teacher-7b"_s : u"student-1b"_s;
            t.usage.inputTokens = 100 + seq;
            t.usage.outputTokens = 20 + seq;
            t.costUsd = 0.001 * (seq + 1);
            t.latencyMs = 400 + seq;
            t.attempts = 1 + seq % 2;
            t.documentId = 7;
            t.chunkIndex = 2;
            if (seq % 2) {
                t.systemVersion = u"v-user"_s;
                t.systemPrompt = seq == 1 ? u"You are Dr. Okafor."_s : QString();
            }
            if (!runs.insertTurn(t, &error)) {
                qWarning("%s", qPrintable(error));
                return 0;
            }
        }
        if (!runs.finishConversation(*id, ConversationState::Complete, QString(), false, &error))
            return 0;
        return *id;
    }

    StoredConversation load(qint64 id)
    {
        QString error;
        const auto c = m_store->conversation(id, &error);
        if (!c)
            qWarning("%s", qPrintable(error));
        return c.value_or(StoredConversation {});
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        openNewProject(u"curate.dialogsmith"_s);
        if (QTest::currentTestFailed())
            return;
        QString error;
        RunStore runs(db());
        QVERIFY(runs.begin(&error));
        const auto run = runs.createRun(2, 42, "{}", &error);
        QVERIFY2(run, qPrintable(error));
        m_runId = *run;
        QVERIFY(runs.storeTemplate(u"v-user"_s, u"starter"_s, u"Ask."_s, &error));
        QVERIFY(runs.commit(&error));
        m_conversation = addConversation(0, 4);
        m_other = addConversation(1, 2);
        QVERIFY(m_conversation && m_other);
        m_store = std::make_unique<CurationStore>(db());
    }

    void cleanup()
    {
        m_store.reset();
        closeProject();
    }

    void conversation_readsTurnsInOrderWithProvenance()
    {
        const StoredConversation c = load(m_conversation);
        QCOMPARE(c.id, m_conversation);
        QCOMPARE(c.runId, m_runId);
        QCOMPARE(c.state, ConversationState::Complete);
        QCOMPARE(c.review, Review::Generated);
        QCOMPARE(c.topicPath, u"Earth › Oceans"_s);
        QCOMPARE(c.documentId, 7);
        QVERIFY(!c.parentId);
        QVERIFY(!c.judgeScore);
        QCOMPARE(c.turns.size(), 4);
        QCOMPARE(c.turns.at(2).content, texts[2]);
        QCOMPARE(c.turns.at(1).role, Llm::Role::Assistant);
        QCOMPARE(c.turns.at(1).model, u"teacher-7b"_s);
        QCOMPARE(c.turns.at(1).outputTokens, 21);
        QCOMPARE(c.turns.at(1).latencyMs, 401);
        QCOMPARE(c.turns.at(1).systemPrompt, u"You are Dr. Okafor."_s);
        QVERIFY(c.turns.at(3).systemPrompt.isNull());
        QCOMPARE(c.turns.at(3).chunkIndex, 2);
    }

    void conversation_unknownId_isNamed()
    {
        QString error;
        QVERIFY(!m_store->conversation(4711, &error));
        QVERIFY2(error.contains(u"no conversation 4711"_s), qPrintable(error));
        const auto ids = m_store->conversationIds(&error);
        QCOMPARE(*ids, (QList<qint64> {m_conversation, m_other}));
    }

    void reviewRatingNotes_areStoredAndCleared()
    {
        QString error;
        QVERIFY2(m_store->setReview(m_conversation, Review::Approved, &error), qPrintable(error));
        QVERIFY(m_store->setRating(m_conversation, 4, &error));
        QVERIFY(m_store->setNotes(m_conversation, u"Good tides explanation."_s, &error));
        StoredConversation c = load(m_conversation);
        QCOMPARE(c.review, Review::Approved);
        QCOMPARE(c.rating, 4);
        QCOMPARE(c.notes, u"Good tides explanation."_s);
        QCOMPARE(load(m_other).review, Review::Generated);

        QVERIFY(m_store->setRating(m_conversation, std::nullopt, &error));
        QVERIFY(m_store->setNotes(m_conversation, QString(), &error));
        c = load(m_conversation);
        QVERIFY(!c.rating);
        QCOMPARE(c.notes, QString());
    }

    void reviewRatingNotes_badInput_isRefusedWithReason()
    {
        QString error;
        QVERIFY(!m_store->setRating(m_conversation, 6, &error));
        QVERIFY2(error.contains(u"1 to 5"_s), qPrintable(error));
        QVERIFY(!m_store->setRating(m_conversation, 0, &error));
        QVERIFY(!m_store->setReview(999, Review::Approved, &error));
        QVERIFY2(error.contains(u"no conversation 999"_s), qPrintable(error));
        QVERIFY(!m_store->setRating(999, 3, &error));
        QVERIFY(!m_store->setNotes(999, u"x"_s, &error));
        QVERIFY(!load(m_conversation).rating);
    }

    void setTurnText_keepsTheGeneratedTextAndLogsTheEdit()
    {
        const StoredTurn answer = load(m_conversation).turns.at(1);
        QString error;
        QVERIFY2(m_store->setTurnText(answer.id, u"The Moon pulls the water."_s, &error), qPrintable(error));
        StoredConversation c = load(m_conversation);
        QCOMPARE(c.turns.at(1).content, u"The Moon pulls the water."_s);
        QCOMPARE(c.turns.at(1).original, texts[1]);
        QCOMPARE(c.turns.at(1).review, Review::Edited);
        QCOMPARE(c.review, Review::Edited);
        // A second edit keeps the generated text, not the first edit.
        QVERIFY(m_store->setTurnText(answer.id, u"The Moon and the Sun pull the water."_s, &error));
        QCOMPARE(load(m_conversation).turns.at(1).original, texts[1]);

        QSqlQuery q(db());
        QVERIFY(q.exec(u"SELECT before, after FROM turn_edits ORDER BY id"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), texts[1]);
        QCOMPARE(q.value(1).toString(), u"The Moon pulls the water."_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"The Moon pulls the water."_s);
        QVERIFY(!q.next());
    }

    void setTurnText_backToTheGeneratedText_clearsTheEditedMark()
    {
        const StoredTurn answer = load(m_conversation).turns.at(1);
        QString error;
        QVERIFY(m_store->setTurnText(answer.id, u"Edited."_s, &error));
        QVERIFY(m_store->setTurnText(answer.id, texts[1], &error));
        const StoredConversation c = load(m_conversation);
        QCOMPARE(describe(c.turns.at(1)), describe(answer));
        QCOMPARE(c.review, Review::Generated);
        QCOMPARE(count(db(), u"SELECT count(*) FROM turn_edits"_s), 2);
    }

    void setTurnText_keepsAVerdict()
    {
        QString error;
        QVERIFY(m_store->setReview(m_conversation, Review::Approved, &error));
        QVERIFY(m_store->setTurnText(load(m_conversation).turns.at(0).id, u"How do tides happen?"_s, &error));
        QCOMPARE(load(m_conversation).review, Review::Approved);
    }

    void setTurnText_emptyOrUnknown_isRefused()
    {
        QString error;
        const qint64 id = load(m_conversation).turns.at(0).id;
        QVERIFY(!m_store->setTurnText(id, u"  \n"_s, &error));
        QVERIFY2(error.contains(u"cannot be empty"_s), qPrintable(error));
        QVERIFY(!m_store->setTurnText(98765, u"Hello"_s, &error));
        QVERIFY2(error.contains(u"no turn 98765"_s), qPrintable(error));
        QCOMPARE(load(m_conversation).turns.at(0).content, texts[0]);
        QCOMPARE(count(db(), u"SELECT count(*) FROM turn_edits"_s), 0);
    }

    void setTurnText_updatesTheSearchIndex()
    {
        QString error;
        QVERIFY(m_store->setTurnText(load(m_conversation).turns.at(0).id, u"What makes a tsunami?"_s, &error));
        QCOMPARE(matches(db(), u"tsunami"_s, m_conversation), 1);
        QCOMPARE(matches(db(), u"tides"_s, m_conversation), 0);
        QCOMPARE(matches(db(), u"tides"_s, m_other), 1);
    }

    void deleteTurn_thenRestore_isExact()
    {
        const StoredConversation before = load(m_conversation);
        QString error;
        const auto removed = m_store->deleteTurn(before.turns.at(1).id, &error);
        QVERIFY2(removed, qPrintable(error));
        QCOMPARE(describe(*removed), describe(before.turns.at(1)));
        QCOMPARE(load(m_conversation).turns.size(), 3);
        QCOMPARE(matches(db(), u"bulges"_s, m_conversation), 1);

        QVERIFY2(m_store->restoreTurn(m_conversation, *removed, &error), qPrintable(error));
        QCOMPARE(describe(load(m_conversation)), describe(before));
        QCOMPARE(matches(db(), u"bulges"_s, m_conversation), 2);
    }

    void deleteTurn_edited_restoresTheEditedMark()
    {
        QString error;
        const qint64 id = load(m_conversation).turns.at(2).id;
        QVERIFY(m_store->setTurnText(id, u"Why two?"_s, &error));
        const auto removed = m_store->deleteTurn(id, &error);
        QVERIFY(removed);
        QCOMPARE(load(m_conversation).review, Review::Generated);
        QVERIFY(m_store->restoreTurn(m_conversation, *removed, &error));
        const StoredConversation c = load(m_conversation);
        QCOMPARE(c.review, Review::Edited);
        QCOMPARE(c.turns.at(2).original, texts[2]);
    }

    void deleteAndRestore_badIds_areRefusedAndChangeNothing()
    {
        const StoredConversation before = load(m_conversation);
        QString error;
        QVERIFY(!m_store->deleteTurn(424242, &error));
        QVERIFY2(error.contains(u"no turn 424242"_s), qPrintable(error));
        StoredTurn turn = before.turns.at(0);
        QVERIFY(!m_store->restoreTurn(999, turn, &error));
        QVERIFY2(error.contains(u"no conversation 999"_s), qPrintable(error));
        // Its place is taken: the turn is still there.
        QVERIFY(!m_store->restoreTurn(m_conversation, turn, &error));
        QVERIFY2(error.contains(u"place is taken"_s), qPrintable(error));
        turn.id = 0;
        QVERIFY(!m_store->restoreTurn(m_conversation, turn, &error));
        QCOMPARE(describe(load(m_conversation)), describe(before));
    }

    void truncate_removesLaterTurnsAndMarksRunning_replaceTailUndoesIt()
    {
        QString error;
        QVERIFY(m_store->setReview(m_conversation, Review::Approved, &error));
        const StoredConversation before = load(m_conversation);
        const auto removed = m_store->truncate(m_conversation, 1, &error);
        QVERIFY2(removed, qPrintable(error));
        QCOMPARE(describe(*removed), describe(before.turns.mid(2)));
        StoredConversation after = load(m_conversation);
        QCOMPARE(after.state, ConversationState::Running);
        QCOMPARE(after.turns.size(), 2);
        QCOMPARE(load(m_other).turns.size(), 2);

        QVERIFY2(
            m_store->replaceTail(m_conversation, 1, *removed, before.state, before.failure, before.endedEarly, &error),
            qPrintable(error));
        QCOMPARE(describe(load(m_conversation)), describe(before));

        // Truncating everything leaves the conversation to be generated from its opening.
        QVERIFY(m_store->truncate(m_conversation, -1, &error));
        QCOMPARE(load(m_conversation).turns.size(), 0);
        QVERIFY(!m_store->truncate(m_conversation, -2, &error));
        QVERIFY(!m_store->truncate(31337, 0, &error));
        QVERIFY2(error.contains(u"no conversation 31337"_s), qPrintable(error));
    }

    void branch_copiesTheStartAndPointsBack()
    {
        QString error;
        QVERIFY(m_store->setTurnText(load(m_conversation).turns.at(0).id, u"How do tides happen?"_s, &error));
        QVERIFY(m_store->setReview(m_conversation, Review::Approved, &error));
        QVERIFY(m_store->setRating(m_conversation, 5, &error));
        const StoredConversation original = load(m_conversation);
        const auto id = m_store->branch(m_conversation, 1, &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(*id != m_conversation);
        const StoredConversation branch = load(*id);
        QCOMPARE(branch.parentId, m_conversation);
        QCOMPARE(branch.runId, m_runId);
        QCOMPARE(branch.state, ConversationState::Running);
        QCOMPARE(branch.review, Review::Edited); // its first turn is an edited one
        QVERIFY(!branch.rating);
        QCOMPARE(branch.draw, original.draw);
        QCOMPARE(branch.topicPath, original.topicPath);
        QCOMPARE(branch.planIndex, -1); // outside the plan
        QCOMPARE(branch.turns.size(), 2);
        QCOMPARE(branch.turns.at(0).content, u"How do tides happen?"_s);
        QCOMPARE(branch.turns.at(0).original, texts[0]);
        QCOMPARE(branch.turns.at(1).model, u"teacher-7b"_s);
        QVERIFY(branch.turns.at(0).id != original.turns.at(0).id);
        // The original is untouched.
        QCOMPARE(describe(load(m_conversation)), describe(original));

        const auto second = m_store->branch(m_conversation, -1, &error);
        QVERIFY(second);
        QCOMPARE(load(*second).planIndex, -2);
        QCOMPARE(load(*second).turns.size(), 0);
        QVERIFY(!m_store->branch(555, 0, &error));
        QVERIFY2(error.contains(u"no conversation 555"_s), qPrintable(error));
    }

    void removeBranch_thenRestoreBranch_isExact()
    {
        QString error;
        const auto id = m_store->branch(m_conversation, 2, &error);
        QVERIFY(id);
        QVERIFY(m_store->setTurnText(load(*id).turns.at(2).id, u"Why two bulges?"_s, &error));
        const StoredConversation branch = load(*id);
        const int turnsBefore = count(db(), u"SELECT count(*) FROM turns"_s);

        QVERIFY2(m_store->removeBranch(*id, &error), qPrintable(error));
        QVERIFY(!m_store->conversation(*id, &error));
        QCOMPARE(count(db(), u"SELECT count(*) FROM turns"_s), turnsBefore - 3);
        QCOMPARE(matches(db(), u"bulges"_s, *id), 0);

        QVERIFY2(m_store->restoreBranch(branch, &error), qPrintable(error));
        QCOMPARE(describe(load(*id)), describe(branch));
        QCOMPARE(matches(db(), u"bulges"_s, *id), 2);
        QSqlQuery check(db());
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
    }

    void removeBranch_ofAnOriginalOrOfABranchWithBranches_isRefused()
    {
        QString error;
        QVERIFY(!m_store->removeBranch(m_conversation, &error));
        QVERIFY2(error.contains(u"not a branch"_s), qPrintable(error));
        const auto id = m_store->branch(m_conversation, 1, &error);
        const auto grandchild = m_store->branch(*id, 0, &error);
        QVERIFY(grandchild);
        QVERIFY(!m_store->removeBranch(*id, &error));
        QVERIFY2(error.contains(u"branches of its own"_s), qPrintable(error));
        QVERIFY(m_store->removeBranch(*grandchild, &error));
        QVERIFY(m_store->removeBranch(*id, &error));
        QVERIFY(!m_store->removeBranch(*id, &error));
        QVERIFY2(error.contains(u"no conversation"_s), qPrintable(error));
    }

    void readOnlyFile_everyChangeFailsClearlyAndNothingIsDamaged()
    {
        const QString path = m_project->path();
        const StoredConversation before = load(m_conversation);
        const QString connection = u"read-only"_s;
        {
            QSqlDatabase readOnly = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            readOnly.setDatabaseName(path);
            readOnly.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QVERIFY(readOnly.open());
            CurationStore store(readOnly);
            QString error;
            const qint64 turn = before.turns.at(1).id;
            QVERIFY(store.conversation(m_conversation, &error)); // reading works
            QVERIFY(!store.setReview(m_conversation, Review::Rejected, &error));
            QVERIFY2(error.contains(u"read-only"_s), qPrintable(error));
            QVERIFY(!store.setRating(m_conversation, 2, &error));
            QVERIFY(!store.setNotes(m_conversation, u"x"_s, &error));
            QVERIFY(!store.setTurnText(turn, u"x"_s, &error));
            QVERIFY2(error.contains(u"read-only"_s), qPrintable(error));
            QVERIFY(!store.deleteTurn(turn, &error));
            QVERIFY(!store.truncate(m_conversation, 0, &error));
            QVERIFY(!store.branch(m_conversation, 0, &error));
            QVERIFY2(error.contains(u"read-only"_s), qPrintable(error));
            // The connection is usable afterwards: no transaction was left open.
            QVERIFY(store.conversation(m_conversation, &error));
            readOnly.close();
        }
        QSqlDatabase::removeDatabase(connection);
        QCOMPARE(describe(load(m_conversation)), describe(before));
        QCOMPARE(count(db(), u"SELECT count(*) FROM turn_edits"_s), 0);
        QCOMPARE(count(db(), u"SELECT count(*) FROM conversations"_s), 2);
    }
};

QTEST_GUILESS_MAIN(CurationStoreTest)
#include "curationstore_test.moc"

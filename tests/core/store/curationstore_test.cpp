// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/curationstore.h"

#include "store/datasetquery.h"
#include "support/storefixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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

    // A rejected response of the answer at `seq` of `conversationId`, written as the preference recipe writes it.
    qint64 addAlternative(qint64 conversationId, int seq, const QString &kind, int rank, const QString &content)
    {
        RunStore runs(db());
        QString error;
        NewAlternative a;
        a.conversationId = conversationId;
        a.seq = seq;
        a.kind = kind;
        a.rank = rank;
        a.content = content;
        a.profile = u"cheap"_s;
        a.model = u"small-model-%1"_s.arg(rank);
        a.params = R"({"temperature":1.2})";
        a.usage.inputTokens = 300 + rank;
        a.usage.outputTokens = 60 + rank;
        a.costUsd = 0.0005 * rank;
        a.latencyMs = 900 + rank;
        a.finishReason = u"length"_s;
        a.reason = u"Response 1 names the Sun too."_s;
        if (!runs.insertAlternative(a, &error)) {
            qWarning("%s", qPrintable(error));
            return 0;
        }
        QSqlQuery q(db());
        if (!q.exec(u"SELECT max(id) FROM alternatives"_s) || !q.next())
            return 0;
        return q.value(0).toLongLong();
    }

    // Every column of an alternative's row.
    QString alternativeRow(qint64 id) const
    {
        QSqlQuery q(db());
        q.prepare(u"SELECT * FROM alternatives WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return u"<none>"_s;
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values.append(q.value(i).isNull() ? u"<null>"_s : q.value(i).toString());
        return values.join(u'|');
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

    void swapAlternative_exchangesTextAndProvenance_swapAgainSwapsBack()
    {
        const StoredConversation before = load(m_conversation);
        const StoredTurn answer = before.turns.at(3);
        const qint64 first = addAlternative(m_conversation, 3, u"rejected"_s, 1, u"Tides come from the wind."_s);
        const qint64 second = addAlternative(m_conversation, 3, u"rejected"_s, 2, u"Nobody knows."_s);
        QVERIFY(first && second);
        const QString firstRow = alternativeRow(first);
        const QString secondRow = alternativeRow(second);

        QString error;
        const auto state = m_store->swapAlternative(second, &error);
        QVERIFY2(state, qPrintable(error));
        QVERIFY(state->original.isEmpty());
        QCOMPARE(state->review, Review::Generated);
        StoredConversation c = load(m_conversation);
        const StoredTurn &now = c.turns.at(3);
        QCOMPARE(now.id, answer.id);
        QCOMPARE(now.content, u"Nobody knows."_s);
        QCOMPARE(now.profile, u"cheap"_s);
        QCOMPARE(now.model, u"small-model-2"_s);
        QCOMPARE(QString::fromUtf8(now.params), uR"({"temperature":1.2})"_s);
        QCOMPARE(now.inputTokens, 302);
        QCOMPARE(now.outputTokens, 62);
        QCOMPARE(now.costUsd, 0.001);
        QCOMPARE(now.latencyMs, 902);
        QCOMPARE(now.finishReason, u"length"_s);
        // A generated response, not an edit; the turn keeps its place, grounding and template.
        QVERIFY(now.original.isEmpty());
        QCOMPARE(now.review, Review::Generated);
        QCOMPARE(c.review, Review::Generated);
        QCOMPARE(now.chunkIndex, answer.chunkIndex);
        QCOMPARE(now.templateVersion, answer.templateVersion);
        QCOMPARE(now.createdAt, answer.createdAt);
        // The old answer is the rejected response of rank 2 now, with everything that made it.
        QCOMPARE(c.alternatives.size(), 2);
        const StoredAlternative &rejected = c.alternatives.at(1);
        QCOMPARE(rejected.id, second);
        QCOMPARE(rejected.kind, u"rejected"_s);
        QCOMPARE(rejected.rank, 2);
        QCOMPARE(rejected.content, texts[3]);
        QCOMPARE(rejected.model, u"teacher-7b"_s);
        QCOMPARE(rejected.reason, u"Response 1 names the Sun too."_s);
        QCOMPARE(alternativeRow(first), firstRow);
        QVERIFY2(alternativeRow(second).contains(u"|local|teacher-7b|{\"max_tokens\":300}|103|23|0.004|403|stop|"_s),
                 qPrintable(alternativeRow(second)));
        // The other turns and the other conversation are untouched.
        QCOMPARE(describe(c.turns.mid(0, 3)), describe(before.turns.mid(0, 3)));
        QCOMPARE(count(db(),
                       u"SELECT count(*) FROM turn_edits WHERE turn_id = %1 AND before = '%2'"_s.arg(answer.id).arg(
                           QString(texts[3]).replace(u'\'', u"''"_s))),
                 1);

        QVERIFY2(m_store->swapAlternative(second, &error), qPrintable(error));
        QCOMPARE(describe(load(m_conversation)), describe(before));
        QCOMPARE(alternativeRow(second), secondRow);
        QCOMPARE(alternativeRow(first), firstRow);
    }

    void swapAlternative_editedAnswer_goesAsShownAndUndoMarksItEditedAgain()
    {
        const qint64 rejected = addAlternative(m_conversation, 1, u"rejected"_s, 1, u"The wind pushes the water."_s);
        QVERIFY(rejected);
        const qint64 turnId = load(m_conversation).turns.at(1).id;
        QString error;
        QVERIFY(m_store->setTurnText(turnId, u"The Moon pulls the water."_s, &error));
        const StoredConversation edited = load(m_conversation);
        const QString rowBefore = alternativeRow(rejected);
        QCOMPARE(edited.review, Review::Edited);

        const auto state = m_store->swapAlternative(rejected, &error);
        QVERIFY2(state, qPrintable(error));
        QCOMPARE(state->original, texts[1]);
        QCOMPARE(state->review, Review::Edited);
        StoredConversation c = load(m_conversation);
        QCOMPARE(c.turns.at(1).content, u"The wind pushes the water."_s);
        QVERIFY(c.turns.at(1).original.isEmpty());
        QCOMPARE(c.turns.at(1).review, Review::Generated);
        QCOMPARE(c.review, Review::Generated); // no turn is edited any more
        // The person preferred the response to the answer they saw: the edited text.
        QCOMPARE(c.alternatives.constFirst().content, u"The Moon pulls the water."_s);

        // Undo: the answer is back, edited, with the generated text kept.
        QVERIFY2(m_store->swapAlternative(rejected, *state, &error), qPrintable(error));
        c = load(m_conversation);
        QCOMPARE(describe(c), describe(edited));
        QCOMPARE(c.turns.at(1).original, texts[1]);
        QCOMPARE(c.review, Review::Edited);
        QCOMPARE(alternativeRow(rejected), rowBefore);
        QCOMPARE(count(db(), u"SELECT count(*) FROM turn_edits"_s), 3);
    }

    void swapAlternative_keepsAVerdict()
    {
        const qint64 rejected = addAlternative(m_conversation, 1, u"rejected"_s, 1, u"The wind."_s);
        QString error;
        QVERIFY(m_store->setReview(m_conversation, Review::Approved, &error));
        QVERIFY(m_store->swapAlternative(rejected, &error));
        QCOMPARE(load(m_conversation).review, Review::Approved);
    }

    void swapAlternative_whatIsNotAResponseForAnAnswer_isRefusedAndNothingChanges()
    {
        const qint64 negative = addAlternative(m_conversation, 1, u"hard_negative"_s, 1, u"Momentum is conserved."_s);
        const qint64 ofQuestion = addAlternative(m_conversation, 2, u"rejected"_s, 1, u"Why one bulge?"_s);
        const qint64 ofNothing = addAlternative(m_conversation, 5, u"rejected"_s, 1, u"A sixth message."_s);
        const qint64 empty = addAlternative(m_conversation, 1, u"candidate"_s, 1, u"  "_s);
        QVERIFY(negative && ofQuestion && ofNothing && empty);
        const StoredConversation before = load(m_conversation);
        QString error;
        QVERIFY(!m_store->swapAlternative(98765, &error));
        QVERIFY2(error.contains(u"no alternative response 98765"_s), qPrintable(error));
        QVERIFY(!m_store->swapAlternative(negative, &error));
        QVERIFY2(error.contains(u"not a response but a hard_negative"_s), qPrintable(error));
        QVERIFY(!m_store->swapAlternative(ofQuestion, &error));
        QVERIFY2(error.contains(u"Message 3 of conversation %1 is not an answer"_s.arg(m_conversation)),
                 qPrintable(error));
        QVERIFY(!m_store->swapAlternative(ofNothing, &error));
        QVERIFY2(error.contains(u"has no message 6"_s), qPrintable(error));
        QVERIFY(!m_store->swapAlternative(empty, &error));
        QVERIFY2(error.contains(u"is empty"_s), qPrintable(error));
        QCOMPARE(describe(load(m_conversation)), describe(before));
        QCOMPARE(load(m_conversation).alternatives.size(), 4);
        QCOMPARE(count(db(), u"SELECT count(*) FROM turn_edits"_s), 0);
    }

    void swapAlternative_queuesTheSampleForSearchDedupAndFilters()
    {
        const qint64 rejected = addAlternative(m_conversation, 1, u"rejected"_s, 1, u"A tsunami is no tide."_s);
        QVERIFY(rejected);
        // Signed by the deduplicator and checked by the filters some time ago.
        QSqlQuery q(db());
        q.prepare(u"INSERT INTO signatures (conversation_id, text_hash, fingerprint, minhash) VALUES (?, 'h', x'00', "
                  "x'00')"_s);
        q.addBindValue(m_conversation);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.prepare(u"UPDATE conversations SET updated_at = '2001-01-01T00:00:00.000Z' WHERE id = ?"_s);
        q.addBindValue(m_conversation);
        QVERIFY(q.exec());
        QCOMPARE(matches(db(), u"tsunami"_s, m_conversation), 0);
        QCOMPARE(matches(db(), u"bulges"_s, m_conversation), 2); // the answer and the next question
        QCOMPARE(count(db(), u"SELECT count(*) FROM signatures_pending"_s), 0);

        QString error;
        QVERIFY2(m_store->swapAlternative(rejected, &error), qPrintable(error));
        QCOMPARE(
            count(db(), u"SELECT count(*) FROM signatures_pending WHERE conversation_id = %1"_s.arg(m_conversation)),
            1);
        QCOMPARE(
            count(db(),
                  u"SELECT count(*) FROM conversations WHERE id = %1 AND updated_at > '2001-01-01T00:00:00.000Z'"_s.arg(
                      m_conversation)),
            1);
        QCOMPARE(matches(db(), u"tsunami"_s, m_conversation), 1);
        QCOMPARE(matches(db(), u"bulges"_s, m_conversation), 1);
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
        const qint64 rejected = addAlternative(m_conversation, 1, u"rejected"_s, 1, u"The wind."_s);
        QVERIFY(rejected);
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
            QVERIFY(!store.swapAlternative(rejected, &error));
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

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
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

struct Sample {
    QString topic;
    QString user;
    QString assistant;
    QStringList turns;
    qint64 tokensPerTurn = 10;
};

} // namespace

class DatasetQueryTest : public QObject, private Test::StoreFixture
{
    Q_OBJECT

private:
    std::unique_ptr<RunStore> m_store;
    qint64 m_runId = 0;
    QList<qint64> m_ids; // in the order added

    qint64 add(const Sample &sample, qint64 runId = 0)
    {
        QString error;
        NewConversation c;
        c.runId = runId ? runId : m_runId;
        c.planIndex = int(m_ids.size());
        c.turnsPlanned = int(sample.turns.size());
        c.topicPath = sample.topic;
        c.userPersona = sample.user;
        c.assistantPersona = sample.assistant;
        c.draw = R"({})";
        const auto id = m_store->insertConversation(c, &error);
        if (!id) {
            qWarning("insertConversation failed: %s", qPrintable(error));
            return 0;
        }
        for (int seq = 0; seq < sample.turns.size(); ++seq) {
            NewTurn t = newTurn(*id, seq, sample.turns[seq]);
            t.params = "{}";
            t.usage.inputTokens = 1000; // not part of a conversation's size
            t.usage.outputTokens = sample.tokensPerTurn;
            if (!m_store->insertTurn(t, &error))
                qWarning("insertTurn failed: %s", qPrintable(error));
        }
        if (!m_store->finishConversation(*id, ConversationState::Complete, QString(), false, &error))
            qWarning("finishConversation failed: %s", qPrintable(error));
        m_ids.append(*id);
        return *id;
    }

    void exec(const QString &sql)
    {
        QSqlQuery q(db());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

    QList<qint64> ids(const DatasetFilter &filter, DatasetColumn sort = DatasetColumn::Id,
                      Qt::SortOrder order = Qt::AscendingOrder)
    {
        QString error;
        const auto result = DatasetQuery(db()).ids(filter, sort, order, &error);
        if (!result)
            qWarning("ids failed: %s", qPrintable(error));
        return result.value_or(QList<qint64> {-1});
    }

    QList<qint64> search(const QString &text)
    {
        DatasetFilter filter;
        filter.search = text;
        return ids(filter);
    }

    QList<qint64> pick(std::initializer_list<int> positions) const
    {
        QList<qint64> result;
        for (int p : positions)
            result.append(m_ids[p]);
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        openNewProject(u"dataset.dialogsmith"_s);
        if (QTest::currentTestFailed())
            return;
        QString error;
        m_store = std::make_unique<RunStore>(m_project->database());
        const auto id = m_store->createRun(5, 1, R"({"design":{}})", &error);
        QVERIFY2(id, qPrintable(error));
        m_runId = *id;
        QVERIFY(m_store->storeTemplate(u"v-user"_s, u"starter"_s, u"Ask."_s, &error));
        m_ids.clear();

        // 0: four turns about energy; 1: two about the weather; 2: six about Ökologie; 3: none yet;
        // 4: two with a quote and a hyphen.
        add({u"Mechanics › Energy"_s,
             u"Mia"_s,
             u"Dr. Okafor"_s,
             {u"What is kinetic energy?"_s, u"Energy of motion: ½mv²."_s, u"And potential energy?"_s,
              u"Stored energy, from position."_s},
             20});
        add({u"Weather"_s,
             u"Ben"_s,
             u"Forecaster"_s,
             {u"Will it rain tomorrow?"_s, u"Probably, bring an umbrella."_s},
             5});
        add({u"Biologie › Ökologie"_s,
             u"Émile"_s,
             u"Mia"_s,
             {u"Was ist ein Ökosystem?"_s, u"Eine Lebensgemeinschaft."_s, u"Und Nahrungsketten?"_s, u"Fressen."_s,
              u"Danke."_s, u"Gern."_s},
             3});
        add({u"Weather › Storms"_s, u"Ben"_s, u"Dr. Okafor"_s, {}, 0});
        add({u"Mechanics › Momentum"_s,
             u"Zoë"_s,
             u"Forecaster"_s,
             {u"He said \"don't panic\" about e-mail."_s, u"Momentum is conserved."_s},
             50});
    }

    void cleanup()
    {
        m_store.reset();
        closeProject();
    }

    void noFilter_listsEveryConversationById()
    {
        QCOMPARE(ids({}), m_ids);
        QList<qint64> reversed(m_ids.rbegin(), m_ids.rend());
        QCOMPARE(ids({}, DatasetColumn::Id, Qt::DescendingOrder), reversed);
    }

    void stateAndReviewFilters_selectOnlyThose()
    {
        exec(u"UPDATE conversations SET state = 'failed' WHERE id = %1"_s.arg(m_ids[1]));
        exec(u"UPDATE conversations SET state = 'running' WHERE id = %1"_s.arg(m_ids[3]));
        exec(u"UPDATE conversations SET review = 'approved' WHERE id IN (%1, %2)"_s.arg(m_ids[0]).arg(m_ids[2]));
        exec(u"UPDATE conversations SET review = 'rejected' WHERE id = %1"_s.arg(m_ids[4]));

        DatasetFilter filter;
        filter.state = ConversationState::Complete;
        QCOMPARE(ids(filter), pick({0, 2, 4}));
        filter.review = Review::Approved;
        QCOMPARE(ids(filter), pick({0, 2}));
        filter.state = ConversationState::Failed;
        QCOMPARE(ids(filter), QList<qint64>());
        filter.state.reset();
        filter.review = Review::Generated;
        QCOMPARE(ids(filter), pick({1, 3}));
    }

    void topicFilter_matchesPartOfThePathIgnoringCase()
    {
        DatasetFilter filter;
        filter.topic = u"weather"_s;
        QCOMPARE(ids(filter), pick({1, 3}));
        filter.topic = u"  MECHANICS › "_s; // surrounding spaces are not part of what the user looks for
        QCOMPARE(ids(filter), pick({0, 4}));
        filter.topic = u"ökologie"_s; // not ASCII: SQL's lower() would miss it
        QCOMPARE(ids(filter), pick({2}));
        filter.topic = u"nothing like it"_s;
        QCOMPARE(ids(filter), QList<qint64>());
        filter.topic = u"50%_"_s; // LIKE's wildcards are plain characters here
        QCOMPARE(ids(filter), QList<qint64>());
    }

    void personaFilter_matchesTheUserOrTheAssistant()
    {
        DatasetFilter filter;
        filter.persona = u"mia"_s;
        QCOMPARE(ids(filter), pick({0, 2}));
        filter.persona = u"ÉMILE"_s;
        QCOMPARE(ids(filter), pick({2}));
        filter.persona = u"okafor"_s;
        QCOMPARE(ids(filter), pick({0, 3}));
        filter.topic = u"weather"_s;
        QCOMPARE(ids(filter), pick({3}));
    }

    void ratingAndJudgeScore_leaveOutConversationsWithout()
    {
        exec(u"UPDATE conversations SET rating = 5, judge_score = 8.5 WHERE id = %1"_s.arg(m_ids[0]));
        exec(u"UPDATE conversations SET rating = 3, judge_score = 4.0 WHERE id = %1"_s.arg(m_ids[1]));
        exec(u"UPDATE conversations SET rating = 4 WHERE id = %1"_s.arg(m_ids[2]));
        exec(u"UPDATE conversations SET judge_score = 9.25 WHERE id = %1"_s.arg(m_ids[3]));

        DatasetFilter filter;
        filter.minRating = 4;
        QCOMPARE(ids(filter), pick({0, 2}));
        filter.minRating.reset();
        filter.minJudgeScore = 8.5;
        QCOMPARE(ids(filter), pick({0, 3}));
        filter.minRating = 1;
        QCOMPARE(ids(filter), pick({0}));
    }

    void runFilter_selectsOneRun()
    {
        QString error;
        const auto second = m_store->createRun(1, 2, R"({"design":{}})", &error);
        QVERIFY2(second, qPrintable(error));
        const qint64 other = add({u"Weather"_s, u"Ben"_s, u"Forecaster"_s, {u"Snow?"_s, u"No."_s}}, *second);
        DatasetFilter filter;
        filter.runId = *second;
        QCOMPARE(ids(filter), QList<qint64> {other});
        filter.runId = m_runId;
        QCOMPARE(ids(filter).size(), 5);
    }

    void search_findsConversationsWithAllWordsInAnyTurn()
    {
        QCOMPARE(search(u"energy"_s), pick({0}));
        QCOMPARE(search(u"ENERGY motion"_s), pick({0}));
        QCOMPARE(search(u"umbrella rain"_s), pick({1})); // in different turns of one conversation
        QCOMPARE(search(u"umbrella energy"_s), QList<qint64>()); // in different conversations
        QCOMPARE(search(u"umbrella "_s), pick({1}));
        QCOMPARE(search(u"ökosystem"_s), pick({2})); // case folded beyond ASCII
        QCOMPARE(search(u"conserved"_s), pick({4}));
        QCOMPARE(search(u"nowhere "_s), QList<qint64>());
    }

    void search_lastWordIsAPrefixWhileTyping()
    {
        QCOMPARE(search(u"umbr"_s), pick({1}));
        QCOMPARE(search(u"umbr "_s), QList<qint64>()); // a finished word is a whole word
        QCOMPARE(search(u"kinetic ener"_s), pick({0}));
    }

    void search_quotedPhraseMustOccurInOrder()
    {
        QCOMPARE(search(u"\"kinetic energy\""_s), pick({0}));
        QCOMPARE(search(u"\"energy kinetic\""_s), QList<qint64>());
        QCOMPARE(search(u"\"don't panic\""_s), pick({4}));
        QCOMPARE(search(u"e-mail"_s), pick({4}));
    }

    void search_anyTypedTextIsAValidQuery_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text :
             {"\"", "\"\"",    "\"unclosed phrase", "AND",        "OR energy", "NOT",     "energy NEAR(",
              "*",  "energy*", "^energy",           "col:energy", "(energy",   "energy)", "-energy",
              "+",  "a\"b\"c", "{content}: x",      "'",          "\\",        "%",       "NEAR(energy motion, 2)",
              "   "})
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void search_anyTypedTextIsAValidQuery()
    {
        QFETCH(QString, text);
        DatasetFilter filter;
        filter.search = text;
        QString error;
        const auto result = DatasetQuery(db()).ids(filter, DatasetColumn::Id, Qt::AscendingOrder, &error);
        QVERIFY2(result, qPrintable(error));
    }

    void search_operatorsAreSearchedAsWords()
    {
        QCOMPARE(search(u"OR energy"_s), QList<qint64>()); // "or" occurs nowhere
        QCOMPARE(search(u"energy*"_s), pick({0}));
        QCOMPARE(search(u"col:energy"_s), QList<qint64>()); // "col energy" is not a phrase of the text
        QCOMPARE(search(u"\"   "_s), m_ids); // nothing to search for: no filter
    }

    void search_followsEditsAndDeletedTurns()
    {
        exec(u"UPDATE turns SET content = 'A rainbow appears.' WHERE conversation_id = %1 AND seq = 1"_s.arg(m_ids[1]));
        QCOMPARE(search(u"umbrella "_s), QList<qint64>());
        QCOMPARE(search(u"rainbow "_s), pick({1}));
        exec(u"DELETE FROM turns WHERE conversation_id = %1"_s.arg(m_ids[4]));
        QCOMPARE(search(u"conserved "_s), QList<qint64>());
    }

    void search_indexesNewTurnsOnlyWhenItIsUsed_andTheIndexStaysSound()
    {
        // Written turns wait in a queue: writing stays cheap for the engine.
        QVERIFY(count(db(), u"SELECT count(*) FROM turns_fts_pending"_s) > 0);
        QVERIFY(count(db(), u"SELECT count(*) FROM turns_fts WHERE turns_fts MATCH 'umbrella'"_s) == 0);
        // Changed and removed before they were indexed: they simply leave the queue or are indexed as they are.
        exec(u"UPDATE turns SET content = 'A rainbow appears.' WHERE conversation_id = %1 AND seq = 1"_s.arg(m_ids[1]));
        exec(u"DELETE FROM turns WHERE conversation_id = %1"_s.arg(m_ids[4]));
        QCOMPARE(search(u"rainbow "_s), pick({1}));
        QCOMPARE(count(db(), u"SELECT count(*) FROM turns_fts_pending"_s), 0);
        QCOMPARE(search(u"conserved "_s), QList<qint64>());
        // Changed and removed after they were indexed: they leave the index.
        exec(u"UPDATE turns SET content = 'Snow falls.' WHERE conversation_id = %1 AND seq = 1"_s.arg(m_ids[1]));
        exec(u"DELETE FROM turns WHERE conversation_id = %1"_s.arg(m_ids[0]));
        QCOMPARE(search(u"rainbow "_s), QList<qint64>());
        QCOMPARE(search(u"snow "_s), pick({1}));
        QSqlQuery check(db());
        QVERIFY2(check.exec(u"INSERT INTO turns_fts (turns_fts) VALUES ('integrity-check')"_s),
                 qPrintable(check.lastError().text()));
        QCOMPARE(count(db(), u"SELECT count(*) FROM turns_fts_pending"_s), 0);
    }

    void indexPendingTurns_inBatches_fillsTheIndexAFewAtATime()
    {
        const DatasetQuery query(db());
        QString error;
        const qint64 waiting = query.pendingTurns(&error).value_or(-1);
        QCOMPARE(waiting, 14); // every turn of the five conversations
        QCOMPARE(query.indexPendingTurns(5, &error), std::optional<qint64>(5));
        QCOMPARE(query.pendingTurns(&error), std::optional<qint64>(9));
        QCOMPARE(query.indexPendingTurns(100, &error), std::optional<qint64>(9));
        QCOMPARE(query.indexPendingTurns(100, &error), std::optional<qint64>(0));
        QCOMPARE(count(db(), u"SELECT count(*) FROM turns_fts WHERE turns_fts MATCH 'umbrella'"_s), 1);
        QSqlQuery check(db());
        QVERIFY2(check.exec(u"INSERT INTO turns_fts (turns_fts) VALUES ('integrity-check')"_s),
                 qPrintable(check.lastError().text()));
    }

    void quality_leavesOutRulesJudgeAndDuplicates_andCounts()
    {
        exec(u"INSERT INTO filter_hits (conversation_id, rule, detail) VALUES (%1, 'refusal', 'x'), "
             u"(%2, 'too-short', '3'), (%2, 'refusal', 'y')"_s.arg(m_ids[1])
                 .arg(m_ids[2]));
        exec(u"UPDATE conversations SET judge_score = 2, judge_rubric = '1-10' WHERE id = %1"_s.arg(m_ids[3]));
        exec(u"UPDATE conversations SET judge_score = 3, judge_rubric = '3-point' WHERE id = %1"_s.arg(m_ids[0]));
        exec(u"INSERT INTO signatures (conversation_id, text_hash, fingerprint, minhash, duplicate_of) "
             u"VALUES (%1, 'h', x'00', x'00', %2), (%3, 'h', x'00', x'00', NULL)"_s.arg(m_ids[4])
                 .arg(m_ids[0])
                 .arg(m_ids[0]));
        Design::QualitySettings settings;
        settings.filters.refusals = true;
        settings.filters.tooShort = false;
        settings.minJudgeScore = 5;
        settings.rubric = u"1-10"_s;
        settings.hideDuplicates = true;
        DatasetFilter filter;
        filter.quality = QualityFilter::fromDesign(settings);
        QCOMPARE(filter.quality.rules, QStringList({u"refusal"_s, u"truncated"_s}));
        // 1, 2: refusal; 3: judged 2 of 10; 4: a duplicate of 0. 0 (3 of 3) passes.
        QCOMPARE(ids(filter), pick({0}));
        filter.showRemoved = true;
        QCOMPARE(ids(filter), m_ids);

        QString error;
        const auto counts = DatasetQuery(db()).qualityCounts(filter.quality, QString(), &error);
        QVERIFY2(counts, qPrintable(error));
        QCOMPARE(counts->byRule.value(u"refusal"_s), 2);
        QCOMPARE(counts->byRule.value(u"too-short"_s), 1); // counted, though switched off
        QCOMPARE(counts->belowJudge, 1);
        QCOMPARE(counts->unjudged, 3);
        QCOMPARE(counts->duplicates, 1);
        QCOMPARE(counts->removed, 4);
        QCOMPARE(counts->total, 5);

        const auto rows = DatasetQuery(db()).rows(pick({2, 4}), &error);
        QVERIFY(rows);
        QCOMPARE(rows->at(0).hits,
                 (QList<std::pair<QString, QString>> {{u"refusal"_s, u"y"_s}, {u"too-short"_s, u"3"_s}}));
        QCOMPARE(rows->at(1).duplicateOf, std::optional<qint64>(m_ids[0]));

        // Grouped: each duplicate right after the sample it repeats, whatever the sort.
        filter = {};
        filter.groupDuplicates = true;
        QCOMPARE(ids(filter), pick({0, 4, 1, 2, 3}));
        QCOMPARE(ids(filter, DatasetColumn::Id, Qt::DescendingOrder), pick({3, 2, 1, 0, 4}));
    }

    void modeFilter_selectsOneKind()
    {
        exec(u"UPDATE conversations SET mode = 'preference' WHERE id IN (%1, %2)"_s.arg(m_ids[1]).arg(m_ids[3]));
        DatasetFilter filter;
        filter.mode = u"preference"_s;
        QCOMPARE(ids(filter), pick({1, 3}));
        QCOMPARE(ids({}, DatasetColumn::Mode, Qt::DescendingOrder), pick({3, 1, 4, 2, 0}));
    }

    void ftsQuery_quotesEveryTerm()
    {
        QCOMPARE(DatasetQuery::ftsTerms(u"kinetic \"potential energy\" mo"_s),
                 QStringList({u"\"kinetic\""_s, u"\"potential energy\""_s, u"\"mo\"*"_s}));
        QCOMPARE(DatasetQuery::ftsQuery(u"kinetic energy"_s), u"\"kinetic\" \"energy\"*"_s);
        QCOMPARE(DatasetQuery::ftsQuery(u"kinetic energy "_s), u"\"kinetic\" \"energy\""_s);
        QCOMPARE(DatasetQuery::ftsQuery(u"\"kinetic energy\" x"_s), u"\"kinetic energy\" \"x\"*"_s);
        QCOMPARE(DatasetQuery::ftsQuery(u"a\"b"_s), u"\"a\" \"b\""_s); // an unclosed phrase runs to the end
        QCOMPARE(DatasetQuery::ftsQuery(u"?! -- "_s), QString());
        QCOMPARE(DatasetQuery::ftsQuery(QString()), QString());
    }

    void sortByTurnsAndTokens_countsTheTurns()
    {
        // Turns: 4, 2, 6, 0, 2; tokens (output only): 80, 10, 18, 0, 100.
        QCOMPARE(ids({}, DatasetColumn::Turns, Qt::AscendingOrder), pick({3, 1, 4, 0, 2}));
        QCOMPARE(ids({}, DatasetColumn::Turns, Qt::DescendingOrder), pick({2, 0, 4, 1, 3}));
        QCOMPARE(ids({}, DatasetColumn::Tokens, Qt::AscendingOrder), pick({3, 1, 2, 0, 4}));
        QCOMPARE(ids({}, DatasetColumn::Tokens, Qt::DescendingOrder), pick({4, 0, 2, 1, 3}));
    }

    void sortByText_ignoresCase()
    {
        exec(u"UPDATE conversations SET topic_path = 'mechanics › energy' WHERE id = %1"_s.arg(m_ids[0]));
        // Biologie, mechanics › energy, Mechanics › Momentum, Weather, Weather › Storms
        QCOMPARE(ids({}, DatasetColumn::Topic, Qt::AscendingOrder), pick({2, 0, 4, 1, 3}));
        // Ben (1), Ben (3), Émile … É sorts after Z by code point; Mia, Zoë
        QCOMPARE(ids({}, DatasetColumn::UserPersona, Qt::AscendingOrder), pick({1, 3, 0, 4, 2}));
        QCOMPARE(ids({}, DatasetColumn::AssistantPersona, Qt::DescendingOrder), pick({2, 4, 1, 3, 0}));
    }

    void sortByRatingAndJudgeScore_putsMissingLast()
    {
        exec(u"UPDATE conversations SET rating = 2, judge_score = 7 WHERE id = %1"_s.arg(m_ids[1]));
        exec(u"UPDATE conversations SET rating = 5, judge_score = 1.5 WHERE id = %1"_s.arg(m_ids[3]));
        exec(u"UPDATE conversations SET rating = 2 WHERE id = %1"_s.arg(m_ids[4]));
        QCOMPARE(ids({}, DatasetColumn::Rating, Qt::AscendingOrder), pick({1, 4, 3, 0, 2}));
        QCOMPARE(ids({}, DatasetColumn::Rating, Qt::DescendingOrder), pick({3, 4, 1, 2, 0}));
        QCOMPARE(ids({}, DatasetColumn::JudgeScore, Qt::AscendingOrder), pick({3, 1, 0, 2, 4}));
        QCOMPARE(ids({}, DatasetColumn::JudgeScore, Qt::DescendingOrder), pick({1, 3, 4, 2, 0}));
    }

    void sortByStateReviewAndUpdated()
    {
        exec(u"UPDATE conversations SET state = 'failed' WHERE id = %1"_s.arg(m_ids[2]));
        exec(u"UPDATE conversations SET review = 'approved', updated_at = '2030-01-01T00:00:00.000Z' WHERE id = %1"_s
                 .arg(m_ids[1]));
        exec(u"UPDATE conversations SET review = 'rejected', updated_at = '2000-01-01T00:00:00.000Z' WHERE id = %1"_s
                 .arg(m_ids[3]));
        // complete/approved, complete/generated (0, 4), complete/rejected, failed
        QCOMPARE(ids({}, DatasetColumn::State, Qt::AscendingOrder), pick({1, 0, 4, 3, 2}));
        // approved, generated/complete (0, 4), generated/failed, rejected
        QCOMPARE(ids({}, DatasetColumn::Review, Qt::AscendingOrder), pick({1, 0, 4, 2, 3}));
        const QList<qint64> byUpdate = ids({}, DatasetColumn::Updated, Qt::DescendingOrder);
        QCOMPARE(byUpdate.first(), m_ids[1]);
        QCOMPARE(byUpdate.last(), m_ids[3]);
    }

    void rows_comeInTheOrderAskedWithTurnsAndTokens()
    {
        exec(
            u"UPDATE conversations SET rating = 4, judge_score = 6.5, review = 'edited' WHERE id = %1"_s.arg(m_ids[2]));
        exec(u"UPDATE conversations SET state = 'failed', failure = 'The provider refused.' WHERE id = %1"_s.arg(
            m_ids[1]));
        QString error;
        const auto rows = DatasetQuery(db()).rows({m_ids[2], 999999, m_ids[0], m_ids[1], m_ids[3]}, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 4); // 999999 does not exist
        const DatasetRow &eco = rows->at(0);
        QCOMPARE(eco.id, m_ids[2]);
        QCOMPARE(eco.runId, m_runId);
        QCOMPARE(eco.topicPath, u"Biologie › Ökologie"_s);
        QCOMPARE(eco.userPersona, u"Émile"_s);
        QCOMPARE(eco.assistantPersona, u"Mia"_s);
        QCOMPARE(eco.messages, 6);
        QCOMPARE(eco.tokens, 18);
        QCOMPARE(eco.state, ConversationState::Complete);
        QCOMPARE(eco.review, Review::Edited);
        QCOMPARE(eco.rating, std::optional<int>(4));
        QCOMPARE(eco.judgeScore, std::optional<double>(6.5));
        QVERIFY(eco.updatedAt.isValid());
        QVERIFY(qAbs(eco.updatedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QCOMPARE(rows->at(1).id, m_ids[0]);
        QCOMPARE(rows->at(1).messages, 4);
        QCOMPARE(rows->at(1).tokens, 80);
        QVERIFY(!rows->at(1).rating);
        QVERIFY(!rows->at(1).judgeScore);
        QCOMPARE(rows->at(2).state, ConversationState::Failed);
        QCOMPARE(rows->at(2).failure, u"The provider refused."_s);
        QCOMPARE(rows->at(3).messages, 0);
        QCOMPARE(rows->at(3).tokens, 0);
    }

    void rows_manyIdsAtOnce()
    {
        QList<qint64> many;
        for (int i = 0; i < 1200; ++i)
            many.append(m_ids[i % m_ids.size()] + (i >= 600 ? 100000 : 0));
        QString error;
        const auto rows = DatasetQuery(db()).rows(many, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 600); // the first half exist (each five ids repeated), the second do not
        QCOMPARE(rows->at(7).id, m_ids[2]);
    }

    void count_andStamp_seeWritesByEitherConnection()
    {
        DatasetQuery query(db());
        QString error;
        QCOMPARE(query.count(&error), std::optional<qint64>(5));
        const auto before = query.stamp(&error);
        QVERIFY2(before, qPrintable(error));
        QCOMPARE(query.stamp(&error), before); // reading changes nothing

        exec(u"UPDATE conversations SET rating = 1 WHERE id = %1"_s.arg(m_ids[0]));
        const auto afterOwn = query.stamp(&error);
        QVERIFY(afterOwn && *afterOwn != *before);

        // Another connection, as the engine's thread has.
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            other.setDatabaseName(m_project->path());
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(u"UPDATE conversations SET rating = 2 WHERE id = %1"_s.arg(m_ids[0])));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        const auto afterOther = query.stamp(&error);
        QVERIFY(afterOther && *afterOther != *afterOwn);
    }
};

QTEST_GUILESS_MAIN(DatasetQueryTest)
#include "datasetquery_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "quality/deduplicator.h"

#include "store/curationstore.h"
#include "support/storefixture.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Dialogsmith;
using namespace Dialogsmith::Quality;
using namespace Qt::StringLiterals;

namespace {

// A long answer of distinct words, so that one word changed keeps most of its 5-word shingles.
QString longText(int seed, int words = 120)
{
    QRandomGenerator random {quint32(seed)};
    QStringList out;
    for (int i = 0; i < words; ++i)
        out.append(u"w%1"_s.arg(random.bounded(1000000)));
    return out.join(u' ');
}

// The groups as "original: id kind, id kind" lines, in order: what a user sees in the Duplicates window.
QStringList describe(const QList<DuplicateGroup> &groups)
{
    QStringList out;
    for (const DuplicateGroup &g : groups) {
        QStringList members;
        for (const DuplicateGroup::Member &m : g.duplicates)
            members.append(u"%1 %2"_s.arg(m.id).arg(duplicateKindName(m.kind)));
        out.append(u"%1: %2"_s.arg(g.original).arg(members.join(u", "_s)));
    }
    return out;
}

} // namespace

class DeduplicatorTest : public QObject, public Test::StoreFixture
{
    Q_OBJECT

    qint64 m_runId = 0;
    int m_plan = 0;

    qint64 addSample(const QStringList &messages, Store::ConversationState state = Store::ConversationState::Complete)
    {
        Store::RunStore runs(db());
        QString error;
        Store::NewConversation c;
        c.runId = m_runId;
        c.planIndex = m_plan++;
        c.turnsPlanned = int(messages.size() / 2);
        c.topicPath = u"Earth › Oceans"_s;
        c.userPersona = u"Mia"_s;
        c.assistantPersona = u"Dr. Okafor"_s;
        c.draw = "{}";
        const auto id = runs.insertConversation(c, &error);
        if (!id)
            return 0;
        for (int seq = 0; seq < messages.size(); ++seq) {
            if (!runs.insertTurn(newTurn(*id, seq, messages.at(seq)), &error))
                return 0;
        }
        if (state != Store::ConversationState::Running
            && !runs.finishConversation(*id, state, QString(), false, &error))
            return 0;
        return *id;
    }

    Deduplicator::Update update(double threshold = 0.8)
    {
        QString error;
        const auto result = Deduplicator(db()).update(threshold, &error);
        if (!result)
            qWarning("%s", qPrintable(error));
        return result.value_or(Deduplicator::Update {});
    }

    QStringList groups()
    {
        QString error;
        return describe(Deduplicator(db()).groups(&error).value_or(QList<DuplicateGroup> {}));
    }

    QByteArray blobs()
    {
        QSqlQuery q(db());
        q.exec(u"SELECT conversation_id, text_hash, fingerprint, minhash FROM signatures ORDER BY conversation_id"_s);
        QByteArray out;
        while (q.next())
            out += q.value(0).toByteArray() + q.value(1).toByteArray() + q.value(2).toByteArray()
                + q.value(3).toByteArray();
        return out;
    }

    qint64 turnOf(qint64 conversationId, int seq)
    {
        QSqlQuery q(db());
        q.prepare(u"SELECT id FROM turns WHERE conversation_id = ? AND seq = ?"_s);
        q.addBindValue(conversationId);
        q.addBindValue(seq);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    // The golden set: 1 an original; 2 the same text in other case and punctuation; 3 one word of the
    // answer changed; 4 something else; 5 still running (not a sample yet).
    qint64 m_original = 0, m_exact = 0, m_near = 0, m_other = 0, m_running = 0;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        openNewProject(u"dedup.dialogsmith"_s);
        if (QTest::currentTestFailed())
            return;
        QString error;
        Store::RunStore runs(db());
        QVERIFY(runs.begin(&error));
        const auto run = runs.createRun(10, 42, "{}", &error);
        QVERIFY2(run, qPrintable(error));
        m_runId = *run;
        m_plan = 0;
        QVERIFY(runs.storeTemplate(u"v-user"_s, u"starter"_s, u"Ask."_s, &error));
        QVERIFY(runs.commit(&error));
        const QString answer = longText(1);
        QStringList nearAnswer = answer.split(u' ');
        nearAnswer[60] = u"changed"_s;
        m_original = addSample({u"How do tides work?"_s, answer});
        m_exact = addSample({u"HOW DO TIDES WORK"_s, answer.toUpper() + u"!"_s});
        m_near = addSample({u"How do tides work?"_s, nearAnswer.join(u' ')});
        m_other = addSample({u"What is a fjord?"_s, longText(2)});
        m_running = addSample({u"How do tides work?"_s, answer}, Store::ConversationState::Running);
        QVERIFY(m_original && m_exact && m_near && m_other && m_running);
    }

    void cleanup() { closeProject(); }

    void update_signsCompleteSamples_andGroupsTheirDuplicates()
    {
        const Deduplicator::Update result = update();
        QCOMPARE(result.signedSamples, 4);
        QVERIFY(result.judged);
        QCOMPARE(groups(), QStringList {u"%1: %2 exact, %3 near"_s.arg(m_original).arg(m_exact).arg(m_near)});
        QCOMPARE(result.summary, (DuplicateSummary {4, 1, 1, 1}));
        // The near duplicate's similarity is the estimate against the original, and below 1.
        QSqlQuery q(db());
        QVERIFY(q.exec(u"SELECT similarity, text_hash FROM signatures WHERE conversation_id = %1"_s.arg(m_near)));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toDouble() >= 0.8 && q.value(0).toDouble() < 1, qPrintable(q.value(0).toString()));
        QString error;
        const QString text = *Deduplicator(db()).sampleText(m_near, &error);
        QCOMPARE(q.value(1).toString(), Deduplicator::textHash(text));
        QVERIFY(text.startsWith(u"How do tides work?\n\nw"_s));
        QCOMPARE(
            StoreFixture::count(db(), u"SELECT count(*) FROM signatures WHERE conversation_id = %1"_s.arg(m_running)),
            0);
    }

    void update_withNothingNew_writesNothing()
    {
        update();
        const QByteArray before = blobs();
        QSqlQuery q(db());
        QVERIFY(q.exec(u"SELECT total_changes()"_s) && q.next());
        const qint64 changes = q.value(0).toLongLong();
        QString error;
        QCOMPARE(Deduplicator(db()).isStale(0.8, &error), std::optional<bool>(false));
        const Deduplicator::Update again = update();
        QCOMPARE(again.signedSamples, 0);
        QVERIFY(!again.judged);
        QVERIFY(q.exec(u"SELECT total_changes()"_s) && q.next());
        QCOMPARE(q.value(0).toLongLong(), changes);
        QCOMPARE(blobs(), before);
    }

    void newSamples_areSignedIncrementally_andJoinTheirGroup()
    {
        update();
        const QByteArray before = blobs();
        const qint64 copy = addSample({u"What is a fjord?"_s, longText(2)});
        // The running conversation completes as well: it repeats the original.
        QString error;
        QVERIFY(
            Store::RunStore(db()).finishConversation(m_running, Store::ConversationState::Complete, {}, false, &error));
        QCOMPARE(Deduplicator(db()).isStale(0.8, &error), std::optional<bool>(true));
        const Deduplicator::Update result = update();
        QCOMPARE(result.signedSamples, 2);
        QVERIFY(blobs().startsWith(before)); // the signatures made before are kept as they were
        QCOMPARE(
            groups(),
            (QStringList {u"%1: %2 exact, %3 near, %4 exact"_s.arg(m_original).arg(m_exact).arg(m_near).arg(m_running),
                          u"%1: %2 exact"_s.arg(m_other).arg(copy)}));
    }

    void editedOriginal_setsItsDuplicatesFree()
    {
        update();
        Store::CurationStore store(db());
        QString error;
        QVERIFY2(store.setTurnText(turnOf(m_original, 1), u"Something else entirely, about the weather."_s, &error),
                 qPrintable(error));
        QCOMPARE(StoreFixture::count(db(), u"SELECT count(*) FROM signatures_pending"_s), 1);
        const Deduplicator::Update result = update();
        QCOMPARE(result.signedSamples, 1);
        // The exact copy is now the oldest of the texts: the group's original.
        QCOMPARE(groups(), QStringList {u"%1: %2 near"_s.arg(m_exact).arg(m_near)});
        QCOMPARE(StoreFixture::count(db(), u"SELECT count(*) FROM signatures_pending"_s), 0);

        // Undone: the group is as it was.
        QVERIFY(store.setTurnText(turnOf(m_original, 1), longText(1), &error));
        update();
        QCOMPARE(groups(), QStringList {u"%1: %2 exact, %3 near"_s.arg(m_original).arg(m_exact).arg(m_near)});
    }

    void deletedTurnOfADuplicate_isSignedAgain()
    {
        update();
        Store::CurationStore store(db());
        QString error;
        QVERIFY(store.deleteTurn(turnOf(m_exact, 1), &error));
        update();
        QCOMPARE(groups(), QStringList {u"%1: %2 near"_s.arg(m_original).arg(m_near)});
        QCOMPARE(update().signedSamples, 0);
    }

    void deletedOriginal_leavesTheNextOneAsOriginal()
    {
        update();
        QSqlQuery q(db());
        QVERIFY(q.exec(u"DELETE FROM conversations WHERE id = %1"_s.arg(m_original)));
        const Deduplicator::Update result = update();
        QCOMPARE(result.signedSamples, 0);
        QCOMPARE(groups(), QStringList {u"%1: %2 near"_s.arg(m_exact).arg(m_near)});
        QCOMPARE(result.summary.samples, 3);
    }

    void sampleNoLongerComplete_losesItsSignature()
    {
        update();
        Store::CurationStore store(db());
        QString error;
        // "Regenerate from here" marks the original running again.
        QVERIFY(store.truncate(m_original, 0, &error));
        const Deduplicator::Update result = update();
        QCOMPARE(result.removed, 1);
        QCOMPARE(groups(), QStringList {u"%1: %2 near"_s.arg(m_exact).arg(m_near)});
    }

    void changedThreshold_recomputesVerdicts_keepingSignatures()
    {
        update();
        const QByteArray before = blobs();
        const Deduplicator::Update strict = update(0.99);
        QCOMPARE(strict.signedSamples, 0);
        QVERIFY(strict.judged);
        QCOMPARE(groups(), QStringList {u"%1: %2 exact"_s.arg(m_original).arg(m_exact)});
        QCOMPARE(blobs(), before);
        update(0.8);
        QCOMPARE(groups(), QStringList {u"%1: %2 exact, %3 near"_s.arg(m_original).arg(m_exact).arg(m_near)});
    }

    void cancelled_keepsWhatIsDone_andTheNextUpdateFinishes()
    {
        QString error;
        int calls = 0;
        const auto cancelled = Deduplicator(db()).update(0.8, &error, [&](Deduplicator::Phase phase, qint64, qint64) {
            ++calls;
            return phase != Deduplicator::Phase::Judging;
        });
        QVERIFY(!cancelled);
        QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
        QVERIFY(calls > 0);
        // Signed, but no verdicts yet.
        QCOMPARE(StoreFixture::count(db(), u"SELECT count(*) FROM signatures"_s), 4);
        QCOMPARE(StoreFixture::count(db(), u"SELECT count(*) FROM signatures WHERE duplicate_of IS NOT NULL"_s), 0);
        const Deduplicator::Update result = update();
        QCOMPARE(result.signedSamples, 0);
        QVERIFY(result.judged);
        QCOMPARE(result.summary, (DuplicateSummary {4, 1, 1, 1}));
    }

    void manySamples_inBatches_reportProgress()
    {
        // More than a batch: 1,200 samples, every third a copy of an earlier one.
        for (int i = 0; i < 1200; ++i)
            addSample({u"Question %1"_s.arg(i % 3 == 2 ? i - 2 : i), longText(100 + (i % 3 == 2 ? i - 2 : i), 30)});
        QString error;
        QList<qint64> signing;
        const auto result = Deduplicator(db()).update(0.8, &error, [&](Deduplicator::Phase phase, qint64 done, qint64) {
            if (phase == Deduplicator::Phase::Signing)
                signing.append(done);
            return true;
        });
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->signedSamples, 1204);
        QVERIFY(std::is_sorted(signing.cbegin(), signing.cend()));
        QVERIFY(signing.size() >= 3);
        QCOMPARE(signing.constLast(), 1204);
        QCOMPARE(result->summary.exact, 1 + 400);
        QCOMPARE(result->summary.groups, 1 + 400);
    }

    // The documented byte layout of the blobs.
    void blobs_haveTheDocumentedLayout()
    {
        const Fingerprint fingerprint {0x0102030405060708ULL, 0x1112131415161718ULL};
        QCOMPARE(Deduplicator::encodeFingerprint(fingerprint).toHex(), "01020304050607081112131415161718");
        QCOMPARE(Deduplicator::decodeFingerprint(Deduplicator::encodeFingerprint(fingerprint)), fingerprint);
        const QByteArray blob = Deduplicator::encodeSignature({1, 0x0a0b0c0d}, 5);
        QCOMPARE(blob.toHex(), "02000501010000000d0c0b0a");
        QCOMPARE(Deduplicator::decodeSignature(blob, 2, 5), (MinHashSignature {1, 0x0a0b0c0d}));
        QVERIFY(!Deduplicator::decodeSignature(blob, 128, 5)); // another hasher
        QVERIFY(!Deduplicator::decodeSignature(blob, 2, 4));
        QCOMPARE(Deduplicator::encodeSignature({}, 5).toHex(), "00000501");
    }
};

QTEST_GUILESS_MAIN(DeduplicatorTest)
#include "deduplicator_test.moc"

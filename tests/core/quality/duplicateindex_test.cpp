// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "quality/duplicateindex.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTest>
#include <QtConcurrentMap>

using namespace Dialogsmith;
using Quality::DuplicateIndex;
using Kind = Quality::DuplicateIndex::Kind;

namespace {

QString randomText(QRandomGenerator &random, int wordCount)
{
    QStringList words;
    for (int i = 0; i < wordCount; ++i)
        words.append(u'v' + QString::number(random.bounded(5000)));
    return words.join(u' ');
}

// `text` with `share` of its words replaced by others at random places.
QString edited(QRandomGenerator &random, const QString &text, double share)
{
    QStringList words = text.split(u' ');
    const int changes = int(words.size() * share);
    for (int i = 0; i < changes; ++i)
        words[random.bounded(int(words.size()))] = u'x' + QString::number(random.bounded(100000));
    return words.join(u' ');
}

} // namespace

class DuplicateIndexTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactDuplicate_isFoundWhateverItsCaseAndPunctuation()
    {
        DuplicateIndex index({});
        QCOMPARE(index.add(10, u"What is the capital of France?").kind, Kind::Unique);
        const DuplicateIndex::Verdict verdict = index.add(11, u"what is the CAPITAL of france");
        QCOMPARE(verdict.kind, Kind::Exact);
        QCOMPARE(verdict.keep, 10);
        QCOMPARE(verdict.match, 10);
        QCOMPARE(verdict.similarity, 1.0);
        QCOMPARE(index.add(12, u"What is the capital of Spain?").kind, Kind::Unique);
    }

    void nearDuplicate_isFoundAboveTheThresholdOnly()
    {
        QRandomGenerator random(7);
        const QString original = randomText(random, 300);
        const QString slightly = edited(random, original, 0.01);
        const QString heavily = edited(random, original, 0.3);

        DuplicateIndex strict({.threshold = 0.8, .nearDuplicates = true, .permutations = 128, .shingleWords = 5});
        QCOMPARE(strict.add(1, original).kind, Kind::Unique);
        const DuplicateIndex::Verdict near = strict.add(2, slightly);
        QCOMPARE(near.kind, Kind::Near);
        QCOMPARE(near.keep, 1);
        QVERIFY2(near.similarity >= 0.8 && near.similarity < 1, qPrintable(QString::number(near.similarity)));
        QCOMPARE(strict.add(3, heavily).kind, Kind::Unique);

        // A third of the words changed leaves about one 5-word shingle in five whole: a similarity near 0.12,
        // a duplicate only for a low threshold.
        DuplicateIndex lenient({.threshold = 0.05, .nearDuplicates = true, .permutations = 128, .shingleWords = 5});
        lenient.add(1, original);
        QCOMPARE(lenient.add(3, heavily).kind, Kind::Near);
    }

    void chainOfNearDuplicates_staysOneGroupNamedByTheFirst()
    {
        QRandomGenerator random(11);
        DuplicateIndex index({.threshold = 0.7, .nearDuplicates = true, .permutations = 128, .shingleWords = 5});
        const QString first = randomText(random, 400);
        QCOMPARE(index.add(100, first).kind, Kind::Unique);
        QString text = first;
        for (qint64 id = 101; id <= 110; ++id) {
            text = edited(random, text, 0.01);
            const DuplicateIndex::Verdict verdict = index.add(id, text);
            QCOMPARE(verdict.kind, Kind::Near);
            QCOMPARE(verdict.keep, 100);
        }
        // The last is far from the first by now: it joined the group through the samples in between.
        QVERIFY(Quality::estimatedSimilarity(index.describe(first).signature, index.describe(text).signature) < 0.7);
        QCOMPARE(index.size(), 11);
    }

    void exactOnly_ignoresNearDuplicates()
    {
        QRandomGenerator random(3);
        const QString original = randomText(random, 200);
        DuplicateIndex index({.threshold = 0.8, .nearDuplicates = false, .permutations = 128, .shingleWords = 5});
        index.add(1, original);
        QCOMPARE(index.add(2, edited(random, original, 0.01)).kind, Kind::Unique);
        QCOMPARE(index.add(3, original.toUpper()).kind, Kind::Exact);
        QVERIFY(index.describe(original).signature.empty());
    }

    void textsWithoutWords_areOnlyExactDuplicatesOfEachOther()
    {
        DuplicateIndex index({});
        QCOMPARE(index.add(1, u"...").kind, Kind::Unique);
        QCOMPARE(index.add(2, u"").kind, Kind::Exact);
        QCOMPARE(index.add(3, u"a real sentence with words").kind, Kind::Unique);
    }

    void plantedDuplicates_areFoundAndNothingElse()
    {
        // 2,000 unrelated texts of 300 words, then 300 near copies (1 % of the words changed: a Jaccard
        // similarity of about 0.9 with 5-word shingles), 300 exact
        // copies in another form, and 300 heavy rewrites (40 % changed) that are not duplicates at 0.8.
        QRandomGenerator random(2026);
        QStringList originals;
        for (int i = 0; i < 2000; ++i)
            originals.append(randomText(random, 300));
        DuplicateIndex index({.threshold = 0.8, .nearDuplicates = true, .permutations = 128, .shingleWords = 5});
        for (int i = 0; i < originals.size(); ++i)
            QCOMPARE(index.add(i, originals.at(i)).kind, Kind::Unique);

        int nearFound = 0, exactFound = 0, rewritesFlagged = 0;
        qint64 id = originals.size();
        for (int i = 0; i < 300; ++i) {
            const int source = random.bounded(int(originals.size()));
            const DuplicateIndex::Verdict near = index.add(id++, edited(random, originals.at(source), 0.01));
            nearFound += near.kind == Kind::Near && near.keep == source;
            const DuplicateIndex::Verdict exact = index.add(id++, QString(originals.at(source).toUpper() + u'!'));
            exactFound += exact.kind == Kind::Exact && exact.keep == source;
            rewritesFlagged += index.add(id++, edited(random, originals.at(source), 0.4)).kind != Kind::Unique;
        }
        QCOMPARE(exactFound, 300);
        QVERIFY2(nearFound >= 294, qPrintable(QString::number(nearFound)));
        QVERIFY2(rewritesFlagged <= 3, qPrintable(QString::number(rewritesFlagged)));
    }

    void describe_givesTheSameOnEveryThread()
    {
        QRandomGenerator random(5);
        QStringList texts;
        for (int i = 0; i < 64; ++i)
            texts.append(randomText(random, 100));
        const DuplicateIndex index({});
        const QList<Quality::SampleDescription> parallel
            = QtConcurrent::blockingMapped(texts, [&index](const QString &text) { return index.describe(text); });
        for (int i = 0; i < texts.size(); ++i) {
            const Quality::SampleDescription serial = index.describe(texts.at(i));
            QCOMPARE(parallel.at(i).fingerprint, serial.fingerprint);
            QVERIFY(parallel.at(i).signature == serial.signature);
        }
    }
};

QTEST_GUILESS_MAIN(DuplicateIndexTest)
#include "duplicateindex_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "quality/minhash.h"

#include <QStringList>
#include <QTest>

#include <cmath>

using namespace Dialogsmith;
using Quality::estimatedSimilarity;
using Quality::MinHasher;

namespace {

// Words "w<first>" … "w<last>", space-separated, as a normalised text is.
QString words(int first, int last)
{
    QStringList out;
    for (int i = first; i <= last; ++i)
        out.append(u'w' + QString::number(i));
    return out.join(u' ');
}

double candidateProbability(Quality::LshBands bands, double similarity)
{
    return 1 - std::pow(1 - std::pow(similarity, bands.rows), bands.bands);
}

} // namespace

class MinHashTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameText_hasSimilarityOne()
    {
        const MinHasher hasher;
        const QString text = words(0, 99);
        QCOMPARE(hasher.signature(text).size(), size_t(MinHasher::defaultPermutations));
        QCOMPARE(estimatedSimilarity(hasher.signature(text), hasher.signature(text)), 1.0);
    }

    void similarity_estimatesJaccardOfShingles()
    {
        // A: words 0–199; B: words 0–149 and 50 others. With 5-word shingles each has 196; 146 are shared
        // (those within words 0–149), so the Jaccard similarity is 146 / 246 = 0.593.
        const MinHasher hasher;
        const double estimate = estimatedSimilarity(
            hasher.signature(words(0, 199)), hasher.signature(QString(words(0, 149) + u' ' + words(1000, 1049))));
        QVERIFY2(std::abs(estimate - 146.0 / 246.0) < 0.12, qPrintable(QString::number(estimate)));
        const double unrelated
            = estimatedSimilarity(hasher.signature(words(0, 199)), hasher.signature(words(500, 699)));
        QVERIFY2(unrelated < 0.05, qPrintable(QString::number(unrelated)));
    }

    void wordOrder_matters()
    {
        const MinHasher hasher(128, 2);
        const double swapped = estimatedSimilarity(hasher.signature(u"a b c d e f"), hasher.signature(u"f e d c b a"));
        QCOMPARE(swapped, 0.0);
    }

    void shortText_isOneShingle_emptyTextHasNoSignature()
    {
        const MinHasher hasher;
        QCOMPARE(hasher.signature(u"two words").size(), size_t(MinHasher::defaultPermutations));
        QCOMPARE(estimatedSimilarity(hasher.signature(u"two words"), hasher.signature(u"two words")), 1.0);
        QVERIFY(estimatedSimilarity(hasher.signature(u"two words"), hasher.signature(u"two birds")) < 0.05);
        QVERIFY(hasher.signature(u"").empty());
        QCOMPARE(estimatedSimilarity({}, {}), 0.0);
    }

    void signatures_areTheSameForEveryHasherAndRun()
    {
        // Stored signatures must keep matching new ones: the permutations come from a fixed seed, and these
        // first values were computed once. A change here means every stored signature is wrong.
        const Quality::MinHashSignature a = MinHasher().signature(words(0, 20));
        QCOMPARE(a, MinHasher().signature(words(0, 20)));
        QCOMPARE((std::vector<std::uint32_t>(a.begin(), a.begin() + 3)),
                 (std::vector<std::uint32_t> {44246195, 120102375, 116733980}));
        QCOMPARE(MinHasher(16, 3).signature(words(0, 20)).size(), size_t(16));
    }

    void bands_separateTheThreshold_data()
    {
        QTest::addColumn<double>("threshold");
        QTest::addColumn<int>("permutations");
        QTest::newRow("0.8 of 128") << 0.8 << 128;
        QTest::newRow("0.5 of 128") << 0.5 << 128;
        QTest::newRow("0.9 of 256") << 0.9 << 256;
        QTest::newRow("0.7 of 64") << 0.7 << 64;
    }

    void bands_separateTheThreshold()
    {
        QFETCH(double, threshold);
        QFETCH(int, permutations);
        const Quality::LshBands bands = Quality::bandsForThreshold(threshold, permutations);
        QVERIFY(bands.bands >= 1 && bands.rows >= 1);
        QVERIFY(bands.bands * bands.rows <= permutations);
        // Pairs well above the threshold almost always become candidates, pairs well below almost never.
        QVERIFY2(candidateProbability(bands, std::min(1.0, threshold + 0.1)) > 0.95,
                 qPrintable(QStringLiteral("%1×%2").arg(bands.bands).arg(bands.rows)));
        QVERIFY2(candidateProbability(bands, threshold - 0.35) < 0.1,
                 qPrintable(QStringLiteral("%1×%2").arg(bands.bands).arg(bands.rows)));
    }

    void higherThreshold_usesLongerBands()
    {
        QVERIFY(Quality::bandsForThreshold(0.9, 128).rows > Quality::bandsForThreshold(0.5, 128).rows);
    }
};

QTEST_GUILESS_MAIN(MinHashTest)
#include "minhash_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "quality/textfingerprint.h"

#include <QTest>

using namespace Dialogsmith;
using Quality::fingerprintOfNormalized;
using Quality::normalizedForComparison;

namespace {

Quality::Fingerprint fingerprint(const QString &text)
{
    return fingerprintOfNormalized(normalizedForComparison(text));
}

} // namespace

class TextFingerprintTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizing_dropsCasePunctuationAndSpacing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("ascii") << QStringLiteral("  Hello,   World!\n\nHow are YOU? ")
                               << QStringLiteral("hello world how are you");
        QTest::newRow("apostrophe") << QStringLiteral("Don't stop") << QStringLiteral("don t stop");
        QTest::newRow("only punctuation") << QStringLiteral(" ... !? ") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("digits") << QStringLiteral("Version 2.10 (beta)") << QStringLiteral("version 2 10 beta");
        QTest::newRow("german") << QStringLiteral("STRASSE, Straße — GRÖSSE")
                                << QStringLiteral("strasse straße grösse");
        QTest::newRow("compatibility forms")
            << QStringLiteral("ｆｕｌｌ ｗｉｄｔｈ ﬁne") << QStringLiteral("full width fine");
        QTest::newRow("decomposed accent") << QStringLiteral("Cafe\u0301 au lait") << QStringLiteral("café au lait");
        QTest::newRow("chinese, one word per character")
            << QStringLiteral("你好，世界！") << QStringLiteral("你 好 世 界");
        QTest::newRow("mixed scripts") << QStringLiteral("用Qt写") << QStringLiteral("用 qt 写");
        QTest::newRow("thai keeps its marks") << QStringLiteral("\u0e17\u0e35\u0e48\u0e19\u0e35\u0e48")
                                              << QStringLiteral("\u0e17\u0e35\u0e48 \u0e19\u0e35\u0e48");
        QTest::newRow("emoji are not words") << QStringLiteral("great 👍 idea") << QStringLiteral("great idea");
        QTest::newRow("supplementary letters") << QStringLiteral("𝐀𝐁 text") << QStringLiteral("ab text");
    }

    void normalizing_dropsCasePunctuationAndSpacing()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        QCOMPARE(normalizedForComparison(text), normalized);
    }

    void asciiAndUnicodePaths_agree()
    {
        // The same ASCII words with one non-ASCII character elsewhere take the Unicode path.
        const QString ascii = QStringLiteral("It's a (small) test: 42 words_and-more!");
        QCOMPARE(normalizedForComparison(QString(ascii + QStringLiteral(" \u00e9"))),
                 normalizedForComparison(ascii) + QStringLiteral(" \u00e9"));
    }

    void fingerprint_sameForTextsThatDifferOnlyInForm()
    {
        QCOMPARE(fingerprint(QStringLiteral("The answer is 42.")), fingerprint(QStringLiteral("the  ANSWER is 42")));
        QVERIFY(fingerprint(QStringLiteral("The answer is 42.")) != fingerprint(QStringLiteral("The answer is 43.")));
        QVERIFY(fingerprint(QStringLiteral("ab c")) != fingerprint(QStringLiteral("a bc")));
    }

    void fingerprint_isStableAcrossRuns()
    {
        // Stored fingerprints must keep matching: these values were computed once and are fixed (XXH3-128 of
        // the UTF-16 code units). A change here means every stored fingerprint is wrong.
        const Quality::Fingerprint value = fingerprint(QStringLiteral("Hello, world!"));
        QCOMPARE(QString::number(value.high, 16) + u':' + QString::number(value.low, 16),
                 QStringLiteral("c2059d13d85a8858:47afe08bdc335398"));
        QCOMPARE(Quality::hash64(u"hello world"), quint64(660667291861873677ULL));
    }
};

QTEST_GUILESS_MAIN(TextFingerprintTest)
#include "textfingerprint_test.moc"

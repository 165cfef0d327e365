// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "documents/chunker.h"

#include <QTest>

using namespace Dialogsmith;
using Documents::chunkText;

namespace {

QStringList texts(const QString &text, int size, int overlap)
{
    QStringList out;
    for (const Documents::ChunkSpan &span : chunkText(text, {size, overlap}))
        out.append(text.mid(span.start, span.length));
    return out;
}

} // namespace

class ChunkerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortText_isOneChunkWithoutOuterWhitespace()
    {
        QCOMPARE(texts(QStringLiteral("  \n Hello world.\n\n"), 100, 10), QStringList {QStringLiteral("Hello world.")});
    }

    void blankText_hasNoChunks()
    {
        QVERIFY(chunkText(QStringLiteral(" \n\t \n"), {100, 10}).isEmpty());
        QVERIFY(chunkText(QString(), {100, 10}).isEmpty());
    }

    void paragraphs_areCutAtTheBlankLine()
    {
        const QString a = QStringLiteral("The first paragraph has a few words in it.");
        const QString b = QStringLiteral("The second paragraph follows after a blank line.");
        const QStringList chunks = texts(a + QStringLiteral("\n\n") + b, 60, 0);
        QCOMPARE(chunks, (QStringList {a, b}));
    }

    void sentences_areCutAfterTheirEnd()
    {
        const QString text = QStringLiteral("One sentence here. Another sentence there. A third one ends it.");
        const QStringList chunks = texts(text, 45, 0);
        QCOMPARE(chunks.constFirst(), QStringLiteral("One sentence here. Another sentence there."));
        QCOMPARE(chunks.constLast(), QStringLiteral("A third one ends it."));
    }

    void everyChunk_fitsAndTheWholeTextIsCovered()
    {
        QString text;
        for (int i = 0; i < 300; ++i)
            text += QStringLiteral("Word%1 ").arg(i) + (i % 17 == 0 ? QStringLiteral(". ") : QString())
                + (i % 41 == 0 ? QStringLiteral("\n\n") : QString());
        const auto spans = chunkText(text, {200, 50});
        QVERIFY(spans.size() > 5);
        qsizetype covered = 0;
        for (const auto &span : spans) {
            QVERIFY(span.length <= 200);
            QVERIFY(span.length > 0);
            if (span.start > covered)
                QVERIFY2(text.mid(covered, span.start - covered).trimmed().isEmpty(), "text left out between chunks");
            covered = std::max(covered, span.start + span.length);
        }
        qsizetype end = text.size();
        while (end > 0 && text.at(end - 1).isSpace())
            --end;
        QCOMPARE(covered, end);
    }

    void overlap_repeatsTheEndOfThePreviousChunkFromAWordStart()
    {
        QString text;
        for (int i = 0; i < 100; ++i)
            text += QStringLiteral("alpha%1 ").arg(i);
        const QStringList chunks = texts(text, 100, 30);
        QVERIFY(chunks.size() > 3);
        for (int i = 1; i < chunks.size(); ++i) {
            const QString firstWord = chunks.at(i).section(u' ', 0, 0);
            QVERIFY2(chunks.at(i - 1).contains(firstWord + u' ') || chunks.at(i - 1).endsWith(firstWord),
                     qPrintable(chunks.at(i)));
            QVERIFY(firstWord.startsWith(QStringLiteral("alpha")));
        }
    }

    void aWordLongerThanTheWindow_isSplitNeverASurrogatePair()
    {
        const QString emoji = QStringLiteral("\U0001F600");
        QString text;
        for (int i = 0; i < 50; ++i)
            text += emoji;
        for (const auto &span : chunkText(text, {7, 0})) {
            QVERIFY(!text.at(span.start).isLowSurrogate());
            QVERIFY(!text.at(span.start + span.length - 1).isHighSurrogate());
        }
    }

    void sameInput_sameChunks()
    {
        const QString text = QStringLiteral("Some text. ").repeated(500);
        QCOMPARE(chunkText(text, {300, 60}), chunkText(text, {300, 60}));
    }
};

QTEST_GUILESS_MAIN(ChunkerTest)
#include "chunker_test.moc"

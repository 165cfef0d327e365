// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "documents/importer.h"

#include <QDir>
#include <QFile>
#include <QFuture>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrentRun>

using namespace Dialogsmith;
using namespace Dialogsmith::Documents;

class ImporterTest : public QObject
{
    Q_OBJECT

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void utf8Text_isReadWithLineEndsMadeNewlines()
    {
        const QString path = write(QStringLiteral("notes.txt"),
                                   "\xEF\xBB\xBFGr\xC3\xBC\xC3\x9F"
                                   "e\r\nzwei\rdrei\n");
        const ImportResult result = importFile(path);
        QVERIFY2(result, qPrintable(result.error));
        QCOMPARE(result.imported->kind, DocumentKind::Text);
        QCOMPARE(result.imported->document.text, QStringLiteral("Gr\u00FC\u00DFe\nzwei\ndrei\n"));
        QCOMPARE(result.imported->document.title, QStringLiteral("notes"));
        QCOMPARE(result.imported->document.source, QStringLiteral("notes.txt"));
        QVERIFY(result.imported->warnings.isEmpty());
        QCOMPARE(result.imported->pages, 0);
    }

    void utf16Text_isReadByItsByteOrderMark_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::newRow("little endian") << false;
        QTest::newRow("big endian") << true;
    }

    void utf16Text_isReadByItsByteOrderMark()
    {
        QFETCH(bool, bigEndian);
        const QString text = QStringLiteral("\uFEFF\u6771\u4EAC\r\nline two");
        QByteArray bytes;
        for (const QChar c : text) {
            const char high = char(c.unicode() >> 8), low = char(c.unicode() & 0xFF);
            bytes.append(bigEndian ? high : low).append(bigEndian ? low : high);
        }
        const ImportResult result = importBytes(bytes, QStringLiteral("tokyo.txt"));
        QVERIFY2(result, qPrintable(result.error));
        QCOMPARE(result.imported->document.text, QStringLiteral("\u6771\u4EAC\nline two"));
    }

    void invalidUtf8_namesTheFileAndTheFirstBadByte()
    {
        // "café" in Latin-1 on the second line: the bad byte is at offset 12.
        const QString path = write(QStringLiteral("latin1.txt"), "line one\ncaf\xE9 au lait\n");
        const ImportResult result = importFile(path);
        QVERIFY(!result);
        QVERIFY(!result.cancelled);
        QCOMPARE(result.error,
                 QDir::toNativeSeparators(path)
                     + QStringLiteral(" is not valid UTF-8 text: the byte at offset 12 (line 2) is not "
                                      "part of a UTF-8 character. Save it as UTF-8 and add it again."));
    }

    void fileNameWithPercentSigns_staysAsItIsInMessages()
    {
        const QString path = write(QStringLiteral("100%2 sure %1.txt"), "\xFF");
        QCOMPARE(importFile(path).error,
                 QDir::toNativeSeparators(path)
                     + QStringLiteral(" is not valid UTF-8 text: the byte at offset 0 (line 1) is not part of a UTF-8 "
                                      "character. Save it as UTF-8 and add it again."));
    }

    void invalidUtf8_forms_areAllRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("offset");
        QTest::newRow("overlong") << QByteArray("ab\xC0\xAF") << 2;
        QTest::newRow("surrogate") << QByteArray("a\xED\xA0\x80") << 1;
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
        QTest::newRow("cut short") << QByteArray("abc\xE2\x82") << 3;
        QTest::newRow("lone continuation") << QByteArray("x\x80y") << 1;
    }

    void invalidUtf8_forms_areAllRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, offset);
        const ImportResult result = importBytes(bytes, QStringLiteral("bad.txt"));
        QVERIFY(!result);
        QVERIFY2(result.error.contains(QStringLiteral("at offset %1 ").arg(offset)), qPrintable(result.error));
    }

    void validUtf8_ofEveryLength_isAccepted()
    {
        const ImportResult result = importBytes("a \xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF", {});
        QVERIFY2(result, qPrintable(result.error));
        QCOMPARE(result.imported->document.text, QStringLiteral("a \u00E9 \u20AC \U0001F600 \U0010FFFF"));
    }

    void binaryFile_isNotText_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("png as .txt") << QStringLiteral("image.txt")
                                     << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20);
        QTest::newRow("zip as .md") << QStringLiteral("archive.md") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10);
        QTest::newRow("nul in html") << QStringLiteral("page.html") << QByteArray("<p>a\0b</p>", 10);
        QTest::newRow("control bytes") << QStringLiteral("data.bin") << QByteArray("\x01\x02\x03\x04text\x05\x06");
    }

    void binaryFile_isNotText()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        const ImportResult result = importBytes(bytes, name);
        QVERIFY(!result);
        QCOMPARE(result.error, name + QStringLiteral(" is not a text document (it looks binary)."));
    }

    void emptyOrBlankFile_isRefused()
    {
        const QString empty = write(QStringLiteral("empty.txt"), {});
        QCOMPARE(importFile(empty).error, QDir::toNativeSeparators(empty) + QStringLiteral(" is empty."));
        const QString blank = write(QStringLiteral("blank.txt"), " \n\t\r\n  ");
        QCOMPARE(importFile(blank).error,
                 QDir::toNativeSeparators(blank) + QStringLiteral(" has no text (only white space)."));
    }

    void missingFileOrFolder_isNamed()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nowhere.txt"));
        QCOMPARE(importFile(missing).error, QDir::toNativeSeparators(missing) + QStringLiteral(" does not exist."));
        QCOMPARE(importFile(m_dir.path()).error,
                 QDir::toNativeSeparators(m_dir.path()) + QStringLiteral(" is not a file."));
    }

    void largeFile_isRefusedBeforeItIsRead()
    {
        const QString path = write(QStringLiteral("big.txt"), QByteArray(3 << 20, 'a'));
        ImportOptions options;
        options.maxFileSize = 2 << 20;
        QCOMPARE(importFile(path, options).error,
                 QDir::toNativeSeparators(path) + QStringLiteral(" is larger than 2 MiB."));
        options = {};
        options.maxTextLength = 1'000'000;
        QVERIFY(importFile(path, options).error.contains(QStringLiteral("more text than a project document may hold")));
    }

    void kind_comesFromTheHeaderThenTheSuffixThenTheContent()
    {
        QCOMPARE(documentKind("%PDF-1.7\n", QStringLiteral("renamed.txt")), DocumentKind::Pdf);
        QCOMPARE(documentKind("hello", QStringLiteral("fake.PDF")), DocumentKind::Pdf);
        QCOMPARE(documentKind("# Title", QStringLiteral("README.MD")), DocumentKind::Markdown);
        QCOMPARE(documentKind("# Title", QStringLiteral("notes.markdown")), DocumentKind::Markdown);
        QCOMPARE(documentKind("<p>x</p>", QStringLiteral("page.htm")), DocumentKind::Html);
        QCOMPARE(documentKind("text", QStringLiteral("page.xhtml")), DocumentKind::Html);
        QCOMPARE(documentKind("<html><body>x", QStringLiteral("notes.txt")), DocumentKind::Text);
        QCOMPARE(documentKind("\xEF\xBB\xBF  <!DOCTYPE HTML><p>x", QString()), DocumentKind::Html);
        QCOMPARE(documentKind("<html lang=en>", QStringLiteral("download")), DocumentKind::Html);
        QCOMPARE(documentKind("plain words", QStringLiteral("LICENSE")), DocumentKind::Text);
        QCOMPARE(documentKind("<b>bold</b>", QStringLiteral("data.csv")), DocumentKind::Text);
    }

    void forcedKind_overridesTheName()
    {
        ImportOptions options;
        options.kind = DocumentKind::Markdown;
        const ImportResult result = importBytes("# Heading\n\n*emphasis*", QStringLiteral("notes.txt"), options);
        QVERIFY(result);
        QCOMPARE(result.imported->kind, DocumentKind::Markdown);
        QCOMPARE(result.imported->document.text, QStringLiteral("Heading\n\nemphasis"));
    }

    void pastedText_isTitledByItsFirstLine()
    {
        const ImportResult result = importBytes("  A first line that says what this is  \nmore", {});
        QVERIFY(result);
        QCOMPARE(result.imported->document.title, QStringLiteral("A first line that says what this is"));
        QCOMPARE(result.imported->document.source, QStringLiteral("pasted"));
        QCOMPARE(importBytes({}, {}).error, QStringLiteral("The pasted document is empty."));
    }

    void progress_isReportedAndCanCancel()
    {
        QList<std::pair<int, int>> calls;
        const ImportResult done = importBytes("text", QStringLiteral("a.txt"), {}, [&](int d, int t) {
            calls.append({d, t});
            return true;
        });
        QVERIFY(done);
        QCOMPARE(calls, (QList<std::pair<int, int>> {{0, 1}, {1, 1}}));

        const ImportResult cancelled = importBytes("text", QStringLiteral("a.txt"), {}, [](int, int) { return false; });
        QVERIFY(!cancelled);
        QVERIFY(cancelled.cancelled);
        QVERIFY(cancelled.error.isEmpty());
    }

    void imports_runOnWorkerThreadsAtOnce()
    {
        QList<QFuture<ImportResult>> futures;
        for (int i = 0; i < 16; ++i) {
            const QByteArray bytes = i % 2 ? QByteArray("<p>page " + QByteArray::number(i) + "</p>")
                                           : QByteArray("# note " + QByteArray::number(i));
            const QString name = QStringLiteral("doc%1.%2").arg(i).arg(i % 2 ? u"html" : u"md");
            futures.append(QtConcurrent::run([bytes, name] { return importBytes(bytes, name); }));
        }
        for (int i = 0; i < futures.size(); ++i) {
            const ImportResult result = futures[i].result();
            QVERIFY(result);
            QCOMPARE(result.imported->document.text,
                     (i % 2 ? QStringLiteral("page %1") : QStringLiteral("note %1")).arg(i));
        }
    }
};

QTEST_GUILESS_MAIN(ImporterTest)
#include "importer_test.moc"

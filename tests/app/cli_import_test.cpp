// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// dialogsmith-cli import as a user runs it: its own process, real files of every kind, some of them broken.
#include "project/projectfile.h"
#include "store/chunkstore.h"
#include "store/designstore.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

namespace {

struct Result {
    int exitCode = -1; ///< -1: crashed or did not finish
    QString out;
    QString err;
};

Result runCli(const QStringList &arguments)
{
    QProcess cli;
    cli.start(QStringLiteral(DIALOGSMITH_CLI_PATH), arguments);
    Result result;
    if (!cli.waitForFinished(90000)) {
        cli.kill();
        cli.waitForFinished();
        return result;
    }
    result.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    result.out = QString::fromUtf8(cli.readAllStandardOutput());
    result.err = QString::fromUtf8(cli.readAllStandardError());
    return result;
}

QString describe(const Result &r)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode).arg(r.out, r.err);
}

} // namespace

class CliImportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write the test file");
        return path;
    }

    // A PDF of `pages` pages with a line of text on each, as Qt's PDF writer makes one.
    QString writePdf(const QString &name, int pages)
    {
        const QString path = m_dir.filePath(name);
        QPdfWriter pdf(path);
        QPainter painter(&pdf);
        for (int page = 1; page <= pages; ++page) {
            if (page > 1)
                pdf.newPage();
            painter.drawText(QPointF(200, 400), u"Page %1 explains the barometer and its mercury column."_s.arg(page));
        }
        painter.end();
        return path;
    }

    QStringList titles() const
    {
        QString error;
        auto project = ProjectFile::open(m_project, &error);
        if (!project)
            return {error};
        const auto design = Store::DesignStore(project->database()).load(&error);
        QStringList out;
        for (const Design::Document &document : design->design.documents)
            out.append(document.title);
        return out;
    }

    QStringList found(const QString &typed) const
    {
        QString error;
        auto project = ProjectFile::open(m_project, &error);
        if (!project)
            return {error};
        const auto hits = Store::ChunkStore(project->database()).search(typed, 10, &error);
        QStringList out;
        for (const Store::ChunkHit &hit : hits.value_or(QList<Store::ChunkHit> {}))
            out.append(hit.documentTitle);
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_project = m_dir.filePath(u"import.dialogsmith"_s);
        QFile::remove(m_project);
        const Result created = runCli({u"new"_s, m_project});
        QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
    }

    void import_readsEveryKind_namesTheBrokenFiles_andIndexesTheRest()
    {
        const QString text = write(u"notes.txt"_s, "Tides come twice a day because the oceans bulge.\n");
        const QString markdown = write(u"guide.md"_s, "# Weather\n\nA **barograph** records air pressure.\n");
        const QString html = write(u"page.html"_s,
                                   "<html><head><style>p { color: red }</style><script>var secretword = 1;</script>"
                                   "</head><body><p>Anemometers measure wind speed.</p></body></html>");
        const QString pdf = writePdf(u"manual.pdf"_s, 3);
        const QString empty = write(u"empty.txt"_s, QByteArray());
        const QString binary = write(u"photo.txt"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\0", 20));
        const QString broken = write(u"broken.pdf"_s, "%PDF-1.7\n1 0 obj << /Type /Catalog >>\n");

        const Result r = runCli({u"import"_s, m_project, text, empty, markdown, binary, html, broken, pdf,
                                 m_dir.filePath(u"missing.md"_s)});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        // Each file that failed named with its problem; the others were still imported.
        QVERIFY2(r.err.contains(u"empty.txt is empty"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"photo.txt"_s) && r.err.contains(u"binary"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"broken.pdf"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"missing.md"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"4 files could not be imported."_s), qPrintable(r.err));
        // Progress as it reads: the pages of a PDF.
        QVERIFY2(r.err.contains(u"Reading manual.pdf: page 3 of 3"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Added 4 documents."_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());

        QCOMPARE(titles(), (QStringList {u"notes.txt"_s, u"guide.md"_s, u"page.html"_s, u"manual.pdf"_s}));
        // Search works at once: the chunks are there.
        QCOMPARE(found(u"barograph"_s), QStringList {u"guide.md"_s});
        QCOMPARE(found(u"anemometers"_s), QStringList {u"page.html"_s});
        QCOMPARE(found(u"secretword"_s), QStringList()); // scripts are not text
        QCOMPARE(found(u"mercury"_s), QStringList {u"manual.pdf"_s});
    }

    void importAgain_skipsWhatTheProjectHas_andSucceeds()
    {
        const QString text = write(u"notes.txt"_s, "Tides come twice a day because the oceans bulge.\n");
        Result r = runCli({u"import"_s, m_project, text});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

        // The same text under another name, and the same file again: skipped with a message; a new one is added.
        const QString copy = write(u"copy.txt"_s, "Tides come twice a day because the oceans bulge.\n");
        const QString other = write(u"other.txt"_s, "Barometers fall before a storm.\n");
        r = runCli({u"import"_s, m_project, copy, text, other});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(u"Skipped copy.txt: its text is already a document of the project."_s),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Skipped notes.txt"_s), qPrintable(r.err));
        QCOMPARE(titles(), (QStringList {u"notes.txt"_s, u"other.txt"_s}));
        QCOMPARE(found(u"storm"_s), QStringList {u"other.txt"_s});
    }

    void sameFileNameFromAnotherFolder_getsATitleOfItsOwn()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(u"b"_s));
        const QString first = write(u"readme.txt"_s, "First readme.\n");
        const QString second = write(u"b/readme.txt"_s, "Second readme.\n");
        const Result r = runCli({u"import"_s, m_project, first, second});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(titles(), (QStringList {u"readme.txt"_s, u"readme.txt (2)"_s}));
    }

    void usageErrors()
    {
        Result r = runCli({u"import"_s, m_project});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"missing arguments"_s), qPrintable(r.err));
        r = runCli({u"import"_s, m_dir.filePath(u"nothing.dialogsmith"_s), m_dir.filePath(u"x.txt"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"does not exist"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"nothing.dialogsmith"_s)));
        r = runCli({u"import"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"FILE..."_s));
    }
};

QTEST_MAIN(CliImportTest)
#include "cli_import_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// dialogsmith-cli import of datasets and designs as a user runs it: its own process, the fixtures of
// tests/data/import, bad lines refused and then skipped with --skip-bad-lines.
#include "project/projectfile.h"
#include "store/designstore.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

namespace {

struct Result {
    int exitCode = -1;
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

QString data(const QString &name)
{
    return QStringLiteral(DIALOGSMITH_IMPORT_DATA_DIR "/") + name;
}

} // namespace

class CliDataImportTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    int count(const QString &sql)
    {
        QString error;
        auto project = ProjectFile::open(m_project, &error);
        if (!project)
            return -1;
        QSqlQuery q(project->database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    Design::ProjectDesign design()
    {
        QString error;
        auto project = ProjectFile::open(m_project, &error);
        if (!project)
            return {};
        auto stored = Store::DesignStore(project->database()).load(&error);
        return stored ? stored->design : Design::ProjectDesign {};
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"p%1.dialogsmith"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        const Result created = runCli({u"new"_s, m_project});
        QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
    }

    void help_describesTheKinds()
    {
        const Result r = runCli({u"import"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"--skip-bad-lines"_s));
        QVERIFY(r.out.contains(u"--as"_s));
        QVERIFY(r.out.contains(u"InstructLab"_s));
    }

    void datasets_areDetectedAndImported()
    {
        const Result r = runCli(
            {u"import"_s, m_project, data(u"openai.jsonl"_s), data(u"sharegpt.jsonl"_s), data(u"alpaca.jsonl"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(u"Imported 3 samples from openai.jsonl (openai)"_s), qPrintable(describe(r)));
        QCOMPARE(count(u"SELECT count(*) FROM runs WHERE kind = 'import'"_s), 3);
        QCOMPARE(count(u"SELECT count(*) FROM conversations WHERE state = 'complete'"_s), 7);
    }

    void badLines_failListingThem_thenSkipWithTheOption()
    {
        const Result refused = runCli({u"import"_s, m_project, data(u"bad.jsonl"_s)});
        QVERIFY2(refused.exitCode == 1, qPrintable(describe(refused)));
        QVERIFY2(refused.err.contains(u"5 bad line"_s), qPrintable(describe(refused)));
        QVERIFY2(refused.err.contains(u"line 2: invalid JSON"_s), qPrintable(describe(refused)));
        QVERIFY2(refused.err.contains(u"line 4: message 1 has the unknown role \"wizard\""_s),
                 qPrintable(describe(refused)));
        QVERIFY(refused.err.contains(u"--skip-bad-lines"_s));
        QCOMPARE(count(u"SELECT count(*) FROM conversations"_s), 0);

        const Result skipped = runCli({u"import"_s, m_project, data(u"bad.jsonl"_s), u"--skip-bad-lines"_s});
        QVERIFY2(skipped.exitCode == 0, qPrintable(describe(skipped)));
        QVERIFY2(skipped.err.contains(u"Skipped 5 bad line"_s), qPrintable(describe(skipped)));
        QCOMPARE(count(u"SELECT count(*) FROM conversations"_s), 2);
    }

    void formatOption_overridesDetection()
    {
        const Result r = runCli({u"import"_s, m_project, data(u"openai.jsonl"_s), u"--as"_s, u"alpaca"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY(r.err.contains(u"line 1: the record has no \"instruction\""_s));
        const Result bogus = runCli({u"import"_s, m_project, data(u"openai.jsonl"_s), u"--as"_s, u"parquet"_s});
        QCOMPARE(bogus.exitCode, 2);
    }

    void taxonomy_mergesIntoTheDesign()
    {
        const Result r = runCli({u"import"_s, m_project, data(u"taxonomy"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(u"Added to the design: "_s) && r.err.contains(u"7 seed"_s), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(u"history-docs-not-cloned.git"_s), qPrintable(describe(r)));
        const Design::ProjectDesign d = design();
        QCOMPARE(d.modes.seeds.size(), 7);
        QCOMPARE(d.documents.size(), 2);
        QVERIFY(count(u"SELECT count(*) FROM chunks"_s) >= 2);
        // Again: nothing new.
        const Result again = runCli({u"import"_s, m_project, data(u"taxonomy"_s)});
        QVERIFY2(again.exitCode == 0 && again.err.contains(u"Nothing new"_s), qPrintable(describe(again)));
    }

    void fountain_mergesIntoTheDesign()
    {
        const Result r = runCli({u"import"_s, m_project, data(u"fountain"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const Design::ProjectDesign d = design();
        QCOMPARE(d.personas.size(), 2);
        QCOMPARE(d.personas.at(1).name, u"SENIOR_DEVELOPER"_s);
        QVERIFY(d.templates.starter.startsWith(u"{{scenario}}"_s));
        QCOMPARE(d.scenarios.size(), 1);
    }

    void brokenYaml_failsNamingLine_andChangesNothing()
    {
        const Result r = runCli({u"import"_s, m_project, data(u"broken-taxonomy"_s), u"--as"_s, u"instructlab"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(u"qna.yaml, line "_s), qPrintable(describe(r)));
        QVERIFY(design().modes.seeds.isEmpty());
    }

    void documents_stillImportAsBefore()
    {
        const QString path = m_dir.filePath(u"notes.md"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Notes\n\nThe barometer measures air pressure.\n");
        file.close();
        const Result r = runCli({u"import"_s, m_project, path});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(r.err.contains(u"Added 1 document."_s));
        QCOMPARE(design().documents.size(), 1);
    }
};

QTEST_GUILESS_MAIN(CliDataImportTest)
#include "cli_dataimport_test.moc"

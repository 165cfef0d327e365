// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/export/exportfixture.h"
#include "project/projectfile.h"
#include "store/runstore.h"
#include "support/storefixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    QProcess cli;
    cli.start(QStringLiteral(DIALOGSMITH_CLI_PATH), arguments);
    Run run;
    if (!cli.waitForFinished(60000))
        return run;
    run.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    run.out = QString::fromUtf8(cli.readAllStandardOutput());
    run.err = QString::fromUtf8(cli.readAllStandardError());
    return run;
}

QByteArrayList lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArrayList lines = file.readAll().split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

} // namespace

/// `dialogsmith-cli export` leaves out what the quality settings catch, says what, and `--all` keeps it; every
/// format, split, card and preview end to end; usage errors name the problem.
class CliExportTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_samples; ///< Test::ExportFixture: one sample of each kind

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"export.dialogsmith"_s);
        QString error;
        QVERIFY2(ProjectFile::create(m_path, &error), qPrintable(error));
        auto project = ProjectFile::open(m_path, &error);
        QVERIFY2(project, qPrintable(error));
        Store::RunStore runs(project->database());
        QVERIFY(runs.begin(&error));
        const auto run = runs.createRun(5, 1, "{}", &error);
        QVERIFY2(run, qPrintable(error));
        QVERIFY(runs.storeTemplate(u"v-user"_s, u"starter"_s, u"Ask."_s, &error));
        // 1 boilerplate, 2 cut off at the token limit, 3 a duplicate of 0; 0 and 4 pass.
        const QStringList answers
            = {u"Tides follow the moon's pull on the oceans."_s, u"As an AI language model, I have no view on tides."_s,
               u"Tides are caused by"_s, u"Tides follow the moon's pull on the oceans."_s,
               u"Spring tides come with new and full moons."_s};
        QList<qint64> ids;
        for (int i = 0; i < answers.size(); ++i) {
            Store::NewConversation c;
            c.runId = *run;
            c.planIndex = i;
            c.turnsPlanned = 1;
            c.topicPath = u"Oceans"_s;
            c.userPersona = u"Mia"_s;
            c.assistantPersona = u"Tutor"_s;
            c.draw = "{}";
            const auto id = runs.insertConversation(c, &error);
            QVERIFY2(id, qPrintable(error));
            ids.append(*id);
            QVERIFY(runs.insertTurn(Test::StoreFixture::newTurn(*id, 0, u"Why are there tides?"_s), &error));
            Store::NewTurn answer = Test::StoreFixture::newTurn(*id, 1, answers.at(i));
            if (i == 2)
                answer.finishReason = u"length"_s;
            QVERIFY(runs.insertTurn(answer, &error));
            QVERIFY(runs.finishConversation(*id, Store::ConversationState::Complete, {}, false, &error));
        }
        QVERIFY2(runs.commit(&error), qPrintable(error));
        QSqlQuery q(project->database());
        m_samples = m_dir.filePath(u"samples.dialogsmith"_s);
        QVERIFY2(Test::ExportFixture::build(m_samples, &error), qPrintable(error));
        QVERIFY(q.exec(u"INSERT INTO signatures (conversation_id, text_hash, fingerprint, minhash, duplicate_of, "
                       u"duplicate_kind, similarity) VALUES (%1, 'h', x'00', x'00', %2, 'exact', 1)"_s.arg(ids[3])
                           .arg(ids[0])));
    }

    void export_leavesOutWhatTheQualitySettingsCatch()
    {
        const QString out = m_dir.filePath(u"passed.jsonl"_s);
        const Run run = runCli({u"export"_s, m_path, u"--format"_s, u"openai"_s, u"-o"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArrayList written = lines(out);
        QCOMPARE(written.size(), 2);
        QVERIFY(written[0].contains("Tides follow the moon"));
        QVERIFY(written[1].contains("Spring tides"));
        QVERIFY2(run.err.contains(u"Wrote 2 record"_s) && run.err.contains(u"from 2 sample"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Left out 3"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"1 refusal"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"1 empty or truncated"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"1 duplicate"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"--all"_s), qPrintable(run.err));
    }

    void exportAll_includesEverything()
    {
        const QString out = m_dir.filePath(u"all.jsonl"_s);
        const Run run = runCli({u"export"_s, m_path, u"--format"_s, u"sharegpt"_s, u"-o"_s, out, u"--all"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(lines(out).size(), 5);
        QVERIFY2(!run.err.contains(u"Left out"_s), qPrintable(run.err));
    }

    void everyFormat_readsInPython_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("records");
        QTest::newRow("openai") << u"openai"_s << 5;
        QTest::newRow("sharegpt") << u"sharegpt"_s << 5;
        QTest::newRow("alpaca") << u"alpaca"_s << 5;
        QTest::newRow("dpo") << u"dpo"_s << 2;
        QTest::newRow("dpo-text") << u"dpo-text"_s << 2;
        QTest::newRow("triplets") << u"triplets"_s << 3;
        QTest::newRow("turns") << u"turns"_s << 6;
        QTest::newRow("csv") << u"csv"_s << 5;
    }

    void everyFormat_readsInPython()
    {
        QFETCH(QString, format);
        QFETCH(int, records);
        const QString out = m_dir.filePath(u"cli-"_s + format);
        const Run run = runCli({u"export"_s, m_samples, u"--format"_s, format, u"--output"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Wrote %1 record"_s.arg(records)), qPrintable(run.err));
        QProcess python;
        python.start(u"python3"_s, {QStringLiteral(DIALOGSMITH_EXPORT_CHECKER), format, out});
        QVERIFY(python.waitForFinished(60000));
        const QString said = QString::fromUtf8(python.readAll() + python.readAllStandardError());
        QVERIFY2(python.exitCode() == 0, qPrintable(said));
        QCOMPARE(said.trimmed().toInt(), records);
        if (format == u"openai"_s)
            QVERIFY2(run.err.contains(u"Skipped 1 sample"_s) && run.err.contains(u": embedding samples"_s),
                     qPrintable(run.err));
    }

    void splitWithCard_writesAFolder()
    {
        const QString folder = m_dir.filePath(u"hub"_s);
        const QStringList arguments {u"export"_s,    m_samples,    u"-f"_s,        u"openai"_s,    u"-o"_s,
                                     folder,         u"--split"_s, u"0.6"_s,       u"--seed"_s,    u"9"_s,
                                     u"--shuffle"_s, u"--card"_s,  u"--license"_s, u"cc-by-4.0"_s, u"--metadata"_s};
        Run run = runCli(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QDir(folder).entryList(QDir::Files),
                 (QStringList {u"README.md"_s, u"train.jsonl"_s, u"validation.jsonl"_s}));
        QCOMPARE(lines(folder + u"/train.jsonl"_s).size(), 3);
        QCOMPARE(lines(folder + u"/validation.jsonl"_s).size(), 2);
        QVERIFY2(run.err.contains(u"validation: 2 record"_s), qPrintable(run.err));
        QFile card(folder + u"/README.md"_s);
        QVERIFY(card.open(QIODevice::ReadOnly));
        const QByteArray text = card.readAll();
        QVERIFY(text.contains("license: cc-by-4.0"));
        QVERIFY(text.contains("Tides demo"));
        // The same seed writes the same files.
        const QByteArray train = [&] {
            QFile f(folder + u"/train.jsonl"_s);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const QString again = m_dir.filePath(u"hub2"_s);
        QStringList second = arguments;
        second[second.indexOf(folder)] = again;
        run = runCli(second);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile f(again + u"/train.jsonl"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), train);
    }

    void preview_printsTheFirstRecordsAndWritesNothing()
    {
        const Run run = runCli({u"export"_s, m_samples, u"--format"_s, u"dpo"_s, u"--preview"_s, u"1"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList printed = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(printed.size(), 1);
        const QJsonObject record = QJsonDocument::fromJson(printed.constFirst().toUtf8()).object();
        QCOMPARE(record.keys(), (QStringList {u"chosen"_s, u"prompt"_s, u"rejected"_s}));
        QVERIFY2(run.err.contains(u"would write 2 record"_s) && run.err.contains(u"from 1 sample"_s),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(u"conversation"_s), qPrintable(run.err)); // the modes dpo does not take
    }

    void minScoreAndIds_select()
    {
        const QString out = m_dir.filePath(u"selected.jsonl"_s);
        Run run = runCli({u"export"_s, m_samples, u"-f"_s, u"alpaca"_s, u"-o"_s, out, u"--ids"_s, u"2,10,6"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(lines(out).size(), 2);
        run = runCli({u"export"_s, m_samples, u"-f"_s, u"alpaca"_s, u"-o"_s, out, u"--ids"_s, u"2,10"_s,
                      u"--min-score"_s, u"5"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(lines(out).size(), 1);
        QVERIFY(lines(out).constFirst().contains("boil an egg"));
    }

    void usageErrors_nameTheProblem_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown format") << QStringList {u"--format"_s, u"parquet"_s, u"-o"_s, u"x"_s} << u"parquet"_s;
        QTest::newRow("split out of range")
            << QStringList {u"-f"_s, u"openai"_s, u"-o"_s, u"x"_s, u"--split"_s, u"1.5"_s} << u"--split"_s;
        QTest::newRow("stratify without split")
            << QStringList {u"-f"_s, u"openai"_s, u"-o"_s, u"x"_s, u"--stratify"_s} << u"--stratify needs"_s;
        QTest::newRow("bad pairs") << QStringList {u"-f"_s, u"dpo"_s, u"-o"_s, u"x"_s, u"--pairs"_s, u"all"_s}
                                   << u"--pairs"_s;
        QTest::newRow("bad ids") << QStringList {u"-f"_s, u"dpo"_s, u"-o"_s, u"x"_s, u"--ids"_s, u"1,b"_s}
                                 << u"\"b\""_s;
        QTest::newRow("license without card")
            << QStringList {u"-f"_s, u"dpo"_s, u"-o"_s, u"x"_s, u"--license"_s, u"mit"_s} << u"--card"_s;
    }

    void usageErrors_nameTheProblem()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Run run = runCli(QStringList {u"export"_s, m_samples} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(u"x"_s));
    }

    void unwritableOutput_failsWithoutAFile()
    {
        const QString blocker = m_dir.filePath(u"a-file"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Run run = runCli({u"export"_s, m_samples, u"-f"_s, u"csv"_s, u"-o"_s, blocker + u"/out.csv"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Cannot write"_s) && run.err.contains(u"out.csv"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(CliExportTest)
#include "cli_export_test.moc"

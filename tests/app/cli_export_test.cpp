// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "project/projectfile.h"
#include "store/runstore.h"
#include "support/storefixture.h"

#include <QFile>
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

/// `dialogsmith-cli export` leaves out what the quality settings catch, says what, and `--all` keeps it.
class CliExportTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

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
        QVERIFY2(run.err.contains(u"Wrote 2 conversation"_s), qPrintable(run.err));
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
};

QTEST_GUILESS_MAIN(CliExportTest)
#include "cli_export_test.moc"

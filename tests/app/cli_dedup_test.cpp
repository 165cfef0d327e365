// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "project/projectfile.h"
#include "store/runstore.h"
#include "support/storefixture.h"

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

QString words(int seed, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(u"t%1x%2"_s.arg(seed).arg(i));
    return out.join(u' ');
}

} // namespace

/// `dialogsmith-cli dedup` on a project written as the engine writes one.
class CliDedupTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"dedup.dialogsmith"_s);
        QString error;
        QVERIFY2(ProjectFile::create(m_path, &error), qPrintable(error));
        auto project = ProjectFile::open(m_path, &error);
        QVERIFY2(project, qPrintable(error));
        Store::RunStore runs(project->database());
        QVERIFY(runs.begin(&error));
        const auto run = runs.createRun(6, 1, "{}", &error);
        QVERIFY2(run, qPrintable(error));
        QVERIFY(runs.storeTemplate(u"v-user"_s, u"starter"_s, u"Ask."_s, &error));
        // 1 and 4 the same text, 2 a near copy of 1 (one word of 100 changed), 3 and 5 the same, 6 alone.
        QString nearCopy = words(1, 100);
        nearCopy.replace(u"t1x50"_s, u"changed"_s);
        const QStringList answers
            = {words(1, 100), nearCopy, words(3, 100), words(1, 100), words(3, 100), words(6, 100)};
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
            QVERIFY(runs.insertTurn(Test::StoreFixture::newTurn(*id, 0, u"Tell me."_s), &error));
            QVERIFY(runs.insertTurn(Test::StoreFixture::newTurn(*id, 1, answers.at(i)), &error));
            QVERIFY(runs.finishConversation(*id, Store::ConversationState::Complete, {}, false, &error));
        }
        QVERIFY2(runs.commit(&error), qPrintable(error));
    }

    void dedup_printsSamplesDuplicatesAndGroups()
    {
        const Run run = runCli({u"dedup"_s, m_path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Samples: 6\n"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Exact duplicates: 2\n"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Near duplicates: 1 "_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Groups: 2\n"_s), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"6 sample"_s), qPrintable(run.err));

        // The verdicts are in the project file, for the studio and the export.
        QString error;
        auto project = ProjectFile::open(m_path, &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(Test::StoreFixture::count(project->database(),
                                           u"SELECT duplicate_of FROM signatures WHERE conversation_id = 2"_s),
                 1);
        QCOMPARE(Test::StoreFixture::count(project->database(),
                                           u"SELECT duplicate_of FROM signatures WHERE conversation_id = 5"_s),
                 3);
    }

    void dedup_again_signsNothing_andAStricterThresholdDropsTheNearOne()
    {
        const Run again = runCli({u"dedup"_s, m_path});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.err.contains(u"0 sample"_s), qPrintable(again.err));
        const Run strict = runCli({u"dedup"_s, m_path, u"--threshold"_s, u"0.99"_s});
        QVERIFY2(strict.exitCode == 0, qPrintable(strict.err));
        QVERIFY2(strict.out.contains(u"Near duplicates: 0 "_s), qPrintable(strict.out));
        QVERIFY2(strict.out.contains(u"Exact duplicates: 2\n"_s), qPrintable(strict.out));
    }

    void dedup_refusesAThresholdOutOfRange()
    {
        const Run run = runCli({u"dedup"_s, m_path, u"--threshold"_s, u"1.5"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--threshold"_s), qPrintable(run.err));
        const Run missing = runCli({u"dedup"_s, m_dir.filePath(u"none.dialogsmith"_s)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"does not exist"_s), qPrintable(missing.err));
    }
};

QTEST_GUILESS_MAIN(CliDedupTest)
#include "cli_dedup_test.moc"

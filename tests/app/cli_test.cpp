// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "product/productinfo.h"

#include <QProcess>
#include <QTest>

using namespace Dialogsmith;

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
    if (!cli.waitForFinished(30000))
        return run;
    run.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    run.out = QString::fromUtf8(cli.readAllStandardOutput());
    run.err = QString::fromUtf8(cli.readAllStandardError());
    return run;
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version_printsNameAndVersion()
    {
        const Run run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("dialogsmith-cli ") + ProductInfo::version());
    }

    void help_listsTheOptions()
    {
        const Run run = runCli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("--version")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Usage: ")), qPrintable(run.out));
    }

    void noArguments_isAUsageError()
    {
        const Run run = runCli({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Usage: ")), qPrintable(run.err));
    }

    void unknownOption_isAUsageError()
    {
        const Run run = runCli({QStringLiteral("--frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("frobnicate")), qPrintable(run.err));
    }

    void unknownCommand_isAUsageErrorNamingIt()
    {
        const Run run = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("unknown command \"frobnicate\"")), qPrintable(run.err));
    }

    // The CLI runs on servers without a display stack: neither it nor the core library may pull in QtGui.
    void cli_doesNotLinkQtGui()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(DIALOGSMITH_CLI_PATH)});
        QVERIFY(ldd.waitForFinished(30000));
        const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
        QVERIFY2(libraries.contains(QStringLiteral("libQt6Core")), qPrintable(libraries));
        QVERIFY2(!libraries.contains(QStringLiteral("libQt6Gui")), qPrintable(libraries));
        QVERIFY2(!libraries.contains(QStringLiteral("libQt6Widgets")), qPrintable(libraries));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"

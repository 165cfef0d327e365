// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// dialogsmith-cli as a user runs it: its own process, against dialogsmith-scripted-server in another.
#include "design/projectspec.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

namespace {

constexpr int cliTimeoutMs = 90000;

struct Result {
    int exitCode = -1; ///< -1: crashed or did not finish
    QString out;
    QString err;
};

Result runCli(const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess cli;
    cli.setWorkingDirectory(workingDirectory);
    cli.start(QStringLiteral(DIALOGSMITH_CLI_PATH), arguments);
    Result result;
    if (!cli.waitForFinished(cliTimeoutMs)) {
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

// dialogsmith-scripted-server in its own process: every request gets the same streamed answer.
class ServerProcess final
{
public:
    ServerProcess() = default;
    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /// Starts it and reads the address it prints; false when it does not say where it listens.
    bool start(const QStringList &options)
    {
        m_process.start(QStringLiteral(DIALOGSMITH_SCRIPTED_SERVER_PATH), QStringList {u"--port"_s, u"0"_s} + options);
        if (!m_process.waitForStarted())
            return false;
        QByteArray out;
        const QDeadlineTimer deadline(30000);
        while (!out.contains('\n') && !deadline.hasExpired()
               && m_process.waitForReadyRead(int(deadline.remainingTime())))
            out += m_process.readAllStandardOutput();
        const QString line = QString::fromUtf8(out.left(out.indexOf('\n'))).trimmed();
        if (!line.startsWith(u"listening on "_s))
            return false;
        m_url = line.mid(13);
        return true;
    }
    QString url() const { return m_url; }

private:
    QProcess m_process;
    QString m_url;
};

QString documentText()
{
    QString text;
    for (int i = 0; i < 10; ++i)
        text += u"Paragraph %1: when a force moves an object, it does work and the object's energy changes.\n\n"_s.arg(
            i);
    return text;
}

// A spec as a user writes one, for a provider at `baseUrl`.
QJsonObject spec(const QString &baseUrl, int count, int concurrency = 4)
{
    return QJsonObject {
        {u"format"_s, u"dialogsmith-spec"_s},
        {u"version"_s, 1},
        {u"name"_s, u"CLI test"_s},
        {u"topics"_s,
         QJsonArray {u"Energy"_s, u"Forces"_s,
                     QJsonObject {{u"name"_s, u"Optics"_s}, {u"children"_s, QJsonArray {u"Lenses"_s, u"Mirrors"_s}}}}},
        {u"personas"_s,
         QJsonArray {QJsonObject {{u"name"_s, u"Mia"_s}, {u"side"_s, u"user"_s}},
                     QJsonObject {{u"name"_s, u"Dr. Okafor"_s}, {u"side"_s, u"assistant"_s}}}},
        {u"documents"_s,
         QJsonArray {QJsonObject {
             {u"title"_s, u"Notes on work"_s}, {u"source"_s, u"notes.md"_s}, {u"text"_s, documentText()}}}},
        {u"chunking"_s, QJsonObject {{u"size"_s, 300}, {u"overlap"_s, 30}}},
        {u"providers"_s,
         QJsonArray {
             QJsonObject {{u"name"_s, u"local"_s},
                          {u"kind"_s, u"openai"_s},
                          {u"model"_s, u"local-model"_s},
                          {u"endpoints"_s, QJsonArray {QJsonObject {{u"baseUrl"_s, QString(baseUrl + u"/v1"_s)}}}},
                          {u"key"_s, QJsonObject {{u"from"_s, u"none"_s}}},
                          {u"limits"_s, QJsonObject {{u"maxConcurrent"_s, 16}, {u"maxAttempts"_s, 1}}}}}},
        {u"generation"_s,
         QJsonObject {{u"count"_s, count},
                      {u"turns"_s, QJsonObject {{u"min"_s, 2}, {u"max"_s, 3}}},
                      {u"concurrency"_s, concurrency},
                      {u"seed"_s, 7},
                      {u"user_profile"_s, u"local"_s},
                      {u"assistant_profile"_s, u"local"_s}}},
    };
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

bool writeSpec(const QString &path, const QJsonObject &json)
{
    return writeFile(path, QJsonDocument(json).toJson());
}

// The JSON lines of a file or an output, each an object; an unparseable line is reported by its number.
QList<QJsonObject> jsonLines(const QByteArray &bytes, QString *problem)
{
    QList<QJsonObject> lines;
    int number = 0;
    for (const QByteArray &line : bytes.split('\n')) {
        ++number;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            *problem = u"line %1 is not a JSON object: %2"_s.arg(number).arg(QString::fromUtf8(line));
            return {};
        }
        lines.append(document.object());
    }
    return lines;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Counts from the project file, read-only, once the CLI is gone.
int count(const QString &projectPath, const QString &sql)
{
    const QString name = u"count-%1"_s.arg(QRandomGenerator::global()->generate());
    int result = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(projectPath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                result = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class CliCommandsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    // A project made from a spec for a server at `url`.
    bool makeProject(const QString &project, const QString &url, int count, int concurrency = 4)
    {
        const QString specPath = path(u"made-spec.json"_s);
        if (!writeSpec(specPath, spec(url, count, concurrency)))
            return false;
        const Result made = runCli({u"new"_s, project, u"--spec"_s, specPath});
        if (made.exitCode != 0)
            qWarning("%s", qPrintable(describe(made)));
        return made.exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void new_createsAProject_andReplacesOneOnlyWithForce()
    {
        const QString project = path(u"tutoring.dialogsmith"_s);
        Result r = runCli({u"new"_s, project});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(QFileInfo::exists(project));
        QVERIFY2(r.err.contains(u"Created"_s), qPrintable(describe(r)));
        // An empty project is named after its file.
        r = runCli({u"spec"_s, u"export"_s, project});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"name"_s).toString(), u"tutoring"_s);

        const QString specPath = path(u"spec.json"_s);
        QVERIFY(writeSpec(specPath, spec(u"http://127.0.0.1:9"_s, 5)));
        r = runCli({u"new"_s, project, u"--spec"_s, specPath});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"already exists"_s) && r.err.contains(u"--force"_s), qPrintable(describe(r)));
        r = runCli({u"spec"_s, u"export"_s, project});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"name"_s).toString(), u"tutoring"_s);

        r = runCli({u"new"_s, project, u"--spec"_s, specPath, u"--force"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runCli({u"spec"_s, u"export"_s, project});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"name"_s).toString(), u"CLI test"_s);
    }

    void new_withABrokenSpec_saysWhereAndCreatesNothing_data()
    {
        QTest::addColumn<QByteArray>("specText");
        QTest::addColumn<QString>("where");
        QJsonObject good = spec(u"http://127.0.0.1:9"_s, 5);
        const QByteArray goodText = QJsonDocument(good).toJson();
        // A missing comma three lines in.
        QByteArray syntax = goodText;
        const qsizetype firstComma = syntax.indexOf(",\n");
        syntax.remove(firstComma, 1);
        const int line = int(syntax.left(firstComma).count('\n')) + 2;
        QTest::newRow("JSON syntax") << syntax << u"line %1, column"_s.arg(line);
        QJsonObject generation = good.value(u"generation"_s).toObject();
        generation.insert(u"turns"_s, QJsonObject {{u"min"_s, 0}, {u"max"_s, 3}});
        good.insert(u"generation"_s, generation);
        QTest::newRow("value out of range") << QJsonDocument(good).toJson() << u"generation.turns.min"_s;
        QJsonObject persona = spec(u"http://127.0.0.1:9"_s, 5);
        persona.insert(u"personas"_s, QJsonArray {QJsonObject {{u"name"_s, u"Mia"_s}, {u"side"_s, u"narrator"_s}}});
        QTest::newRow("unknown value") << QJsonDocument(persona).toJson() << u"personas[0].side"_s;
        QJsonObject misspelt = spec(u"http://127.0.0.1:9"_s, 5);
        misspelt.insert(u"topcis"_s, QJsonArray {u"Energy"_s});
        QTest::newRow("misspelt key") << QJsonDocument(misspelt).toJson() << u"topcis"_s;
    }

    void new_withABrokenSpec_saysWhereAndCreatesNothing()
    {
        QFETCH(QByteArray, specText);
        QFETCH(QString, where);
        const QString specPath = path(u"broken.json"_s);
        QVERIFY(writeFile(specPath, specText));
        const QString project = path(u"broken.dialogsmith"_s);
        const Result r = runCli({u"new"_s, project, u"--spec"_s, specPath});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"broken.json"_s) && r.err.contains(where), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(project));
        QCOMPARE(QDir(m_dir->path()).entryList({u"broken.dialogsmith*"_s}), QStringList());
    }

    void specExportThenImport_roundTrips()
    {
        const QString project = path(u"p.dialogsmith"_s);
        QVERIFY(makeProject(project, u"http://127.0.0.1:9"_s, 5));
        const QString exported = path(u"exported.json"_s);
        Result r = runCli({u"spec"_s, u"export"_s, project, u"-o"_s, exported});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QString error;
        const auto original = Design::ProjectSpec::readFile(path(u"made-spec.json"_s), &error);
        QVERIFY2(original, qPrintable(error));
        const auto written = Design::ProjectSpec::readFile(exported, &error);
        QVERIFY2(written, qPrintable(error));
        QVERIFY(*written == *original);
        QCOMPARE(written->documents.size(), 1);
        // The standard output gets the same text.
        r = runCli({u"spec"_s, u"export"_s, project});
        QCOMPARE(r.out.toUtf8(), readFile(exported));

        // Imported into another project, then exported again: the same spec.
        const QString other = path(u"other.dialogsmith"_s);
        QCOMPARE(runCli({u"new"_s, other}).exitCode, 0);
        r = runCli({u"spec"_s, u"import"_s, other, exported});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runCli({u"spec"_s, u"export"_s, other});
        QCOMPARE(r.out.toUtf8(), readFile(exported));

        // A broken spec is refused and the design stays as it was.
        QJsonObject broken = QJsonDocument::fromJson(readFile(exported)).object();
        broken.insert(u"chunking"_s, QJsonObject {{u"size"_s, 5}, {u"overlap"_s, 0}});
        QVERIFY(writeSpec(path(u"broken.json"_s), broken));
        r = runCli({u"spec"_s, u"import"_s, other, path(u"broken.json"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"chunking.size"_s), qPrintable(describe(r)));
        QCOMPARE(runCli({u"spec"_s, u"export"_s, other}).out.toUtf8(), readFile(exported));
    }

    void providersList_printsEachProfileAndWhereItsKeyComesFrom()
    {
        QJsonObject json = spec(u"http://127.0.0.1:9"_s, 5);
        QJsonArray providers = json.value(u"providers"_s).toArray();
        providers.append(QJsonObject {{u"name"_s, u"hosted"_s},
                                      {u"kind"_s, u"anthropic"_s},
                                      {u"model"_s, u"claude-sonnet-4-5"_s},
                                      {u"key"_s, QJsonObject {{u"from"_s, u"env"_s}, {u"name"_s, u"MY_KEY"_s}}}});
        json.insert(u"providers"_s, providers);
        QVERIFY(writeSpec(path(u"spec.json"_s), json));
        const QString project = path(u"p.dialogsmith"_s);
        Result r = runCli({u"new"_s, project, u"--spec"_s, path(u"spec.json"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

        r = runCli({u"providers"_s, u"list"_s, project});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).split(u'\t'),
                 (QStringList {u"local"_s, u"openai"_s, u"http://127.0.0.1:9/v1"_s, u"local-model"_s, u"no key"_s}));
        const QStringList hosted = lines.at(1).split(u'\t');
        QCOMPARE(hosted.size(), 5);
        QCOMPARE(hosted.at(0), u"hosted"_s);
        QCOMPARE(hosted.at(1), u"anthropic"_s);
        QVERIFY2(hosted.at(2).startsWith(u"https://"_s), qPrintable(lines.at(1)));
        QCOMPARE(hosted.at(3), u"claude-sonnet-4-5"_s);
        QVERIFY2(hosted.at(4).contains(u"$MY_KEY"_s), qPrintable(lines.at(1)));
        // Never a key itself.
        QVERIFY(!r.out.contains(u"sk-"_s));
    }

    void usageErrors_exitWith2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("new without a project") << QStringList {u"new"_s};
        QTest::newRow("new with two projects") << QStringList {u"new"_s, u"a.dialogsmith"_s, u"b.dialogsmith"_s};
        QTest::newRow("new with an unknown option") << QStringList {u"new"_s, u"a.dialogsmith"_s, u"--frobnicate"_s};
        QTest::newRow("spec with an unknown action") << QStringList {u"spec"_s, u"frobnicate"_s, u"a.dialogsmith"_s};
        QTest::newRow("generate without a project") << QStringList {u"generate"_s};
        QTest::newRow("generate --count abc")
            << QStringList {u"generate"_s, u"a.dialogsmith"_s, u"--count"_s, u"abc"_s};
        QTest::newRow("generate --count 0") << QStringList {u"generate"_s, u"a.dialogsmith"_s, u"--count"_s, u"0"_s};
        QTest::newRow("generate --concurrency -1")
            << QStringList {u"generate"_s, u"a.dialogsmith"_s, u"--concurrency"_s, u"-1"_s};
        QTest::newRow("generate --budget-usd lots")
            << QStringList {u"generate"_s, u"a.dialogsmith"_s, u"--budget-usd"_s, u"lots"_s};
        QTest::newRow("generate --new --retry-failed")
            << QStringList {u"generate"_s, u"a.dialogsmith"_s, u"--new"_s, u"--retry-failed"_s};
        QTest::newRow("export without a format")
            << QStringList {u"export"_s, u"a.dialogsmith"_s, u"-o"_s, u"x.jsonl"_s};
        QTest::newRow("export --format xml")
            << QStringList {u"export"_s, u"a.dialogsmith"_s, u"--format"_s, u"xml"_s, u"-o"_s, u"x.jsonl"_s};
        QTest::newRow("export without an output")
            << QStringList {u"export"_s, u"a.dialogsmith"_s, u"--format"_s, u"openai"_s};
        QTest::newRow("providers with an unknown action")
            << QStringList {u"providers"_s, u"frobnicate"_s, u"a.dialogsmith"_s};
    }

    void usageErrors_exitWith2()
    {
        QFETCH(QStringList, arguments);
        const Result r = runCli(arguments, m_dir->path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(u"dialogsmith-cli: "_s), qPrintable(describe(r)));
        // Nothing is created by a command that was not understood.
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
    }

    void generate_thenExport_writesTrainingData()
    {
        ServerProcess server;
        QVERIFY(server.start({u"--tokens"_s, u"6"_s}));
        const QString project = path(u"p.dialogsmith"_s);
        QVERIFY(makeProject(project, server.url(), 4));

        Result r = runCli({u"generate"_s, project});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(u"Done"_s) && r.err.contains(u"4/4"_s), qPrintable(describe(r)));

        const QString openai = path(u"openai.jsonl"_s);
        r = runCli({u"export"_s, project, u"--format"_s, u"openai"_s, u"--output"_s, openai});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QString problem;
        const QList<QJsonObject> records = jsonLines(readFile(openai), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(records.size(), 4);
        for (const QJsonObject &record : records) {
            QCOMPARE(record.keys(), QStringList {u"messages"_s});
            const QJsonArray messages = record.value(u"messages"_s).toArray();
            QVERIFY(messages.size() >= 5); // system and at least two exchanges
            QCOMPARE(messages.at(0)[u"role"_s].toString(), u"system"_s);
            for (qsizetype i = 0; i < messages.size(); ++i) {
                const QJsonObject m = messages.at(i).toObject();
                QCOMPARE(m.keys(), (QStringList {u"content"_s, u"role"_s}));
                QVERIFY(!m.value(u"content"_s).toString().trimmed().isEmpty());
                if (i > 0)
                    QCOMPARE(m.value(u"role"_s).toString(), i % 2 == 1 ? u"user"_s : u"assistant"_s);
            }
            QCOMPARE(messages.last()[u"role"_s].toString(), u"assistant"_s);
            QCOMPARE(messages.at(1)[u"content"_s].toString(), u"token token token token token token"_s);
        }

        const QString sharegpt = path(u"sharegpt.jsonl"_s);
        r = runCli({u"export"_s, project, u"--format"_s, u"sharegpt"_s, u"--output"_s, sharegpt, u"--no-system"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QList<QJsonObject> shared = jsonLines(readFile(sharegpt), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(shared.size(), 4);
        for (const QJsonObject &record : shared) {
            QCOMPARE(record.keys(), QStringList {u"conversations"_s});
            const QJsonArray turns = record.value(u"conversations"_s).toArray();
            QVERIFY(turns.size() >= 4);
            QVERIFY(turns.size() % 2 == 0);
            for (qsizetype i = 0; i < turns.size(); ++i) {
                const QJsonObject t = turns.at(i).toObject();
                QCOMPARE(t.keys(), (QStringList {u"from"_s, u"value"_s}));
                QCOMPARE(t.value(u"from"_s).toString(), i % 2 == 0 ? u"human"_s : u"gpt"_s);
                QVERIFY(!t.value(u"value"_s).toString().isEmpty());
            }
        }
        // With the system prompt, ShareGPT names it "system".
        r = runCli({u"export"_s, project, u"--format"_s, u"sharegpt"_s, u"--output"_s, sharegpt});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QList<QJsonObject> withSystem = jsonLines(readFile(sharegpt), &problem);
        QCOMPARE(withSystem.size(), 4);
        QCOMPARE(withSystem.at(0).value(u"conversations"_s).toArray().at(0)[u"from"_s].toString(), u"system"_s);
    }

    void generateJson_writesOneEventPerLine_fromRunStartedToRunFinished()
    {
        ServerProcess server;
        QVERIFY(server.start({u"--tokens"_s, u"3"_s}));
        const QString project = path(u"p.dialogsmith"_s);
        QVERIFY(makeProject(project, server.url(), 3));

        const Result r = runCli({u"generate"_s, project, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QString problem;
        const QList<QJsonObject> events = jsonLines(r.out.toUtf8(), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(events.size() >= 2);
        QCOMPARE(events.first().value(u"event"_s).toString(), u"run_started"_s);
        QCOMPARE(events.first().value(u"resumed"_s).toBool(true), false);
        QCOMPARE(events.first().value(u"planned"_s).toInt(), 3);
        QCOMPARE(events.last().value(u"event"_s).toString(), u"run_finished"_s);
        QCOMPARE(events.last().value(u"outcome"_s).toString(), u"completed"_s);
        QCOMPARE(events.last().value(u"complete"_s).toInt(), 3);
        int turns = 0;
        int finished = 0;
        for (const QJsonObject &e : events) {
            const QString event = e.value(u"event"_s).toString();
            turns += event == u"turn_completed"_s;
            finished += event == u"conversation_finished"_s && e.value(u"state"_s).toString() == u"complete"_s;
        }
        QCOMPARE(turns, count(project, u"SELECT count(*) FROM turns"_s));
        QCOMPARE(qint64(turns), events.last().value(u"messages"_s).toInteger());
        QCOMPARE(finished, 3);
    }

    void sigterm_interruptsResumably_andGeneratingAgainFinishes()
    {
        ServerProcess server;
        QVERIFY(server.start({u"--latency-ms"_s, u"20"_s, u"--tokens"_s, u"5"_s, u"--tokens-per-second"_s, u"100"_s}));
        const QString project = path(u"p.dialogsmith"_s);
        QVERIFY(makeProject(project, server.url(), 12, 2));

        QProcess cli;
        QByteArray out;
        connect(&cli, &QProcess::readyReadStandardOutput, this, [&] { out += cli.readAllStandardOutput(); });
        QSignalSpy finished(&cli, &QProcess::finished);
        cli.start(QStringLiteral(DIALOGSMITH_CLI_PATH), {u"generate"_s, project, u"--json"_s});
        QTRY_VERIFY_WITH_TIMEOUT(out.contains("\"turn_completed\""), cliTimeoutMs);
        cli.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, cliTimeoutMs);
        out += cli.readAllStandardOutput();
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 3);
        QString problem;
        const QList<QJsonObject> events = jsonLines(out, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(events.last().value(u"event"_s).toString(), u"run_finished"_s);
        QCOMPARE(events.last().value(u"outcome"_s).toString(), u"interrupted"_s);
        const int storedBefore = count(project, u"SELECT count(*) FROM turns"_s);
        QVERIFY(storedBefore > 0);
        QVERIFY(count(project, u"SELECT count(*) FROM conversations WHERE state = 'complete'"_s) < 12);
        QCOMPARE(count(project, u"SELECT count(*) FROM runs WHERE state = 'interrupted'"_s), 1);

        const Result again = runCli({u"generate"_s, project, u"--json"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        const QList<QJsonObject> resumed = jsonLines(again.out.toUtf8(), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(resumed.first().value(u"resumed"_s).toBool(), true);
        QCOMPARE(resumed.last().value(u"outcome"_s).toString(), u"completed"_s);
        QCOMPARE(count(project, u"SELECT count(*) FROM runs"_s), 1);
        QCOMPARE(count(project, u"SELECT count(*) FROM conversations WHERE state = 'complete'"_s), 12);
        QCOMPARE(count(project, u"SELECT count(DISTINCT plan_index) FROM conversations"_s), 12);
        QCOMPARE(count(project, u"SELECT count(*) FROM turns"_s),
                 count(project, u"SELECT sum(2 * turns_planned) FROM conversations"_s));
    }

    void budget_exitsResumable_andALargerBudgetFinishes()
    {
        ServerProcess server;
        QVERIFY(server.start({u"--tokens"_s, u"5"_s}));
        const QString project = path(u"p.dialogsmith"_s);
        QVERIFY(makeProject(project, server.url(), 6, 2));

        Result r = runCli({u"generate"_s, project, u"--budget-tokens"_s, u"60"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"60 tokens"_s) && r.err.contains(u"larger budget"_s), qPrintable(describe(r)));
        QCOMPARE(count(project, u"SELECT count(*) FROM runs WHERE state = 'stopped'"_s), 1);
        r = runCli({u"generate"_s, project, u"--budget-tokens"_s, u"100000000"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(count(project, u"SELECT count(*) FROM conversations WHERE state = 'complete'"_s), 6);
    }

    void generate_withConversationsThatFailed_exits1_andNamesTheRetry()
    {
        // A port nobody listens on.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString url = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
        closed.close();
        const QString project = path(u"p.dialogsmith"_s);
        QVERIFY(makeProject(project, url, 2));

        const Result r = runCli({u"generate"_s, project});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"failed"_s) && r.err.contains(u"--retry-failed"_s), qPrintable(describe(r)));
        QCOMPARE(count(project, u"SELECT count(*) FROM conversations WHERE state = 'failed' AND failure != ''"_s), 2);
    }
};

QTEST_GUILESS_MAIN(CliCommandsTest)
#include "cli_commands_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// Crash safety: `dialogsmith-cli generate` killed with SIGKILL at random moments, again and again, then run
// to the end. The project must hold exactly the planned conversations, each whole and in order, and
// nothing stored before a kill may be lost or changed. The seed is printed; DIALOGSMITH_CRASH_SEED repeats
// a run.
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int planned = 80;
constexpr int tokensPerAnswer = 12;
constexpr int minimumKills = 12;
constexpr int processTimeoutMs = 120000;

// Every answer of the scripted server, as stored: its pieces joined and trimmed.
QString expectedText()
{
    return QStringList(tokensPerAnswer, u"token"_s).join(u' ');
}

QString documentText()
{
    QString text;
    for (int i = 0; i < 16; ++i)
        text += u"Paragraph %1: heat flows from the warmer body to the colder one until both are equally warm.\n\n"_s
                    .arg(i);
    return text;
}

QJsonObject spec(const QString &baseUrl)
{
    return QJsonObject {
        {u"format"_s, u"dialogsmith-spec"_s},
        {u"version"_s, 1},
        {u"name"_s, u"Crash test"_s},
        {u"topics"_s, QJsonArray {u"Heat"_s, u"Temperature"_s, u"Entropy"_s}},
        {u"personas"_s,
         QJsonArray {QJsonObject {{u"name"_s, u"Mia"_s}, {u"side"_s, u"user"_s}},
                     QJsonObject {{u"name"_s, u"Dr. Okafor"_s}, {u"side"_s, u"assistant"_s}}}},
        {u"documents"_s,
         QJsonArray {QJsonObject {{u"title"_s, u"Heat"_s}, {u"source"_s, u"heat.md"_s}, {u"text"_s, documentText()}}}},
        {u"chunking"_s, QJsonObject {{u"size"_s, 400}, {u"overlap"_s, 40}}},
        {u"providers"_s,
         QJsonArray {
             QJsonObject {{u"name"_s, u"local"_s},
                          {u"kind"_s, u"openai"_s},
                          {u"model"_s, u"local-model"_s},
                          {u"endpoints"_s, QJsonArray {QJsonObject {{u"baseUrl"_s, QString(baseUrl + u"/v1"_s)}}}},
                          {u"key"_s, QJsonObject {{u"from"_s, u"none"_s}}},
                          {u"limits"_s, QJsonObject {{u"maxConcurrent"_s, 32}}}}}},
        {u"generation"_s,
         QJsonObject {{u"count"_s, planned},
                      {u"turns"_s, QJsonObject {{u"min"_s, 2}, {u"max"_s, 4}}},
                      {u"grounding_probability"_s, 0.7},
                      {u"drift_probability"_s, 0.3},
                      {u"concurrency"_s, 16},
                      {u"seed"_s, 3},
                      {u"user_profile"_s, u"local"_s},
                      {u"assistant_profile"_s, u"local"_s}}},
    };
}

// The project file as another process sees it: opened read-only, for one look, then closed.
class Look final
{
public:
    explicit Look(const QString &path)
        : m_name(u"look-%1"_s.arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~Look() { QSqlDatabase::removeDatabase(m_name); }
    Look(const Look &) = delete;
    Look &operator=(const Look &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

    QList<QVariantList> rows(const QString &sql, int columns) const
    {
        QList<QVariantList> result;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.setForwardOnly(true);
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return result;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < columns; ++i)
                row.append(q.value(i));
            result.append(row);
        }
        return result;
    }

    QVariant value(const QString &sql) const
    {
        const QList<QVariantList> r = rows(sql, 1);
        return r.isEmpty() ? QVariant() : r.first().first();
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// What a project holds that must never be wrong, whenever it is looked at: a sound file, conversations
// whose stored messages are whole and run 0..n-1 user, assistant, user, ...; `finished` also asks for every
// planned conversation, complete. Empty when all is well.
QStringList problemsIn(const Look &look, bool finished)
{
    QStringList problems;
    const QString integrity = look.value(u"PRAGMA integrity_check"_s).toString();
    if (integrity != u"ok"_s)
        problems.append(u"integrity_check: "_s + integrity);
    if (look.value(u"SELECT count(*) FROM runs"_s).toInt() > 1)
        problems.append(u"a second run was started"_s);
    // A killed process never said how its run ended: the run is still running, to be resumed (or complete,
    // when the kill came as the process was exiting).
    const QString runState = look.value(u"SELECT state FROM runs"_s).toString();
    if (!finished && !runState.isEmpty() && runState != u"running"_s && runState != u"complete"_s)
        problems.append(u"the killed run is %1"_s.arg(runState));

    const QList<QVariantList> conversations = look.rows(
        u"SELECT id, plan_index, state, turns_planned, ended_early FROM conversations ORDER BY plan_index"_s, 5);
    QSet<int> indices;
    for (const QVariantList &c : conversations) {
        const int index = c.at(1).toInt();
        if (index < 0 || index >= planned)
            problems.append(u"plan index %1 was never planned"_s.arg(index));
        if (indices.contains(index))
            problems.append(u"plan index %1 is there twice"_s.arg(index));
        indices.insert(index);
    }
    QHash<qint64, QList<QVariantList>> messages;
    for (const QVariantList &t :
         look.rows(u"SELECT conversation_id, seq, role, content FROM turns ORDER BY conversation_id, seq"_s, 4))
        messages[t.at(0).toLongLong()].append(t);
    qsizetype inConversations = 0;
    for (const QVariantList &c : conversations) {
        const qint64 id = c.at(0).toLongLong();
        const QList<QVariantList> &stored = messages[id];
        inConversations += stored.size();
        for (int i = 0; i < stored.size(); ++i) {
            const QVariantList &m = stored.at(i);
            if (m.at(1).toInt() != i)
                problems.append(u"conversation %1: message %2 has seq %3"_s.arg(id).arg(i).arg(m.at(1).toInt()));
            if (m.at(2).toString() != (i % 2 == 0 ? u"user"_s : u"assistant"_s))
                problems.append(u"conversation %1: message %2 is from %3"_s.arg(id).arg(i).arg(m.at(2).toString()));
            if (m.at(3).toString() != expectedText())
                problems.append(
                    u"conversation %1: message %2 is not whole: \"%3\""_s.arg(id).arg(i).arg(m.at(3).toString()));
        }
        const int turnsPlanned = c.at(3).toInt();
        if (stored.size() > 2 * turnsPlanned)
            problems.append(
                u"conversation %1 has %2 messages of %3"_s.arg(id).arg(stored.size()).arg(2 * turnsPlanned));
        if (finished) {
            if (c.at(2).toString() != u"complete"_s)
                problems.append(u"conversation %1 is %2"_s.arg(id).arg(c.at(2).toString()));
            if (c.at(4).toInt() == 0 && stored.size() != 2 * turnsPlanned)
                problems.append(
                    u"conversation %1 has %2 messages, not %3"_s.arg(id).arg(stored.size()).arg(2 * turnsPlanned));
        }
    }
    const int allMessages = look.value(u"SELECT count(*) FROM turns"_s).toInt();
    if (allMessages != inConversations)
        problems.append(u"%1 messages belong to no conversation"_s.arg(allMessages - inConversations));
    if (finished) {
        if (conversations.size() != planned)
            problems.append(u"%1 conversations instead of %2"_s.arg(conversations.size()).arg(planned));
        if (runState != u"complete"_s)
            problems.append(u"the run is %1"_s.arg(runState));
    }
    return problems;
}

} // namespace

class CliCrashTest : public QObject
{
    Q_OBJECT

private:
    QProcess m_server;
    QString m_serverUrl;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // 10 ms to the first byte, then 12 pieces at 300 a second: each call streams for about 50 ms, so a
        // kill mostly lands while answers are arriving.
        m_server.start(QStringLiteral(DIALOGSMITH_SCRIPTED_SERVER_PATH),
                       {u"--port"_s, u"0"_s, u"--latency-ms"_s, u"10"_s, u"--tokens"_s,
                        QString::number(tokensPerAnswer), u"--tokens-per-second"_s, u"300"_s, u"--piece"_s,
                        u" token"_s});
        QVERIFY(m_server.waitForStarted());
        QByteArray out;
        const QDeadlineTimer deadline(30000);
        while (!out.contains('\n') && !deadline.hasExpired()
               && m_server.waitForReadyRead(int(deadline.remainingTime())))
            out += m_server.readAllStandardOutput();
        const QString line = QString::fromUtf8(out.left(out.indexOf('\n'))).trimmed();
        QVERIFY2(line.startsWith(u"listening on "_s), qPrintable(line));
        m_serverUrl = line.mid(13);
    }

    void cleanupTestCase()
    {
        m_server.kill();
        m_server.waitForFinished();
    }

    void killedAtRandomMoments_resumesToExactlyThePlannedConversations()
    {
        bool seedGiven = false;
        const int givenSeed = qEnvironmentVariableIntValue("DIALOGSMITH_CRASH_SEED", &seedGiven);
        const quint32 usedSeed = seedGiven ? quint32(givenSeed) : QRandomGenerator::system()->generate();
        QRandomGenerator random(usedSeed);
        qInfo("crash test seed %u (DIALOGSMITH_CRASH_SEED=%u repeats it)", usedSeed, usedSeed);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString specPath = dir.filePath(u"spec.json"_s);
        {
            QFile file(specPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(spec(m_serverUrl)).toJson());
        }
        const QString project = dir.filePath(u"crash.dialogsmith"_s);
        {
            QProcess made;
            made.start(QStringLiteral(DIALOGSMITH_CLI_PATH), {u"new"_s, project, u"--spec"_s, specPath});
            QVERIFY(made.waitForFinished(processTimeoutMs));
            QVERIFY2(made.exitCode() == 0, made.readAllStandardError().constData());
        }

        QList<QHash<qint64, QString>> snapshots;
        int kills = 0;
        for (int round = 0; kills < minimumKills && round < 4 * minimumKills; ++round) {
            QProcess cli;
            QSignalSpy finished(&cli, &QProcess::finished);
            // Every third run is killed within its first 300 ms (starting, opening the file, planning, the first
            // requests); the others after a number of stored messages, with up to 16 answers streaming.
            const bool early = round % 3 == 0;
            const int killAfterMs = random.bounded(300);
            const int killAfterMessages = 1 + random.bounded(30);
            int messages = 0;
            QByteArray pending;
            connect(&cli, &QProcess::readyReadStandardOutput, this, [&] {
                pending += cli.readAllStandardOutput();
                qsizetype end;
                while ((end = pending.indexOf('\n')) >= 0) {
                    messages += pending.left(end).contains("\"turn_completed\"");
                    pending.remove(0, end + 1);
                }
                if (!early && messages >= killAfterMessages && cli.state() == QProcess::Running)
                    cli.kill();
            });
            cli.start(QStringLiteral(DIALOGSMITH_CLI_PATH), {u"generate"_s, project, u"--json"_s});
            QVERIFY(cli.waitForStarted());
            if (early)
                QTimer::singleShot(killAfterMs, &cli, [&cli] { cli.kill(); });
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, processTimeoutMs);
            if (cli.exitStatus() == QProcess::NormalExit) {
                // It finished before the kill: the run is complete, or it failed.
                QCOMPARE(cli.exitCode(), 0);
                qInfo("round %d: the run completed before the kill", round);
                break;
            }
            ++kills;
            qInfo("round %d: killed %s, %d messages stored by this process", round,
                  early ? qPrintable(u"after %1 ms"_s.arg(killAfterMs))
                        : qPrintable(u"after %1 messages"_s.arg(killAfterMessages)),
                  messages);

            Look look(project);
            QVERIFY2(look.isOpen(), qPrintable(look.error()));
            const QStringList problems = problemsIn(look, false);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            QHash<qint64, QString> snapshot;
            for (const QVariantList &row : look.rows(u"SELECT id, content FROM turns"_s, 2))
                snapshot.insert(row.at(0).toLongLong(), row.at(1).toString());
            snapshots.append(snapshot);
            if (look.value(u"SELECT state FROM runs"_s).toString() == u"complete"_s) {
                qInfo("round %d: the kill came after the run had completed", round);
                break;
            }
        }
        QVERIFY2(kills >= minimumKills, qPrintable(u"only %1 kills landed before the run completed"_s.arg(kills)));

        QProcess last;
        last.start(QStringLiteral(DIALOGSMITH_CLI_PATH), {u"generate"_s, project});
        QVERIFY(last.waitForFinished(processTimeoutMs));
        QVERIFY2(last.exitStatus() == QProcess::NormalExit && last.exitCode() == 0,
                 last.readAllStandardError().constData());

        Look look(project);
        QVERIFY2(look.isOpen(), qPrintable(look.error()));
        const QStringList problems = problemsIn(look, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(look.value(u"SELECT count(DISTINCT plan_index) FROM conversations"_s).toInt(), planned);
        QCOMPARE(look.value(u"SELECT min(plan_index) FROM conversations"_s).toInt(), 0);
        QCOMPARE(look.value(u"SELECT max(plan_index) FROM conversations"_s).toInt(), planned - 1);

        QHash<qint64, QString> after;
        for (const QVariantList &row : look.rows(u"SELECT id, content FROM turns"_s, 2))
            after.insert(row.at(0).toLongLong(), row.at(1).toString());
        for (qsizetype i = 0; i < snapshots.size(); ++i) {
            for (auto it = snapshots.at(i).cbegin(); it != snapshots.at(i).cend(); ++it) {
                QVERIFY2(after.contains(it.key()),
                         qPrintable(u"message %1, stored before kill %2, is gone"_s.arg(it.key()).arg(i + 1)));
                QCOMPARE(after.value(it.key()), it.value());
            }
        }
        // Progress was kept across the kills, not started over.
        QVERIFY(!snapshots.constLast().isEmpty());
    }
};

QTEST_GUILESS_MAIN(CliCrashTest)
#include "cli_crash_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "documents/chunker.h"
#include "llamaserver/llamaserver.h"
#include "support/jsonlines.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Dialogsmith::Test::LlamaServer;
using Dialogsmith::Test::readJsonLines;

namespace {

constexpr int conversationCount = 20;
constexpr int exchanges = 3; // a "turn" of the settings: a question and its answer
constexpr int messagesPerConversation = 2 * exchanges;
constexpr int userMaxTokens = 48;
constexpr int assistantMaxTokens = 64;
constexpr int chunkSize = 300;
constexpr int chunkOverlap = 40;
const QStringList userPersonas {QStringLiteral("Mia"), QStringLiteral("Daniel")};
const QStringList assistantPersonas {QStringLiteral("Dr. Okafor"), QStringLiteral("Prof. Lindqvist")};

struct Run {
    int exitCode = -1; ///< -1: did not end in time, or crashed
    QByteArray out;
    QString err;
};

Run runCli(const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess cli;
    cli.start(QStringLiteral(DIALOGSMITH_CLI_PATH), arguments);
    Run run;
    if (!cli.waitForFinished(timeoutMs)) {
        cli.kill();
        cli.waitForFinished();
    } else if (cli.exitStatus() == QProcess::NormalExit) {
        run.exitCode = cli.exitCode();
    }
    run.out = cli.readAllStandardOutput();
    run.err = QString::fromUtf8(cli.readAllStandardError());
    return run;
}

// A text long enough for three chunks of the spec's chunking, so grounded follow-ups can drift.
QString documentText()
{
    return QStringLiteral(
        "The derivative of a function f at a point a measures how fast f changes near a. It is defined as the limit "
        "of the difference quotient (f(a + h) - f(a)) / h as h approaches 0, when this limit exists. The quotient is "
        "the slope of the secant line through two points of the graph; as h shrinks, the secant lines approach the "
        "tangent line at a.\n\n"
        "A function that has a derivative at a point is continuous there, but the converse is false: the absolute "
        "value function is continuous at 0, yet its one-sided difference quotients are 1 and -1, so it has no "
        "derivative there and its graph has a corner.\n\n"
        "Derivatives obey a few rules. The power rule gives the derivative of x to the n as n times x to the n - 1. "
        "The product rule, the quotient rule and the chain rule cover products, quotients and compositions, so the "
        "definition is rarely needed in practice.");
}

} // namespace

// dialogsmith-cli end to end against a real OpenAI-compatible server: llama.cpp's llama-server with a tiny
// model that always answers "Hello from a tiny model.". A project is made from a spec, a run of 20
// conversations of three exchanges is generated, and it is exported in both formats; the test then checks
// every message, what the project recorded about how each was made, and the exported files.
class CliLlamaTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LlamaServer> m_server;
    QTemporaryDir m_dir;
    QString m_project;
    Run m_generate;
    QSqlDatabase m_db;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QByteArray spec() const
    {
        const QJsonArray topics {
            QJsonObject {
                {QStringLiteral("name"), QStringLiteral("Derivatives")},
                {QStringLiteral("description"), QStringLiteral("Rates of change and the rules to compute them.")},
                {QStringLiteral("children"),
                 QJsonArray {
                     QJsonObject {
                         {QStringLiteral("name"), QStringLiteral("The derivative as a limit")},
                         {QStringLiteral("description"), QStringLiteral("Difference quotients and tangents.")}},
                     QJsonObject {{QStringLiteral("name"), QStringLiteral("Differentiation rules")},
                                  {QStringLiteral("weight"), 2}},
                 }},
            },
            QJsonObject {
                {QStringLiteral("name"), QStringLiteral("Integrals")},
                {QStringLiteral("children"),
                 QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Riemann sums")}}}},
            },
        };
        const QJsonArray personas {
            QJsonObject {{QStringLiteral("name"), userPersonas.at(0)},
                         {QStringLiteral("side"), QStringLiteral("user")},
                         {QStringLiteral("description"), QStringLiteral("A first-year engineering student.")},
                         {QStringLiteral("mood"), QStringLiteral("anxious about the exam")}},
            QJsonObject {{QStringLiteral("name"), userPersonas.at(1)},
                         {QStringLiteral("side"), QStringLiteral("user")},
                         {QStringLiteral("knowledge_level"), QStringLiteral("took calculus long ago")}},
            QJsonObject {{QStringLiteral("name"), assistantPersonas.at(0)},
                         {QStringLiteral("side"), QStringLiteral("assistant")},
                         {QStringLiteral("description"), QStringLiteral("A patient mathematics tutor.")},
                         {QStringLiteral("relationship"), QStringLiteral("tutor of the student")}},
            QJsonObject {{QStringLiteral("name"), assistantPersonas.at(1)},
                         {QStringLiteral("side"), QStringLiteral("assistant")},
                         {QStringLiteral("speaking_style"), QStringLiteral("concise, definitions first")}},
        };
        const QJsonObject provider {
            {QStringLiteral("name"), QStringLiteral("llama")},
            {QStringLiteral("kind"), QStringLiteral("openai")},
            {QStringLiteral("model"), m_server->modelName()},
            {QStringLiteral("endpoints"),
             QJsonArray {QJsonObject {
                 {QStringLiteral("baseUrl"), QString(m_server->baseUrl().toString() + QStringLiteral("/v1"))}}}},
            {QStringLiteral("key"), QJsonObject {{QStringLiteral("from"), QStringLiteral("none")}}},
            {QStringLiteral("limits"), QJsonObject {{QStringLiteral("maxConcurrent"), m_server->parallel()}}},
        };
        // Temperature 0: the tiny model's reply is then exact, not only overwhelmingly likely.
        const QJsonObject generation {
            {QStringLiteral("count"), conversationCount},
            {QStringLiteral("turns"), exchanges},
            {QStringLiteral("grounding_probability"), 0.5},
            {QStringLiteral("drift_probability"), 0.5},
            {QStringLiteral("user_profile"), QStringLiteral("llama")},
            {QStringLiteral("assistant_profile"), QStringLiteral("llama")},
            {QStringLiteral("user_sampling"),
             QJsonObject {{QStringLiteral("temperature"), 0}, {QStringLiteral("max_tokens"), userMaxTokens}}},
            {QStringLiteral("assistant_sampling"),
             QJsonObject {{QStringLiteral("temperature"), 0}, {QStringLiteral("max_tokens"), assistantMaxTokens}}},
            {QStringLiteral("concurrency"), m_server->parallel()},
            {QStringLiteral("seed"), 11},
        };
        const QJsonObject json {
            {QStringLiteral("format"), QStringLiteral("dialogsmith-spec")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("name"), QStringLiteral("Calculus against llama.cpp")},
            {QStringLiteral("topics"), topics},
            {QStringLiteral("personas"), personas},
            {QStringLiteral("scenarios"), QJsonArray {QStringLiteral("Office hours after a lecture.")}},
            {QStringLiteral("structures"), QJsonArray {QStringLiteral("Q&A"), QStringLiteral("tutoring")}},
            {QStringLiteral("documents"),
             QJsonArray {QJsonObject {{QStringLiteral("title"), QStringLiteral("The derivative")},
                                      {QStringLiteral("source"), QStringLiteral("written for this test")},
                                      {QStringLiteral("text"), documentText()}}}},
            {QStringLiteral("chunking"),
             QJsonObject {{QStringLiteral("size"), chunkSize}, {QStringLiteral("overlap"), chunkOverlap}}},
            {QStringLiteral("providers"), QJsonArray {provider}},
            {QStringLiteral("generation"), generation},
        };
        return QJsonDocument(json).toJson();
    }

    QSqlQuery query(const QString &sql)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q;
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q = query(sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        LlamaServer::Options options;
        options.parallel = 4;
        // The default templates with a chunk of the document make prompts of about a thousand tokens (the
        // tiny model's vocabulary is mostly single bytes): give each slot the model's whole context of 2048
        // rather than a quarter of it.
        options.extraArguments = {QStringLiteral("-c"), QString::number(2048 * options.parallel)};
        m_server = std::make_unique<LlamaServer>(options);
        if (!m_server->start()) {
            if (!m_server->available())
                QSKIP(qPrintable(m_server->unavailableReason()));
            m_server->printLog();
            QFAIL(qPrintable(m_server->errorString()));
        }

        QFile specFile(path(QStringLiteral("spec.json")));
        QVERIFY(specFile.open(QIODevice::WriteOnly));
        specFile.write(spec());
        specFile.close();

        m_project = path(QStringLiteral("calculus.dialogsmith"));
        const Run created = runCli({QStringLiteral("new"), m_project, QStringLiteral("--spec"), specFile.fileName()});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));

        m_generate = runCli({QStringLiteral("generate"), m_project, QStringLiteral("--json")}, 240000);
        if (m_generate.exitCode != 0)
            m_server->printLog();
        QVERIFY2(m_generate.exitCode == 0, qPrintable(m_generate.err));

        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli-llama-test"));
        m_db.setDatabaseName(m_project);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
    }

    void cleanupTestCase()
    {
        if (m_db.isOpen())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("cli-llama-test"));
    }

    void generate_reportsEveryMessageAsItIsStored()
    {
        int turns = 0;
        int finished = 0;
        QJsonObject last;
        for (const QByteArray &line : m_generate.out.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            QVERIFY2(!event.isEmpty(), line.constData());
            const QString name = event.value(QStringLiteral("event")).toString();
            if (name == QLatin1StringView("turn_completed")) {
                ++turns;
                QCOMPARE(event.value(QStringLiteral("model")).toString(), m_server->modelName());
                QVERIFY(event.value(QStringLiteral("conversation")).toInteger() > 0);
            } else if (name == QLatin1StringView("conversation_finished")) {
                ++finished;
                QCOMPARE(event.value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
            }
            last = event;
        }
        QCOMPARE(turns, conversationCount * messagesPerConversation);
        QCOMPARE(finished, conversationCount);
        QCOMPARE(last.value(QStringLiteral("event")).toString(), QStringLiteral("run_finished"));
        QCOMPARE(last.value(QStringLiteral("outcome")).toString(), QStringLiteral("completed"));
        QCOMPARE(last.value(QStringLiteral("complete")).toInt(), conversationCount);
        QCOMPARE(last.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(last.value(QStringLiteral("messages")).toInteger(), conversationCount * messagesPerConversation);
        QVERIFY(last.value(QStringLiteral("input_tokens")).toInteger() > 0);
        QVERIFY(last.value(QStringLiteral("output_tokens")).toInteger() > 0);
    }

    void store_holdsTheCompleteRun()
    {
        QSqlQuery run = query(QStringLiteral("SELECT state, planned, finished_at FROM runs"));
        QVERIFY(run.next());
        QCOMPARE(run.value(0).toString(), QStringLiteral("complete"));
        QCOMPARE(run.value(1).toInt(), conversationCount);
        QVERIFY(!run.value(2).toString().isEmpty());
        QVERIFY2(!run.next(), "one run only");

        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM conversations")), conversationCount);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE state = 'complete' AND "
                                       "ended_early = 0 AND turns_planned = %1")
                            .arg(exchanges)),
                 conversationCount);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT plan_index) FROM conversations WHERE plan_index "
                                       "BETWEEN 0 AND %1")
                            .arg(conversationCount - 1)),
                 conversationCount);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM turns")), conversationCount * messagesPerConversation);

        // Each conversation: seq 0..5, user and assistant in turn, every message the model's reply.
        QSqlQuery turns = query(QStringLiteral("SELECT conversation_id, seq, role, content FROM turns "
                                               "ORDER BY conversation_id, seq"));
        QHash<qint64, int> counts;
        while (turns.next()) {
            const qint64 conversation = turns.value(0).toLongLong();
            const int seq = turns.value(1).toInt();
            QCOMPARE(seq, counts.value(conversation));
            counts[conversation] = seq + 1;
            QCOMPARE(turns.value(2).toString(), seq % 2 == 0 ? QStringLiteral("user") : QStringLiteral("assistant"));
            QCOMPARE(turns.value(3).toString(), m_server->reply());
        }
        QCOMPARE(counts.size(), conversationCount);
        for (const int count : std::as_const(counts))
            QCOMPARE(count, messagesPerConversation);
    }

    void store_everyMessageRecordsHowItWasMade()
    {
        QHash<QString, QString> templateSteps; // version -> step
        QSqlQuery templates = query(QStringLiteral("SELECT version, step FROM templates"));
        while (templates.next())
            templateSteps.insert(templates.value(0).toString(), templates.value(1).toString());
        QCOMPARE(templateSteps.size(), 4);

        QSqlQuery q = query(QStringLiteral(
            "SELECT t.seq, t.role, t.profile, t.model, t.params, t.input_tokens, t.output_tokens, t.latency_ms, "
            "t.finish_reason, t.attempts, t.template_version, t.system_version, t.system_prompt, t.created_at, "
            "c.user_persona, c.assistant_persona FROM turns t JOIN conversations c ON c.id = t.conversation_id"));
        int checked = 0;
        while (q.next()) {
            const int seq = q.value(0).toInt();
            const bool answer = q.value(1).toString() == QLatin1StringView("assistant");
            const QString where = QStringLiteral("message %1 (seq %2)").arg(checked).arg(seq);
            QVERIFY2(q.value(2).toString() == QLatin1StringView("llama"), qPrintable(where));
            // The model as the server named it in its response.
            QCOMPARE(q.value(3).toString(), m_server->modelName());
            const QJsonObject params = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
            QCOMPARE(params.value(QStringLiteral("max_tokens")).toInt(), answer ? assistantMaxTokens : userMaxTokens);
            QCOMPARE(params.value(QStringLiteral("temperature")).toDouble(), 0.0);
            // llama.cpp reports usage: the prompt, and the reply's six pieces with the end-of-turn token.
            QVERIFY2(q.value(5).toLongLong() > 0, qPrintable(where));
            QVERIFY2(q.value(6).toLongLong() > 0, qPrintable(where));
            QVERIFY2(q.value(7).toLongLong() > 0, qPrintable(where));
            QCOMPARE(q.value(8).toString(), QStringLiteral("stop"));
            QCOMPARE(q.value(9).toInt(), 1);
            const QString step = templateSteps.value(q.value(10).toString());
            QCOMPARE(step,
                     answer         ? QStringLiteral("assistant_turn")
                         : seq == 0 ? QStringLiteral("starter")
                                    : QStringLiteral("user_turn"));
            if (answer) {
                QCOMPARE(templateSteps.value(q.value(11).toString()), QStringLiteral("system"));
                // The first answer keeps the system prompt it was written under, naming both speakers.
                if (seq == 1) {
                    const QString system = q.value(12).toString();
                    QVERIFY2(system.contains(q.value(15).toString()), qPrintable(system));
                    QVERIFY2(system.contains(q.value(14).toString()), qPrintable(system));
                }
            } else {
                QVERIFY(q.value(11).isNull());
                QVERIFY(q.value(12).isNull());
            }
            QVERIFY(!q.value(13).toString().isEmpty());
            ++checked;
        }
        QCOMPARE(checked, conversationCount * messagesPerConversation);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE user_persona NOT IN ('%1') OR "
                                  "assistant_persona NOT IN ('%2')")
                       .arg(userPersonas.join(QStringLiteral("', '")), assistantPersonas.join(QStringLiteral("', '")))),
            0);
    }

    void store_groundedMessagesNameTheirChunk()
    {
        const qint64 grounded
            = scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE document_id IS NOT NULL"));
        // Half of the conversations are grounded on average: with 20 of them, both kinds occur.
        QVERIFY2(grounded > 0 && grounded < conversationCount, qPrintable(QString::number(grounded)));
        const qint64 documentId = scalar(QStringLiteral("SELECT id FROM documents"));
        QVERIFY(documentId > 0);

        QSqlQuery q = query(QStringLiteral("SELECT c.document_id, c.chunk_index, t.document_id, t.chunk_index, t.seq "
                                           "FROM turns t JOIN conversations c ON c.id = t.conversation_id"));
        Dialogsmith::Design::ChunkSettings chunking;
        chunking.size = chunkSize;
        chunking.overlap = chunkOverlap;
        const int chunkCount = int(Dialogsmith::Documents::chunkText(documentText(), chunking).size());
        QVERIFY(chunkCount >= 3);
        QSet<int> chunks;
        while (q.next()) {
            if (q.value(0).isNull()) {
                QVERIFY(q.value(1).isNull());
                QVERIFY(q.value(2).isNull());
                QVERIFY(q.value(3).isNull());
                continue;
            }
            QCOMPARE(q.value(0).toLongLong(), documentId);
            QCOMPARE(q.value(2).toLongLong(), documentId);
            QVERIFY(!q.value(3).isNull());
            const int chunk = q.value(3).toInt();
            QVERIFY2(chunk >= 0 && chunk < chunkCount, qPrintable(QString::number(chunk)));
            // The first exchange is on the conversation's chunk; later ones may drift.
            if (q.value(4).toInt() < 2)
                QCOMPARE(chunk, q.value(1).toInt());
            chunks.insert(chunk);
        }
        QVERIFY2(chunks.size() > 1, "the document has several chunks, and grounded messages use more than one");
    }

    void store_journalHasOneOkCallPerMessage()
    {
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM calls")), conversationCount * messagesPerConversation);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM calls WHERE outcome <> 'ok' OR error <> ''")), 0);
        // Every message has its call, with the same model, tokens and latency.
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM turns t JOIN calls k ON k.conversation_id = t.conversation_id AND "
                     "k.seq = t.seq AND k.outcome = 'ok' AND k.model = t.model AND k.profile = t.profile AND "
                     "k.input_tokens = t.input_tokens AND k.output_tokens = t.output_tokens AND "
                     "k.latency_ms = t.latency_ms AND k.attempts = 1 AND k.run_id = (SELECT id FROM runs)")),
                 conversationCount * messagesPerConversation);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM calls WHERE first_byte_ms < 0 OR "
                                       "first_byte_ms > latency_ms")),
                 0);
    }

    void exportOpenAi_writesEveryConversationWithItsMetadata()
    {
        const QString output = path(QStringLiteral("openai.jsonl"));
        const Run run
            = runCli({QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("openai"),
                      QStringLiteral("--output"), output, QStringLiteral("--metadata")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // The system prompt each conversation's first answer was written under, by topic and personas.
        QStringList systems;
        QSqlQuery q
            = query(QStringLiteral("SELECT t.system_prompt, c.document_id IS NOT NULL FROM turns t JOIN "
                                   "conversations c ON c.id = t.conversation_id WHERE t.seq = 1 ORDER BY c.id"));
        QList<bool> grounded;
        while (q.next()) {
            systems.append(q.value(0).toString());
            grounded.append(q.value(1).toBool());
        }

        const QList<QJsonObject> lines = readJsonLines(output);
        QCOMPARE(lines.size(), conversationCount);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonArray messages = lines.at(i).value(QStringLiteral("messages")).toArray();
            QCOMPARE(messages.size(), 1 + messagesPerConversation);
            QCOMPARE(messages.at(0)[QStringLiteral("role")].toString(), QStringLiteral("system"));
            QCOMPARE(messages.at(0)[QStringLiteral("content")].toString(), systems.at(i));
            for (qsizetype m = 1; m < messages.size(); ++m) {
                QCOMPARE(messages.at(m)[QStringLiteral("role")].toString(),
                         m % 2 == 1 ? QStringLiteral("user") : QStringLiteral("assistant"));
                QCOMPARE(messages.at(m)[QStringLiteral("content")].toString(), m_server->reply());
            }
            const QJsonObject metadata = lines.at(i).value(QStringLiteral("metadata")).toObject();
            QCOMPARE(metadata.value(QStringLiteral("models")).toArray(), QJsonArray {m_server->modelName()});
            QVERIFY(!metadata.value(QStringLiteral("topic_path")).toArray().isEmpty());
            QVERIFY(userPersonas.contains(metadata[QStringLiteral("user_persona")][QStringLiteral("name")].toString()));
            QVERIFY(assistantPersonas.contains(
                metadata[QStringLiteral("assistant_persona")][QStringLiteral("name")].toString()));
            QCOMPARE(metadata.value(QStringLiteral("turns")).toInt(), exchanges);
            QCOMPARE(metadata.contains(QStringLiteral("document")), grounded.at(i));
        }
    }

    void exportShareGpt_writesTheSameConversations()
    {
        const QString output = path(QStringLiteral("sharegpt.jsonl"));
        const Run run = runCli({QStringLiteral("export"), m_project, QStringLiteral("--format"),
                                QStringLiteral("sharegpt"), QStringLiteral("--output"), output});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<QJsonObject> lines = readJsonLines(output);
        QCOMPARE(lines.size(), conversationCount);
        for (const QJsonObject &line : lines) {
            QVERIFY(!line.contains(QStringLiteral("metadata")));
            const QJsonArray turns = line.value(QStringLiteral("conversations")).toArray();
            QCOMPARE(turns.size(), 1 + messagesPerConversation);
            QCOMPARE(turns.at(0)[QStringLiteral("from")].toString(), QStringLiteral("system"));
            QVERIFY(!turns.at(0)[QStringLiteral("value")].toString().isEmpty());
            for (qsizetype m = 1; m < turns.size(); ++m) {
                QCOMPARE(turns.at(m)[QStringLiteral("from")].toString(),
                         m % 2 == 1 ? QStringLiteral("human") : QStringLiteral("gpt"));
                QCOMPARE(turns.at(m)[QStringLiteral("value")].toString(), m_server->reply());
            }
        }
    }
};

QTEST_GUILESS_MAIN(CliLlamaTest)
#include "cli_llama_test.moc"

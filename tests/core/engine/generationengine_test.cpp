// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "engine/generationengine.h"

#include "documents/chunker.h"
#include "enginetestsupport.h"
#include "scriptedserver/scriptedresponses.h"
#include "scriptedserver/scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Dialogsmith;
using namespace Dialogsmith::Engine;
using namespace Qt::StringLiterals;
using Dialogsmith::Store::ConversationState;
namespace Scripted = Dialogsmith::Test;
using namespace Dialogsmith::EngineTest;

namespace {

constexpr int runTimeoutMs = 60000;

// A chat request as a fake model sees it. The designs below use templates whose first word says which
// step a prompt is for, so the fake models can answer each step the way a test needs.
struct Chat {
    enum class Step { Opening, FollowUp, Answer };
    Step step = Step::Opening;
    QString system;
    QString prompt; ///< the last message
    QString model;
    int turn = 0; ///< follow-ups: the exchange asked for
    int index = 0; ///< the request's position at its server

    static Chat read(const Scripted::Request &request)
    {
        Chat chat;
        const QJsonObject body = request.json();
        chat.model = body.value(u"model"_s).toString();
        chat.index = request.index;
        const QJsonArray messages = body.value(u"messages"_s).toArray();
        for (const QJsonValue &m : messages) {
            if (m[u"role"_s].toString() == u"system"_s)
                chat.system = m[u"content"_s].toString();
        }
        chat.prompt = messages.isEmpty() ? QString() : messages.last()[u"content"_s].toString().trimmed();
        if (!chat.system.isEmpty()) {
            chat.step = Step::Answer;
        } else if (chat.prompt.startsWith(u"FOLLOWUP"_s)) {
            chat.step = Step::FollowUp;
            static const QRegularExpression turnPattern(u"^FOLLOWUP turn (\\d+)"_s);
            chat.turn = turnPattern.match(chat.prompt).captured(1).toInt();
        }
        return chat;
    }
};

QString answerTo(const QString &question)
{
    return u"Answer to: "_s + question;
}

// The text streamed word by word, as a model streams it, under the model the request named.
Scripted::Response streamed(const QString &text, const Chat &chat, int latencyMs = 0)
{
    QStringList pieces;
    const QStringList words = text.split(u' ');
    for (qsizetype i = 0; i < words.size(); ++i)
        pieces.append(i == 0 ? words.at(i) : u' ' + words.at(i));
    Scripted::StreamOptions options;
    options.model = chat.model;
    options.latencyMs = latencyMs;
    return Scripted::openAiStream(text.isEmpty() ? QStringList() : pieces, options);
}

// Fake user simulator and assistant: unique questions, answers that quote their question.
struct FakeModels {
    int latencyMs = 0;
    /// Answers a request differently when it returns a response.
    std::function<std::optional<Scripted::Response>(const Chat &)> override;
    QList<Chat> chats;
    QHash<QString, QString> systemByQuestion; ///< the system prompt each question was answered under

    Scripted::Response operator()(const Scripted::Request &request)
    {
        const Chat chat = Chat::read(request);
        chats.append(chat);
        if (chat.step == Chat::Step::Answer)
            systemByQuestion.insert(chat.prompt, chat.system);
        if (override) {
            if (auto response = override(chat))
                return *response;
        }
        if (chat.step == Chat::Step::Answer)
            return streamed(answerTo(chat.prompt), chat, latencyMs);
        return streamed(u"Question %1 from %2: how does this work?"_s.arg(chat.index).arg(chat.model), chat, latencyMs);
    }
};

Design::Persona persona(const QString &name, Design::Side side)
{
    Design::Persona p;
    p.name = name;
    p.side = side;
    p.description = side == Design::Side::User ? u"a student"_s : u"a tutor"_s;
    return p;
}

QString documentText()
{
    QString text;
    for (int i = 0; i < 12; ++i)
        text += u"Paragraph %1 explains how energy moves between objects when a force does work on them.\n\n"_s.arg(i);
    return text;
}

Design::ProjectDesign baseDesign(const QUrl &url)
{
    Design::ProjectDesign d;
    d.name = u"Engine test"_s;
    Design::Topic mechanics {u"Mechanics"_s, u"Forces and motion."_s, 1, {}};
    mechanics.children = {{u"Energy"_s, {}, 1, {}}, {u"Forces"_s, {}, 1, {}}, {u"Momentum"_s, {}, 1, {}}};
    d.topics = {mechanics, {u"Optics"_s, {}, 1, {}}, {u"Waves"_s, {}, 1, {}}};
    d.personas = {persona(u"Mia"_s, Design::Side::User), persona(u"Tom"_s, Design::Side::User),
                  persona(u"Ada"_s, Design::Side::User), persona(u"Dr. Okafor"_s, Design::Side::Assistant),
                  persona(u"Prof. Lindqvist"_s, Design::Side::Assistant)};
    d.documents = {{u"Notes on energy"_s, u"notes.md"_s, documentText()}};
    d.chunking = {200, 20};
    d.templates.system = u"SYSTEM You are {{assistant_persona.name}}, talking with {{user_persona.name}}."
                         "{{#if chunk}} Excerpt: {{chunk}}{{/if}}"_s;
    d.templates.starter = u"STARTER {{user_persona.name}} asks about {{topic_path}} ({{turns_total}} questions)."
                          "{{#if chunk}} Excerpt: {{chunk}}{{/if}}"_s;
    d.templates.userTurn = u"FOLLOWUP turn {{turn}} of {{turns_total}}\n{{#each history}}{{role}}: {{content}}\n"
                           "{{/each}}{{#if chunk}}Excerpt: {{chunk}}{{/if}}"_s;
    d.templates.assistantTurn = u"{{question}}"_s;
    d.providers = {profile(u"sim"_s, url, u"sim-model"_s)};
    d.generation.count = 6;
    d.generation.minTurns = 2;
    d.generation.maxTurns = 3;
    d.generation.groundingProbability = 1;
    d.generation.driftProbability = 0;
    d.generation.userProfile = u"sim"_s;
    d.generation.assistantProfile = u"sim"_s;
    d.generation.concurrency = 4;
    d.generation.seed = 11;
    return d;
}

struct Message {
    qint64 id;
    int seq;
    QString role;
    QString content;
};

QList<Message> messagesOf(const Reader &reader, qint64 conversationId)
{
    QList<Message> messages;
    for (const QVariantList &row : reader.rows(u"SELECT id, seq, role, content FROM turns WHERE conversation_id = ? "
                                               "ORDER BY seq"_s,
                                               {conversationId}))
        messages.append({row.at(0).toLongLong(), row.at(1).toInt(), row.at(2).toString(), row.at(3).toString()});
    return messages;
}

// Every conversation of the run: its seqs run 0..n-1, users ask and assistants answer in turn, and each
// answer answers the question before it. Empty when all is well, else what is wrong.
QStringList conversationProblems(const Reader &reader)
{
    QStringList problems;
    for (const QVariantList &c : reader.rows(u"SELECT id FROM conversations ORDER BY plan_index"_s)) {
        const qint64 id = c.at(0).toLongLong();
        const QList<Message> messages = messagesOf(reader, id);
        for (int i = 0; i < messages.size(); ++i) {
            const Message &m = messages.at(i);
            if (m.seq != i)
                problems.append(u"conversation %1: message %2 has seq %3"_s.arg(id).arg(i).arg(m.seq));
            if (m.role != (i % 2 == 0 ? u"user"_s : u"assistant"_s))
                problems.append(u"conversation %1: message %2 is from %3"_s.arg(id).arg(i).arg(m.role));
            if (m.content.isEmpty())
                problems.append(u"conversation %1: message %2 is empty"_s.arg(id).arg(i));
            if (i % 2 == 1 && m.content != answerTo(messages.at(i - 1).content))
                problems.append(
                    u"conversation %1: message %2 answers another question: %3"_s.arg(id).arg(i).arg(m.content));
        }
    }
    return problems;
}

QString templateStep(const Reader &reader, const QString &version)
{
    return reader.value(u"SELECT step FROM templates WHERE version = ?"_s, {version}).toString();
}

} // namespace

class GenerationEngineTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Scripted::ScriptedServer> m_server;
    std::shared_ptr<FakeModels> m_models;
    int m_inFlight = 0;
    int m_peakInFlight = 0;

    QString projectPath(const QString &name = u"project"_s) const { return m_dir->filePath(name + u".dialogsmith"_s); }

    // Waits for the session's run to end and returns how; fails the test if it does not end.
    static bool waitForEnd(Session &session)
    {
        return QTest::qWaitFor([&] { return !session.summaries.isEmpty(); }, runTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<Scripted::ScriptedServer>();
        QVERIFY(m_server->listen());
        m_models = std::make_shared<FakeModels>();
        m_server->setHandler([models = m_models](const Scripted::Request &r) { return (*models)(r); });
        m_inFlight = m_peakInFlight = 0;
        connect(m_server.get(), &Scripted::ScriptedServer::requestReceived, this,
                [this] { m_peakInFlight = std::max(m_peakInFlight, ++m_inFlight); });
        connect(m_server.get(), &Scripted::ScriptedServer::responseSent, this, [this] { --m_inFlight; });
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void run_storesEveryMessageWithItsProvenance_beforeReportingIt()
    {
        const Design::ProjectDesign design = baseDesign(m_server->url());
        QString error;
        QVERIFY2(createProject(projectPath(), design, &error), qPrintable(error));

        Session session(projectPath(), true);
        session.start();
        QVERIFY(waitForEnd(session));
        const RunSummary summary = session.summary();
        QCOMPARE(summary.outcome, RunOutcome::Completed);
        QVERIFY2(summary.reason.isEmpty(), qPrintable(summary.reason));
        QCOMPARE(summary.resumed, false);
        QCOMPARE(session.startedResumed, QList<bool> {false});
        QVERIFY2(session.problems.isEmpty(), qPrintable(session.problems.join(u'\n')));

        Reader reader(projectPath());
        QCOMPARE(reader.value(u"SELECT state FROM runs"_s).toString(), u"complete"_s);
        QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE state = 'complete' AND ended_early = 0"_s), 6);
        QCOMPARE(reader.count(u"SELECT count(DISTINCT plan_index) FROM conversations"_s), 6);
        QCOMPARE(reader.count(u"SELECT max(plan_index) FROM conversations"_s), 5);
        const int messages = reader.count(u"SELECT count(*) FROM turns"_s);
        QCOMPARE(messages, reader.count(u"SELECT sum(2 * turns_planned) FROM conversations"_s));
        QCOMPARE(session.turns.size(), messages);
        QCOMPARE(summary.progress.turns, qint64(messages));
        QCOMPARE(summary.progress.complete, 6);
        QCOMPARE(m_models->chats.size(), messages);
        // Every call is in the journal with what it cost.
        QCOMPARE(reader.count(u"SELECT count(*) FROM calls WHERE outcome = 'ok'"_s), messages);
        QCOMPARE(reader.count(u"SELECT sum(input_tokens + output_tokens) FROM calls"_s),
                 int(summary.progress.inputTokens + summary.progress.outputTokens));
        const QStringList problems = conversationProblems(reader);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        const qint64 documentId = reader.value(u"SELECT id FROM documents"_s).toLongLong();
        const auto rows = reader.rows(
            u"SELECT t.seq, t.role, t.content, t.profile, t.model, t.params, t.input_tokens, t.output_tokens, "
            "t.finish_reason, t.template_version, t.system_version, t.system_prompt, t.document_id, t.chunk_index, "
            "c.chunk_index, c.id FROM turns t JOIN conversations c ON c.id = t.conversation_id "
            "ORDER BY c.id, t.seq"_s);
        QString systemInForce;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QVariantList &row = rows.at(i);
            const int seq = row.at(0).toInt();
            const bool user = seq % 2 == 0;
            const QString where = u"conversation %1, seq %2"_s.arg(row.at(15).toLongLong()).arg(seq);
            QCOMPARE(row.at(3).toString(), u"sim"_s);
            QCOMPARE(row.at(4).toString(), u"sim-model"_s);
            const QJsonObject params = QJsonDocument::fromJson(row.at(5).toByteArray()).object();
            QCOMPARE(params.value(u"max_tokens"_s).toInt(), user ? 300 : 1024);
            QCOMPARE(params.value(u"temperature"_s).toDouble(), user ? 0.9 : 0.7);
            QCOMPARE(row.at(6).toInt(), 12);
            QCOMPARE(row.at(7).toInt(), int(row.at(2).toString().split(u' ').size()));
            QCOMPARE(row.at(8).toString(), u"stop"_s);
            QCOMPARE(templateStep(reader, row.at(9).toString()),
                     seq == 0 ? u"starter"_s : (user ? u"user_turn"_s : u"assistant_turn"_s));
            if (user) {
                QVERIFY2(row.at(10).isNull() && row.at(11).isNull(), qPrintable(where));
            } else {
                QCOMPARE(templateStep(reader, row.at(10).toString()), u"system"_s);
                // The first answer keeps its system prompt; later ones only when it changed.
                if (seq == 1)
                    QVERIFY2(!row.at(11).isNull(), qPrintable(where));
                if (!row.at(11).isNull())
                    systemInForce = row.at(11).toString();
                const QString question = rows.at(i - 1).at(2).toString();
                QCOMPARE(systemInForce, m_models->systemByQuestion.value(question));
            }
            QCOMPARE(row.at(12).toLongLong(), documentId);
            QVERIFY2(!row.at(13).isNull(), qPrintable(where));
            QCOMPARE(row.at(13).toInt(), row.at(14).toInt());
        }
        // The templates are kept as they were used.
        QCOMPARE(reader.value(u"SELECT source FROM templates WHERE step = 'starter'"_s).toString(),
                 design.templates.starter);
        QCOMPARE(reader.count(u"SELECT count(*) FROM templates"_s), 4);
    }

    void concurrency_boundsTheRequestsInFlight_data()
    {
        QTest::addColumn<int>("designConcurrency");
        QTest::addColumn<int>("optionConcurrency");
        QTest::addColumn<int>("expected");
        QTest::newRow("from the design") << 3 << 0 << 3;
        QTest::newRow("from the run's options") << 8 << 2 << 2;
    }

    void concurrency_boundsTheRequestsInFlight()
    {
        QFETCH(int, designConcurrency);
        QFETCH(int, optionConcurrency);
        QFETCH(int, expected);
        Design::ProjectDesign design = baseDesign(m_server->url());
        design.generation.count = 10;
        design.generation.minTurns = design.generation.maxTurns = 2;
        design.generation.concurrency = designConcurrency;
        m_models->latencyMs = 25;
        QString error;
        QVERIFY2(createProject(projectPath(), design, &error), qPrintable(error));

        Session session(projectPath(), false);
        RunOptions options;
        if (optionConcurrency > 0)
            options.concurrency = optionConcurrency;
        session.start(options);
        QVERIFY(waitForEnd(session));
        QCOMPARE(session.summary().outcome, RunOutcome::Completed);
        QCOMPARE(session.summary().progress.complete, 10);
        // The conversations ran side by side, never more at once than allowed.
        QCOMPARE(m_peakInFlight, expected);
        for (const RunProgress &p : std::as_const(session.progress))
            QVERIFY(p.running <= expected);
        QCOMPARE(m_models->chats.size(), 40);
    }

    void userAndAssistantOnDifferentProfiles_goToTheirOwnServersAndModels()
    {
        Scripted::ScriptedServer teacherServer;
        QVERIFY(teacherServer.listen());
        const auto teacher = std::make_shared<FakeModels>();
        teacherServer.setHandler([teacher](const Scripted::Request &r) { return (*teacher)(r); });

        Design::ProjectDesign design = baseDesign(m_server->url());
        design.providers = {profile(u"student"_s, m_server->url(), u"student-model"_s),
                            profile(u"teacher"_s, teacherServer.url(), u"teacher-model"_s)};
        design.generation.userProfile = u"student"_s;
        design.generation.assistantProfile = u"teacher"_s;
        design.generation.count = 4;
        QString error;
        QVERIFY2(createProject(projectPath(), design, &error), qPrintable(error));

        Session session(projectPath(), false);
        session.start();
        QVERIFY(waitForEnd(session));
        QCOMPARE(session.summary().outcome, RunOutcome::Completed);

        Reader reader(projectPath());
        const int userMessages = reader.count(u"SELECT count(*) FROM turns WHERE role = 'user'"_s);
        const int answers = reader.count(u"SELECT count(*) FROM turns WHERE role = 'assistant'"_s);
        QVERIFY(userMessages >= 8);
        QCOMPARE(answers, userMessages);
        QCOMPARE(m_models->chats.size(), userMessages);
        QCOMPARE(teacher->chats.size(), answers);
        for (const Chat &chat : std::as_const(m_models->chats)) {
            QVERIFY(chat.step != Chat::Step::Answer);
            QCOMPARE(chat.model, u"student-model"_s);
        }
        for (const Chat &chat : std::as_const(teacher->chats)) {
            QCOMPARE(chat.step, Chat::Step::Answer);
            QCOMPARE(chat.model, u"teacher-model"_s);
        }
        QCOMPARE(reader.count(u"SELECT count(*) FROM turns WHERE role = 'user' AND profile = 'student' "
                              "AND model = 'student-model'"_s),
                 userMessages);
        QCOMPARE(reader.count(u"SELECT count(*) FROM turns WHERE role = 'assistant' AND profile = 'teacher' "
                              "AND model = 'teacher-model'"_s),
                 answers);
    }

    void endMarker_endsTheConversationEarly_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<int>("messages");
        QTest::newRow("the marker alone") << u"[END]"_s << 2;
        QTest::newRow("a closing remark") << u"Thanks, that clears it up. [END]"_s << 2;
        QTest::newRow("a last question") << u"One last thing: what about friction? [END]"_s << 4;
    }

    void endMarker_endsTheConversationEarly()
    {
        QFETCH(QString, reply);
        QFETCH(int, messages);
        Design::ProjectDesign design = baseDesign(m_server->url());
        design.generation.minTurns = design.generation.maxTurns = 4;
        design.generation.count = 3;
        QString error;
        QVERIFY2(createProject(projectPath(), design, &error), qPrintable(error));
        // The simulated user has had enough after the first answer.
        m_models->override = [reply](const Chat &chat) -> std::optional<Scripted::Response> {
            if (chat.step == Chat::Step::FollowUp && chat.turn == 2)
                return streamed(reply, chat);
            return std::nullopt;
        };

        Session session(projectPath(), false);
        session.start();
        QVERIFY(waitForEnd(session));
        QCOMPARE(session.summary().outcome, RunOutcome::Completed);
        Reader reader(projectPath());
        QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE state = 'complete' AND ended_early = 1"_s), 3);
        for (const QVariantList &c : reader.rows(u"SELECT id FROM conversations"_s)) {
            const QList<Message> stored = messagesOf(reader, c.at(0).toLongLong());
            QCOMPARE(stored.size(), messages);
            for (const Message &m : stored)
                QVERIFY2(!m.content.contains(u"[END]"_s), qPrintable(m.content));
        }
        // Nothing is asked after the end.
        QCOMPARE(m_models->chats.size(), 3 * (messages + (messages == 2 ? 1 : 0)));
    }

    void emptyReplies_areAskedAgain_thenTheConversationFails()
    {
        Design::ProjectDesign design = baseDesign(m_server->url());
        design.generation.count = 2;
        QString error;
        QVERIFY2(createProject(projectPath(), design, &error), qPrintable(error));
        m_models->override = [](const Chat &chat) -> std::optional<Scripted::Response> {
            if (chat.step == Chat::Step::Answer)
                return streamed(u"   "_s, chat);
            return std::nullopt;
        };

        Session session(projectPath(), false);
        session.start();
        QVERIFY(waitForEnd(session));
        QCOMPARE(session.summary().outcome, RunOutcome::CompletedWithFailures);
        QCOMPARE(session.summary().progress.failed, 2);
        QCOMPARE(session.finished.size(), 2);
        for (const Session::Finished &f : std::as_const(session.finished)) {
            QCOMPARE(f.state, ConversationState::Failed);
            QVERIFY2(f.reason.contains(u"empty message"_s) && f.reason.contains(u"sim-model"_s), qPrintable(f.reason));
        }
        Reader reader(projectPath());
        QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE state = 'failed' AND failure LIKE "
                              "'%empty message%'"_s),
                 2);
        // Three answers asked for each question; the questions stay, no empty answer is stored.
        int answersAsked = 0;
        for (const Chat &chat : std::as_const(m_models->chats))
            answersAsked += chat.step == Chat::Step::Answer;
        QCOMPARE(answersAsked, 6);
        QCOMPARE(reader.count(u"SELECT count(*) FROM turns WHERE role = 'user'"_s), 2);
        QCOMPARE(reader.count(u"SELECT count(*) FROM turns WHERE role = 'assistant'"_s), 0);
        QCOMPARE(reader.count(u"SELECT count(*) FROM calls WHERE outcome = 'discarded'"_s), 6);
    }

    void emptyReplies_thenARealOne_continueTheConversation()
    {
        Design::ProjectDesign design = baseDesign(m_server->url());
        design.generation.count = 2;
        design.generation.minTurns = design.generation.maxTurns = 2;
        QString error;
        QVERIFY2(createProject(projectPath(), design, &error), qPrintable(error));
        // Two empty answers to every question, and an opening that is only the end marker, then real replies.
        auto attempts = std::make_shared<QHash<QString, int>>();
        m_models->override = [attempts](const Chat &chat) -> std::optional<Scripted::Response> {
            const QString key = chat.step == Chat::Step::Opening ? chat.prompt : chat.prompt + u"#answer"_s;
            const int n = ++(*attempts)[key];
            if (chat.step == Chat::Step::Answer && n <= 2)
                return streamed(QString(), chat);
            if (chat.step == Chat::Step::Opening && n == 1)
                return streamed(u"[END]"_s, chat);
            return std::nullopt;
        };

        Session session(projectPath(), false);
        session.start();
        QVERIFY(waitForEnd(session));
        QCOMPARE(session.summary().outcome, RunOutcome::Completed);
        Reader reader(projectPath());
        QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE state = 'complete' AND ended_early = 0"_s), 2);
        QCOMPARE(reader.count(u"SELECT count(*) FROM turns"_s), 8);
        const QStringList problems = conversationProblems(reader);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // 2 openings and 4 answers asked again.
        QCOMPARE(reader.count(u"SELECT count(*) FROM calls WHERE outcome = 'discarded'"_s), 2 + 4 * 2);
    }

    void serverErrors_failConversationsWithTheReason_andRetryFailedCompletesThem()
    {
        Design::ProjectDesign design = baseDesign(m_server->url());
        design.generation.count = 3;
        QString error;
        QVERIFY2(createProject(projectPath(), design, &error), qPrintable(error));
        m_models->override = [](const Chat &) -> std::optional<Scripted::Response> {
            return Scripted::openAiError(500, u"The server had an error while processing your request."_s,
                                         u"server_error"_s);
        };

        {
            Session session(projectPath(), false);
            session.start();
            QVERIFY(waitForEnd(session));
            QCOMPARE(session.summary().outcome, RunOutcome::CompletedWithFailures);
            QCOMPARE(session.summary().progress.failed, 3);
            for (const Session::Finished &f : std::as_const(session.finished))
                QVERIFY2(f.reason.contains(u"500"_s) && f.reason.contains(u"had an error"_s), qPrintable(f.reason));
        }
        QList<QVariantList> failedIds;
        {
            Reader reader(projectPath());
            QCOMPARE(reader.value(u"SELECT state FROM runs"_s).toString(), u"complete"_s);
            QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE state = 'failed' AND failure LIKE "
                                  "'%HTTP 500%'"_s),
                     3);
            failedIds = reader.rows(u"SELECT id, plan_index FROM conversations ORDER BY plan_index"_s);
        }
        QCOMPARE(failedIds.size(), 3);

        // A plain resume does nothing to a complete run's failures; --retry-failed does.
        m_models->override = {};
        Session retry(projectPath(), false);
        RunOptions options;
        options.retryFailed = true;
        retry.start(options);
        QVERIFY(waitForEnd(retry));
        QCOMPARE(retry.summary().outcome, RunOutcome::Completed);
        QVERIFY(retry.summary().resumed);
        QCOMPARE(retry.summary().progress.complete, 3);
        QCOMPARE(retry.summary().progress.failed, 0);
        Reader reader(projectPath());
        QCOMPARE(reader.count(u"SELECT count(*) FROM runs"_s), 1);
        QCOMPARE(reader.rows(u"SELECT id, plan_index FROM conversations ORDER BY plan_index"_s), failedIds);
        QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE state = 'complete' AND failure = ''"_s), 3);
        const QStringList problems = conversationProblems(reader);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(reader.count(u"SELECT count(*) FROM turns"_s),
                 reader.count(u"SELECT sum(2 * turns_planned) FROM conversations"_s));
    }

    void refusedKey_failsTheRunResumably()
    {
        Design::ProjectDesign design = baseDesign(m_server->url());
        design.generation.count = 5;
        design.generation.concurrency = 2;
        QString error;
        QVERIFY2(createProject(projectPath(), design, &error), qPrintable(error));
        m_models->override = [](const Chat &) -> std::optional<Scripted::Response> {
            return Scripted::openAiError(401, u"Incorrect API key provided."_s, u"invalid_request_error"_s,
                                         u"invalid_api_key"_s);
        };

        {
            Session session(projectPath(), false);
            session.start();
            QVERIFY(waitForEnd(session));
            const RunSummary summary = session.summary();
            QCOMPARE(summary.outcome, RunOutcome::Failed);
            QVERIFY2(summary.reason.contains(u"API key"_s) && summary.reason.contains(u"\"sim\""_s),
                     qPrintable(summary.reason));
            // A stopped profile fails no conversation: they wait for the key to be fixed.
            for (const Session::Finished &f : std::as_const(session.finished))
                QVERIFY2(f.state != ConversationState::Failed, qPrintable(f.reason));
        }
        {
            Reader reader(projectPath());
            QCOMPARE(reader.value(u"SELECT state FROM runs"_s).toString(), u"failed"_s);
            QVERIFY(reader.value(u"SELECT stop_reason FROM runs"_s).toString().contains(u"API key"_s));
            QVERIFY(reader.count(u"SELECT count(*) FROM conversations"_s) > 0);
            QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE state != 'running'"_s), 0);
            QCOMPARE(reader.count(u"SELECT count(*) FROM turns"_s), 0);
        }

        m_models->override = {};
        Session again(projectPath(), false);
        again.start();
        QVERIFY(waitForEnd(again));
        QCOMPARE(again.startedResumed, QList<bool> {true});
        QCOMPARE(again.summary().outcome, RunOutcome::Completed);
        Reader reader(projectPath());
        QCOMPARE(reader.count(u"SELECT count(*) FROM runs"_s), 1);
        QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE state = 'complete'"_s), 5);
        QCOMPARE(reader.count(u"SELECT count(DISTINCT plan_index) FROM conversations"_s), 5);
    }

    void pause_sendsNoRequest_untilResumed()
    {
        Design::ProjectDesign design = baseDesign(m_server->url());
        design.generation.count = 6;
        design.generation.minTurns = design.generation.maxTurns = 2;
        design.generation.concurrency = 2;
        m_models->latencyMs = 30;
        QString error;
        QVERIFY2(createProject(projectPath(), design, &error), qPrintable(error));

        Session session(projectPath(), false);
        bool paused = false;
        session.onTurn = [&session, &paused](const TurnInfo &) {
            if (!std::exchange(paused, true))
                session.pause();
        };
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(paused, runTimeoutMs);
        // The calls in flight when it paused finish and are stored. A call sent just before the pause may still
        // be on its way to the server (a busy machine): let three progress reports (the engine sends four a
        // second) go by before counting.
        QTRY_COMPARE_WITH_TIMEOUT(m_inFlight, 0, runTimeoutMs);
        const qsizetype settling = session.progress.size();
        QTRY_VERIFY_WITH_TIMEOUT(session.progress.size() >= settling + 3, runTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_inFlight, 0, runTimeoutMs);
        const qsizetype asked = m_server->requests().size();
        QTRY_COMPARE_WITH_TIMEOUT(session.turns.size(), asked, runTimeoutMs);
        // The engine reports progress four times a second: three reports while paused and still nothing asked.
        const qsizetype reports = session.progress.size();
        QTRY_VERIFY_WITH_TIMEOUT(session.progress.size() >= reports + 3, runTimeoutMs);
        QVERIFY(session.progress.constLast().paused);
        QCOMPARE(m_server->requests().size(), asked);
        QVERIFY(session.summaries.isEmpty());
        QVERIFY(asked < 24);

        session.resume();
        QVERIFY(waitForEnd(session));
        QCOMPARE(session.summary().outcome, RunOutcome::Completed);
        QCOMPARE(session.summary().progress.complete, 6);
        QCOMPARE(m_server->requests().size(), 24);
        Reader reader(projectPath());
        QCOMPARE(reader.count(u"SELECT count(*) FROM turns"_s), 24);
    }

    void cancel_interrupts_andStartingAgainFinishesWithoutDuplicates()
    {
        Design::ProjectDesign design = baseDesign(m_server->url());
        design.generation.count = 8;
        design.generation.concurrency = 3;
        m_models->latencyMs = 15;
        QString error;
        QVERIFY2(createProject(projectPath(), design, &error), qPrintable(error));

        QList<QVariantList> before;
        QSet<qint64> runningBefore;
        {
            Session session(projectPath(), true);
            session.onTurn = [&session](const TurnInfo &) {
                // Queued to the engine's thread: messages completing meanwhile are still stored and kept.
                if (session.turns.size() == 5)
                    session.cancel();
            };
            session.start();
            QVERIFY(waitForEnd(session));
            const RunSummary summary = session.summary();
            QCOMPARE(summary.outcome, RunOutcome::Interrupted);
            QVERIFY2(session.problems.isEmpty(), qPrintable(session.problems.join(u'\n')));
            Reader reader(projectPath());
            QCOMPARE(reader.value(u"SELECT state FROM runs"_s).toString(), u"interrupted"_s);
            before = reader.rows(u"SELECT id, conversation_id, seq, content FROM turns ORDER BY id"_s);
            QCOMPARE(summary.progress.turns, qint64(before.size()));
            QCOMPARE(summary.progress.complete,
                     reader.count(u"SELECT count(*) FROM conversations WHERE state = 'complete'"_s));
            QVERIFY(before.size() >= 5);
            for (const QVariantList &row : reader.rows(u"SELECT id FROM conversations WHERE state = 'running'"_s))
                runningBefore.insert(row.at(0).toLongLong());
            QVERIFY(!runningBefore.isEmpty());
        }

        Session again(projectPath(), true);
        again.start();
        QVERIFY(waitForEnd(again));
        QCOMPARE(again.startedResumed, QList<bool> {true});
        QCOMPARE(again.summary().outcome, RunOutcome::Completed);
        QVERIFY2(again.problems.isEmpty(), qPrintable(again.problems.join(u'\n')));
        Reader reader(projectPath());
        QCOMPARE(reader.count(u"SELECT count(*) FROM runs"_s), 1);
        QCOMPARE(reader.value(u"SELECT state FROM runs"_s).toString(), u"complete"_s);
        QCOMPARE(reader.count(u"SELECT count(*) FROM conversations"_s), 8);
        QCOMPARE(reader.count(u"SELECT count(DISTINCT plan_index) FROM conversations"_s), 8);
        QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE state = 'complete'"_s), 8);
        QCOMPARE(reader.count(u"SELECT count(*) FROM turns"_s),
                 reader.count(u"SELECT sum(2 * turns_planned) FROM conversations"_s));
        const QStringList problems = conversationProblems(reader);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // What was stored before the cancel is still there, unchanged.
        for (const QVariantList &row : std::as_const(before)) {
            QCOMPARE(reader.rows(u"SELECT id, conversation_id, seq, content FROM turns WHERE id = ?"_s, {row.at(0)}),
                     QList<QVariantList> {row});
        }
        // Conversations that had messages went on from them.
        int resumedMessages = 0;
        for (const ConversationInfo &info : std::as_const(again.conversations))
            resumedMessages += info.completedMessages;
        int unfinishedMessages = 0;
        for (const QVariantList &row : std::as_const(before))
            unfinishedMessages += runningBefore.contains(row.at(1).toLongLong());
        QCOMPARE(resumedMessages, unfinishedMessages);
    }

    // The studio may cancel from a slot connected to the engine's own signals: everything the engine
    // stored is still reported before runFinished, and the summary counts it.
    void cancelFromASlot_reportsEverythingStoredBeforeTheRunEnds()
    {
        Design::ProjectDesign design = baseDesign(m_server->url());
        design.generation.count = 8;
        design.generation.concurrency = 8;
        design.generation.minTurns = design.generation.maxTurns = 1;
        QString error;
        QVERIFY2(createProject(projectPath(), design, &error), qPrintable(error));

        Session session(projectPath(), false);
        connect(session.engine, &GenerationEngine::conversationFinished, this, [&session] { session.cancel(); });
        session.start();
        QVERIFY(waitForEnd(session));
        QCOMPARE(session.summaries.size(), 1);
        const RunSummary summary = session.summary();
        QCOMPARE(summary.outcome, RunOutcome::Interrupted);
        QVERIFY2(session.problems.isEmpty(), qPrintable(session.problems.join(u'\n')));
        Reader reader(projectPath());
        QCOMPARE(summary.progress.turns, qint64(reader.count(u"SELECT count(*) FROM turns"_s)));
        QCOMPARE(summary.progress.complete,
                 reader.count(u"SELECT count(*) FROM conversations WHERE state = 'complete'"_s));
        QCOMPARE(qsizetype(summary.progress.turns), session.turns.size());
    }

    void tokenBudget_stopsTheRun_andALargerOneFinishesIt()
    {
        Design::ProjectDesign design = baseDesign(m_server->url());
        design.generation.count = 6;
        design.generation.concurrency = 2;
        QString error;
        QVERIFY2(createProject(projectPath(), design, &error), qPrintable(error));

        RunOptions options;
        options.budgetTokens = 150;
        {
            Session session(projectPath(), false);
            session.start(options);
            QVERIFY(waitForEnd(session));
            const RunSummary summary = session.summary();
            QCOMPARE(summary.outcome, RunOutcome::BudgetReached);
            QVERIFY2(summary.reason.contains(u"150 tokens"_s), qPrintable(summary.reason));
            QVERIFY(summary.progress.inputTokens + summary.progress.outputTokens >= 150);
            QVERIFY(summary.progress.complete < 6);
            Reader reader(projectPath());
            QCOMPARE(reader.value(u"SELECT state FROM runs"_s).toString(), u"stopped"_s);
            QCOMPARE(reader.count(u"SELECT sum(input_tokens + output_tokens) FROM calls"_s),
                     int(summary.progress.inputTokens + summary.progress.outputTokens));
        }
        // The same budget again: stops at once, without asking anything.
        const qsizetype asked = m_server->requests().size();
        {
            Session session(projectPath(), false);
            session.start();
            QVERIFY(waitForEnd(session));
            QCOMPARE(session.summary().outcome, RunOutcome::BudgetReached);
            QCOMPARE(m_server->requests().size(), asked);
        }
        options.budgetTokens = 1'000'000;
        Session session(projectPath(), false);
        session.start(options);
        QVERIFY(waitForEnd(session));
        QCOMPARE(session.startedResumed, QList<bool> {true});
        QCOMPARE(session.summary().outcome, RunOutcome::Completed);
        Reader reader(projectPath());
        QCOMPARE(reader.count(u"SELECT count(*) FROM runs"_s), 1);
        QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE state = 'complete'"_s), 6);
        const QStringList problems = conversationProblems(reader);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void resumingARunWhoseDocumentChanged_isRefusedNamingTheDocument()
    {
        Design::ProjectDesign design = baseDesign(m_server->url());
        QString error;
        QVERIFY2(createProject(projectPath(), design, &error), qPrintable(error));
        RunOptions options;
        options.budgetTokens = 60;
        {
            Session session(projectPath(), false);
            session.start(options);
            QVERIFY(waitForEnd(session));
            QCOMPARE(session.summary().outcome, RunOutcome::BudgetReached);
        }
        design.documents[0].text += u"A new paragraph about friction."_s;
        QVERIFY2(saveDesign(projectPath(), design, &error), qPrintable(error));
        const qsizetype asked = m_server->requests().size();

        options.budgetTokens = 1'000'000;
        {
            Session session(projectPath(), false);
            session.start(options);
            QVERIFY(waitForEnd(session));
            QCOMPARE(session.summary().outcome, RunOutcome::Failed);
            QVERIFY2(session.summary().reason.contains(u"\"Notes on energy\""_s), qPrintable(session.summary().reason));
            QCOMPARE(m_server->requests().size(), asked);
        }
        // A new run plans from the changed document.
        options.newRun = true;
        Session session(projectPath(), false);
        session.start(options);
        QVERIFY(waitForEnd(session));
        QCOMPARE(session.summary().outcome, RunOutcome::Completed);
        Reader reader(projectPath());
        QCOMPARE(reader.count(u"SELECT count(*) FROM runs"_s), 2);
        const qint64 documentId = reader.value(u"SELECT id FROM documents"_s).toLongLong();
        QCOMPARE(reader.count(u"SELECT count(*) FROM turns t JOIN conversations c ON c.id = t.conversation_id "
                              "WHERE c.run_id = 2 AND t.document_id != ?"_s,
                              {documentId}),
                 0);
    }

    void sameSeed_plansTheSameConversations_inAnotherProject()
    {
        Design::ProjectDesign design = baseDesign(m_server->url());
        design.generation.count = 10;
        design.generation.minTurns = 1;
        design.generation.maxTurns = 4;
        design.generation.groundingProbability = 0.5;
        QString error;
        for (const QString &name : {u"a"_s, u"b"_s, u"c"_s})
            QVERIFY2(createProject(projectPath(name), design, &error), qPrintable(error));
        auto plans = [&](const QString &name, quint64 seed) {
            Session session(projectPath(name), false);
            RunOptions options;
            options.seed = seed;
            session.start(options);
            if (!waitForEnd(session) || session.summary().outcome != RunOutcome::Completed)
                qWarning("run in %s did not complete: %s", qPrintable(name), qPrintable(session.summary().reason));
            Reader reader(projectPath(name));
            if (reader.value(u"SELECT seed FROM runs"_s).toULongLong() != seed)
                qWarning("run in %s has another seed", qPrintable(name));
            return reader.rows(u"SELECT plan_index, topic_path, user_persona, assistant_persona, turns_planned, "
                               "chunk_index FROM conversations ORDER BY plan_index"_s);
        };
        const QList<QVariantList> a = plans(u"a"_s, 1234);
        const QList<QVariantList> b = plans(u"b"_s, 1234);
        const QList<QVariantList> c = plans(u"c"_s, 4321);
        QCOMPARE(a.size(), 10);
        QCOMPARE(b, a);
        QCOMPARE(c.size(), 10);
        QVERIFY(c != a);
    }

    void templateThatCannotBeRendered_failsTheConversationNamingTheTemplate()
    {
        Design::ProjectDesign design = baseDesign(m_server->url());
        design.generation.count = 2;
        design.generation.minTurns = design.generation.maxTurns = 2;
        // Valid, but with two messages of history it would write 2^8 copies of 100,000 characters, more than a
        // prompt may be: rendering gives up.
        design.templates.userTurn
            = u"FOLLOWUP "_s + u"{{#each history}}"_s.repeated(8) + QString(100'000, u'y') + u"{{/each}}"_s.repeated(8);
        QString error;
        QVERIFY2(createProject(projectPath(), design, &error), qPrintable(error));

        Session session(projectPath(), false);
        session.start();
        QVERIFY(waitForEnd(session));
        QCOMPARE(session.summary().outcome, RunOutcome::CompletedWithFailures);
        QCOMPARE(session.finished.size(), 2);
        for (const Session::Finished &f : std::as_const(session.finished)) {
            QCOMPARE(f.state, ConversationState::Failed);
            QVERIFY2(f.reason.contains(u"user_turn"_s), qPrintable(f.reason));
        }
        Reader reader(projectPath());
        QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE state = 'failed' AND failure LIKE "
                              "'%user_turn%'"_s),
                 2);
        // The first exchange stays; nothing was asked for the second.
        QCOMPARE(reader.count(u"SELECT count(*) FROM turns"_s), 4);
        QCOMPARE(m_models->chats.size(), 4);
    }

    void drift_movesGroundingBetweenChunksOfTheDocument()
    {
        Design::ProjectDesign design = baseDesign(m_server->url());
        design.generation.count = 4;
        design.generation.minTurns = design.generation.maxTurns = 3;
        design.generation.driftProbability = 1;
        const QList<Documents::ChunkSpan> chunks = Documents::chunkText(design.documents.at(0).text, design.chunking);
        QVERIFY(chunks.size() >= 4);
        QString error;
        QVERIFY2(createProject(projectPath(), design, &error), qPrintable(error));

        Session session(projectPath(), false);
        session.start();
        QVERIFY(waitForEnd(session));
        QCOMPARE(session.summary().outcome, RunOutcome::Completed);

        Reader reader(projectPath());
        const qint64 documentId = reader.value(u"SELECT id FROM documents"_s).toLongLong();
        const QString &text = design.documents.at(0).text;
        for (const QVariantList &c : reader.rows(u"SELECT id, chunk_index FROM conversations"_s)) {
            const auto rows = reader.rows(u"SELECT seq, document_id, chunk_index, system_prompt, content FROM turns "
                                          "WHERE conversation_id = ? ORDER BY seq"_s,
                                          {c.at(0)});
            QCOMPARE(rows.size(), 6);
            QCOMPARE(rows.at(0).at(2).toInt(), c.at(1).toInt());
            for (int exchange = 0; exchange < 3; ++exchange) {
                const QVariantList &question = rows.at(2 * exchange);
                const QVariantList &answer = rows.at(2 * exchange + 1);
                QCOMPARE(question.at(1).toLongLong(), documentId);
                QCOMPARE(answer.at(1).toLongLong(), documentId);
                QCOMPARE(answer.at(2).toInt(), question.at(2).toInt());
                if (exchange > 0)
                    QVERIFY(question.at(2).toInt() != rows.at(2 * exchange - 2).at(2).toInt());
                // The answer was written under the excerpt of its own chunk.
                const Documents::ChunkSpan span = chunks.at(answer.at(2).toInt());
                const QString excerpt = text.mid(span.start, span.length);
                QVERIFY(!answer.at(3).isNull());
                QVERIFY2(answer.at(3).toString().contains(excerpt), qPrintable(answer.at(3).toString()));
                QCOMPARE(m_models->systemByQuestion.value(question.at(4).toString()), answer.at(3).toString());
            }
        }
    }
};

QTEST_GUILESS_MAIN(GenerationEngineTest)
#include "generationengine_test.moc"

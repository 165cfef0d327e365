// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// "Regenerate from here" and "Branch": the engine continues conversations that curation truncated or
// branched, against scripted models, without touching anything else.
#include "design/projectspec.h"
#include "engine/generationengine.h"
#include "project/projectfile.h"
#include "scriptedserver/scriptedresponses.h"
#include "scriptedserver/scriptedserver.h"
#include "store/curationstore.h"
#include "store/designstore.h"
#include "support/scriptedprofile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Dialogsmith;
using namespace Dialogsmith::Engine;
using namespace Qt::StringLiterals;
using Dialogsmith::Store::ConversationState;
namespace Scripted = Dialogsmith::Test;

namespace {

constexpr int timeoutMs = 60000;
constexpr int exchanges = 3;

QString answerTo(const QString &question)
{
    return u"Answer to: "_s + question;
}

// Unique questions; answers that quote their question. Keeps every prompt it was sent.
struct FakeModels {
    QStringList prompts;
    int questions = 0;

    Scripted::Response operator()(const Scripted::Request &request)
    {
        const QJsonObject body = request.json();
        const QJsonArray messages = body.value(u"messages"_s).toArray();
        bool answer = false;
        for (const QJsonValue &m : messages)
            answer = answer || m[u"role"_s].toString() == u"system"_s;
        const QString prompt = messages.last()[u"content"_s].toString().trimmed();
        prompts.append(prompt);
        Scripted::StreamOptions options;
        options.model = body.value(u"model"_s).toString();
        const QString text = answer ? answerTo(prompt) : u"Question number %1?"_s.arg(++questions);
        QStringList pieces = text.split(u' ');
        for (qsizetype i = 1; i < pieces.size(); ++i)
            pieces[i].prepend(u' ');
        return Scripted::openAiStream(pieces, options);
    }
};

Design::ProjectDesign design(const QUrl &url)
{
    Design::ProjectDesign d;
    d.name = u"Continue test"_s;
    d.topics = {{u"Mechanics"_s, {}, 1, {}}, {u"Optics"_s, {}, 1, {}}, {u"Waves"_s, {}, 1, {}}};
    for (const auto &[name, side] : {std::pair {u"Mia"_s, Design::Side::User},
                                     {u"Tom"_s, Design::Side::User},
                                     {u"Dr. Okafor"_s, Design::Side::Assistant}}) {
        Design::Persona p;
        p.name = name;
        p.side = side;
        p.description = u"someone"_s;
        d.personas.append(p);
    }
    QString text;
    for (int i = 0; i < 10; ++i)
        text += u"Paragraph %1 says how energy moves between objects when a force does work.\n\n"_s.arg(i);
    d.documents = {{u"Notes"_s, u"notes.md"_s, text}};
    d.chunking = {200, 20};
    d.templates.system = u"SYSTEM You are {{assistant_persona.name}}."_s;
    d.templates.starter = u"STARTER {{user_persona.name}} asks about {{topic_path}}. {{chunk}}"_s;
    d.templates.userTurn = u"FOLLOWUP turn {{turn}}\n{{#each history}}{{role}}: {{content}}\n{{/each}}"_s;
    d.templates.assistantTurn = u"{{question}}"_s;
    d.providers = {Test::scriptedProfile(url, u"sim"_s, u"sim-model"_s)};
    d.generation.count = 4;
    d.generation.minTurns = exchanges;
    d.generation.maxTurns = exchanges;
    d.generation.groundingProbability = 1;
    d.generation.driftProbability = 0;
    d.generation.concurrency = 2;
    d.generation.seed = 5;
    return d;
}

struct Turn {
    qint64 id;
    int seq;
    QString role;
    QString content;
    QVariant chunk;
    friend bool operator==(const Turn &, const Turn &) = default;
};

// The engine on a thread of its own, as the studio runs it, and what it reported.
class EngineRunner final : public QObject
{
public:
    EngineRunner()
    {
        engine = new GenerationEngine();
        engine->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, engine, &QObject::deleteLater);
        m_thread.start();
        connect(engine, &GenerationEngine::runStarted, this, [this](const RunProgress &p, bool) { started.append(p); });
        connect(engine, &GenerationEngine::conversationStarted, this,
                [this](const ConversationInfo &info) { conversations.append(info); });
        connect(engine, &GenerationEngine::turnStarted, this,
                [this](int planIndex, int, Llm::Role) { turnStartedFor.insert(planIndex); });
        connect(engine, &GenerationEngine::turnCompleted, this, [this](const TurnInfo &t) { turns.append(t); });
        connect(engine, &GenerationEngine::conversationFinished, this,
                [this](qint64 id, int, ConversationState state, const QString &) { finished.insert(id, state); });
        connect(engine, &GenerationEngine::runFinished, this,
                [this](const RunSummary &summary) { summaries.append(summary); });
    }
    ~EngineRunner() override
    {
        m_thread.quit();
        m_thread.wait();
    }

    bool start(const QString &path)
    {
        summaries.clear();
        QMetaObject::invokeMethod(engine, [this, path] { engine->start(path, {}); }, Qt::QueuedConnection);
        return QTest::qWaitFor([this] { return !summaries.isEmpty(); }, timeoutMs);
    }
    bool continueConversations(const QString &path, const QList<qint64> &ids)
    {
        summaries.clear();
        QMetaObject::invokeMethod(
            engine, [this, path, ids] { engine->continueConversations(path, ids); }, Qt::QueuedConnection);
        return QTest::qWaitFor([this] { return !summaries.isEmpty(); }, timeoutMs);
    }

    GenerationEngine *engine = nullptr;
    QList<RunProgress> started;
    QList<ConversationInfo> conversations;
    QSet<int> turnStartedFor;
    QList<TurnInfo> turns;
    QHash<qint64, ConversationState> finished;
    QList<RunSummary> summaries;

private:
    QThread m_thread;
};

} // namespace

class ContinueConversationsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Scripted::ScriptedServer> m_server;
    std::shared_ptr<FakeModels> m_models;
    std::unique_ptr<ProjectFile> m_project; ///< the test's own connection, as the studio has one
    QString m_path;

    QSqlDatabase db() const { return m_project->database(); }

    QList<Turn> turnsOf(qint64 conversationId) const
    {
        QSqlQuery q(db());
        q.prepare(u"SELECT id, seq, role, content, chunk_index FROM turns WHERE conversation_id = ? ORDER BY seq"_s);
        q.addBindValue(conversationId);
        QList<Turn> turns;
        if (!q.exec())
            return turns;
        while (q.next())
            turns.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4)});
        return turns;
    }

    QList<qint64> conversationIds() const
    {
        QString error;
        return Store::CurationStore(db()).conversationIds(&error).value_or(QList<qint64> {});
    }

    QVariant value(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

    // Seqs from 0 without a gap, user and assistant in turn, each answer answering its question, and as
    // many exchanges as planned.
    static QString problemsOf(const QList<Turn> &turns)
    {
        if (turns.size() != 2 * exchanges)
            return u"%1 messages instead of %2"_s.arg(turns.size()).arg(2 * exchanges);
        for (int i = 0; i < turns.size(); ++i) {
            if (turns.at(i).seq != i)
                return u"message %1 has seq %2"_s.arg(i).arg(turns.at(i).seq);
            if (turns.at(i).role != (i % 2 ? u"assistant"_s : u"user"_s))
                return u"message %1 is from %2"_s.arg(i).arg(turns.at(i).role);
            if (i % 2 && turns.at(i).content != answerTo(turns.at(i - 1).content))
                return u"message %1 answers something else: %2"_s.arg(i).arg(turns.at(i).content);
        }
        return {};
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
        m_path = m_dir->filePath(u"continue.dialogsmith"_s);
        QString error;
        const Design::ProjectDesign d = design(m_server->url());
        QVERIFY2(Design::ProjectSpec::check(d).isEmpty(), qPrintable(Design::ProjectSpec::check(d).join(u'\n')));
        {
            auto project = ProjectFile::create(m_path, &error);
            QVERIFY2(project && Store::DesignStore(project->database()).save(d, &error), qPrintable(error));
        }
        EngineRunner first;
        QVERIFY(first.start(m_path));
        QCOMPARE(first.summaries.constFirst().outcome, RunOutcome::Completed);
        m_project = ProjectFile::open(m_path, &error);
        QVERIFY2(m_project, qPrintable(error));
        QCOMPARE(conversationIds().size(), 4);
        m_models->prompts.clear();
    }

    void cleanup()
    {
        m_project.reset();
        m_server.reset();
        m_dir.reset();
    }

    void truncated_isRegeneratedToItsPlannedLength_andNothingElseChanges()
    {
        const QList<qint64> ids = conversationIds();
        const qint64 target = ids.at(1);
        QHash<qint64, QList<Turn>> before;
        for (qint64 id : ids)
            before.insert(id, turnsOf(id));
        QString error;
        Store::CurationStore curation(db());
        QVERIFY2(curation.truncate(target, 2, &error), qPrintable(error)); // keeps question, answer, question

        EngineRunner engine;
        QVERIFY(engine.continueConversations(m_path, {target}));
        const RunSummary summary = engine.summaries.constFirst();
        QVERIFY2(summary.outcome == RunOutcome::Completed, qPrintable(summary.reason));
        QCOMPARE(summary.progress.planned, 1);
        QCOMPARE(summary.progress.complete, 1);
        QCOMPARE(engine.finished.value(target), ConversationState::Complete);
        QCOMPARE(engine.conversations.size(), 1);
        QCOMPARE(engine.conversations.constFirst().conversationId, target);
        QCOMPARE(engine.conversations.constFirst().completedMessages, 3);

        const QList<Turn> after = turnsOf(target);
        QCOMPARE(problemsOf(after), QString());
        QCOMPARE(after.mid(0, 3), before.value(target).mid(0, 3)); // kept as they were, same rows
        QVERIFY(after.at(3).content != before.value(target).at(3).content
                || after.at(3).id != before.value(target).at(3).id);
        // Three new messages were asked for: the answer to the kept question, then a whole exchange.
        QCOMPARE(engine.turns.size(), 3);
        QCOMPARE(m_models->prompts.size(), 3);
        QCOMPARE(m_models->prompts.constFirst(), before.value(target).at(2).content);
        QVERIFY2(m_models->prompts.at(1).contains(before.value(target).at(0).content),
                 qPrintable(m_models->prompts.at(1)));
        // The original draw: every message stays on the conversation's chunk.
        for (const Turn &t : after)
            QCOMPARE(t.chunk, before.value(target).constFirst().chunk);

        for (qint64 id : ids) {
            if (id != target)
                QCOMPARE(turnsOf(id), before.value(id));
        }
        QCOMPARE(value(u"SELECT count(*) FROM runs"_s).toInt(), 1);
        QCOMPARE(value(u"SELECT state FROM runs"_s).toString(), u"complete"_s);
        QCOMPARE(value(u"SELECT count(*) FROM conversations WHERE state = 'complete'"_s).toInt(), 4);
        QCOMPARE(
            value(u"SELECT count(*) FROM (SELECT 1 FROM turns GROUP BY conversation_id, seq HAVING count(*) > 1)"_s)
                .toInt(),
            0);
    }

    void branch_isContinuedAsAnAlternative_andTheOriginalStays()
    {
        const QList<qint64> ids = conversationIds();
        const qint64 origin = ids.at(2);
        const QList<Turn> original = turnsOf(origin);
        QString error;
        Store::CurationStore curation(db());
        const auto branch = curation.branch(origin, 1, &error);
        QVERIFY2(branch, qPrintable(error));

        EngineRunner engine;
        QVERIFY(engine.continueConversations(m_path, {*branch}));
        const RunSummary summary = engine.summaries.constFirst();
        QVERIFY2(summary.outcome == RunOutcome::Completed, qPrintable(summary.reason));
        // Events name the branch by its own (negative) plan_index, not its origin's.
        QCOMPARE(engine.turnStartedFor, QSet<int> {-1});

        const QList<Turn> alternative = turnsOf(*branch);
        QCOMPARE(problemsOf(alternative), QString());
        QCOMPARE(alternative.at(0).content, original.at(0).content);
        QCOMPARE(alternative.at(1).content, original.at(1).content);
        QVERIFY(alternative.at(0).id != original.at(0).id);
        QVERIFY(alternative.at(2).content != original.at(2).content);
        QCOMPARE(alternative.at(4).chunk, original.at(4).chunk);
        QCOMPARE(turnsOf(origin), original);
        const auto stored = curation.conversation(*branch, &error);
        QCOMPARE(stored->state, ConversationState::Complete);
        QCOMPARE(stored->parentId, origin);
        QCOMPARE(value(u"SELECT count(*) FROM conversations"_s).toInt(), 5);
    }

    void truncatedAndBranch_together_andAfterADeletedMessage_noSeqIsWrittenTwice()
    {
        const QList<qint64> ids = conversationIds();
        QString error;
        Store::CurationStore curation(db());
        // A person deleted the first answer, then asked to regenerate from the fifth message.
        const QList<Turn> before = turnsOf(ids.at(0));
        QVERIFY(curation.deleteTurn(before.at(1).id, &error));
        QVERIFY(curation.truncate(ids.at(0), 3, &error));
        const auto branch = curation.branch(ids.at(3), -1, &error);
        QVERIFY2(branch, qPrintable(error));

        EngineRunner engine;
        QVERIFY(engine.continueConversations(m_path, {ids.at(0), *branch}));
        QVERIFY2(engine.summaries.constFirst().outcome == RunOutcome::Completed,
                 qPrintable(engine.summaries.constFirst().reason));
        QCOMPARE(engine.finished.size(), 2);

        const QList<Turn> after = turnsOf(ids.at(0));
        QList<int> seqs;
        for (const Turn &t : after)
            seqs.append(t.seq);
        QCOMPARE(seqs, (QList<int> {0, 2, 3, 4, 5}));
        QCOMPARE(after.at(3).role, u"user"_s); // a question follows the kept answer
        QCOMPARE(after.at(4).content, answerTo(after.at(3).content));
        QCOMPARE(problemsOf(turnsOf(*branch)), QString());
    }

    void continuing_aCompleteOrUnknownConversation_failsNamingIt()
    {
        const qint64 id = conversationIds().constFirst();
        EngineRunner engine;
        QVERIFY(engine.continueConversations(m_path, {id}));
        QCOMPARE(engine.summaries.constFirst().outcome, RunOutcome::Failed);
        QVERIFY2(engine.summaries.constFirst().reason.contains(u"not waiting to be continued"_s),
                 qPrintable(engine.summaries.constFirst().reason));
        QVERIFY(engine.continueConversations(m_path, {987654}));
        QCOMPARE(engine.summaries.constFirst().outcome, RunOutcome::Failed);
        QVERIFY2(engine.summaries.constFirst().reason.contains(u"987654"_s),
                 qPrintable(engine.summaries.constFirst().reason));
        QCOMPARE(m_models->prompts.size(), 0);
    }

    void resumingTheRun_leavesAnUncontinuedBranchAlone()
    {
        const QList<qint64> ids = conversationIds();
        QString error;
        const auto branch = Store::CurationStore(db()).branch(ids.at(0), 1, &error);
        QVERIFY(branch);
        QSqlQuery(db()).exec(u"UPDATE runs SET state = 'interrupted'"_s);

        EngineRunner engine;
        QVERIFY(engine.start(m_path));
        const RunSummary summary = engine.summaries.constFirst();
        QVERIFY2(summary.outcome == RunOutcome::Completed, qPrintable(summary.reason));
        QCOMPARE(summary.progress.complete, 4);
        QCOMPARE(summary.progress.planned, 4);
        QCOMPARE(m_models->prompts.size(), 0);
        QCOMPARE(turnsOf(*branch).size(), 2);
        QCOMPARE(value(u"SELECT state FROM conversations WHERE parent_id IS NOT NULL"_s).toString(), u"running"_s);
    }
};

QTEST_GUILESS_MAIN(ContinueConversationsTest)
#include "continueconversations_test.moc"

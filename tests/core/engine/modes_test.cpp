// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "documents/chunker.h"
#include "engine/generationengine.h"
#include "enginetestsupport.h"
#include "scriptedserver/scriptedresponses.h"
#include "scriptedserver/scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dialogsmith;
using namespace Dialogsmith::Engine;
using namespace Dialogsmith::EngineTest;
using namespace Qt::StringLiterals;
using Dialogsmith::Store::ConversationState;
namespace Scripted = Dialogsmith::Test;

namespace {

constexpr int runTimeoutMs = 60000;

// A request as a fake model sees it. The templates below start with a word that names their step, so the
// fake models answer each step the way a test needs.
struct Call {
    QString step; ///< INSTRUCTION, EVOL, KQUESTION, FAITH, RANK, QUERIES, NEGCHECK, or ANSWER (a system prompt)
    QString prompt; ///< the last message
    QString system;
    QString model;
    std::optional<double> temperature;
    int index = 0;
    int messages = 0; ///< the request's messages besides the system prompt

    static Call read(const Scripted::Request &request)
    {
        Call call;
        const QJsonObject body = request.json();
        call.model = body.value(u"model"_s).toString();
        if (body.contains(u"temperature"_s))
            call.temperature = body.value(u"temperature"_s).toDouble();
        call.index = request.index;
        const QJsonArray messages = body.value(u"messages"_s).toArray();
        for (const QJsonValue &m : messages) {
            if (m[u"role"_s].toString() == u"system"_s)
                call.system = m[u"content"_s].toString();
            else
                ++call.messages;
        }
        call.prompt = messages.isEmpty() ? QString() : messages.last()[u"content"_s].toString().trimmed();
        call.step = call.system.isEmpty() ? call.prompt.section(u' ', 0, 0).section(u'\n', 0, 0) : u"ANSWER"_s;
        return call;
    }

    /// The text between `open` and `close` in the prompt.
    QString between(const QString &open, const QString &close) const
    {
        const qsizetype from = prompt.indexOf(open);
        if (from < 0)
            return {};
        const qsizetype start = from + open.size();
        const qsizetype end = prompt.indexOf(close, start);
        return end < 0 ? QString() : prompt.mid(start, end - start);
    }
};

Scripted::Response reply(const QString &text, const Call &call, int latencyMs = 0)
{
    QStringList pieces;
    const QStringList words = text.split(u' ');
    for (qsizetype i = 0; i < words.size(); ++i)
        pieces.append(i == 0 ? words.at(i) : u' ' + words.at(i));
    Scripted::StreamOptions options;
    options.model = call.model;
    options.latencyMs = latencyMs;
    return Scripted::openAiStream(text.isEmpty() ? QStringList() : pieces, options);
}

QString answerTo(const QString &question)
{
    return u"Answer to: "_s + question;
}

// Fake models: each step answered by a function the test may replace; every request kept.
struct FakeModels {
    QList<Call> calls;
    /// A reply of the test's own for a call; none: the default.
    std::function<std::optional<QString>(const Call &)> override;
    int latencyMs = 0;
    std::function<int(const Call &)> latency; ///< per call, when set

    Scripted::Response operator()(const Scripted::Request &request)
    {
        const Call call = Call::read(request);
        calls.append(call);
        const int delay = latency ? latency(call) : latencyMs;
        if (override) {
            if (auto text = override(call))
                return reply(*text, call, delay);
        }
        return reply(defaultReply(call), call, delay);
    }

    static QString defaultReply(const Call &call)
    {
        if (call.step == u"ANSWER")
            return answerTo(call.prompt);
        if (call.step == u"INSTRUCTION")
            return u"Explain the idea of request %1 in three short steps."_s.arg(call.index);
        if (call.step == u"EVOL")
            return call.between(u"<<"_s, u">>"_s) + u" Step for generation %1."_s.arg(call.between(u"gen "_s, u" "_s));
        if (call.step == u"KQUESTION")
            return u"What does excerpt %1 say about energy?"_s.arg(call.index);
        if (call.step == u"FAITH")
            return u"{\"faithful\": true, \"reason\": \"Every claim is in the source.\"}"_s;
        if (call.step == u"QUERIES") {
            // Queries of their own for each request: the fake judge tells anchors apart by them.
            return u"[\"energy force work q%1\", \"how does a force move energy q%1\"]"_s.arg(call.index);
        }
        if (call.step == u"NEGCHECK")
            return u"{\"answers\": false, \"reason\": \"It is about something else.\"}"_s;
        if (call.step == u"RANK")
            return u"{\"ranking\": [1, 2], \"reason\": \"The first is clearer.\"}"_s;
        if (call.step == u"STARTER")
            return u"How does a lever work, question %1?"_s.arg(call.index);
        if (call.step == u"FOLLOWUP")
            return u"And a pulley, question %1?"_s.arg(call.index);
        return u"Unexpected step %1"_s.arg(call.step);
    }

    QList<Call> of(const QString &step) const
    {
        QList<Call> result;
        for (const Call &c : calls) {
            if (c.step == step)
                result.append(c);
        }
        return result;
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

QString energyText()
{
    QString text;
    for (int i = 0; i < 12; ++i)
        text += u"Paragraph %1 explains how energy moves between objects when a force does work on them.\n\n"_s.arg(i);
    return text;
}

QString opticsText()
{
    QString text;
    for (int i = 0; i < 4; ++i)
        text += u"Section %1 tells how lenses bend light rays toward a focal point behind the glass.\n\n"_s.arg(i);
    return text;
}

const QStringList seeds {u"Explain how a lever lifts a heavy stone."_s, u"Describe the water cycle for a child."_s,
                         u"List three uses of a pulley on a farm."_s, u"Compare kinetic and potential energy."_s,
                         u"Summarise Newton's second law in plain words."_s};

Design::ProjectDesign modeDesign(const QUrl &url, Design::Mode mode)
{
    Design::ProjectDesign d;
    d.name = u"Modes test"_s;
    d.topics = {{u"Mechanics"_s, u"Forces and motion."_s, 1, {}}};
    d.personas = {persona(u"Mia"_s, Design::Side::User), persona(u"Dr. Okafor"_s, Design::Side::Assistant)};
    d.documents
        = {{u"Notes on energy"_s, u"energy.md"_s, energyText()}, {u"Notes on optics"_s, u"optics.md"_s, opticsText()}};
    d.chunking = {200, 20};
    d.templates = Design::PromptTemplates::defaults();
    d.templates.system = u"SYSTEM You are {{assistant_persona.name}}.{{#if chunk}} Excerpt: <<{{chunk}}>>{{/if}}"_s;
    d.templates.assistantTurn = u"{{question}}"_s;
    d.templates.instruction = u"INSTRUCTION seeds:{{#each seeds}} [{{this}}]{{/each}}"_s;
    d.templates.evol = u"EVOL gen {{generation}} dir{{#if direction.constraints}} constraints{{/if}}"
                       "{{#if direction.deepen}} deepen{{/if}}{{#if direction.concretise}} concretise{{/if}}"
                       "{{#if direction.reasoning}} reasoning{{/if}}{{#if direction.breadth}} breadth{{/if}}"
                       " <<{{instruction}}>>"_s;
    d.templates.knowledgeQuestion = u"KQUESTION <<{{chunk}}>>"_s;
    d.templates.faithfulness = u"FAITH <<{{chunk}}>> Q: {{question}} A: {{answer}}"_s;
    d.templates.preferenceJudge = u"RANK {{question}}{{#each responses}} <<{{content}}>>{{/each}}"_s;
    d.templates.embeddingQueries = u"QUERIES {{count}} <<{{chunk}}>>"_s;
    d.templates.negativeCheck = u"NEGCHECK {{query}} <<{{chunk}}>>"_s;
    d.providers = {profile(u"sim"_s, url, u"sim-model"_s), profile(u"alt"_s, url, u"alt-model"_s),
                   profile(u"judge"_s, url, u"judge-model"_s)};
    d.generation.mode = mode;
    d.generation.count = 4;
    d.generation.minTurns = d.generation.maxTurns = 1;
    d.generation.groundingProbability = 0;
    d.generation.driftProbability = 0;
    d.generation.userProfile = u"sim"_s;
    d.generation.assistantProfile = u"sim"_s;
    d.generation.concurrency = 3;
    d.generation.seed = 5;
    d.modes.seeds = seeds;
    d.modes.seedsPerPrompt = 2;
    d.modes.judgeProfile = u"judge"_s;
    return d;
}

QList<Documents::ChunkSpan> chunksOf(const Design::ProjectDesign &design, int document)
{
    return Documents::chunkText(design.documents.at(document).text, design.chunking);
}

QString chunkText(const Design::ProjectDesign &design, int document, int chunk)
{
    const Documents::ChunkSpan span = chunksOf(design, document).at(chunk);
    return design.documents.at(document).text.mid(span.start, span.length);
}

struct Row {
    qint64 id = 0;
    int planIndex = 0;
    QString mode;
    QString state;
    QString failure;
    QJsonObject details;
    QVariant documentId;
    QVariant chunkIndex;
};

QList<Row> conversations(const Reader &reader, const QString &where = u"1"_s)
{
    QList<Row> result;
    for (const QVariantList &r : reader.rows(u"SELECT id, plan_index, mode, state, failure, details, document_id, "
                                             "chunk_index FROM conversations WHERE "_s
                                             + where + u" ORDER BY plan_index"_s)) {
        result.append({r.at(0).toLongLong(), r.at(1).toInt(), r.at(2).toString(), r.at(3).toString(),
                       r.at(4).toString(), QJsonDocument::fromJson(r.at(5).toString().toUtf8()).object(), r.at(6),
                       r.at(7)});
    }
    return result;
}

struct Turn {
    int seq = 0;
    QString role;
    QString content;
    QString step; ///< the template's step it came from
    QString profile;
    QString model;
    QJsonObject params;
    QString finishReason;
    QVariant documentId;
    QVariant chunkIndex;
    QString systemStep;
};

QList<Turn> turnsOf(const Reader &reader, qint64 conversationId)
{
    QList<Turn> result;
    for (const QVariantList &r : reader.rows(
             u"SELECT t.seq, t.role, t.content, (SELECT step FROM templates WHERE version = t.template_version), "
             "t.profile, t.model, t.params, t.finish_reason, t.document_id, t.chunk_index, "
             "(SELECT step FROM templates WHERE version = t.system_version) FROM turns t WHERE t.conversation_id = ? "
             "ORDER BY t.seq"_s,
             {conversationId})) {
        result.append({r.at(0).toInt(), r.at(1).toString(), r.at(2).toString(), r.at(3).toString(), r.at(4).toString(),
                       r.at(5).toString(), QJsonDocument::fromJson(r.at(6).toString().toUtf8()).object(),
                       r.at(7).toString(), r.at(8), r.at(9), r.at(10).toString()});
    }
    return result;
}

} // namespace

// Each generation mode against scripted fake models: what each stores, with its provenance, and the rules by
// which it keeps, drops or retries a sample (docs/modes.md).
class ModesTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Scripted::ScriptedServer> m_server;
    std::shared_ptr<FakeModels> m_models;

    QString projectPath() const { return m_dir->filePath(u"project.dialogsmith"_s); }

    static bool waitForEnd(Session &session)
    {
        return QTest::qWaitFor([&] { return !session.summaries.isEmpty(); }, runTimeoutMs);
    }

    bool makeProject(const Design::ProjectDesign &design) const
    {
        QString error;
        if (!createProject(projectPath(), design, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    // Runs the project to its end; the session's summary says how it ended.
    static bool runDesign(Session &session, const RunOptions &options = {})
    {
        session.start(options);
        return waitForEnd(session);
    }

    // `count` conversations of two exchanges, grounded in chunks, for the preference mode to answer again.
    Design::ProjectDesign conversationsDesign(int count) const
    {
        Design::ProjectDesign design = modeDesign(m_server->url(), Design::Mode::Conversation);
        design.generation.count = count;
        design.generation.minTurns = design.generation.maxTurns = 2;
        design.generation.groundingProbability = 1;
        design.templates.starter = u"STARTER {{topic}}"_s;
        design.templates.userTurn = u"FOLLOWUP {{#each history}}[{{content}}]{{/each}}"_s;
        return design;
    }

    bool runToCompletion() const
    {
        Session session(projectPath(), false);
        return runDesign(session) && session.summary().outcome == RunOutcome::Completed;
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
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    // --- instruction ---

    void instruction_makesPairs_fromTheSeedsEachPromptShows()
    {
        Design::ProjectDesign design = modeDesign(m_server->url(), Design::Mode::Instruction);
        design.generation.count = 6;
        QVERIFY(makeProject(design));
        Session session(projectPath(), true);
        QVERIFY(runDesign(session));
        QCOMPARE(session.summary().outcome, RunOutcome::Completed);
        QVERIFY2(session.problems.isEmpty(), qPrintable(session.problems.join(u'\n')));

        Reader reader(projectPath());
        QHash<QString, QString> promptOf; // instruction -> the prompt that asked for it
        const QList<Call> asked = m_models->of(u"INSTRUCTION"_s);
        QCOMPARE(asked.size(), 6);
        for (const Call &c : asked)
            promptOf.insert(FakeModels::defaultReply(c), c.prompt);
        const QList<Row> rows = conversations(reader);
        QCOMPARE(rows.size(), 6);
        QSet<QList<int>> shownSets;
        for (const Row &row : rows) {
            QCOMPARE(row.mode, u"instruction"_s);
            QCOMPARE(row.state, u"complete"_s);
            const QList<Turn> turns = turnsOf(reader, row.id);
            QCOMPARE(turns.size(), 2);
            QCOMPARE(turns.at(0).role, u"user"_s);
            QCOMPARE(turns.at(0).step, u"instruction"_s);
            QCOMPARE(turns.at(0).profile, u"sim"_s);
            QCOMPARE(turns.at(1).role, u"assistant"_s);
            QCOMPARE(turns.at(1).step, u"assistant_turn"_s);
            QCOMPARE(turns.at(1).systemStep, u"system"_s);
            QCOMPARE(turns.at(1).content, answerTo(turns.at(0).content));
            // The seeds recorded are the ones the prompt showed, and only those.
            const QJsonArray shown = row.details.value(u"seeds"_s).toArray();
            QCOMPARE(shown.size(), 2);
            const QString prompt = promptOf.value(turns.at(0).content);
            QVERIFY(!prompt.isEmpty());
            QList<int> set;
            for (int i = 0; i < seeds.size(); ++i) {
                const bool recorded = shown.contains(QJsonValue(i));
                QCOMPARE(prompt.contains(u'[' + seeds.at(i) + u']'), recorded);
                if (recorded)
                    set.append(i);
            }
            QCOMPARE(set.size(), 2);
            shownSets.insert(set);
        }
        // Each prompt draws its own examples.
        QVERIFY(shownSets.size() > 1);
        QCOMPARE(m_models->of(u"ANSWER"_s).size(), 6);
    }

    void instruction_badInstruction_isDroppedBeforeItCostsAResponse_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("refusal") << u"refusal"_s << u"refusal"_s;
        QTest::newRow("copy of a seed") << u"copy"_s << u"copies the instruction"_s;
        QTest::newRow("too short") << u"short"_s << u"shorter than 3 word"_s;
    }

    void instruction_badInstruction_isDroppedBeforeItCostsAResponse()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        Design::ProjectDesign design = modeDesign(m_server->url(), Design::Mode::Instruction);
        design.generation.count = 4;
        // Every other request is a bad instruction.
        m_models->override = [kind](const Call &c) -> std::optional<QString> {
            if (c.step != u"INSTRUCTION" || c.index % 2 == 1)
                return std::nullopt;
            if (kind == u"refusal")
                return u"I cannot assist with writing instructions today."_s;
            if (kind == u"copy")
                return u"Instruction: "_s + c.between(u"["_s, u"]"_s);
            return u"Levers?"_s;
        };
        QVERIFY(makeProject(design));
        Session session(projectPath(), false);
        QVERIFY(runDesign(session));
        QCOMPARE(session.summary().outcome, RunOutcome::Completed);
        Reader reader(projectPath());
        const int bad = int(std::count_if(m_models->calls.cbegin(), m_models->calls.cend(),
                                          [](const Call &c) { return c.step == u"INSTRUCTION" && c.index % 2 == 0; }));
        QVERIFY(bad >= 1);
        const QList<Row> dropped = conversations(reader, u"state = 'dropped'"_s);
        QCOMPARE(dropped.size(), bad);
        QCOMPARE(session.summary().progress.dropped, bad);
        for (const Row &row : dropped) {
            QVERIFY2(row.failure.contains(reason), qPrintable(row.failure));
            const QList<Turn> turns = turnsOf(reader, row.id);
            QCOMPARE(turns.size(), 1);
            QCOMPARE(turns.at(0).role, u"user"_s);
        }
        QCOMPARE(conversations(reader, u"state = 'complete'"_s).size(), 4 - bad);
        // No response was asked for a dropped instruction.
        QCOMPARE(m_models->of(u"ANSWER"_s).size(), 4 - bad);
        for (const Call &answer : m_models->of(u"ANSWER"_s))
            QVERIFY2(answer.prompt.startsWith(u"Explain the idea"_s), qPrintable(answer.prompt));
    }

    // --- evol ---

    void evol_evolvesEachInstructionOverItsGenerations()
    {
        Design::ProjectDesign design = modeDesign(m_server->url(), Design::Mode::Evol);
        design.generation.count = 2;
        design.modes.seeds = seeds.mid(0, 2);
        design.modes.evolGenerations = 3;
        design.modes.evolDirections = {Design::EvolDirection::Deepen, Design::EvolDirection::Breadth};
        QVERIFY(makeProject(design));
        Session session(projectPath(), true);
        QVERIFY(runDesign(session));
        QCOMPARE(session.summary().outcome, RunOutcome::Completed);
        QCOMPARE(session.summary().progress.planned, 6);

        Reader reader(projectPath());
        const QList<Row> rows = conversations(reader);
        QCOMPARE(rows.size(), 6);
        QHash<int, QString> instructionOf;
        QSet<QString> directions;
        for (const Row &row : rows) {
            QCOMPARE(row.mode, u"evol"_s);
            QCOMPARE(row.state, u"complete"_s);
            const QList<Turn> turns = turnsOf(reader, row.id);
            QCOMPARE(turns.size(), 2);
            QCOMPARE(turns.at(0).step, u"evol"_s);
            QCOMPARE(turns.at(1).step, u"assistant_turn"_s);
            QCOMPARE(turns.at(1).content, answerTo(turns.at(0).content));
            instructionOf.insert(row.planIndex, turns.at(0).content);
            const int generation = row.planIndex / 2 + 1;
            QCOMPARE(row.details.value(u"generation"_s).toInt(), generation);
            const QString parent = row.details.value(u"parent"_s).toString();
            if (generation == 1) {
                QCOMPARE(parent, seeds.at(row.planIndex));
                QVERIFY(!row.details.contains(u"parent_index"_s));
            } else {
                // Generation 2 evolves what generation 1 made, and so on.
                QCOMPARE(row.details.value(u"parent_index"_s).toInt(), row.planIndex - 2);
                QCOMPARE(parent, instructionOf.value(row.planIndex - 2));
            }
            QCOMPARE(turns.at(0).content, parent + u" Step for generation %1."_s.arg(generation));
            directions.insert(row.details.value(u"direction"_s).toString());
        }
        // Only the chosen directions, and the prompt asked for the one recorded.
        QVERIFY(directions.size() >= 1);
        for (const QString &d : directions)
            QVERIFY2(d == u"deepen"_s || d == u"breadth"_s, qPrintable(d));
        for (const Call &c : m_models->of(u"EVOL"_s)) {
            const QString asked = c.between(u"dir "_s, u" <<"_s);
            QVERIFY2(asked == u"deepen"_s || asked == u"breadth"_s, qPrintable(c.prompt));
        }
    }

    void evol_failedEvolution_isDroppedWithItsReason_andItsChildEvolvesTheParent_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("direction");
        QTest::addColumn<QString>("reason"); ///< empty: not dropped
        const int deepen = int(Design::EvolDirection::Deepen);
        const int breadth = int(Design::EvolDirection::Breadth);
        QTest::newRow("copy") << u"copy"_s << deepen << u"copies its parent"_s;
        QTest::newRow("refusal") << u"refusal"_s << deepen << u"refusal"_s;
        QTest::newRow("shorter in depth") << u"shorter"_s << deepen << u"shorter than its parent"_s;
        QTest::newRow("shorter in breadth is kept") << u"shorter"_s << breadth << QString();
        QTest::newRow("answer refuses") << u"answer"_s << deepen << u"its answer is a refusal"_s;
    }

    void evol_failedEvolution_isDroppedWithItsReason_andItsChildEvolvesTheParent()
    {
        QFETCH(QString, kind);
        QFETCH(int, direction);
        QFETCH(QString, reason);
        Design::ProjectDesign design = modeDesign(m_server->url(), Design::Mode::Evol);
        design.generation.count = 2;
        design.modes.seeds = seeds.mid(0, 2);
        design.modes.evolGenerations = 2;
        design.modes.evolDirections = {Design::EvolDirection(direction)};
        const QString seed = seeds.at(0);
        const QString evolved = seed + u" Step for generation 1."_s;
        // Sample 0 (generation 1, from the first seed) fails as the row says.
        m_models->override = [kind, seed, evolved](const Call &c) -> std::optional<QString> {
            if (c.step == u"EVOL" && c.between(u"<<"_s, u">>"_s) == seed && c.prompt.startsWith(u"EVOL gen 1"_s)) {
                if (kind == u"copy")
                    return seed;
                if (kind == u"refusal")
                    return u"I cannot assist with rewriting this instruction."_s;
                if (kind == u"shorter")
                    return u"Explain pulleys and levers."_s;
            }
            if (kind == u"answer" && c.step == u"ANSWER" && c.prompt == evolved)
                return u"I cannot assist with that request."_s;
            return std::nullopt;
        };
        QVERIFY(makeProject(design));
        Session session(projectPath(), false);
        QVERIFY(runDesign(session));
        QCOMPARE(session.summary().outcome, RunOutcome::Completed);

        Reader reader(projectPath());
        const QList<Row> rows = conversations(reader);
        QCOMPARE(rows.size(), 4);
        const Row &first = rows.at(0);
        const Row &child = rows.at(2);
        QCOMPARE(first.details.value(u"direction"_s).toString(),
                 Design::evolDirectionName(Design::EvolDirection(direction)));
        if (reason.isEmpty()) {
            QCOMPARE(first.state, u"complete"_s);
            QCOMPARE(child.details.value(u"parent"_s).toString(), u"Explain pulleys and levers."_s);
        } else {
            QCOMPARE(first.state, u"dropped"_s);
            QVERIFY2(first.failure.contains(reason), qPrintable(first.failure));
            QVERIFY2(first.failure.startsWith(u"The evolution was dropped"_s), qPrintable(first.failure));
            // The next generation evolves the dropped one's parent again.
            QCOMPARE(child.details.value(u"parent"_s).toString(), seed);
            QCOMPARE(child.state, u"complete"_s);
            // A dropped evolution is answered only when its answer is what failed.
            QCOMPARE(turnsOf(reader, first.id).size(), kind == u"answer" ? 2 : 1);
        }
        QCOMPARE(rows.at(1).state, u"complete"_s);
        QCOMPARE(rows.at(3).state, u"complete"_s);
    }

    // --- knowledge-qa ---

    void knowledgeQa_walksTheChunks_andChecksFaithfulness()
    {
        Design::ProjectDesign design = modeDesign(m_server->url(), Design::Mode::KnowledgeQa);
        const int energyChunks = int(chunksOf(design, 0).size());
        const int opticsChunks = int(chunksOf(design, 1).size());
        QVERIFY(energyChunks >= 3);
        design.generation.count = energyChunks + opticsChunks;
        const QString unfaithful = chunkText(design, 0, 1);
        const QString unreadable = chunkText(design, 0, 2);
        m_models->override = [unfaithful, unreadable](const Call &c) -> std::optional<QString> {
            if (c.step != u"FAITH")
                return std::nullopt;
            const QString chunk = c.between(u"<<"_s, u">>"_s);
            if (chunk == unfaithful)
                return u"```json\n{\"faithful\": false, \"reason\": \"It invents a date.\"}\n```"_s;
            if (chunk == unreadable)
                return u"I think the answer is fine."_s;
            return std::nullopt;
        };
        QVERIFY(makeProject(design));
        Session session(projectPath(), true);
        QVERIFY(runDesign(session));
        QCOMPARE(session.summary().outcome, RunOutcome::CompletedWithFailures);

        Reader reader(projectPath());
        const qint64 energyId
            = reader.value(u"SELECT id FROM documents WHERE title = 'Notes on energy'"_s).toLongLong();
        const qint64 opticsId
            = reader.value(u"SELECT id FROM documents WHERE title = 'Notes on optics'"_s).toLongLong();
        const QList<Row> rows = conversations(reader);
        QCOMPARE(rows.size(), energyChunks + opticsChunks);
        for (const Row &row : rows) {
            QCOMPARE(row.mode, u"knowledge-qa"_s);
            // The samples walk the chunks in order, document by document.
            const bool energy = row.planIndex < energyChunks;
            const int chunk = energy ? row.planIndex : row.planIndex - energyChunks;
            QCOMPARE(row.documentId.toLongLong(), energy ? energyId : opticsId);
            QCOMPARE(row.chunkIndex.toInt(), chunk);
            const QList<Turn> turns = turnsOf(reader, row.id);
            QCOMPARE(turns.size(), 2);
            QCOMPARE(turns.at(0).step, u"knowledge_question"_s);
            QCOMPARE(turns.at(1).step, u"assistant_turn"_s);
            for (const Turn &t : turns) {
                QCOMPARE(t.documentId.toLongLong(), row.documentId.toLongLong());
                QCOMPARE(t.chunkIndex.toInt(), chunk);
            }
            const auto judgments
                = reader.rows(u"SELECT j.verdict, j.reason, j.profile, j.model, t.seq FROM judgments j "
                              "LEFT JOIN turns t ON t.id = j.turn_id WHERE j.conversation_id = ? "
                              "AND j.purpose = 'faithfulness'"_s,
                              {row.id});
            if (energy && chunk == 2) {
                // Unreadable three times: failed, naming what was wrong, with nothing judged.
                QCOMPARE(row.state, u"failed"_s);
                QVERIFY2(row.failure.contains(u"no JSON"_s), qPrintable(row.failure));
                QVERIFY(judgments.isEmpty());
                QVERIFY(!row.details.contains(u"faithful"_s));
                continue;
            }
            QCOMPARE(judgments.size(), 1);
            QCOMPARE(judgments.at(0).at(2).toString(), u"judge"_s);
            QCOMPARE(judgments.at(0).at(3).toString(), u"judge-model"_s);
            QCOMPARE(judgments.at(0).at(4).toInt(), 1); // the answer is what was judged
            if (energy && chunk == 1) {
                QCOMPARE(row.state, u"dropped"_s);
                QVERIFY2(row.failure.contains(u"It invents a date."_s), qPrintable(row.failure));
                QCOMPARE(row.details.value(u"faithful"_s).toBool(true), false);
                QCOMPARE(judgments.at(0).at(0).toString(), u"fail"_s);
                QCOMPARE(judgments.at(0).at(1).toString(), u"It invents a date."_s);
            } else {
                QCOMPARE(row.state, u"complete"_s);
                QCOMPARE(row.details.value(u"faithful"_s).toBool(false), true);
                QCOMPARE(row.details.value(u"faithfulness_reason"_s).toString(), u"Every claim is in the source."_s);
                QCOMPARE(judgments.at(0).at(0).toString(), u"pass"_s);
            }
        }
        // The unreadable verdict was asked for three times, each try journaled as discarded.
        int unreadableAsked = 0;
        for (const Call &c : m_models->of(u"FAITH"_s))
            unreadableAsked += c.between(u"<<"_s, u">>"_s) == unreadable;
        QCOMPARE(unreadableAsked, 3);
        QCOMPARE(reader.count(u"SELECT count(*) FROM calls WHERE outcome = 'discarded'"_s), 3);
        // Judges are asked at temperature 0.
        for (const Call &c : m_models->of(u"FAITH"_s)) {
            QCOMPARE(c.model, u"judge-model"_s);
            QCOMPARE(c.temperature.value_or(-1), 0.0);
        }
    }

    // --- preference ---

    void preference_ranksResponsesOfTheConfiguredProfilesAndTemperatures()
    {
        Design::ProjectDesign design = modeDesign(m_server->url(), Design::Mode::Preference);
        design.generation.count = 3;
        design.modes.responses = 3;
        design.modes.responseProfiles = {u"sim"_s, u"alt"_s};
        design.modes.responseTemperatures = {0.2, 1.0, 0.6};
        // Each response says who wrote it; the judge's first ranking of a prompt repeats a number.
        auto judged = std::make_shared<QSet<QString>>();
        m_models->override = [judged](const Call &c) -> std::optional<QString> {
            if (c.step == u"ANSWER")
                return u"%1 at %2: %3"_s.arg(c.model).arg(c.temperature.value_or(-1)).arg(answerTo(c.prompt));
            if (c.step == u"RANK") {
                if (!judged->contains(c.prompt)) {
                    judged->insert(c.prompt);
                    return u"{\"ranking\": [2, 2, 1], \"reason\": \"Hmm.\"}"_s;
                }
                return u"Thinking done. {\"ranking\": [2, 3, 1], \"reason\": \"Two is clearer.\"}"_s;
            }
            return std::nullopt;
        };
        QVERIFY(makeProject(design));
        Session session(projectPath(), true);
        QVERIFY(runDesign(session));
        QCOMPARE(session.summary().outcome, RunOutcome::Completed);

        Reader reader(projectPath());
        const QList<Row> rows = conversations(reader);
        QCOMPARE(rows.size(), 3);
        for (const Row &row : rows) {
            QCOMPARE(row.mode, u"preference"_s);
            QCOMPARE(row.state, u"complete"_s);
            const QList<Turn> turns = turnsOf(reader, row.id);
            QCOMPARE(turns.size(), 2);
            const QString question = turns.at(0).content;
            QCOMPARE(turns.at(0).step, u"instruction"_s);
            // Responses 1..3 were asked of sim, alt, sim at 0.2, 1.0, 0.6.
            QList<Call> answers;
            for (const Call &c : m_models->of(u"ANSWER"_s)) {
                if (c.prompt == question)
                    answers.append(c);
            }
            QCOMPARE(answers.size(), 3);
            const QStringList models {u"sim-model"_s, u"alt-model"_s, u"sim-model"_s};
            const QList<double> temperatures {0.2, 1.0, 0.6};
            QStringList responses;
            for (int r = 0; r < 3; ++r) {
                QCOMPARE(answers.at(r).model, models.at(r));
                QCOMPARE(answers.at(r).temperature.value_or(-1), temperatures.at(r));
                responses.append(u"%1 at %2: %3"_s.arg(models.at(r)).arg(temperatures.at(r)).arg(answerTo(question)));
            }
            // The judge's best is the answer, with the provenance of the call that wrote it.
            QCOMPARE(turns.at(1).role, u"assistant"_s);
            QCOMPARE(turns.at(1).content, responses.at(1));
            QCOMPARE(turns.at(1).profile, u"alt"_s);
            QCOMPARE(turns.at(1).model, u"alt-model"_s);
            QCOMPARE(turns.at(1).params.value(u"temperature"_s).toDouble(), 1.0);
            QCOMPARE(turns.at(1).step, u"assistant_turn"_s);
            QCOMPARE(turns.at(1).systemStep, u"system"_s);
            // The others are rejected, in rank order, with the judge's reason; no candidate is left.
            const auto rejected = reader.rows(u"SELECT seq, rank, content, profile, reason FROM alternatives WHERE "
                                              "conversation_id = ? AND kind = 'rejected' ORDER BY rank"_s,
                                              {row.id});
            QCOMPARE(rejected.size(), 2);
            QCOMPARE(rejected.at(0).at(2).toString(), responses.at(2));
            QCOMPARE(rejected.at(1).at(2).toString(), responses.at(0));
            for (const QVariantList &r : rejected) {
                QCOMPARE(r.at(0).toInt(), 1);
                QCOMPARE(r.at(4).toString(), u"Two is clearer."_s);
            }
            QCOMPARE(reader.count(u"SELECT count(*) FROM alternatives WHERE conversation_id = ? AND kind = "
                                  "'candidate'"_s,
                                  {row.id}),
                     0);
            QCOMPARE(row.details.value(u"ranking"_s).toArray(), (QJsonArray {2, 3, 1}));
            QCOMPARE(reader.count(u"SELECT count(*) FROM judgments WHERE conversation_id = ? AND purpose = "
                                  "'preference' AND reason = 'Two is clearer.' AND profile = 'judge'"_s,
                                  {row.id}),
                     1);
        }
        // The invalid first ranking of each prompt was asked again.
        QCOMPARE(m_models->of(u"RANK"_s).size(), 6);
        QCOMPARE(reader.count(u"SELECT count(*) FROM calls WHERE outcome = 'discarded'"_s), 3);
    }

    void preference_identicalResponses_areDropped()
    {
        Design::ProjectDesign design = modeDesign(m_server->url(), Design::Mode::Preference);
        design.generation.count = 2;
        QVERIFY(makeProject(design));
        Session session(projectPath(), false);
        QVERIFY(runDesign(session));
        QCOMPARE(session.summary().outcome, RunOutcome::Completed);
        Reader reader(projectPath());
        const QList<Row> rows = conversations(reader);
        QCOMPARE(rows.size(), 2);
        for (const Row &row : rows) {
            QCOMPARE(row.state, u"dropped"_s);
            QVERIFY2(row.failure.contains(u"say the same"_s), qPrintable(row.failure));
        }
    }

    void preference_resumed_doesNotAskForCandidatesTwice_data()
    {
        QTest::addColumn<QString>("stalled"); ///< the call on its way when the run is cancelled
        QTest::addColumn<int>("candidatesKept");
        QTest::newRow("the third response") << u"ANSWER"_s << 2;
        QTest::newRow("the ranking") << u"RANK"_s << 3;
    }

    void preference_resumed_doesNotAskForCandidatesTwice()
    {
        QFETCH(QString, stalled);
        QFETCH(int, candidatesKept);
        Design::ProjectDesign design = modeDesign(m_server->url(), Design::Mode::Preference);
        design.generation.count = 1;
        design.generation.concurrency = 1;
        design.modes.responses = 3;
        design.modes.responseTemperatures = {0.1, 0.5, 0.9};
        m_models->override = [](const Call &c) -> std::optional<QString> {
            if (c.step == u"ANSWER")
                return u"At %1: %2"_s.arg(c.temperature.value_or(-1)).arg(answerTo(c.prompt));
            if (c.step == u"RANK")
                return u"{\"ranking\": [3, 1, 2], \"reason\": \"Three.\"}"_s;
            return std::nullopt;
        };
        {
            // The stalled call takes long: the run is cancelled while it is on its way.
            m_models->latency = [stalled](const Call &c) {
                const bool slow = c.step == stalled && (c.step == u"RANK" || c.temperature == 0.9);
                return slow ? 5000 : 0;
            };
            QVERIFY(makeProject(design));
            Session session(projectPath(), true);
            session.start();
            QTRY_COMPARE_WITH_TIMEOUT(m_models->of(stalled).size(), stalled == u"RANK" ? 1 : 3, runTimeoutMs);
            session.cancel();
            QVERIFY(waitForEnd(session));
            QCOMPARE(session.summary().outcome, RunOutcome::Interrupted);
            Reader reader(projectPath());
            // The responses written so far are kept as candidates of the running sample.
            QCOMPARE(reader.value(u"SELECT state FROM conversations"_s).toString(), u"running"_s);
            QCOMPARE(reader.count(u"SELECT count(*) FROM alternatives WHERE kind = 'candidate'"_s), candidatesKept);
        }
        m_models->latency = {};
        Session again(projectPath(), true);
        again.start();
        QVERIFY(waitForEnd(again));
        QCOMPARE(again.startedResumed, QList<bool> {true});
        QCOMPARE(again.summary().outcome, RunOutcome::Completed);
        // Only a missing response was asked again.
        const QList<Call> answers = m_models->of(u"ANSWER"_s);
        QCOMPARE(answers.size(), 3 + (3 - candidatesKept));
        QCOMPARE(answers.constLast().temperature.value_or(-1), 0.9);
        QCOMPARE(m_models->of(u"INSTRUCTION"_s).size(), 1);
        Reader reader(projectPath());
        const QList<Row> rows = conversations(reader);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).state, u"complete"_s);
        const QList<Turn> turns = turnsOf(reader, rows.at(0).id);
        QCOMPARE(turns.size(), 2);
        QVERIFY2(turns.at(1).content.startsWith(u"At 0.9: "_s), qPrintable(turns.at(1).content));
        QCOMPARE(turns.at(1).params.value(u"temperature"_s).toDouble(), 0.9);
        // The chosen response keeps the system prompt it was written under.
        QCOMPARE(turns.at(1).systemStep, u"system"_s);
        QVERIFY(!reader.value(u"SELECT system_prompt FROM turns WHERE seq = 1"_s).isNull());
        const auto rejected = reader.rows(u"SELECT content FROM alternatives WHERE kind = 'rejected' ORDER BY rank"_s);
        QCOMPARE(rejected.size(), 2);
        QVERIFY(rejected.at(0).at(0).toString().startsWith(u"At 0.1: "_s));
        QVERIFY(rejected.at(1).at(0).toString().startsWith(u"At 0.5: "_s));
        QCOMPARE(reader.count(u"SELECT count(*) FROM alternatives WHERE kind = 'candidate'"_s), 0);
    }

    void preference_fromConversations_answersEachAssistantTurnAgain()
    {
        // Two conversations of two exchanges each, grounded in chunks.
        Design::ProjectDesign design = conversationsDesign(2);
        QVERIFY(makeProject(design));
        QVERIFY(runToCompletion());
        const int conversationCalls = int(m_models->calls.size());
        Reader before(projectPath());
        const QList<Row> sources = conversations(before);
        QCOMPARE(sources.size(), 2);
        const QVariantList sourcePlan
            = before
                  .rows(u"SELECT topic_path, user_persona, assistant_persona FROM conversations WHERE id = ?"_s,
                        {sources.at(1).id})
                  .value(0);

        // Each of the four answers is answered again by "alt" at 0.7; the judge prefers the new answer.
        design.generation.mode = Design::Mode::Preference;
        design.generation.count = 10;
        design.modes.preferenceSource = Design::PreferenceSource::Conversations;
        design.modes.responses = 2;
        design.modes.responseProfiles = {u"alt"_s};
        design.modes.responseTemperatures = {0.7};
        m_models->override = [](const Call &c) -> std::optional<QString> {
            if (c.step == u"ANSWER" && c.model == u"alt-model"_s)
                return u"Better answer to: "_s + c.prompt;
            if (c.prompt.startsWith(u"You compare"_s))
                return u"{\"ranking\": [2, 1], \"reason\": \"Two is better.\"}"_s;
            return std::nullopt;
        };
        // The shipped ranking template, which shows the judge the conversation before a later question.
        design.templates.preferenceJudge = Design::PromptTemplates::defaults().preferenceJudge;
        QString error;
        QVERIFY2(saveDesign(projectPath(), design, &error), qPrintable(error));
        {
            Session session(projectPath(), false);
            QVERIFY(runDesign(session));
            QCOMPARE(session.summary().outcome, RunOutcome::Completed);
        }
        Reader reader(projectPath());
        const QList<Row> pairs = conversations(reader, u"mode = 'preference'"_s);
        QCOMPARE(pairs.size(), 4);
        // No prompt was written: one new answer and one ranking per pair.
        const QList<Call> calls = m_models->calls.mid(conversationCalls);
        QCOMPARE(calls.size(), 8);
        QVERIFY(m_models->of(u"INSTRUCTION"_s).isEmpty());
        for (int i = 0; i < 4; ++i) {
            const Row &pair = pairs.at(i);
            QCOMPARE(pair.state, u"complete"_s);
            const Row &source = sources.at(i / 2);
            const int seq = i % 2 ? 3 : 1;
            const QJsonObject from = pair.details.value(u"source"_s).toObject();
            QCOMPARE(from.value(u"conversation"_s).toInteger(), source.id);
            QCOMPARE(from.value(u"seq"_s).toInt(), seq);
            const QList<Turn> original = turnsOf(reader, source.id);
            const QList<Turn> turns = turnsOf(reader, pair.id);
            // The conversation up to the question, copied with its provenance, then the judge's best.
            QCOMPARE(turns.size(), seq + 1);
            for (int t = 0; t < seq; ++t) {
                QCOMPARE(turns.at(t).content, original.at(t).content);
                QCOMPARE(turns.at(t).role, original.at(t).role);
                QCOMPARE(turns.at(t).step, original.at(t).step);
                QCOMPARE(turns.at(t).finishReason, u"source"_s);
                QCOMPARE(turns.at(t).documentId, original.at(t).documentId);
            }
            const QString question = original.at(seq - 1).content;
            QCOMPARE(turns.at(seq).content, u"Better answer to: "_s + question);
            QCOMPARE(turns.at(seq).model, u"alt-model"_s);
            QCOMPARE(turns.at(seq).params.value(u"temperature"_s).toDouble(), 0.7);
            QCOMPARE(turns.at(seq).chunkIndex, original.at(seq).chunkIndex);
            // The conversation's own answer is the rejected one, with its own model.
            const auto rejected = reader.rows(u"SELECT seq, content, model, reason FROM alternatives WHERE "
                                              "conversation_id = ? AND kind = 'rejected'"_s,
                                              {pair.id});
            QCOMPARE(rejected.size(), 1);
            QCOMPARE(rejected.at(0).at(0).toInt(), seq);
            QCOMPARE(rejected.at(0).at(1).toString(), original.at(seq).content);
            QCOMPARE(rejected.at(0).at(2).toString(), u"sim-model"_s);
            QCOMPARE(rejected.at(0).at(3).toString(), u"Two is better."_s);
            // The new answer saw the whole conversation so far, under the conversation's own system prompt.
            const auto asked = std::find_if(calls.cbegin(), calls.cend(),
                                            [&](const Call &c) { return c.step == u"ANSWER" && c.prompt == question; });
            QVERIFY(asked != calls.cend());
            QCOMPARE(asked->messages, seq);
            QVERIFY2(asked->system.contains(u"Excerpt: <<"_s), qPrintable(asked->system));
        }
        // Filed under the conversation's topic and personas.
        QCOMPARE(reader
                     .rows(u"SELECT topic_path, user_persona, assistant_persona FROM conversations WHERE id = ?"_s,
                           {pairs.at(3).id})
                     .value(0),
                 sourcePlan);
        // The judge saw the conversation before a later question, and only then.
        const QList<Call> ranks = m_models->of(u"You"_s);
        QCOMPARE(ranks.size(), 4);
        for (const Call &rank : ranks) {
            const bool later = rank.prompt.contains(u"And a pulley"_s);
            QCOMPARE(rank.prompt.contains(u"The conversation before the request"_s), later);
            if (later)
                QVERIFY2(rank.prompt.contains(u"[user] How does a lever work"_s), qPrintable(rank.prompt));
        }
        // A second run has nothing left to answer, and says so.
        Session again(projectPath(), false);
        QVERIFY(runDesign(again));
        QCOMPARE(again.summary().outcome, RunOutcome::Failed);
        QVERIFY2(again.summary().reason.contains(u"already has its preference pair"_s),
                 qPrintable(again.summary().reason));
    }

    void preference_fromConversations_resumed_keepsTheCopyAndTheCandidates()
    {
        Design::ProjectDesign design = conversationsDesign(1);
        QVERIFY(makeProject(design));
        QVERIFY(runToCompletion());
        const QString system
            = Reader(projectPath()).value(u"SELECT system_prompt FROM turns WHERE seq = 1"_s).toString();
        QVERIFY(!system.isEmpty());
        design.generation.mode = Design::Mode::Preference;
        design.generation.count = 1;
        design.generation.concurrency = 1;
        design.modes.preferenceSource = Design::PreferenceSource::Conversations;
        design.modes.responses = 3;
        design.modes.responseTemperatures = {0.1, 0.9};
        // The run is cancelled while the second new answer (at 0.9) is on its way.
        m_models->latency = [](const Call &c) { return c.temperature == 0.9 ? 5000 : 0; };
        m_models->override = [](const Call &c) -> std::optional<QString> {
            if (c.step == u"ANSWER" && c.temperature)
                return u"At %1: %2"_s.arg(*c.temperature).arg(answerTo(c.prompt));
            if (c.step == u"RANK")
                return u"{\"ranking\": [3, 1, 2], \"reason\": \"Three.\"}"_s;
            return std::nullopt;
        };
        QString error;
        QVERIFY2(saveDesign(projectPath(), design, &error), qPrintable(error));
        const int before = int(m_models->of(u"ANSWER"_s).size());
        {
            Session session(projectPath(), true);
            session.start();
            QTRY_COMPARE_WITH_TIMEOUT(m_models->of(u"ANSWER"_s).size(), before + 2, runTimeoutMs);
            session.cancel();
            QVERIFY(waitForEnd(session));
            QCOMPARE(session.summary().outcome, RunOutcome::Interrupted);
            Reader reader(projectPath());
            // The copied question and two candidates (the conversation's own answer, the one at 0.1) are kept.
            QCOMPARE(reader.count(u"SELECT count(*) FROM turns WHERE conversation_id = 2"_s), 1);
            QCOMPARE(reader.count(u"SELECT count(*) FROM alternatives WHERE kind = 'candidate'"_s), 2);
        }
        m_models->latency = {};
        Session again(projectPath(), true);
        again.start();
        QVERIFY(waitForEnd(again));
        QCOMPARE(again.startedResumed, QList<bool> {true});
        QCOMPARE(again.summary().outcome, RunOutcome::Completed);
        // Only the missing answer was asked again, under the conversation's system prompt, after its history.
        const QList<Call> answers = m_models->of(u"ANSWER"_s).mid(before);
        QCOMPARE(answers.size(), 3);
        QCOMPARE(answers.constLast().temperature.value_or(-1), 0.9);
        QCOMPARE(answers.constLast().system, system);
        QCOMPARE(answers.constLast().messages, 1);
        Reader reader(projectPath());
        const QList<Turn> turns = turnsOf(reader, 2);
        QCOMPARE(turns.size(), 2);
        QVERIFY2(turns.at(1).content.startsWith(u"At 0.9: "_s), qPrintable(turns.at(1).content));
        const auto rejected
            = reader.rows(u"SELECT content, model FROM alternatives WHERE kind = 'rejected' ORDER BY rank"_s);
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected.at(0).at(0).toString(), turnsOf(reader, 1).at(1).content);
        QVERIFY(rejected.at(1).at(0).toString().startsWith(u"At 0.1: "_s));
    }

    // --- embedding ---

    void embedding_makesTriplets_withVerifiedHardNegatives()
    {
        Design::ProjectDesign design = modeDesign(m_server->url(), Design::Mode::Embedding);
        const QList<Documents::ChunkSpan> energyChunks = chunksOf(design, 0);
        QVERIFY(energyChunks.size() >= 5);
        design.generation.count = 4; // two queries of chunks 0 and 1
        design.modes.queriesPerChunk = 2;
        design.modes.hardNegatives = 1;
        design.modes.easyNegatives = 1;
        design.modes.verifyNegatives = true;
        // The first candidate checked for each query answers it.
        auto checked = std::make_shared<QSet<QString>>();
        m_models->override = [checked](const Call &c) -> std::optional<QString> {
            if (c.step != u"NEGCHECK")
                return std::nullopt;
            const QString query = c.between(u"NEGCHECK "_s, u" <<"_s);
            if (!checked->contains(query)) {
                checked->insert(query);
                return u"{\"answers\": true, \"reason\": \"It answers the query too.\"}"_s;
            }
            return std::nullopt;
        };
        QVERIFY(makeProject(design));
        Session session(projectPath(), true);
        QVERIFY(runDesign(session));
        QCOMPARE(session.summary().outcome, RunOutcome::Completed);

        Reader reader(projectPath());
        const qint64 energyId
            = reader.value(u"SELECT id FROM documents WHERE title = 'Notes on energy'"_s).toLongLong();
        const QList<Row> rows = conversations(reader);
        QCOMPARE(rows.size(), 4);
        for (const Row &row : rows) {
            QCOMPARE(row.mode, u"embedding"_s);
            QCOMPARE(row.state, u"complete"_s);
            const int chunk = row.planIndex / 2;
            const int slot = row.planIndex % 2;
            QCOMPARE(row.documentId.toLongLong(), energyId);
            QCOMPARE(row.chunkIndex.toInt(), chunk);
            const QString positive = chunkText(design, 0, chunk);
            // The queries asked for the chunk, the anchor the slot's one, the positive the chunk itself.
            const QJsonArray queries = row.details.value(u"queries"_s).toArray();
            QCOMPARE(queries.size(), 2);
            const QList<Turn> turns = turnsOf(reader, row.id);
            QCOMPARE(turns.size(), 2);
            QCOMPARE(turns.at(0).role, u"user"_s);
            QCOMPARE(turns.at(0).content, queries.at(slot).toString());
            QCOMPARE(turns.at(0).step, u"embedding_queries"_s);
            QCOMPARE(turns.at(1).role, u"assistant"_s);
            QCOMPARE(turns.at(1).content, positive);
            QCOMPARE(turns.at(1).finishReason, u"source"_s);
            QCOMPARE(turns.at(1).chunkIndex.toInt(), chunk);
            QVERIFY(turns.at(1).profile.isEmpty());
            // One hard negative, never the positive or a neighbour; the candidate the judge said answers is
            // not among them.
            const auto hard = reader.rows(u"SELECT document_id, chunk_index, content, reason FROM alternatives "
                                          "WHERE conversation_id = ? AND kind = 'hard_negative'"_s,
                                          {row.id});
            QCOMPARE(hard.size(), 1);
            const auto refusedJudgments = reader.rows(u"SELECT reason FROM judgments WHERE conversation_id = ? AND "
                                                      "purpose = 'negative' ORDER BY id"_s,
                                                      {row.id});
            QCOMPARE(refusedJudgments.size(), 2);
            QCOMPARE(reader.count(u"SELECT count(*) FROM judgments WHERE conversation_id = ? AND verdict = 'fail'"_s,
                                  {row.id}),
                     1);
            QCOMPARE(row.details.value(u"hard_negatives"_s).toInt(), 1);
            QCOMPARE(row.details.value(u"candidates_refused"_s).toInt(), 1);
            const QVariantList &h = hard.at(0);
            QVERIFY(h.at(2).toString() != positive);
            if (h.at(0).toLongLong() == energyId)
                QVERIFY2(std::abs(h.at(1).toInt() - chunk) > 1, qPrintable(h.at(1).toString()));
            QCOMPARE(h.at(3).toString(), u"It is about something else."_s);
            // The first candidate checked for this anchor is not the hard negative kept.
            QList<Call> checks;
            for (const Call &c : m_models->of(u"NEGCHECK"_s)) {
                if (c.between(u"NEGCHECK "_s, u" <<"_s) == turns.at(0).content)
                    checks.append(c);
            }
            QCOMPARE(checks.size(), 2);
            QCOMPARE(checks.at(1).between(u"<<"_s, u">>"_s), h.at(2).toString());
            QVERIFY(checks.at(0).between(u"<<"_s, u">>"_s) != h.at(2).toString());
            for (const Call &c : checks) {
                const QString candidate = c.between(u"<<"_s, u">>"_s);
                QVERIFY(candidate != positive);
                for (int near : {chunk - 1, chunk + 1}) {
                    if (near >= 0)
                        QVERIFY(candidate != chunkText(design, 0, near));
                }
            }
            // Easy negatives come from the other document.
            const auto easy = reader.rows(u"SELECT document_id FROM alternatives WHERE conversation_id = ? AND kind = "
                                          "'easy_negative'"_s,
                                          {row.id});
            QCOMPARE(easy.size(), 1);
            QVERIFY(easy.at(0).at(0).toLongLong() != energyId);
        }
        // One queries call per sample.
        QCOMPARE(m_models->of(u"QUERIES"_s).size(), 4);
    }

    void embedding_withoutVerification_asksNoJudge()
    {
        Design::ProjectDesign design = modeDesign(m_server->url(), Design::Mode::Embedding);
        design.generation.count = 2;
        design.modes.queriesPerChunk = 1;
        design.modes.hardNegatives = 2;
        design.modes.verifyNegatives = false;
        QVERIFY(makeProject(design));
        Session session(projectPath(), false);
        QVERIFY(runDesign(session));
        QCOMPARE(session.summary().outcome, RunOutcome::Completed);
        QCOMPARE(m_models->of(u"NEGCHECK"_s).size(), 0);
        Reader reader(projectPath());
        QCOMPARE(reader.count(u"SELECT count(*) FROM judgments"_s), 0);
        for (const Row &row : conversations(reader)) {
            QCOMPARE(row.state, u"complete"_s);
            QCOMPARE(reader.count(u"SELECT count(*) FROM alternatives WHERE conversation_id = ? AND kind = "
                                  "'hard_negative'"_s,
                                  {row.id}),
                     2);
        }
    }

    void embedding_unreadableQueries_areAskedAgain_thenFail()
    {
        Design::ProjectDesign design = modeDesign(m_server->url(), Design::Mode::Embedding);
        design.generation.count = 1;
        design.modes.queriesPerChunk = 1;
        m_models->override = [](const Call &c) -> std::optional<QString> {
            if (c.step == u"QUERIES")
                return u"Here are some queries: energy, force."_s;
            return std::nullopt;
        };
        QVERIFY(makeProject(design));
        Session session(projectPath(), false);
        QVERIFY(runDesign(session));
        QCOMPARE(session.summary().outcome, RunOutcome::CompletedWithFailures);
        QCOMPARE(m_models->of(u"QUERIES"_s).size(), 3);
        Reader reader(projectPath());
        QVERIFY2(reader.value(u"SELECT failure FROM conversations"_s).toString().contains(u"no JSON"_s),
                 qPrintable(reader.value(u"SELECT failure FROM conversations"_s).toString()));
    }

    // --- runs of several modes ---

    void modeOption_startsANewRun_whileARunOfAnotherModeIsUnfinished()
    {
        Design::ProjectDesign design = modeDesign(m_server->url(), Design::Mode::Instruction);
        design.generation.count = 6;
        design.generation.concurrency = 1;
        QVERIFY(makeProject(design));
        {
            Session session(projectPath(), false);
            RunOptions options;
            options.budgetTokens = 40;
            QVERIFY(runDesign(session, options));
            QCOMPARE(session.summary().outcome, RunOutcome::BudgetReached);
        }
        {
            Session session(projectPath(), false);
            RunOptions options;
            options.mode = Design::Mode::Preference;
            session.start(options);
            QVERIFY(waitForEnd(session));
            QCOMPARE(session.startedResumed, QList<bool> {false});
            QVERIFY(session.summary().outcome == RunOutcome::Completed);
        }
        {
            Reader reader(projectPath());
            QCOMPARE(reader.count(u"SELECT count(*) FROM runs"_s), 2);
            QCOMPARE(reader.value(u"SELECT state FROM runs WHERE id = 1"_s).toString(), u"stopped"_s);
            QVERIFY(reader.count(u"SELECT count(*) FROM conversations WHERE run_id = 1 AND state = 'complete'"_s) < 6);
            QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE run_id = 1 AND mode != 'instruction'"_s),
                     0);
            QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE run_id = 2"_s), 6);
            QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE run_id = 2 AND mode = 'preference'"_s), 6);
        }
        // Asking for the first mode again takes up its unfinished run, though a run of another mode came since.
        {
            Session session(projectPath(), false);
            RunOptions options;
            options.mode = Design::Mode::Instruction;
            options.budgetTokens = 1'000'000; // the run kept the budget it stopped at
            session.start(options);
            QVERIFY(waitForEnd(session));
            QCOMPARE(session.startedResumed, QList<bool> {true});
            QCOMPARE(session.summary().outcome, RunOutcome::Completed);
            QCOMPARE(session.summary().progress.runId, 1);
        }
        Reader reader(projectPath());
        QCOMPARE(reader.count(u"SELECT count(*) FROM runs"_s), 2);
        QCOMPARE(reader.value(u"SELECT state FROM runs WHERE id = 1"_s).toString(), u"complete"_s);
        QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE run_id = 1 AND state = 'complete'"_s), 6);
    }
};

QTEST_GUILESS_MAIN(ModesTest)
#include "modes_test.moc"

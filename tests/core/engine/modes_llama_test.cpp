// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "engine/generationengine.h"
#include "enginetestsupport.h"
#include "llamaserver/llamaserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dialogsmith;
using namespace Dialogsmith::Engine;
using namespace Dialogsmith::EngineTest;
using namespace Qt::StringLiterals;
using Dialogsmith::Test::LlamaServer;

namespace {

constexpr int runTimeoutMs = 240000;

// The tiny models answer every prompt with the same reply. The writer's reply is a JSON list of two queries
// (a usable instruction, question and answer too); the judge's says yes to faithfulness, no to "does this
// chunk answer the query", and ranks two responses. Each piece is one token of the model and must be unique.
const QString writerPieces = u"[\"how| energy| moves\",| \"force| and| work\"]"_s;
const QString judgePieces
    = u"{\"faithful\":| true,| \"answers\":| false,| \"ranking\":| [1,| 2],| \"reason\":| \"fine\"}"_s;

QString documentText(const QString &subject, int paragraphs)
{
    QString text;
    for (int i = 0; i < paragraphs; ++i)
        text += u"Part %1 says how %2 works when a force does work on a body.\n\n"_s.arg(i).arg(subject);
    return text;
}

Design::Persona persona(const QString &name, Design::Side side)
{
    Design::Persona p;
    p.name = name;
    p.side = side;
    return p;
}

Llm::ProviderProfile llamaProfile(const QString &name, const LlamaServer &server)
{
    Llm::ProviderProfile p = profile(name, server.baseUrl(), server.modelName());
    p.limits.maxConcurrent = server.parallel();
    p.limits.firstByteTimeoutMs = 120000;
    p.limits.idleTimeoutMs = 120000;
    return p;
}

struct Run {
    int exitCode = -1;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    QProcess cli;
    cli.start(QStringLiteral(DIALOGSMITH_CLI_PATH), arguments);
    Run run;
    if (!cli.waitForFinished(runTimeoutMs)) {
        cli.kill();
        cli.waitForFinished();
    } else if (cli.exitStatus() == QProcess::NormalExit) {
        run.exitCode = cli.exitCode();
    }
    run.err = QString::fromUtf8(cli.readAllStandardError());
    return run;
}

} // namespace

// Each generation mode end to end against llama.cpp's real llama-server: the engine in-process, and
// `dialogsmith-cli generate --mode` as a user runs it. The tiny models answer with fixed replies, so the test
// checks structure and provenance — rows, modes, roles, states, templates, judgments, alternatives, what
// reached which server — and, where a fixed reply cannot satisfy a mode, its documented failure handling.
class ModesLlamaTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LlamaServer> m_writer;
    std::unique_ptr<LlamaServer> m_judge;
    QTemporaryDir m_dir;
    int m_projects = 0;

    Design::ProjectDesign design(Design::Mode mode) const
    {
        Design::ProjectDesign d;
        d.name = u"Modes against llama.cpp"_s;
        d.topics = {{u"Mechanics"_s, u"Forces and motion."_s, 1, {}}};
        d.personas = {persona(u"Mia"_s, Design::Side::User), persona(u"Dr. Okafor"_s, Design::Side::Assistant)};
        d.documents = {{u"Energy"_s, u"energy.md"_s, documentText(u"energy"_s, 8)},
                       {u"Optics"_s, u"optics.md"_s, documentText(u"a lens"_s, 3)}};
        d.chunking = {150, 0};
        d.providers = {llamaProfile(u"writer"_s, *m_writer), llamaProfile(u"judge"_s, *m_judge)};
        d.generation.mode = mode;
        d.generation.count = 2;
        d.generation.minTurns = d.generation.maxTurns = 1;
        d.generation.groundingProbability = 0;
        d.generation.userProfile = u"writer"_s;
        d.generation.assistantProfile = u"writer"_s;
        d.generation.userSampling = {0.0, std::nullopt, 32};
        d.generation.assistantSampling = {0.0, std::nullopt, 32};
        d.generation.concurrency = 2;
        d.generation.seed = 3;
        d.modes.seeds = {u"Explain in detail how a lever lifts a heavy stone with little force."_s,
                         u"Describe step by step how the water cycle moves water around the planet."_s};
        d.modes.seedsPerPrompt = 1;
        d.modes.evolGenerations = 2;
        d.modes.judgeProfile = u"judge"_s;
        d.modes.responseTemperatures = {0.0};
        d.modes.queriesPerChunk = 2;
        d.modes.hardNegatives = 1;
        d.modes.easyNegatives = 1;
        return d;
    }

    QString newProject(const Design::ProjectDesign &d)
    {
        const QString path = m_dir.filePath(u"p%1.dialogsmith"_s.arg(++m_projects));
        QString error;
        if (!createProject(path, d, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

    static RunSummary run(const QString &path)
    {
        Session session(path, true);
        session.start();
        if (!QTest::qWaitFor([&] { return !session.summaries.isEmpty(); }, runTimeoutMs))
            qWarning("the run did not end");
        if (!session.problems.isEmpty())
            qWarning("%s", qPrintable(session.problems.join(u'\n')));
        return session.summary();
    }

    static QStringList column(const Reader &reader, const QString &sql)
    {
        QStringList result;
        for (const QVariantList &row : reader.rows(sql))
            result.append(row.at(0).toString());
        return result;
    }

    // Every call of the run reached one of the two servers under the model it names, and every message a
    // model wrote is the reply of the server its profile names.
    void checkProvenance(const Reader &reader)
    {
        QVERIFY(reader.count(u"SELECT count(*) FROM calls"_s) > 0);
        QCOMPARE(reader.count(u"SELECT count(*) FROM calls WHERE outcome = 'failed' OR input_tokens = 0"_s), 0);
        QCOMPARE(reader.count(u"SELECT count(*) FROM calls WHERE model != ? OR profile NOT IN ('writer', 'judge')"_s,
                              {m_writer->modelName()}),
                 0);
        QCOMPARE(reader.count(u"SELECT count(*) FROM turns WHERE profile = 'writer' AND content != ? AND "
                              "template_version NOT IN (SELECT version FROM templates WHERE step = "
                              "'embedding_queries')"_s,
                              {m_writer->reply()}),
                 0);
        QCOMPARE(reader.count(u"SELECT count(*) FROM turns WHERE finish_reason NOT IN ('stop', 'source')"_s), 0);
        QCOMPARE(reader.count(u"SELECT count(*) FROM turns WHERE template_version NOT IN (SELECT version FROM "
                              "templates)"_s),
                 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        LlamaServer::Options options;
        options.parallel = 2;
        // The default templates with a chunk make prompts of several hundred single-byte tokens.
        options.extraArguments = {u"-c"_s, QString::number(2048 * options.parallel)};
        options.replyPieces = writerPieces;
        m_writer = std::make_unique<LlamaServer>(options);
        if (!m_writer->start()) {
            if (!m_writer->available())
                QSKIP(qPrintable(m_writer->unavailableReason()));
            QFAIL(qPrintable(m_writer->errorString()));
        }
        options.replyPieces = judgePieces;
        m_judge = std::make_unique<LlamaServer>(options);
        QVERIFY2(m_judge->start(), qPrintable(m_judge->errorString()));
        // Both serve the same tiny model file name; tell their replies apart.
        QCOMPARE(m_writer->reply(), u"[\"how energy moves\", \"force and work\"]"_s);
    }

    void cleanupTestCase()
    {
        m_judge.reset();
        m_writer.reset();
    }

    void instruction_pairsOfInstructionAndResponse()
    {
        const QString path = newProject(design(Design::Mode::Instruction));
        const RunSummary summary = run(path);
        QCOMPARE(summary.outcome, RunOutcome::Completed);
        Reader reader(path);
        QCOMPARE(column(reader, u"SELECT mode || ':' || state FROM conversations"_s),
                 QStringList(2, u"instruction:complete"_s));
        QCOMPARE(column(reader,
                        u"SELECT t.role || ':' || s.step FROM turns t JOIN templates s ON s.version = "
                        "t.template_version ORDER BY t.conversation_id, t.seq"_s),
                 (QStringList {u"user:instruction"_s, u"assistant:assistant_turn"_s, u"user:instruction"_s,
                               u"assistant:assistant_turn"_s}));
        QCOMPARE(reader.count(u"SELECT count(*) FROM turns WHERE role = 'assistant' AND system_prompt IS NOT NULL"_s),
                 2);
        QCOMPARE(reader.count(u"SELECT count(*) FROM calls"_s), 4);
        checkProvenance(reader);
    }

    void evol_copiesOfTheParentAreDropped()
    {
        // The fixed reply is a new instruction the first time (breadth: length does not count) and a copy of
        // its parent the second: generation 2 is dropped with that reason.
        Design::ProjectDesign d = design(Design::Mode::Evol);
        d.modes.evolDirections = {Design::EvolDirection::Breadth};
        const QString path = newProject(d);
        const RunSummary summary = run(path);
        QCOMPARE(summary.outcome, RunOutcome::Completed);
        Reader reader(path);
        QCOMPARE(column(reader, u"SELECT plan_index || ':' || state FROM conversations ORDER BY plan_index"_s),
                 (QStringList {u"0:complete"_s, u"1:complete"_s, u"2:dropped"_s, u"3:dropped"_s}));
        QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE mode = 'evol' AND failure LIKE "
                              "'%copies its parent%'"_s),
                 2);
        QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE json_extract(details, '$.generation') = 2 "
                              "AND json_extract(details, '$.parent') = ?"_s,
                              {m_writer->reply()}),
                 2);
        // Dropped before an answer was asked for.
        QCOMPARE(reader.count(u"SELECT count(*) FROM turns"_s), 2 * 2 + 2);
        checkProvenance(reader);
    }

    void knowledgeQa_groundedAndJudgedFaithful()
    {
        const QString path = newProject(design(Design::Mode::KnowledgeQa));
        const RunSummary summary = run(path);
        QCOMPARE(summary.outcome, RunOutcome::Completed);
        Reader reader(path);
        QCOMPARE(column(reader,
                        u"SELECT mode || ':' || state || ':' || chunk_index FROM conversations ORDER BY "
                        "plan_index"_s),
                 (QStringList {u"knowledge-qa:complete:0"_s, u"knowledge-qa:complete:1"_s}));
        QCOMPARE(reader.count(u"SELECT count(*) FROM turns t JOIN conversations c ON c.id = t.conversation_id WHERE "
                              "t.chunk_index = c.chunk_index AND t.document_id = c.document_id"_s),
                 4);
        QCOMPARE(reader.count(u"SELECT count(*) FROM judgments WHERE purpose = 'faithfulness' AND verdict = 'pass' "
                              "AND reason = 'fine' AND profile = 'judge' AND turn_id IS NOT NULL"_s),
                 2);
        QCOMPARE(reader.count(u"SELECT count(*) FROM calls WHERE profile = 'judge'"_s), 2);
        checkProvenance(reader);
    }

    void preference_identicalResponsesAreDroppedAfterTheJudgeRanksThem()
    {
        // Two responses of the same fixed reply: ranked by the judge, then dropped as saying the same.
        const QString path = newProject(design(Design::Mode::Preference));
        const RunSummary summary = run(path);
        QCOMPARE(summary.outcome, RunOutcome::Completed);
        Reader reader(path);
        QCOMPARE(column(reader, u"SELECT mode || ':' || state FROM conversations"_s),
                 QStringList(2, u"preference:dropped"_s));
        QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE failure LIKE '%say the same%'"_s), 2);
        QCOMPARE(reader.count(u"SELECT count(*) FROM alternatives WHERE kind = 'rejected' AND rank = 1 AND "
                              "reason = 'fine'"_s),
                 2);
        QCOMPARE(reader.count(u"SELECT count(*) FROM alternatives WHERE kind = 'candidate'"_s), 0);
        QCOMPARE(reader.count(u"SELECT count(*) FROM judgments WHERE purpose = 'preference'"_s), 2);
        QCOMPARE(reader.count(u"SELECT count(*) FROM turns WHERE role = 'assistant' AND profile = 'writer' AND "
                              "system_prompt IS NOT NULL"_s),
                 2);
        // An instruction, two responses and a ranking per prompt.
        QCOMPARE(reader.count(u"SELECT count(*) FROM calls WHERE profile = 'writer'"_s), 6);
        QCOMPARE(reader.count(u"SELECT count(*) FROM calls WHERE profile = 'judge'"_s), 2);
        checkProvenance(reader);
    }

    void preference_fromConversations_answersTheirTurnsAgain()
    {
        // Conversations first, then their answers answered again: the copy of each conversation up to its
        // question, the same fixed reply again (so the pair is dropped as saying the same), ranked by the judge.
        Design::ProjectDesign d = design(Design::Mode::Conversation);
        const QString path = newProject(d);
        QCOMPARE(run(path).outcome, RunOutcome::Completed);
        d.generation.mode = Design::Mode::Preference;
        d.modes.preferenceSource = Design::PreferenceSource::Conversations;
        QString error;
        QVERIFY2(saveDesign(path, d, &error), qPrintable(error));
        QCOMPARE(run(path).outcome, RunOutcome::Completed);
        Reader reader(path);
        QCOMPARE(column(reader, u"SELECT mode || ':' || state FROM conversations WHERE run_id = 2"_s),
                 QStringList(2, u"preference:dropped"_s));
        // Each copies its conversation's question with its template, and names the turn it answers again.
        QCOMPARE(reader.count(u"SELECT count(*) FROM turns p JOIN conversations c ON c.id = p.conversation_id JOIN "
                              "turns o ON o.conversation_id = json_extract(c.details, '$.source.conversation') AND "
                              "o.seq = p.seq WHERE c.run_id = 2 AND p.role = 'user' AND p.content = o.content AND "
                              "p.template_version = o.template_version AND p.finish_reason = 'source' AND "
                              "json_extract(c.details, '$.source.seq') = 1"_s),
                 2);
        // One new answer and a ranking per pair; the conversation's own answer is the other response.
        QCOMPARE(reader.count(u"SELECT count(*) FROM calls WHERE run_id = 2 AND profile = 'writer'"_s), 2);
        QCOMPARE(reader.count(u"SELECT count(*) FROM calls WHERE run_id = 2 AND profile = 'judge'"_s), 2);
        QCOMPARE(reader.count(u"SELECT count(*) FROM alternatives WHERE kind = 'rejected' AND reason = 'fine'"_s), 2);
        checkProvenance(reader);
    }

    void embedding_tripletsFromTheQueriesTheModelListed()
    {
        const QString path = newProject(design(Design::Mode::Embedding));
        const RunSummary summary = run(path);
        QCOMPARE(summary.outcome, RunOutcome::Completed);
        Reader reader(path);
        QCOMPARE(column(reader,
                        u"SELECT mode || ':' || state || ':' || chunk_index FROM conversations ORDER BY "
                        "plan_index"_s),
                 (QStringList {u"embedding:complete:0"_s, u"embedding:complete:0"_s}));
        // Anchor: the slot's query; positive: the chunk, from the project, not from a model.
        QCOMPARE(column(reader, u"SELECT content FROM turns WHERE role = 'user' ORDER BY conversation_id"_s),
                 (QStringList {u"how energy moves"_s, u"force and work"_s}));
        QCOMPARE(reader.count(u"SELECT count(*) FROM turns WHERE role = 'assistant' AND finish_reason = 'source' AND "
                              "content = (SELECT text FROM chunks WHERE chunk_index = 0 AND document_id = "
                              "turns.document_id)"_s),
                 2);
        // Hard negatives: never the positive (chunk 0 of the first document) or its neighbour.
        QCOMPARE(reader.count(u"SELECT count(*) FROM alternatives a JOIN conversations c ON c.id = "
                              "a.conversation_id WHERE a.kind = 'hard_negative' AND a.reason = 'fine' AND "
                              "(a.document_id != c.document_id OR a.chunk_index > 1)"_s),
                 2);
        QCOMPARE(reader.count(u"SELECT count(*) FROM alternatives WHERE kind = 'hard_negative'"_s), 2);
        QCOMPARE(reader.count(u"SELECT count(*) FROM alternatives a JOIN conversations c ON c.id = "
                              "a.conversation_id WHERE a.kind = 'easy_negative' AND a.document_id != c.document_id"_s),
                 2);
        QCOMPARE(reader.count(u"SELECT count(*) FROM judgments WHERE purpose = 'negative' AND verdict = 'pass'"_s), 2);
        checkProvenance(reader);
    }

    void cli_generatesEachMode()
    {
        const QString path = newProject(design(Design::Mode::Conversation));
        const QStringList modes {u"instruction"_s, u"knowledge-qa"_s, u"preference"_s, u"embedding"_s, u"evol"_s};
        for (const QString &mode : modes) {
            const Run r = runCli({u"generate"_s, path, u"--mode"_s, mode});
            QVERIFY2(r.exitCode == 0, qPrintable(mode + u": "_s + r.err));
        }
        Reader reader(path);
        QCOMPARE(reader.count(u"SELECT count(*) FROM runs WHERE state = 'complete'"_s), 5);
        // Each run made its own mode's samples.
        for (int run = 1; run <= 5; ++run) {
            QCOMPARE(column(reader, u"SELECT DISTINCT mode FROM conversations WHERE run_id = %1"_s.arg(run)),
                     QStringList {modes.at(run - 1)});
        }
        QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE mode = 'evol'"_s), 4);
        QCOMPARE(reader.count(u"SELECT count(*) FROM conversations WHERE state = 'failed'"_s), 0);
        // An unknown mode is refused, naming the modes.
        const Run wrong = runCli({u"generate"_s, path, u"--mode"_s, u"poetry"_s});
        QVERIFY(wrong.exitCode != 0);
        QVERIFY2(wrong.err.contains(u"embedding"_s), qPrintable(wrong.err));
    }
};

QTEST_GUILESS_MAIN(ModesLlamaTest)
#include "modes_llama_test.moc"

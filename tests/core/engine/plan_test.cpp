// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "engine/plan.h"

#include "engine/turncontext.h"

#include <QTest>

using namespace Dialogsmith;
using namespace Dialogsmith::Engine;

namespace {

Design::Persona persona(const QString &name, Design::Side side, double weight = 1)
{
    Design::Persona p;
    p.name = name;
    p.side = side;
    p.weight = weight;
    return p;
}

Design::ProjectDesign design()
{
    Design::ProjectDesign d;
    Design::Topic maths {QStringLiteral("Mathematics"), {}, 3, {}};
    maths.children
        = {{QStringLiteral("Algebra"), QStringLiteral("Equations"), 1, {}}, {QStringLiteral("Calculus"), {}, 1, {}}};
    d.topics = {maths, {QStringLiteral("History"), {}, 1, {}}};
    d.personas
        = {persona(QStringLiteral("Mia"), Design::Side::User, 1), persona(QStringLiteral("Tom"), Design::Side::User, 3),
           persona(QStringLiteral("Tutor"), Design::Side::Assistant)};
    d.scenarios = {{QStringLiteral("Before an exam."), 1}};
    d.structures = {{QStringLiteral("tutoring"), QStringLiteral("Guided questions."), 1}};
    QString text;
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("Paragraph %1 says something about derivatives and rates of change.\n\n").arg(i);
    d.documents = {{QStringLiteral("Notes"), QStringLiteral("notes.md"), text}};
    d.chunking = {200, 20};
    d.generation.minTurns = 2;
    d.generation.maxTurns = 5;
    d.generation.driftProbability = 0.5;
    return d;
}

} // namespace

class PlanTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeed_samePlan_differentSeed_differentPlan()
    {
        const Design::ProjectDesign d = design();
        const Planner a(d, 7);
        const Planner b(d, 7);
        const Planner c(d, 8);
        int differences = 0;
        for (int i = 0; i < 200; ++i) {
            const ConversationPlan pa = a.plan(i);
            const ConversationPlan pb = b.plan(i);
            QCOMPARE(pa.topicPath, pb.topicPath);
            QCOMPARE(pa.user.name, pb.user.name);
            QCOMPARE(pa.turns, pb.turns);
            QCOMPARE(pa.chunk, pb.chunk);
            for (int t = 1; t <= pa.turns; ++t)
                QCOMPARE(a.chunkForTurn(pa, t), b.chunkForTurn(pb, t));
            const ConversationPlan pc = c.plan(i);
            differences += pc.topicPath != pa.topicPath || pc.turns != pa.turns || !(pc.chunk == pa.chunk);
        }
        QVERIFY(differences > 100);
    }

    void planOfOneIndex_doesNotDependOnOthers()
    {
        const Design::ProjectDesign d = design();
        const Planner planner(d, 3);
        const ConversationPlan late = planner.plan(150);
        for (int i = 0; i < 150; ++i)
            planner.plan(i);
        QCOMPARE(planner.plan(150).topicPath, late.topicPath);
        QCOMPARE(planner.plan(150).chunk, late.chunk);
    }

    void leaves_areDrawnByWeightDownThePath()
    {
        const Design::ProjectDesign d = design();
        const Planner planner(d, 1);
        QHash<QString, int> counts;
        const int n = 8000;
        for (int i = 0; i < n; ++i)
            ++counts[planner.plan(i).topicPath.join(u'/')];
        // Mathematics 3/4, split evenly between its two children; History 1/4.
        QCOMPARE(counts.size(), 3);
        QVERIFY(qAbs(counts.value(QStringLiteral("Mathematics/Algebra")) - n * 3 / 8) < n / 25);
        QVERIFY(qAbs(counts.value(QStringLiteral("Mathematics/Calculus")) - n * 3 / 8) < n / 25);
        QVERIFY(qAbs(counts.value(QStringLiteral("History")) - n / 4) < n / 25);
        QCOMPARE(planner.plan(0).topicPath.size() >= 1, true);
    }

    void personas_comeFromTheirSide_byWeight()
    {
        const Design::ProjectDesign d = design();
        const Planner planner(d, 5);
        int tom = 0;
        for (int i = 0; i < 4000; ++i) {
            const ConversationPlan p = planner.plan(i);
            QCOMPARE(p.assistant.name, QStringLiteral("Tutor"));
            QVERIFY(p.user.name == QStringLiteral("Mia") || p.user.name == QStringLiteral("Tom"));
            tom += p.user.name == QStringLiteral("Tom");
        }
        QVERIFY(qAbs(tom - 3000) < 160);
    }

    void noPersonaOnASide_usesTheStandIn()
    {
        Design::ProjectDesign d = design();
        d.personas = {persona(QStringLiteral("Tutor"), Design::Side::Assistant)};
        const ConversationPlan p = Planner(d, 1).plan(0);
        QCOMPARE(p.user.name, Planner::defaultPersona(Design::Side::User).name);
        QCOMPARE(p.user.side, Design::Side::User);
    }

    void turns_coverTheRange()
    {
        const Design::ProjectDesign d = design();
        const Planner planner(d, 9);
        QSet<int> seen;
        for (int i = 0; i < 500; ++i) {
            const int turns = planner.plan(i).turns;
            QVERIFY(turns >= 2 && turns <= 5);
            seen.insert(turns);
        }
        QCOMPARE(seen.size(), 4);
    }

    void grounding_followsItsProbability()
    {
        Design::ProjectDesign d = design();
        d.generation.groundingProbability = 0.25;
        const Planner planner(d, 2);
        QVERIFY(planner.chunks().constFirst().size() > 10);
        int grounded = 0;
        for (int i = 0; i < 4000; ++i)
            grounded += planner.plan(i).chunk.isValid();
        QVERIFY(qAbs(grounded - 1000) < 120);
        d.documents.clear();
        const Planner none(d, 2);
        QVERIFY(!none.plan(0).chunk.isValid());
    }

    void drift_movesToAnotherChunkOfTheSameDocument()
    {
        Design::ProjectDesign d = design();
        const Planner planner(d, 4);
        int moves = 0;
        int steps = 0;
        for (int i = 0; i < 500; ++i) {
            ConversationPlan p = planner.plan(i);
            p.turns = 5;
            QVERIFY(p.chunk.isValid());
            QCOMPARE(planner.chunkForTurn(p, 1), p.chunk);
            for (int t = 2; t <= 5; ++t) {
                const ChunkRef before = planner.chunkForTurn(p, t - 1);
                const ChunkRef now = planner.chunkForTurn(p, t);
                QCOMPARE(now.document, p.chunk.document);
                moves += !(now == before);
                ++steps;
            }
        }
        QVERIFY(qAbs(moves - steps / 2) < steps / 10);
        d.generation.driftProbability = 0;
        const Planner still(d, 4);
        const ConversationPlan p = still.plan(3);
        QCOMPARE(still.chunkForTurn(p, 4), p.chunk);
    }

    void noTopics_isAProblemNamed()
    {
        Design::ProjectDesign d = design();
        d.topics.clear();
        QVERIFY(Planner(d, 1).problem().contains(QStringLiteral("no topics")));
        QVERIFY(Planner(design(), 1).problem().isEmpty());
    }

    void userMessages_areCleanedOfLabelsAndQuotes()
    {
        QCOMPARE(cleanUserMessage(QStringLiteral("  \"How do I start?\" "), QStringLiteral("Mia")),
                 QStringLiteral("How do I start?"));
        QCOMPARE(cleanUserMessage(QStringLiteral("Mia: What next?"), QStringLiteral("Mia")),
                 QStringLiteral("What next?"));
        QCOMPARE(cleanUserMessage(QStringLiteral("**Mia:** What next?"), QStringLiteral("Mia")),
                 QStringLiteral("What next?"));
        QCOMPARE(cleanUserMessage(QStringLiteral("\u201CWhy?\u201D"), QStringLiteral("Mia")), QStringLiteral("Why?"));
        // Quotes inside the message stay.
        QCOMPARE(cleanUserMessage(QStringLiteral("\"a\" or \"b\""), QStringLiteral("Mia")),
                 QStringLiteral("\"a\" or \"b\""));
    }

    void endMarker_endsOrMarksTheLastQuestion()
    {
        const QString marker = QStringLiteral("[END]");
        QVERIFY(readEndSignal(QStringLiteral("[END]"), marker).ends);
        QVERIFY(readEndSignal(QStringLiteral("Thanks, that helps! [END]"), marker).ends);
        const EndSignal last
            = readEndSignal(QStringLiteral("One more thing: how does this apply to tan(x)? [END]"), marker);
        QVERIFY(!last.ends);
        QVERIFY(last.lastQuestion);
        QCOMPARE(last.text, QStringLiteral("One more thing: how does this apply to tan(x)?"));
        const EndSignal none = readEndSignal(QStringLiteral("What is a limit?"), marker);
        QVERIFY(!none.ends && !none.lastQuestion);
        QCOMPARE(none.text, QStringLiteral("What is a limit?"));
    }
};

QTEST_GUILESS_MAIN(PlanTest)
#include "plan_test.moc"

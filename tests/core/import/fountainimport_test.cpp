// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "import/fountainimport.h"

#include "design/projectspec.h"
#include "import/designimport.h"
#include "import/mermaid.h"
#include "prompt/template.h"
#include "prompt/variableschema.h"

#include <QTest>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(DIALOGSMITH_IMPORT_DATA_DIR "/") + name;
}

} // namespace

class FountainImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folder_becomesPersonasTemplatesDirectionsAndScenario()
    {
        QString error;
        const auto additions = Import::FountainImport::read(data(u"fountain"_s), &error);
        QVERIFY2(additions, qPrintable(error));

        QCOMPARE(additions->personas.size(), 2);
        QCOMPARE(additions->personas.at(0).name, u"JUNIOR_DEVELOPER"_s);
        QCOMPARE(additions->personas.at(0).side, Design::Side::User);
        QCOMPARE(additions->personas.at(1).name, u"SENIOR_DEVELOPER"_s);
        QCOMPARE(additions->personas.at(1).side, Design::Side::Assistant);
        QVERIFY2(additions->personas.at(1).description.contains(u"distributed systems"_s),
                 qPrintable(additions->personas.at(1).description));
        QCOMPARE(additions->personas.at(1).relationship, u"mentors JUNIOR_DEVELOPER"_s);

        QVERIFY(additions->starter);
        QVERIFY2(additions->starter->startsWith(u"{{scenario}}\n------------------------------\n"_s),
                 qPrintable(*additions->starter));
        QVERIFY(additions->starter->contains(u"play the role of \"{{user_persona.name}}\" appeared"_s));
        QVERIFY(additions->starter->contains(u"\"{{assistant_persona.name}}\""_s));
        QVERIFY(additions->starter->contains(u"100% of them"_s));
        QVERIFY(!additions->starter->contains(u"# erDiagram"_s));
        QVERIFY(additions->userTurn);
        QVERIFY(additions->userTurn->contains(u"{{#each history}}"_s));

        // The templates are valid for their steps.
        for (const auto &[step, source] :
             {std::pair {u"starter"_s, *additions->starter}, std::pair {u"user_turn"_s, *additions->userTurn}}) {
            const Prompt::Template t = Prompt::Template::parse(source);
            QVERIFY2(t.errors().isEmpty(), qPrintable(step));
            QVERIFY2(t.validate(Prompt::VariableSchema::forTemplate(step)).isEmpty(), qPrintable(step));
        }

        // general, diverse → breadth; in-depth → deepen; "whimsical" matches nothing and is named.
        QVERIFY(additions->evolDirections);
        QCOMPARE(*additions->evolDirections,
                 (QList<Design::EvolDirection> {Design::EvolDirection::Breadth, Design::EvolDirection::Deepen}));
        const QString warnings = additions->warnings.join(u'\n');
        QVERIFY2(warnings.contains(u"\"whimsical\""_s), qPrintable(warnings));
        // The direction placeholder has no variable: reported with its line, not silently kept.
        QVERIFY2(warnings.contains(u"(initial_prompt), line 6: the evolving direction"_s), qPrintable(warnings));
        QVERIFY2(warnings.contains(u"output_format"_s), qPrintable(warnings));

        QCOMPARE(additions->scenarios.size(), 1);
        const QString scenario = additions->scenarios.constFirst().description;
        QVERIFY2(scenario.contains(u"SENIOR_DEVELOPER mentors JUNIOR_DEVELOPER (exactly one to one or more)."_s),
                 qPrintable(scenario));
        QVERIFY(scenario.contains(u"JUNIOR_DEVELOPER works on CODEBASE (zero or more to exactly one)."_s));
        QVERIFY(scenario.contains(u"- Review frequency: daily"_s));
        QVERIFY(scenario.contains(u"language (string): C++20 and Qt"_s));

        QCOMPARE(additions->topics.size(), 1);
        QCOMPARE(additions->topics.constFirst().name, u"coding assist"_s);

        Design::ProjectDesign design;
        design.name = u"Mine"_s;
        const QStringList problems = Import::DesignMerge::problems(design, *additions);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const Design::ProjectDesign merged = Import::DesignMerge::merged(design, *additions);
        QCOMPARE(merged.templates.starter, *additions->starter);
        QCOMPARE(merged.personas.size(), 2);
        const QString summary = Import::DesignMerge::summary(design, *additions);
        QVERIFY2(summary.contains(u"2 persona"_s) && summary.contains(u"2 template"_s)
                     && summary.contains(u"Evol-Instruct directions: breadth, deepen"_s),
                 qPrintable(summary));
    }

    void brokenSetup_namesLineAndColumn()
    {
        QString error;
        QVERIFY(!Import::FountainImport::readSetup("user_role: [a\nassistant_role: b\n", u"setup.yaml"_s, &error));
        QVERIFY2(error.startsWith(u"setup.yaml, line "_s) && error.contains(u"column"_s), qPrintable(error));
        QVERIFY(!Import::FountainImport::readSetup("initial_prompt: x\n", u"setup.yaml"_s, &error));
        QVERIFY2(error.contains(u"user_role is missing"_s), qPrintable(error));
    }

    void convertPrompt_withoutHints_followsJanusOrder_andEscapesBraces()
    {
        QStringList warnings;
        const QString t = Import::FountainImport::convertPrompt(u"%s\n%s\nStyle %s, user %s, assistant %s. {{x}}"_s,
                                                                false, u"---"_s, u"setup.yaml"_s, &warnings);
        QCOMPARE(t,
                 u"{{scenario}}\n---\nStyle {{! evolving direction }}, user {{user_persona.name}}, assistant "
                 "{{assistant_persona.name}}. \\{{x}}"_s);
        QCOMPARE(warnings.size(), 1);
    }

    void mermaid_flowchart()
    {
        const Import::MermaidDiagram d = Import::MermaidReader::read(
            u"%%{init: {'theme': 'dark'}}%%\nflowchart LR\n  A[Customer] -->|orders from| B(Shop)\n"
            "  B -- ships to --> A\n  B --> C{Warehouse}; C -.-> D((Courier))\n  %% the courier is late\n"
            "  style A fill:#f9f\n"_s);
        QCOMPARE(d.kind, u"flowchart"_s);
        QVERIFY2(d.warnings.isEmpty(), qPrintable(d.warnings.join(u'\n')));
        QCOMPARE(d.entities.size(), 4);
        QCOMPARE(d.entities.at(0).label, u"Customer"_s);
        QCOMPARE(d.entities.at(3).label, u"Courier"_s);
        QCOMPARE(d.relations.size(), 4);
        QCOMPARE(d.relations.at(0).label, u"orders from"_s);
        QCOMPARE(d.relations.at(1).label, u"ships to"_s);
        QCOMPARE(d.relations.at(1).to, u"A"_s);
        QCOMPARE(d.relations.at(3).from, u"C"_s);
        QCOMPARE(d.comments, QStringList {u"the courier is late"_s});
        const QString text = Import::MermaidReader::describe(d);
        QVERIFY2(text.contains(u"- Customer orders from Shop."_s), qPrintable(text));
    }

    void mermaid_unreadableLinesAreWarnings()
    {
        const Import::MermaidDiagram d = Import::MermaidReader::read(u"erDiagram\n  A ||--|{ B : has\n  ?? what\n"_s);
        QCOMPARE(d.relations.size(), 1);
        QCOMPARE(d.warnings.size(), 1);
        QVERIFY(d.warnings.constFirst().startsWith(u"line 3"_s));
    }
};

QTEST_GUILESS_MAIN(FountainImportTest)
#include "fountainimport_test.moc"

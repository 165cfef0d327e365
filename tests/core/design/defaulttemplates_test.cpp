// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// The four templates Dialogsmith ships (resources/templates), rendered for the situations a conversation
// goes through, and read the way the teacher model will read them.
#include "design/design.h"
#include "prompt/template.h"
#include "prompt/variableschema.h"

#include <QRegularExpression>
#include <QTest>

using namespace Dialogsmith;
using namespace Dialogsmith::Design;
using namespace Dialogsmith::Prompt;
using namespace Qt::StringLiterals;

namespace {

enum class Step { System, Starter, UserTurn, AssistantTurn };

QString source(Step step)
{
    const PromptTemplates templates = PromptTemplates::defaults();
    switch (step) {
    case Step::System:
        return templates.system;
    case Step::Starter:
        return templates.starter;
    case Step::UserTurn:
        return templates.userTurn;
    case Step::AssistantTurn:
        return templates.assistantTurn;
    }
    return {};
}

QString render(Step step, const QVariantMap &context)
{
    QList<TemplateError> errors;
    const QString text = Template::parse(source(step)).render(context, &errors);
    for (const TemplateError &error : errors)
        qWarning("%s", qPrintable(error.toString()));
    return errors.isEmpty() ? text : u"<render errors>"_s;
}

const QString question = u"So how do I use the chain rule on sin(x²)?"_s;
const QString chunk = u"The chain rule: if y = f(g(x)), then dy/dx = f'(g(x)) · g'(x)."_s;

// The first turn of a conversation grounded in a chunk: the starter and the system prompt are rendered
// before anything has been said; the assistant then answers the opening question.
QVariantMap firstTurnWithChunk()
{
    QVariantMap context = sampleContext();
    context[u"chunk"_s] = chunk;
    context[u"document_title"_s] = u"Calculus I, chapter 3"_s;
    context[u"history"_s] = QVariantList();
    context[u"question"_s] = QString();
    context[u"turn"_s] = 1;
    context[u"turns_total"_s] = 3;
    context[u"turns_left"_s] = 2;
    context[u"is_first_turn"_s] = true;
    return context;
}

// A later turn of a conversation without documents.
QVariantMap laterTurnWithoutDocuments()
{
    QVariantMap context = sampleContext();
    context[u"chunk"_s] = QString();
    context[u"document_title"_s] = QString();
    context[u"question"_s] = QString();
    context[u"turn"_s] = 2;
    context[u"turns_total"_s] = 3;
    context[u"turns_left"_s] = 1;
    context[u"is_first_turn"_s] = false;
    return context;
}

QVariantMap bareContext()
{
    QVariantMap context = laterTurnWithoutDocuments();
    for (const QString &side : {u"user_persona"_s, u"assistant_persona"_s}) {
        QVariantMap persona = context.value(side).toMap();
        for (auto it = persona.begin(); it != persona.end(); ++it) {
            if (it.key() != u"name"_s)
                *it = QString();
        }
        context[side] = persona;
    }
    context[u"topic_description"_s] = QString();
    context[u"scenario"_s] = QString();
    context[u"structure_description"_s] = QString();
    return context;
}

// What a careless template leaves in a prompt when a value is empty or a sentence is put mid-sentence.
QStringList blemishes(const QString &text)
{
    QStringList found;
    for (const QString &bad : {u"()"_s, u"( )"_s, u" ,"_s, u" ."_s, u",."_s, u".,"_s, u"..\n"_s, u". ."_s, u"  "_s,
                               u"\n\n\n"_s, u"{{"_s, u"}}"_s, u", A "_s}) {
        if (text.contains(bad))
            found.append(u"contains \""_s + bad + u'"');
    }
    if (text.endsWith(u".."_s))
        found.append(u"ends with \"..\""_s);
    if (text.startsWith(u'\n'))
        found.append(u"starts with a blank line"_s);
    static const QRegularExpression emptyLabel(uR"(^[^\n:]{1,40}:[ \t]*$)"_s, QRegularExpression::MultilineOption);
    for (auto it = emptyLabel.globalMatch(text); it.hasNext();) {
        const QString line = it.next().captured();
        if (line != u"The conversation so far:"_s)
            found.append(u"label without a value: \""_s + line + u'"');
    }
    static const QRegularExpression trailingSpace(uR"([ \t]$)"_s, QRegularExpression::MultilineOption);
    if (text.contains(trailingSpace))
        found.append(u"a line ends in a space"_s);
    return found;
}

} // namespace

class DefaultTemplatesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults_fitTheConversationSchema_data()
    {
        QTest::addColumn<Step>("step");
        QTest::newRow("system") << Step::System;
        QTest::newRow("starter") << Step::Starter;
        QTest::newRow("user_turn") << Step::UserTurn;
        QTest::newRow("assistant_turn") << Step::AssistantTurn;
    }

    void defaults_fitTheConversationSchema()
    {
        QFETCH(Step, step);
        QVERIFY(!source(step).trimmed().isEmpty());
        const Template parsed = Template::parse(source(step));
        QVERIFY(parsed.isValid());
        QStringList problems;
        for (const TemplateError &error : parsed.validate(VariableSchema::conversation()))
            problems.append(error.toString());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void firstTurn_withAChunk()
    {
        const QVariantMap context = firstTurnWithChunk();

        const QString system = render(Step::System, context);
        QVERIFY2(system.startsWith(u"You are Dr. Okafor.\n"_s), qPrintable(system));
        QVERIFY(system.contains(u"About you: A patient mathematics tutor with twenty years of teaching.\n"_s));
        QVERIFY(system.contains(u"you are the tutor of the student, talking with Mia."_s));
        QVERIFY(system.contains(u"\"Calculus I, chapter 3\""_s));
        QVERIFY(system.contains(u"\"\"\"\n"_s + chunk + u"\n\"\"\""_s));
        QVERIFY(system.contains(u"fit the answer to what Mia knows (beginner)"_s));
        QVERIFY(system.contains(u"Write in English."_s));
        QCOMPARE(blemishes(system), QStringList());

        const QString starter = render(Step::Starter, context);
        QVERIFY2(starter.startsWith(u"Write the opening message of a conversation. You write as Mia.\n"_s),
                 qPrintable(starter));
        QVERIFY(starter.contains(u"About Mia: A first-year engineering student who missed two lectures.\n"_s));
        QVERIFY(starter.contains(u"Mia is the student of the tutor and talks with Dr. Okafor.\n"_s));
        QVERIFY(starter.contains(u"Topic: Mathematics › Calculus › Derivatives\n"_s));
        QVERIFY(starter.contains(u"What Mia wants: understand the chain rule before Friday's quiz\n"_s));
        QVERIFY(starter.contains(u"Mood: curious but a little anxious\n"_s));
        // The user simulator sees the excerpt, so its question is one the excerpt answers.
        QVERIFY(starter.contains(chunk));
        QVERIFY(starter.contains(u"about 3 questions; this is the first"_s));
        QVERIFY(starter.contains(u"Write in English."_s));
        QCOMPARE(blemishes(starter), QStringList());

        // The assistant receives the opening question itself, nothing around it.
        QVariantMap answering = context;
        answering[u"question"_s] = question;
        QCOMPARE(render(Step::AssistantTurn, answering).trimmed(), question);
    }

    void laterTurn_withoutDocuments()
    {
        const QVariantMap context = laterTurnWithoutDocuments();

        const QString system = render(Step::System, context);
        QVERIFY(system.startsWith(u"You are Dr. Okafor.\n"_s));
        QVERIFY2(!system.contains(u"excerpt"_s) && !system.contains(u"\"\"\""_s), qPrintable(system));
        QCOMPARE(blemishes(system), QStringList());

        const QString userTurn = render(Step::UserTurn, context);
        QVERIFY2(userTurn.startsWith(u"You write as Mia, in a conversation with Dr. Okafor about Mathematics › "
                                     "Calculus › Derivatives.\n"_s),
                 qPrintable(userTurn));
        // The conversation so far, with who said what.
        QVERIFY(userTurn.contains(u"The conversation so far:\nMia: What does a derivative actually measure?\n\n"
                                  "Dr. Okafor: How fast a quantity changes: the slope of its graph at one point.\n"_s));
        QVERIFY(userTurn.contains(u"(question 2 of about 3)"_s));
        QVERIFY(userTurn.contains(u"reply with exactly [END] and nothing else"_s));
        QVERIFY(!userTurn.contains(u"last question"_s));
        QVERIFY(!userTurn.contains(u"excerpt"_s) && !userTurn.contains(u"\"\"\""_s));
        QCOMPARE(blemishes(userTurn), QStringList());

        QVariantMap answering = context;
        answering[u"question"_s] = question;
        QCOMPARE(render(Step::AssistantTurn, answering).trimmed(), question);
    }

    void grounded_laterTurn_keepsTheUserOnTheChunk()
    {
        QVariantMap context = laterTurnWithoutDocuments();
        context[u"chunk"_s] = chunk;
        context[u"document_title"_s] = u"Calculus I, chapter 3"_s;
        const QString userTurn = render(Step::UserTurn, context);
        QVERIFY(userTurn.contains(u"Keep to what this excerpt from \"Calculus I, chapter 3\" covers"_s));
        QVERIFY(userTurn.contains(chunk));
        QCOMPARE(blemishes(userTurn), QStringList());
        QVERIFY(render(Step::System, context).contains(chunk));
    }

    void personasWithOnlyNames_leaveNoDanglingText_data()
    {
        QTest::addColumn<Step>("step");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("system") << Step::System
                                << QStringList {u"You are Dr. Okafor.\nYou are talking with Mia.\n"_s,
                                                u"Answer the way Dr. Okafor would.\n"_s,
                                                u"Write in the language of the question.\n"_s,
                                                u"fit the answer to what Mia knows, and"_s}
                                << QStringList {u"About you"_s, u"Your aim"_s, u"The situation"_s,
                                                u"How the conversation goes"_s};
        QTest::newRow("starter") << Step::Starter
                                 << QStringList {u"You write as Mia.\nMia talks with Dr. Okafor.\nTopic: "_s,
                                                 u"Write in English."_s}
                                 << QStringList {u"About Mia"_s,       u"About Dr. Okafor"_s,
                                                 u"About the topic"_s, u"Mood"_s,
                                                 u"Style"_s,           u"wants"_s,
                                                 u"knows"_s,           u"How it goes"_s};
        QTest::newRow("user_turn") << Step::UserTurn
                                   << QStringList {u"You write as Mia, in a conversation with Dr. Okafor about "_s,
                                                   u"Write in English."_s}
                                   << QStringList {u"About Mia"_s, u"Mood"_s,  u"Style"_s,
                                                   u"wants"_s,     u"knows"_s, u"How it goes"_s};
    }

    void personasWithOnlyNames_leaveNoDanglingText()
    {
        QFETCH(Step, step);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        QVariantMap context = bareContext();
        if (step == Step::Starter) {
            context[u"turn"_s] = 1;
            context[u"history"_s] = QVariantList();
            context[u"is_first_turn"_s] = true;
        }
        const QString text = render(step, context);
        for (const QString &part : expected)
            QVERIFY2(text.contains(part), qPrintable(part + u"\nnot in:\n"_s + text));
        for (const QString &part : absent)
            QVERIFY2(!text.contains(part), qPrintable(part + u"\nin:\n"_s + text));
        QCOMPARE(blemishes(text), QStringList());
    }

    void noTopicOrStructure_leavesNoDanglingText()
    {
        QVariantMap context = bareContext();
        context[u"topic"_s] = QString();
        context[u"topic_path"_s] = QString();
        context[u"structure"_s] = QString();
        for (const Step step : {Step::System, Step::Starter, Step::UserTurn}) {
            const QString text = render(step, context);
            QVERIFY2(blemishes(text).isEmpty(), qPrintable(blemishes(text).join(u'\n') + u"\nin:\n"_s + text));
            QVERIFY2(!text.contains(u"Topic:"_s) && !text.contains(u"Kind of conversation"_s), qPrintable(text));
        }
    }

    void lastTurn_asksForTheLastQuestion()
    {
        QVariantMap context = laterTurnWithoutDocuments();
        context[u"turn"_s] = 3;
        context[u"turns_left"_s] = 0;
        const QString userTurn = render(Step::UserTurn, context);
        QVERIFY2(userTurn.contains(u"(question 3 of about 3)"_s), qPrintable(userTurn));
        QVERIFY(userTurn.contains(u"\nThis is the last question of the conversation.\n"_s));
        QVERIFY(userTurn.contains(u"reply with exactly [END] and nothing else"_s));
        QCOMPARE(blemishes(userTurn), QStringList());
    }

    void oneTurnConversation_starterSaysItIsTheOnlyQuestion()
    {
        QVariantMap context = firstTurnWithChunk();
        context[u"turns_total"_s] = 1;
        context[u"turns_left"_s] = 0;
        const QString starter = render(Step::Starter, context);
        QVERIFY2(starter.contains(u"This is the only question of the conversation."_s), qPrintable(starter));
        QVERIFY(!starter.contains(u"about 1 questions"_s));
        QCOMPARE(blemishes(starter), QStringList());
    }

    void endMarker_isTheProjectsOwn()
    {
        QVariantMap context = laterTurnWithoutDocuments();
        context[u"end_marker"_s] = u"<<DONE>>"_s;
        QVERIFY(render(Step::UserTurn, context).contains(u"reply with exactly <<DONE>> and nothing else"_s));
    }
};

QTEST_GUILESS_MAIN(DefaultTemplatesTest)
#include "defaulttemplates_test.moc"

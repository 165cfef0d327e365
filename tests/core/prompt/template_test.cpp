// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "prompt/template.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace Dialogsmith::Prompt;

namespace {

QStringList describe(const QList<TemplateError> &errors)
{
    QStringList lines;
    for (const TemplateError &error : errors)
        lines.append(QStringLiteral("%1:%2 %3").arg(error.line).arg(error.column).arg(error.message));
    return lines;
}

// Renders a template that must parse and render without errors.
QString render(const QString &source, const QVariantMap &context)
{
    const Template parsed = Template::parse(source);
    QList<TemplateError> errors;
    const QString text = parsed.render(context, &errors);
    if (!errors.isEmpty()) {
        qWarning("unexpected errors: %s", qPrintable(describe(errors).join(u"; ")));
        return QStringLiteral("<errors>");
    }
    return text;
}

QStringList renderErrors(const QString &source, const QVariantMap &context, QString *text = nullptr)
{
    QList<TemplateError> errors;
    const QString result = Template::parse(source).render(context, &errors);
    if (text)
        *text = result;
    return describe(errors);
}

QVariantMap person(const QString &name, const QString &mood)
{
    return QVariantMap {{QStringLiteral("name"), name}, {QStringLiteral("mood"), mood}};
}

// Whether value holds what the schema says, recursively; the first mismatch's path in *where.
bool matches(const VariableSchema &schema, const QVariantMap &value, QString *where, const QString &prefix = {});

bool matchesKind(VariableKind kind, VariableKind itemKind, const VariableSchema &fields, const QVariant &value,
                 QString *where, const QString &path)
{
    switch (kind) {
    case VariableKind::Text:
        return value.typeId() == QMetaType::QString;
    case VariableKind::Number:
        return value.typeId() == QMetaType::Int || value.typeId() == QMetaType::Double
            || value.typeId() == QMetaType::LongLong;
    case VariableKind::Bool:
        return value.typeId() == QMetaType::Bool;
    case VariableKind::Map:
        return value.typeId() == QMetaType::QVariantMap && matches(fields, value.toMap(), where, path + u'.');
    case VariableKind::List: {
        if (value.typeId() != QMetaType::QVariantList || value.toList().isEmpty())
            return false;
        for (const QVariant &item : value.toList()) {
            if (!matchesKind(itemKind, VariableKind::Text, fields, item, where, path + u"[]"))
                return false;
        }
        return true;
    }
    }
    return false;
}

bool matches(const VariableSchema &schema, const QVariantMap &value, QString *where, const QString &prefix)
{
    for (const VariableSchema::Variable &variable : schema.variables()) {
        const QString path = prefix + variable.name;
        if (!matchesKind(variable.kind, variable.itemKind, variable.fields, value.value(variable.name), where, path)) {
            if (where->isEmpty())
                *where = path;
            return false;
        }
    }
    if (value.size() != schema.variables().size()) {
        *where = prefix + QStringLiteral("<extra keys>");
        return false;
    }
    return true;
}

// The default templates of the four steps, as a user would lay them out.
const char16_t systemPromptTemplate[] = uR"(You are {{assistant_persona.name}}: {{assistant_persona.description}}
You are the {{assistant_persona.relationship}}, talking with {{user_persona.name}}.
{{#if chunk}}
Ground every answer in this excerpt from "{{document_title}}":
{{chunk}}
{{/if}}
Speak {{assistant_persona.language}}. Style: {{assistant_persona.speaking_style}}.)";

const char16_t starterTemplate[] = uR"({{! The first message of a conversation, written by the user side. }}
Write the first message {{user_persona.name}} sends in a {{structure}} conversation about {{topic_path}}.
{{user_persona.name}}: {{user_persona.description}} Knowledge: {{user_persona.knowledge_level}}. Mood: {{user_persona.mood}}.
Goal: {{user_persona.goal}}
Scenario: {{scenario}}
{{#if topic_description}}
About the topic: {{topic_description}}
{{/if}}
Write only the message, in {{user_persona.language}}.)";

const char16_t userTurnTemplate[]
    = uR"(Continue the conversation as {{user_persona.name}} (turn {{turn}} of {{turns_total}}).
Conversation so far:
{{#each history}}
{{@number}}. {{role}}: {{content}}
{{/each}}
{{#if turns_left}}
Ask a follow-up question about {{topic}} that goes deeper.
{{else}}
Thank {{assistant_persona.name}} and wrap up.
{{/if}}
)";

const char16_t assistantTurnTemplate[]
    = uR"(Answer as {{assistant_persona.name}} ({{assistant_persona.speaking_style}}).
{{#unless is_first_turn}}
Earlier in this conversation:
{{#each history}}
  [{{role}}{{#if @last}}, latest{{/if}}] {{content}}
{{/each}}
{{/unless}}
{{#if chunk}}
Use only facts from: {{chunk}}
{{/if}}
{{#if is_first_turn}}Greet {{user_persona.name}} briefly.{{/if}})";

} // namespace

class TemplateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variables_renderValuesAndDottedPaths()
    {
        const QVariantMap context {{QStringLiteral("name"), QStringLiteral("Ada")},
                                   {QStringLiteral("user"), person(QStringLiteral("Bo"), QStringLiteral("calm"))}};
        QCOMPARE(render(QStringLiteral("Hello {{name}}, {{ user.name }} is {{user.mood}}!"), context),
                 QStringLiteral("Hello Ada, Bo is calm!"));
        QCOMPARE(render(QStringLiteral("{{\tname\n}}"), context), QStringLiteral("Ada"));
        QCOMPARE(render(QStringLiteral("no tags at all\n"), context), QStringLiteral("no tags at all\n"));
    }

    void variables_listsEveryPathOnceInOrder()
    {
        const Template parsed = Template::parse(QStringLiteral(
            "{{b}} {{a.x}} {{#if b}}{{b}}{{/if}} {{#each list}}{{@index}} {{this.f}} {{g}}{{/each}}{{! {{c}} }}"));
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed.variables(),
                 (QStringList {QStringLiteral("b"), QStringLiteral("a.x"), QStringLiteral("list"),
                               QStringLiteral("@index"), QStringLiteral("this.f"), QStringLiteral("g")}));
    }

    void emptyTemplate_rendersEmptyNotNull()
    {
        const Template empty;
        QVERIFY(empty.isValid());
        QList<TemplateError> errors;
        const QString text = empty.render({}, &errors);
        QVERIFY(errors.isEmpty());
        QVERIFY(!text.isNull());
        QVERIFY(text.isEmpty());
        QVERIFY(!Template::parse(QString()).render({}).isNull());
    }

    void if_followsTruthiness_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("truthy");
        QTest::newRow("empty text") << QVariant(QString()) << false;
        QTest::newRow("text") << QVariant(QStringLiteral("x")) << true;
        QTest::newRow("space") << QVariant(QStringLiteral(" ")) << true;
        QTest::newRow("zero") << QVariant(0) << false;
        QTest::newRow("one") << QVariant(1) << true;
        QTest::newRow("negative") << QVariant(-3) << true;
        QTest::newRow("zero long long") << QVariant(qlonglong(0)) << false;
        QTest::newRow("big unsigned") << QVariant(std::numeric_limits<qulonglong>::max()) << true;
        QTest::newRow("zero double") << QVariant(0.0) << false;
        QTest::newRow("fraction") << QVariant(0.25) << true;
        QTest::newRow("nan") << QVariant(std::nan("")) << false;
        QTest::newRow("true") << QVariant(true) << true;
        QTest::newRow("false") << QVariant(false) << false;
        QTest::newRow("empty list") << QVariant(QVariantList()) << false;
        QTest::newRow("list") << QVariant(QVariantList {0}) << true;
        QTest::newRow("empty map") << QVariant(QVariantMap()) << false;
        QTest::newRow("map") << QVariant(QVariantMap {{QStringLiteral("a"), 0}}) << true;
    }

    void if_followsTruthiness()
    {
        QFETCH(QVariant, value);
        QFETCH(bool, truthy);
        const QVariantMap context {{QStringLiteral("v"), value}};
        QCOMPARE(render(QStringLiteral("{{#if v}}yes{{/if}}"), context), truthy ? QStringLiteral("yes") : QString());
        QCOMPARE(render(QStringLiteral("{{#if v}}yes{{else}}no{{/if}}"), context),
                 truthy ? QStringLiteral("yes") : QStringLiteral("no"));
        QCOMPARE(render(QStringLiteral("{{#unless v}}no{{/unless}}"), context),
                 truthy ? QString() : QStringLiteral("no"));
        QCOMPARE(render(QStringLiteral("{{#unless v}}no{{else}}yes{{/unless}}"), context),
                 truthy ? QStringLiteral("yes") : QStringLiteral("no"));
    }

    void each_providesIndexNumberFirstLast()
    {
        const QVariantMap context {
            {QStringLiteral("items"), QVariantList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}}};
        QCOMPARE(render(QStringLiteral("{{#each items}}{{@index}}/{{@number}}={{this}}"
                                       "{{#if @first}} first{{/if}}{{#if @last}} last{{/if}}; {{/each}}"),
                        context),
                 QStringLiteral("0/1=a first; 1/2=b; 2/3=c last; "));
        QCOMPARE(render(QStringLiteral("{{#each items}}{{this}}{{#unless @last}}, {{/unless}}{{/each}}"), context),
                 QStringLiteral("a, b, c"));
        const QVariantMap single {{QStringLiteral("items"), QVariantList {QStringLiteral("only")}}};
        QCOMPARE(render(QStringLiteral("{{#each items}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}}{{/each}}"), single),
                 QStringLiteral("FL"));
    }

    void each_overEmptyListRendersNothing()
    {
        const QVariantMap context {{QStringLiteral("items"), QVariantList()}};
        QCOMPARE(render(QStringLiteral("[{{#each items}}x{{/each}}]"), context), QStringLiteral("[]"));
    }

    void each_resolvesItemFieldsFirstThenOutward()
    {
        const QVariantMap context {
            {QStringLiteral("name"), QStringLiteral("outer")},
            {QStringLiteral("topic"), QStringLiteral("Derivatives")},
            {QStringLiteral("people"),
             QVariantList {person(QStringLiteral("Ada"), QStringLiteral("calm")),
                           QVariantMap {{QStringLiteral("mood"), QStringLiteral("tired")}}}},
        };
        // Ada's item has a name; the second item has none, so {{name}} falls back to the outer one.
        QCOMPARE(render(QStringLiteral("{{#each people}}{{name}} ({{this.mood}}, {{mood}}) on {{topic}}. {{/each}}"),
                        context),
                 QStringLiteral("Ada (calm, calm) on Derivatives. outer (tired, tired) on Derivatives. "));
    }

    void sections_nest()
    {
        const QVariantMap context {
            {QStringLiteral("title"), QStringLiteral("T")},
            {QStringLiteral("groups"),
             QVariantList {
                 QVariantMap {{QStringLiteral("name"), QStringLiteral("g1")},
                              {QStringLiteral("items"), QVariantList {QStringLiteral("x"), QStringLiteral("y")}}},
                 QVariantMap {{QStringLiteral("name"), QStringLiteral("g2")},
                              {QStringLiteral("items"), QVariantList()}},
             }},
        };
        const QString source = QStringLiteral("{{#each groups}}{{title}}.{{name}}:"
                                              "{{#if items}}{{#each items}}{{name}}-{{this}}@{{@index}}"
                                              "{{#unless @last}},{{/unless}}{{/each}}{{else}}none{{/if}};{{/each}}");
        QCOMPARE(render(source, context), QStringLiteral("T.g1:g1-x@0,g1-y@1;T.g2:none;"));
    }

    void comments_renderNothing()
    {
        const QVariantMap context {{QStringLiteral("x"), QStringLiteral("X")}};
        QCOMPARE(
            render(QStringLiteral("a{{! a note }}b{{!-- has }} and {{x}} inside --}}c{{ !spaced}}d{{x}}"), context),
            QStringLiteral("abcdX"));
    }

    void escape_writesLiteralBraces()
    {
        const QVariantMap context {{QStringLiteral("name"), QStringLiteral("Ada")}};
        QCOMPARE(render(QStringLiteral("\\{{name}} is {{name}}"), context), QStringLiteral("{{name}} is Ada"));
        QCOMPARE(render(QStringLiteral("JSON: {\"a\": \\{{}}}"), context), QStringLiteral("JSON: {\"a\": {{}}}"));
        QCOMPARE(render(QStringLiteral("a \\ b } {"), context), QStringLiteral("a \\ b } {"));
        const Template escaped = Template::parse(QStringLiteral("\\{{ unclosed"));
        QVERIFY(escaped.isValid());
        QCOMPARE(escaped.render({}), QStringLiteral("{{ unclosed"));
    }

    void standaloneLines_renderNothing_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("if on own lines") << QStringLiteral("Start\n{{#if yes}}\nYes\n{{/if}}\nEnd")
                                         << QStringLiteral("Start\nYes\nEnd");
        QTest::newRow("false if on own lines")
            << QStringLiteral("Start\n{{#if no}}\nYes\n{{/if}}\nEnd") << QStringLiteral("Start\nEnd");
        QTest::newRow("indented with spaces and tabs")
            << QStringLiteral("a\n  {{#if yes}} \t\n  b\n\t{{/if}}\nc\n") << QStringLiteral("a\n  b\nc\n");
        QTest::newRow("else") << QStringLiteral("{{#if no}}\nY\n{{else}}\nN\n{{/if}}\n") << QStringLiteral("N\n");
        QTest::newRow("comment line") << QStringLiteral("a\n  {{! note }}\nb") << QStringLiteral("a\nb");
        QTest::newRow("multi-line comment") << QStringLiteral("a\n{{!--\nnote }}\n--}}\nb") << QStringLiteral("a\nb");
        QTest::newRow("two section tags")
            << QStringLiteral("{{#if yes}}{{! why }}\nx\n{{/if}}{{! done }}\n") << QStringLiteral("x\n");
        QTest::newRow("each list") << QStringLiteral("Items:\n{{#each items}}\n- {{this}}\n{{/each}}\nDone\n")
                                   << QStringLiteral("Items:\n- a\n- b\nDone\n");
        QTest::newRow("last line without newline")
            << QStringLiteral("{{#if yes}}\nx\n  {{/if}}") << QStringLiteral("x\n");
        QTest::newRow("crlf") << QStringLiteral("a\r\n{{#if yes}}\r\nb\r\n  {{/if}}\r\nc")
                              << QStringLiteral("a\r\nb\r\nc");
        QTest::newRow("inline tags stay") << QStringLiteral("a {{#if yes}}x{{/if}} b\n") << QStringLiteral("a x b\n");
        QTest::newRow("text after tag stays") << QStringLiteral("{{#if yes}} x\n{{/if}}") << QStringLiteral(" x\n");
        QTest::newRow("variable line stays")
            << QStringLiteral("{{v}}\n{{#if yes}}\n{{v}}\n{{/if}}\n") << QStringLiteral("V\nV\n");
        QTest::newRow("escape line stays") << QStringLiteral("\\{{\n") << QStringLiteral("{{\n");
        QTest::newRow("blank lines stay")
            << QStringLiteral("a\n\n{{#if yes}}\n\nb\n{{/if}}\n") << QStringLiteral("a\n\n\nb\n");
    }

    void standaloneLines_renderNothing()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const QVariantMap context {{QStringLiteral("yes"), true},
                                   {QStringLiteral("no"), false},
                                   {QStringLiteral("v"), QStringLiteral("V")},
                                   {QStringLiteral("items"), QVariantList {QStringLiteral("a"), QStringLiteral("b")}}};
        QCOMPARE(render(source, context), expected);
    }

    void syntaxErrors_nameLineAndColumn_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const QString &source, const QStringList &expected) {
            QTest::newRow(name) << source << expected;
        };
        row("unclosed tag", QStringLiteral("Hi {{name"), {QStringLiteral("1:4 '{{' is not closed by '}}'.")});
        row("unclosed tag before another", QStringLiteral("a\n  {{name {{x}}"),
            {QStringLiteral("2:3 '{{' is not closed by '}}'.")});
        row("unclosed comment", QStringLiteral("ok\n{{!-- open }}"),
            {QStringLiteral("2:1 The comment is not closed by '--}}'.")});
        row("empty tag", QStringLiteral("x {{}}"), {QStringLiteral("1:3 The tag names no variable.")});
        row("blank tag", QStringLiteral("{{  }}"), {QStringLiteral("1:1 The tag names no variable.")});
        row("unknown helper", QStringLiteral("{{#with a}}x{{/with}}"),
            {QStringLiteral("1:1 Unknown helper '#with': use #if, #unless or #each."),
             QStringLiteral("1:13 Unknown section end '{{/with}}'.")});
        row("if without variable", QStringLiteral("{{#if}}x{{/if}}"),
            {QStringLiteral("1:1 '{{#if}}' needs a variable.")});
        row("if with two words", QStringLiteral("{{#if a b}}x{{/if}}"),
            {QStringLiteral("1:1 '{{#if}}' takes one variable, not 'a b'.")});
        row("mismatched close", QStringLiteral("{{#each items}}\n\t{{/if}}"),
            {QStringLiteral("2:2 '{{/if}}' closes '{{#each}}' from line 1, column 1.")});
        row("mismatched then unmatched", QStringLiteral("{{#if a}}{{/each}}{{/if}}"),
            {QStringLiteral("1:10 '{{/each}}' closes '{{#if}}' from line 1, column 1."),
             QStringLiteral("1:19 '{{/if}}' has no matching '{{#if}}'.")});
        row("unclosed section", QStringLiteral("x\n{{#if a}}\ny"),
            {QStringLiteral("2:1 '{{#if}}' is not closed by '{{/if}}'.")});
        row("two unclosed sections", QStringLiteral("{{#each a}}{{#unless b}}"),
            {QStringLiteral("1:1 '{{#each}}' is not closed by '{{/each}}'."),
             QStringLiteral("1:12 '{{#unless}}' is not closed by '{{/unless}}'.")});
        row("close without open", QStringLiteral("{{/each}}"),
            {QStringLiteral("1:1 '{{/each}}' has no matching '{{#each}}'.")});
        row("else outside", QStringLiteral("a {{else}}"),
            {QStringLiteral("1:3 '{{else}}' is only allowed directly inside '{{#if}}' or '{{#unless}}'.")});
        row("else in each", QStringLiteral("{{#each l}}{{else}}{{/each}}"),
            {QStringLiteral("1:12 '{{else}}' is only allowed directly inside '{{#if}}' or '{{#unless}}'.")});
        row("second else", QStringLiteral("{{#if a}}{{else}}{{else}}{{/if}}"),
            {QStringLiteral("1:18 A second '{{else}}' in the same '{{#if}}'.")});
        row("else if", QStringLiteral("{{#if a}}{{else if b}}{{/if}}"),
            {QStringLiteral("1:10 '{{else}}' takes no condition: nest an '{{#if}}' inside it.")});
        row("close with name", QStringLiteral("{{#if a}}{{/if a}}"),
            {QStringLiteral("1:1 '{{#if}}' is not closed by '{{/if}}'."),
             QStringLiteral("1:10 '{{/if}}' takes nothing after the name.")});
        row("double dot", QStringLiteral("{{user..mood}}"),
            {QStringLiteral("1:1 'user..mood' is not a variable name.")});
        row("leading digit", QStringLiteral("{{1x}}"), {QStringLiteral("1:1 '1x' is not a variable name.")});
        row("inverted section", QStringLiteral("{{^x}}"), {QStringLiteral("1:1 '^x' is not a variable name.")});
        row("each over bad path", QStringLiteral("{{#each a.}}{{/each}}"),
            {QStringLiteral("1:1 'a.' is not a variable name.")});
        row("unknown special", QStringLiteral("{{#each a}}{{@foo}}{{/each}}"),
            {QStringLiteral("1:12 '@foo' is not a variable name.")});
        row("index outside each", QStringLiteral("{{@index}}"),
            {QStringLiteral("1:1 '@index' is only available inside '{{#each}}'.")});
        row("this outside each", QStringLiteral("ok\n {{#if this.x}}{{/if}}"),
            {QStringLiteral("2:2 'this' is only available inside '{{#each}}'.")});
        row("tabs are one column", QStringLiteral("\t\t{{}}"), {QStringLiteral("1:3 The tag names no variable.")});
        row("crlf lines", QStringLiteral("a\r\nb\r\n  {{#if}}{{/if}}"),
            {QStringLiteral("3:3 '{{#if}}' needs a variable.")});
        row("unicode columns", QStringLiteral("Grüße 😀 {{}}"), {QStringLiteral("1:9 The tag names no variable.")});
        row("several in order", QStringLiteral("{{#if a}}\n{{}}\n{{else}}\n{{/each}}\n{{#bad}}"),
            {QStringLiteral("2:1 The tag names no variable."),
             QStringLiteral("4:1 '{{/each}}' closes '{{#if}}' from line 1, column 1."),
             QStringLiteral("5:1 Unknown helper '#bad': use #if, #unless or #each.")});
        QString deep;
        for (int i = 0; i <= Template::maxNesting; ++i)
            deep += QStringLiteral("{{#if a}}");
        for (int i = 0; i <= Template::maxNesting; ++i)
            deep += QStringLiteral("{{/if}}");
        row("too deep", deep,
            {QStringLiteral("1:%1 Sections are nested more than 64 deep.").arg(Template::maxNesting * 9 + 1)});
    }

    void syntaxErrors_nameLineAndColumn()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, expected);
        const Template parsed = Template::parse(source);
        QVERIFY(!parsed.isValid());
        QCOMPARE(describe(parsed.errors()), expected);
        // Validation and rendering report the same errors and render nothing.
        QCOMPARE(describe(parsed.validate(VariableSchema::conversation())), expected);
        QString text = QStringLiteral("not rendered");
        QCOMPARE(renderErrors(source, {}, &text), expected);
        QVERIFY(text.isNull());
    }

    void parse_staysLinearOnPathologicalInput()
    {
        // Quadratic scanning would make these take hours and time the test out.
        const Template unclosedComments = Template::parse(QStringLiteral("{{!").repeated(100000));
        QCOMPARE(unclosedComments.errors().size(), 100000);
        QCOMPARE(unclosedComments.errors().last().column, 3 * 99999 + 1);

        const Template unclosedTags = Template::parse(QStringLiteral("{{").repeated(100000) + QStringLiteral("x}}"));
        QCOMPARE(unclosedTags.errors().size(), 99999);
        QCOMPARE(unclosedTags.variables(), QStringList {QStringLiteral("x")});

        const Template longLine = Template::parse(QStringLiteral("{{x}}y").repeated(200000));
        QVERIFY(longLine.isValid());
        QCOMPARE(longLine.render({{QStringLiteral("x"), QStringLiteral("x")}}).size(), 400000);

        const Template mismatched = Template::parse(QStringLiteral("\n{{#if a}}{{/each}}").repeated(50000));
        QCOMPARE(mismatched.errors().size(), 50000);
        QCOMPARE(describe({mismatched.errors().last()}),
                 QStringList {QStringLiteral("50001:10 '{{/each}}' closes '{{#if}}' from line 50001, column 1.")});
    }

    void validate_acceptsMaximalNesting()
    {
        QString source;
        for (int i = 0; i < Template::maxNesting; ++i)
            source += QStringLiteral("{{#if turn}}");
        source += QStringLiteral("deep");
        for (int i = 0; i < Template::maxNesting; ++i)
            source += QStringLiteral("{{/if}}");
        const Template parsed = Template::parse(source);
        QVERIFY(parsed.isValid());
        QVERIFY(parsed.validate(VariableSchema::conversation()).isEmpty());
        QCOMPARE(parsed.render(sampleContext()), QStringLiteral("deep"));
    }

    void validate_reportsSchemaErrors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("unknown variables")
            << QStringLiteral("Hi {{topic}}\n{{nope}} and {{user_persona.nope}}")
            << QStringList {QStringLiteral("2:1 Unknown variable 'nope'."),
                            QStringLiteral("2:14 Unknown variable 'user_persona.nope'.")};
        QTest::newRow("unknown in sections")
            << QStringLiteral("{{#if missing}}{{/if}}\n{{#unless topic}}\t{{#each nothing}}{{/each}}{{/unless}}")
            << QStringList {QStringLiteral("1:1 Unknown variable 'missing'."),
                            QStringLiteral("2:19 Unknown variable 'nothing'.")};
        QTest::newRow("field of text") << QStringLiteral("{{topic.name}}")
                                       << QStringList {QStringLiteral(
                                              "1:1 Unknown variable 'topic.name': 'topic' is text and has no fields.")};
        QTest::newRow("each over text") << QStringLiteral("x\n  {{#each topic}}{{this}}{{/each}}")
                                        << QStringList {QStringLiteral(
                                               "2:3 '{{#each topic}}' needs a list, but 'topic' is text.")};
        QTest::newRow("each over number")
            << QStringLiteral("{{#each turn}}{{/each}}")
            << QStringList {QStringLiteral("1:1 '{{#each turn}}' needs a list, but 'turn' is a number.")};
        QTest::newRow("each over map") << QStringLiteral("{{#each user_persona}}{{/each}}")
                                       << QStringList {QStringLiteral("1:1 '{{#each user_persona}}' needs a list, "
                                                                      "but 'user_persona' is a map.")};
        QTest::newRow("list as text") << QStringLiteral("History: {{history}}")
                                      << QStringList {QStringLiteral("1:10 'history' is a list and cannot be written "
                                                                     "as text: use '{{#each history}}'.")};
        QTest::newRow("map as text") << QStringLiteral("{{ user_persona }}")
                                     << QStringList {QStringLiteral("1:1 'user_persona' is a map and cannot be "
                                                                    "written as text: write one of its fields.")};
        QTest::newRow("item fields")
            << QStringLiteral("{{#each history}}{{role}} {{content}} {{this.content}} {{topic}} {{@index}}\n"
                              "{{this.mood}} {{mood}} {{this}}{{/each}}")
            << QStringList {QStringLiteral("2:1 Unknown variable 'this.mood'."),
                            QStringLiteral("2:15 Unknown variable 'mood'."),
                            QStringLiteral("2:24 'this' is a map and cannot be written as text: write one of its "
                                           "fields.")};
        QTest::newRow("item fields do not leak out") << QStringLiteral("{{#each history}}{{/each}}{{role}}")
                                                     << QStringList {QStringLiteral("1:27 Unknown variable 'role'.")};
        QTest::newRow("no cascade below an unknown list")
            << QStringLiteral("{{#each nope}}{{x}} {{this.y}}{{/each}}")
            << QStringList {QStringLiteral("1:1 Unknown variable 'nope'.")};
        QTest::newRow("fits") << QStringLiteral("{{#each history}}{{#if @first}}{{topic}}{{/if}}{{/each}}")
                              << QStringList();
    }

    void validate_reportsSchemaErrors()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, expected);
        const Template parsed = Template::parse(source);
        QVERIFY2(parsed.isValid(), qPrintable(describe(parsed.errors()).join(u"; ")));
        QCOMPARE(describe(parsed.validate(VariableSchema::conversation())), expected);
    }

    void validate_checksItemsOfTextLists()
    {
        VariableSchema schema;
        schema.addList(QStringLiteral("tags"), QStringLiteral("Tags."), VariableKind::Text);
        const Template parsed = Template::parse(QStringLiteral("{{#each tags}}{{this}}{{this.x}}{{/each}}"));
        QCOMPARE(describe(parsed.validate(schema)),
                 QStringList {QStringLiteral("1:23 Unknown variable 'this.x': 'this' is text and has no fields.")});
    }

    void render_reportsMissingValuesInsteadOfEmptyText()
    {
        QString text = QStringLiteral("not rendered");
        QCOMPARE(renderErrors(QStringLiteral("a {{x}}\n{{#if y}}{{/if}} {{#unless u}}{{/unless}}{{#each z}}{{/each}}"),
                              {}, &text),
                 (QStringList {QStringLiteral("1:3 No value for 'x'."), QStringLiteral("2:1 No value for 'y'."),
                               QStringLiteral("2:18 No value for 'u'."), QStringLiteral("2:42 No value for 'z'.")}));
        QVERIFY(text.isNull());

        const QVariantMap nulls {
            {QStringLiteral("x"), QVariant()},
            {QStringLiteral("m"), QVariantMap {{QStringLiteral("f"), QVariant::fromValue(nullptr)}}}};
        QCOMPARE(renderErrors(QStringLiteral("{{x}}{{m.f}}{{m.g}}"), nulls),
                 (QStringList {QStringLiteral("1:1 No value for 'x'."), QStringLiteral("1:6 No value for 'm.f'."),
                               QStringLiteral("1:13 No value for 'm.g'.")}));
        QVERIFY(Template::parse(QStringLiteral("{{x}}")).render({}).isNull());
    }

    void render_reportsAMissingItemFieldOnce()
    {
        const QVariantMap context {
            {QStringLiteral("people"), QVariantList {QVariantMap(), QVariantMap(), QVariantMap()}}};
        QCOMPARE(renderErrors(QStringLiteral("{{#each people}}{{name}} {{this.age}}{{/each}}"), context),
                 (QStringList {QStringLiteral("1:17 No value for 'name'."),
                               QStringLiteral("1:26 No value for 'this.age'.")}));
    }

    void render_reportsValuesOfTheWrongKind()
    {
        const QVariantMap context {{QStringLiteral("list"), QVariantList {1}},
                                   {QStringLiteral("map"), QVariantMap {{QStringLiteral("a"), 1}}},
                                   {QStringLiteral("text"), QStringLiteral("t")},
                                   {QStringLiteral("when"), QDateTime::fromSecsSinceEpoch(0, QTimeZone::UTC)}};
        QCOMPARE(renderErrors(QStringLiteral("{{list}}\n{{map}}\n{{#each text}}{{/each}}\n{{when}}\n"
                                             "{{#each list}}{{#each @index}}{{/each}}{{/each}}"),
                              context),
                 (QStringList {
                     QStringLiteral("1:1 'list' is a list and cannot be written as text: use '{{#each list}}'."),
                     QStringLiteral("2:1 'map' is a map and cannot be written as text: write one of its fields."),
                     QStringLiteral("3:1 '{{#each text}}' needs a list, but 'text' is text."),
                     QStringLiteral("4:1 'when' holds a value of a type templates do not support (QDateTime)."),
                     QStringLiteral("5:15 '{{#each @index}}' needs a list, but '@index' is a number."),
                 }));
    }

    void render_stopsARunawayTemplate()
    {
        QVariantList ten;
        for (int i = 0; i < 10; ++i)
            ten.append(i);
        const QVariantMap context {{QStringLiteral("l"), ten}};
        QString source;
        for (int i = 0; i < 7; ++i) // 10^7 items: more steps than allowed
            source += QStringLiteral("{{#each l}}");
        source += QStringLiteral("x");
        for (int i = 0; i < 7; ++i)
            source += QStringLiteral("{{/each}}");
        QString text = QStringLiteral("not rendered");
        const QStringList errors = renderErrors(source, context, &text);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("produces too much text")), qPrintable(errors.first()));
        QVERIFY(text.isNull());

        // Five levels (10^5 items) are within the budget.
        QString fits;
        for (int i = 0; i < 5; ++i)
            fits += QStringLiteral("{{#each l}}");
        fits += QStringLiteral("x");
        for (int i = 0; i < 5; ++i)
            fits += QStringLiteral("{{/each}}");
        QCOMPARE(render(fits, context).size(), 100000);
    }

    void numbers_renderWithoutTrailingZeros_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("int") << QVariant(42) << QStringLiteral("42");
        QTest::newRow("negative int") << QVariant(-7) << QStringLiteral("-7");
        QTest::newRow("long long") << QVariant(qlonglong(9007199254740993LL)) << QStringLiteral("9007199254740993");
        QTest::newRow("unsigned max") << QVariant(std::numeric_limits<qulonglong>::max())
                                      << QStringLiteral("18446744073709551615");
        QTest::newRow("whole double") << QVariant(3.0) << QStringLiteral("3");
        QTest::newRow("half") << QVariant(2.5) << QStringLiteral("2.5");
        QTest::newRow("tenth") << QVariant(0.1) << QStringLiteral("0.1");
        QTest::newRow("sum") << QVariant(0.1 + 0.2) << QStringLiteral("0.30000000000000004");
        QTest::newRow("million") << QVariant(1234567.0) << QStringLiteral("1234567");
        QTest::newRow("negative zero") << QVariant(-0.0) << QStringLiteral("0");
        QTest::newRow("small") << QVariant(0.000001) << QStringLiteral("0.000001");
        QTest::newRow("tiny") << QVariant(1.5e-7) << QStringLiteral("1.5e-07");
        QTest::newRow("huge") << QVariant(1e21) << QStringLiteral("1e+21");
        QTest::newRow("float") << QVariant(0.1f) << QStringLiteral("0.1");
        QTest::newRow("true") << QVariant(true) << QStringLiteral("true");
        QTest::newRow("false") << QVariant(false) << QStringLiteral("false");
    }

    void numbers_renderWithoutTrailingZeros()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, text);
        QCOMPARE(render(QStringLiteral("[{{v}}]"), {{QStringLiteral("v"), value}}), u'[' + text + u']');
    }

    void unicode_passesThrough()
    {
        const QVariantMap context {
            {QStringLiteral("topic"), QStringLiteral("微积分 › Ableitungen 😀")},
            {QStringLiteral("names"), QVariantList {QStringLiteral("Ayşe"), QStringLiteral("Đức")}}};
        QCOMPARE(render(QStringLiteral("Thema: «{{topic}}» — {{#each names}}{{this}}✓{{/each}} 🎉"), context),
                 QStringLiteral("Thema: «微积分 › Ableitungen 😀» — Ayşe✓Đức✓ 🎉"));
    }

    void tags_locateEveryTag()
    {
        const Template parsed = Template::parse(QStringLiteral("a {{x}}{{#if y}}\\{{{{else}}{{! c }}{{/if}}{{}}"));
        const QList<TemplateTag> tags = parsed.tags();
        const QList<TemplateTag> expected {
            {TemplateTag::Kind::Variable, 2, 5, QStringLiteral("x")},
            {TemplateTag::Kind::SectionOpen, 7, 9, QStringLiteral("y")},
            {TemplateTag::Kind::Escape, 16, 3, {}},
            {TemplateTag::Kind::Else, 19, 8, {}},
            {TemplateTag::Kind::Comment, 27, 8, {}},
            {TemplateTag::Kind::SectionClose, 35, 7, {}},
            {TemplateTag::Kind::Invalid, 42, 4, {}},
        };
        QCOMPARE(tags.size(), expected.size());
        for (qsizetype i = 0; i < tags.size(); ++i) {
            QCOMPARE(int(tags[i].kind), int(expected[i].kind));
            QCOMPARE(tags[i].offset, expected[i].offset);
            QCOMPARE(tags[i].length, expected[i].length);
            QCOMPARE(tags[i].path, expected[i].path);
        }
    }

    void schema_completesAndDescribesPaths()
    {
        const VariableSchema schema = VariableSchema::conversation();
        QCOMPARE(schema.completions(u"user_persona.m"), QStringList {QStringLiteral("user_persona.mood")});
        QCOMPARE(
            schema.completions(u"TOP"),
            (QStringList {QStringLiteral("topic"), QStringLiteral("topic_path"), QStringLiteral("topic_description")}));
        QCOMPARE(schema.completions(u"turns"),
                 (QStringList {QStringLiteral("turns_total"), QStringLiteral("turns_left")}));
        const QStringList paths = schema.paths();
        QVERIFY(paths.contains(QStringLiteral("assistant_persona.speaking_style")));
        QVERIFY(!paths.contains(QStringLiteral("history.role"))); // item fields need {{#each}}
        QCOMPARE(paths.size(), 17 + 2 * 8);
        QVERIFY(schema.description(u"history").contains(QStringLiteral("role, speaker and content")));
        QVERIFY(schema.description(u"user_persona.goal").contains(QStringLiteral("wants")));
        QVERIFY(schema.description(u"user_persona.nope").isEmpty());
        const VariableSchema::Variable *history = schema.find(u"history");
        QVERIFY(history);
        QCOMPARE(history->kind, VariableKind::List);
        QCOMPARE(history->itemKind, VariableKind::Map);
        QCOMPARE(history->fields.paths(),
                 (QStringList {QStringLiteral("role"), QStringLiteral("speaker"), QStringLiteral("content")}));
        QCOMPARE(schema.findPath(u"is_first_turn")->kind, VariableKind::Bool);
    }

    void sampleContext_matchesTheSchemasOfEveryStep()
    {
        // The conversation's variables, and what the other modes' steps add (VariableSchema::forTemplate).
        VariableSchema all = VariableSchema::conversation();
        for (const char *step : {"instruction", "evol", "knowledge_question", "faithfulness", "preference_judge",
                                 "embedding_queries", "negative_check", "judge"}) {
            for (const VariableSchema::Variable &v :
                 VariableSchema::forTemplate(QString::fromLatin1(step)).variables()) {
                if (all.find(v.name))
                    continue;
                if (v.kind == VariableKind::Map)
                    all.addMap(v.name, v.description, v.fields);
                else if (v.kind == VariableKind::List)
                    all.addList(v.name, v.description, v.itemKind, v.fields);
                else
                    all.add(v.name, v.kind, v.description);
            }
        }
        QString where;
        QVERIFY2(matches(all, sampleContext(), &where), qPrintable(where));
    }

    void conversationSchema_validatesDefaultTemplates_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("expectedParts");
        QTest::newRow("system prompt")
            << QString::fromUtf16(systemPromptTemplate)
            << QStringList {QStringLiteral("You are Dr. Okafor: A patient mathematics tutor"),
                            QStringLiteral("You are the tutor of the student, talking with Mia.\nGround every answer "
                                           "in this excerpt from \"Calculus I, chapter 3: Differentiation rules\":\n"
                                           "The chain rule:"),
                            QStringLiteral("cos(x²) · 2x.\nSpeak English. Style: clear steps")};
        QTest::newRow("conversation starter")
            << QString::fromUtf16(starterTemplate)
            << QStringList {QStringLiteral("Write the first message Mia sends in a tutoring conversation about "
                                           "Mathematics › Calculus › Derivatives.\n"),
                            QStringLiteral("Knowledge: beginner. Mood: curious but a little anxious.\n"),
                            QStringLiteral("\nAbout the topic: Rates of change"),
                            QStringLiteral("Write only the message, in English.")};
        QTest::newRow("user turn") << QString::fromUtf16(userTurnTemplate)
                                   << QStringList {QStringLiteral(
                                          "Continue the conversation as Mia (turn 2 of 3).\nConversation so far:\n"
                                          "1. user: What does a derivative actually measure?\n"
                                          "2. assistant: How fast a quantity changes: the slope of its graph at one "
                                          "point.\nAsk a follow-up question about Derivatives that goes deeper.\n")};
        QTest::newRow("assistant turn")
            << QString::fromUtf16(assistantTurnTemplate)
            << QStringList {QStringLiteral("Answer as Dr. Okafor (clear steps, one worked example at a time).\n"
                                           "Earlier in this conversation:\n"
                                           "  [user] What does a derivative actually measure?\n"
                                           "  [assistant, latest] How fast a quantity changes"),
                            QStringLiteral("one point.\nUse only facts from: The chain rule")};
    }

    void conversationSchema_validatesDefaultTemplates()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, expectedParts);
        const Template parsed = Template::parse(source);
        QVERIFY2(parsed.isValid(), qPrintable(describe(parsed.errors()).join(u"; ")));
        QCOMPARE(describe(parsed.validate(VariableSchema::conversation())), QStringList());
        const QString text = render(source, sampleContext());
        for (const QString &part : expectedParts)
            QVERIFY2(text.contains(part), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(part, text)));
        QVERIFY2(!text.contains(u'{') && !text.contains(u'}'), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("\n\n")), qPrintable(text)); // standalone lines left no gaps
    }

    void userTurn_rendersTheLastTurnDifferently()
    {
        QVariantMap context = sampleContext();
        context[QStringLiteral("turns_left")] = 0;
        const QString text = render(QString::fromUtf16(userTurnTemplate), context);
        QVERIFY2(text.endsWith(QStringLiteral("one point.\nThank Dr. Okafor and wrap up.\n")), qPrintable(text));
    }

    void template_isACheapSharedValue()
    {
        const Template original = Template::parse(QStringLiteral("{{a}}"));
        Template copy = original;
        QCOMPARE(copy.source(), QStringLiteral("{{a}}"));
        copy = Template::parse(QStringLiteral("{{b}}"));
        QCOMPARE(original.render({{QStringLiteral("a"), 1}}), QStringLiteral("1"));
        QCOMPARE(copy.render({{QStringLiteral("b"), 2}}), QStringLiteral("2"));
        QCOMPARE(TemplateError({2, 5, QStringLiteral("x")}).toString(), QStringLiteral("line 2, column 5: x"));
    }
};

QTEST_GUILESS_MAIN(TemplateTest)
#include "template_test.moc"

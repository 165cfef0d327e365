// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "design/projectspec.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace Dialogsmith;
using namespace Dialogsmith::Design;
using namespace Qt::StringLiterals;

namespace {

// A spec with the given members after "format" and "version", as a user would write one.
QByteArray spec(const QByteArray &rest = {})
{
    return R"({"format": "dialogsmith-spec", "version": 1)" + (rest.isEmpty() ? QByteArray() : ", " + rest) + "}";
}

// Reads a spec that must fail; returns the message.
QString readError(const QByteArray &json, const QString &baseDir = {})
{
    QString error;
    const auto design = ProjectSpec::read(json, u"spec.json"_s, baseDir, &error);
    if (design)
        return u"<read without an error>"_s;
    return error;
}

Llm::ProviderProfile profile(const QString &name, const QString &url)
{
    Llm::ProviderProfile p;
    p.name = name;
    p.model = u"model-"_s + name;
    p.endpoints = {{url, {}}};
    return p;
}

// A design that uses every field with a value other than its default, and text that needs escaping.
ProjectDesign richDesign()
{
    ProjectDesign d;
    d.name = u"Calculus \"tutoring\" – ü ✓ 𝔽"_s;
    d.description = u"Line one\nline two\ttabbed \\ backslash \u0001 control"_s;
    Topic derivatives {u"Derivatives"_s, u"Rates of change"_s, 2.5, {}};
    derivatives.children = {{u"Chain rule"_s, {}, 1, {}}, {u"Product rule"_s, {}, 1.0 / 3.0, {}}};
    d.topics = {{u"Calculus"_s, {}, 1, {derivatives, {u"Integrals"_s, u"Areas"_s, 0, {}}}}, {u"Algebra"_s, {}, 1, {}}};
    d.personas = {
        {u"Mia"_s, Side::User, u"A student"_s, u"student of the tutor"_s, u"anxious"_s, u"beginner"_s,
         u"pass the quiz"_s, u"short questions"_s, u"English"_s, 2},
        {u"Bo"_s, Side::User, {}, {}, {}, {}, {}, {}, {}, 1},
        {u"Dr. Okafor"_s, Side::Assistant, u"A tutor"_s, u"tutor"_s, u"calm"_s, u"expert"_s, u"teach"_s,
         u"clear steps"_s, u"Deutsch"_s, 0.75},
    };
    d.scenarios = {{u"Before a quiz"_s, 1}, {u"Office hours"_s, 3}};
    d.structures = {{u"Q&A"_s, {}, 1}, {u"tutoring"_s, u"Guides with questions"_s, 1}, {u"debate"_s, {}, 0.5}};
    d.documents = {{u"Notes"_s, u"notes/ch3.md"_s, u"# Chapter 3\n\nThe chain rule: (f∘g)' = f'(g)·g'.\n"_s},
                   {u"Pasted"_s, {}, u"Lone surrogate \xD800 kept"_s}};
    d.chunking = {800, 100};
    d.templates.userTurn = u"Ask {{user_persona.name}} something about {{topic}}."_s;
    Llm::ProviderProfile local = profile(u"local"_s, u"http://127.0.0.1:8080/v1"_s);
    Llm::ProviderProfile cloud = profile(u"cloud"_s, u"https://api.anthropic.com"_s);
    cloud.kind = Llm::ProviderKind::Anthropic;
    cloud.key = {Llm::KeySource::Type::Environment, u"ANTHROPIC_API_KEY"_s};
    cloud.endpoints.append({u"https://backup.example.com"_s, {Llm::KeySource::Type::Keychain, u"backup"_s}});
    cloud.limits.maxConcurrent = 64;
    cloud.limits.requestsPerMinute = 50;
    cloud.allowInsecureHttp = true;
    d.providers = {local, cloud};
    d.prices.set(u"model-cloud"_s, {3, 15, 0.3, 3.75});
    d.prices.set(u"other"_s, {0.1, 0.2, 0, 0});
    GenerationSettings &g = d.generation;
    g.count = 12345;
    g.minTurns = 2;
    g.maxTurns = 5;
    g.groundingProbability = 0.8;
    g.driftProbability = 0.05;
    g.userProfile = u"local"_s;
    g.assistantProfile = u"cloud"_s;
    g.userSampling = {std::nullopt, 0.95, 200};
    g.assistantSampling = {0.3, std::nullopt, 4000};
    g.concurrency = 4096;
    g.budgetTokens = 5'000'000;
    g.budgetUsd = 12.5;
    g.seed = (quint64(1) << 53) - 1;
    g.endMarker = u"<done>"_s;
    return d;
}

// Every path in a JSON value with the value at it ("generation.turns.min", "personas[2]"), parents first.
void collectPaths(const QJsonValue &value, const QString &path, QList<std::pair<QString, QJsonValue>> *paths)
{
    if (!path.isEmpty())
        paths->append({path, value});
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectPaths(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), paths);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectPaths(array.at(i), path + u'[' + QString::number(i) + u']', paths);
    }
}

// The JSON with the value at path replaced.
QJsonValue replaced(const QJsonValue &value, QStringView path, const QJsonValue &replacement)
{
    if (path.isEmpty())
        return replacement;
    if (path.startsWith(u'[')) {
        const qsizetype close = path.indexOf(u']');
        const int index = path.sliced(1, close - 1).toInt();
        QStringView rest = path.sliced(close + 1);
        if (rest.startsWith(u'.'))
            rest = rest.sliced(1);
        QJsonArray array = value.toArray();
        array[index] = replaced(array.at(index), rest, replacement);
        return array;
    }
    qsizetype end = 0;
    while (end < path.size() && path[end] != u'.' && path[end] != u'[')
        ++end;
    const QString key = path.first(end).toString();
    QStringView rest = path.sliced(end);
    if (rest.startsWith(u'.'))
        rest = rest.sliced(1);
    QJsonObject object = value.toObject();
    object[key] = replaced(object.value(key), rest, replacement);
    return object;
}

QString examplePath()
{
    return QStringLiteral(DIALOGSMITH_EXAMPLES_DIR "/calculus-tutoring.json");
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

int leaves(const QList<Topic> &topics)
{
    int count = 0;
    for (const Topic &topic : topics)
        count += topic.children.isEmpty() ? 1 : leaves(topic.children);
    return count;
}

} // namespace

class ProjectSpecTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void richDesign_isValid()
    {
        QCOMPARE(ProjectSpec::check(richDesign()), QStringList());
        QCOMPARE(ProjectSpec::check(ProjectDesign()), QStringList());
    }

    void writeThenRead_givesTheSameDesign()
    {
        const ProjectDesign design = richDesign();
        const QByteArray json = ProjectSpec::write(design);
        QString error;
        const auto read = ProjectSpec::read(json, u"spec.json"_s, {}, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->topics, design.topics);
        QCOMPARE(read->personas, design.personas);
        QCOMPARE(read->documents, design.documents);
        QCOMPARE(read->providers, design.providers);
        QCOMPARE(read->generation, design.generation);
        QVERIFY(*read == design);
        // Stable: the same design always gives the same bytes.
        QCOMPARE(ProjectSpec::write(*read), json);
    }

    void writeThenRead_throughQtJson_givesTheSameDesign()
    {
        // The engine stores the spec as a QJsonObject and writes it back with QJsonDocument.
        const ProjectDesign design = richDesign();
        const QByteArray viaQt = QJsonDocument::fromJson(ProjectSpec::write(design)).toJson();
        QString error;
        const auto read = ProjectSpec::read(viaQt, {}, {}, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(*read == design);
    }

    void write_isReadableJsonInAFixedOrder()
    {
        const QByteArray json = ProjectSpec::write(richDesign());
        QVERIFY(json.startsWith("{\n  \"format\": \"dialogsmith-spec\",\n  \"version\": 1,\n  \"name\": "));
        QVERIFY(json.endsWith("}\n"));
        const QStringList order {u"\"topics\""_s,    u"\"personas\""_s,  u"\"scenarios\""_s, u"\"structures\""_s,
                                 u"\"documents\""_s, u"\"chunking\""_s,  u"\"templates\""_s, u"\"providers\""_s,
                                 u"\"prices\""_s,    u"\"generation\""_s};
        const QString text = QString::fromUtf8(json);
        qsizetype last = -1;
        for (const QString &key : order) {
            const qsizetype at = text.indexOf(key);
            QVERIFY2(at > last, qPrintable(key));
            last = at;
        }
        // Non-ASCII text stays readable; only what JSON requires is escaped.
        QVERIFY(text.contains(u"ü ✓ 𝔽"_s));
        QVERIFY(text.contains(u"\\\"tutoring\\\""_s));
        QVERIFY(text.contains(u"\\u0001"_s));
        QVERIFY(text.contains(u"\\ud800"_s));
        // Shorthands where nothing but a name is set.
        QVERIFY(text.contains(u"\"Algebra\""_s));
        QVERIFY(!text.contains(u"\"name\": \"Algebra\""_s));
        QVERIFY(text.contains(u"\"turns\": {\n      \"min\": 2,\n      \"max\": 5\n    }"_s));
        QVERIFY(text.contains(u"\"temperature\": null"_s));
    }

    void write_leavesOutDefaultTemplates()
    {
        ProjectDesign design;
        QVERIFY(!ProjectSpec::write(design).contains("\"templates\""));
        design.templates.starter = u"Open with a question about {{topic}}."_s;
        const QJsonObject json = QJsonDocument::fromJson(ProjectSpec::write(design)).object();
        QCOMPARE(json.value(u"templates"_s).toObject().keys(), QStringList {u"starter"_s});
    }

    void read_minimalSpec_usesTheDefaults()
    {
        QString error;
        const auto design = ProjectSpec::read(spec(), u"spec.json"_s, {}, &error);
        QVERIFY2(design, qPrintable(error));
        QVERIFY(*design == ProjectDesign());
        QCOMPARE(design->templates, PromptTemplates::defaults());
        QCOMPARE(design->generation.endMarker, u"[END]"_s);
        QCOMPARE(design->generation.userSampling.temperature, 0.9);
    }

    void read_partialSections_keepTheOtherDefaults()
    {
        QString error;
        const auto design = ProjectSpec::read(spec(R"("templates": {"system": "You are {{assistant_persona.name}}."},
                    "generation": {"turns": 4, "user_sampling": {"top_p": 0.5}, "assistant_sampling": {"temperature": null}},
                    "chunking": {"size": 900})"),
                                              {}, {}, &error);
        QVERIFY2(design, qPrintable(error));
        QCOMPARE(design->templates.system, u"You are {{assistant_persona.name}}."_s);
        QCOMPARE(design->templates.starter, PromptTemplates::defaults().starter);
        QCOMPARE(design->generation.minTurns, 4);
        QCOMPARE(design->generation.maxTurns, 4);
        QCOMPARE(design->generation.userSampling.temperature, 0.9);
        QCOMPARE(design->generation.userSampling.topP, 0.5);
        QCOMPARE(design->generation.userSampling.maxTokens, 300);
        QCOMPARE(design->generation.assistantSampling.temperature, std::nullopt);
        QCOMPARE(design->chunking.size, 900);
        QCOMPARE(design->chunking.overlap, 200);
    }

    void read_shortForms()
    {
        QString error;
        const auto design = ProjectSpec::read(spec(R"("topics": ["Limits", {"name": "Series", "children": ["Taylor"]}],
                                                      "scenarios": ["A quiz tomorrow"], "structures": ["tutoring"])"),
                                              {}, {}, &error);
        QVERIFY2(design, qPrintable(error));
        QCOMPARE(design->topics.size(), 2);
        QCOMPARE(design->topics[0], (Topic {u"Limits"_s, {}, 1, {}}));
        QCOMPARE(design->topics[1].children, (QList<Topic> {{u"Taylor"_s, {}, 1, {}}}));
        QCOMPARE(design->scenarios, (QList<Scenario> {{u"A quiz tomorrow"_s, 1}}));
        QCOMPARE(design->structures, (QList<Structure> {{u"tutoring"_s, {}, 1}}));
    }

    void read_byteOrderMark_isAccepted()
    {
        QString error;
        QVERIFY2(ProjectSpec::read("\xEF\xBB\xBF" + spec(), {}, {}, &error), qPrintable(error));
    }

    void read_invalid_namesWhatAndWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const auto row = [](const char *name, const QByteArray &json, const QString &error) {
            QTest::newRow(name) << json << (u"spec.json: "_s + error);
        };

        // What a spec is.
        row("not an object", "[1, 2]",
            uR"(the spec is a list; a spec is an object {"format": "dialogsmith-spec", …}.)"_s);
        row("format missing", R"({"version": 1})",
            uR"(format: missing: a Dialogsmith spec starts with "format": "dialogsmith-spec".)"_s);
        row("format wrong", R"({"format": "dialogsmith-project", "version": 1})",
            uR"(format: "dialogsmith-project" is not "dialogsmith-spec": this is not a Dialogsmith spec.)"_s);
        row("format not text", R"({"format": 1, "version": 1})",
            uR"(format: 1 is not "dialogsmith-spec": this is not a Dialogsmith spec.)"_s);
        row("version missing", R"({"format": "dialogsmith-spec"})",
            uR"(version: missing: a spec says which version of the format it is written in, such as "version": 1.)"_s);
        row("version text", R"({"format": "dialogsmith-spec", "version": "1"})",
            uR"(version: "1" is not a spec version: versions are whole numbers from 1.)"_s);
        row("version 0", R"({"format": "dialogsmith-spec", "version": 0})",
            u"version: 0 is not a spec version: versions are whole numbers from 1."_s);
        row("version fraction", R"({"format": "dialogsmith-spec", "version": 1.5})",
            u"version: 1.5 is not a spec version: versions are whole numbers from 1."_s);
        row("version newer", R"({"format": "dialogsmith-spec", "version": 3, "future": {"x": 1}})",
            u"version: written by a newer Dialogsmith: spec version 3, this version reads up to 1."_s);
        row("version huge", R"({"format": "dialogsmith-spec", "version": 1e300})",
            u"version: written by a newer Dialogsmith: spec version 1e+300, this version reads up to 1."_s);

        // Unknown keys, with a hint when one is close.
        row("unknown top-level key", spec(R"("topcis": [])"), uR"(topcis: unknown key; did you mean "topics"?)"_s);
        row("unknown key, typo", spec(R"("generation": {"user_sampling": {"temprature": 0.5}})"),
            uR"(generation.user_sampling.temprature: unknown key; did you mean "temperature"?)"_s);
        row("unknown key, no hint", spec(R"("personas": [{"name": "Mia", "favourite_colour": "red"}])"),
            u"personas[0].favourite_colour: unknown key."_s);
        row("unknown provider key", spec(R"("providers": [{"name": "a", "kind": "openai", "modle": "m"}])"),
            uR"(providers[0].modle: unknown key; did you mean "model"?)"_s);
        row("unknown price key", spec(R"("prices": {"gpt-4o": {"inputs": 1}})"),
            uR"(prices.gpt-4o.inputs: unknown key; did you mean "input"?)"_s);

        // Wrong types.
        row("topics not a list", spec(R"("topics": {"name": "x"})"),
            u"topics: expected a list […], found an object."_s);
        row("topic a number", spec(R"("topics": [1])"),
            uR"(topics[0]: expected a topic (its name in double quotes, or an object {"name": …}), found 1.)"_s);
        row("personas text", spec(R"("personas": "Mia")"), uR"(personas: expected a list […], found "Mia".)"_s);
        row("persona a list", spec(R"("personas": [[]])"),
            uR"(personas[0]: expected a persona, an object {"name": …}, found a list.)"_s);
        row("name a number", spec(R"("name": 5)"), u"name: expected text in double quotes, found 5."_s);
        row("weight NaN text", spec(R"("scenarios": [{"description": "x", "weight": "NaN"}])"),
            uR"(scenarios[0].weight: expected a number, found "NaN".)"_s);
        row("weight null", spec(R"("structures": [{"name": "x", "weight": null}])"),
            u"structures[0].weight: expected a number, found null."_s);
        row("document a number", spec(R"("documents": [1])"),
            uR"(documents[0]: expected a document, an object {"title": …, "text": …}, found 1.)"_s);
        row("chunking a list", spec(R"("chunking": [])"), u"chunking: expected an object {…}, found a list."_s);
        row("generation a number", spec(R"("generation": 5)"), u"generation: expected an object {…}, found 5."_s);
        row("count text", spec(R"("generation": {"count": "100"})"),
            uR"(generation.count: expected a whole number from 1 to 10000000, found "100".)"_s);
        row("turns text", spec(R"("generation": {"turns": "3"})"),
            uR"(generation.turns: expected a number of turns or an object {"min": …, "max": …}, found "3".)"_s);
        row("temperature text", spec(R"("generation": {"user_sampling": {"temperature": "hot"}})"),
            uR"(generation.user_sampling.temperature: expected a number or null, found "hot".)"_s);
        row("template a number", spec(R"("templates": {"system": 5})"),
            uR"(templates.system: expected the template's text, or an object {"file": …}, found 5.)"_s);
        row("template object without file", spec(R"("templates": {"system": {}})"),
            uR"(templates.system: needs "file": the template file to read.)"_s);
        row("price a number", spec(R"("prices": {"gpt-4o": 1})"),
            uR"(prices.gpt-4o: expected the model's prices, an object {"input": …, "output": …}, found 1.)"_s);
        row("insecure http text", spec(R"("providers": [{"name": "a", "kind": "openai", "allowInsecureHttp": "yes"}])"),
            uR"(providers[0].allowInsecureHttp: expected true or false, found "yes".)"_s);
        row("provider model a number", spec(R"("providers": [{"name": "a", "kind": "openai", "model": 5}])"),
            u"providers[0].model: expected text in double quotes, found 5."_s);
        row("endpoint text", spec(R"("providers": [{"name": "a", "kind": "openai", "endpoints": ["localhost:8080"]}])"),
            uR"(providers[0].endpoints[0]: expected an endpoint, an object {"baseUrl": …}, found "localhost:8080".)"_s);
        row("control characters are shown escaped", spec(R"("personas": [{"name": "a", "side": "us\ner\u0007"}])"),
            uR"(personas[0].side: "us\ner\u0007" is not "user" or "assistant".)"_s);
        row("long text is shortened",
            spec(
                R"("personas": [{"name": "a", "side": "0123456789012345678901234567890123456789012345678901234567890123456789"}])"),
            uR"(personas[0].side: "012345678901234567890123456789012345678901234567890123456789…" is not "user" or "assistant".)"_s);

        // Whole numbers and their ranges.
        row("count 0", spec(R"("generation": {"count": 0})"), u"generation.count: 0 is not between 1 and 10000000."_s);
        row("count too many", spec(R"("generation": {"count": 10000001})"),
            u"generation.count: 10000001 is not between 1 and 10000000."_s);
        row("count huge", spec(R"("generation": {"count": 1e300})"),
            u"generation.count: 1e+300 is not between 1 and 10000000."_s);
        row("count negative zero", spec(R"("generation": {"count": -0})"),
            u"generation.count: 0 is not between 1 and 10000000."_s);
        row("count fraction", spec(R"("generation": {"count": 2.5})"),
            u"generation.count: 2.5 is not a whole number."_s);
        row("turns 0", spec(R"("generation": {"turns": 0})"), u"generation.turns: 0 is not between 1 and 100."_s);
        row("turns 101", spec(R"("generation": {"turns": {"min": 1, "max": 101}})"),
            u"generation.turns.max: 101 is not between 1 and 100."_s);
        row("turns min over max", spec(R"("generation": {"turns": {"min": 5, "max": 2}})"),
            u"generation.turns.min: 5 is more than max (2)."_s);
        row("turns without max", spec(R"("generation": {"turns": {"min": 2}})"),
            uR"(generation.turns: give both "min" and "max", or one number for a fixed number of turns.)"_s);
        row("chunk size small", spec(R"("chunking": {"size": 99})"),
            u"chunking.size: 99 is not between 100 and 1000000."_s);
        row("chunk size large", spec(R"("chunking": {"size": 1000001})"),
            u"chunking.size: 1000001 is not between 100 and 1000000."_s);
        row("overlap equals size", spec(R"("chunking": {"size": 500, "overlap": 500})"),
            u"chunking.overlap: 500 is not between 0 and 499: the overlap must be less than the chunk size."_s);
        row("overlap negative", spec(R"("chunking": {"overlap": -1})"),
            u"chunking.overlap: -1 is not between 0 and 999999."_s);
        row("concurrency 0", spec(R"("generation": {"concurrency": 0})"),
            u"generation.concurrency: 0 is not between 1 and 4096."_s);
        row("concurrency 4097", spec(R"("generation": {"concurrency": 4097})"),
            u"generation.concurrency: 4097 is not between 1 and 4096."_s);
        row("max_tokens 0", spec(R"("generation": {"assistant_sampling": {"max_tokens": 0}})"),
            u"generation.assistant_sampling.max_tokens: 0 is not between 1 and 1000000."_s);
        row("max_tokens large", spec(R"("generation": {"user_sampling": {"max_tokens": 1000001}})"),
            u"generation.user_sampling.max_tokens: 1000001 is not between 1 and 1000000."_s);
        row("budget tokens negative", spec(R"("generation": {"budget": {"tokens": -1}})"),
            u"generation.budget.tokens: -1 is not between 0 and 9007199254740991."_s);
        row("seed negative", spec(R"("generation": {"seed": -1})"),
            u"generation.seed: -1 is not between 0 and 9007199254740991."_s);
        row("seed 2^53", spec(R"("generation": {"seed": 9007199254740992})"),
            u"generation.seed: 9007199254740992 is not between 0 and 9007199254740991."_s);
        row("seed 2^53 + 1", spec(R"("generation": {"seed": 9007199254740993})"),
            u"generation.seed: 9007199254740992 is not between 0 and 9007199254740991."_s);
        row("seed beyond 64 bits", spec(R"("generation": {"seed": 18446744073709551616})"),
            u"generation.seed: 18446744073709552000 is not between 0 and 9007199254740991."_s);
        row("seed fraction", spec(R"("generation": {"seed": 1.5})"), u"generation.seed: 1.5 is not a whole number."_s);

        // Fractions.
        row("grounding over 1", spec(R"("generation": {"grounding_probability": 1.5})"),
            u"generation.grounding_probability: 1.5 is not between 0 and 1."_s);
        row("drift negative", spec(R"("generation": {"drift_probability": -0.1})"),
            u"generation.drift_probability: -0.1 is not between 0 and 1."_s);
        row("temperature over 2", spec(R"("generation": {"user_sampling": {"temperature": 2.5}})"),
            u"generation.user_sampling.temperature: 2.5 is not between 0 and 2."_s);
        row("top_p over 1", spec(R"("generation": {"assistant_sampling": {"top_p": 1.01}})"),
            u"generation.assistant_sampling.top_p: 1.01 is not between 0 and 1."_s);
        row("usd negative", spec(R"("generation": {"budget": {"usd": -1}})"),
            u"generation.budget.usd: -1 is not an amount of dollars of at least 0."_s);

        // Weights.
        row("weight negative", spec(R"("personas": [{"name": "Mia", "weight": -1}])"),
            u"personas[0].weight: -1 is not a weight: a weight is a number from 0 to 1000000."_s);
        row("weight huge", spec(R"("topics": [{"name": "x", "weight": 1e308}])"),
            u"topics[0].weight: 1e+308 is not a weight: a weight is a number from 0 to 1000000."_s);
        row("sibling topics all 0",
            spec(R"("topics": [{"name": "a", "children": [{"name": "b", "weight": 0}, {"name": "c", "weight": 0}]}])"),
            u"topics[0].children: every weight is 0: at least one must be more, or nothing can be drawn."_s);
        row("scenarios all 0", spec(R"("scenarios": [{"description": "x", "weight": 0}])"),
            u"scenarios: every weight is 0: at least one must be more, or nothing can be drawn."_s);
        row("assistant personas all 0",
            spec(R"("personas": [{"name": "a", "side": "assistant", "weight": 0}, {"name": "b", "weight": 0.5}])"),
            u"personas: every assistant persona has weight 0: at least one must have more."_s);

        // Names and texts.
        row("persona side", spec(R"("personas": [{"name": "a"}, {"name": "b"}, {"name": "c", "side": "bot"}])"),
            uR"(personas[2].side: "bot" is not "user" or "assistant".)"_s);
        row("topic without name", spec(R"("topics": [{"description": "x"}])"),
            u"topics[0].name: a topic needs a name."_s);
        row("persona blank name", spec(R"("personas": [{"name": "  "}])"),
            u"personas[0].name: a persona needs a name."_s);
        row("structure without name", spec(R"("structures": [{"description": "x"}])"),
            u"structures[0].name: a structure needs a name."_s);
        row("scenario empty", spec(R"("scenarios": [""])"), u"scenarios[0]: a scenario needs a description."_s);
        row("document without title", spec(R"("documents": [{"text": "x"}])"),
            u"documents[0].title: a document needs a title."_s);
        row("document without text", spec(R"("documents": [{"title": "x", "text": " "}])"),
            u"documents[0].text: the document has no text."_s);
        row("document without either", spec(R"("documents": [{"title": "x"}])"),
            uR"(documents[0]: a document needs its "text" or a "file" to read it from.)"_s);
        row("document with both", spec(R"("documents": [{"title": "x", "text": "y", "file": "z"}])"),
            uR"(documents[0]: give either "text" or "file", not both.)"_s);
        row("end marker empty", spec(R"("generation": {"end_marker": ""})"),
            u"generation.end_marker: the end marker is empty: the user simulator could not end a conversation."_s);

        // Providers and prices.
        row("provider without name", spec(R"("providers": [{"kind": "openai"}])"),
            u"providers[0].name: a profile needs a name."_s);
        row("provider kind", spec(R"("providers": [{"name": "a", "kind": "llama"}])"),
            uR"(providers[0].kind: expected "openai", "anthropic" or "gemini", found "llama".)"_s);
        row("provider url",
            spec(R"("providers": [{"name": "a", "kind": "openai", "endpoints": [{"baseUrl": "mailto:me"}]}])"),
            uR"(providers[0].endpoints[0].baseUrl: "mailto:me" is not an http or https URL.)"_s);
        row("provider limit", spec(R"("providers": [{"name": "a", "kind": "openai", "limits": {"maxConcurrent": 0}}])"),
            u"providers[0].limits.maxConcurrent: expected a whole number of at least 1."_s);
        row("duplicate provider",
            spec(R"("providers": [{"name": "local", "kind": "openai"}, {"name": "x", "kind": "openai"},
                                  {"name": "local", "kind": "gemini"}])"),
            uR"(providers[2].name: "local" is also the name of providers[0]: every profile needs a name of its own.)"_s);
        row("user profile unknown",
            spec(R"("providers": [{"name": "local", "kind": "openai"}, {"name": "cloud", "kind": "gemini"}],
                    "generation": {"user_profile": "lokal"})"),
            uR"(generation.user_profile: "lokal" is none of the spec's provider profiles ("local", "cloud").)"_s);
        row("assistant profile unknown",
            spec(R"("providers": [{"name": "local", "kind": "openai"}], "generation": {"assistant_profile": "gpt"})"),
            uR"(generation.assistant_profile: "gpt" is none of the spec's provider profiles ("local").)"_s);
        row("price negative", spec(R"("prices": {"gpt-4o": {"input": -1}})"),
            u"prices.gpt-4o.input: expected a number of dollars, at least 0."_s);

        // Templates.
        row("template unknown variable",
            spec(R"("templates": {"user_turn": "Ask about {{topic}}.\n\nNow as {{user_persona.name}}:\n  and {{x}}"})"),
            u"templates.user_turn, line 4, column 7: Unknown variable 'x'."_s);
        // An ordinary string: moc reads raw strings as ordinary ones, and this one's inner quotes would leave
        // it an unmatched brace (the same goes for "//" in a raw string).
        row("template syntax", spec("\"templates\": {\"system\": \"You are\\n  {{assistant_persona.name\"}"),
            u"templates.system, line 2, column 3: '{{' is not closed by '}}'."_s);
        row("template empty", spec(R"("templates": {"starter": " \n"})"),
            u"templates.starter: the template is empty."_s);

        // Duplicate keys: the parser would keep the last one silently.
        row("duplicate key",
            "{\n  \"format\": \"dialogsmith-spec\",\n  \"version\": 1,\n  \"generation\": {\"count\": 5,\n    "
            "\"count\": 6}\n}",
            uR"(line 5, column 5: the key "count" appears twice in the same object.)"_s);
        row("raw line break in text", "{\"format\": \"dialogsmith-spec\", \"version\": 1, \"name\": \"a\nb\"}",
            u"line 1, column 56: text cannot hold a line break or other control character as it is: write \\n for a "
            "line break, \\t for a tab."_s);
        row("duplicate key, escaped", R"({"format": "dialogsmith-spec", "version": 1, "name": "a", "n\u0061me": "b"})",
            uR"(line 1, column 59: the key "name" appears twice in the same object.)"_s);
    }

    void read_invalid_namesWhatAndWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString expected = error;
        // Syntax-level messages put the position after the source's name with a comma.
        if (error.startsWith(u"spec.json: line "_s))
            expected.replace(0, 11, u"spec.json, "_s);
        QCOMPARE(readError(json), expected);
    }

    void read_severalProblems_reportsEachOnALine()
    {
        const QString error
            = readError(spec(R"("generation": {"count": 0, "concurrency": 0}, "chunking": {"size": 1})"));
        QCOMPARE(error.split(u'\n'),
                 (QStringList {u"spec.json: chunking.size: 1 is not between 100 and 1000000."_s,
                               u"spec.json: generation.count: 0 is not between 1 and 10000000."_s,
                               u"spec.json: generation.concurrency: 0 is not between 1 and 4096."_s}));
    }

    void read_manyProblems_reportsTheFirstAndCountsTheRest()
    {
        QByteArray personas;
        for (int i = 0; i < 200; ++i)
            personas += QByteArray(i ? "," : "") + R"({"name": "p", "side": "robot"})";
        const QStringList lines = readError(spec("\"personas\": [" + personas + "]")).split(u'\n');
        QCOMPARE(lines.size(), ProjectSpec::maxReportedProblems + 1);
        QCOMPARE(lines.first(), uR"(spec.json: personas[0].side: "robot" is not "user" or "assistant".)"_s);
        QCOMPARE(lines.last(), u"spec.json: … and 150 more problem(s)."_s);
    }

    void read_jsonSyntaxErrors_giveLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << u"spec.json: the spec is empty."_s;
        QTest::newRow("blank") << QByteArray(" \n\t ") << u"spec.json: the spec is empty."_s;
        QTest::newRow("bare word")
            << QByteArray("{\n  \"format\": \"dialogsmith-spec\",\n  \"version\": 1,\n  \"name\": tru\n}")
            << u"spec.json, line 4, column 11: expected a value: text in double quotes, a number, "
               "true, false, null, a list or an object (keys need double quotes too)."_s;
        QTest::newRow("unquoted key") << QByteArray("{\n  format: 1}")
                                      << u"spec.json, line 2, column 3: expected a key in double quotes, a ',' between "
                                         "members, or the '}' that closes the object."_s;
        QTest::newRow("missing comma")
            << QByteArray("{\"format\": \"dialogsmith-spec\"\n \"version\": 1}")
            << u"spec.json, line 2, column 2: expected a key in double quotes, a ',' between "
               "members, or the '}' that closes the object."_s;
        QTest::newRow("missing colon") << QByteArray("{\"format\" \"dialogsmith-spec\"}")
                                       << u"spec.json, line 1, column 11: expected ':' after a key."_s;
        QTest::newRow("trailing comma")
            << QByteArray("{\"a\": [1, 2,]}")
            << u"spec.json, line 1, column 13: expected a value: text in double quotes, a "
               "number, true, false, null, a list or an object (keys need double quotes too)."_s;
        QTest::newRow("columns count characters") << QByteArray("{\"name\": \"Ünïcödé ✓\", \"x\": nope}")
                                                  << u"spec.json, line 1, column 28: expected a value: text in double "
                                                     "quotes, a number, true, false, null, a list or an object (keys "
                                                     "need double quotes too)."_s;
        QTest::newRow("bad escape") << QByteArray("{\"name\": \"C:\\Users\"}")
                                    << u"spec.json, line 1, column 13: this is not an escape sequence JSON allows (a "
                                       "backslash in text is written \\\\)."_s;
        QTest::newRow("garbage after")
            << QByteArray("{\"format\": \"dialogsmith-spec\", \"version\": 1}\n{}")
            << u"spec.json, line 2, column 1: there is more after the spec's closing brace."_s;
        QTest::newRow("invalid UTF-8") << QByteArray("{\"name\": \"\xff\"}")
                                       << u"spec.json, line 1, column 11: this text is not valid UTF-8."_s;
        QTest::newRow("number too large") << QByteArray("{\"x\": 1e999}")
                                          << u"spec.json, line 1, column 7: this is not a number JSON allows (or it "
                                             "is too large)."_s;
        QTest::newRow("truncated in a string") << QByteArray("{\n  \"format\": \"dialogsm")
                                               << u"spec.json, line 2, column 22: the JSON ends too early: the file is "
                                                  "cut short, or a bracket, brace or quote is not closed."_s;
        QTest::newRow("truncated after a value")
            << QByteArray("{\n  \"version\": 1,\n  \"topics\": [\"a\"\n")
            << u"spec.json, line 4, column 1: the JSON ends too early: the file is "
               "cut short, or a bracket, brace or quote is not closed."_s;
    }

    void read_jsonSyntaxErrors_giveLineAndColumn()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QCOMPARE(readError(json), error);
    }

    void read_truncatedAnywhere_failsSayingWhere()
    {
        const QByteArray json = ProjectSpec::write(richDesign());
        // Every cut that leaves the JSON incomplete; the closing brace and newline are the last two bytes.
        for (qsizetype length = 0; length < json.size() - 2; length += 7) {
            const QString error = readError(json.first(length));
            QVERIFY2(error.startsWith(u"spec.json"_s) && error.endsWith(u'.'),
                     qPrintable(QString::number(length) + u": "_s + error));
            if (json.first(length).trimmed().size() > 0)
                QVERIFY2(error.contains(u"the JSON ends too early"_s), qPrintable(error));
        }
    }

    void read_newerVersion_saysSo()
    {
        QString error;
        QVERIFY(!ProjectSpec::read(R"({"format": "dialogsmith-spec", "version": 2, "renamed": true})", u"a.json"_s, {},
                                   &error));
        QCOMPARE(error,
                 u"a.json: version: written by a newer Dialogsmith: spec version 2, this version reads up to 1."_s);
    }

    void read_withoutWhere_omitsThePrefix()
    {
        QString error;
        QVERIFY(!ProjectSpec::read(spec(R"("generation": {"count": 0})"), {}, {}, &error));
        QCOMPARE(error, u"generation.count: 0 is not between 1 and 10000000."_s);
        QVERIFY(!ProjectSpec::read("{", {}, {}, &error));
        QVERIFY2(error.startsWith(u"line 1, column 2: "_s), qPrintable(error));
        // No error pointer: no crash.
        QVERIFY(!ProjectSpec::read("{", {}, {}, nullptr));
    }

    void read_deepJsonNesting_failsCleanly()
    {
        const QByteArray deep = R"({"format": "dialogsmith-spec", "version": 1, "topics": )" + QByteArray(100000, '[');
        const QString error = readError(deep);
        QVERIFY2(error.startsWith(u"spec.json, line 1, column "_s)
                     && error.endsWith(u"the JSON is nested too deeply."_s),
                 qPrintable(error));
    }

    void read_deepTopicTree_stopsAt32Levels()
    {
        const auto tree = [](int depth) {
            QByteArray json = R"({"name": "leaf"})";
            for (int i = 1; i < depth; ++i)
                json = R"({"name": "t", "children": [)" + json + "]}";
            return spec("\"topics\": [" + json + "]");
        };
        QString error;
        const auto design = ProjectSpec::read(tree(ProjectSpec::maxTopicDepth), {}, {}, &error);
        QVERIFY2(design, qPrintable(error));
        QString path = u"topics"_s;
        for (int i = 1; i < ProjectSpec::maxTopicDepth + 1; ++i)
            path += u"[0].children"_s;
        QCOMPARE(readError(tree(ProjectSpec::maxTopicDepth + 1)),
                 u"spec.json: "_s + path + u": topics are nested more than 32 deep."_s);
        // As deep as the JSON parser allows: still one message, no deep recursion.
        QCOMPARE(readError(tree(400)).count(u'\n'), 0);
    }

    void check_deepTopicTreeInCode_doesNotRecurseWithoutEnd()
    {
        ProjectDesign design;
        Topic topic {u"leaf"_s, {}, 1, {}};
        for (int i = 0; i < 5000; ++i)
            topic = Topic {u"t"_s, {}, 1, {topic}};
        design.topics = {topic};
        const QStringList problems = ProjectSpec::check(design);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().endsWith(u"[0].children: topics are nested more than 32 deep."_s),
                 qPrintable(problems.first()));
    }

    void read_wrongTypesEverywhere_failAtTheirPath()
    {
        QFile file(examplePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject example = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!example.isEmpty());
        QList<std::pair<QString, QJsonValue>> paths;
        collectPaths(example, {}, &paths);
        QVERIFY(paths.size() > 100);
        const QList<QJsonValue> hostile {
            QJsonValue(QJsonValue::Null),           true, u"NaN"_s, QJsonArray {}, QJsonObject {}, 1e308, -1, u""_s,
            QJsonArray {QJsonArray {QJsonArray {}}}};
        int failures = 0;
        for (const auto &[path, original] : paths) {
            for (const QJsonValue &value : hostile) {
                const QByteArray json = QJsonDocument(replaced(example, path, value).toObject()).toJson();
                QString error;
                const auto design = ProjectSpec::read(json, u"spec.json"_s, {}, &error);
                if (design)
                    continue;
                ++failures;
                const QString what = path + u" = "_s + QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson());
                QVERIFY2(error.startsWith(u"spec.json: "_s) && error.endsWith(u'.'), qPrintable(what + error));
                // A list or true where something else belongs is never right, and the message says where.
                const bool neverValid = (value.isArray() || value.isBool()) && value.type() != original.type();
                if (neverValid)
                    QVERIFY2(error.contains(u"spec.json: "_s + path), qPrintable(what + error));
            }
        }
        QVERIFY(failures > paths.size() * 3);
    }

    void readFile_resolvesFileReferences()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(
            writeBytes(dir.filePath(u"notes/ch3.md"_s), "\xEF\xBB\xBF# Chain rule\n\nd/dx f(g(x)) = f'(g(x))·g'(x)\n"));
        QVERIFY(writeBytes(dir.filePath(u"templates/system.tmpl"_s), "You are {{assistant_persona.name}}.\n"));
        QVERIFY(writeBytes(dir.filePath(u"spec.json"_s), spec(R"("documents": [{"file": "notes/ch3.md"},
                                                 {"title": "Own title", "source": "lecture", "file": "./notes/../notes/ch3.md"}],
                                   "templates": {"system": {"file": "templates/system.tmpl"}})")));
        QString error;
        const auto design = ProjectSpec::readFile(dir.filePath(u"spec.json"_s), &error);
        QVERIFY2(design, qPrintable(error));
        QCOMPARE(design->documents.size(), 2);
        QCOMPARE(design->documents[0],
                 (Document {u"ch3.md"_s, u"notes/ch3.md"_s, u"# Chain rule\n\nd/dx f(g(x)) = f'(g(x))·g'(x)\n"_s}));
        QCOMPARE(design->documents[1].title, u"Own title"_s);
        QCOMPARE(design->documents[1].source, u"lecture"_s);
        QCOMPARE(design->templates.system, u"You are {{assistant_persona.name}}.\n"_s);
        QCOMPARE(design->templates.starter, PromptTemplates::defaults().starter);

        // Written back, the documents are inline and read without the files.
        const auto again = ProjectSpec::read(ProjectSpec::write(*design), u"copy.json"_s, {}, &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY(*again == *design);
    }

    void readFile_badFileReferences_data()
    {
        QTest::addColumn<QByteArray>("members");
        QTest::addColumn<QString>("error"); // %1: the folder
        QTest::newRow("missing") << QByteArray(R"("documents": [{"file": "nope.md"}])")
                                 << uR"(spec.json: documents[0].file: there is no file "nope.md" in %1.)"_s;
        QTest::newRow("parent folder")
            << QByteArray(R"("documents": [{"file": "../secret.txt"}])")
            << uR"(spec.json: documents[0].file: "../secret.txt" is outside the spec's folder.)"_s;
        QTest::newRow("parent via subfolder")
            << QByteArray(R"("documents": [{"file": "notes/../../secret.txt"}])")
            << uR"(spec.json: documents[0].file: "notes/../../secret.txt" is outside the spec's folder.)"_s;
        QTest::newRow("absolute")
            << QByteArray(R"("documents": [{"file": "/etc/passwd"}])")
            << uR"(spec.json: documents[0].file: "/etc/passwd" is an absolute path: files are named relative to the spec's folder.)"_s;
        QTest::newRow("symlink out")
            << QByteArray(R"("documents": [{"file": "link.md"}])")
            << uR"(spec.json: documents[0].file: "link.md" leads outside the spec's folder.)"_s;
        QTest::newRow("folder") << QByteArray(R"("documents": [{"file": "notes"}])")
                                << uR"(spec.json: documents[0].file: "notes" is not a file.)"_s;
        QTest::newRow("empty name") << QByteArray(R"("documents": [{"file": ""}])")
                                    << u"spec.json: documents[0].file: names no file."_s;
        QTest::newRow("binary")
            << QByteArray(R"("documents": [{"file": "image.png"}])")
            << uR"(spec.json: documents[0].file: "image.png" is not UTF-8 text (documents are read as plain text or Markdown).)"_s;
        QTest::newRow("NUL byte")
            << QByteArray(R"("documents": [{"file": "nul.txt"}])")
            << uR"(spec.json: documents[0].file: "nul.txt" is not UTF-8 text (documents are read as plain text or Markdown).)"_s;
        QTest::newRow("empty file") << QByteArray(R"("documents": [{"file": "empty.md"}])")
                                    << uR"(spec.json: documents[0].file: "empty.md" holds no text.)"_s;
        QTest::newRow("too large") << QByteArray(R"("documents": [{"file": "big.txt"}])")
                                   << uR"(spec.json: documents[0].file: "big.txt" is larger than 64 MiB.)"_s;
        QTest::newRow("template missing")
            << QByteArray(R"("templates": {"starter": {"file": "starter.tmpl"}})")
            << uR"(spec.json: templates.starter.file: there is no file "starter.tmpl" in %1.)"_s;
        QTest::newRow("template unknown key")
            << QByteArray(R"("templates": {"starter": {"file": "bad.tmpl", "path": "x"}})")
            << u"spec.json: templates.starter.path: unknown key."_s;
        QTest::newRow("template invalid")
            << QByteArray(R"("templates": {"user_turn": {"file": "bad.tmpl"}})")
            << u"spec.json: templates.user_turn (bad.tmpl), line 2, column 5: Unknown variable 'mood'."_s;
    }

    void readFile_badFileReferences()
    {
        QFETCH(QByteArray, members);
        QFETCH(QString, error);
        QTemporaryDir outside;
        QTemporaryDir dir;
        QVERIFY(outside.isValid() && dir.isValid());
        QVERIFY(writeBytes(outside.filePath(u"secret.md"_s), "secret\n"));
        QVERIFY(QFile::link(outside.filePath(u"secret.md"_s), dir.filePath(u"link.md"_s)));
        QVERIFY(writeBytes(dir.filePath(u"notes/ch3.md"_s), "text\n"));
        QVERIFY(writeBytes(dir.filePath(u"image.png"_s), "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe"));
        QVERIFY(writeBytes(dir.filePath(u"nul.txt"_s), QByteArray("text\0more", 9)));
        QVERIFY(writeBytes(dir.filePath(u"empty.md"_s), ""));
        QVERIFY(writeBytes(dir.filePath(u"bad.tmpl"_s), "Hello\n  > {{mood}}\n"));
        {
            // Sparse: no 64 MiB written to disk.
            QFile big(dir.filePath(u"big.txt"_s));
            QVERIFY(big.open(QIODevice::WriteOnly) && big.resize(ProjectSpec::maxReferencedFileSize + 1));
        }
        QVERIFY(writeBytes(dir.filePath(u"spec.json"_s), spec(members)));
        QString actual;
        QVERIFY(!ProjectSpec::readFile(dir.filePath(u"spec.json"_s), &actual));
        QCOMPARE(actual, error.contains(u"%1"_s) ? error.arg(QDir::toNativeSeparators(dir.path())) : error);
    }

    void read_fileReferenceWithoutAFolder_isAnError()
    {
        QCOMPARE(
            readError(spec(R"("documents": [{"file": "notes.md"}])")),
            uR"(spec.json: documents[0].file: "notes.md" cannot be read: only a spec read from a file can refer to files.)"_s);
        QCOMPARE(
            readError(spec(R"("templates": {"system": {"file": "system.tmpl"}})")),
            uR"(spec.json: templates.system.file: "system.tmpl" cannot be read: only a spec read from a file can refer to files.)"_s);
    }

    void readFile_problemsWithTheFileItself()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const QString missing = dir.filePath(u"missing.json"_s);
        QVERIFY(!ProjectSpec::readFile(missing, &error));
        QCOMPARE(error, u"Cannot open %1: there is no such file."_s.arg(QDir::toNativeSeparators(missing)));
        QVERIFY(!ProjectSpec::readFile(dir.path(), &error));
        QCOMPARE(error, u"Cannot open %1: it is not a file."_s.arg(QDir::toNativeSeparators(dir.path())));
        {
            QFile huge(dir.filePath(u"huge.json"_s));
            QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(ProjectSpec::maxSpecSize + 1));
        }
        QVERIFY(!ProjectSpec::readFile(dir.filePath(u"huge.json"_s), &error));
        QCOMPARE(error, u"huge.json: the spec is larger than 256 MiB."_s);
        QVERIFY(
            writeBytes(dir.filePath(u"cut.json"_s), "{\"format\": \"dialogsmith-spec\",\n\"version\": 1,\n\"name\""));
        QVERIFY(!ProjectSpec::readFile(dir.filePath(u"cut.json"_s), &error));
        QCOMPARE(error,
                 u"cut.json, line 3, column 7: the JSON ends too early: the file is cut short, or a bracket, "
                 "brace or quote is not closed."_s);
    }

    void writeFile_thenReadFile_roundTrips()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"spec.json"_s);
        QString error;
        QVERIFY2(ProjectSpec::writeFile(path, richDesign(), &error), qPrintable(error));
        const auto read = ProjectSpec::readFile(path, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(*read == richDesign());
        // Replacing leaves no temporary files behind.
        QVERIFY2(ProjectSpec::writeFile(path, ProjectDesign(), &error), qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"spec.json"_s});
        QVERIFY(*ProjectSpec::readFile(path, &error) == ProjectDesign());
    }

    void writeFile_intoAMissingFolder_failsAndSaysWhere()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"no/such/folder/spec.json"_s);
        QString error;
        QVERIFY(!ProjectSpec::writeFile(path, ProjectDesign(), &error));
        QVERIFY2(error.startsWith(u"Cannot write "_s + QDir::toNativeSeparators(path) + u": "_s), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void check_designMadeInCode_namesWhere()
    {
        ProjectDesign design;
        design.generation.minTurns = 5;
        design.generation.maxTurns = 2;
        design.templates.userTurn = u"Line one\nline two\n  and {{x}}"_s;
        design.personas = {{u"Mia"_s, Side::User, {}, {}, {}, {}, {}, {}, {}, std::nan("")}};
        design.generation.seed = std::numeric_limits<quint64>::max();
        design.generation.budgetUsd = std::numeric_limits<double>::infinity();
        design.chunking.overlap = 1500;
        design.prices.set(u"m"_s, {std::numeric_limits<double>::infinity(), 0, 0, 0});
        design.providers = {profile(u"local"_s, u"not a url"_s)};
        design.generation.userProfile = u"local"_s;
        QCOMPARE(
            ProjectSpec::check(design),
            (QStringList {
                u"personas[0].weight: nan is not a weight: a weight is a number from 0 to 1000000."_s,
                u"chunking.overlap: 1500 is not between 0 and 1499: the overlap must be less than the chunk size."_s,
                u"templates.user_turn, line 3, column 7: Unknown variable 'x'."_s,
                uR"(providers[0].endpoints[0].baseUrl: "not a url" is not an http or https URL.)"_s,
                u"prices.m.input: inf is not a price: dollars per million tokens, at least 0."_s,
                u"generation.turns.min: 5 is more than max (2)."_s,
                u"generation.budget.usd: inf is not an amount of dollars of at least 0."_s,
                u"generation.seed: 18446744073709551615 is not between 0 and 9007199254740991."_s,
            }));
    }

    void example_isAValidSpecANewUserCanStartFrom()
    {
        QString error;
        const auto design = ProjectSpec::readFile(examplePath(), &error);
        QVERIFY2(design, qPrintable(error));
        QCOMPARE(leaves(design->topics), 8);
        int users = 0;
        int assistants = 0;
        for (const Persona &persona : design->personas) {
            (persona.side == Side::User ? users : assistants) += 1;
            for (const QString *factor :
                 {&persona.description, &persona.relationship, &persona.mood, &persona.knowledgeLevel, &persona.goal,
                  &persona.speakingStyle, &persona.language})
                QVERIFY2(!factor->isEmpty(), qPrintable(persona.name));
        }
        QCOMPARE(users, 3);
        QCOMPARE(assistants, 2);
        QCOMPARE(design->scenarios.size(), 2);
        QStringList structures;
        for (const Structure &structure : design->structures) {
            structures.append(structure.name);
            QVERIFY(!structure.description.isEmpty());
        }
        QCOMPARE(structures, (QStringList {u"Q&A"_s, u"tutoring"_s, u"debate"_s}));
        QCOMPARE(design->documents.size(), 1);
        QCOMPARE(design->documents[0].text.count(u"\n\n"_s), 3); // four paragraphs
        QVERIFY(design->documents[0].text.contains(u"chain rule"_s));
        QCOMPARE(design->generation.minTurns, 2);
        QCOMPARE(design->generation.maxTurns, 4);
        QCOMPARE(design->providers.size(), 1);
        const Llm::ProviderProfile &local = design->providers.first();
        QCOMPARE(local.name, u"local"_s);
        QCOMPARE(local.kind, Llm::ProviderKind::OpenAiCompatible);
        QCOMPARE(local.model, u"local-model"_s);
        QCOMPARE(local.endpoints.size(), 1);
        QCOMPARE(local.endpoints.first().baseUrl, u"http://127.0.0.1:8080/v1"_s);
        QCOMPARE(local.key.type, Llm::KeySource::Type::None);
        QCOMPARE(design->generation.userProfile, u"local"_s);
        QCOMPARE(design->generation.assistantProfile, u"local"_s);
        QCOMPARE(design->templates, PromptTemplates::defaults());

        const auto again = ProjectSpec::read(ProjectSpec::write(*design), {}, {}, &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY(*again == *design);
    }
};

QTEST_GUILESS_MAIN(ProjectSpecTest)
#include "projectspec_test.moc"

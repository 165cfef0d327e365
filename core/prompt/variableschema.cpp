// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "prompt/variableschema.h"

#include <QSharedData>

namespace Dialogsmith::Prompt {

struct VariableSchema::Data : QSharedData {
    QList<Variable> variables;
};

VariableSchema::VariableSchema()
    : d(new Data)
{ }

VariableSchema::VariableSchema(const VariableSchema &other) = default;
VariableSchema::VariableSchema(VariableSchema &&other) noexcept = default;
VariableSchema &VariableSchema::operator=(const VariableSchema &other) = default;
VariableSchema &VariableSchema::operator=(VariableSchema &&other) noexcept = default;
VariableSchema::~VariableSchema() = default;

namespace {

void put(QList<VariableSchema::Variable> &variables, VariableSchema::Variable variable)
{
    for (VariableSchema::Variable &existing : variables) {
        if (existing.name == variable.name) {
            existing = std::move(variable);
            return;
        }
    }
    variables.append(std::move(variable));
}

void collectPaths(const VariableSchema &schema, const QString &prefix, QStringList &paths)
{
    for (const VariableSchema::Variable &variable : schema.variables()) {
        const QString path = prefix + variable.name;
        paths.append(path);
        if (variable.kind == VariableKind::Map)
            collectPaths(variable.fields, path + u'.', paths);
    }
}

} // namespace

VariableSchema &VariableSchema::add(const QString &name, VariableKind kind, const QString &description)
{
    Variable variable;
    variable.name = name;
    variable.kind = kind;
    variable.description = description;
    put(d->variables, std::move(variable));
    return *this;
}

VariableSchema &VariableSchema::addMap(const QString &name, const QString &description, const VariableSchema &fields)
{
    Variable variable;
    variable.name = name;
    variable.kind = VariableKind::Map;
    variable.description = description;
    variable.fields = fields;
    put(d->variables, std::move(variable));
    return *this;
}

VariableSchema &VariableSchema::addList(const QString &name, const QString &description, VariableKind itemKind,
                                        const VariableSchema &itemFields)
{
    Variable variable;
    variable.name = name;
    variable.kind = VariableKind::List;
    variable.description = description;
    variable.itemKind = itemKind;
    variable.fields = itemFields;
    put(d->variables, std::move(variable));
    return *this;
}

bool VariableSchema::isEmpty() const
{
    return d->variables.isEmpty();
}

QList<VariableSchema::Variable> VariableSchema::variables() const
{
    return d->variables;
}

const VariableSchema::Variable *VariableSchema::find(QStringView name) const
{
    for (const Variable &variable : d->variables) {
        if (variable.name == name)
            return &variable;
    }
    return nullptr;
}

const VariableSchema::Variable *VariableSchema::findPath(QStringView path) const
{
    const VariableSchema *level = this;
    const Variable *found = nullptr;
    for (const QStringView segment : path.tokenize(u'.')) {
        if (!level)
            return nullptr;
        found = level->find(segment);
        if (!found)
            return nullptr;
        level = found->kind == VariableKind::Map ? &found->fields : nullptr;
    }
    return found;
}

QStringList VariableSchema::paths() const
{
    QStringList paths;
    collectPaths(*this, QString(), paths);
    return paths;
}

QStringList VariableSchema::completions(QStringView prefix) const
{
    QStringList matches;
    for (const QString &path : paths()) {
        if (path.startsWith(prefix, Qt::CaseInsensitive))
            matches.append(path);
    }
    return matches;
}

QString VariableSchema::description(QStringView path) const
{
    const Variable *variable = findPath(path);
    return variable ? variable->description : QString();
}

QString kindName(VariableKind kind)
{
    switch (kind) {
    case VariableKind::Text:
        return VariableSchema::tr("text");
    case VariableKind::Number:
        return VariableSchema::tr("a number");
    case VariableKind::Bool:
        return VariableSchema::tr("true or false");
    case VariableKind::List:
        return VariableSchema::tr("a list");
    case VariableKind::Map:
        return VariableSchema::tr("a map");
    }
    return {};
}

VariableSchema VariableSchema::conversation()
{
    VariableSchema persona;
    persona.add(QStringLiteral("name"), VariableKind::Text, tr("The persona's name."))
        .add(QStringLiteral("description"), VariableKind::Text, tr("Who the persona is, in a sentence or two."))
        .add(QStringLiteral("relationship"), VariableKind::Text,
             tr("How the persona relates to the other speaker (for example \"student of\")."))
        .add(QStringLiteral("mood"), VariableKind::Text, tr("The persona's mood in this conversation."))
        .add(QStringLiteral("knowledge_level"), VariableKind::Text,
             tr("How much the persona knows about the topic (for example \"beginner\")."))
        .add(QStringLiteral("goal"), VariableKind::Text, tr("What the persona wants from the conversation."))
        .add(QStringLiteral("speaking_style"), VariableKind::Text, tr("How the persona talks."))
        .add(QStringLiteral("language"), VariableKind::Text, tr("The language the persona speaks."));

    VariableSchema message;
    message.add(QStringLiteral("role"), VariableKind::Text, tr("Who spoke: \"user\" or \"assistant\"."))
        .add(QStringLiteral("speaker"), VariableKind::Text, tr("The name of the persona who spoke."))
        .add(QStringLiteral("content"), VariableKind::Text, tr("What was said."));

    VariableSchema schema;
    schema.add(QStringLiteral("topic"), VariableKind::Text, tr("The topic's own name, the last step of its path."))
        .add(QStringLiteral("topic_path"), VariableKind::Text,
             tr("The topic with its parents, such as \"Mathematics › Calculus › Derivatives\"."))
        .add(QStringLiteral("topic_description"), VariableKind::Text, tr("The topic's description; may be empty."))
        .addMap(QStringLiteral("user_persona"), tr("The persona who asks: the user side of the conversation."), persona)
        .addMap(QStringLiteral("assistant_persona"), tr("The persona who answers: the assistant side."), persona)
        .add(QStringLiteral("scenario"), VariableKind::Text, tr("The situation the conversation happens in."))
        .add(QStringLiteral("structure"), VariableKind::Text,
             tr("The kind of conversation: Q&A, debate, lecture or tutoring."))
        .add(QStringLiteral("structure_description"), VariableKind::Text,
             tr("How that kind of conversation goes; may be empty."))
        .add(QStringLiteral("chunk"), VariableKind::Text,
             tr("The part of a document the conversation is grounded in; empty without documents."))
        .add(QStringLiteral("document_title"), VariableKind::Text,
             tr("The title of the document the chunk comes from; empty without documents."))
        .addList(QStringLiteral("history"),
                 tr("The messages so far, oldest first: each has role, speaker and content."), VariableKind::Map,
                 message)
        .add(QStringLiteral("question"), VariableKind::Text,
             tr("The user message being answered; empty in the user simulator's prompts."))
        .add(QStringLiteral("turn"), VariableKind::Number,
             tr("The number of the turn (a question and its answer) being written, from 1."))
        .add(QStringLiteral("turns_total"), VariableKind::Number, tr("How many turns the conversation will have."))
        .add(QStringLiteral("turns_left"), VariableKind::Number, tr("How many turns follow the one being written."))
        .add(QStringLiteral("is_first_turn"), VariableKind::Bool, tr("Whether this is the conversation's first turn."))
        .add(QStringLiteral("end_marker"), VariableKind::Text,
             tr("What the user simulator replies to end the conversation early."));
    return schema;
}

VariableSchema VariableSchema::forTemplate(const QString &step)
{
    VariableSchema schema = conversation();
    VariableSchema rubric;
    rubric.add(QStringLiteral("name"), VariableKind::Text, tr("The rubric's name."))
        .add(QStringLiteral("minimum"), VariableKind::Number, tr("The lowest score of the scale."))
        .add(QStringLiteral("maximum"), VariableKind::Number, tr("The highest score of the scale."))
        .add(QStringLiteral("text"), VariableKind::Text, tr("What the judge looks for, as the user wrote it."));
    if (step == u"instruction") {
        schema.addList(QStringLiteral("seeds"), tr("Example instructions the new one is modelled on."),
                       VariableKind::Text);
    } else if (step == u"evol") {
        VariableSchema direction;
        direction.add(QStringLiteral("constraints"), VariableKind::Bool, tr("Add a constraint or requirement."))
            .add(QStringLiteral("deepen"), VariableKind::Bool, tr("Ask about the subject in more depth."))
            .add(QStringLiteral("concretise"), VariableKind::Bool, tr("Replace general ideas with concrete cases."))
            .add(QStringLiteral("reasoning"), VariableKind::Bool, tr("Require several steps of reasoning."))
            .add(QStringLiteral("breadth"), VariableKind::Bool, tr("Write a new instruction of the same domain."));
        schema.add(QStringLiteral("instruction"), VariableKind::Text, tr("The instruction to evolve."))
            .addMap(QStringLiteral("direction"), tr("The direction drawn for this evolution: one field is true."),
                    direction)
            .add(QStringLiteral("generation"), VariableKind::Number,
                 tr("Which evolution of the original instruction this is, from 1."));
    } else if (step == u"faithfulness") {
        schema.add(QStringLiteral("answer"), VariableKind::Text, tr("The answer to check against the chunk."));
    } else if (step == u"preference_judge") {
        VariableSchema response;
        response.add(QStringLiteral("content"), VariableKind::Text, tr("The response's text."));
        schema
            .addList(QStringLiteral("responses"), tr("The responses to rank, in the order they are numbered."),
                     VariableKind::Map, response)
            .addMap(QStringLiteral("rubric"), tr("The rubric the judge ranks by."), rubric);
    } else if (step == u"embedding_queries") {
        schema.add(QStringLiteral("count"), VariableKind::Number, tr("How many queries to write."));
    } else if (step == u"negative_check") {
        schema.add(QStringLiteral("query"), VariableKind::Text,
                   tr("The search query the chunk may or may not answer."));
    } else if (step == u"judge") {
        schema.addMap(QStringLiteral("rubric"), tr("The rubric to score on."), rubric)
            .add(QStringLiteral("answer"), VariableKind::Text,
                 tr("When one turn is judged: the answer to score; empty when the whole conversation is."));
    }
    return schema;
}

QVariantMap sampleContext()
{
    const QVariantMap user {
        {QStringLiteral("name"), QStringLiteral("Mia")},
        {QStringLiteral("description"), QStringLiteral("A first-year engineering student who missed two lectures.")},
        {QStringLiteral("relationship"), QStringLiteral("student of the tutor")},
        {QStringLiteral("mood"), QStringLiteral("curious but a little anxious")},
        {QStringLiteral("knowledge_level"), QStringLiteral("beginner")},
        {QStringLiteral("goal"), QStringLiteral("understand the chain rule before Friday's quiz")},
        {QStringLiteral("speaking_style"), QStringLiteral("short, informal questions")},
        {QStringLiteral("language"), QStringLiteral("English")},
    };
    const QVariantMap assistant {
        {QStringLiteral("name"), QStringLiteral("Dr. Okafor")},
        {QStringLiteral("description"), QStringLiteral("A patient mathematics tutor with twenty years of teaching.")},
        {QStringLiteral("relationship"), QStringLiteral("tutor of the student")},
        {QStringLiteral("mood"), QStringLiteral("calm and encouraging")},
        {QStringLiteral("knowledge_level"), QStringLiteral("expert")},
        {QStringLiteral("goal"), QStringLiteral("make the student able to solve problems alone")},
        {QStringLiteral("speaking_style"), QStringLiteral("clear steps, one worked example at a time")},
        {QStringLiteral("language"), QStringLiteral("English")},
    };
    const QVariantList history {
        QVariantMap {{QStringLiteral("role"), QStringLiteral("user")},
                     {QStringLiteral("speaker"), QStringLiteral("Mia")},
                     {QStringLiteral("content"), QStringLiteral("What does a derivative actually measure?")}},
        QVariantMap {{QStringLiteral("role"), QStringLiteral("assistant")},
                     {QStringLiteral("speaker"), QStringLiteral("Dr. Okafor")},
                     {QStringLiteral("content"),
                      QStringLiteral("How fast a quantity changes: the slope of its graph at one point.")}},
    };
    return QVariantMap {
        {QStringLiteral("topic"), QStringLiteral("Derivatives")},
        {QStringLiteral("topic_path"), QStringLiteral("Mathematics › Calculus › Derivatives")},
        {QStringLiteral("topic_description"), QStringLiteral("Rates of change and the rules to compute them.")},
        {QStringLiteral("user_persona"), user},
        {QStringLiteral("assistant_persona"), assistant},
        {QStringLiteral("scenario"), QStringLiteral("An online tutoring session the evening before a quiz.")},
        {QStringLiteral("structure"), QStringLiteral("tutoring")},
        {QStringLiteral("structure_description"),
         QStringLiteral("The tutor guides with questions and lets the student try each step.")},
        {QStringLiteral("chunk"),
         QStringLiteral("The chain rule: if y = f(g(x)), then dy/dx = f'(g(x)) · g'(x). For example, the "
                        "derivative of sin(x²) is cos(x²) · 2x.")},
        {QStringLiteral("document_title"), QStringLiteral("Calculus I, chapter 3: Differentiation rules")},
        {QStringLiteral("history"), history},
        {QStringLiteral("question"), QStringLiteral("So how do I use the chain rule on sin(x²)?")},
        {QStringLiteral("turn"), 2},
        {QStringLiteral("turns_total"), 3},
        {QStringLiteral("turns_left"), 1},
        {QStringLiteral("is_first_turn"), false},
        {QStringLiteral("end_marker"), QStringLiteral("[END]")},
        // What the other modes' templates add (VariableSchema::forTemplate).
        {QStringLiteral("seeds"),
         QVariantList {QStringLiteral("Explain the product rule with an example."),
                       QStringLiteral("Why is the derivative of a constant zero?")}},
        {QStringLiteral("instruction"), QStringLiteral("Explain the chain rule with an example.")},
        {QStringLiteral("direction"),
         QVariantMap {{QStringLiteral("constraints"), false},
                      {QStringLiteral("deepen"), false},
                      {QStringLiteral("concretise"), false},
                      {QStringLiteral("reasoning"), true},
                      {QStringLiteral("breadth"), false}}},
        {QStringLiteral("generation"), 1},
        {QStringLiteral("answer"),
         QStringLiteral("Differentiate the outside, keep the inside, then multiply by the inside's derivative: "
                        "cos(x²) · 2x.")},
        {QStringLiteral("responses"),
         QVariantList {QVariantMap {{QStringLiteral("content"), QStringLiteral("cos(x²) · 2x, by the chain rule.")}},
                       QVariantMap {{QStringLiteral("content"), QStringLiteral("It is cos(x²).")}}}},
        {QStringLiteral("rubric"),
         QVariantMap {{QStringLiteral("name"), QStringLiteral("1-10")},
                      {QStringLiteral("minimum"), 1},
                      {QStringLiteral("maximum"), 10},
                      {QStringLiteral("text"), QStringLiteral("Score correctness, completeness and clarity.")}}},
        {QStringLiteral("count"), 2},
        {QStringLiteral("query"), QStringLiteral("derivative of a composite function")},
    };
}

} // namespace Dialogsmith::Prompt

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Dialogsmith::Prompt {

/// What a template variable holds. The matching QVariant types: QString, any number type, bool,
/// QVariantList and QVariantMap.
enum class VariableKind { Text, Number, Bool, List, Map };

/// The variables a template may use, their kinds and a one-line description each (for completion
/// tooltips). A schema is the field list of a map: the root holds the top-level variables, a Map variable
/// holds its fields, and a List variable holds the fields of its items when they are maps.
class VariableSchema
{
    Q_DECLARE_TR_FUNCTIONS(VariableSchema)

public:
    struct Variable;

    VariableSchema();
    VariableSchema(const VariableSchema &other);
    VariableSchema(VariableSchema &&other) noexcept;
    VariableSchema &operator=(const VariableSchema &other);
    VariableSchema &operator=(VariableSchema &&other) noexcept;
    ~VariableSchema();

    /// Adds (or replaces) a Text, Number or Bool variable.
    VariableSchema &add(const QString &name, VariableKind kind, const QString &description);
    /// Adds (or replaces) a map with the given fields.
    VariableSchema &addMap(const QString &name, const QString &description, const VariableSchema &fields);
    /// Adds (or replaces) a list whose items are of itemKind; itemFields describes them when they are maps.
    VariableSchema &addList(const QString &name, const QString &description, VariableKind itemKind,
                            const VariableSchema &itemFields = VariableSchema());

    bool isEmpty() const;
    /// The variables of this level, in the order they were added.
    QList<Variable> variables() const;
    /// The variable of this level called name, or nullptr. Valid as long as this schema is unchanged.
    const Variable *find(QStringView name) const;
    /// A dotted path through maps ("user_persona.mood"), or nullptr.
    const Variable *findPath(QStringView path) const;
    /// Every path a template can name outside {{#each}}: the variables and, for maps, "map.field".
    QStringList paths() const;
    /// The paths that start with prefix (ignoring case), for the editor's completion.
    QStringList completions(QStringView prefix) const;
    /// The description of a path, empty when there is no such path.
    QString description(QStringView path) const;

    /// The variables the generation engine provides to every template of a conversation.
    static VariableSchema conversation();
    /// The variables of the template of `step` (a key of the spec's "templates": "system", "evol", "judge", ...):
    /// the conversation's, and what the step adds (the instruction to evolve, the responses to rank, ...).
    static VariableSchema forTemplate(const QString &step);

private:
    struct Data;
    QSharedDataPointer<Data> d;
};

struct VariableSchema::Variable {
    QString name;
    VariableKind kind = VariableKind::Text;
    QString description;
    VariableKind itemKind = VariableKind::Text; ///< List: the kind of its items
    VariableSchema fields; ///< Map: its fields; List of maps: the fields of every item
};

/// A human name for a kind, for messages: "text", "a number", "true or false", "a list", "a map".
QString kindName(VariableKind kind);

/// A plausible context holding every variable of VariableSchema::forTemplate() for every step (the
/// conversation's and what the other modes' steps add), for the live preview and tests.
QVariantMap sampleContext();

} // namespace Dialogsmith::Prompt

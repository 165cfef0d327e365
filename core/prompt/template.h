// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "prompt/variableschema.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace Dialogsmith::Prompt {

/// A problem in a template, at the tag that causes it. Line and column are 1-based; a tab is one column,
/// a character outside the Basic Multilingual Plane too, and "\r\n" ends a line like "\n".
struct TemplateError {
    int line = 0;
    int column = 0;
    QString message;

    /// "line 3, column 7: message", translated.
    QString toString() const;
    friend bool operator==(const TemplateError &, const TemplateError &) = default;
};

/// One tag of a template as written, for syntax highlighting and completion in the editor.
struct TemplateTag {
    enum class Kind {
        Variable, ///< {{path}}
        SectionOpen, ///< {{#if path}}, {{#unless path}}, {{#each path}}
        Else, ///< {{else}}
        SectionClose, ///< {{/if}}, {{/unless}}, {{/each}}
        Comment, ///< {{! ... }}, {{!-- ... --}}
        Escape, ///< \{{
        Invalid, ///< a tag with a syntax error
    };
    Kind kind = Kind::Variable;
    qsizetype offset = 0; ///< in the source, UTF-16 code units
    qsizetype length = 0;
    QString path; ///< Variable and SectionOpen: the path as written
    friend bool operator==(const TemplateTag &, const TemplateTag &) = default;
};

/// A parsed prompt template: {{variables}}, {{#if}}, {{#unless}} and {{#each}} sections, comments and
/// \{{ escapes, in plain text (nothing is HTML-escaped). docs/templates.md describes the language.
///
/// An immutable value, cheap to copy and safe to share between threads. Parse once and render many
/// times: render() walks the parsed form and only allocates the text it returns.
class Template
{
    Q_DECLARE_TR_FUNCTIONS(Template)

public:
    /// The empty template: valid, renders "".
    Template();

    static Template parse(const QString &source);

    QString source() const;
    /// No syntax errors.
    bool isValid() const;
    /// The syntax errors, in source order.
    QList<TemplateError> errors() const;
    /// Every variable path the template names, as written (also "this.x", "@index" and item fields inside
    /// {{#each}}), once each, in order of first use.
    QStringList variables() const;
    /// The tags in source order.
    QList<TemplateTag> tags() const;

    /// Checks the template against the variables a context will have: unknown variables, {{#each}} over
    /// something that is not a list, a list or map written as text, and the fields used on list items.
    /// A template with syntax errors returns those instead. Empty: the template fits the schema.
    QList<TemplateError> validate(const VariableSchema &schema) const;

    /// The text for one context. A path the context lacks, a list or map where text is expected and
    /// {{#each}} over a non-list are errors, appended to *errors; then the result is a null QString (never a
    /// text with a gap). Rendering also stops with an error after a million steps or 16 Mi characters,
    /// so a template nesting {{#each}} deeply over long lists cannot hang a run.
    QString render(const QVariantMap &context, QList<TemplateError> *errors = nullptr) const;

    static constexpr int maxNesting = 64;
    static constexpr qsizetype maxRenderSteps = 1'000'000;
    static constexpr qsizetype maxRenderLength = 16 * 1024 * 1024;

    struct Data;

private:
    std::shared_ptr<const Data> d;
};

} // namespace Dialogsmith::Prompt

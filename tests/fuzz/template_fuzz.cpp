// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the prompt template language: parse, validate against the conversation schema, render with the
// sample context. Besides the sanitizers' findings it checks that every error points into the source, that
// the tags lie in order inside it, that a template without tags renders to itself, and that a template the
// schema accepts renders with a context that matches the schema.
#include "prompt/template.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Dialogsmith::Prompt;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "template_fuzz: invariant broken: %s\n", what);
        std::abort();
    }
}

// Line and column, counted here without the library's help: lines split at "\n", columns in code points.
void checkPositions(const QString &source, const QList<TemplateError> &errors, const char *what)
{
    const QStringList lines = source.split(u'\n');
    for (const TemplateError &error : errors) {
        if (error.line < 1 || error.line > lines.size() || error.column < 1
            || error.column > lines[error.line - 1].toUcs4().size() + 1 || error.message.isEmpty()) {
            std::fprintf(stderr, "template_fuzz: %s: line %d, column %d outside the source (%lld lines): %s\n", what,
                         error.line, error.column, static_cast<long long>(lines.size()), qPrintable(error.message));
            std::abort();
        }
    }
}

// Whether the source holds a tag, read left to right as the language defines it: "\{{" is text.
bool hasTag(const QString &source)
{
    for (qsizetype i = 0; i + 1 < source.size(); ++i) {
        if (source[i] == u'\\' && i + 2 < source.size() && source[i + 1] == u'{' && source[i + 2] == u'{')
            i += 2;
        else if (source[i] == u'{' && source[i + 1] == u'{')
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const VariableSchema schema = VariableSchema::conversation();
    static const QVariantMap context = sampleContext();

    const QString source = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Template parsed = Template::parse(source);
    check(parsed.source() == source, "the template does not keep its source");
    check(parsed.isValid() == parsed.errors().isEmpty(), "isValid() disagrees with errors()");
    checkPositions(source, parsed.errors(), "syntax error");

    qsizetype tagEnd = 0;
    for (const TemplateTag &tag : parsed.tags()) {
        check(tag.offset >= tagEnd && tag.length > 0 && tag.offset + tag.length <= source.size(),
              "a tag is out of order or outside the source");
        tagEnd = tag.offset + tag.length;
    }

    const QList<TemplateError> problems = parsed.validate(schema);
    checkPositions(source, problems, "validation error");
    if (!parsed.isValid())
        check(problems == parsed.errors(), "validate() of an invalid template is not its syntax errors");

    QList<TemplateError> renderErrors;
    const QString text = parsed.render(context, &renderErrors);
    checkPositions(source, renderErrors, "render error");
    check(text.isNull() == !renderErrors.isEmpty(), "render() returned text with errors or no text without");

    if (!hasTag(source)) {
        QString expected = source;
        expected.replace(QStringLiteral("\\{{"), QStringLiteral("{{"));
        check(renderErrors.isEmpty() && text == expected, "a template without tags does not render to itself");
    }

    if (problems.isEmpty() && !renderErrors.isEmpty()) {
        // The only excuse: the render budget of a template that loops too much.
        const bool budget = renderErrors.size() == 1
            && renderErrors.first().message.contains(QStringLiteral("produces too much text"));
        if (!budget) {
            std::fprintf(stderr, "template_fuzz: validated, but rendering failed: %s\n",
                         qPrintable(renderErrors.first().message));
            std::abort();
        }
    }
    return 0;
}

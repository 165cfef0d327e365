// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/templates/syntaxsupport.h"

#include <QApplication>
#include <QPalette>
#include <QTextDocument>
#include <QWidget>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

// The definition is compiled into this static library; referencing its initialiser keeps the linker from
// dropping it. Q_INIT_RESOURCE must be called outside any namespace.
static void initSyntaxResources()
{
    Q_INIT_RESOURCE(dialogsmith_syntax);
}

namespace Dialogsmith::SyntaxSupport {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository *const repository = [] {
        initSyntaxResources();
        auto *r = new KSyntaxHighlighting::Repository;
        // Looks in <path>/syntax for definitions.
        r->addCustomSearchPath(QStringLiteral(":/dialogsmith/syntax-highlighting"));
        return r;
    }();
    return *repository;
}

QString templateDefinitionName()
{
    return QStringLiteral("Dialogsmith Template");
}

QString markdownDefinitionName()
{
    return QStringLiteral("Markdown");
}

QString jsonDefinitionName()
{
    return QStringLiteral("JSON");
}

KSyntaxHighlighting::Theme themeFor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                          : KSyntaxHighlighting::Repository::LightTheme);
}

KSyntaxHighlighting::SyntaxHighlighter *highlight(QTextDocument *document, const QString &definition,
                                                  const QPalette &palette)
{
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setTheme(themeFor(palette));
    highlighter->setDefinition(repository().definitionForName(definition));
    return highlighter;
}

void setDefinition(KSyntaxHighlighting::SyntaxHighlighter *highlighter, const QString &definition)
{
    if (highlighter->definition().name() == definition)
        return;
    highlighter->setDefinition(repository().definitionForName(definition));
}

void applyTheme(KSyntaxHighlighting::SyntaxHighlighter *highlighter, QWidget *editor)
{
    const KSyntaxHighlighting::Theme theme = themeFor(QApplication::palette(editor));
    if (highlighter->theme().name() != theme.name()) {
        highlighter->setTheme(theme);
        highlighter->rehighlight();
    }
    QPalette palette = editor->palette();
    const QColor text = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    palette.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Highlight,
                     QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    palette.setColor(QPalette::HighlightedText, text);
    QColor placeholder = text;
    placeholder.setAlphaF(0.5f);
    palette.setColor(QPalette::PlaceholderText, placeholder);
    editor->setPalette(palette);
}

} // namespace Dialogsmith::SyntaxSupport

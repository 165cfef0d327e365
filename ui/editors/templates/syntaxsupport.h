// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QPalette;
class QTextDocument;
class QWidget;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
class Theme;
} // namespace KSyntaxHighlighting

namespace Dialogsmith::SyntaxSupport {

/// The syntax definitions the studio highlights with: KSyntaxHighlighting's own (JSON, Markdown, ...) and
/// ours, shipped as a resource. One per process, made on first use on the GUI thread.
KSyntaxHighlighting::Repository &repository();

/// The name of our template language's definition (resources/syntax/dialogsmith-template.xml).
QString templateDefinitionName();
QString markdownDefinitionName();
QString jsonDefinitionName();

/// The default light or dark theme, whichever fits the palette's base colour.
KSyntaxHighlighting::Theme themeFor(const QPalette &palette);

/// A highlighter on `document` with the named definition and the theme for `palette`.
KSyntaxHighlighting::SyntaxHighlighter *highlight(QTextDocument *document, const QString &definition,
                                                  const QPalette &palette);
/// Switches an existing highlighter to `definition` when it uses another one; re-highlights only then.
void setDefinition(KSyntaxHighlighting::SyntaxHighlighter *highlighter, const QString &definition);
/// Applies the theme that fits the application's palette (light or dark, following the system) to
/// `highlighter`, and the theme's editor colours to `editor`. Call again on QEvent::ApplicationPaletteChange.
void applyTheme(KSyntaxHighlighting::SyntaxHighlighter *highlighter, QWidget *editor);

} // namespace Dialogsmith::SyntaxSupport

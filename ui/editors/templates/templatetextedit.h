// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPlainTextEdit>

#include <utility>

class QCompleter;
class QStandardItemModel;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Dialogsmith {

/// A problem found in the template, as a range of the text to underline.
struct TemplateProblem {
    int position = 0;
    int length = 1;
    int line = 0;
    int column = 0;
    QString message;
};

/// The editor of one prompt template: highlighting of the template language, completion of variable names
/// after "{{", problems underlined with their message on hover.
///
/// Its text is the design's: the document keeps no undo history of its own (Ctrl+Z and Ctrl+Shift+Z go to
/// Edit ▸ Undo/Redo, the project's history), every change the user makes is reported by textEdited(), and
/// setTextKeepingCursor() takes the design's text back after an undo without moving the cursor needlessly.
class TemplateTextEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateTextEdit)

public:
    explicit TemplateTextEdit(QWidget *parent = nullptr);
    ~TemplateTextEdit() override;

    /// Replaces only what differs, so the cursor stays where it was unless its text changed.
    void setTextKeepingCursor(const QString &text);
    void setProblems(const QList<TemplateProblem> &problems);
    QList<TemplateProblem> problems() const { return m_problems; }
    /// The message of the problem at a text position, empty when there is none.
    QString problemAt(int position) const;
    /// The names completion offers, with a description each (shown as their tooltips).
    void setCompletions(const QList<std::pair<QString, QString>> &names);
    QCompleter *completer() const { return m_completer; }
    KSyntaxHighlighting::SyntaxHighlighter *highlighter() const { return m_highlighter; }

Q_SIGNALS:
    /// The user changed the text (typing, pasting, completing): not emitted for setTextKeepingCursor().
    void textEdited(const QString &text);
    void undoRequested();
    void redoRequested();

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    class LineNumbers;
    friend class LineNumbers;
    int lineNumberWidth() const;
    void paintLineNumbers(QPaintEvent *event);

    void insertCompletion(const QString &completion);
    /// The variable name being typed inside an open tag, and where it starts; position -1 outside a tag.
    std::pair<int, QString> tagPrefix() const;
    void updateCompletion(bool force);
    void updateSelections();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QWidget *m_lineNumbers = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_completions = nullptr;
    QList<TemplateProblem> m_problems;
    QString m_known; ///< the text last reported or set
    bool m_applying = false;
    bool m_theming = false;
};

} // namespace Dialogsmith

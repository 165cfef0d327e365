// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/templates/templatetextedit.h"

#include "editors/templates/syntaxsupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QToolTip>

#include <KSyntaxHighlighting/SyntaxHighlighter>

namespace Dialogsmith {

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'@';
}

} // namespace

/// The line numbers beside the text, as problems name lines.
class TemplateTextEdit::LineNumbers final : public QWidget
{
public:
    explicit LineNumbers(TemplateTextEdit *editor)
        : QWidget(editor)
        , m_editor(editor)
    { }
    QSize sizeHint() const override { return {m_editor->lineNumberWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    TemplateTextEdit *m_editor;
};

TemplateTextEdit::TemplateTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_completer(new QCompleter(this))
    , m_completions(new QStandardItemModel(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    // The project's undo history is the only one: see the class comment.
    setUndoRedoEnabled(false);
    m_highlighter
        = SyntaxSupport::highlight(document(), SyntaxSupport::templateDefinitionName(), QApplication::palette(this));
    SyntaxSupport::applyTheme(m_highlighter, this);

    m_lineNumbers = new LineNumbers(this);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(lineNumberWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, m_lineNumbers, qOverload<>(&QWidget::update));
    setViewportMargins(lineNumberWidth(), 0, 0, 0);

    m_completer->setModel(m_completions);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TemplateTextEdit::insertCompletion);

    // The highlighter's format changes are content changes too, to the document: only text counts here.
    connect(document(), &QTextDocument::contentsChange, this, [this] {
        if (m_applying)
            return;
        const QString text = toPlainText();
        if (text == m_known)
            return;
        m_known = text;
        Q_EMIT textEdited(text);
    });
}

TemplateTextEdit::~TemplateTextEdit() = default;

void TemplateTextEdit::setTextKeepingCursor(const QString &text)
{
    const QString old = toPlainText();
    if (old == text)
        return;
    qsizetype prefix = 0;
    const qsizetype common = std::min(old.size(), text.size());
    while (prefix < common && old[prefix] == text[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < common - prefix && old[old.size() - 1 - suffix] == text[text.size() - 1 - suffix])
        ++suffix;
    m_known = text;
    m_applying = true;
    QTextCursor cursor(document());
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(old.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - suffix - prefix));
    m_applying = false;
    // Where the change was is where an undo or redo leaves the cursor, as in any editor, unless the user
    // looks elsewhere.
    if (hasFocus())
        setTextCursor(cursor);
}

void TemplateTextEdit::setProblems(const QList<TemplateProblem> &problems)
{
    m_problems = problems;
    updateSelections();
}

QString TemplateTextEdit::problemAt(int position) const
{
    QStringList messages;
    for (const TemplateProblem &problem : m_problems) {
        if (position >= problem.position && position <= problem.position + problem.length)
            messages.append(problem.message);
    }
    return messages.join(u'\n');
}

void TemplateTextEdit::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QColor red
        = palette().color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x1c, 0x1c);
    for (const TemplateProblem &problem : std::as_const(m_problems)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(std::min(problem.position, document()->characterCount() - 1));
        selection.cursor.setPosition(std::min(problem.position + problem.length, document()->characterCount() - 1),
                                     QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(red);
        selection.format.setToolTip(problem.message);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void TemplateTextEdit::setCompletions(const QList<std::pair<QString, QString>> &names)
{
    m_completions->clear();
    for (const auto &[name, description] : names) {
        auto *item = new QStandardItem(name);
        item->setToolTip(description);
        item->setEditable(false);
        m_completions->appendRow(item);
    }
}

bool TemplateTextEdit::event(QEvent *event)
{
    // Leave Undo and Redo to the window's Edit menu (the project's history) instead of the document's,
    // which is off.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

bool TemplateTextEdit::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString message = problemAt(cursorForPosition(help->pos()).position());
        if (message.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), message, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void TemplateTextEdit::keyPressEvent(QKeyEvent *event)
{
    // Reached only when no window action took the shortcut (the editor on its own, as in tests).
    if (event->matches(QKeySequence::Undo)) {
        Q_EMIT undoRequested();
        return;
    }
    if (event->matches(QKeySequence::Redo)) {
        Q_EMIT redoRequested();
        return;
    }
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Escape:
        case Qt::Key_Backtab:
            // The completer's popup handles these.
            event->ignore();
            return;
        default:
            break;
        }
    }
    const bool force = event->key() == Qt::Key_Space && event->modifiers() == Qt::ControlModifier;
    if (!force)
        QPlainTextEdit::keyPressEvent(event);
    if (force || !event->text().isEmpty() || event->key() == Qt::Key_Backspace)
        updateCompletion(force);
}

std::pair<int, QString> TemplateTextEdit::tagPrefix() const
{
    const QTextCursor cursor = textCursor();
    const QString line = cursor.block().text();
    const int column = cursor.positionInBlock();
    int start = column;
    while (start > 0 && isNameChar(line[start - 1]))
        --start;
    // What stands between "{{" and the name: nothing, spaces, or a section helper.
    QStringView head = QStringView(line).left(start);
    const auto chopSpaces = [&head] {
        while (head.endsWith(u' '))
            head.chop(1);
    };
    chopSpaces();
    for (const QStringView helper : {u"#if", u"#unless", u"#each"}) {
        if (head.endsWith(helper)) {
            head.chop(helper.size());
            chopSpaces();
            break;
        }
    }
    // Not an escaped "\{{".
    if (!head.endsWith(u"{{") || head.endsWith(u"\\{{"))
        return {-1, QString()};
    return {cursor.block().position() + start, line.mid(start, column - start)};
}

void TemplateTextEdit::updateCompletion(bool force)
{
    const auto [start, prefix] = tagPrefix();
    if (start < 0) {
        m_completer->popup()->hide();
        return;
    }
    if (prefix != m_completer->completionPrefix()) {
        m_completer->setCompletionPrefix(prefix);
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    }
    if (m_completer->completionCount() == 0
        || (!force && m_completer->completionCount() == 1 && m_completer->currentCompletion() == prefix)) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
                  + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void TemplateTextEdit::insertCompletion(const QString &completion)
{
    if (m_completer->widget() != this)
        return;
    const auto [start, prefix] = tagPrefix();
    if (start < 0)
        return;
    QTextCursor cursor = textCursor();
    cursor.setPosition(start);
    cursor.setPosition(textCursor().position(), QTextCursor::KeepAnchor);
    // Close the tag unless it already is.
    const QString rest = textCursor().block().text().mid(textCursor().positionInBlock());
    const bool closed = rest.trimmed().startsWith(QStringLiteral("}}"));
    cursor.insertText(closed ? completion : completion + QStringLiteral("}}"));
    setTextCursor(cursor);
}

void TemplateTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // Light or dark, following the system. Applying the theme sets the palette, which comes back here once.
    if ((event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange) && !m_theming) {
        m_theming = true;
        SyntaxSupport::applyTheme(m_highlighter, this);
        updateSelections();
        m_theming = false;
    }
}

int TemplateTextEdit::lineNumberWidth() const
{
    const int digits = int(QString::number(std::max(1, blockCount())).size());
    return 12 + fontMetrics().horizontalAdvance(u'9') * std::max(2, digits);
}

void TemplateTextEdit::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    painter.fillRect(event->rect(), dark ? base.lighter(115) : base.darker(104));
    QColor number = pal.color(QPalette::Text);
    number.setAlphaF(0.45f);
    const int current = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            QColor color = number;
            if (block.blockNumber() == current)
                color.setAlphaF(0.9f);
            painter.setPen(color);
            painter.drawText(0, top, m_lineNumbers->width() - 6, fontMetrics().height(), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        }
        top += height;
        block = block.next();
    }
}

void TemplateTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_lineNumbers->setGeometry(QRect(contents.left(), contents.top(), lineNumberWidth(), contents.height()));
}

void TemplateTextEdit::focusInEvent(QFocusEvent *event)
{
    m_completer->setWidget(this);
    QPlainTextEdit::focusInEvent(event);
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "conversation/turnbubble.h"

#include "shell/icons.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

TurnBubble::TurnBubble(const Message &message, QWidget *parent)
    : QFrame(parent)
    , m_message(message)
{
    setObjectName(QStringLiteral("bubble"));
    setProperty("seq", message.seq);
    setFrameShape(QFrame::NoFrame);
    setToolTip(message.provenance);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(4);

    auto *header = new QWidget(this);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->setSpacing(2);
    m_speaker = new QLabel(header);
    m_speaker->setObjectName(QStringLiteral("speaker"));
    QFont bold = m_speaker->font();
    bold.setBold(true);
    m_speaker->setFont(bold);
    m_speaker->setText(message.turnId == 0 ? tr("%1 (writing…)").arg(message.speaker) : message.speaker);
    headerLayout->addWidget(m_speaker);
    m_editedTag = new QLabel(tr("edited"), header);
    m_editedTag->setObjectName(QStringLiteral("editedTag"));
    m_editedTag->setToolTip(tr("A person changed this message; the generated text is kept. Hover the message to "
                               "see it."));
    m_editedTag->setVisible(message.edited);
    QFont small = m_editedTag->font();
    small.setItalic(true);
    m_editedTag->setFont(small);
    headerLayout->addWidget(m_editedTag);
    if (!message.grounding.isEmpty() && message.turnId != 0) {
        m_groundingLink = new QLabel(header);
        m_groundingLink->setObjectName(QStringLiteral("groundingLink"));
        m_groundingLink->setText(u"<a href=\"chunk\">"_s + message.grounding.toHtmlEscaped() + u"</a>"_s);
        m_groundingLink->setTextFormat(Qt::RichText);
        m_groundingLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        m_groundingLink->setToolTip(tr("The document chunk this message drew on: click to see it in the review panel "
                                       "with the passages it shares marked"));
        QFont linkFont = m_groundingLink->font();
        linkFont.setPointSizeF(linkFont.pointSizeF() * 0.9);
        m_groundingLink->setFont(linkFont);
        m_groundingLink->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // elided by the layout
        m_groundingLink->setMinimumWidth(fontMetrics().horizontalAdvance(u"§00 · "_s));
        headerLayout->addSpacing(6);
        headerLayout->addWidget(m_groundingLink, 1);
        connect(m_groundingLink, &QLabel::linkActivated, this, [this] { Q_EMIT selected(m_message.turnId); });
    }
    headerLayout->addStretch(1);

    m_editButton = addAction(header, QStringLiteral("editTurn"),
                             Icons::themed(QStringLiteral("document-edit"), Icons::Drawn::Rename), tr("Edit"),
                             tr("Edit this message in place (double-click the text, too)"));
    m_regenerateButton
        = addAction(header, QStringLiteral("regenerateTurn"),
                    Icons::themed(QIcon::ThemeIcon::ViewRefresh, QStyle::SP_BrowserReload), tr("Regenerate"),
                    tr("Regenerate from here: drop this message and the ones after it, and let the "
                       "models continue the conversation"));
    m_branchButton = addAction(header, QStringLiteral("branchTurn"),
                               Icons::themed(QStringLiteral("vcs-branch"), Icons::Drawn::Copy), tr("Branch"),
                               tr("Branch from here: keep this conversation and make an alternative that continues "
                                  "differently from this message on"));
    m_deleteButton = addAction(header, QStringLiteral("deleteTurn"),
                               Icons::themed(QIcon::ThemeIcon::EditDelete, QStyle::SP_TrashIcon), tr("Delete"),
                               tr("Delete this message"));
    for (QToolButton *button : {m_editButton, m_regenerateButton, m_branchButton, m_deleteButton})
        headerLayout->addWidget(button);
    layout->addWidget(header);

    m_text = new QLabel(message.text, this);
    m_text->setObjectName(QStringLiteral("turnText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_text->installEventFilter(this);
    layout->addWidget(m_text);

    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("turnEdit"));
    m_edit->setVisible(false);
    m_edit->setTabChangesFocus(true);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);
    m_editButtons = new QWidget(this);
    auto *editButtons = new QHBoxLayout(m_editButtons);
    editButtons->setContentsMargins(0, 0, 0, 0);
    editButtons->addStretch(1);
    auto *cancel = new QPushButton(tr("Cancel"), m_editButtons);
    cancel->setObjectName(QStringLiteral("cancelEdit"));
    cancel->setToolTip(tr("Keep the message as it was (Esc)"));
    m_save = new QPushButton(tr("Save"), m_editButtons);
    m_save->setObjectName(QStringLiteral("saveEdit"));
    m_save->setToolTip(tr("Keep the changed text (Ctrl+Enter); Edit ▸ Undo takes it back"));
    m_save->setDefault(true);
    editButtons->addWidget(cancel);
    editButtons->addWidget(m_save);
    m_editButtons->setVisible(false);
    layout->addWidget(m_editButtons);

    connect(m_editButton, &QToolButton::clicked, this, [this] { startEditing(); });
    connect(m_deleteButton, &QToolButton::clicked, this, [this] { Q_EMIT deleteRequested(m_message.turnId); });
    connect(m_regenerateButton, &QToolButton::clicked, this, [this] { Q_EMIT regenerateRequested(m_message.seq); });
    connect(m_branchButton, &QToolButton::clicked, this, [this] { Q_EMIT branchRequested(m_message.seq); });
    connect(cancel, &QPushButton::clicked, this, &TurnBubble::cancelEditing);
    connect(m_save, &QPushButton::clicked, this, &TurnBubble::commitEditing);

    if (message.turnId == 0) {
        for (QToolButton *button : {m_editButton, m_regenerateButton, m_branchButton, m_deleteButton})
            button->setVisible(false);
    }
    updateColors();
}

QToolButton *TurnBubble::addAction(QWidget *bar, const QString &objectName, const QIcon &icon, const QString &text,
                                   const QString &toolTip)
{
    auto *button = new QToolButton(bar);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setProperty("baseToolTip", toolTip);
    button->setFocusPolicy(Qt::TabFocus);
    // Quiet next to the message: smaller, and muted until the pointer is on them (see updateColors()).
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    button->setFont(font);
    // The icon alone keeps a narrow bubble's header on one line; the tooltip names the action.
    button->setIcon(icon);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    return button;
}

QString TurnBubble::text() const
{
    return m_text->text();
}

void TurnBubble::appendStreamed(const QString &text)
{
    m_text->setText(m_text->text() + text);
}

void TurnBubble::setActionsEnabled(bool editable, bool generate, const QString &whyNot)
{
    if (m_message.turnId == 0)
        return;
    m_editButton->setEnabled(editable);
    m_deleteButton->setEnabled(editable);
    m_regenerateButton->setEnabled(editable && generate);
    m_branchButton->setEnabled(editable && generate);
    for (QToolButton *button : {m_editButton, m_regenerateButton, m_branchButton, m_deleteButton}) {
        // Why an action is not offered now, where one looks for it: its tooltip.
        const QString tip = button->property("baseToolTip").toString();
        button->setToolTip(button->isEnabled() || whyNot.isEmpty() ? tip : tip + u"\n\n"_s + whyNot);
        button->setStatusTip(button->isEnabled() ? QString() : whyNot);
    }
    if (!editable && isEditing())
        cancelEditing();
}

bool TurnBubble::isEditing() const
{
    return !m_edit->isHidden();
}

void TurnBubble::startEditing(const std::optional<QString> &text)
{
    if (m_message.turnId == 0 || !m_editButton->isEnabled())
        return;
    m_edit->setPlainText(text.value_or(m_text->text()));
    // As tall as the text it replaces, so the conversation does not jump.
    m_edit->setMinimumHeight(std::max(m_text->height() + 16, fontMetrics().lineSpacing() * 4));
    m_text->setVisible(false);
    m_edit->setVisible(true);
    m_editButtons->setVisible(true);
    m_edit->setFocus();
    m_edit->moveCursor(QTextCursor::End);
}

void TurnBubble::cancelEditing()
{
    m_edit->setVisible(false);
    m_editButtons->setVisible(false);
    m_text->setVisible(true);
}

void TurnBubble::commitEditing()
{
    const QString text = m_edit->toPlainText();
    cancelEditing();
    if (text != m_text->text())
        Q_EMIT editCommitted(m_message.turnId, text);
}

void TurnBubble::setSelected(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    updateColors();
}

void TurnBubble::mousePressEvent(QMouseEvent *event)
{
    if (m_message.turnId != 0)
        Q_EMIT selected(m_message.turnId);
    QFrame::mousePressEvent(event);
}

bool TurnBubble::eventFilter(QObject *watched, QEvent *event)
{
    // A click on the text, or the keyboard reaching it (Tab), picks the message, as a click on the bubble does.
    if (watched == m_text && m_message.turnId != 0
        && (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::FocusIn))
        Q_EMIT selected(m_message.turnId);
    if (watched == m_text && event->type() == QEvent::MouseButtonDblClick) {
        startEditing();
        return true;
    }
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            commitEditing();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            cancelEditing();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void TurnBubble::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColors();
    QFrame::changeEvent(event);
}

void TurnBubble::updateColors()
{
    // Derived from the palette, so the bubbles follow a light or dark system look.
    const QPalette p = QApplication::palette(this);
    const QColor base = p.color(QPalette::Base);
    const bool user = m_message.role == Llm::Role::User;
    const QColor fill = user ? mix(base, p.color(QPalette::Text), 0.06) : mix(base, p.color(QPalette::Highlight), 0.14);
    const QColor border = mix(fill, p.color(QPalette::Text), 0.15);
    // The message whose grounding the review panel shows: a frame in the accent colour.
    const QString frame = m_selected ? QStringLiteral("2px solid ") + p.color(QPalette::Highlight).name()
                                     : QStringLiteral("1px solid ") + border.name();
    const QString sheet
        = QStringLiteral("QFrame#bubble { background-color: %1; border: %5; border-radius: 10px; }"
                         "QLabel#editedTag { color: %3; }"
                         "QToolButton { color: %3; border: none; border-radius: 4px; padding: 1px 5px; }"
                         "QToolButton:hover { color: %4; background-color: %2; }"
                         "QToolButton:disabled { color: %2; }")
              .arg(fill.name(), border.name(), p.color(QPalette::PlaceholderText).name(),
                   p.color(QPalette::Text).name(), frame);
    // Setting a style sheet changes the style and palette, which calls this again: only a real change counts.
    if (sheet != styleSheet())
        setStyleSheet(sheet);
}

} // namespace Dialogsmith

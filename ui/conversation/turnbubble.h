// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "llm/chat.h"

#include <QFrame>

#include <optional>

class QIcon;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QWidget;

namespace Dialogsmith {

/// One message of the conversation editor as a chat bubble: who said it, the text (edited in place), and
/// the actions on it. The user's bubbles sit on the left, the assistant's on the right.
class TurnBubble final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TurnBubble)

public:
    struct Message {
        qint64 turnId = 0; ///< 0: being generated
        int seq = 0;
        Llm::Role role = Llm::Role::User;
        QString speaker;
        QString text;
        bool edited = false;
        QString provenance; ///< shown on hover
        QString grounding; ///< the chunk it drew on ("§3 · Title"); empty: not grounded
    };

    explicit TurnBubble(const Message &message, QWidget *parent = nullptr);

    const Message &message() const { return m_message; }
    qint64 turnId() const { return m_message.turnId; }
    int seq() const { return m_message.seq; }
    /// The text as shown (being generated: what has streamed so far).
    QString text() const;
    void appendStreamed(const QString &text);
    /// Whether the actions that change the conversation are offered, and why not when they are not.
    void setActionsEnabled(bool editable, bool generate, const QString &whyNot);

    bool isEditing() const;
    /// Opens the text for editing, with `text` in place of the message's (to try again after a failure).
    void startEditing(const std::optional<QString> &text = std::nullopt);
    void cancelEditing();
    /// Takes the colours of the application's palette again (a bubble's style sheet keeps palette changes
    /// from reaching it).
    void updateColors();
    /// Marks the bubble as the one whose grounding the review panel shows.
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }
    /// The link to the chunk it drew on; nullptr when it is not grounded.
    QLabel *groundingLink() const { return m_groundingLink; }
    /// The text edit while editing, for tests.
    QPlainTextEdit *textEdit() const { return m_edit; }

Q_SIGNALS:
    void editCommitted(qint64 turnId, const QString &text);
    void deleteRequested(qint64 turnId);
    void regenerateRequested(int seq);
    void branchRequested(int seq);
    /// The bubble was clicked or its text got the keyboard focus, or its grounding link was clicked.
    void selected(qint64 turnId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void commitEditing();
    QToolButton *addAction(QWidget *bar, const QString &objectName, const QIcon &icon, const QString &text,
                           const QString &toolTip);

    Message m_message;
    QLabel *m_speaker = nullptr;
    QLabel *m_editedTag = nullptr;
    QLabel *m_groundingLink = nullptr;
    bool m_selected = false;
    QLabel *m_text = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QWidget *m_editButtons = nullptr;
    QToolButton *m_editButton = nullptr;
    QToolButton *m_deleteButton = nullptr;
    QToolButton *m_regenerateButton = nullptr;
    QToolButton *m_branchButton = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractScrollArea>
#include <QList>
#include <QSize>
#include <QString>

namespace Dialogsmith {

struct LiveConversation;

/// One conversation as chat bubbles, the user's on the left and the assistant's on the right, with the
/// message being written growing as it streams. Paints only what is visible and lays out again only the
/// messages that changed, so a long conversation streaming fast stays cheap to show.
class ChatView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatView)

public:
    explicit ChatView(QWidget *parent = nullptr);

    /// Shows `conversation` (null: the empty hint); it must stay valid until the next call.
    void setConversation(const LiveConversation *conversation, const QString &userName = {},
                         const QString &assistantName = {});
    const LiveConversation *conversation() const { return m_conversation; }
    /// Picks up what changed in the conversation since the last call.
    void refresh();
    void setEmptyText(const QString &text);

    /// The bubbles' text as shown, for tests and accessibility.
    QStringList bubbleTexts() const;
    /// True while a message shown is still being written.
    bool hasStreamingMessage() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Bubble {
        QString text;
        bool user = true;
        bool streaming = false;
        QSize textSize;
        int top = 0;
        int height = 0;
        int layoutWidth = -1;
    };

    void relayout();
    int bubbleTextWidth() const;

    const LiveConversation *m_conversation = nullptr;
    quint64 m_revision = 0;
    QString m_userName;
    QString m_assistantName;
    QString m_emptyText;
    QList<Bubble> m_bubbles;
    int m_contentHeight = 0;
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "conversation/fittingscrollarea.h"
#include "llm/chat.h"
#include "store/curationstore.h"

#include <QHash>
#include <QList>
#include <QPointer>

class QLabel;
class QVBoxLayout;

namespace Dialogsmith {

class TurnBubble;

/// The conversation editor's chat: one bubble per message (the user's on the left, the assistant's on the
/// right), with where each came from on hover, and the message a model is writing as it streams in.
class TurnList final : public FittingScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TurnList)

public:
    explicit TurnList(QWidget *parent = nullptr);
    ~TurnList() override;

    /// Shows the messages of `conversation` (nullptr: it is not in the project), where the view was scrolled
    /// to. `documentTitles` name the documents turns are grounded in.
    void showConversation(const Store::StoredConversation *conversation, const QHash<qint64, QString> &documentTitles);
    /// A message a model began to write; shown, growing, until the next showConversation().
    void startStreaming(int seq, Llm::Role role, const QString &speaker);
    void appendStreamed(const QString &text);
    /// Whether the actions on the messages are offered, and why not when they are not.
    void setActionsEnabled(bool editable, bool generate, const QString &whyNot);
    /// The bubbles shown, the one being written last.
    QList<TurnBubble *> bubbles() const;
    void scrollToTop();
    /// Marks the message the review panel shows the grounding of (0: none).
    void setSelectedTurn(qint64 turnId);
    qint64 selectedTurn() const { return m_selectedTurn; }

    /// "§3 · Title": how the chunk a message drew on is named.
    static QString chunkLabel(const QString &title, int chunkIndex);

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void editCommitted(qint64 turnId, const QString &text);
    void deleteRequested(qint64 turnId);
    void regenerateRequested(int seq);
    void branchRequested(int seq);
    /// A message was clicked, reached with the keyboard or its grounding link clicked.
    void turnSelected(qint64 turnId);

private:
    void clear();
    void addBubble(TurnBubble *bubble, Llm::Role role);

    QWidget *m_chat = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_emptyHint = nullptr;
    QList<TurnBubble *> m_bubbles;
    QPointer<TurnBubble> m_streaming;
    qint64 m_selectedTurn = 0;
    QStringList m_shown; ///< what the bubbles show, to build them again only when that changes
};

} // namespace Dialogsmith

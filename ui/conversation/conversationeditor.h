// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/runtypes.h"
#include "store/curationstore.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QSplitter;
class QToolButton;
class QUndoStack;
class QVBoxLayout;

namespace Dialogsmith {

class ConversationGenerator;
class ProjectSession;
class RunController;
class TurnBubble;

/// One conversation as a chat: edit or delete a turn, regenerate from a turn, branch, approve or reject
/// (A / R), next and previous (J / K), a 1–5 rating and notes. Its edits have their own undo stack.
class ConversationEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationEditor)

public:
    ConversationEditor(ProjectSession &session, RunController &run, qint64 conversationId, QWidget *parent = nullptr);
    ~ConversationEditor() override;

    qint64 conversationId() const { return m_conversationId; }
    /// Edit ▸ Undo and Redo act on this while the editor has the focus.
    QUndoStack *undoStack() const { return m_undo; }

    /// The order J / K step through (the dataset's current order); by default every conversation of the
    /// project by id.
    void setConversationOrder(const QList<qint64> &ids);
    /// Shows another conversation (as J / K do) and emits conversationChanged().
    void showConversation(qint64 conversationId);
    /// The conversation as last read from the project.
    const std::optional<Store::StoredConversation> &conversation() const { return m_conversation; }
    /// True while a regeneration or a branch is being generated.
    bool isGenerating() const;
    QList<TurnBubble *> bubbles() const;

Q_SIGNALS:
    /// J / K: the user moved to another conversation of the dataset's current order.
    void conversationChanged(qint64 conversationId);
    /// The project's copy of a conversation changed here (an edit, a verdict, an undo, a regeneration…):
    /// for views that list conversations, such as the dataset.
    void conversationEdited(qint64 conversationId);
    /// A regeneration or branch finished (or failed: `error` says why).
    void generationFinished(const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class CurationCommand;

    void buildUi();
    void reload();
    void rebuildBubbles();
    void updateSidePanel();
    void updateEnabled();
    void showMessage(const QString &text, bool problem);
    void clearMessage();
    QString provenance(const Store::StoredTurn &turn) const;
    void loadGrounding();

    /// Performs a change now and makes it an undoable step; `undo` and `redo` run on undo and redo.
    void perform(const QString &text, const std::function<bool(QString *)> &doIt,
                 const std::function<bool(QString *)> &undo, const std::function<bool(QString *)> &redo,
                 qint64 conversationId);
    /// After an undo or redo: show the conversation it changed, or what went wrong.
    void applied(qint64 conversationId, bool ok, const QString &error);

    void setReview(Store::Review review);
    void toggleReview(Store::Review review);
    void setRating(std::optional<int> rating);
    void commitNotes();
    void editTurn(qint64 turnId, const QString &text);
    void deleteTurn(qint64 turnId);
    void regenerateFrom(int seq);
    void branchFrom(int seq);
    void step(int delta);
    void startGenerating(qint64 conversationId, const QString &macroText);
    void onGenerationFinished(const Engine::RunSummary &summary);

    ProjectSession &m_session;
    RunController &m_run;
    qint64 m_conversationId = 0;
    QUndoStack *m_undo = nullptr;
    Store::CurationStore m_store;
    std::optional<Store::StoredConversation> m_conversation;
    QList<qint64> m_order;
    bool m_readOnly = false;
    QString m_groundingTitle;
    QString m_groundingText;
    QHash<qint64, QString> m_documentTitles;

    ConversationGenerator *m_generator = nullptr;
    qint64 m_generatingId = 0;
    bool m_macroOpen = false; ///< the undo step of a regeneration or branch, open while it is generated
    QPointer<TurnBubble> m_streaming;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_position = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_message = nullptr;
    QToolButton *m_cancelGeneration = nullptr;
    QToolButton *m_continue = nullptr;
    QWidget *m_messageBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QScrollArea *m_chatScroll = nullptr;
    QWidget *m_chat = nullptr;
    QVBoxLayout *m_chatLayout = nullptr;
    QLabel *m_emptyHint = nullptr;
    QList<TurnBubble *> m_bubbles;
    QToolButton *m_approve = nullptr;
    QToolButton *m_reject = nullptr;
    QLabel *m_reviewState = nullptr;
    QList<QToolButton *> m_stars;
    QPlainTextEdit *m_notes = nullptr;
    QTimer m_notesTimer;
    QLabel *m_details = nullptr;
    QLabel *m_groundingHeading = nullptr;
    QPlainTextEdit *m_grounding = nullptr;
};

} // namespace Dialogsmith

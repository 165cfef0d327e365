// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "conversation/grounding.h"
#include "engine/runtypes.h"
#include "store/curationstore.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QShortcut;
class QSplitter;
class QToolButton;
class QUndoStack;

namespace Dialogsmith {

class ConversationGenerator;
class ConversationOrder;
class DatasetModel;
class ProjectSession;
class ReviewPanel;
class RunController;
class TurnBubble;
class TurnList;

/// One conversation as a chat: edit or delete a turn, regenerate from a turn, branch, approve or reject
/// (A / R), next and previous (J / K), a 1–5 rating and notes; in a preference pair, make a rejected response
/// the answer. Its edits have their own undo stack.
///
/// The chat (TurnList) and the review panel (ReviewPanel) sit side by side; when the editor is too narrow
/// for both, the panel moves under the chat.
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

    /// A fixed order for J / K; by default every conversation of the project by id.
    void setConversationOrder(const QList<qint64> &ids);
    /// J / K follow the order `model` lists its conversations in, as it changes (filters, sorting, rows a
    /// run adds), while the model exists.
    void setConversationOrder(DatasetModel *model);
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
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void reload();
    void updateHeader();
    void updateEnabled();
    void updateLayout();
    void showMessage(const QString &text, bool problem);
    void tintMessageBar(bool problem);
    void clearMessage();
    void loadGrounding();
    /// Shows the grounding of the selected message (none: the conversation's first chunk) in the review panel.
    void showGrounding();
    void selectTurn(qint64 turnId);
    void showGroundingChunk(int index);

    using Change = std::function<bool(QString *)>;
    /// Performs a change now and makes it an undoable step; `undo` and `redo` run on undo and redo.
    void perform(const QString &text, const Change &doIt, const Change &undo, const Change &redo,
                 qint64 conversationId);
    /// After an undo or redo: show the conversation it changed, or what went wrong.
    void applied(qint64 conversationId, bool ok, const QString &error);

    void setReview(Store::Review review);
    void toggleReview(Store::Review review);
    void setRating(std::optional<int> rating);
    void setNotes(const QString &notes);
    void editTurn(qint64 turnId, const QString &text);
    void deleteTurn(qint64 turnId);
    void preferAlternative(qint64 alternativeId);
    void regenerateFrom(int seq);
    void branchFrom(int seq);
    void step(int delta);
    void startGenerating(qint64 conversationId);
    void onGenerationFinished(const Engine::RunSummary &summary);

    ProjectSession &m_session;
    RunController &m_run;
    qint64 m_conversationId = 0;
    QUndoStack *m_undo = nullptr;
    Store::CurationStore m_store;
    std::optional<Store::StoredConversation> m_conversation;
    ConversationOrder *m_order = nullptr;
    bool m_readOnly = false;
    QHash<qint64, QString> m_documentTitles;
    quint64 m_groundingTicket = 0; ///< which grounding read is current; older answers are dropped
    QList<GroundingChunk> m_groundingChunks; ///< every chunk the conversation drew on, once read
    QStringList m_groundingKeys; ///< the chunks its turns name, to read them again only when those change
    bool m_groundingRead = false;
    qint64 m_selectedTurn = 0; ///< the message whose grounding the panel shows; 0: none chosen
    int m_shownChunk = -1; ///< the chunk of the list chosen, when no message is

    ConversationGenerator *m_generator = nullptr;
    qint64 m_generatingId = 0;
    bool m_macroOpen = false; ///< the undo step of a regeneration or branch, open while it is generated

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_position = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QWidget *m_messageBar = nullptr;
    QLabel *m_message = nullptr;
    QToolButton *m_cancelGeneration = nullptr;
    QToolButton *m_continue = nullptr;
    QShortcut *m_stopShortcut = nullptr;
    QSplitter *m_splitter = nullptr;
    TurnList *m_chat = nullptr;
    ReviewPanel *m_review = nullptr;
    QList<int> m_sideBySideSizes; ///< the splitter's sizes side by side, kept while the panel is under the chat
};

} // namespace Dialogsmith

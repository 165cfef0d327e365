// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "conversation/fittingscrollarea.h"
#include "store/curationstore.h"

#include <QList>
#include <QTimer>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace Dialogsmith {

/// The conversation editor's side panel: the verdict (approve, reject), the 1–5 rating, the reviewer's notes
/// and what the conversation was drawn from (topic, personas, the document chunk it is grounded in). It shows
/// a conversation and reports what the reviewer does; the editor makes the changes.
class ReviewPanel final : public FittingScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPanel)

public:
    explicit ReviewPanel(QWidget *parent = nullptr);
    ~ReviewPanel() override;

    /// Shows `conversation`; nullptr: there is none (it was deleted). Notes being typed are left alone.
    void showConversation(const Store::StoredConversation *conversation);
    /// The document chunk the conversation is grounded in; an empty title: it is not grounded.
    void showGrounding(const QString &title, int chunkIndex, const QString &text);
    /// Whether the verdict, rating and notes can be changed.
    void setEditable(bool editable);

    /// Notes typed that notesEdited() has not reported yet.
    bool hasPendingNotes() const { return m_notesTimer.isActive(); }
    QString notes() const;
    /// Reports notes being typed now instead of after the pause.
    void commitNotes();
    /// Puts the cursor at the end of the notes (N).
    void focusNotes();

Q_SIGNALS:
    /// Approve or Reject was clicked (the editor takes a verdict clicked again back).
    void verdictClicked(Dialogsmith::Store::Review review);
    /// A star was clicked: the rating chosen, 0 when the current one was clicked again to clear it.
    void ratingChosen(int stars);
    /// The notes were changed: after a pause in typing, or when the field loses the focus.
    void notesEdited(const QString &notes);
    /// The link to the conversation this one branched from.
    void conversationLinkActivated(qint64 conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateVerdictColor();

    std::optional<int> m_rating;
    Store::Review m_review = Store::Review::Generated;
    QToolButton *m_approve = nullptr;
    QToolButton *m_reject = nullptr;
    QLabel *m_reviewState = nullptr;
    QList<QToolButton *> m_stars;
    QPlainTextEdit *m_notes = nullptr;
    QTimer m_notesTimer;
    bool m_loadingNotes = false;
    qint64 m_notesConversation = 0; ///< whose notes the field shows
    QString m_loadedNotes; ///< the notes as last stored, to tell text the project has not taken
    QLabel *m_details = nullptr;
    QLabel *m_groundingHeading = nullptr;
    QPlainTextEdit *m_grounding = nullptr;
};

} // namespace Dialogsmith

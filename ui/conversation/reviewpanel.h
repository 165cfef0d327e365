// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "conversation/fittingscrollarea.h"
#include "conversation/grounding.h"
#include "conversation/passagematch.h"
#include "conversation/sampledetails.h"
#include "store/curationstore.h"

#include <QList>
#include <QTimer>

class QGroupBox;
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
    /// `documentTitles`: the project's documents by id, for the chunks the sample's alternatives came from.
    void showConversation(const Store::StoredConversation *conversation,
                          const QHash<qint64, QString> &documentTitles = {});
    /// The chunks the conversation drew on, as links (nothing: it is not grounded); `current` is the one shown.
    void showGroundingChunks(const QList<GroundingChunk> &chunks, int current);
    /// One chunk under `heading` (rich text), with `passages` of its text marked and the first scrolled to.
    void showGroundingChunk(const QString &heading, const QString &text, const QList<PassageMatch::Range> &passages);
    /// No chunk shown: only `heading` (empty: nothing at all).
    void showGroundingMessage(const QString &heading);
    /// Whether the verdict, rating, notes and the preferred response can be changed.
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
    /// A chunk of the list was clicked: its place in the list showGroundingChunks() was given.
    void groundingChunkActivated(int index);
    /// "Prefer This Response" was clicked on the rejected response `alternativeId` of the sample shown.
    void preferRequested(qint64 alternativeId);

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
    QGroupBox *m_sampleBox = nullptr;
    SampleDetails *m_sample = nullptr;
    QLabel *m_groundingList = nullptr;
    QLabel *m_groundingHeading = nullptr;
    QPlainTextEdit *m_grounding = nullptr;
};

} // namespace Dialogsmith

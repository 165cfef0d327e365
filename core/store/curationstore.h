// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "llm/chat.h"
#include "store/runstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Dialogsmith::Store {

/// A reviewer's verdict on a conversation or a turn. "edited" marks a turn whose text a person changed.
enum class Review { Generated, Edited, Approved, Rejected };
QString reviewName(Review review); ///< "generated", "edited", "approved", "rejected"
std::optional<Review> parseReview(const QString &name);

/// One stored message with what produced it, as the conversation editor shows it.
struct StoredTurn {
    qint64 id = 0;
    int seq = 0;
    Llm::Role role = Llm::Role::User;
    QString content;
    QString original; ///< the generated text when a person edited it; empty otherwise
    Review review = Review::Generated;
    QString profile;
    QString model;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;
    qint64 latencyMs = 0;
    QString finishReason;
    std::optional<qint64> documentId;
    std::optional<int> chunkIndex;
    QDateTime createdAt;
    // The rest of the row, so that restoreTurn() puts back exactly what deleteTurn() took.
    std::optional<int> rating;
    QString notes;
    QByteArray params;
    int attempts = 1;
    QString templateVersion;
    QString systemVersion;
    QString systemPrompt; ///< null when the row has none
};

/// A conversation with its turns, in order.
/// A text that goes with a turn without being one of its messages (RunStore::NewAlternative).
struct StoredAlternative {
    qint64 id = 0;
    int seq = 0;
    QString kind; ///< "candidate", "rejected", "hard_negative", "easy_negative"
    int rank = 0;
    QString content;
    QString model;
    std::optional<qint64> documentId;
    std::optional<int> chunkIndex;
    QString reason;
};

/// A turn's edit state: what swapAlternative() found before it changed the turn, so that undo gives it back.
struct TurnEditState {
    QString original; ///< StoredTurn::original: the generated text when the turn was edited; empty otherwise
    Review review = Review::Generated;
};

/// A judge model's verdict on a conversation (`seq` none) or one of its turns.
struct StoredJudgment {
    std::optional<int> seq;
    QString purpose; ///< "quality", "faithfulness", "preference", "negative"
    QString rubric;
    std::optional<double> score;
    std::optional<double> scaleMin;
    std::optional<double> scaleMax;
    QString verdict;
    QString reason;
    QString model;
    QDateTime at;
};

struct StoredConversation {
    qint64 id = 0;
    qint64 runId = 0;
    int planIndex = 0;
    ConversationState state = ConversationState::Running;
    QString failure;
    Review review = Review::Generated;
    std::optional<int> rating; ///< 1–5
    QString notes;
    int turnsPlanned = 0;
    QString topicPath;
    QString userPersona;
    QString assistantPersona;
    QString scenario;
    QString structure;
    std::optional<qint64> documentId;
    std::optional<int> chunkIndex;
    std::optional<qint64> parentId; ///< the conversation this one was branched from
    std::optional<double> judgeScore;
    QString judgeRubric; ///< the rubric judgeScore is on
    QString mode = QStringLiteral("conversation"); ///< Design::modeName() of the run that made it
    QByteArray details = QByteArrayLiteral("{}"); ///< what its mode added, as a JSON object
    QList<StoredAlternative> alternatives; ///< by turn, kind and rank
    QList<StoredJudgment> judgments; ///< oldest first
    bool endedEarly = false;
    QByteArray draw; ///< the draw as JSON; its "index" is the planned conversation (a branch's is its origin's)
    QList<StoredTurn> turns;
};

/// What curation changes in a project file: a person's verdicts, ratings, notes and edits of generated
/// conversations, branches and the truncation that "regenerate from here" starts with. Every change is one
/// transaction; an edit of a turn's text keeps the generated text (`original`) and is recorded in the edit
/// log, so an edit is always an edit, never a silent overwrite. Each mutation has an exact inverse for the
/// conversation editor's undo.
///
/// A branch lies outside its run's plan: its `plan_index` is negative (-1, -2, … in the order branches of
/// the run were made), so a resumed run never takes it for a planned conversation, while its `draw` (the
/// original's) says which planned conversation it continues.
class CurationStore final
{
    Q_DECLARE_TR_FUNCTIONS(CurationStore)

public:
    explicit CurationStore(QSqlDatabase db);

    std::optional<StoredConversation> conversation(qint64 id, QString *error) const;

    bool setReview(qint64 conversationId, Review review, QString *error);
    /// `rating` 1–5, or nothing to clear it.
    bool setRating(qint64 conversationId, std::optional<int> rating, QString *error);
    bool setNotes(qint64 conversationId, const QString &notes, QString *error);

    /// Replaces a turn's text; the generated text stays in `original` and the turn is marked edited.
    /// Setting the text back to the generated one clears the mark.
    bool setTurnText(qint64 turnId, const QString &text, QString *error);
    /// Removes a turn; returns it as it was, for undo (restoreTurn()).
    std::optional<StoredTurn> deleteTurn(qint64 turnId, QString *error);
    /// Puts a deleted turn back exactly as it was (same id, seq and provenance).
    bool restoreTurn(qint64 conversationId, const StoredTurn &turn, QString *error);

    /// "Regenerate from here": removes the turns after `keepThroughSeq` (all when -1) and marks the
    /// conversation running, so the engine continues it. Returns the removed turns, for undo.
    std::optional<QList<StoredTurn>> truncate(qint64 conversationId, int keepThroughSeq, QString *error);
    /// "Branch": a new conversation of the same run and draw with the turns up to `keepThroughSeq`,
    /// marked running and pointing back to `conversationId`; the original stays as it is. Returns its id.
    std::optional<qint64> branch(qint64 conversationId, int keepThroughSeq, QString *error);
    /// Removes a conversation made by branch() (undo of a branch).
    bool removeBranch(qint64 conversationId, QString *error);

    /// Undo and redo of "regenerate from here": replaces the turns after `keepThroughSeq` with `turns` and
    /// gives the conversation back `state`, `failure` and `endedEarly`.
    bool replaceTail(qint64 conversationId, int keepThroughSeq, const QList<StoredTurn> &turns, ConversationState state,
                     const QString &failure, bool endedEarly, QString *error);
    /// Redo of a branch: puts a conversation removed by removeBranch() back exactly as it was (same id).
    bool restoreBranch(const StoredConversation &conversation, QString *error);

    /// "Prefer this response": a preference pair's rejected (or not yet ranked) response `alternativeId`
    /// becomes the answer, and the answer takes its place among the alternatives (same kind and rank). The
    /// two exchange their text and what produced it (profile, model, params, tokens, cost, latency, finish
    /// reason); the turn keeps its grounding and the alternative its kind, rank and the judge's reason.
    /// Swapping again swaps back. The text the turn takes is a generated one, so it is not marked edited
    /// (its `original` is cleared); the text the alternative takes is the one the turn showed, edited or not.
    /// The change is logged as an edit of the turn. Returns the turn's edit state before, for undo.
    std::optional<TurnEditState> swapAlternative(qint64 alternativeId, QString *error);
    /// Undo of swapAlternative(): swaps back and gives the turn back the edit state it had (`before`, as
    /// swapAlternative() returned it), so that an edited answer is edited again.
    bool swapAlternative(qint64 alternativeId, const TurnEditState &before, QString *error);

    /// The conversations of the project in the order the conversation editor steps through them (by id).
    std::optional<QList<qint64>> conversationIds(QString *error) const;

private:
    bool requireConversation(qint64 conversationId, QString *error) const;
    bool markEdited(qint64 conversationId, QString *error);
    std::optional<TurnEditState> swap(qint64 alternativeId, const TurnEditState *restore, QString *error);
    bool insertTurn(qint64 conversationId, const StoredTurn &turn, QString *error);
    std::optional<QList<StoredTurn>> removeTail(qint64 conversationId, int keepThroughSeq, QString *error);
    bool setState(qint64 conversationId, ConversationState state, const QString &failure, bool endedEarly,
                  QString *error);
    std::optional<qint64> insertConversation(const StoredConversation &conversation, QString *error);

    QSqlDatabase m_db;
};

} // namespace Dialogsmith::Store

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "llm/chat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace Dialogsmith::Store {

enum class RunState {
    Running, ///< being generated, or the process died while it was (resumable)
    Complete, ///< every planned conversation is complete or failed
    Interrupted, ///< cancelled or paused by the user (resumable)
    Stopped, ///< the budget was reached (resumable with a larger budget)
    Failed, ///< a provider cannot be used or the file cannot be written (resumable once fixed)
};
QString runStateName(RunState state);
std::optional<RunState> parseRunState(const QString &name);

/// Where a sample's generation is. Dropped: generated whole, but a rule of its mode rejected it (an evolution
/// that copies its parent, an answer the judge found unfaithful to its chunk); the reason is its `failure`.
enum class ConversationState { Running, Complete, Failed, Dropped };
QString conversationStateName(ConversationState state);
std::optional<ConversationState> parseConversationState(const QString &name);

struct RunRecord {
    qint64 id = 0;
    RunState state = RunState::Running;
    QString stopReason;
    int planned = 0;
    quint64 seed = 0;
    QByteArray snapshot; ///< the design the run was planned from (spec JSON, documents by id and hash)
    QDateTime createdAt;
};

struct ConversationRecord {
    qint64 id = 0;
    int planIndex = 0;
    ConversationState state = ConversationState::Running;
    QString failure;
};

/// A conversation as the engine starts it: what was drawn, for curation and export.
struct NewConversation {
    qint64 runId = 0;
    int planIndex = 0;
    int turnsPlanned = 0;
    QString topicPath;
    QString userPersona;
    QString assistantPersona;
    QString scenario;
    QString structure;
    std::optional<qint64> documentId;
    std::optional<int> chunkIndex;
    QByteArray draw; ///< the whole draw as JSON
    QString mode = QStringLiteral("conversation"); ///< Design::modeName() of the run's mode
    QByteArray details = QByteArrayLiteral("{}"); ///< what the mode adds, as a JSON object
};

/// A text that goes with a turn without being one of its messages: a rejected response of a preference
/// pair, a negative of an embedding triplet, a candidate response not ranked yet.
struct NewAlternative {
    qint64 conversationId = 0;
    int seq = 0; ///< the turn it is an alternative to
    QString kind; ///< "candidate", "rejected", "hard_negative", "easy_negative"
    int rank = 0; ///< its place among the alternatives of its kind, from 1 (candidates: the response's number)
    QString content;
    QString profile;
    QString model;
    QByteArray params = QByteArrayLiteral("{}");
    Llm::Usage usage;
    double costUsd = 0;
    qint64 latencyMs = 0;
    QString finishReason;
    std::optional<qint64> documentId;
    std::optional<int> chunkIndex;
    QString reason; ///< the judge's, when one was asked
};

/// A judge model's verdict on a conversation or one of its turns.
struct NewJudgment {
    qint64 conversationId = 0;
    std::optional<int> seq; ///< the judged turn's seq; none: the whole conversation
    QString purpose; ///< "quality", "faithfulness", "preference", "negative"
    QString rubric; ///< the rubric's name, or the check's
    std::optional<double> score;
    std::optional<double> scaleMin;
    std::optional<double> scaleMax;
    QString verdict; ///< checks: "pass" or "fail"
    QString reason;
    QString profile;
    QString model;
    bool setsScore = false; ///< quality: also the conversation's judge_score (the latest one counts)
};

/// One completed message and what produced it.
struct NewTurn {
    qint64 conversationId = 0;
    int seq = 0; ///< from 0; even: user, odd: assistant
    Llm::Role role = Llm::Role::User;
    QString content;
    QString profile;
    QString model;
    QByteArray params; ///< sampling parameters as JSON
    Llm::Usage usage;
    double costUsd = 0;
    qint64 latencyMs = 0;
    QString finishReason;
    int attempts = 1;
    std::optional<qint64> documentId;
    std::optional<int> chunkIndex;
    QString templateVersion;
    QString systemVersion; ///< assistant turns: the system prompt's template
    QString systemPrompt; ///< assistant turns: the system prompt, when it differs from the previous answer's
};

/// One call to a provider, successful or not: what was spent and what went wrong.
struct CallRecord {
    qint64 runId = 0;
    std::optional<qint64> conversationId;
    int seq = 0;
    QString profile;
    QString model;
    QString outcome; ///< "ok", "failed", "discarded"
    QString error;
    int attempts = 0;
    Llm::Usage usage;
    double costUsd = 0;
    qint64 latencyMs = 0;
    qint64 firstByteMs = 0;
};

struct RunTotals {
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;
    qint64 calls = 0;
};

/// The runs, conversations, turns and call journal of a project, as the engine writes and resumes them.
/// Writes happen between begin() and commit(), so the engine groups everything that completed together
/// into one transaction and reports it only once it is on disk.
class RunStore final
{
    Q_DECLARE_TR_FUNCTIONS(RunStore)

public:
    explicit RunStore(QSqlDatabase db);
    ~RunStore();
    RunStore(const RunStore &) = delete;
    RunStore &operator=(const RunStore &) = delete;

    /// The samples a judge run takes when none are named: complete ones a person did not reject, not judged
    /// on `rubric` yet unless `again`, and, when `hideDuplicates`, not the duplicate of another sample. Their
    /// ids, or with `countOnly` only how many (one row).
    static QSqlQuery judgeableQuery(QSqlDatabase db, const QString &rubric, bool again, bool hideDuplicates,
                                    bool countOnly);

    /// The latest generating run (judge runs are not resumed).
    std::optional<RunRecord> latestRun(QString *error) const;
    /// The latest generating run of `mode` (Design::modeName) that is not complete; an empty record if none.
    std::optional<RunRecord> latestUnfinishedRun(const QString &mode, QString *error) const;
    std::optional<RunRecord> run(qint64 id, QString *error) const;
    int runCount(QString *error) const;
    std::optional<QList<ConversationRecord>> conversations(qint64 runId, QString *error) const;
    /// The messages of a conversation in order, as (role, content).
    std::optional<QList<Llm::ChatMessage>> messages(qint64 conversationId, QString *error) const;
    std::optional<RunTotals> totals(qint64 runId, QString *error) const;

    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();
    /// `kind`: "generate", or "judge" for a run that judges samples already there.
    std::optional<qint64> createRun(int planned, quint64 seed, const QByteArray &snapshot, QString *error,
                                    const QString &kind = QStringLiteral("generate"));
    bool setRunState(qint64 runId, RunState state, const QString &reason, QString *error);
    /// Keeps a template's text under its version (a hash of step and text), once.
    bool storeTemplate(const QString &version, const QString &step, const QString &source, QString *error);
    std::optional<qint64> insertConversation(const NewConversation &conversation, QString *error);
    bool insertTurn(const NewTurn &turn, QString *error);
    bool finishConversation(qint64 id, ConversationState state, const QString &failure, bool endedEarly,
                            QString *error);
    bool insertCall(const CallRecord &call, QString *error);
    bool insertAlternative(const NewAlternative &alternative, QString *error);
    /// Removes a sample's alternatives of `kind` (candidates once they are ranked).
    bool removeAlternatives(qint64 conversationId, const QString &kind, QString *error);
    bool insertJudgment(const NewJudgment &judgment, QString *error);
    bool setDetails(qint64 conversationId, const QByteArray &details, QString *error);
    /// The conversation's quality score for filtering: the latest judgment's, on `rubric`'s scale.
    bool setJudgeScore(qint64 conversationId, double score, const QString &rubric, QString *error);
    /// A sample's details (JSON object text), or nothing with the error.
    std::optional<QByteArray> details(qint64 conversationId, QString *error) const;
    /// A sample's alternatives of `kind`, ordered by rank.
    std::optional<QList<NewAlternative>> alternatives(qint64 conversationId, const QString &kind, QString *error) const;
    /// Marks the run's failed conversations running again, so resuming the run retries them from their
    /// last completed turn. Returns how many there were.
    std::optional<int> resetFailed(qint64 runId, QString *error);

private:
    struct Statements;
    QSqlDatabase m_db;
    std::unique_ptr<Statements> m_statements;
};

} // namespace Dialogsmith::Store

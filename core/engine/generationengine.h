// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"
#include "engine/runtypes.h"
#include "llm/llmclient.h"
#include "prompt/template.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <unordered_map>

namespace Dialogsmith {

class ProjectFile;
class SecretStore;

namespace Store {
class RunStore;
}

namespace Engine {

/// Generates multi-turn conversations into a project. One object on its own thread: it owns the provider
/// client and its own connection to the project file, and is driven through queued calls (start, pause,
/// resume, cancel) and observed through queued signals carrying values.
///
/// Each conversation asks for its next message as soon as the previous one is complete; many run at once,
/// up to the run's concurrency and the providers' limits. Every completed message is committed to the
/// project before turnCompleted() reports it, and a run interrupted at any moment (even by kill -9) resumes from
/// exactly what was stored: messages in flight are generated again, nothing is written twice.
class GenerationEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationEngine)

public:
    /// `secrets` finds keychain keys and must outlive the engine (null: only environment keys).
    explicit GenerationEngine(SecretStore *secrets = nullptr, QObject *parent = nullptr);
    ~GenerationEngine() override;

    /// Resumes the project's unfinished run, or starts a new one; ends with runFinished().
    Q_INVOKABLE void start(const QString &projectPath, const Dialogsmith::Engine::RunOptions &options);
    /// Continues conversations of one run that curation left running (CurationStore::truncate() and
    /// branch()) from their last stored message to their planned length, each with its own draw and the
    /// design its run was planned from. Starts no new run and leaves the run's state as it is; the run's
    /// budget does not apply (only one given in `options`). Reports through the usual signals, which name
    /// the conversations by their plan_index (negative for a branch), and ends with runFinished().
    Q_INVOKABLE void continueConversations(const QString &projectPath, const QList<qint64> &conversationIds,
                                           const Dialogsmith::Engine::RunOptions &options = {});
    /// Starts no new call; calls in flight complete and are stored.
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    /// Stops at once: calls in flight are abandoned (their messages are generated again on resume), what
    /// is complete is stored, and the run is left resumable.
    Q_INVOKABLE void cancel();

    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void runStarted(const Dialogsmith::Engine::RunProgress &progress, bool resumed);
    void conversationStarted(const Dialogsmith::Engine::ConversationInfo &info);
    // Live events name a conversation by its index in the run's plan: a new conversation's row id is known
    // only once it is written.
    void turnStarted(int planIndex, int seq, Dialogsmith::Llm::Role role);
    void turnStreamed(int planIndex, int seq, const QString &text);
    /// The attempt failed and is tried again: text streamed for it so far is void.
    void turnRetrying(int planIndex, int seq, const QString &reason);
    /// The message is stored.
    void turnCompleted(const Dialogsmith::Engine::TurnInfo &turn);
    void conversationFinished(qint64 conversationId, int planIndex, Dialogsmith::Store::ConversationState state,
                              const QString &reason);
    void progressed(const Dialogsmith::Engine::RunProgress &progress);
    void runFinished(const Dialogsmith::Engine::RunSummary &summary);

private:
    struct Conversation;
    enum class Step { Opening, FollowUp, Answer };

    struct Resumed {
        int index; ///< the conversation's plan_index
        int drawIndex; ///< the planned conversation whose draw it has (a branch: its origin's)
        qint64 id;
    };

    void begin(const QString &projectPath, const RunOptions &options, const QList<qint64> &continued);
    bool prepare(const QString &projectPath, const RunOptions &options, QString *error);
    void fill();
    void startConversation(int planIndex, int drawIndex, qint64 existingId);
    void advance(const std::shared_ptr<Conversation> &conversation);
    void submit(const std::shared_ptr<Conversation> &conversation);
    void onCallFinished(Llm::CallId id, const Llm::ChatResult &result);
    void onCallFailed(Llm::CallId id, const Llm::ProviderError &error);
    void endConversation(const std::shared_ptr<Conversation> &conversation, Store::ConversationState state,
                         const QString &reason, bool endedEarly);
    void journal(const std::shared_ptr<Conversation> &conversation, const Llm::ChatResult *result,
                 const Llm::ProviderError *error, const QString &outcome);
    void account(const Llm::ChatResult &result);
    bool overBudget() const;
    void stop(RunOutcome outcome, const QString &reason);
    void maybeFinish();
    void finish(RunOutcome outcome, const QString &reason);
    void fail(const QString &reason);
    void queue(std::function<bool(QString *)> write, std::function<void()> then = {});
    void flush();
    void emitProgress();
    RunProgress progress() const;

    Llm::LlmClient *m_client = nullptr;
    QTimer m_flushTimer;
    QTimer m_progressTimer;
    QElapsedTimer m_clock;

    // The run in progress.
    bool m_running = false;
    bool m_paused = false;
    std::optional<RunOutcome> m_stopping;
    QString m_stopReason;
    bool m_resumed = false;
    RunOptions m_options;
    std::unique_ptr<ProjectFile> m_project;
    std::unique_ptr<Store::RunStore> m_store;
    Design::ProjectDesign m_design; ///< the run's design: planned from its snapshot
    QList<qint64> m_documentIds;
    std::unique_ptr<Planner> m_planner;
    Prompt::Template m_system;
    Prompt::Template m_starter;
    Prompt::Template m_userTurn;
    Prompt::Template m_assistantTurn;
    QString m_versions[4]; ///< system, starter, user turn, assistant turn
    qint64 m_runId = 0;
    int m_planned = 0;
    int m_concurrency = 1;
    QString m_userProfile;
    QString m_assistantProfile;
    QByteArray m_userParams; ///< the sampling parameters as stored with each message, made once per run
    QByteArray m_assistantParams;
    double m_budgetUsd = 0;
    qint64 m_budgetTokens = 0;
    int m_nextPlanIndex = 0;
    QList<qint64> m_continued; ///< continueConversations(): the conversations it continues
    QList<Resumed> m_resumeQueue; ///< unfinished conversations to take up
    QSet<int> m_finishedIndices; ///< plan indices already complete or failed before this session
    std::unordered_map<int, std::shared_ptr<Conversation>> m_active; ///< by plan index
    QHash<Llm::CallId, std::shared_ptr<Conversation>> m_calls;
    QList<std::shared_ptr<Conversation>> m_parked; ///< waiting for resume()
    int m_complete = 0;
    int m_failed = 0;
    qint64 m_turns = 0;
    qint64 m_inputTokens = 0;
    qint64 m_outputTokens = 0;
    double m_costUsd = 0;
    qint64 m_rateLimited = 0;
    qint64 m_retries = 0;

    struct Write {
        std::function<bool(QString *)> write;
        std::function<void()> then;
    };
    QList<Write> m_writes;
    bool m_reporting = false; ///< flush() is reporting a committed batch: the run ends only after all of it
};

} // namespace Engine
} // namespace Dialogsmith

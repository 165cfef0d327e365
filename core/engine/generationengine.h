// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"
#include "engine/recipe.h"
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

/// Generates samples of the project's mode into a project: conversations, instruction pairs, evolved
/// instructions, grounded Q&A, preference pairs, embedding triplets (docs/modes.md). The mode's Recipe says
/// which calls a sample makes and what becomes of their replies; the engine does the rest the same way for all. One
/// object on its own thread: it owns the provider client and its own connection to the project file, and is driven
/// through queued calls (start, pause, resume, cancel) and observed through queued signals carrying values.
///
/// Each sample asks for its next call as soon as the previous one is complete; many run at once,
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
    /// Judges samples already in the project on a rubric (JudgeOptions; unset values from the project's quality
    /// settings), as a run of its own that writes only judgments and scores: the samples are reported through
    /// the usual signals by their place in the list judged, and stay as they are. Ends with runFinished().
    Q_INVOKABLE void judge(const QString &projectPath, const Dialogsmith::Engine::JudgeOptions &judge,
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
    struct Active;

    struct Resumed {
        int index; ///< the conversation's plan_index
        int drawIndex; ///< the planned conversation whose draw it has (a branch: its origin's)
        qint64 id;
    };

    void begin(const QString &projectPath, const RunOptions &options, const QList<qint64> &continued);
    bool prepare(const QString &projectPath, const RunOptions &options, QString *error);
    /// Makes `recipe` the run's, with the templates its steps use.
    bool setUpRecipe(std::unique_ptr<Recipe> recipe, quint64 seed, const QJsonObject &snapshot, QString *error);
    bool prepareJudging(Design::ProjectDesign design, const QList<qint64> &documentIds, const RunOptions &options,
                        QString *error);
    void fill();
    void startConversation(int planIndex, int drawIndex, qint64 existingId);
    void startJudging(const std::shared_ptr<Active> &active, int index, qint64 id);
    void advance(const std::shared_ptr<Active> &active);
    void submit(const std::shared_ptr<Active> &active, CallSpec call);
    void store(const std::shared_ptr<Active> &active, const Outcome &outcome, const Llm::ChatResult &result);
    void onCallFinished(Llm::CallId id, const Llm::ChatResult &result);
    void onCallFailed(Llm::CallId id, const Llm::ProviderError &error);
    void endConversation(const std::shared_ptr<Active> &active, Store::ConversationState state, const QString &reason,
                         bool endedEarly);
    void wakeWaiting();
    void journal(const std::shared_ptr<Active> &active, const Llm::ChatResult *result, const Llm::ProviderError *error,
                 const QString &outcome);
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
    bool m_judging = false; ///< a judge run: the samples are the project's, only judgments are written
    RunOptions m_options;
    std::unique_ptr<ProjectFile> m_project;
    std::unique_ptr<Store::RunStore> m_store;
    Design::ProjectDesign m_design; ///< the run's design: planned from its snapshot
    QList<qint64> m_documentIds;
    std::unique_ptr<Planner> m_planner;
    std::unique_ptr<Recipe> m_recipe;
    TemplateSet m_templates;
    qint64 m_runId = 0;
    int m_planned = 0;
    int m_concurrency = 1;
    double m_budgetUsd = 0;
    qint64 m_budgetTokens = 0;
    int m_nextPlanIndex = 0;
    QList<qint64> m_continued; ///< continueConversations(): the conversations it continues
    QList<Resumed> m_resumeQueue; ///< unfinished conversations to take up
    QSet<int> m_finishedIndices; ///< plan indices already complete or failed before this session
    std::unordered_map<int, std::shared_ptr<Active>> m_active; ///< by plan index
    QHash<Llm::CallId, std::shared_ptr<Active>> m_calls;
    QList<std::shared_ptr<Active>> m_parked; ///< waiting for resume()
    QList<std::shared_ptr<Active>> m_waiting; ///< waiting for another sample to finish
    int m_complete = 0;
    int m_failed = 0;
    int m_dropped = 0;
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

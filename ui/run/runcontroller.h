// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/runtypes.h"
#include "store/runstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>

class QThread;

namespace Dialogsmith {

class ProjectSession;
class SecretStore;

namespace Engine {
class GenerationEngine;
}

/// Runs the generation engine for the studio: the engine on a thread of its own, started, paused, resumed
/// and cancelled from the Run menu; its events re-emitted on the GUI thread for the run panel, the live
/// preview and the dataset. One per window; it follows the open project (setSession()).
///
/// The engine's events reach the GUI thread in batches, at most about every `batchIntervalMs`, in the order
/// they happened; text streamed for one message between two batches arrives as one turnStreamed(). However
/// many conversations stream, the GUI thread handles a bounded number of events per second.
class RunController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunController)

public:
    enum class State { Idle, Starting, Running, Paused, Stopping };
    Q_ENUM(State)

    static constexpr int batchIntervalMs = 16;
    static constexpr int maxDrainSliceMs = 4; ///< the longest the GUI thread hands out events at once

    /// `secrets` must outlive the controller.
    explicit RunController(SecretStore &secrets, QObject *parent = nullptr);
    /// Cancels a run in progress and waits for the engine's thread to end (completed turns are stored).
    ~RunController() override;

    /// The project runs start in; null when none is open. Only while Idle.
    void setSession(ProjectSession *session);
    ProjectSession *session() const { return m_session; }
    State state() const { return m_state; }
    /// Why Start is not possible now (no project, no profile, design problems, a run in progress), or
    /// empty when it is.
    QString whyNotStartable() const;
    /// The last progress reported by the engine (zero before the first run).
    const Engine::RunProgress &lastProgress() const { return m_progress; }
    /// Options the next start() passes to the engine (streamEvents is always on).
    void setRunOptions(const Engine::RunOptions &options) { m_options = options; }
    /// Where engines find the keys of the project's providers (the conversation editor runs its own
    /// engine to regenerate and branch conversations).
    SecretStore &secrets() const { return m_secrets; }

public Q_SLOTS:
    /// Saves unsaved design changes, then starts a run (or resumes the interrupted one).
    void start();
    /// Saves unsaved design changes, then judges the project's samples (a judge run).
    void judge(const Dialogsmith::Engine::JudgeOptions &options);
    void pause();
    void resume();
    void cancel();

Q_SIGNALS:
    void stateChanged(Dialogsmith::RunController::State state);
    /// Another project is open (or none): views of the last run clear.
    void sessionChanged();
    /// Start could not begin or the run ended in failure: the message names why.
    void failed(const QString &message);
    // The engine's signals (core/engine/generationengine.h), on the GUI thread.
    void runStarted(const Dialogsmith::Engine::RunProgress &progress, bool resumed);
    void conversationStarted(const Dialogsmith::Engine::ConversationInfo &info);
    void turnStarted(int planIndex, int seq, Dialogsmith::Llm::Role role);
    void turnStreamed(int planIndex, int seq, const QString &text);
    void turnRetrying(int planIndex, int seq, const QString &reason);
    void turnCompleted(const Dialogsmith::Engine::TurnInfo &turn);
    void conversationFinished(qint64 conversationId, int planIndex, Dialogsmith::Store::ConversationState state,
                              const QString &reason);
    void progressed(const Dialogsmith::Engine::RunProgress &progress);
    void runFinished(const Dialogsmith::Engine::RunSummary &summary);

private:
    /// Checks a run can start and saves the design; false (and failed() emitted) when it cannot.
    bool prepareStart(const QString &notSaved);
    /// One engine event waiting for the GUI thread.
    struct Event {
        std::function<void()> deliver; ///< null for a stream piece, which is delivered from the fields below
        int planIndex = -1;
        int seq = -1;
        QString text;
    };

    void ensureEngine();
    void stopEngine();
    void setState(State state);
    // On the engine's thread.
    void post(int planIndex, std::function<void()> deliver);
    void postStream(int planIndex, int seq, const QString &text);
    void wake();
    // On the GUI thread.
    void scheduleDrain();
    void drain();
    void onRunStarted(const Engine::RunProgress &progress, bool resumed);
    void onRunFinished(const Engine::RunSummary &summary);

    SecretStore &m_secrets;
    ProjectSession *m_session = nullptr;
    State m_state = State::Idle;
    Engine::RunOptions m_options;
    Engine::RunProgress m_progress;

    QThread *m_thread = nullptr;
    Engine::GenerationEngine *m_engine = nullptr;

    QMutex m_mutex; ///< guards m_events and m_lastStream
    QList<Event> m_events;
    QHash<int, qsizetype> m_lastStream; ///< plan index → its stream piece at the end of m_events, to append to
    std::atomic<bool> m_woken {false};
    QTimer m_drainTimer;
    QElapsedTimer m_sinceDrain;
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/runcontroller.h"

#include "engine/generationengine.h"
#include "project/projectfile.h"
#include "project/projectsession.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QThread>

Q_LOGGING_CATEGORY(lcRun, "dialogsmith.ui.run")

using namespace Qt::StringLiterals;

namespace Dialogsmith {

RunController::RunController(SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_drainTimer(this)
{
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, this, &RunController::drain);
    m_sinceDrain.start();
}

RunController::~RunController()
{
    stopEngine();
}

void RunController::setSession(ProjectSession *session)
{
    if (session == m_session)
        return;
    if (m_state != State::Idle) {
        // The project is going away (closed, or the window quits): what is complete is stored already, and the
        // run resumes where it stopped the next time it is started.
        stopEngine();
        setState(State::Idle);
    }
    m_session = session;
    m_progress = {};
    Q_EMIT sessionChanged();
}

QString RunController::whyNotStartable() const
{
    if (!m_session)
        return tr("Open or create a project first.");
    if (m_state != State::Idle)
        return tr("A run is in progress: pause or cancel it first.");
    if (m_session->file().isReadOnly())
        return tr("The project file %1 is read-only: runs write what they generate into it.")
            .arg(m_session->file().path());
    const Design::ProjectDesign &design = m_session->design();
    if (design.providers.isEmpty())
        return tr("The project has no provider profile. Add one under Tools ▸ Providers… to say which model "
                  "writes the conversations.");
    const Design::GenerationSettings &g = design.generation;
    if (design.providers.size() > 1 && (g.userProfile.isEmpty() || g.assistantProfile.isEmpty()))
        return tr("The project has several provider profiles: choose the one for the user simulator and the one "
                  "for the assistant in the Runs section.");
    for (const QString &name : {g.userProfile, g.assistantProfile}) {
        if (!name.isEmpty() && !design.provider(name))
            return tr("The run settings name the provider profile \"%1\", which the project does not have.").arg(name);
    }
    const QStringList problems = m_session->problems();
    if (!problems.isEmpty()) {
        const QStringList shown = problems.mid(0, 5);
        QString text = tr("The design has %n problem(s) to fix before a run can start:", "", int(problems.size()));
        for (const QString &problem : shown)
            text += u"\n• "_s + problem;
        if (problems.size() > shown.size())
            text += u"\n…"_s;
        return text;
    }
    return {};
}

bool RunController::prepareStart(const QString &notSaved)
{
    const QString why = whyNotStartable();
    if (!why.isEmpty()) {
        Q_EMIT failed(why);
        return false;
    }
    if (m_session->isModified()) {
        QString error;
        if (!m_session->save(&error)) {
            Q_EMIT failed(notSaved.arg(error));
            return false;
        }
    }
    ensureEngine();
    m_progress = {};
    setState(State::Starting);
    return true;
}

void RunController::start()
{
    if (!prepareStart(tr("The design could not be saved, so the run did not start: %1")))
        return;
    Engine::RunOptions options = m_options;
    options.streamEvents = true;
    // The mode chosen in the run settings: its unfinished run is taken up, whatever ran since; none, a new run.
    if (!options.mode)
        options.mode = m_session->design().generation.mode;
    const QString path = m_session->file().path();
    Engine::GenerationEngine *engine = m_engine;
    QMetaObject::invokeMethod(engine, [engine, path, options] { engine->start(path, options); }, Qt::QueuedConnection);
}

void RunController::judge(const Engine::JudgeOptions &judge)
{
    if (!prepareStart(tr("The design could not be saved, so judging did not start: %1")))
        return;
    Engine::RunOptions options;
    options.streamEvents = true;
    const QString path = m_session->file().path();
    Engine::GenerationEngine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine, path, judge, options] { engine->judge(path, judge, options); }, Qt::QueuedConnection);
}

void RunController::pause()
{
    if (m_state != State::Running)
        return;
    QMetaObject::invokeMethod(m_engine, &Engine::GenerationEngine::pause, Qt::QueuedConnection);
    setState(State::Paused);
}

void RunController::resume()
{
    if (m_state != State::Paused)
        return;
    QMetaObject::invokeMethod(m_engine, &Engine::GenerationEngine::resume, Qt::QueuedConnection);
    setState(State::Running);
}

void RunController::cancel()
{
    if (m_state != State::Starting && m_state != State::Running && m_state != State::Paused)
        return;
    QMetaObject::invokeMethod(m_engine, &Engine::GenerationEngine::cancel, Qt::QueuedConnection);
    setState(State::Stopping);
}

void RunController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    qCDebug(lcRun) << "state" << state;
    Q_EMIT stateChanged(state);
}

void RunController::ensureEngine()
{
    if (m_engine)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("engine"));
    m_engine = new Engine::GenerationEngine(&m_secrets);
    m_engine->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);

    // Every event is taken on the engine's thread into one ordered queue, which the GUI thread drains in
    // batches: a queued signal per streamed token would flood the GUI thread's event loop.
    using E = Engine::GenerationEngine;
    const auto direct = Qt::DirectConnection;
    connect(
        m_engine, &E::runStarted, this,
        [this](const Engine::RunProgress &p, bool resumed) {
            post(-1, [this, p, resumed] { onRunStarted(p, resumed); });
        },
        direct);
    connect(
        m_engine, &E::conversationStarted, this,
        [this](const Engine::ConversationInfo &info) {
            post(info.planIndex, [this, info] { Q_EMIT conversationStarted(info); });
        },
        direct);
    connect(
        m_engine, &E::turnStarted, this,
        [this](int planIndex, int seq, Llm::Role role) {
            post(planIndex, [this, planIndex, seq, role] { Q_EMIT turnStarted(planIndex, seq, role); });
        },
        direct);
    connect(m_engine, &E::turnStreamed, this, &RunController::postStream, direct);
    connect(
        m_engine, &E::turnRetrying, this,
        [this](int planIndex, int seq, const QString &reason) {
            post(planIndex, [this, planIndex, seq, reason] { Q_EMIT turnRetrying(planIndex, seq, reason); });
        },
        direct);
    connect(
        m_engine, &E::turnCompleted, this,
        [this](const Engine::TurnInfo &turn) { post(turn.planIndex, [this, turn] { Q_EMIT turnCompleted(turn); }); },
        direct);
    connect(
        m_engine, &E::conversationFinished, this,
        [this](qint64 id, int planIndex, Store::ConversationState state, const QString &reason) {
            post(planIndex,
                 [this, id, planIndex, state, reason] { Q_EMIT conversationFinished(id, planIndex, state, reason); });
        },
        direct);
    connect(
        m_engine, &E::progressed, this,
        [this](const Engine::RunProgress &p) {
            post(-1, [this, p] {
                m_progress = p;
                Q_EMIT progressed(p);
            });
        },
        direct);
    connect(
        m_engine, &E::runFinished, this,
        [this](const Engine::RunSummary &summary) { post(-1, [this, summary] { onRunFinished(summary); }); }, direct);
    m_thread->start();
}

void RunController::stopEngine()
{
    if (!m_engine)
        return;
    if (m_state != State::Idle) {
        // Blocking only at teardown: the engine stops at once and keeps everything complete.
        QMetaObject::invokeMethod(m_engine, &Engine::GenerationEngine::cancel, Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_engine = nullptr; // deleted on its thread's end
    m_drainTimer.stop();
    QMutexLocker locker(&m_mutex);
    m_events.clear();
    m_lastStream.clear();
    m_woken = false;
}

void RunController::post(int planIndex, std::function<void()> deliver)
{
    {
        QMutexLocker locker(&m_mutex);
        m_events.append({std::move(deliver), planIndex, -1, {}});
        if (planIndex >= 0)
            m_lastStream.remove(planIndex);
    }
    wake();
}

void RunController::postStream(int planIndex, int seq, const QString &text)
{
    {
        QMutexLocker locker(&m_mutex);
        const auto last = m_lastStream.constFind(planIndex);
        if (last != m_lastStream.cend() && m_events[*last].seq == seq) {
            m_events[*last].text += text;
        } else {
            m_lastStream.insert(planIndex, m_events.size());
            m_events.append({{}, planIndex, seq, text});
        }
    }
    wake();
}

void RunController::wake()
{
    if (!m_woken.exchange(true))
        QMetaObject::invokeMethod(this, &RunController::scheduleDrain, Qt::QueuedConnection);
}

void RunController::scheduleDrain()
{
    const qint64 since = m_sinceDrain.elapsed();
    if (since >= batchIntervalMs)
        drain();
    else if (!m_drainTimer.isActive())
        m_drainTimer.start(int(batchIntervalMs - since));
}

void RunController::drain()
{
    QList<Event> events;
    {
        QMutexLocker locker(&m_mutex);
        events.swap(m_events);
        m_lastStream.clear();
        m_woken = false;
    }
    m_sinceDrain.restart();
    // A long backlog (the GUI thread was busy or starved) is handed out in slices, so the event loop gets
    // its turn in between: the rest goes back to the front of the queue, in order.
    QElapsedTimer slice;
    slice.start();
    qsizetype i = 0;
    for (; i < events.size(); ++i) {
        if (i % 32 == 0 && slice.elapsed() >= maxDrainSliceMs)
            break;
        const Event &event = events.at(i);
        if (event.deliver)
            event.deliver();
        else
            Q_EMIT turnStreamed(event.planIndex, event.seq, event.text);
    }
    if (i < events.size()) {
        {
            QMutexLocker locker(&m_mutex);
            events.remove(0, i);
            events.append(m_events);
            m_events.swap(events);
            m_lastStream.clear();
        }
        wake();
    }
}

void RunController::onRunStarted(const Engine::RunProgress &progress, bool resumed)
{
    m_progress = progress;
    if (m_state == State::Starting)
        setState(State::Running);
    Q_EMIT runStarted(progress, resumed);
}

void RunController::onRunFinished(const Engine::RunSummary &summary)
{
    m_progress = summary.progress;
    setState(State::Idle);
    Q_EMIT runFinished(summary);
    if (summary.outcome == Engine::RunOutcome::Failed)
        Q_EMIT failed(summary.reason.isEmpty() ? tr("The run failed.") : summary.reason);
}

} // namespace Dialogsmith

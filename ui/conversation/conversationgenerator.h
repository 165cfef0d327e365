// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/runtypes.h"

#include <QList>
#include <QObject>
#include <QThread>

namespace Dialogsmith {

class SecretStore;

namespace Engine {
class GenerationEngine;
}

/// Continues conversations that curation truncated or branched ("Regenerate from here", "Branch"): a
/// generation engine on a thread of its own, created on first use, whose events arrive on the GUI thread.
/// One conversation streams at a time here, so the engine's signals are simply queued.
class ConversationGenerator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationGenerator)

public:
    /// `secrets` must outlive the generator.
    explicit ConversationGenerator(SecretStore &secrets, QObject *parent = nullptr);
    /// Cancels what is in flight (what is complete is stored) and ends the engine's thread.
    ~ConversationGenerator() override;

    bool isRunning() const { return m_running; }
    /// Continues `conversationId` of the project at `projectPath`; ends with finished().
    void continueConversation(const QString &projectPath, qint64 conversationId);
    void cancel();

Q_SIGNALS:
    void turnStarted(int seq, Dialogsmith::Llm::Role role);
    void turnStreamed(int seq, const QString &text);
    void turnCompleted(const Dialogsmith::Engine::TurnInfo &turn);
    void finished(const Dialogsmith::Engine::RunSummary &summary);

private:
    void ensureEngine();

    SecretStore &m_secrets;
    QThread m_thread;
    Engine::GenerationEngine *m_engine = nullptr;
    bool m_running = false;
};

} // namespace Dialogsmith

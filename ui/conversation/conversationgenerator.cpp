// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "conversation/conversationgenerator.h"

#include "engine/generationengine.h"

namespace Dialogsmith {

ConversationGenerator::ConversationGenerator(SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
    m_thread.setObjectName(QStringLiteral("curation-engine"));
}

ConversationGenerator::~ConversationGenerator()
{
    if (m_engine) {
        // Queued after anything already asked of it; the thread's end deletes the engine on its thread.
        QMetaObject::invokeMethod(m_engine, &Engine::GenerationEngine::cancel, Qt::QueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

void ConversationGenerator::ensureEngine()
{
    if (m_engine)
        return;
    m_engine = new Engine::GenerationEngine(&m_secrets);
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    using E = Engine::GenerationEngine;
    connect(m_engine, &E::turnStarted, this, [this](int, int seq, Llm::Role role) { Q_EMIT turnStarted(seq, role); });
    connect(m_engine, &E::turnStreamed, this,
            [this](int, int seq, const QString &text) { Q_EMIT turnStreamed(seq, text); });
    connect(m_engine, &E::turnCompleted, this, &ConversationGenerator::turnCompleted);
    connect(m_engine, &E::runFinished, this, [this](const Engine::RunSummary &summary) {
        m_running = false;
        Q_EMIT finished(summary);
    });
    m_thread.start();
}

void ConversationGenerator::continueConversation(const QString &projectPath, qint64 conversationId)
{
    if (m_running)
        return;
    ensureEngine();
    m_running = true;
    Engine::GenerationEngine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine, projectPath, conversationId] { engine->continueConversations(projectPath, {conversationId}); },
        Qt::QueuedConnection);
}

void ConversationGenerator::cancel()
{
    if (m_running)
        QMetaObject::invokeMethod(m_engine, &Engine::GenerationEngine::cancel, Qt::QueuedConnection);
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/runtypes.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include <memory>

namespace Dialogsmith {

/// One conversation as the live preview holds it while (and shortly after) it is written.
struct LiveConversation {
    struct Turn {
        int seq = 0;
        Llm::Role role = Llm::Role::User;
        QString text;
        bool complete = false;
    };
    /// Stopped: the run ended (cancelled, failed, budget) while it was being written; it stays resumable.
    enum class State { Running, Complete, Failed, Dropped, Stopped };

    Engine::ConversationInfo info;
    qint64 conversationId = 0;
    State state = State::Running;
    QString failure; ///< why it failed or stopped
    Engine::ChunkRef chunk; ///< the grounding chunk of the latest message that had one
    QList<Turn> turns;
    quint64 revision = 0; ///< grows with every change, so views redraw only what changed

    Turn &turn(int seq, Llm::Role role);
};

/// The conversations of the run in progress, newest first: every one being written, and the most recently
/// finished ones up to a cap (older finished ones are dropped, so memory stays bounded however long the run).
/// Streamed text is appended at once but announced to views in batches (flush()), so a view repaints at most
/// once per batch however many conversations stream.
class LiveConversationsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveConversationsModel)

public:
    enum Roles { PlanIndexRole = Qt::UserRole + 1, StateRole };

    explicit LiveConversationsModel(QObject *parent = nullptr);
    ~LiveConversationsModel() override;

    /// Finished conversations kept for viewing.
    void setFinishedCap(int cap) { m_finishedCap = cap; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    const LiveConversation *conversation(int row) const;
    const LiveConversation *byPlanIndex(int planIndex) const;
    int rowOf(int planIndex) const;

    void clear();
    void conversationStarted(const Engine::ConversationInfo &info);
    void turnStarted(int planIndex, int seq, Llm::Role role);
    void turnStreamed(int planIndex, int seq, const QString &text);
    void turnRetrying(int planIndex, int seq);
    void turnCompleted(const Engine::TurnInfo &turn);
    void conversationFinished(qint64 conversationId, int planIndex, Store::ConversationState state,
                              const QString &reason);
    /// The run ended: every conversation still being written stops there, for `reason`, and its message in
    /// progress (never stored) is dropped.
    void runStopped(const QString &reason);
    /// Announces the changes since the last flush to views.
    void flush();

private:
    LiveConversation *find(int planIndex) const;
    void touch(LiveConversation &conversation);
    void trim();

    QList<std::shared_ptr<LiveConversation>> m_rows; ///< newest first
    QHash<int, std::shared_ptr<LiveConversation>> m_byPlan;
    bool m_dirty = false;
    int m_finishedCap = 100;
    int m_finishedCount = 0;
};

} // namespace Dialogsmith

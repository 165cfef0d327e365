// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/plan.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QListView;
class QSplitter;

namespace Dialogsmith {

class ChatView;
class LiveConversationsModel;
class RunController;
struct LiveConversation;

/// The right dock: conversations as they are written during a run. The list shows the conversations in
/// progress and the latest finished ones, newest first; the selected one is shown as a chat, its current
/// message streaming. Streamed text is gathered as it comes and shown every `repaintIntervalMs`, and only the
/// selected conversation is drawn, so the GUI stays fluid however many conversations stream.
class LivePreviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LivePreviewPanel)

public:
    static constexpr int repaintIntervalMs = 30;

    explicit LivePreviewPanel(RunController &run, QWidget *parent = nullptr);
    ~LivePreviewPanel() override;

    LiveConversationsModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    ChatView *chat() const { return m_chat; }

private:
    void select(const LiveConversation *conversation);
    void showHeader();
    void tick();
    QString chunkText(const LiveConversation &conversation) const;

    RunController &m_run;
    LiveConversationsModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_idle = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_chunk = nullptr;
    ChatView *m_chat = nullptr;
    QTimer m_repaint;
    int m_shownState = -1; ///< what the header shows, to redraw it only when that changes
    Engine::ChunkRef m_shownChunk;
};

} // namespace Dialogsmith

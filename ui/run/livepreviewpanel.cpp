// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/livepreviewpanel.h"

#include "documents/chunker.h"
#include "project/projectsession.h"
#include "run/chatview.h"
#include "run/liveconversationsmodel.h"
#include "run/runcontroller.h"
#include "shell/editorparts.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QStackedLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

QString personaLine(const ProjectSession *session, const QString &name)
{
    if (session) {
        for (const Design::Persona &p : session->design().personas) {
            if (p.name == name && !p.description.isEmpty())
                return LivePreviewPanel::tr("%1 (%2)").arg(name.toHtmlEscaped(), p.description.toHtmlEscaped());
        }
    }
    return name.toHtmlEscaped();
}

} // namespace

LivePreviewPanel::LivePreviewPanel(RunController &run, QWidget *parent)
    : QWidget(parent)
    , m_run(run)
    , m_model(new LiveConversationsModel(this))
    , m_repaint(this)
{
    m_idle = new QLabel(tr("No run in progress.\nConversations appear here, turn by turn, while they are "
                           "being written."),
                        this);
    m_idle->setObjectName(u"previewIdle"_s);
    m_idle->setAlignment(Qt::AlignCenter);
    m_idle->setWordWrap(true);
    m_idle->setEnabled(false);
    m_idle->setMargin(12);

    m_list = new QListView(this);
    m_list->setObjectName(u"previewList"_s);
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setToolTip(tr("The conversations being written, newest first, and the latest finished ones"));

    m_header = new QLabel(this);
    m_header->setObjectName(u"previewHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setMargin(4);
    m_chunk = new QLabel(this);
    m_chunk->setObjectName(u"previewChunk"_s);
    m_chunk->setWordWrap(true);
    m_chunk->setMargin(4);
    m_chunk->setEnabled(false);
    m_chunk->setVisible(false);

    m_chat = new ChatView(this);
    m_chat->setObjectName(u"previewChat"_s);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(2);
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(m_chunk);
    detailLayout->addWidget(m_chat, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"previewSplitter"_s);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    EditorParts::rememberSizes(m_splitter, {160, 480});

    auto *stack = new QStackedLayout(this);
    stack->addWidget(m_idle);
    stack->addWidget(m_splitter);

    m_repaint.setInterval(repaintIntervalMs);
    connect(&m_repaint, &QTimer::timeout, this, &LivePreviewPanel::tick);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { select(m_model->conversation(current.row())); });
    // A conversation dropped from the list (the cap on finished ones) leaves the chat first.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row) {
            if (m_model->conversation(row) == m_chat->conversation())
                select(nullptr);
        }
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { select(nullptr); });

    connect(&m_run, &RunController::runStarted, this, [this, stack] {
        m_model->clear();
        stack->setCurrentWidget(m_splitter);
        m_repaint.start();
    });
    connect(&m_run, &RunController::conversationStarted, this, [this](const Engine::ConversationInfo &info) {
        m_model->conversationStarted(info);
        // Something to watch at once: the first conversation, until the user picks another.
        if (!m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_model->index(0));
    });
    connect(&m_run, &RunController::turnStarted, m_model, &LiveConversationsModel::turnStarted);
    connect(&m_run, &RunController::turnStreamed, m_model, &LiveConversationsModel::turnStreamed);
    connect(&m_run, &RunController::turnRetrying, m_model,
            [this](int planIndex, int seq, const QString &) { m_model->turnRetrying(planIndex, seq); });
    connect(&m_run, &RunController::turnCompleted, m_model, &LiveConversationsModel::turnCompleted);
    connect(&m_run, &RunController::conversationFinished, m_model, &LiveConversationsModel::conversationFinished);
    connect(&m_run, &RunController::sessionChanged, this, [this, stack] {
        m_repaint.stop();
        m_model->clear();
        stack->setCurrentWidget(m_idle);
    });
    connect(&m_run, &RunController::runFinished, this, [this](const Engine::RunSummary &summary) {
        m_repaint.stop();
        // What was being written when the run ended stops there: no message stays "writing…".
        QString reason;
        switch (summary.outcome) {
        case Engine::RunOutcome::Interrupted:
            reason = tr("the run was cancelled; Run ▸ Start resumes it");
            break;
        case Engine::RunOutcome::BudgetReached:
            reason = tr("the run reached its budget");
            break;
        case Engine::RunOutcome::Failed:
            reason = summary.reason.isEmpty() ? tr("the run failed") : tr("the run failed: %1").arg(summary.reason);
            break;
        case Engine::RunOutcome::Completed:
        case Engine::RunOutcome::CompletedWithFailures:
            reason = tr("the run ended");
            break;
        }
        m_model->runStopped(reason);
        tick();
    });
}

LivePreviewPanel::~LivePreviewPanel() = default;

void LivePreviewPanel::select(const LiveConversation *conversation)
{
    if (!conversation) {
        m_chat->setConversation(nullptr);
        m_header->clear();
        m_chunk->setVisible(false);
        return;
    }
    m_chat->setConversation(conversation, conversation->info.userPersona, conversation->info.assistantPersona);
    showHeader();
}

void LivePreviewPanel::tick()
{
    m_model->flush();
    m_chat->refresh();
    if (const LiveConversation *c = m_chat->conversation();
        c && (int(c->state) != m_shownState || !(c->chunk == m_shownChunk)))
        showHeader();
}

void LivePreviewPanel::showHeader()
{
    const LiveConversation *c = m_chat->conversation();
    if (!c)
        return;
    m_shownState = int(c->state);
    m_shownChunk = c->chunk;
    const ProjectSession *session = m_run.session();
    QString html
        = u"<b>%1</b>"_s.arg((c->info.topicPath.isEmpty() ? tr("(no topic)") : c->info.topicPath).toHtmlEscaped());
    html += u"<br>"_s
        + tr("%1 asks, %2 answers")
              .arg(personaLine(session, c->info.userPersona), personaLine(session, c->info.assistantPersona));
    if (!c->info.scenario.isEmpty())
        html += u"<br>"_s + tr("Scenario: %1").arg(c->info.scenario.toHtmlEscaped());
    if (!c->info.structure.isEmpty())
        html += u"<br>"_s + tr("Structure: %1").arg(c->info.structure.toHtmlEscaped());
    if (!c->info.documentTitle.isEmpty()) {
        html += u"<br>"_s
            + (c->chunk.isValid()
                   ? tr("Grounded in %1, chunk %2").arg(c->info.documentTitle.toHtmlEscaped()).arg(c->chunk.chunk + 1)
                   : tr("Grounded in %1").arg(c->info.documentTitle.toHtmlEscaped()));
    }
    if (c->state == LiveConversation::State::Failed)
        html += u"<br><span style=\"color:#c0392b\">%1</span>"_s.arg(tr("Failed: %1").arg(c->failure).toHtmlEscaped());
    else if (c->state == LiveConversation::State::Dropped)
        html += u"<br><span style=\"color:#d35400\">%1</span>"_s.arg(tr("Dropped: %1").arg(c->failure).toHtmlEscaped());
    else if (c->state == LiveConversation::State::Stopped)
        html += u"<br><i>%1</i>"_s.arg(tr("Stopped: %1").arg(c->failure).toHtmlEscaped());
    m_header->setText(html);
    const QString chunk = chunkText(*c);
    m_chunk->setVisible(!chunk.isEmpty());
    if (!chunk.isEmpty()) {
        constexpr int shown = 280;
        m_chunk->setText(chunk.size() > shown ? chunk.left(shown).trimmed() + u'…' : chunk);
        m_chunk->setToolTip(chunk);
    }
}

QString LivePreviewPanel::chunkText(const LiveConversation &conversation) const
{
    const ProjectSession *session = m_run.session();
    if (!session || !conversation.chunk.isValid())
        return {};
    // The chunk as the design cuts it now; the run cut the same text the same way unless it was edited since.
    const Design::ProjectDesign &design = session->design();
    if (conversation.chunk.document >= design.documents.size())
        return {};
    const QString &text = design.documents.at(conversation.chunk.document).text;
    const QList<Documents::ChunkSpan> spans = Documents::chunkText(text, design.chunking);
    if (conversation.chunk.chunk >= spans.size())
        return {};
    const Documents::ChunkSpan span = spans.at(conversation.chunk.chunk);
    return text.mid(span.start, span.length).simplified();
}

} // namespace Dialogsmith

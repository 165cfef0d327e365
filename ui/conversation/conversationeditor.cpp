// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "conversation/conversationeditor.h"

#include "conversation/conversationgenerator.h"
#include "conversation/conversationorder.h"
#include "conversation/curationcommand.h"
#include "conversation/grounding.h"
#include "conversation/reviewpanel.h"
#include "conversation/turnbubble.h"
#include "conversation/turnlist.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "run/runcontroller.h"
#include "shell/editorparts.h"
#include "shell/icons.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPointer>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCuration, "dialogsmith.ui.conversation")

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

QString stateText(Store::ConversationState state)
{
    switch (state) {
    case Store::ConversationState::Running:
        return ConversationEditor::tr("being generated");
    case Store::ConversationState::Complete:
        return ConversationEditor::tr("complete");
    case Store::ConversationState::Failed:
        return ConversationEditor::tr("failed");
    case Store::ConversationState::Dropped:
        return ConversationEditor::tr("dropped");
    }
    return {};
}

} // namespace

ConversationEditor::ConversationEditor(ProjectSession &session, RunController &run, qint64 conversationId,
                                       QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_run(run)
    , m_conversationId(conversationId)
    , m_undo(new QUndoStack(this))
    , m_store(session.file().database())
    , m_order(new ConversationOrder(this))
    , m_readOnly(session.file().isReadOnly())
{
    m_generator = new ConversationGenerator(run.secrets(), this);
    connect(m_generator, &ConversationGenerator::turnStarted, this, [this](int seq, Llm::Role role) {
        if (!m_conversation || m_conversation->id != m_generatingId)
            return;
        m_chat->startStreaming(
            seq, role, role == Llm::Role::User ? m_conversation->userPersona : m_conversation->assistantPersona);
    });
    connect(m_generator, &ConversationGenerator::turnStreamed, this, [this](int, const QString &text) {
        if (m_conversation && m_conversation->id == m_generatingId)
            m_chat->appendStreamed(text);
    });
    connect(m_generator, &ConversationGenerator::turnCompleted, this, [this](const Engine::TurnInfo &) {
        if (m_conversation && m_conversation->id == m_generatingId)
            reload();
    });
    connect(m_generator, &ConversationGenerator::finished, this, &ConversationEditor::onGenerationFinished);
    connect(&m_run, &RunController::stateChanged, this, [this] { updateEnabled(); });
    connect(m_order, &ConversationOrder::changed, this, &ConversationEditor::updateHeader);

    buildUi();
    QString error;
    if (const auto ids = m_store.conversationIds(&error))
        m_order->setIds(*ids);
    else
        qCWarning(lcCuration) << "the conversations could not be listed:" << error;
    reload();
}

ConversationEditor::~ConversationEditor()
{
    // Notes typed just before the tab closes are kept (no undo step: the history goes with the tab).
    if (m_review->hasPendingNotes() && !m_readOnly && m_conversation && m_review->notes() != m_conversation->notes) {
        QString error;
        if (!m_store.setNotes(m_conversation->id, m_review->notes(), &error))
            qCWarning(lcCuration) << "notes not kept:" << error;
    }
}

void ConversationEditor::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Header: which conversation, and the way to the next one.
    auto *header = new QWidget(this);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(12, 8, 12, 8);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    m_title = new QLabel(header);
    m_title->setObjectName(u"conversationTitle"_s);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(u"conversationSubtitle"_s);
    m_subtitle->setWordWrap(true);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    headerLayout->addLayout(titles, 1);
    m_previous = new QToolButton(header);
    m_previous->setObjectName(u"previousConversation"_s);
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setAutoRaise(true);
    m_previous->setToolTip(tr("Previous conversation in the dataset's order (K)"));
    m_position = new QLabel(header);
    m_position->setObjectName(u"conversationPosition"_s);
    m_position->setAlignment(Qt::AlignCenter);
    m_next = new QToolButton(header);
    m_next->setObjectName(u"nextConversation"_s);
    m_next->setArrowType(Qt::RightArrow);
    m_next->setAutoRaise(true);
    m_next->setToolTip(tr("Next conversation in the dataset's order (J)"));
    headerLayout->addWidget(m_previous, 0, Qt::AlignTop);
    headerLayout->addWidget(m_position, 0, Qt::AlignTop);
    headerLayout->addWidget(m_next, 0, Qt::AlignTop);
    layout->addWidget(header);

    // A message bar for read-only files, problems and generation in progress.
    m_messageBar = new QWidget(this);
    m_messageBar->setObjectName(u"messageBar"_s);
    m_messageBar->setAutoFillBackground(true);
    auto *messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->setContentsMargins(12, 6, 12, 6);
    m_message = new QLabel(m_messageBar);
    m_message->setObjectName(u"editorMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    messageLayout->addWidget(m_message, 1);
    m_cancelGeneration = new QToolButton(m_messageBar);
    m_cancelGeneration->setObjectName(u"cancelGeneration"_s);
    m_cancelGeneration->setText(tr("Stop"));
    m_cancelGeneration->setIcon(Icons::themed(QIcon::ThemeIcon::ProcessStop, QStyle::SP_BrowserStop));
    m_cancelGeneration->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancelGeneration->setToolTip(tr("Stop generating: what is complete is kept (Esc)"));
    m_cancelGeneration->setVisible(false);
    messageLayout->addWidget(m_cancelGeneration, 0, Qt::AlignTop);
    m_continue = new QToolButton(m_messageBar);
    m_continue->setObjectName(u"continueGeneration"_s);
    m_continue->setText(tr("Continue"));
    m_continue->setIcon(Icons::themed(QIcon::ThemeIcon::MediaPlaybackStart, QStyle::SP_MediaPlay));
    m_continue->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_continue->setToolTip(tr("Generate the rest of this conversation with the models of its run"));
    m_continue->setVisible(false);
    messageLayout->addWidget(m_continue, 0, Qt::AlignTop);
    m_messageBar->setVisible(false);
    layout->addWidget(m_messageBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"conversationSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_chat = new TurnList(m_splitter);
    m_review = new ReviewPanel(m_splitter);
    m_splitter->addWidget(m_chat);
    m_splitter->addWidget(m_review);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    EditorParts::rememberSizes(m_splitter, {700, 300});
    m_splitter->setOrientation(Qt::Horizontal); // the state kept may be of a narrow editor: updateLayout() decides
    m_splitter->installEventFilter(this);
    layout->addWidget(m_splitter, 1);

    connect(m_chat, &TurnList::editCommitted, this, &ConversationEditor::editTurn);
    connect(m_chat, &TurnList::deleteRequested, this, &ConversationEditor::deleteTurn);
    connect(m_chat, &TurnList::regenerateRequested, this, &ConversationEditor::regenerateFrom);
    connect(m_chat, &TurnList::branchRequested, this, &ConversationEditor::branchFrom);
    connect(m_chat, &TurnList::turnSelected, this, &ConversationEditor::selectTurn);
    connect(m_review, &ReviewPanel::groundingChunkActivated, this, &ConversationEditor::showGroundingChunk);
    connect(m_review, &ReviewPanel::verdictClicked, this, &ConversationEditor::toggleReview);
    connect(m_review, &ReviewPanel::ratingChosen, this,
            [this](int stars) { setRating(stars > 0 ? std::optional<int>(stars) : std::nullopt); });
    connect(m_review, &ReviewPanel::notesEdited, this, &ConversationEditor::setNotes);
    connect(m_review, &ReviewPanel::conversationLinkActivated, this, &ConversationEditor::showConversation);
    connect(m_review, &ReviewPanel::preferRequested, this, &ConversationEditor::preferAlternative);
    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_cancelGeneration, &QToolButton::clicked, m_generator, &ConversationGenerator::cancel);
    connect(m_continue, &QToolButton::clicked, this, [this] {
        if (m_conversation && !isGenerating())
            startGenerating(m_conversation->id);
    });

    // Keys for the frequent actions; a text field being typed in keeps its letters.
    const auto shortcut = [this](const QKeySequence &key, auto slot) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_A), [this] { setReview(Store::Review::Approved); });
    shortcut(QKeySequence(Qt::Key_R), [this] { setReview(Store::Review::Rejected); });
    shortcut(QKeySequence(Qt::Key_J), [this] { step(1); });
    shortcut(QKeySequence(Qt::Key_K), [this] { step(-1); });
    shortcut(QKeySequence(Qt::Key_0), [this] { setRating(std::nullopt); });
    for (int i = 1; i <= 5; ++i)
        shortcut(QKeySequence(Qt::Key_0 + i), [this, i] { setRating(i); });
    shortcut(QKeySequence(Qt::Key_N), [this] { m_review->focusNotes(); });
    // Esc stops a generation; otherwise it is left to whoever else wants it (a message being edited).
    m_stopShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_stopShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    m_stopShortcut->setEnabled(false);
    connect(m_stopShortcut, &QShortcut::activated, m_generator, &ConversationGenerator::cancel);
    setFocusPolicy(Qt::StrongFocus);
}

void ConversationEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The system switched between a light and a dark look: the message bar's tint follows.
    if (event->type() == QEvent::PaletteChange && m_messageBar)
        tintMessageBar(m_message->property("problem").toBool());
}

void ConversationEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_order->setWatching(true);
    updateLayout();
    // A, R, J, K and the ratings work at once, without a click into the editor first.
    if (!isAncestorOf(QApplication::focusWidget()))
        m_chat->setFocus();
}

void ConversationEditor::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_order->setWatching(false);
}

void ConversationEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateLayout();
}

bool ConversationEditor::eventFilter(QObject *watched, QEvent *event)
{
    // The chat's or the panel's minimum width changed (a longer text, a translation).
    if (watched == m_splitter && event->type() == QEvent::LayoutRequest)
        QMetaObject::invokeMethod(this, &ConversationEditor::updateLayout, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void ConversationEditor::updateLayout()
{
    // Side by side when both fit, the review panel under the chat when they do not: a narrow editor (both
    // docks open on a laptop screen) never cuts the panel off.
    const int chatNeeds = std::max(m_chat->minimumSizeHint().width(), fontMetrics().averageCharWidth() * 40);
    const int panelNeeds = m_review->minimumSizeHint().width();
    const bool sideBySide = width() >= chatNeeds + panelNeeds + m_splitter->handleWidth();
    // Explicitly, so that the editor may be made narrower than side by side needs (the hint would forbid it).
    m_splitter->setMinimumWidth(std::max(chatNeeds, panelNeeds));
    const Qt::Orientation wanted = sideBySide ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() == wanted)
        return;
    if (wanted == Qt::Vertical) {
        m_sideBySideSizes = m_splitter->sizes();
        m_splitter->setOrientation(Qt::Vertical);
        const int height = std::max(m_splitter->height(), 400);
        m_splitter->setSizes({height * 3 / 5, height * 2 / 5});
    } else {
        m_splitter->setOrientation(Qt::Horizontal);
        m_splitter->setSizes(m_sideBySideSizes.size() == 2 ? m_sideBySideSizes : QList<int> {700, 300});
    }
}

void ConversationEditor::setConversationOrder(const QList<qint64> &ids)
{
    m_order->setIds(ids);
    m_order->setWatching(isVisible());
}

void ConversationEditor::setConversationOrder(DatasetModel *model)
{
    m_order->follow(model);
    m_order->setWatching(isVisible());
    m_order->remember(m_conversationId);
}

void ConversationEditor::showConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId)
        return;
    m_review->commitNotes(); // notes typed for the conversation being left stay with it
    m_order->remember(m_conversationId);
    m_conversationId = conversationId;
    m_order->remember(conversationId);
    clearMessage();
    reload();
    m_chat->scrollToTop();
    Q_EMIT conversationChanged(conversationId);
}

bool ConversationEditor::isGenerating() const
{
    return m_generator->isRunning();
}

QList<TurnBubble *> ConversationEditor::bubbles() const
{
    return m_chat->bubbles();
}

void ConversationEditor::reload()
{
    QString error;
    const bool changedConversation = !m_conversation || m_conversation->id != m_conversationId;
    m_conversation = m_store.conversation(m_conversationId, &error);
    if (!m_conversation)
        showMessage(error, true);
    QStringList groundingKeys;
    if (m_conversation) {
        for (const Store::StoredTurn &turn : m_conversation->turns) {
            if (turn.documentId && turn.chunkIndex)
                groundingKeys.append(u"%1:%2"_s.arg(*turn.documentId).arg(*turn.chunkIndex));
        }
    }
    if (changedConversation) {
        m_selectedTurn = 0;
        m_shownChunk = -1;
    }
    // A regeneration may draw on other chunks; an edit changes what a message shares with its chunk.
    const bool readAgain = changedConversation || groundingKeys != m_groundingKeys;
    m_groundingKeys = groundingKeys;
    if (readAgain)
        loadGrounding();
    m_chat->showConversation(m_conversation ? &*m_conversation : nullptr, m_documentTitles);
    m_chat->setSelectedTurn(m_selectedTurn);
    m_review->showConversation(m_conversation ? &*m_conversation : nullptr, m_documentTitles);
    if (!readAgain && m_groundingRead)
        showGrounding();
    updateHeader();
    updateEnabled();
}

void ConversationEditor::loadGrounding()
{
    const quint64 ticket = ++m_groundingTicket;
    m_documentTitles.clear();
    m_groundingChunks.clear();
    m_groundingRead = false;
    m_review->showGroundingChunks({}, -1);
    m_review->showGroundingMessage(QString());
    if (!m_conversation)
        return;
    m_documentTitles = GroundingReader::documentTitles(m_session.file().database());
    QFuture<QList<GroundingChunk>> chunks
        = GroundingReader::readChunks(m_session.file().database(), *m_conversation, m_session.design().chunking);
    const auto show = [this](const QList<GroundingChunk> &read) {
        m_groundingChunks = read;
        m_groundingRead = true;
        showGrounding();
    };
    if (chunks.isFinished()) {
        show(chunks.result());
        return;
    }
    // A long document is being cut on a pool thread: J and K stay quick; an answer for a conversation left
    // since is dropped.
    m_review->showGroundingMessage(tr("Reading the document chunks this conversation drew on…"));
    chunks.then(this, [this, ticket, show](const QList<GroundingChunk> &read) {
        if (ticket == m_groundingTicket)
            show(read);
    });
}

void ConversationEditor::selectTurn(qint64 turnId)
{
    if (turnId == m_selectedTurn)
        return;
    m_selectedTurn = turnId;
    m_shownChunk = -1;
    m_chat->setSelectedTurn(turnId);
    if (m_groundingRead)
        showGrounding();
}

void ConversationEditor::showGroundingChunk(int index)
{
    if (index < 0 || index >= m_groundingChunks.size())
        return;
    m_shownChunk = index;
    m_selectedTurn = 0;
    m_chat->setSelectedTurn(0);
    showGrounding();
}

void ConversationEditor::showGrounding()
{
    if (!m_conversation || m_groundingChunks.isEmpty()) {
        m_review->showGroundingChunks({}, -1);
        m_review->showGroundingMessage(QString());
        return;
    }
    const Store::StoredTurn *turn = nullptr;
    for (const Store::StoredTurn &t : m_conversation->turns) {
        if (t.id == m_selectedTurn)
            turn = &t;
    }
    int index = std::clamp(m_shownChunk, 0, int(m_groundingChunks.size()) - 1);
    if (turn) {
        index = -1;
        for (qsizetype i = 0; i < m_groundingChunks.size(); ++i) {
            const GroundingChunk &chunk = m_groundingChunks.at(i);
            if (turn->documentId && turn->chunkIndex && chunk.documentId == *turn->documentId
                && chunk.chunkIndex == *turn->chunkIndex)
                index = int(i);
        }
    }
    m_review->showGroundingChunks(m_groundingChunks, index);
    if (index < 0) {
        m_review->showGroundingMessage(tr("<b>Message %1</b> is not grounded in a document chunk.").arg(turn->seq + 1));
        return;
    }
    const GroundingChunk &chunk = m_groundingChunks.at(index);
    const QString label = TurnList::chunkLabel(chunk.title, chunk.chunkIndex).toHtmlEscaped();
    if (chunk.text.isEmpty()) {
        m_review->showGroundingMessage(
            tr("<b>Grounded in</b> %1, which cannot be shown: the document is gone or has no such chunk.").arg(label));
        return;
    }
    // The passages the message draws on — or, for the chunk as a whole, those of every message grounded in it.
    QStringList texts;
    for (const Store::StoredTurn &t : m_conversation->turns) {
        if (turn ? &t == turn : chunk.turnSeqs.contains(t.seq))
            texts.append(t.content);
    }
    const QList<PassageMatch::Range> passages = PassageMatch::sharedPassages(chunk.text, texts);
    const QString shared = passages.isEmpty() ? tr("no passage shared word for word")
                                              : tr("%n passage(s) shared", "", int(passages.size()));
    m_review->showGroundingChunk(turn ? tr("<b>Message %1 drew on</b> %2 · %3").arg(turn->seq + 1).arg(label, shared)
                                      : tr("<b>Grounded in</b> %1 · %2").arg(label, shared),
                                 chunk.text, passages);
}

void ConversationEditor::updateHeader()
{
    const qsizetype size = m_order->size();
    const qsizetype position = m_order->indexOf(m_conversationId);
    if (position >= 0)
        m_position->setText(tr("%1 of %2").arg(position + 1).arg(size));
    else if (m_order->isFollowing())
        m_position->setText(tr("not in the list of %n", "", int(size)));
    else
        m_position->setText(tr("%n conversation(s)", "", int(size)));
    m_position->setToolTip(m_order->isFollowing() ? tr("The place in the dataset view's list, as filtered and sorted")
                                                  : QString());
    m_previous->setEnabled(m_order->step(m_conversationId, -1).has_value());
    m_next->setEnabled(m_order->step(m_conversationId, 1).has_value());

    if (!m_conversation) {
        m_title->setText(tr("Conversation %1").arg(m_conversationId));
        m_subtitle->clear();
        return;
    }
    const Store::StoredConversation &c = *m_conversation;
    m_title->setText(c.parentId ? tr("Conversation %1 (branch of %2)").arg(c.id).arg(*c.parentId)
                                : tr("Conversation %1").arg(c.id));
    const int exchanges = int(std::count_if(c.turns.cbegin(), c.turns.cend(),
                                            [](const Store::StoredTurn &t) { return t.role == Llm::Role::User; }));
    QString subtitle = tr("%1 · %2 with %3 · %n exchange(s) of %4 planned", "", exchanges)
                           .arg(c.topicPath, c.userPersona, c.assistantPersona)
                           .arg(c.turnsPlanned);
    if (c.state == Store::ConversationState::Running && !(isGenerating() && m_generatingId == c.id))
        subtitle += u" · "_s + tr("unfinished");
    else if (c.state != Store::ConversationState::Complete)
        subtitle += u" · "_s + stateText(c.state);
    m_subtitle->setText(subtitle);
}

void ConversationEditor::updateEnabled()
{
    const bool generating = isGenerating();
    const bool exists = m_conversation.has_value();
    const bool editable = !m_readOnly && exists && !generating;
    const bool runBusy = m_run.state() != RunController::State::Idle;
    QString whyNot;
    if (m_readOnly)
        whyNot = tr("The project file is read-only.");
    else if (generating)
        whyNot = tr("Wait until the conversation is generated.");
    else if (runBusy)
        whyNot = tr("A run is in progress: regenerating and branching are possible when it is paused or done.");
    m_chat->setActionsEnabled(editable, !runBusy, whyNot);
    m_stopShortcut->setEnabled(generating);
    m_review->setEditable(editable);
    if (m_readOnly) {
        showMessage(tr("This project file is read-only: you can read its conversations but not review or change "
                       "them. Make the file writable, or open a copy, to curate."),
                    false);
    }
    // Left unfinished (a regeneration stopped, or a run that will not be resumed): it can be finished here.
    const bool unfinished = exists && m_conversation->state == Store::ConversationState::Running;
    const bool canContinue = unfinished && !m_readOnly && !generating && !runBusy;
    m_continue->setVisible(canContinue);
    if (canContinue && m_messageBar->isHidden())
        showMessage(tr("This conversation is not finished: Continue generates the rest of it."), false);
}

void ConversationEditor::showMessage(const QString &text, bool problem)
{
    if (problem)
        qCInfo(lcCuration) << "conversation" << m_conversationId << ":" << text;
    m_message->setText(text);
    m_message->setProperty("problem", problem);
    tintMessageBar(problem);
    m_messageBar->setVisible(true);
}

void ConversationEditor::tintMessageBar(bool problem)
{
    // A fifth of red for a problem, of the highlight colour for news, over the window's own colour.
    const QPalette app = palette();
    const QColor tint = problem ? QColor(0xda, 0x44, 0x53) : app.color(QPalette::Highlight);
    const QColor fill = app.color(QPalette::Window);
    QPalette p = m_messageBar->palette();
    p.setColor(QPalette::Window,
               QColor::fromRgbF(float(fill.redF() * 0.8 + tint.redF() * 0.2),
                                float(fill.greenF() * 0.8 + tint.greenF() * 0.2),
                                float(fill.blueF() * 0.8 + tint.blueF() * 0.2)));
    m_messageBar->setPalette(p);
}

void ConversationEditor::clearMessage()
{
    if (m_readOnly)
        return;
    m_messageBar->setVisible(false);
    m_message->clear();
}

void ConversationEditor::perform(const QString &text, const Change &doIt, const Change &undo, const Change &redo,
                                 qint64 conversationId)
{
    QString error;
    if (!doIt(&error)) {
        showMessage(error, true);
        return;
    }
    clearMessage();
    m_undo->push(new CurationCommand(text, conversationId, undo, redo,
                                     [self = QPointer(this)](qint64 id, bool ok, const QString &e) {
                                         if (self)
                                             self->applied(id, ok, e);
                                     }));
    reload();
    m_order->refresh(); // a filter on the verdict or rating may leave the conversation out now
    Q_EMIT conversationEdited(conversationId);
}

void ConversationEditor::applied(qint64 conversationId, bool ok, const QString &error)
{
    if (conversationId != m_conversationId)
        showConversation(conversationId);
    else
        reload();
    if (!ok)
        showMessage(error, true);
    m_order->refresh();
    Q_EMIT conversationEdited(conversationId);
}

void ConversationEditor::setReview(Store::Review review)
{
    if (m_readOnly || !m_conversation || isGenerating() || m_conversation->review == review)
        return;
    const qint64 id = m_conversation->id;
    const Store::Review before = m_conversation->review;
    const QString text = review == Store::Review::Approved ? tr("Approve Conversation %1").arg(id)
        : review == Store::Review::Rejected                ? tr("Reject Conversation %1").arg(id)
                                                           : tr("Clear Review of Conversation %1").arg(id);
    const auto set = [this, id](Store::Review r) {
        return [this, id, r](QString *error) { return m_store.setReview(id, r, error); };
    };
    perform(text, set(review), set(before), set(review), id);
}

void ConversationEditor::toggleReview(Store::Review review)
{
    if (!m_conversation)
        return;
    if (m_conversation->review != review) {
        setReview(review);
        return;
    }
    // Clicking the verdict again takes it back: the conversation is unreviewed (edited if a turn is).
    const bool edited = std::any_of(m_conversation->turns.cbegin(), m_conversation->turns.cend(),
                                    [](const Store::StoredTurn &t) { return !t.original.isEmpty(); });
    setReview(edited ? Store::Review::Edited : Store::Review::Generated);
}

void ConversationEditor::setRating(std::optional<int> rating)
{
    if (m_readOnly || !m_conversation || isGenerating() || m_conversation->rating == rating)
        return;
    const qint64 id = m_conversation->id;
    const std::optional<int> before = m_conversation->rating;
    const auto set = [this, id](std::optional<int> r) {
        return [this, id, r](QString *error) { return m_store.setRating(id, r, error); };
    };
    perform(rating ? tr("Rate Conversation %1 with %2 of 5").arg(id).arg(*rating)
                   : tr("Clear Rating of Conversation %1").arg(id),
            set(rating), set(before), set(rating), id);
}

void ConversationEditor::setNotes(const QString &notes)
{
    if (m_readOnly || !m_conversation || notes == m_conversation->notes)
        return;
    const qint64 id = m_conversation->id;
    const QString before = m_conversation->notes;
    const auto set = [this, id](const QString &n) {
        return [this, id, n](QString *error) { return m_store.setNotes(id, n, error); };
    };
    perform(tr("Change Notes of Conversation %1").arg(id), set(notes), set(before), set(notes), id);
}

void ConversationEditor::editTurn(qint64 turnId, const QString &text)
{
    if (m_readOnly || !m_conversation)
        return;
    const auto turn = std::find_if(m_conversation->turns.cbegin(), m_conversation->turns.cend(),
                                   [turnId](const Store::StoredTurn &t) { return t.id == turnId; });
    if (turn == m_conversation->turns.cend())
        return;
    const QString before = turn->content;
    const auto set = [this, turnId](const QString &t) {
        return [this, turnId, t](QString *error) { return m_store.setTurnText(turnId, t, error); };
    };
    const int steps = m_undo->count();
    perform(tr("Edit Message %1").arg(turn->seq + 1), set(text), set(before), set(text), m_conversation->id);
    if (m_undo->count() == steps) {
        // Not stored: the text typed stays in the field, to try again or copy.
        for (TurnBubble *bubble : m_chat->bubbles()) {
            if (bubble->turnId() == turnId)
                bubble->startEditing(text);
        }
    }
}

void ConversationEditor::deleteTurn(qint64 turnId)
{
    if (m_readOnly || !m_conversation)
        return;
    const qint64 id = m_conversation->id;
    auto removed = std::make_shared<Store::StoredTurn>();
    const auto remove = [this, turnId, removed](QString *error) {
        const auto turn = m_store.deleteTurn(turnId, error);
        if (turn)
            *removed = *turn;
        return turn.has_value();
    };
    const auto it = std::find_if(m_conversation->turns.cbegin(), m_conversation->turns.cend(),
                                 [turnId](const Store::StoredTurn &t) { return t.id == turnId; });
    const int seq = it == m_conversation->turns.cend() ? 0 : it->seq;
    perform(
        tr("Delete Message %1").arg(seq + 1), remove,
        [this, id, removed](QString *error) { return m_store.restoreTurn(id, *removed, error); }, remove, id);
}

void ConversationEditor::preferAlternative(qint64 alternativeId)
{
    if (m_readOnly || !m_conversation || isGenerating())
        return;
    const auto alternative
        = std::find_if(m_conversation->alternatives.cbegin(), m_conversation->alternatives.cend(),
                       [alternativeId](const Store::StoredAlternative &a) { return a.id == alternativeId; });
    if (alternative == m_conversation->alternatives.cend())
        return;
    const qint64 id = m_conversation->id;
    // The answer's edit state before the swap: undo gives an edited answer its mark and generated text back.
    auto before = std::make_shared<Store::TurnEditState>();
    const auto swap = [this, alternativeId, before](QString *error) {
        const auto state = m_store.swapAlternative(alternativeId, error);
        if (state)
            *before = *state;
        return state.has_value();
    };
    perform(
        tr("Prefer Response %1 for Message %2").arg(alternative->rank).arg(alternative->seq + 1), swap,
        [this, alternativeId, before](QString *error) {
            return m_store.swapAlternative(alternativeId, *before, error);
        },
        swap, id);
}

void ConversationEditor::regenerateFrom(int seq)
{
    if (m_readOnly || !m_conversation || isGenerating())
        return;
    const Store::StoredConversation before = *m_conversation;
    const qint64 id = before.id;
    const int keep = seq - 1;
    auto removed = std::make_shared<QList<Store::StoredTurn>>();
    // What the regeneration wrote, taken when it is undone, for redo.
    auto regenerated = std::make_shared<Store::StoredConversation>();
    QString error;
    const auto truncated = m_store.truncate(id, keep, &error);
    if (!truncated) {
        showMessage(error, true);
        return;
    }
    *removed = *truncated;
    m_undo->beginMacro(tr("Regenerate Conversation %1 from Message %2").arg(id).arg(seq + 1));
    m_macroOpen = true;
    m_undo->push(new CurationCommand(
        QString(), id,
        [this, id, keep, removed, regenerated, before](QString *e) {
            const auto now = m_store.conversation(id, e);
            if (!now)
                return false;
            *regenerated = *now;
            return m_store.replaceTail(id, keep, *removed, before.state, before.failure, before.endedEarly, e);
        },
        [this, id, keep, regenerated](QString *e) {
            QList<Store::StoredTurn> tail;
            for (const Store::StoredTurn &t : std::as_const(regenerated->turns)) {
                if (t.seq > keep)
                    tail.append(t);
            }
            return m_store.replaceTail(id, keep, tail, regenerated->state, regenerated->failure,
                                       regenerated->endedEarly, e);
        },
        [self = QPointer(this)](qint64 conversation, bool ok, const QString &e) {
            if (self)
                self->applied(conversation, ok, e);
        }));
    startGenerating(id);
}

void ConversationEditor::branchFrom(int seq)
{
    if (m_readOnly || !m_conversation || isGenerating())
        return;
    const qint64 origin = m_conversation->id;
    QString error;
    const auto branch = m_store.branch(origin, seq - 1, &error);
    if (!branch) {
        showMessage(error, true);
        return;
    }
    const qint64 id = *branch;
    auto removed = std::make_shared<Store::StoredConversation>();
    m_undo->beginMacro(tr("Branch Conversation %1 from Message %2").arg(origin).arg(seq + 1));
    m_macroOpen = true;
    m_undo->push(new CurationCommand(
        QString(), origin,
        [this, id, removed](QString *e) {
            const auto now = m_store.conversation(id, e);
            if (!now)
                return false;
            *removed = *now;
            if (!m_store.removeBranch(id, e))
                return false;
            m_order->remove(id);
            return true;
        },
        [this, id, origin, removed](QString *e) {
            if (!m_store.restoreBranch(*removed, e))
                return false;
            m_order->insertAfter(origin, id);
            // Shows the branch again.
            QTimer::singleShot(0, this, [this, id] { showConversation(id); });
            return true;
        },
        [self = QPointer(this)](qint64 conversation, bool ok, const QString &e) {
            if (self)
                self->applied(conversation, ok, e);
        }));
    m_order->insertAfter(origin, id);
    showConversation(id);
    startGenerating(id);
}

void ConversationEditor::startGenerating(qint64 conversationId)
{
    m_generatingId = conversationId;
    m_generator->continueConversation(m_session.file().path(), conversationId);
    showMessage(tr("Generating the rest of the conversation with the models of its run…"), false);
    m_cancelGeneration->setVisible(true);
    reload();
}

void ConversationEditor::onGenerationFinished(const Engine::RunSummary &summary)
{
    // The macro opened when the generation started closes now: the whole change is one step to undo.
    if (std::exchange(m_macroOpen, false))
        m_undo->endMacro();
    m_cancelGeneration->setVisible(false);
    const qint64 id = m_generatingId;
    m_generatingId = 0;
    QString error;
    switch (summary.outcome) {
    case Engine::RunOutcome::Completed:
        clearMessage();
        break;
    case Engine::RunOutcome::Interrupted:
        showMessage(tr("Stopped: the messages generated so far are kept. Undo takes the whole change back."), false);
        break;
    default:
        error = summary.reason.isEmpty() ? tr("The conversation could not be generated.") : summary.reason;
        showMessage(tr("Conversation %1 could not be generated: %2").arg(id).arg(error), true);
        break;
    }
    reload();
    Q_EMIT conversationEdited(id);
    Q_EMIT generationFinished(error);
}

void ConversationEditor::step(int delta)
{
    if (const std::optional<qint64> next = m_order->step(m_conversationId, delta))
        showConversation(*next);
}

} // namespace Dialogsmith

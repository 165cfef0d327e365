// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "conversation/conversationeditor.h"

#include "conversation/conversationgenerator.h"
#include "conversation/turnbubble.h"
#include "documents/chunker.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "run/runcontroller.h"

#include <QApplication>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QSqlQuery>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcCuration, "dialogsmith.ui.conversation")

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

const QString splitterKey = u"conversationEditor/splitter"_s;
constexpr int notesIdleMs = 800;

QString reviewText(Store::Review review)
{
    switch (review) {
    case Store::Review::Generated:
        return ConversationEditor::tr("Not reviewed yet");
    case Store::Review::Edited:
        return ConversationEditor::tr("Edited, not reviewed yet");
    case Store::Review::Approved:
        return ConversationEditor::tr("Approved");
    case Store::Review::Rejected:
        return ConversationEditor::tr("Rejected");
    }
    return {};
}

QString stateText(Store::ConversationState state)
{
    switch (state) {
    case Store::ConversationState::Running:
        return ConversationEditor::tr("being generated");
    case Store::ConversationState::Complete:
        return ConversationEditor::tr("complete");
    case Store::ConversationState::Failed:
        return ConversationEditor::tr("failed");
    }
    return {};
}

} // namespace

/// One step of the editor's undo history. The change itself is made before the command is pushed (so a
/// change the project refuses never becomes a step); undo() and redo() then replay its inverse and itself.
class CurationCommand final : public QUndoCommand
{
public:
    CurationCommand(ConversationEditor *editor, const QString &text, qint64 conversationId,
                    std::function<bool(QString *)> undo, std::function<bool(QString *)> redo)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_conversationId(conversationId)
        , m_undo(std::move(undo))
        , m_redo(std::move(redo))
    { }

    void undo() override { run(m_undo); }
    void redo() override
    {
        if (std::exchange(m_first, false))
            return;
        run(m_redo);
    }

private:
    void run(const std::function<bool(QString *)> &change)
    {
        QString error;
        const bool ok = change(&error);
        if (m_editor)
            m_editor->applied(m_conversationId, ok, error);
    }

    QPointer<ConversationEditor> m_editor;
    qint64 m_conversationId;
    std::function<bool(QString *)> m_undo;
    std::function<bool(QString *)> m_redo;
    bool m_first = true;
};

ConversationEditor::ConversationEditor(ProjectSession &session, RunController &run, qint64 conversationId,
                                       QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_run(run)
    , m_conversationId(conversationId)
    , m_undo(new QUndoStack(this))
    , m_store(session.file().database())
    , m_readOnly(session.file().isReadOnly())
    , m_notesTimer(this)
{
    m_generator = new ConversationGenerator(run.secrets(), this);
    connect(m_generator, &ConversationGenerator::turnStarted, this, [this](int seq, Llm::Role role) {
        if (!m_conversation || m_conversation->id != m_generatingId)
            return;
        TurnBubble::Message message;
        message.seq = seq;
        message.role = role;
        message.speaker = role == Llm::Role::User ? m_conversation->userPersona : m_conversation->assistantPersona;
        auto *bubble = new TurnBubble(message, m_chat);
        m_streaming = bubble;
        auto *row = new QHBoxLayout;
        if (role == Llm::Role::User) {
            row->addWidget(bubble, 4);
            row->addStretch(1);
        } else {
            row->addStretch(1);
            row->addWidget(bubble, 4);
        }
        m_chatLayout->insertLayout(m_chatLayout->count() - 1, row);
        m_emptyHint->setVisible(false);
        QTimer::singleShot(0, this, [this] {
            m_chatScroll->verticalScrollBar()->setValue(m_chatScroll->verticalScrollBar()->maximum());
        });
    });
    connect(m_generator, &ConversationGenerator::turnStreamed, this, [this](int, const QString &text) {
        if (m_streaming)
            m_streaming->appendStreamed(text);
    });
    connect(m_generator, &ConversationGenerator::turnCompleted, this, [this](const Engine::TurnInfo &) {
        if (m_conversation && m_conversation->id == m_generatingId)
            reload();
    });
    connect(m_generator, &ConversationGenerator::finished, this, &ConversationEditor::onGenerationFinished);
    connect(&m_run, &RunController::stateChanged, this, [this] { updateEnabled(); });

    m_notesTimer.setSingleShot(true);
    m_notesTimer.setInterval(notesIdleMs);
    connect(&m_notesTimer, &QTimer::timeout, this, &ConversationEditor::commitNotes);

    buildUi();
    QString error;
    if (const auto ids = m_store.conversationIds(&error))
        m_order = *ids;
    reload();
}

ConversationEditor::~ConversationEditor()
{
    // Notes typed just before the tab closes are kept (no undo step: the history goes with the tab).
    if (m_notesTimer.isActive() && !m_readOnly && m_conversation && m_notes->toPlainText() != m_conversation->notes) {
        QString error;
        if (!m_store.setNotes(m_conversation->id, m_notes->toPlainText(), &error))
            qCWarning(lcCuration) << "notes not kept:" << error;
    }
}

void ConversationEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The system switched between a light and a dark look: the bubbles and verdict colours follow.
    if (event->type() == QEvent::PaletteChange && m_chat)
        reload();
}

void ConversationEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A, R, J, K and the ratings work at once, without a click into the editor first.
    if (!isAncestorOf(QApplication::focusWidget()))
        m_chatScroll->setFocus();
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
    m_previous->setToolTip(tr("Previous conversation (K)"));
    m_position = new QLabel(header);
    m_position->setObjectName(u"conversationPosition"_s);
    m_next = new QToolButton(header);
    m_next->setObjectName(u"nextConversation"_s);
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next conversation (J)"));
    headerLayout->addWidget(m_previous);
    headerLayout->addWidget(m_position);
    headerLayout->addWidget(m_next);
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
    m_cancelGeneration->setToolTip(tr("Stop generating: what is complete is kept"));
    m_cancelGeneration->setVisible(false);
    messageLayout->addWidget(m_cancelGeneration);
    m_continue = new QToolButton(m_messageBar);
    m_continue->setObjectName(u"continueGeneration"_s);
    m_continue->setText(tr("Continue"));
    m_continue->setToolTip(tr("Generate the rest of this conversation with the models of its run"));
    m_continue->setVisible(false);
    messageLayout->addWidget(m_continue);
    m_messageBar->setVisible(false);
    layout->addWidget(m_messageBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"conversationSplitter"_s);
    m_splitter->setChildrenCollapsible(false);

    // The chat.
    m_chatScroll = new QScrollArea(m_splitter);
    m_chatScroll->setObjectName(u"chat"_s);
    m_chatScroll->setWidgetResizable(true);
    m_chatScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chatScroll->setFrameShape(QFrame::NoFrame);
    m_chat = new QWidget(m_chatScroll);
    m_chat->setBackgroundRole(QPalette::Base);
    m_chat->setAutoFillBackground(true);
    m_chatLayout = new QVBoxLayout(m_chat);
    m_chatLayout->setContentsMargins(16, 16, 16, 16);
    m_chatLayout->setSpacing(10);
    m_emptyHint = new QLabel(m_chat);
    m_emptyHint->setObjectName(u"emptyHint"_s);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_chatLayout->addWidget(m_emptyHint);
    m_chatLayout->addStretch(1);
    m_chatScroll->setWidget(m_chat);

    // The review, the notes and what the conversation was drawn from.
    auto *side = new QScrollArea(m_splitter);
    side->setObjectName(u"reviewPanel"_s);
    side->setWidgetResizable(true);
    side->setFrameShape(QFrame::NoFrame);
    auto *panel = new QWidget(side);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(12, 12, 12, 12);

    auto *review = new QGroupBox(tr("Review"), panel);
    auto *reviewLayout = new QVBoxLayout(review);
    auto *verdicts = new QHBoxLayout;
    m_approve = new QToolButton(review);
    m_approve->setObjectName(u"approve"_s);
    m_approve->setText(tr("Approve"));
    m_approve->setToolTip(tr("Approve this conversation for export (A)"));
    m_approve->setCheckable(true);
    m_approve->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_approve->setIcon(QIcon::fromTheme(u"dialog-ok-apply"_s));
    m_approve->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_reject = new QToolButton(review);
    m_reject->setObjectName(u"reject"_s);
    m_reject->setText(tr("Reject"));
    m_reject->setToolTip(tr("Reject this conversation: it is left out of exports of approved data (R)"));
    m_reject->setCheckable(true);
    m_reject->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_reject->setIcon(QIcon::fromTheme(u"dialog-cancel"_s));
    m_reject->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    verdicts->addWidget(m_approve);
    verdicts->addWidget(m_reject);
    reviewLayout->addLayout(verdicts);
    m_reviewState = new QLabel(review);
    m_reviewState->setObjectName(u"reviewState"_s);
    reviewLayout->addWidget(m_reviewState);

    auto *stars = new QHBoxLayout;
    stars->setSpacing(0);
    stars->addWidget(new QLabel(tr("Rating:"), review));
    for (int i = 1; i <= 5; ++i) {
        auto *star = new QToolButton(review);
        star->setObjectName(u"star%1"_s.arg(i));
        star->setAutoRaise(true);
        star->setToolTip(tr("Rate %n of 5 (key %n); click the current rating again to clear it", "", i));
        QFont starFont = star->font();
        starFont.setPointSizeF(starFont.pointSizeF() * 1.4);
        star->setFont(starFont);
        connect(star, &QToolButton::clicked, this, [this, i] {
            setRating(m_conversation && m_conversation->rating == i ? std::nullopt : std::optional<int>(i));
        });
        m_stars.append(star);
        stars->addWidget(star);
    }
    stars->addStretch(1);
    reviewLayout->addLayout(stars);
    panelLayout->addWidget(review);

    auto *notesBox = new QGroupBox(tr("Notes"), panel);
    auto *notesLayout = new QVBoxLayout(notesBox);
    m_notes = new QPlainTextEdit(notesBox);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setPlaceholderText(tr("Notes on this conversation: what is good, what to fix…"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(120);
    m_notes->installEventFilter(this);
    notesLayout->addWidget(m_notes);
    panelLayout->addWidget(notesBox);

    auto *detailsBox = new QGroupBox(tr("Drawn from"), panel);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    m_details = new QLabel(detailsBox);
    m_details->setObjectName(u"details"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    detailsLayout->addWidget(m_details);
    m_groundingHeading = new QLabel(detailsBox);
    m_groundingHeading->setWordWrap(true);
    detailsLayout->addWidget(m_groundingHeading);
    m_grounding = new QPlainTextEdit(detailsBox);
    m_grounding->setObjectName(u"grounding"_s);
    m_grounding->setReadOnly(true);
    m_grounding->setToolTip(tr("The document excerpt the conversation is grounded in"));
    m_grounding->setMinimumHeight(140);
    detailsLayout->addWidget(m_grounding, 1);
    panelLayout->addWidget(detailsBox);
    panelLayout->addStretch(1);
    side->setWidget(panel);
    // The review panel scrolls up and down, never sideways: it is as wide as its widest row needs.
    side->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    side->setMinimumWidth(panel->minimumSizeHint().width() + side->verticalScrollBar()->sizeHint().width());

    m_splitter->addWidget(m_chatScroll);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    if (!m_splitter->restoreState(QSettings().value(splitterKey).toByteArray()))
        m_splitter->setSizes({700, 300});
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(splitterKey, m_splitter->saveState()); });
    layout->addWidget(m_splitter, 1);

    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_approve, &QToolButton::clicked, this, [this] { toggleReview(Store::Review::Approved); });
    connect(m_reject, &QToolButton::clicked, this, [this] { toggleReview(Store::Review::Rejected); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_notes->property("loading").toBool())
            return;
        m_notesTimer.start();
    });
    connect(m_cancelGeneration, &QToolButton::clicked, m_generator, &ConversationGenerator::cancel);
    connect(m_continue, &QToolButton::clicked, this, [this] {
        if (m_conversation && !isGenerating())
            startGenerating(m_conversation->id, QString());
    });
    connect(m_details, &QLabel::linkActivated, this, [this](const QString &link) {
        bool ok = false;
        const qint64 id = link.toLongLong(&ok);
        if (ok)
            showConversation(id);
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
    setFocusPolicy(Qt::StrongFocus);
}

bool ConversationEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut && m_notesTimer.isActive())
        commitNotes();
    return QWidget::eventFilter(watched, event);
}

void ConversationEditor::setConversationOrder(const QList<qint64> &ids)
{
    m_order = ids;
    updateSidePanel();
}

void ConversationEditor::showConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId)
        return;
    if (m_notesTimer.isActive())
        commitNotes();
    m_conversationId = conversationId;
    clearMessage();
    reload();
    if (m_chatScroll)
        m_chatScroll->verticalScrollBar()->setValue(0);
    Q_EMIT conversationChanged(conversationId);
}

bool ConversationEditor::isGenerating() const
{
    return m_generator->isRunning();
}

QList<TurnBubble *> ConversationEditor::bubbles() const
{
    QList<TurnBubble *> out;
    for (TurnBubble *b : m_bubbles)
        out.append(b);
    if (m_streaming)
        out.append(m_streaming);
    return out;
}

void ConversationEditor::reload()
{
    QString error;
    const bool changedConversation = !m_conversation || m_conversation->id != m_conversationId;
    m_conversation = m_store.conversation(m_conversationId, &error);
    if (!m_conversation)
        showMessage(error, true);
    if (changedConversation)
        loadGrounding();
    rebuildBubbles();
    updateSidePanel();
    updateEnabled();
}

void ConversationEditor::loadGrounding()
{
    m_groundingTitle.clear();
    m_groundingText.clear();
    m_documentTitles.clear();
    if (!m_conversation)
        return;
    QSqlQuery q(m_session.file().database());
    if (q.exec(u"SELECT id, title FROM documents"_s)) {
        while (q.next())
            m_documentTitles.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    if (!m_conversation->documentId || !m_conversation->chunkIndex)
        return;
    // The chunk as the run cut it: with the chunk settings of the run's design, not today's.
    q.prepare(u"SELECT d.title, d.text, r.snapshot FROM documents d, runs r WHERE d.id = ? AND r.id = ?"_s);
    q.addBindValue(*m_conversation->documentId);
    q.addBindValue(m_conversation->runId);
    if (!q.exec() || !q.next()) {
        m_groundingTitle = tr("A document that is no longer in the project");
        return;
    }
    m_groundingTitle = q.value(0).toString();
    const QString text = q.value(1).toString();
    const QJsonObject chunking = QJsonDocument::fromJson(q.value(2).toString().toUtf8())
                                     .object()
                                     .value(u"design"_s)
                                     .toObject()
                                     .value(u"chunking"_s)
                                     .toObject();
    Design::ChunkSettings settings = m_session.design().chunking;
    settings.size = chunking.value(u"size"_s).toInt(settings.size);
    settings.overlap = chunking.value(u"overlap"_s).toInt(settings.overlap);
    const QList<Documents::ChunkSpan> chunks = Documents::chunkText(text, settings);
    const int index = *m_conversation->chunkIndex;
    if (index >= 0 && index < chunks.size())
        m_groundingText = text.mid(chunks.at(index).start, chunks.at(index).length);
}

QString ConversationEditor::provenance(const Store::StoredTurn &turn) const
{
    const QLocale locale;
    QStringList lines;
    lines << tr("Model: %1 (profile %2)").arg(turn.model, turn.profile)
          << tr("Tokens: %1 in, %2 out").arg(locale.toString(turn.inputTokens), locale.toString(turn.outputTokens))
          << tr("Latency: %1 s").arg(locale.toString(double(turn.latencyMs) / 1000.0, 'f', 2))
          << tr("Cost: $%1").arg(locale.toString(turn.costUsd, 'f', 5));
    if (!turn.finishReason.isEmpty())
        lines << tr("Finished: %1").arg(turn.finishReason);
    if (turn.attempts > 1)
        lines << tr("Attempts: %1").arg(turn.attempts);
    if (turn.documentId && turn.chunkIndex) {
        lines << tr("Grounded in: %1, chunk %2")
                     .arg(m_documentTitles.value(*turn.documentId, tr("document %1").arg(*turn.documentId)))
                     .arg(*turn.chunkIndex + 1);
    }
    if (turn.createdAt.isValid())
        lines << tr("Written: %1").arg(locale.toString(turn.createdAt.toLocalTime(), QLocale::ShortFormat));
    if (!turn.original.isEmpty()) {
        QString original = turn.original;
        if (original.size() > 400)
            original = original.left(400) + u'…';
        lines << QString() << tr("Edited. The generated text was:") << original;
    }
    return lines.join(u'\n');
}

void ConversationEditor::rebuildBubbles()
{
    const int scroll = m_chatScroll->verticalScrollBar()->value();
    for (TurnBubble *b : std::as_const(m_bubbles)) {
        b->hide();
        b->deleteLater();
    }
    m_bubbles.clear();
    if (m_streaming) {
        m_streaming->hide();
        m_streaming->deleteLater();
        m_streaming = nullptr;
    }
    // Remove the rows (layouts) of the old bubbles, keeping the hint and the stretch at the end.
    while (m_chatLayout->count() > 2) {
        QLayoutItem *item = m_chatLayout->takeAt(1);
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *child = row->takeAt(0))
                delete child;
        }
        delete item;
    }
    if (!m_conversation) {
        m_emptyHint->setText(tr("This conversation is not in the project (any more)."));
        m_emptyHint->setVisible(true);
        return;
    }
    m_emptyHint->setText(m_conversation->state == Store::ConversationState::Running
                             ? tr("No messages yet: the conversation is waiting to be generated.")
                             : tr("This conversation has no messages."));
    m_emptyHint->setVisible(m_conversation->turns.isEmpty());
    int at = 1;
    for (const Store::StoredTurn &turn : std::as_const(m_conversation->turns)) {
        TurnBubble::Message message;
        message.turnId = turn.id;
        message.seq = turn.seq;
        message.role = turn.role;
        message.speaker = turn.role == Llm::Role::User ? m_conversation->userPersona : m_conversation->assistantPersona;
        if (message.speaker.isEmpty())
            message.speaker = turn.role == Llm::Role::User ? tr("User") : tr("Assistant");
        message.text = turn.content;
        message.edited = !turn.original.isEmpty();
        message.provenance = provenance(turn);
        auto *bubble = new TurnBubble(message, m_chat);
        connect(bubble, &TurnBubble::editCommitted, this, &ConversationEditor::editTurn);
        connect(bubble, &TurnBubble::deleteRequested, this, &ConversationEditor::deleteTurn);
        connect(bubble, &TurnBubble::regenerateRequested, this, &ConversationEditor::regenerateFrom);
        connect(bubble, &TurnBubble::branchRequested, this, &ConversationEditor::branchFrom);
        auto *row = new QHBoxLayout;
        if (turn.role == Llm::Role::User) {
            row->addWidget(bubble, 4);
            row->addStretch(1);
        } else {
            row->addStretch(1);
            row->addWidget(bubble, 4);
        }
        m_chatLayout->insertLayout(at++, row);
        m_bubbles.append(bubble);
    }
    QTimer::singleShot(0, this, [this, scroll] { m_chatScroll->verticalScrollBar()->setValue(scroll); });
}

void ConversationEditor::updateSidePanel()
{
    const qsizetype position = m_order.indexOf(m_conversationId);
    m_position->setText(position < 0 ? tr("%n conversation(s)", "", int(m_order.size()))
                                     : tr("%1 of %2").arg(position + 1).arg(m_order.size()));
    m_previous->setEnabled(position > 0);
    m_next->setEnabled(position >= 0 && position + 1 < m_order.size());

    if (!m_conversation) {
        m_title->setText(tr("Conversation %1").arg(m_conversationId));
        m_subtitle->clear();
        m_details->clear();
        m_grounding->setVisible(false);
        m_groundingHeading->setVisible(false);
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

    m_approve->setChecked(c.review == Store::Review::Approved);
    m_reject->setChecked(c.review == Store::Review::Rejected);
    m_reviewState->setText(reviewText(c.review));
    // Green and red that read on a light and on a dark background alike.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QString verdictColor = c.review == Store::Review::Approved ? (dark ? u"#81c784"_s : u"#2e7d32"_s)
        : c.review == Store::Review::Rejected                        ? (dark ? u"#e57373"_s : u"#c62828"_s)
                                                                     : QString();
    m_reviewState->setStyleSheet(
        verdictColor.isEmpty() ? QString() : u"QLabel { color: %1; font-weight: bold; }"_s.arg(verdictColor));
    for (int i = 0; i < m_stars.size(); ++i) {
        const bool filled = c.rating && i < *c.rating;
        m_stars.at(i)->setText(filled ? u"★"_s : u"☆"_s);
        m_stars.at(i)->setStyleSheet(filled ? u"QToolButton { color: #e0a800; }"_s : QString());
    }
    if (m_notes->toPlainText() != c.notes && !m_notesTimer.isActive()) {
        m_notes->setProperty("loading", true);
        m_notes->setPlainText(c.notes);
        m_notes->setProperty("loading", false);
    }

    const auto row = [](const QString &label, const QString &value) {
        return u"<tr><td style='padding-right:8px'><b>%1</b></td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(),
                                                                                         value.toHtmlEscaped());
    };
    QString html = u"<table>"_s;
    html += row(tr("Topic"), c.topicPath);
    html += row(tr("User"), c.userPersona);
    html += row(tr("Assistant"), c.assistantPersona);
    if (!c.scenario.isEmpty())
        html += row(tr("Scenario"), c.scenario);
    if (!c.structure.isEmpty())
        html += row(tr("Structure"), c.structure);
    html += row(tr("Run"), QString::number(c.runId));
    if (c.judgeScore)
        html += row(tr("Judge score"), QLocale().toString(*c.judgeScore, 'f', 2));
    if (!c.failure.isEmpty())
        html += row(tr("Failure"), c.failure);
    html += u"</table>"_s;
    if (c.parentId)
        html += u"<p><a href='%1'>%2</a></p>"_s.arg(*c.parentId)
                    .arg(tr("Open the original (conversation %1)").arg(*c.parentId).toHtmlEscaped());
    m_details->setText(html);
    const bool grounded = c.documentId.has_value();
    m_groundingHeading->setVisible(grounded);
    m_grounding->setVisible(grounded && !m_groundingText.isEmpty());
    if (grounded) {
        m_groundingHeading->setText(tr("<b>Grounded in</b> %1, chunk %2")
                                        .arg(m_groundingTitle.toHtmlEscaped())
                                        .arg(c.chunkIndex.value_or(0) + 1));
        m_grounding->setPlainText(m_groundingText);
    }
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
    for (TurnBubble *b : std::as_const(m_bubbles))
        b->setActionsEnabled(editable, !runBusy, whyNot);
    m_approve->setEnabled(editable);
    m_reject->setEnabled(editable);
    for (QToolButton *star : std::as_const(m_stars))
        star->setEnabled(editable);
    m_notes->setReadOnly(!editable);
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
    QPalette p = m_messageBar->palette();
    const QPalette app = palette();
    const QColor tint = problem ? QColor(0xda, 0x44, 0x53) : app.color(QPalette::Highlight);
    QColor fill = app.color(QPalette::Window);
    fill = QColor::fromRgbF(float(fill.redF() * 0.8 + tint.redF() * 0.2),
                            float(fill.greenF() * 0.8 + tint.greenF() * 0.2),
                            float(fill.blueF() * 0.8 + tint.blueF() * 0.2));
    p.setColor(QPalette::Window, fill);
    m_messageBar->setPalette(p);
    m_message->setProperty("problem", problem);
    m_messageBar->setVisible(true);
}

void ConversationEditor::clearMessage()
{
    if (m_readOnly)
        return;
    m_messageBar->setVisible(false);
    m_message->clear();
}

void ConversationEditor::perform(const QString &text, const std::function<bool(QString *)> &doIt,
                                 const std::function<bool(QString *)> &undo, const std::function<bool(QString *)> &redo,
                                 qint64 conversationId)
{
    QString error;
    if (!doIt(&error)) {
        showMessage(error, true);
        return;
    }
    if (!m_readOnly)
        clearMessage();
    m_undo->push(new CurationCommand(this, text, conversationId, undo, redo));
    reload();
    Q_EMIT conversationEdited(conversationId);
}

void ConversationEditor::applied(qint64 conversationId, bool ok, const QString &error)
{
    if (conversationId != m_conversationId) {
        showConversation(conversationId);
    } else {
        reload();
    }
    if (!ok)
        showMessage(error, true);
    Q_EMIT conversationEdited(conversationId);
}

void ConversationEditor::setReview(Store::Review review)
{
    if (m_readOnly || !m_conversation || isGenerating() || m_conversation->review == review)
        return;
    const qint64 id = m_conversation->id;
    const Store::Review before = m_conversation->review;
    const QString text = review == Store::Review::Approved ? tr("Approve conversation %1").arg(id)
        : review == Store::Review::Rejected                ? tr("Reject conversation %1").arg(id)
                                                           : tr("Clear the review of conversation %1").arg(id);
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
    if (m_readOnly || !m_conversation || isGenerating() || m_conversation->rating == rating) {
        updateSidePanel();
        return;
    }
    const qint64 id = m_conversation->id;
    const std::optional<int> before = m_conversation->rating;
    const auto set = [this, id](std::optional<int> r) {
        return [this, id, r](QString *error) { return m_store.setRating(id, r, error); };
    };
    perform(rating ? tr("Rate conversation %1 with %2 of 5").arg(id).arg(*rating)
                   : tr("Clear the rating of conversation %1").arg(id),
            set(rating), set(before), set(rating), id);
}

void ConversationEditor::commitNotes()
{
    m_notesTimer.stop();
    if (m_readOnly || !m_conversation)
        return;
    const QString notes = m_notes->toPlainText();
    if (notes == m_conversation->notes)
        return;
    const qint64 id = m_conversation->id;
    const QString before = m_conversation->notes;
    const auto set = [this, id](const QString &n) {
        return [this, id, n](QString *error) { return m_store.setNotes(id, n, error); };
    };
    perform(tr("Change the notes of conversation %1").arg(id), set(notes), set(before), set(notes), id);
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
    perform(tr("Edit message %1").arg(turn->seq + 1), set(text), set(before), set(text), m_conversation->id);
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
        tr("Delete message %1").arg(seq + 1), remove,
        [this, id, removed](QString *error) { return m_store.restoreTurn(id, *removed, error); }, remove, id);
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
    m_undo->beginMacro(tr("Regenerate conversation %1 from message %2").arg(id).arg(seq + 1));
    m_macroOpen = true;
    m_undo->push(new CurationCommand(
        this, QString(), id,
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
        }));
    startGenerating(id, QString());
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
    m_undo->beginMacro(tr("Branch conversation %1 from message %2").arg(origin).arg(seq + 1));
    m_macroOpen = true;
    m_undo->push(new CurationCommand(
        this, QString(), origin,
        [this, id, removed](QString *e) {
            const auto now = m_store.conversation(id, e);
            if (!now)
                return false;
            *removed = *now;
            if (!m_store.removeBranch(id, e))
                return false;
            m_order.removeAll(id);
            return true;
        },
        [this, id, origin, removed](QString *e) {
            if (!m_store.restoreBranch(*removed, e))
                return false;
            m_order.insert(m_order.indexOf(origin) + 1, id);
            // Shows the branch again.
            QTimer::singleShot(0, this, [this, id] { showConversation(id); });
            return true;
        }));
    m_order.insert(m_order.indexOf(origin) + 1, id);
    showConversation(id);
    startGenerating(id, QString());
}

void ConversationEditor::startGenerating(qint64 conversationId, const QString &)
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
    const qsizetype at = m_order.indexOf(m_conversationId);
    const qsizetype next = at < 0 ? 0 : at + delta;
    if (next < 0 || next >= m_order.size())
        return;
    showConversation(m_order.at(next));
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "conversation/turnlist.h"

#include "conversation/turnbubble.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

// Where a message came from, shown when the pointer rests on it.
QString provenance(const Store::StoredTurn &turn, const QHash<qint64, QString> &documentTitles)
{
    const QLocale locale;
    QStringList lines;
    lines << TurnList::tr("Model: %1 (profile %2)").arg(turn.model, turn.profile)
          << TurnList::tr("Tokens: %1 in, %2 out")
                 .arg(locale.toString(turn.inputTokens), locale.toString(turn.outputTokens))
          << TurnList::tr("Latency: %1 s").arg(locale.toString(double(turn.latencyMs) / 1000.0, 'f', 2))
          << TurnList::tr("Cost: $%1").arg(locale.toString(turn.costUsd, 'f', 5));
    if (!turn.finishReason.isEmpty())
        lines << TurnList::tr("Finished: %1").arg(turn.finishReason);
    if (turn.attempts > 1)
        lines << TurnList::tr("Attempts: %1").arg(turn.attempts);
    if (turn.documentId && turn.chunkIndex) {
        lines << TurnList::tr("Grounded in: %1, chunk %2")
                     .arg(documentTitles.value(*turn.documentId, TurnList::tr("document %1").arg(*turn.documentId)))
                     .arg(*turn.chunkIndex + 1);
    }
    if (turn.createdAt.isValid())
        lines << TurnList::tr("Written: %1").arg(locale.toString(turn.createdAt.toLocalTime(), QLocale::ShortFormat));
    if (!turn.original.isEmpty()) {
        QString original = turn.original;
        if (original.size() > 400)
            original = original.left(400) + u'…';
        lines << QString() << TurnList::tr("Edited. The generated text was:") << original;
    }
    return lines.join(u'\n');
}

QString speakerOf(const Store::StoredConversation &c, Llm::Role role)
{
    const QString persona = role == Llm::Role::User ? c.userPersona : c.assistantPersona;
    if (!persona.isEmpty())
        return persona;
    return role == Llm::Role::User ? TurnList::tr("User") : TurnList::tr("Assistant");
}

} // namespace

TurnList::TurnList(QWidget *parent)
    : FittingScrollArea(parent)
{
    setObjectName(u"chat"_s);
    m_chat = new QWidget(this);
    m_chat->setBackgroundRole(QPalette::Base);
    m_chat->setAutoFillBackground(true);
    m_layout = new QVBoxLayout(m_chat);
    m_layout->setContentsMargins(16, 16, 16, 16);
    m_layout->setSpacing(10);
    m_emptyHint = new QLabel(m_chat);
    m_emptyHint->setObjectName(u"emptyHint"_s);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addWidget(m_emptyHint);
    m_layout->addStretch(1);
    setContent(m_chat);
}

TurnList::~TurnList() = default;

QString TurnList::chunkLabel(const QString &title, int chunkIndex)
{
    return tr("§%1 · %2").arg(QLocale().toString(chunkIndex + 1), title);
}

void TurnList::setSelectedTurn(qint64 turnId)
{
    m_selectedTurn = turnId;
    for (TurnBubble *bubble : std::as_const(m_bubbles))
        bubble->setSelected(turnId != 0 && bubble->turnId() == turnId);
}

QList<TurnBubble *> TurnList::bubbles() const
{
    QList<TurnBubble *> out = m_bubbles;
    if (m_streaming)
        out.append(m_streaming);
    return out;
}

void TurnList::changeEvent(QEvent *event)
{
    FittingScrollArea::changeEvent(event);
    // The system switched between a light and a dark look: the bubbles follow.
    if (event->type() == QEvent::PaletteChange) {
        for (TurnBubble *bubble : bubbles())
            bubble->updateColors();
    }
}

void TurnList::scrollToTop()
{
    verticalScrollBar()->setValue(0);
}

void TurnList::clear()
{
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
    // The rows (layouts) of the old bubbles go; the hint at the start and the stretch at the end stay.
    while (m_layout->count() > 2) {
        QLayoutItem *item = m_layout->takeAt(1);
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *child = row->takeAt(0))
                delete child;
        }
        delete item;
    }
}

void TurnList::addBubble(TurnBubble *bubble, Llm::Role role)
{
    auto *row = new QHBoxLayout;
    if (role == Llm::Role::User) {
        row->addWidget(bubble, 4);
        row->addStretch(1);
    } else {
        row->addStretch(1);
        row->addWidget(bubble, 4);
    }
    m_layout->insertLayout(m_layout->count() - 1, row);
    // At once, not when the layout gets to it: no frame without the messages.
    bubble->show();
}

void TurnList::showConversation(const Store::StoredConversation *conversation,
                                const QHash<qint64, QString> &documentTitles)
{
    // A verdict, a rating or notes leave the messages as they are: nothing to build again (and no flicker).
    QStringList shown;
    if (conversation) {
        shown << QString::number(conversation->id) << conversation->userPersona << conversation->assistantPersona;
        for (const Store::StoredTurn &turn : conversation->turns)
            shown << QString::number(turn.id) << turn.content << turn.original
                  << (turn.documentId ? documentTitles.value(*turn.documentId) : QString());
    }
    if (shown == m_shown && !m_streaming && conversation)
        return;
    m_shown = shown;
    const int scroll = verticalScrollBar()->value();
    clear();
    if (!conversation) {
        m_emptyHint->setText(tr("This conversation is not in the project (any more)."));
        m_emptyHint->setVisible(true);
        return;
    }
    const Store::StoredConversation &c = *conversation;
    m_emptyHint->setText(c.state == Store::ConversationState::Running
                             ? tr("No messages yet: the conversation is waiting to be generated.")
                             : tr("This conversation has no messages."));
    m_emptyHint->setVisible(c.turns.isEmpty());
    for (const Store::StoredTurn &turn : std::as_const(c.turns)) {
        TurnBubble::Message message;
        message.turnId = turn.id;
        message.seq = turn.seq;
        message.role = turn.role;
        message.speaker = speakerOf(c, turn.role);
        message.text = turn.content;
        message.edited = !turn.original.isEmpty();
        message.provenance = provenance(turn, documentTitles);
        if (turn.documentId && turn.chunkIndex) {
            message.grounding = chunkLabel(
                documentTitles.value(*turn.documentId, tr("document %1").arg(*turn.documentId)), *turn.chunkIndex);
        }
        auto *bubble = new TurnBubble(message, m_chat);
        bubble->setSelected(turn.id == m_selectedTurn);
        connect(bubble, &TurnBubble::selected, this, &TurnList::turnSelected);
        connect(bubble, &TurnBubble::editCommitted, this, &TurnList::editCommitted);
        connect(bubble, &TurnBubble::deleteRequested, this, &TurnList::deleteRequested);
        connect(bubble, &TurnBubble::regenerateRequested, this, &TurnList::regenerateRequested);
        connect(bubble, &TurnBubble::branchRequested, this, &TurnList::branchRequested);
        addBubble(bubble, turn.role);
        m_bubbles.append(bubble);
    }
    // After the new bubbles are laid out.
    QTimer::singleShot(0, this, [this, scroll] { verticalScrollBar()->setValue(scroll); });
}

void TurnList::startStreaming(int seq, Llm::Role role, const QString &speaker)
{
    if (m_streaming) {
        m_streaming->hide();
        m_streaming->deleteLater();
    }
    TurnBubble::Message message;
    message.seq = seq;
    message.role = role;
    message.speaker = speaker.isEmpty() ? (role == Llm::Role::User ? tr("User") : tr("Assistant")) : speaker;
    auto *bubble = new TurnBubble(message, m_chat);
    m_streaming = bubble;
    addBubble(bubble, role);
    m_emptyHint->setVisible(false);
    QTimer::singleShot(0, this, [this] { verticalScrollBar()->setValue(verticalScrollBar()->maximum()); });
}

void TurnList::appendStreamed(const QString &text)
{
    if (m_streaming)
        m_streaming->appendStreamed(text);
}

void TurnList::setActionsEnabled(bool editable, bool generate, const QString &whyNot)
{
    for (TurnBubble *b : std::as_const(m_bubbles))
        b->setActionsEnabled(editable, generate, whyNot);
}

} // namespace Dialogsmith

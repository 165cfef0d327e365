// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/chatview.h"

#include "run/liveconversationsmodel.h"

#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

#include <climits>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

constexpr int margin = 10; ///< around the content
constexpr int padding = 8; ///< inside a bubble
constexpr int gap = 10; ///< between bubbles
constexpr int radius = 8;
constexpr int textFlags = Qt::TextWordWrap;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

ChatView::ChatView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalScrollBar()->setSingleStep(20);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    m_emptyText = tr("Select a conversation to watch it being written.");
}

void ChatView::setConversation(const LiveConversation *conversation, const QString &userName,
                               const QString &assistantName)
{
    m_conversation = conversation;
    m_userName = userName;
    m_assistantName = assistantName;
    m_bubbles.clear();
    m_revision = conversation ? conversation->revision - 1 : 0;
    refresh();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void ChatView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

void ChatView::refresh()
{
    if (m_conversation && m_conversation->revision == m_revision)
        return;
    QScrollBar *bar = verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    if (m_conversation) {
        m_revision = m_conversation->revision;
        const QList<LiveConversation::Turn> &turns = m_conversation->turns;
        m_bubbles.resize(turns.size());
        for (qsizetype i = 0; i < turns.size(); ++i) {
            const LiveConversation::Turn &turn = turns.at(i);
            Bubble &b = m_bubbles[i];
            const bool streaming = !turn.complete;
            if (b.text.size() != turn.text.size() || b.streaming != streaming || b.text != turn.text) {
                b.text = turn.text;
                b.layoutWidth = -1;
            }
            b.streaming = streaming;
            b.user = turn.role == Llm::Role::User;
        }
    } else {
        m_bubbles.clear();
    }
    relayout();
    if (atEnd)
        bar->setValue(bar->maximum());
    viewport()->update();
}

int ChatView::bubbleTextWidth() const
{
    return std::max(80, int((viewport()->width() - 2 * margin) * 0.8) - 2 * padding);
}

void ChatView::relayout()
{
    const QFontMetrics metrics(font());
    const int width = bubbleTextWidth();
    int y = margin;
    for (Bubble &b : m_bubbles) {
        if (b.layoutWidth != width) {
            const QString shown = b.text.isEmpty() ? u"…"_s : b.text + (b.streaming ? u" ▍"_s : QString());
            b.textSize = metrics.boundingRect(QRect(0, 0, width, INT_MAX), textFlags, shown).size();
            b.layoutWidth = width;
        }
        b.top = y;
        b.height = metrics.height() + 2 + b.textSize.height() + 2 * padding;
        y += b.height + gap;
    }
    m_contentHeight = y + margin;
    QScrollBar *bar = verticalScrollBar();
    bar->setPageStep(viewport()->height());
    bar->setRange(0, std::max(0, m_contentHeight - viewport()->height()));
}

void ChatView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

QStringList ChatView::bubbleTexts() const
{
    QStringList texts;
    for (const Bubble &b : m_bubbles)
        texts.append(b.text);
    return texts;
}

bool ChatView::hasStreamingMessage() const
{
    return std::any_of(m_bubbles.cbegin(), m_bubbles.cend(), [](const Bubble &b) { return b.streaming; });
}

void ChatView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QPalette pal = palette();
    if (m_bubbles.isEmpty()) {
        p.setPen(pal.color(QPalette::Disabled, QPalette::Text));
        p.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin), Qt::AlignCenter | Qt::TextWordWrap,
                   m_conversation ? tr("Waiting for the first message…") : m_emptyText);
        return;
    }
    p.setRenderHint(QPainter::Antialiasing);
    const int offset = verticalScrollBar()->value();
    const int viewHeight = viewport()->height();
    const int fullWidth = viewport()->width() - 2 * margin;
    const QColor base = pal.color(QPalette::Base);
    const QColor userFill = mix(base, pal.color(QPalette::Text), 0.08);
    const QColor assistantFill = mix(base, pal.color(QPalette::Highlight), 0.22);
    const QFontMetrics metrics(font());
    QFont captionFont = font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 0.85);
    for (const Bubble &b : std::as_const(m_bubbles)) {
        const int top = b.top - offset;
        if (top + b.height < 0)
            continue;
        if (top > viewHeight)
            break;
        const int bubbleWidth = std::clamp(b.textSize.width(), 40, b.layoutWidth) + 2 * padding;
        const int left = b.user ? margin : margin + fullWidth - bubbleWidth;
        const QString caption = b.user ? (m_userName.isEmpty() ? tr("User") : m_userName)
                                       : (m_assistantName.isEmpty() ? tr("Assistant") : m_assistantName);
        p.setFont(captionFont);
        p.setPen(pal.color(QPalette::Disabled, QPalette::Text));
        const int captionWidth = std::max(bubbleWidth, 240);
        const QRect captionRect(b.user ? left + 2 : left + bubbleWidth - captionWidth - 2, top, captionWidth,
                                metrics.height());
        p.drawText(captionRect, (b.user ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                   b.streaming ? tr("%1 · writing…").arg(caption) : caption);
        const QRect bubble(left, top + metrics.height() + 2, bubbleWidth, b.textSize.height() + 2 * padding);
        QPainterPath path;
        path.addRoundedRect(bubble, radius, radius);
        p.fillPath(path, b.user ? userFill : assistantFill);
        p.setFont(font());
        p.setPen(pal.color(QPalette::Text));
        const QString shown = b.text.isEmpty() ? u"…"_s : b.text + (b.streaming ? u" ▍"_s : QString());
        p.drawText(bubble.adjusted(padding, padding, -padding, -padding), textFlags, shown);
    }
}

} // namespace Dialogsmith

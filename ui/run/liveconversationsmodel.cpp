// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/liveconversationsmodel.h"

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

/// A small dot in the state's colour: blue while written, green when complete, red when failed, grey when
/// stopped with the run.
QIcon stateDot(LiveConversation::State state)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(state));
    if (it != cache.end())
        return *it;
    QColor color;
    switch (state) {
    case LiveConversation::State::Running:
        color = QColor(0x2e, 0x86, 0xde);
        break;
    case LiveConversation::State::Complete:
        color = QColor(0x27, 0xae, 0x60);
        break;
    case LiveConversation::State::Failed:
        color = QColor(0xc0, 0x39, 0x2b);
        break;
    case LiveConversation::State::Dropped:
        color = QColor(0xe6, 0x7e, 0x22);
        break;
    case LiveConversation::State::Stopped:
        color = QColor(0x95, 0xa5, 0xa6);
        break;
    }
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(8, 8, 16, 16));
    painter.end();
    return *cache.insert(int(state), QIcon(pixmap));
}

} // namespace

LiveConversation::Turn &LiveConversation::turn(int seq, Llm::Role role)
{
    for (qsizetype i = turns.size() - 1; i >= 0; --i) {
        if (turns[i].seq == seq)
            return turns[i];
        if (turns[i].seq < seq)
            break;
    }
    Turn t;
    t.seq = seq;
    t.role = role;
    // Turns arrive in order; a resumed conversation's first one may start past 0.
    auto at = std::find_if(turns.begin(), turns.end(), [seq](const Turn &other) { return other.seq > seq; });
    return *turns.insert(at, t);
}

LiveConversationsModel::LiveConversationsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

LiveConversationsModel::~LiveConversationsModel() = default;

int LiveConversationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LiveConversationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LiveConversation &c = *m_rows.at(index.row());
    const int messages = int(std::count_if(c.turns.cbegin(), c.turns.cend(), [](const auto &t) { return t.complete; }));
    const int planned = 2 * c.info.turns;
    switch (role) {
    case Qt::DisplayRole: {
        const QString topic = c.info.topicPath.isEmpty() ? tr("(no topic)") : c.info.topicPath;
        QString status;
        switch (c.state) {
        case LiveConversation::State::Running:
            status = tr("%1 of %2 messages").arg(messages).arg(planned);
            break;
        case LiveConversation::State::Complete:
            status = tr("complete, %n message(s)", "", messages);
            break;
        case LiveConversation::State::Failed:
            status = tr("failed");
            break;
        case LiveConversation::State::Dropped:
            status = tr("dropped");
            break;
        case LiveConversation::State::Stopped:
            status = tr("stopped, %1 of %2 messages").arg(messages).arg(planned);
            break;
        }
        return tr("#%1 %2\n%3 ↔ %4 · %5")
            .arg(c.info.planIndex + 1)
            .arg(topic, c.info.userPersona, c.info.assistantPersona, status);
    }
    case Qt::ToolTipRole: {
        QString tip = tr("Conversation %1 of the run plan\nTopic: %2\nUser: %3\nAssistant: %4")
                          .arg(c.info.planIndex + 1)
                          .arg(c.info.topicPath, c.info.userPersona, c.info.assistantPersona);
        if (!c.info.scenario.isEmpty())
            tip += u'\n' + tr("Scenario: %1").arg(c.info.scenario);
        if (!c.info.documentTitle.isEmpty())
            tip += u'\n' + tr("Grounded in: %1").arg(c.info.documentTitle);
        if (c.state == LiveConversation::State::Failed)
            tip += u'\n' + tr("Failed: %1").arg(c.failure);
        else if (c.state == LiveConversation::State::Dropped)
            tip += u'\n' + tr("Dropped: %1").arg(c.failure);
        else if (c.state == LiveConversation::State::Stopped)
            tip += u'\n' + tr("Stopped: %1").arg(c.failure);
        return tip;
    }
    case Qt::DecorationRole:
        return stateDot(c.state);
    case PlanIndexRole:
        return c.info.planIndex;
    case StateRole:
        return int(c.state);
    default:
        return {};
    }
}

const LiveConversation *LiveConversationsModel::conversation(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).get() : nullptr;
}

const LiveConversation *LiveConversationsModel::byPlanIndex(int planIndex) const
{
    return find(planIndex);
}

int LiveConversationsModel::rowOf(int planIndex) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i)->info.planIndex == planIndex)
            return int(i);
    }
    return -1;
}

LiveConversation *LiveConversationsModel::find(int planIndex) const
{
    return m_byPlan.value(planIndex).get();
}

void LiveConversationsModel::touch(LiveConversation &conversation)
{
    ++conversation.revision;
    m_dirty = true;
}

void LiveConversationsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_byPlan.clear();
    m_finishedCount = 0;
    m_dirty = false;
    endResetModel();
}

void LiveConversationsModel::conversationStarted(const Engine::ConversationInfo &info)
{
    if (LiveConversation *existing = find(info.planIndex)) {
        // Started again (a resumed run): the old entry goes, the new one comes first.
        const int row = rowOf(info.planIndex);
        beginRemoveRows({}, row, row);
        if (existing->state != LiveConversation::State::Running)
            --m_finishedCount;
        m_rows.removeAt(row);
        m_byPlan.remove(info.planIndex);
        endRemoveRows();
    }
    auto c = std::make_shared<LiveConversation>();
    c->info = info;
    c->conversationId = info.conversationId;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(c);
    m_byPlan.insert(info.planIndex, c);
    endInsertRows();
}

void LiveConversationsModel::turnStarted(int planIndex, int seq, Llm::Role role)
{
    if (LiveConversation *c = find(planIndex)) {
        c->turn(seq, role);
        touch(*c);
    }
}

void LiveConversationsModel::turnStreamed(int planIndex, int seq, const QString &text)
{
    if (LiveConversation *c = find(planIndex)) {
        // Even seq numbers are the user's (store/runstore.h).
        c->turn(seq, seq % 2 == 0 ? Llm::Role::User : Llm::Role::Assistant).text += text;
        touch(*c);
    }
}

void LiveConversationsModel::turnRetrying(int planIndex, int seq)
{
    if (LiveConversation *c = find(planIndex)) {
        c->turn(seq, seq % 2 == 0 ? Llm::Role::User : Llm::Role::Assistant).text.clear();
        touch(*c);
    }
}

void LiveConversationsModel::turnCompleted(const Engine::TurnInfo &turn)
{
    if (LiveConversation *c = find(turn.planIndex)) {
        LiveConversation::Turn &t = c->turn(turn.seq, turn.role);
        t.text = turn.content;
        t.complete = true;
        c->conversationId = turn.conversationId;
        if (turn.chunk.isValid())
            c->chunk = turn.chunk;
        touch(*c);
    }
}

void LiveConversationsModel::conversationFinished(qint64 conversationId, int planIndex, Store::ConversationState state,
                                                  const QString &reason)
{
    LiveConversation *c = find(planIndex);
    if (!c)
        return;
    if (conversationId > 0)
        c->conversationId = conversationId;
    if (c->state == LiveConversation::State::Running)
        ++m_finishedCount;
    c->state = state == Store::ConversationState::Failed ? LiveConversation::State::Failed
        : state == Store::ConversationState::Dropped     ? LiveConversation::State::Dropped
                                                         : LiveConversation::State::Complete;
    c->failure = reason;
    // Messages that never completed are void.
    c->turns.removeIf([](const LiveConversation::Turn &t) { return !t.complete; });
    touch(*c);
    trim();
}

void LiveConversationsModel::runStopped(const QString &reason)
{
    for (const std::shared_ptr<LiveConversation> &c : std::as_const(m_rows)) {
        if (c->state != LiveConversation::State::Running)
            continue;
        ++m_finishedCount;
        c->state = LiveConversation::State::Stopped;
        c->failure = reason;
        c->turns.removeIf([](const LiveConversation::Turn &t) { return !t.complete; });
        touch(*c);
    }
    trim();
    flush();
}

void LiveConversationsModel::trim()
{
    // The oldest finished conversations go first: those are at the end.
    for (qsizetype row = m_rows.size() - 1; row >= 0 && m_finishedCount > m_finishedCap; --row) {
        if (m_rows.at(row)->state == LiveConversation::State::Running)
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_byPlan.remove(m_rows.at(row)->info.planIndex);
        m_rows.removeAt(row);
        --m_finishedCount;
        endRemoveRows();
    }
}

void LiveConversationsModel::flush()
{
    if (!m_dirty || m_rows.isEmpty())
        return;
    m_dirty = false;
    // One signal for all rows: a view repaints only what is visible.
    Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                       {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, StateRole});
}

} // namespace Dialogsmith

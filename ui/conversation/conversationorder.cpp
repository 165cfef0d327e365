// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "conversation/conversationorder.h"

#include "dataset/datasetmodel.h"

#include <QSet>

namespace Dialogsmith {

ConversationOrder::ConversationOrder(QObject *parent)
    : QObject(parent)
{ }

ConversationOrder::~ConversationOrder()
{
    setWatching(false);
}

void ConversationOrder::setIds(const QList<qint64> &ids)
{
    setWatching(false);
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model.clear();
    m_ids = ids;
    Q_EMIT changed();
}

void ConversationOrder::follow(DatasetModel *model)
{
    if (model == m_model)
        return;
    const bool watching = m_watching;
    setIds(model ? model->ids() : m_ids);
    if (!model)
        return;
    m_model = model;
    // The ids are shared with the model's (a copy only when one side changes): keeping them costs nothing.
    connect(model, &DatasetModel::loaded, this, [this] {
        m_ids = m_model->ids();
        Q_EMIT changed();
    });
    connect(model, &QObject::destroyed, this, &ConversationOrder::changed, Qt::QueuedConnection);
    setWatching(watching);
}

void ConversationOrder::setWatching(bool watching)
{
    if (m_model)
        m_model->setWatchedBy(this, watching);
    m_watching = watching;
}

void ConversationOrder::refresh()
{
    if (m_model)
        m_model->refresh();
}

QList<qint64> ConversationOrder::ids() const
{
    return m_model ? m_model->ids() : m_ids;
}

void ConversationOrder::remember(qint64 id)
{
    const QList<qint64> now = ids();
    if (now.contains(id)) {
        m_remembered = now;
        m_rememberedId = id;
    }
}

std::optional<qint64> ConversationOrder::step(qint64 id, int delta) const
{
    const QList<qint64> now = ids();
    if (now.isEmpty() || delta == 0)
        return std::nullopt;
    if (const qsizetype at = now.indexOf(id); at >= 0) {
        const qsizetype next = at + delta;
        if (next < 0 || next >= now.size())
            return std::nullopt;
        return now.at(next);
    }
    // Gone from the list: the nearest conversation beyond the place it had that is still listed.
    if (id == m_rememberedId) {
        const QSet<qint64> listed(now.cbegin(), now.cend());
        const qsizetype was = m_remembered.indexOf(id);
        for (qsizetype i = was + (delta > 0 ? 1 : -1); i >= 0 && i < m_remembered.size(); i += delta > 0 ? 1 : -1) {
            if (listed.contains(m_remembered.at(i)))
                return m_remembered.at(i);
        }
        return std::nullopt;
    }
    // Never listed (a branch not read yet, another list): next is the first, previous nothing.
    return delta > 0 ? std::optional<qint64>(now.constFirst()) : std::nullopt;
}

void ConversationOrder::insertAfter(qint64 origin, qint64 id)
{
    if (m_model) {
        m_model->refresh();
        return;
    }
    if (m_ids.contains(id))
        return;
    m_ids.insert(m_ids.indexOf(origin) + 1, id);
    Q_EMIT changed();
}

void ConversationOrder::remove(qint64 id)
{
    if (m_model) {
        m_model->refresh();
        return;
    }
    if (m_ids.removeAll(id) > 0)
        Q_EMIT changed();
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Dialogsmith {

class DatasetModel;

/// Where next and previous (J / K) lead in the conversation editor: the conversations in the order the
/// dataset view lists them now, followed as they change (a filter, a sort, rows a run adds), or a fixed list.
/// A conversation that has left the list (a verdict a review filter excludes, say) still has a next and a
/// previous one: those around the place it had.
class ConversationOrder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationOrder)

public:
    explicit ConversationOrder(QObject *parent = nullptr);
    ~ConversationOrder() override;

    /// A fixed order (stops following a model).
    void setIds(const QList<qint64> &ids);
    /// Follows the ids `model` lists, in its order, until it is gone; then keeps the last ones it listed.
    void follow(DatasetModel *model);
    bool isFollowing() const { return !m_model.isNull(); }
    /// Asks the followed model to watch the project for changes (while the editor is shown) or not.
    void setWatching(bool watching);
    /// Asks the followed model to read its ids again now (after a change that may move a conversation).
    void refresh();

    QList<qint64> ids() const;
    qsizetype size() const { return ids().size(); }
    /// The place of `id` in the order, or -1.
    qsizetype indexOf(qint64 id) const { return ids().indexOf(id); }
    /// The conversation `delta` places from `id` (1 next, -1 previous), if there is one.
    std::optional<qint64> step(qint64 id, int delta) const;
    /// Notes where `id` is now, so that step() still knows its neighbours once it has left the list.
    void remember(qint64 id);

    /// For a fixed order: a branch made from `origin` comes right after it; removed again when undone.
    void insertAfter(qint64 origin, qint64 id);
    void remove(qint64 id);

Q_SIGNALS:
    /// The order changed: positions shown need updating.
    void changed();

private:
    QPointer<DatasetModel> m_model;
    QList<qint64> m_ids; ///< the fixed order, or the last the model listed
    QList<qint64> m_remembered; ///< the order when remember() last found its id in it
    qint64 m_rememberedId = 0;
    bool m_watching = false;
};

} // namespace Dialogsmith

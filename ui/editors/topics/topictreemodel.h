// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "editors/topics/topictree.h"

#include <QAbstractItemModel>

#include <memory>
#include <optional>
#include <vector>

namespace Dialogsmith {

class ProjectSession;

/// The project's topic tree for views: name, weight and the share of conversations each topic gets. Reads
/// the session's design; every change (rename, weight, drag and drop) is one undoable edit of the session,
/// and the model follows the design when it changes, by an edit, an undo or a redo.
class TopicTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicTreeModel)

public:
    enum Column { NameColumn, WeightColumn, ShareColumn, ColumnCount };
    static constexpr double maxWeight = 1'000'000; ///< as ProjectSpec accepts

    explicit TopicTreeModel(ProjectSession &session, QObject *parent = nullptr);
    ~TopicTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    TopicTree::Path pathOf(const QModelIndex &index) const;
    QModelIndex indexOf(const TopicTree::Path &path, int column = NameColumn) const;

    /// The MIME type of dragged topics: their paths.
    static QString mimeType();

Q_SIGNALS:
    /// A drop moved a topic to `path`: views select it there.
    void topicMoved(const Dialogsmith::TopicTree::Path &path);

private:
    struct Node;
    void follow();
    Node *nodeOf(const QModelIndex &index) const;
    /// Where a drop of `source` at (`row`, `parent`) moves it: the parent's path and the row after the
    /// source left its place; nothing when the drop is not allowed.
    std::optional<std::pair<TopicTree::Path, int>> dropTarget(const QMimeData *data, int row, const QModelIndex &parent,
                                                              TopicTree::Path *source) const;

    ProjectSession &m_session;
    std::unique_ptr<Node> m_root;
};

} // namespace Dialogsmith

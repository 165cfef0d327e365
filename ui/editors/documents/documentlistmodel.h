// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace Dialogsmith {

class ProjectSession;

/// The project's documents as a table: title (editable: renaming is an undoable step), source, size and
/// chunk count. Follows the session's design; chunk counts arrive later from a worker (setChunkCounts).
class DocumentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentListModel)

public:
    enum Column { TitleColumn, SourceColumn, SizeColumn, ChunksColumn, ColumnCount };

    explicit DocumentListModel(ProjectSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The chunk count of every document, in order; an empty list: not known (yet).
    void setChunkCounts(const QList<int> &counts);

private:
    void refresh();

    ProjectSession &m_session;
    int m_rows = 0;
    QList<int> m_chunkCounts;
};

} // namespace Dialogsmith

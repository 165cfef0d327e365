// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "editors/documents/chunksearch.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>

namespace Dialogsmith {

/// The chunks a search found, best first: the document's title and the chunk's number, and a snippet of the
/// chunk around the words found (SnippetHtmlRole, the words in bold).
class ChunkSearchModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChunkSearchModel)

public:
    enum Role {
        SnippetHtmlRole = Qt::UserRole + 1,
        DocumentRowRole,
        ChunkIndexRole,
    };

    explicit ChunkSearchModel(QObject *parent = nullptr);

    void setHits(const QString &typed, const QList<ChunkSearchHit> &hits);
    void clear();
    const ChunkSearchHit &hit(int row) const { return m_hits.at(row); }
    QString query() const { return m_query; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// "§3 · Title": how a chunk is named in lists.
    static QString chunkLabel(const QString &title, int chunkIndex);

private:
    QList<ChunkSearchHit> m_hits;
    QStringList m_snippets;
    QStringList m_plain;
    QString m_query;
};

/// Draws a search result in two lines: the chunk's name, then its snippet with the words found marked.
class ChunkSearchDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChunkSearchDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Dialogsmith

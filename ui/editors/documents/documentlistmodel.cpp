// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/documents/documentlistmodel.h"

#include "project/projectsession.h"

#include <QLocale>

namespace Dialogsmith {

using Part = ProjectSession::Part;

DocumentListModel::DocumentListModel(ProjectSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_rows(int(session.design().documents.size()))
{
    connect(&m_session, &ProjectSession::designChanged, this, [this](ProjectSession::Parts parts) {
        if (parts & (Part::Documents | Part::Chunking))
            refresh();
    });
}

void DocumentListModel::refresh()
{
    const int rows = int(m_session.design().documents.size());
    if (rows == m_rows) {
        if (rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
        return;
    }
    // Documents are added at the end; anything else (a delete, an undo of several) is a new list.
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        if (m_chunkCounts.size() > rows)
            m_chunkCounts.clear();
        endInsertRows();
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_chunkCounts.clear();
    endResetModel();
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<Design::Document> &documents = m_session.design().documents;
    if (index.row() >= documents.size())
        return {};
    const Design::Document &document = documents.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return document.title;
        case SourceColumn:
            return document.source == u"pasted" ? tr("Pasted") : document.source;
        case SizeColumn:
            return locale.toString(document.text.size());
        case ChunksColumn:
            return index.row() < m_chunkCounts.size() ? locale.toString(m_chunkCounts.at(index.row()))
                                                      : QStringLiteral("…");
        }
        break;
    case Qt::EditRole:
        if (index.column() == TitleColumn)
            return document.title;
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn:
            return tr("Double-click or press F2 to rename.");
        case SourceColumn:
            return tr("Where the text came from.");
        case ChunksColumn:
            return tr("How many chunks the document is cut into with the current chunk settings.");
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == ChunksColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

bool DocumentListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != TitleColumn || role != Qt::EditRole)
        return false;
    const QString title = value.toString().trimmed();
    // A document needs a title (the spec refuses one without).
    if (title.isEmpty())
        return false;
    const int row = index.row();
    if (row >= m_session.design().documents.size())
        return false;
    m_session.edit(tr("Rename Document"), Part::Documents,
                   [&](Design::ProjectDesign &d) { d.documents[row].title = title; });
    return true;
}

Qt::ItemFlags DocumentListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TitleColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case SizeColumn:
        return tr("Characters");
    case ChunksColumn:
        return tr("Chunks");
    }
    return {};
}

void DocumentListModel::setChunkCounts(const QList<int> &counts)
{
    if (counts.size() != m_rows)
        return;
    m_chunkCounts = counts;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, ChunksColumn), index(m_rows - 1, ChunksColumn), {Qt::DisplayRole});
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "duplicates/duplicatesmodel.h"

#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace Dialogsmith {

namespace {

constexpr int previewLength = 160;
constexpr qsizetype idsPerQuery = 500;

// Internal ids: 0 for a group's row, the group's row + 1 for its duplicates.
quintptr groupTag(int groupRow)
{
    return quintptr(groupRow) + 1;
}

} // namespace

DuplicatesModel::DuplicatesModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

std::optional<QList<DuplicateGroupRows>> DuplicatesModel::loadGroups(const QSqlDatabase &db, QString *error)
{
    const auto groups = Quality::Deduplicator(db).groups(error);
    if (!groups)
        return std::nullopt;
    QList<qint64> ids;
    for (const Quality::DuplicateGroup &g : *groups) {
        ids.append(g.original);
        for (const auto &m : g.duplicates)
            ids.append(m.id);
    }
    // Reviews and the start of each text, a few hundred samples per query.
    QHash<qint64, DuplicateSample> samples;
    samples.reserve(ids.size());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (qsizetype at = 0; at < ids.size(); at += idsPerQuery) {
        QStringList list;
        for (qint64 id : ids.mid(at, idsPerQuery))
            list.append(QString::number(id));
        if (!q.exec(QStringLiteral("SELECT c.id, c.review, (SELECT group_concat(substr(t.content, 1, %1), ' — ') FROM "
                                   "(SELECT content FROM turns WHERE conversation_id = c.id ORDER BY seq LIMIT 2) t) "
                                   "FROM conversations c WHERE c.id IN (%2)")
                        .arg(previewLength)
                        .arg(list.join(u',')))) {
            *error = tr("Cannot read the duplicates: %1").arg(q.lastError().text());
            return std::nullopt;
        }
        while (q.next()) {
            DuplicateSample s;
            s.id = q.value(0).toLongLong();
            s.review = Store::parseReview(q.value(1).toString()).value_or(Store::Review::Generated);
            s.preview = q.value(2).toString().simplified().left(previewLength);
            samples.insert(s.id, s);
        }
    }
    QList<DuplicateGroupRows> rows;
    rows.reserve(groups->size());
    for (const Quality::DuplicateGroup &g : *groups) {
        DuplicateGroupRows row;
        row.original = samples.value(g.original);
        row.original.id = g.original;
        for (const auto &m : g.duplicates) {
            DuplicateSample s = samples.value(m.id);
            s.id = m.id;
            s.kind = m.kind;
            s.similarity = m.similarity;
            row.duplicates.append(s);
        }
        rows.append(row);
    }
    return rows;
}

void DuplicatesModel::setGroups(QList<DuplicateGroupRows> groups)
{
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

QModelIndex DuplicatesModel::indexOf(qint64 id, int column) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).original.id == id)
            return index(g, column);
        const QList<DuplicateSample> &duplicates = m_groups.at(g).duplicates;
        for (int d = 0; d < duplicates.size(); ++d) {
            if (duplicates.at(d).id == id)
                return index(d, column, index(g, 0));
        }
    }
    return {};
}

const DuplicateGroupRows *DuplicatesModel::groupAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const int group = index.internalId() == 0 ? index.row() : int(index.internalId() - 1);
    return group < m_groups.size() ? &m_groups.at(group) : nullptr;
}

const DuplicateSample *DuplicatesModel::sampleAt(const QModelIndex &index) const
{
    const DuplicateGroupRows *group = groupAt(index);
    if (!group)
        return nullptr;
    if (index.internalId() == 0)
        return &group->original;
    return index.row() < group->duplicates.size() ? &group->duplicates.at(index.row()) : nullptr;
}

QModelIndex DuplicatesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, groupTag(parent.row()));
}

QModelIndex DuplicatesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int DuplicatesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).duplicates.size());
}

int DuplicatesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString DuplicatesModel::reviewText(Store::Review review)
{
    switch (review) {
    case Store::Review::Generated:
        return tr("Unreviewed");
    case Store::Review::Edited:
        return tr("Edited");
    case Store::Review::Approved:
        return tr("Approved");
    case Store::Review::Rejected:
        return tr("Rejected");
    }
    return {};
}

QVariant DuplicatesModel::data(const QModelIndex &index, int role) const
{
    const DuplicateSample *sample = sampleAt(index);
    if (!sample)
        return {};
    const bool original = index.internalId() == 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SampleColumn:
            return original
                ? tr("%1 (%n duplicate(s))", nullptr, int(groupAt(index)->duplicates.size())).arg(sample->id)
                : QString::number(sample->id);
        case KindColumn:
            if (original)
                return tr("Original");
            return *sample->kind == Quality::DuplicateKind::Exact ? tr("Exact") : tr("Near");
        case SimilarityColumn:
            return original ? QString() : QLocale().toString(sample->similarity * 100, 'f', 0) + QStringLiteral(" %");
        case ReviewColumn:
            return reviewText(sample->review);
        case PreviewColumn:
            return sample->preview;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PreviewColumn)
            return sample->preview;
        if (index.column() == KindColumn && !original)
            return *sample->kind == Quality::DuplicateKind::Exact
                ? tr("The same text as the original once case, punctuation and spacing are set aside")
                : tr("Most of its word sequences are in the original too");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SimilarityColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SampleIdRole:
        return sample->id;
    case GroupRole:
        return groupAt(index)->original.id;
    }
    return {};
}

QVariant DuplicatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SampleColumn:
        return tr("Conversation");
    case KindColumn:
        return tr("Kind");
    case SimilarityColumn:
        return tr("Similarity");
    case ReviewColumn:
        return tr("Review");
    case PreviewColumn:
        return tr("Text");
    }
    return {};
}

} // namespace Dialogsmith

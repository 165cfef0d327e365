// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "quality/deduplicator.h"
#include "store/curationstore.h"

#include <QAbstractItemModel>
#include <QList>

#include <optional>

namespace Dialogsmith {

/// One sample as the Duplicates window lists it.
struct DuplicateSample {
    qint64 id = 0;
    std::optional<Quality::DuplicateKind> kind; ///< nothing for the group's original
    double similarity = 1;
    Store::Review review = Store::Review::Generated;
    QString preview; ///< the start of its text, on one line
};

/// A group as the window lists it: the original first, then its duplicates.
struct DuplicateGroupRows {
    DuplicateSample original;
    QList<DuplicateSample> duplicates;
};

/// The groups of duplicates of a project as a two-level tree: a group's original, with its duplicates
/// under it. Filled with setGroups() from what loadGroups() read on a worker thread.
class DuplicatesModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatesModel)

public:
    enum Column { SampleColumn, KindColumn, SimilarityColumn, ReviewColumn, PreviewColumn, ColumnCount };
    enum Role { SampleIdRole = Qt::UserRole + 1, GroupRole };

    explicit DuplicatesModel(QObject *parent = nullptr);

    /// Reads every group with the reviews and text previews of its samples (for a worker thread's connection).
    static std::optional<QList<DuplicateGroupRows>> loadGroups(const QSqlDatabase &db, QString *error);

    void setGroups(QList<DuplicateGroupRows> groups);
    const QList<DuplicateGroupRows> &groups() const { return m_groups; }
    /// Where sample `id` is listed; invalid when it is not.
    QModelIndex indexOf(qint64 id, int column = SampleColumn) const;
    /// The group of the row at `index` (an original or a duplicate); null when none.
    const DuplicateGroupRows *groupAt(const QModelIndex &index) const;
    const DuplicateSample *sampleAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString reviewText(Store::Review review);

private:
    QList<DuplicateGroupRows> m_groups;
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/datasetquery.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

class QTimer;

namespace Dialogsmith {

/// The conversations of a project as the dataset view lists them. The ids a filter selects, in the order
/// of the sorted column, are read on a pool thread with a connection of its own; the rows themselves are
/// read on demand, a page at a time, and only a few pages are kept, so 100,000 conversations open at once
/// and take little memory. While watching, it notices writes to the project (the engine's, curation's) and
/// reads the ids again, keeping the rows that stay where they are.
class DatasetModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetModel)

public:
    enum Column {
        IdColumn,
        StatusColumn,
        ModeColumn,
        TopicColumn,
        PersonasColumn,
        TurnsColumn,
        TokensColumn,
        RatingColumn,
        JudgeScoreColumn,
        QualityColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1 };

    /// `db` is the project's connection (GUI thread) for the rows; `path` its file, for the id queries.
    DatasetModel(QSqlDatabase db, QString path, QObject *parent = nullptr);
    ~DatasetModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    Store::DatasetFilter filter() const { return m_filter; }
    void setFilter(const Store::DatasetFilter &filter);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// A sample kind as the user reads it ("Knowledge Q&A" for knowledge-qa).
    static QString modeTitle(const QString &mode);
    /// A filter rule's name as the user reads it ("Refusals and boilerplate").
    static QString ruleTitle(const QString &rule);
    /// Why the current quality filter leaves `row` out, one reason each; empty when it passes.
    QStringList removedReasons(const Store::DatasetRow &row) const;

    /// The ids listed, in order.
    const QList<qint64> &ids() const { return m_ids; }
    qint64 idAt(int row) const { return m_ids.value(row); }
    /// The row of `id`, or -1.
    int rowOf(qint64 id) const;
    /// How many conversations the project has, filtered or not (as of the last read).
    qint64 total() const { return m_total; }
    /// True from the first read on.
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_loading; }
    /// How many rows are held in memory now (a few pages).
    qsizetype cachedRows() const;

    /// Reads the ids again now.
    void refresh();
    /// Reads the rows shown again now (their ids stay): after a change made here, for at once feedback.
    void reloadRows();
    /// While watching, writes to the project are noticed within about a second and the list follows them.
    void setWatching(bool watching) { setWatchedBy(this, watching); }
    /// The model watches while anyone wants it to: the view while it is shown, an editor that follows its
    /// order while that is shown.
    void setWatchedBy(const QObject *watcher, bool watching);

    /// Rows per page read at once.
    static constexpr int pageSize = 128;
    /// Pages kept in memory.
    static constexpr int maxPages = 48;

Q_SIGNALS:
    /// A read of the ids began or ended.
    void loadingChanged(bool loading);
    /// The ids were read: the list is up to date.
    void loaded();
    void readFailed(const QString &message);

private:
    struct Page {
        QList<Store::DatasetRow> rows; ///< aligned with the page's ids; id 0 for a conversation gone since
        quint64 lastUse = 0;
    };
    const Store::DatasetRow *row(int row) const;
    void startRead();
    void apply(QList<qint64> ids, qint64 total);
    void checkForChanges();

    QSqlDatabase m_db;
    QString m_path;
    Store::DatasetFilter m_filter;
    int m_sortColumn = IdColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<qint64> m_ids;
    qint64 m_total = 0;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_readQueued = false;
    quint64 m_generation = 0;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
    mutable bool m_reportedRowError = false;
    QTimer *m_watch = nullptr;
    QSet<const QObject *> m_watchers;
    std::optional<Store::DatasetStamp> m_stamp;
    QElapsedTimer m_queryTime;
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace Dialogsmith {

/// The project's runs, newest first: when, state, conversations planned, complete and failed, why it stopped.
/// Read from the project file on refresh() (a handful of rows, counted with the conversations' state index).
class RunsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsModel)

public:
    enum Column { Id, Started, State, Planned, Complete, Failed, Reason, ColumnCount };

    explicit RunsModel(QObject *parent = nullptr);

    /// Reads the runs again from `db`; keeps rows that did not change, so a view keeps its selection.
    /// Returns false and sets `error` when the file cannot be read.
    bool refresh(const QSqlDatabase &db, QString *error);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        qint64 id = 0;
        QDateTime started;
        QString state;
        QString reason;
        int planned = 0;
        int complete = 0;
        int failed = 0;
        friend bool operator==(const Row &, const Row &) = default;
    };
    QList<Row> m_rows;
};

} // namespace Dialogsmith

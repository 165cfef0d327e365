// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/runsmodel.h"

#include "store/runstore.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

QString stateText(const QString &stored)
{
    const std::optional<Store::RunState> state = Store::parseRunState(stored);
    if (!state)
        return stored;
    switch (*state) {
    case Store::RunState::Running:
        return RunsModel::tr("running or interrupted");
    case Store::RunState::Complete:
        return RunsModel::tr("complete");
    case Store::RunState::Interrupted:
        return RunsModel::tr("cancelled (resumable)");
    case Store::RunState::Stopped:
        return RunsModel::tr("stopped at the budget");
    case Store::RunState::Failed:
        return RunsModel::tr("failed");
    }
    return stored;
}

} // namespace

RunsModel::RunsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

bool RunsModel::refresh(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT r.id, r.created_at, r.state, r.stop_reason, r.planned,"
                    " (SELECT COUNT(*) FROM conversations c WHERE c.run_id = r.id AND c.state = 'complete'),"
                    " (SELECT COUNT(*) FROM conversations c WHERE c.run_id = r.id AND c.state = 'failed')"
                    " FROM runs r ORDER BY r.id DESC"_s)) {
        *error = query.lastError().text();
        return false;
    }
    QList<Row> rows;
    while (query.next()) {
        Row row;
        row.id = query.value(0).toLongLong();
        row.started = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
        row.state = query.value(2).toString();
        row.reason = query.value(3).toString();
        row.planned = query.value(4).toInt();
        row.complete = query.value(5).toInt();
        row.failed = query.value(6).toInt();
        rows.append(row);
    }
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return true;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i] == m_rows[i])
            continue;
        m_rows[i] = rows[i];
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
    return true;
}

int RunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == Id || index.column() == Planned || index.column() == Complete
            || index.column() == Failed;
        return QVariant::fromValue(Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return row.reason.isEmpty() ? QVariant() : QVariant(row.reason);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Id:
        return row.id;
    case Started:
        return locale.toString(row.started.toLocalTime(), QLocale::ShortFormat);
    case State:
        return stateText(row.state);
    case Planned:
        return locale.toString(row.planned);
    case Complete:
        return locale.toString(row.complete);
    case Failed:
        return locale.toString(row.failed);
    case Reason:
        return row.reason;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("Run");
    case Started:
        return tr("Started");
    case State:
        return tr("State");
    case Planned:
        return tr("Planned");
    case Complete:
        return tr("Complete");
    case Failed:
        return tr("Failed");
    case Reason:
        return tr("Why it stopped");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Dialogsmith

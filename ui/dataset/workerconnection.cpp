// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "dataset/workerconnection.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace Dialogsmith {

WorkerConnection::WorkerConnection(const QString &path, Access access)
{
    static std::atomic<int> counter {0};
    m_name = QStringLiteral("dialogsmith-worker-%1").arg(++counter);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(access == Access::ReadOnly
                               ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                               : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return;
    }
    if (access == Access::ReadWrite) {
        QSqlQuery pragmas(m_db);
        pragmas.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
}

WorkerConnection::~WorkerConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace Dialogsmith

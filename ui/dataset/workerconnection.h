// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Dialogsmith {

/// A connection of its own to a project file, for work on a pool thread: an SQLite connection belongs to
/// the thread that opened it, and the project's WAL mode lets it read while the studio and the engine
/// write. Closed and removed when it goes out of scope, on the same thread.
class WorkerConnection final
{
public:
    enum class Access { ReadOnly, ReadWrite };

    explicit WorkerConnection(const QString &path, Access access = Access::ReadOnly);
    ~WorkerConnection();
    WorkerConnection(const WorkerConnection &) = delete;
    WorkerConnection &operator=(const WorkerConnection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    /// Why it did not open.
    QString errorText() const { return m_error; }
    QSqlDatabase database() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace Dialogsmith

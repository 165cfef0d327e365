// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/samplereader.h"

#include <QList>
#include <QSqlDatabase>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace Dialogsmith::Export {

/// The batches of an id list, read ahead on a thread of its own with its own connection to the project, so
/// that SQLite's work overlaps the formatting and writing of the batch before (an export then uses two
/// cores). A database that cannot be opened twice (in memory) is read on the caller's thread instead.
class ReadAhead final
{
public:
    ReadAhead(const QSqlDatabase &db, SampleReader::Needs needs, QList<qint64> ids);
    ~ReadAhead();
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    /// The next batch, in the order of the ids. False at the end (`error` untouched) or on an error.
    bool next(QList<Sample> *batch, QString *error);

private:
    void run(const QString &source, SampleReader::Needs needs);

    QList<qint64> m_ids;
    qsizetype m_from = 0; ///< synchronous reading: the next batch's first id
    std::optional<SampleReader> m_reader; ///< synchronous reading

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<Sample>> m_ready;
    bool m_finished = false; ///< the thread read the last batch, or failed
    bool m_stop = false;
    QString m_error;
    std::thread m_thread;
};

} // namespace Dialogsmith::Export

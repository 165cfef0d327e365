// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "export/readahead.h"

#include <QSqlError>

#include <atomic>

namespace Dialogsmith::Export {

namespace {

// Batches waiting for the writer: enough to ride out a slow batch, few enough to keep memory flat.
constexpr size_t queueDepth = 4;

bool canOpenTwice(const QSqlDatabase &db)
{
    const QString name = db.databaseName();
    return db.driverName() == QLatin1StringView("QSQLITE") && !name.isEmpty() && name != QLatin1StringView(":memory:")
        && !name.startsWith(QLatin1StringView("file::memory:"));
}

} // namespace

ReadAhead::ReadAhead(const QSqlDatabase &db, SampleReader::Needs needs, QList<qint64> ids)
    : m_ids(std::move(ids))
{
    if (!canOpenTwice(db)) {
        m_reader.emplace(db, needs);
        return;
    }
    m_thread = std::thread([this, source = db.connectionName(), needs] { run(source, needs); });
}

ReadAhead::~ReadAhead()
{
    if (m_thread.joinable()) {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
}

void ReadAhead::run(const QString &source, SampleReader::Needs needs)
{
    static std::atomic<quint64> serial {0};
    const QString name = QStringLiteral("dialogsmith-export-read-ahead-%1").arg(++serial);
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(source, name);
        QString error;
        if (!db.open()) {
            error = SampleReader::tr("Cannot read the samples: %1").arg(db.lastError().text());
        } else {
            SampleReader reader(db, needs);
            for (qsizetype from = 0; from < m_ids.size() && error.isEmpty(); from += SampleReader::batchSize) {
                QList<Sample> batch;
                if (!reader.read(m_ids.mid(from, SampleReader::batchSize), &batch, &error))
                    break;
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stop || m_ready.size() < queueDepth; });
                if (m_stop)
                    break;
                m_ready.push_back(std::move(batch));
                lock.unlock();
                m_changed.notify_all();
            }
        }
        {
            const std::lock_guard lock(m_mutex);
            m_error = error;
            m_finished = true;
        }
        m_changed.notify_all();
    }
    QSqlDatabase::removeDatabase(name);
}

bool ReadAhead::next(QList<Sample> *batch, QString *error)
{
    batch->clear();
    if (m_reader) {
        if (m_from >= m_ids.size())
            return false;
        const QList<qint64> ids = m_ids.mid(m_from, SampleReader::batchSize);
        m_from += ids.size();
        return m_reader->read(ids, batch, error);
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
    if (!m_ready.empty()) {
        *batch = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return true;
    }
    if (!m_error.isEmpty())
        *error = m_error;
    return false;
}

} // namespace Dialogsmith::Export

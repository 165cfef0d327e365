// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "dataset/datasetupkeep.h"

#include "dataset/workerconnection.h"

#include <QFuture>
#include <QHashFunctions>
#include <QSqlQuery>
#include <QTimer>
#include <QtConcurrentRun>

#include <atomic>

namespace Dialogsmith {

struct DatasetUpkeep::Shared {
    std::atomic_bool cancel {false};
    std::atomic<qint64> done {0};
    std::atomic<qint64> total {0};
};

namespace {

/// The filter verdicts as one value, order aside: differs when a sample is caught by another rule, or
/// for another reason (the detail shows in the Quality column's tip). `filter_hits` holds hits only, a
/// small part of the samples, so reading it is quick next to the check itself.
struct HitsDigest {
    qint64 rows = 0;
    quint64 sum = 0;
    friend bool operator==(const HitsDigest &, const HitsDigest &) = default;
};

std::optional<HitsDigest> hitsDigest(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT conversation_id, rule, detail FROM filter_hits")))
        return std::nullopt;
    HitsDigest digest;
    while (q.next()) {
        ++digest.rows;
        // A sum, so the order the rows come in does not matter; wrapping around is fine.
        digest.sum
            += quint64(qHashMulti(0x5eed, q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()));
    }
    return digest;
}

struct RunResult {
    Store::QualityCounts counts;
    bool hitsChanged = false;
    qint64 indexed = 0;
    QString error;
};

} // namespace

DatasetUpkeep::DatasetUpkeep(QString path, bool writable, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_writable(writable)
    , m_progress(new QTimer(this))
{
    // Progress is read from the worker's counters now and then: no signal per batch across threads.
    m_progress->setInterval(200);
    connect(m_progress, &QTimer::timeout, this, [this] {
        if (m_shared && m_shared->total.load() > 0)
            Q_EMIT progressed(m_shared->done.load(), m_shared->total.load());
    });
}

DatasetUpkeep::~DatasetUpkeep()
{
    cancel();
}

void DatasetUpkeep::setInputs(const Quality::FilterInputs &inputs, const Store::QualityFilter &quality)
{
    m_inputs = inputs;
    m_quality = quality;
}

void DatasetUpkeep::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
    m_again = false;
}

void DatasetUpkeep::poke()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    start();
}

void DatasetUpkeep::start()
{
    m_busy = true;
    m_again = false;
    m_shared = std::make_shared<Shared>();
    m_progress->start();
    auto future = QtConcurrent::run(
        [path = m_path, writable = m_writable, inputs = m_inputs, quality = m_quality, shared = m_shared] {
            RunResult result;
            WorkerConnection connection(
                path, writable ? WorkerConnection::Access::ReadWrite : WorkerConnection::Access::ReadOnly);
            if (!connection.isOpen()) {
                result.error = connection.errorText();
                return result;
            }
            const Store::DatasetQuery query(connection.database());
            if (writable) {
                // The index first: a search is what a person waits for.
                QString error;
                const auto waiting = query.pendingTurns(&error);
                while (waiting && *waiting > 0 && !shared->cancel) {
                    const auto indexed = query.indexPendingTurns(indexBatch, &error);
                    if (!indexed || *indexed == 0)
                        break;
                    result.indexed += *indexed;
                }
                if (!shared->cancel) {
                    const std::optional<HitsDigest> before = hitsDigest(connection.database());
                    const auto outcome = Quality::FilterChecker(connection.database())
                                             .update(
                                                 inputs,
                                                 [&shared](qint64 done, qint64 total) {
                                                     shared->done = done;
                                                     shared->total = total;
                                                     return !shared->cancel;
                                                 },
                                                 &result.error);
                    if (!outcome)
                        return result;
                    // Samples examined again, or the settings applied again, mostly come to the verdicts
                    // they had: the list changes only when the verdicts do.
                    if (outcome->checked > 0 || outcome->settingsApplied) {
                        const std::optional<HitsDigest> after = hitsDigest(connection.database());
                        result.hitsChanged = !before || !after || *before != *after;
                    }
                }
            }
            if (shared->cancel)
                return result;
            if (const auto counts = query.qualityCounts(quality, QString(), &result.error))
                result.counts = *counts;
            return result;
        });
    future.then(this, [this, shared = m_shared](const RunResult &result) {
        if (shared != m_shared)
            return;
        m_busy = false;
        m_progress->stop();
        m_lastIndexed = result.indexed;
        Q_EMIT progressed(0, 0);
        if (!result.error.isEmpty())
            Q_EMIT failed(result.error);
        else if (!shared->cancel)
            Q_EMIT finished(result.counts, result.hitsChanged);
        if (m_again)
            start();
    });
}

} // namespace Dialogsmith

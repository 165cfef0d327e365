// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "duplicates/duplicatefinder.h"

#include "dataset/workerconnection.h"
#include "project/projectfile.h"
#include "project/projectsession.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QtConcurrent>

namespace Dialogsmith {

DuplicateFinder::DuplicateFinder(ProjectSession &session)
    : QObject(&session)
    , m_session(session)
{
    setObjectName(QStringLiteral("duplicateFinder"));
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &DuplicateFinder::start);
    m_watch.setInterval(watchIntervalMs);
    connect(&m_watch, &QTimer::timeout, this, &DuplicateFinder::checkForChanges);
    // A read-only project cannot keep verdicts: the finder idles.
    if (m_session.file().isReadOnly())
        return;
    connect(&m_session, &ProjectSession::designChanged, this, [this] {
        if (m_session.design().quality.duplicateThreshold != m_threshold)
            schedule();
    });
    m_watch.start();
    schedule();
}

DuplicateFinder::~DuplicateFinder()
{
    cancel();
    m_task.waitForFinished();
}

DuplicateFinder *DuplicateFinder::of(const ProjectSession &session)
{
    return session.findChild<DuplicateFinder *>(QString(), Qt::FindDirectChildrenOnly);
}

void DuplicateFinder::schedule()
{
    if (m_session.file().isReadOnly())
        return;
    if (isBusy()) {
        m_again = true;
        return;
    }
    m_settle.start();
}

void DuplicateFinder::cancel()
{
    m_again = false;
    m_settle.stop();
    if (m_cancel)
        m_cancel->store(true);
}

void DuplicateFinder::checkForChanges()
{
    if (isBusy() || m_settle.isActive())
        return;
    QString error;
    const auto stamp = Store::DatasetQuery(m_session.file().database()).stamp(&error);
    if (stamp && stamp != m_stamp)
        schedule();
}

void DuplicateFinder::start()
{
    if (isBusy())
        return;
    // Taken before the pass: what is written during it (by anyone, itself included) makes one more pass,
    // which finds nothing to do when the writes were its own.
    QString stampError;
    m_stamp = Store::DatasetQuery(m_session.file().database()).stamp(&stampError);
    m_again = false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const double threshold = m_session.design().quality.duplicateThreshold;
    Q_EMIT started();
    struct Result {
        std::optional<Quality::Deduplicator::Update> update;
        QString error;
    };
    auto result = std::make_shared<Result>();
    m_busy = true;
    m_task = QtConcurrent::run([this, path = m_session.file().path(), threshold, cancel = m_cancel, result] {
        WorkerConnection connection(path, WorkerConnection::Access::ReadWrite);
        if (!connection.isOpen()) {
            result->error = tr("Cannot open %1 to find duplicates: %2").arg(path, connection.errorText());
            return;
        }
        // Each batch is a transaction: WAL keeps them whole without waiting for the disk each time.
        QSqlQuery(connection.database()).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        QElapsedTimer sinceReport;
        sinceReport.start();
        result->update
            = Quality::Deduplicator(connection.database())
                  .update(threshold, &result->error,
                          [&](Quality::Deduplicator::Phase phase, qint64 done, qint64 total) {
                              if (cancel->load())
                                  return false;
                              if (sinceReport.elapsed() >= 100 || done == total) {
                                  sinceReport.restart();
                                  // Delivered only while the finder lives: its
                                  // destructor waits for this task.
                                  QMetaObject::invokeMethod(
                                      this, [this, phase, done, total] { Q_EMIT progressed(phase, done, total); },
                                      Qt::QueuedConnection);
                              }
                              return true;
                          });
    });
    m_task.then(this, [this, threshold, result] {
        m_busy = false;
        const bool cancelled = m_cancel && m_cancel->load();
        if (!result->update) {
            m_error = result->error;
            if (!cancelled)
                Q_EMIT failed(result->error);
            else
                Q_EMIT finished(m_summary, false);
        } else {
            m_error.clear();
            const Quality::Deduplicator::Update &u = *result->update;
            const bool changed
                = u.signedSamples > 0 || u.removed > 0 || u.verdictsChanged > 0 || !(u.summary == m_summary);
            m_summary = u.summary;
            m_threshold = threshold;
            Q_EMIT finished(m_summary, changed);
        }
        if (m_again || (!cancelled && m_session.design().quality.duplicateThreshold != threshold))
            schedule();
    });
}

} // namespace Dialogsmith

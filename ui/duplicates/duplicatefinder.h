// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "quality/deduplicator.h"
#include "store/datasetquery.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Dialogsmith {

class ProjectSession;

/// Keeps the open project's duplicate verdicts up to date in the background (Quality::Deduplicator on a
/// pool thread, on a connection of its own): when conversations complete, when curation changes a text,
/// and when the design's duplicate threshold changes. It notices writes by any connection — the engine's,
/// the curation views' — by the project file's data version, looked at every `watchIntervalMs`; a pass that
/// finds nothing new reads a little and writes nothing, so the studio settles.
///
/// One per open project, a child of its ProjectSession (of()); the main window feeds it the run
/// controller's signals through schedule().
class DuplicateFinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicateFinder)

public:
    static constexpr int watchIntervalMs = 1500;
    static constexpr int settleMs = 300; ///< how long schedule() waits for more to come

    explicit DuplicateFinder(ProjectSession &session);
    /// Cancels a pass in progress and waits for it (at most one batch).
    ~DuplicateFinder() override;

    /// The session's finder; null when the main window made none (a read-only project has one that idles).
    static DuplicateFinder *of(const ProjectSession &session);

    bool isBusy() const { return m_busy; }
    /// The counts after the last pass (all zero before the first).
    const Quality::DuplicateSummary &summary() const { return m_summary; }
    /// The threshold of the last pass's verdicts.
    double threshold() const { return m_threshold; }
    /// Why the last pass failed; empty when it did not.
    QString lastError() const { return m_error; }

public Q_SLOTS:
    /// Runs a pass soon (again after the one in progress).
    void schedule();
    /// Stops the pass in progress after its current batch; what it signed is kept.
    void cancel();

Q_SIGNALS:
    void started();
    void progressed(Dialogsmith::Quality::Deduplicator::Phase phase, qint64 done, qint64 total);
    /// A pass ended; `changed` when verdicts or signatures differ from before it.
    void finished(const Dialogsmith::Quality::DuplicateSummary &summary, bool changed);
    void failed(const QString &message);

private:
    void start();
    void checkForChanges();

    ProjectSession &m_session;
    QTimer m_settle;
    QTimer m_watch;
    QFuture<void> m_task; ///< the pass on the pool, without its continuation (the destructor waits for it)
    bool m_busy = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_again = false;
    std::optional<Store::DatasetStamp> m_stamp;
    Quality::DuplicateSummary m_summary;
    double m_threshold = -1;
    QString m_error;
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "quality/filters.h"
#include "store/datasetquery.h"

#include <QObject>

#include <memory>

class QTimer;

namespace Dialogsmith {

/// The dataset view's work in the background, on a pool thread with a connection of its own: adds the turns
/// written since to the full-text index in small transactions (so the first search after a big run is
/// fast), brings the filter rules' verdicts up to date (Quality::FilterChecker, a batch per transaction),
/// and counts what the quality settings catch. Runs again when poked while it works; never blocks the GUI
/// and stops at the next batch when cancelled or destroyed.
class DatasetUpkeep final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetUpkeep)

public:
    /// `writable`: false for a read-only project (nothing is indexed or checked; counts only).
    DatasetUpkeep(QString path, bool writable, QObject *parent = nullptr);
    ~DatasetUpkeep() override;

    void setInputs(const Quality::FilterInputs &inputs, const Store::QualityFilter &quality);
    /// Something may have changed (a write, a setting): runs now, or again when the run under way ends.
    void poke();
    /// Stops the run under way at its next batch.
    void cancel();
    bool isBusy() const { return m_busy; }
    /// Turns indexed by the last run.
    qint64 lastIndexed() const { return m_lastIndexed; }

    /// Turns per transaction of the index: small, so the engine's writes never wait long.
    static constexpr int indexBatch = 500;

Q_SIGNALS:
    /// Samples checked so far of those to check (0 of 0 when it is done).
    void progressed(qint64 done, qint64 total);
    /// A run ended with fresh counts; `hitsChanged` when the filter verdicts differ from before it (the
    /// list may change). A run that examines new or edited samples and finds what was there before, or
    /// only fills the full-text index, leaves it false.
    void finished(const Dialogsmith::Store::QualityCounts &counts, bool hitsChanged);
    void failed(const QString &message);

private:
    struct Shared;
    void start();

    QString m_path;
    bool m_writable = true;
    Quality::FilterInputs m_inputs;
    Store::QualityFilter m_quality;
    std::shared_ptr<Shared> m_shared;
    QTimer *m_progress = nullptr;
    bool m_busy = false;
    bool m_again = false;
    qint64 m_lastIndexed = 0;
};

} // namespace Dialogsmith

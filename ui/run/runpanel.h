// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/runtypes.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;

namespace Dialogsmith {

class RunController;

/// The bottom dock: the state of the current run and the buttons that steer it. As tall as its content.
class RunPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPanel)

public:
    /// `start`, `pause` and `cancel` are the Run menu's actions, shown here as buttons; `run` must outlive
    /// the panel.
    RunPanel(RunController &run, QAction *start, QAction *pause, QAction *cancel, QWidget *parent = nullptr);

private:
    enum Figure { Done, Failed, InFlight, Tokens, Cost, RequestsPerMinute, RateLimited, FigureCount };

    void showProgress(const Engine::RunProgress &progress);
    void showState();
    void showSummary(const Engine::RunSummary &summary);

    RunController &m_run;
    QProgressBar *m_progress = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_figures[FigureCount] = {};
    /// (elapsed ms, messages, 429s) of this session's progress reports over the last minute: the rates.
    struct Sample {
        qint64 elapsedMs;
        qint64 turns;
        qint64 rateLimited;
    };
    QList<Sample> m_samples;
    QString m_finished; ///< how the last run ended, shown while idle
    int m_doneAtStart = 0; ///< conversations finished before this session of the run started (a resumed run)
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/runtypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Dialogsmith::Cli {

/// Shows a run's progress on stderr: a bar redrawn in place on a terminal, a plain line every few seconds
/// otherwise (a log file, a CI job).
class ProgressPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressPrinter)

public:
    explicit ProgressPrinter(bool terminal)
        : m_terminal(terminal)
    {
        m_sinceLine.start();
    }

    void started(const Engine::RunProgress &progress, bool resumed);
    void update(const Engine::RunProgress &progress);
    void message(const QString &text);
    void finished(const Engine::RunSummary &summary);

    /// One line: counts, tokens, cost, rate and, from what finished since `doneAtStart`, the time left.
    static QString describe(const Engine::RunProgress &progress, int doneAtStart);

private:
    void clearLine();

    bool m_terminal;
    bool m_barShown = false;
    int m_doneAtStart = 0;
    QElapsedTimer m_sinceLine;
};

} // namespace Dialogsmith::Cli

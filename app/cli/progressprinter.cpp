// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/progressprinter.h"

#include <cstdio>

namespace Dialogsmith::Cli {

namespace {

constexpr qint64 plainLineIntervalMs = 5000;
constexpr int barWidth = 24;

QString duration(qint64 seconds)
{
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void print(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

} // namespace

QString ProgressPrinter::describe(const Engine::RunProgress &p, int doneAtStart)
{
    const int done = p.complete + p.failed;
    QString text = tr("%1/%2 conversations").arg(done).arg(p.planned);
    if (p.failed > 0)
        text += tr(", %n failed", "", p.failed);
    text += tr(" · %1 tokens").arg(QLocale().toString(p.inputTokens + p.outputTokens));
    if (p.costUsd > 0 || p.budgetUsd > 0) {
        text += QStringLiteral(" · $") + QString::number(p.costUsd, 'f', 4);
        if (p.budgetUsd > 0)
            text += QStringLiteral(" / $") + QString::number(p.budgetUsd, 'f', 2);
    }
    if (p.rateLimited > 0)
        text += tr(" · %n rate-limited", "", int(p.rateLimited));
    const double seconds = p.elapsedMs / 1000.0;
    if (seconds > 1 && p.turns > 0) {
        text += tr(" · %1 messages/s").arg(QString::number(p.turns / seconds, 'f', 1));
        const int remaining = p.planned - done;
        // At the rate conversations finished in this session, once there is one to go by.
        const int finishedNow = done - doneAtStart;
        if (remaining > 0 && finishedNow > 0)
            text += tr(" · ETA %1").arg(duration(qint64(seconds / finishedNow * remaining)));
    }
    if (p.paused)
        text += tr(" · paused");
    return text;
}

void ProgressPrinter::clearLine()
{
    if (m_terminal && m_barShown) {
        print(QStringLiteral("\r\033[K"));
        m_barShown = false;
    }
}

void ProgressPrinter::started(const Engine::RunProgress &p, bool resumed)
{
    clearLine();
    const int done = p.complete + p.failed;
    m_doneAtStart = done;
    print((resumed ? tr("Resuming run %1: %2 of %3 conversations already done.").arg(p.runId).arg(done).arg(p.planned)
                   : tr("Run %1: generating %n conversation(s).", "", p.planned).arg(p.runId))
          + u'\n');
}

void ProgressPrinter::update(const Engine::RunProgress &p)
{
    if (m_terminal) {
        const int done = p.complete + p.failed;
        const int filled = p.planned > 0 ? int(qint64(barWidth) * done / p.planned) : 0;
        const QString bar = QString(filled, u'#') + QString(barWidth - filled, u'-');
        print(QStringLiteral("\r\033[K[") + bar + QStringLiteral("] ") + describe(p, m_doneAtStart));
        m_barShown = true;
        return;
    }
    if (m_sinceLine.elapsed() < plainLineIntervalMs)
        return;
    m_sinceLine.restart();
    print(describe(p, m_doneAtStart) + u'\n');
}

void ProgressPrinter::message(const QString &text)
{
    clearLine();
    print(text + u'\n');
}

void ProgressPrinter::finished(const Engine::RunSummary &summary)
{
    clearLine();
    if (summary.progress.runId != 0)
        print(describe(summary.progress, m_doneAtStart) + u'\n');
}

} // namespace Dialogsmith::Cli

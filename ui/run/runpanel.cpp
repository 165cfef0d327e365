// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/runpanel.h"

#include "run/runcontroller.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

QString money(double usd)
{
    // Prices are in US dollars whatever the locale: the sign goes first, the digits follow the locale.
    return u"$"_s + QLocale().toString(usd, 'f', usd < 10 ? 4 : 2);
}

/// "1 h 05 min", "4 min 10 s", "12 s"
QString duration(qint64 seconds)
{
    if (seconds >= 3600)
        return RunPanel::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
    if (seconds >= 60)
        return RunPanel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    return RunPanel::tr("%1 s").arg(seconds);
}

} // namespace

RunPanel::RunPanel(RunController &run, QAction *start, QAction *pause, QAction *cancel, QWidget *parent)
    : QWidget(parent)
    , m_run(run)
{
    m_state = new QLabel(this);
    m_state->setObjectName(u"runState"_s);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long states (and longer translations) wrap instead of widening the dock.
    m_state->setWordWrap(true);
    m_state->setMinimumWidth(160);
    m_state->setMaximumWidth(320);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%p% · ETA —"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_state);
    top->addWidget(m_progress, 1);
    top->addWidget(buttonFor(start, this));
    top->addWidget(buttonFor(pause, this));
    top->addWidget(buttonFor(cancel, this));

    // The figures a user watches during a run, in the order they ask about them.
    const QString captions[FigureCount]
        = {tr("Samples done"),      tr("Failed"), tr("In flight"), tr("Tokens"), tr("Cost"), tr("Requests per minute"),
           tr("Rate limited (429)")};
    const QString tips[FigureCount] = {
        tr("Samples (conversations, pairs, triplets…) complete in this run, of those planned"),
        tr("Samples that failed: the dataset shows why"),
        tr("Samples being written now"),
        tr("Input and output tokens the run has used, against its token budget"),
        tr("What the run has cost so far (from the project's prices), against its budget"),
        tr("Messages completed per minute, over the last minute"),
        tr("Requests the provider refused with 429 (too many requests) in the last minute, and in this session; "
           "the engine waits and retries them"),
    };
    const char *const names[FigureCount]
        = {"figureDone", "figureFailed", "figureInFlight", "figureTokens", "figureCost", "figureRpm", "figure429"};
    auto *figures = new QGridLayout;
    figures->setHorizontalSpacing(24);
    for (int i = 0; i < FigureCount; ++i) {
        auto *caption = new QLabel(captions[i], this);
        caption->setEnabled(false);
        caption->setWordWrap(true);
        caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        caption->setToolTip(tips[i]);
        auto *value = new QLabel(this);
        value->setObjectName(QString::fromLatin1(names[i]));
        value->setToolTip(tips[i]);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.3);
        value->setFont(big);
        figures->addWidget(value, 0, i);
        figures->addWidget(caption, 1, i);
        m_figures[i] = value;
    }
    // The figures share the width: captions wrap only where the dock is too narrow for them (long translations).
    for (int i = 0; i < FigureCount; ++i)
        figures->setColumnStretch(i, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(figures);
    // As tall as its content and no taller: the dock leaves the rest of the window to the editors instead
    // of showing an empty band.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    connect(&m_run, &RunController::stateChanged, this, &RunPanel::showState);
    connect(&m_run, &RunController::runStarted, this, [this](const Engine::RunProgress &progress, bool) {
        m_samples.clear();
        m_finished.clear();
        m_doneAtStart = progress.complete + progress.failed;
        showProgress(progress);
    });
    connect(&m_run, &RunController::progressed, this, &RunPanel::showProgress);
    connect(&m_run, &RunController::sessionChanged, this, [this] {
        m_samples.clear();
        m_finished.clear();
        m_doneAtStart = 0;
        showProgress({});
        showState();
    });
    connect(&m_run, &RunController::runFinished, this, &RunPanel::showSummary);
    showProgress({});
    showState();
}

void RunPanel::showProgress(const Engine::RunProgress &p)
{
    const QLocale locale;
    const int done = p.complete + p.failed;
    m_progress->setRange(0, std::max(1, p.planned));
    m_progress->setValue(std::min(done, std::max(1, p.planned)));

    m_samples.append({p.elapsedMs, p.turns, p.rateLimited});
    while (m_samples.size() > 2 && m_samples.first().elapsedMs < p.elapsedMs - 60'000)
        m_samples.removeFirst();
    const Sample &first = m_samples.constFirst();
    const double windowMin = double(p.elapsedMs - first.elapsedMs) / 60'000.0;
    const double perMinute = windowMin > 0 ? double(p.turns - first.turns) / windowMin : 0;
    const qint64 recent429 = p.rateLimited - first.rateLimited;

    // ETA from this session's pace: conversations finished since it started (a resumed run counts those of
    // earlier sessions in `done`) over the time they took.
    QString eta = tr("ETA —");
    const int sessionDone = done - m_doneAtStart;
    if (m_run.state() == RunController::State::Running && sessionDone > 0 && p.elapsedMs > 2000 && p.planned > done) {
        const double perConversationMs = double(p.elapsedMs) / sessionDone;
        eta = tr("ETA %1").arg(duration(qint64(std::ceil(perConversationMs * (p.planned - done) / 1000.0))));
    } else if (p.planned > 0 && done >= p.planned) {
        eta = tr("done");
    }
    m_progress->setFormat(tr("%1 of %2 · %3").arg(locale.toString(done), locale.toString(p.planned), eta));

    m_figures[Done]->setText(p.planned > 0 ? tr("%1 / %2").arg(locale.toString(p.complete), locale.toString(p.planned))
                                           : locale.toString(p.complete));
    m_figures[Failed]->setText(locale.toString(p.failed));
    m_figures[InFlight]->setText(locale.toString(p.running));
    const qint64 tokens = p.inputTokens + p.outputTokens;
    m_figures[Tokens]->setText(p.budgetTokens > 0
                                   ? tr("%1 of %2").arg(locale.toString(tokens), locale.toString(p.budgetTokens))
                                   : locale.toString(tokens));
    m_figures[Cost]->setText(p.budgetUsd > 0 ? tr("%1 of %2").arg(money(p.costUsd), money(p.budgetUsd))
                                             : money(p.costUsd));
    m_figures[RequestsPerMinute]->setText(locale.toString(qint64(std::lround(perMinute))));
    m_figures[RateLimited]->setText(
        p.rateLimited > 0 ? tr("%1 (%2 in all)").arg(locale.toString(recent429), locale.toString(p.rateLimited))
                          : locale.toString(0));
    // A budget nearly spent, or 429s right now, is what the user should notice.
    const bool nearBudget = (p.budgetUsd > 0 && p.costUsd >= 0.9 * p.budgetUsd)
        || (p.budgetTokens > 0 && tokens >= qint64(0.9 * double(p.budgetTokens)));
    // Restyling is costly (a re-polish), so only on a change.
    const auto warn = [](QLabel *label, bool on, const QString &sheet) {
        if (label->styleSheet().isEmpty() == on)
            label->setStyleSheet(on ? sheet : QString());
    };
    warn(m_figures[Cost], nearBudget, u"color: #c0392b;"_s);
    warn(m_figures[RateLimited], recent429 > 0, u"color: #d35400;"_s);
}

void RunPanel::showState()
{
    const Engine::RunProgress &p = m_run.lastProgress();
    switch (m_run.state()) {
    case RunController::State::Idle:
        m_state->setText(m_finished.isEmpty() ? tr("No run in progress") : m_finished);
        break;
    case RunController::State::Starting:
        m_state->setText(tr("Starting…"));
        break;
    case RunController::State::Running:
        m_state->setText(p.runId > 0 ? tr("Run %1 running").arg(p.runId) : tr("Running"));
        break;
    case RunController::State::Paused:
        m_state->setText(tr("Paused: messages in flight finish, no new ones start"));
        break;
    case RunController::State::Stopping:
        m_state->setText(tr("Stopping…"));
        break;
    }
    m_state->setToolTip(m_state->text());
}

void RunPanel::showSummary(const Engine::RunSummary &summary)
{
    showProgress(summary.progress);
    const qint64 run = summary.progress.runId;
    switch (summary.outcome) {
    case Engine::RunOutcome::Completed:
        m_finished = tr("Run %1 complete").arg(run);
        break;
    case Engine::RunOutcome::CompletedWithFailures:
        m_finished = tr("Run %1 complete, %n sample(s) failed", "", summary.progress.failed).arg(run);
        break;
    case Engine::RunOutcome::Interrupted:
        m_finished = tr("Run %1 cancelled: Start resumes it").arg(run);
        break;
    case Engine::RunOutcome::BudgetReached:
        m_finished = tr("Run %1 stopped at its budget").arg(run);
        break;
    case Engine::RunOutcome::Failed:
        m_finished = tr("Run failed: %1").arg(summary.reason);
        break;
    }
    showState();
}

} // namespace Dialogsmith

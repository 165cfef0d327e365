// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/commands.h"
#include "cli/progressprinter.h"
#include "engine/generationengine.h"
#include "product/productinfo.h"
#include "secrets/keychainsecretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QThread>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace Dialogsmith::Cli {

namespace {

// SIGINT and SIGTERM reach the event loop through a pipe: a signal handler may do nothing else.
int signalPipe[2] = {-1, -1};
std::atomic<int> signalsSeen {0};

void onSignal(int)
{
    // A second Ctrl+C does not wait for the engine: everything completed is already on disk.
    if (++signalsSeen > 1)
        _exit(Resumable);
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
}

void emitJson(const QJsonObject &event)
{
    std::fputs(QJsonDocument(event).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QJsonObject progressJson(const Engine::RunProgress &p)
{
    return {
        {QStringLiteral("run"), p.runId},
        {QStringLiteral("planned"), p.planned},
        {QStringLiteral("complete"), p.complete},
        {QStringLiteral("failed"), p.failed},
        {QStringLiteral("running"), p.running},
        {QStringLiteral("messages"), p.turns},
        {QStringLiteral("input_tokens"), p.inputTokens},
        {QStringLiteral("output_tokens"), p.outputTokens},
        {QStringLiteral("cost_usd"), p.costUsd},
        {QStringLiteral("rate_limited"), p.rateLimited},
        {QStringLiteral("retries"), p.retries},
        {QStringLiteral("elapsed_ms"), p.elapsedMs},
    };
}

QString outcomeName(Engine::RunOutcome outcome)
{
    switch (outcome) {
    case Engine::RunOutcome::Completed:
        return QStringLiteral("completed");
    case Engine::RunOutcome::CompletedWithFailures:
        return QStringLiteral("completed_with_failures");
    case Engine::RunOutcome::Interrupted:
        return QStringLiteral("interrupted");
    case Engine::RunOutcome::BudgetReached:
        return QStringLiteral("budget_reached");
    case Engine::RunOutcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

template<typename T>
bool readNumber(const QCommandLineParser &parser, const QString &name, T low, T high, std::optional<T> *value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const QString text = parser.value(name);
    T number {};
    if constexpr (std::is_same_v<T, double>)
        number = text.toDouble(&ok);
    else if constexpr (std::is_same_v<T, quint64>)
        number = text.toULongLong(&ok);
    else
        number = T(text.toLongLong(&ok));
    if (!ok || number < low || number > high) {
        std::fprintf(stderr, "dialogsmith-cli: %s\n",
                     qPrintable(QCoreApplication::translate("cli", "--%1 must be a number from %2 to %3, not \"%4\"")
                                    .arg(name, QString::number(low), QString::number(high), text)));
        return false;
    }
    *value = number;
    return true;
}

} // namespace

int generate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Generates conversations into a project. An unfinished run is resumed; otherwise a new run starts."));
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("cli", "The project file."));
    parser.addOption({QStringLiteral("count"),
                      QCoreApplication::translate("cli", "How many conversations a new run plans."),
                      QCoreApplication::translate("cli", "n")});
    parser.addOption({QStringLiteral("concurrency"),
                      QCoreApplication::translate("cli", "Conversations in progress at once."),
                      QCoreApplication::translate("cli", "n")});
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate("cli", "The provider profile for both sides."),
                      QCoreApplication::translate("cli", "name")});
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("cli", "The seed a new run is planned from."),
                      QCoreApplication::translate("cli", "n")});
    parser.addOption({QStringLiteral("budget-usd"),
                      QCoreApplication::translate("cli", "Stop when this much is spent (US dollars)."),
                      QCoreApplication::translate("cli", "amount")});
    parser.addOption({QStringLiteral("budget-tokens"),
                      QCoreApplication::translate("cli", "Stop when this many tokens are used."),
                      QCoreApplication::translate("cli", "n")});
    parser.addOption({QStringLiteral("new"),
                      QCoreApplication::translate("cli", "Start a new run even if the last one is unfinished.")});
    parser.addOption({QStringLiteral("retry-failed"),
                      QCoreApplication::translate("cli", "Resume the last run and retry its failed conversations.")});
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("cli", "Write events as JSON lines on the standard output.")});
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "dialogsmith-cli: %s\n", qPrintable(parser.errorText()));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Done;
    }
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "dialogsmith-cli: %s\n",
                     qPrintable(QCoreApplication::translate("cli", "generate takes one project; see --help")));
        return UsageError;
    }
    Engine::RunOptions options;
    options.streamEvents = false;
    options.newRun = parser.isSet(QStringLiteral("new"));
    options.retryFailed = parser.isSet(QStringLiteral("retry-failed"));
    if (options.newRun && options.retryFailed) {
        std::fprintf(stderr, "dialogsmith-cli: %s\n",
                     qPrintable(QCoreApplication::translate("cli", "--new and --retry-failed exclude each other")));
        return UsageError;
    }
    std::optional<qint64> count;
    std::optional<qint64> concurrency;
    if (!readNumber<qint64>(parser, QStringLiteral("count"), 1, 10'000'000, &count)
        || !readNumber<qint64>(parser, QStringLiteral("concurrency"), 1, 4096, &concurrency)
        || !readNumber<quint64>(parser, QStringLiteral("seed"), 0, (quint64(1) << 53), &options.seed)
        || !readNumber<double>(parser, QStringLiteral("budget-usd"), 0, 1e9, &options.budgetUsd)
        || !readNumber<qint64>(parser, QStringLiteral("budget-tokens"), 0, qint64(1) << 53, &options.budgetTokens))
        return UsageError;
    if (count)
        options.count = int(*count);
    if (concurrency)
        options.concurrency = int(*concurrency);
    if (parser.isSet(QStringLiteral("profile")))
        options.profile = parser.value(QStringLiteral("profile"));
    const bool json = parser.isSet(QStringLiteral("json"));

    KeychainSecretStore secrets(ProductInfo::applicationId());
    QThread thread;
    thread.setObjectName(QStringLiteral("engine"));
    auto *engine = new Engine::GenerationEngine(&secrets);
    engine->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, engine, &QObject::deleteLater);

    ProgressPrinter printer(::isatty(STDERR_FILENO) == 1);
    int exitCode = Failed;
    QObject context;
    QObject::connect(engine, &Engine::GenerationEngine::runStarted, &context,
                     [&](const Engine::RunProgress &p, bool resumed) {
                         printer.started(p, resumed);
                         if (json) {
                             QJsonObject event = progressJson(p);
                             event.insert(QStringLiteral("event"), QStringLiteral("run_started"));
                             event.insert(QStringLiteral("resumed"), resumed);
                             emitJson(event);
                         }
                     });
    QObject::connect(engine, &Engine::GenerationEngine::progressed, &context,
                     [&](const Engine::RunProgress &p) { printer.update(p); });
    QObject::connect(engine, &Engine::GenerationEngine::conversationFinished, &context,
                     [&](qint64 id, int planIndex, Store::ConversationState state, const QString &reason) {
                         if (state == Store::ConversationState::Failed)
                             printer.message(
                                 QCoreApplication::translate("cli", "Conversation %1 failed: %2").arg(id).arg(reason));
                         if (json) {
                             emitJson({{QStringLiteral("event"), QStringLiteral("conversation_finished")},
                                       {QStringLiteral("conversation"), id},
                                       {QStringLiteral("plan_index"), planIndex},
                                       {QStringLiteral("state"), Store::conversationStateName(state)},
                                       {QStringLiteral("reason"), reason}});
                         }
                     });
    if (json) {
        QObject::connect(engine, &Engine::GenerationEngine::turnCompleted, &context, [](const Engine::TurnInfo &t) {
            emitJson({{QStringLiteral("event"), QStringLiteral("turn_completed")},
                      {QStringLiteral("conversation"), t.conversationId},
                      {QStringLiteral("seq"), t.seq},
                      {QStringLiteral("role"),
                       t.role == Llm::Role::User ? QStringLiteral("user") : QStringLiteral("assistant")},
                      {QStringLiteral("model"), t.model},
                      {QStringLiteral("output_tokens"), t.outputTokens}});
        });
    }
    QObject::connect(engine, &Engine::GenerationEngine::runFinished, &context, [&](const Engine::RunSummary &s) {
        printer.finished(s);
        switch (s.outcome) {
        case Engine::RunOutcome::Completed:
            printer.message(QCoreApplication::translate("cli", "Done: run %1 is complete.").arg(s.progress.runId));
            exitCode = Done;
            break;
        case Engine::RunOutcome::CompletedWithFailures:
            printer.message(QCoreApplication::translate(
                                "cli",
                                "Run %1 is complete, but %n conversation(s) failed; \"generate --retry-failed\" "
                                "retries them.",
                                "", s.progress.failed)
                                .arg(s.progress.runId));
            exitCode = Failed;
            break;
        case Engine::RunOutcome::Interrupted:
            printer.message(QCoreApplication::translate("cli", "Interrupted; run \"generate\" again to resume."));
            exitCode = Resumable;
            break;
        case Engine::RunOutcome::BudgetReached:
            printer.message(s.reason + u' '
                            + QCoreApplication::translate("cli", "Run \"generate\" with a larger budget to go on."));
            exitCode = Resumable;
            break;
        case Engine::RunOutcome::Failed:
            std::fprintf(stderr, "dialogsmith-cli: %s\n", s.reason.toLocal8Bit().constData());
            exitCode = Failed;
            break;
        }
        if (json) {
            QJsonObject event = progressJson(s.progress);
            event.insert(QStringLiteral("event"), QStringLiteral("run_finished"));
            event.insert(QStringLiteral("outcome"), outcomeName(s.outcome));
            event.insert(QStringLiteral("reason"), s.reason);
            emitJson(event);
        }
        QCoreApplication::exit(0);
    });

    if (::pipe(signalPipe) != 0) {
        std::perror("dialogsmith-cli: pipe");
        return Failed;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &context, [&] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(signalPipe[0], &byte, 1);
        printer.message(QCoreApplication::translate(
            "cli", "Stopping; what is complete is saved. Press Ctrl+C again to quit at once."));
        QMetaObject::invokeMethod(engine, &Engine::GenerationEngine::cancel, Qt::QueuedConnection);
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    thread.start();
    const QString project = parser.positionalArguments().constFirst();
    QMetaObject::invokeMethod(
        engine, [engine, project, options] { engine->start(project, options); }, Qt::QueuedConnection);
    QCoreApplication::exec();
    thread.quit();
    thread.wait();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return exitCode;
}

} // namespace Dialogsmith::Cli

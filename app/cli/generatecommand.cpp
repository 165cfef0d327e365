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
        {QStringLiteral("dropped"), p.dropped},
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

/// Adds --json and --help, parses, and checks for one project: the exit code when the command ends here.
std::optional<int> parseRunCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
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
        std::fprintf(stderr, "dialogsmith-cli: %s\n", qPrintable(usage));
        return UsageError;
    }
    return std::nullopt;
}

/// Runs the engine on `project` until its run ends, with progress on the standard error (and events on the
/// standard output with `json`); returns the exit code. Generating and judging runs alike.
int drive(const QString &project, const Engine::RunOptions &options, bool json)
{
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
    QObject::connect(
        engine, &Engine::GenerationEngine::conversationFinished, &context,
        [&](qint64 id, int planIndex, Store::ConversationState state, const QString &reason) {
            if (state == Store::ConversationState::Failed)
                printer.message(QCoreApplication::translate("cli", "Conversation %1 failed: %2").arg(id).arg(reason));
            else if (state == Store::ConversationState::Dropped)
                printer.message(QCoreApplication::translate("cli", "Sample %1 dropped: %2").arg(id).arg(reason));
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
            printer.message(
                QCoreApplication::translate("cli",
                                            "Run %1 is complete, but %n sample(s) failed; \"generate --retry-failed\" "
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
    QMetaObject::invokeMethod(
        engine, [engine, project, options] { engine->start(project, options); }, Qt::QueuedConnection);
    QCoreApplication::exec();
    thread.quit();
    thread.wait();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return exitCode;
}

} // namespace

int generate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Generates samples into a project: conversations, or the samples of another mode. An unfinished run is "
        "resumed; otherwise a new run starts."));
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("cli", "The project file."));
    parser.addOption(
        {QStringLiteral("mode"),
         QCoreApplication::translate("cli",
                                     "What a new run makes: conversation, instruction, evol, knowledge-qa, "
                                     "preference or embedding (default: the project's mode)."),
         QCoreApplication::translate("cli", "mode")});
    parser.addOption(
        {QStringLiteral("count"),
         QCoreApplication::translate("cli", "How many samples a new run plans (evol: instructions to evolve)."),
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
    if (const auto exit = parseRunCommand(parser, arguments,
                                          QCoreApplication::translate("cli", "generate takes one project; see --help")))
        return *exit;
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
    if (parser.isSet(QStringLiteral("mode"))) {
        const QString mode = parser.value(QStringLiteral("mode"));
        options.mode = Design::parseMode(mode);
        if (!options.mode) {
            QStringList names;
            for (Design::Mode m : Design::allModes())
                names.append(Design::modeName(m));
            std::fprintf(
                stderr, "dialogsmith-cli: %s\n",
                qPrintable(QCoreApplication::translate("cli", "--mode: \"%1\" is not a mode; the modes are %2.")
                               .arg(mode, names.join(QStringLiteral(", ")))));
            return UsageError;
        }
        if (options.retryFailed) {
            std::fprintf(
                stderr, "dialogsmith-cli: %s\n",
                qPrintable(QCoreApplication::translate(
                    "cli", "--mode and --retry-failed exclude each other: retrying resumes the last run as it was")));
            return UsageError;
        }
    }
    const bool json = parser.isSet(QStringLiteral("json"));

    return drive(parser.positionalArguments().constFirst(), options, json);
}

int judge(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Judges the project's complete samples on a rubric: a judge model scores each and says why. Samples "
        "already judged on the rubric are left alone unless --again is given."));
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("cli", "The project file."));
    parser.addOption({QStringLiteral("rubric"),
                      QCoreApplication::translate("cli", "The rubric to score on (default: the project's)."),
                      QCoreApplication::translate("cli", "name")});
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate("cli", "The provider profile that judges (default: the project's)."),
                      QCoreApplication::translate("cli", "name")});
    parser.addOption({QStringLiteral("per-turn"),
                      QCoreApplication::translate("cli", "Score each assistant turn instead of the whole sample.")});
    parser.addOption({QStringLiteral("again"),
                      QCoreApplication::translate("cli", "Judge again the samples already judged on the rubric.")});
    parser.addOption({QStringLiteral("concurrency"), QCoreApplication::translate("cli", "Samples judged at once."),
                      QCoreApplication::translate("cli", "n")});
    parser.addOption({QStringLiteral("budget-usd"),
                      QCoreApplication::translate("cli", "Stop when this much is spent (US dollars)."),
                      QCoreApplication::translate("cli", "amount")});
    if (const auto exit
        = parseRunCommand(parser, arguments, QCoreApplication::translate("cli", "judge takes one project; see --help")))
        return *exit;
    Engine::RunOptions options;
    options.streamEvents = false;
    Engine::JudgeOptions judge;
    judge.again = parser.isSet(QStringLiteral("again"));
    if (parser.isSet(QStringLiteral("rubric")))
        judge.rubric = parser.value(QStringLiteral("rubric"));
    if (parser.isSet(QStringLiteral("profile")))
        judge.profile = parser.value(QStringLiteral("profile"));
    if (parser.isSet(QStringLiteral("per-turn")))
        judge.perTurn = true;
    std::optional<qint64> concurrency;
    if (!readNumber<qint64>(parser, QStringLiteral("concurrency"), 1, 4096, &concurrency)
        || !readNumber<double>(parser, QStringLiteral("budget-usd"), 0, 1e9, &options.budgetUsd))
        return UsageError;
    if (concurrency)
        options.concurrency = int(*concurrency);
    options.judge = judge;
    return drive(parser.positionalArguments().constFirst(), options, parser.isSet(QStringLiteral("json")));
}

} // namespace Dialogsmith::Cli

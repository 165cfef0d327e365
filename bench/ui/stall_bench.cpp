// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// ui_stall_bench: how fluid the studio's GUI thread stays while a run streams. A window like the main
// window's (the live preview on the right with one conversation selected and drawn, the run panel at the
// bottom) follows a run of 256 conversations at once, streamed by dialogsmith-scripted-server in its own
// process at a combined ~20,000 tokens/s. A 1 ms timer on the GUI thread measures how late the event loop
// gets to it; the targets are p99 < 16 ms (a frame) and max < 50 ms. A missed target fails (exit code 1).
#include "design/design.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "run/chatview.h"
#include "run/livepreviewpanel.h"
#include "run/runcontroller.h"
#include "run/runpanel.h"
#include "secrets/secretstore.h"
#include "store/designstore.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <unistd.h>
#include <vector>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

namespace {

constexpr double targetP99Ms = 16;
constexpr double targetMaxMs = 50;

struct Options {
    int streams = 256;
    double tokensPerSecond = 20000; ///< combined
    int tokensPerMessage = 60;
    int warmupS = 3;
    int measureS = 15;
};

/// No keys: the scripted server wants none.
class NoSecrets final : public SecretStore
{
public:
    QFuture<SecretResult> read(const QString &) override
    {
        return QtFuture::makeReadyValueFuture(SecretResult::notFound());
    }
    QFuture<SecretResult> write(const QString &, const QString &) override
    {
        return QtFuture::makeReadyValueFuture(SecretResult::failed(u"read-only"_s));
    }
    QFuture<SecretResult> remove(const QString &) override
    {
        return QtFuture::makeReadyValueFuture(SecretResult::notFound());
    }
};

Design::ProjectDesign benchDesign(const Options &o, const QString &baseUrl)
{
    Design::ProjectDesign d;
    d.name = u"GUI stall benchmark"_s;
    Design::Topic calculus {u"Calculus"_s, u"First-year calculus."_s, 1, {}};
    calculus.children = {{u"Limits"_s, {}, 1, {}}, {u"Derivatives"_s, {}, 1, {}}, {u"Integrals"_s, {}, 1, {}}};
    d.topics = {calculus};
    const auto persona = [](const QString &name, Design::Side side, const QString &description) {
        Design::Persona p;
        p.name = name;
        p.side = side;
        p.description = description;
        return p;
    };
    d.personas = {persona(u"Mia"_s, Design::Side::User, u"A first-year student."_s),
                  persona(u"Dr. Okafor"_s, Design::Side::Assistant, u"A patient tutor."_s)};
    Llm::ProviderProfile profile;
    profile.name = u"bench"_s;
    profile.model = u"bench-model"_s;
    profile.endpoints = {{baseUrl + u"/v1"_s, {}}};
    profile.limits.maxConcurrent = 2 * o.streams;
    profile.limits.firstByteTimeoutMs = 60000;
    profile.limits.idleTimeoutMs = 60000;
    d.providers = {profile};
    d.prices.set(u"bench-model"_s, {0.15, 0.6, 0, 0});
    Design::GenerationSettings &g = d.generation;
    // Enough conversations that all streams stay busy for the whole measurement.
    const double messageS = o.tokensPerMessage / (o.tokensPerSecond / o.streams);
    g.count = int(std::ceil(o.streams * (o.warmupS + o.measureS + 10) / (4 * messageS))) + o.streams;
    g.minTurns = g.maxTurns = 2;
    g.userProfile = g.assistantProfile = profile.name;
    g.concurrency = o.streams;
    g.userSampling.maxTokens = g.assistantSampling.maxTokens = 4 * o.tokensPerMessage;
    return d;
}

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return std::nan("");
    std::sort(sorted.begin(), sorted.end());
    const size_t i = std::min(sorted.size() - 1, size_t(std::ceil(p / 100.0 * double(sorted.size()))) - 1);
    return sorted[i];
}

/// The GUI thread's event deliveries, timed: how long the longest single event took to handle. Lateness of
/// the probe timer includes time the thread waited for a CPU; this is the work the studio itself did.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    std::atomic<bool> measuring {false};
    std::vector<double> longEventsMs; ///< deliveries longer than 1 ms
    double longestMs = 0;
    QString longest;
    qint64 events = 0;
    double longestCpuMs = 0; ///< the most CPU time one delivery used: the stall the studio's own work causes
    std::vector<double> cpuMs; ///< CPU time of deliveries over 0.5 ms
    QHash<QString, std::pair<int, double>> heavy; ///< deliveries over 2 ms of CPU: how many, the longest

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Other threads' events pass here too: only the GUI thread's are measured.
        if (!measuring || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = threadCpuMs();
        const QEvent::Type type = event->type();
        const char *className = receiver->metaObject()->className();
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const double cpu = threadCpuMs() - cpuBefore;
        --m_depth;
        if (cpu > 0.5)
            cpuMs.push_back(cpu);
        longestCpuMs = std::max(longestCpuMs, cpu);
        if (cpu > 2) {
            const QString what = u"event %1 to %2"_s.arg(int(type)).arg(QString::fromLatin1(className));
            heavy[what].first += 1;
            heavy[what].second = std::max(heavy[what].second, cpu);
        }
        ++events;
        if (ms > 1)
            longEventsMs.push_back(ms);
        if (ms > longestMs) {
            longestMs = ms;
            longest = u"%1 to %2"_s.arg(int(type)).arg(QString::fromLatin1(className));
        }
        return result;
    }

private:
    static double threadCpuMs()
    {
        timespec t {};
        ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    }

    int m_depth = 0;
};

/// CPU seconds of the calling thread.
double threadCpuSeconds()
{
    QFile stat(u"/proc/thread-self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return std::nan("");
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() <= 12)
        return std::nan("");
    return (fields[11].toDouble() + fields[12].toDouble()) / double(::sysconf(_SC_CLK_TCK));
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"n/a"_s;
    return QString::fromLatin1(file.readAll().split(' ').constFirst());
}

double cpuSeconds()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ui_stall_bench"_s);
    QLoggingCategory::setFilterRules(u"dialogsmith.*.debug=false\ndialogsmith.*.info=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures GUI event-loop stalls while a run streams into the studio's panels."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"controller-only"_s, u"Leave out the panels: what the run controller alone costs."_s},
        {u"streams"_s, u"Conversations streaming at once."_s, u"N"_s, u"256"_s},
        {u"tokens-per-second"_s, u"Combined tokens per second over all streams."_s, u"R"_s, u"20000"_s},
        {u"seconds"_s, u"How long to measure, after a warm-up."_s, u"S"_s, u"15"_s},
    });
    parser.process(app);
    Options o;
    o.streams = std::max(1, parser.value(u"streams"_s).toInt());
    o.tokensPerSecond = std::max(1.0, parser.value(u"tokens-per-second"_s).toDouble());
    o.measureS = std::max(1, parser.value(u"seconds"_s).toInt());

    // The project lives on a real disk under the working directory, as a user's would.
    QTemporaryDir dir(QDir::current().filePath(u"ui-stall-bench-XXXXXX"_s));
    if (!dir.isValid()) {
        std::fprintf(stderr, "ui_stall_bench: cannot make a folder under %s\n", qPrintable(QDir::currentPath()));
        return 2;
    }

    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const double perStream = o.tokensPerSecond / o.streams;
    server.start(QStringLiteral(DIALOGSMITH_SCRIPTED_SERVER_PATH),
                 {u"--port"_s, u"0"_s, u"--latency-ms"_s, u"20"_s, u"--tokens"_s, QString::number(o.tokensPerMessage),
                  u"--tokens-per-second"_s, QString::number(perStream), u"--piece"_s, u" token"_s});
    if (!server.waitForStarted(10000) || !server.waitForReadyRead(10000)) {
        std::fprintf(stderr, "ui_stall_bench: the scripted server did not start\n");
        return 2;
    }
    static const QRegularExpression listening(u"^listening on (http://127\\.0\\.0\\.1:[1-9][0-9]*)$"_s);
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(server.readLine()).trimmed());
    if (!match.hasMatch()) {
        std::fprintf(stderr, "ui_stall_bench: unexpected output from the scripted server\n");
        return 2;
    }

    QString error;
    const QString path = QDir(dir.path()).filePath(u"bench.dialogsmith"_s);
    {
        auto file = ProjectFile::create(path, &error);
        if (!file || !Store::DesignStore(file->database()).save(benchDesign(o, match.captured(1)), &error)) {
            std::fprintf(stderr, "ui_stall_bench: %s\n", qPrintable(error));
            return 2;
        }
    }
    std::unique_ptr<ProjectSession> session = ProjectSession::open(ProjectFile::open(path, &error), &error);
    if (!session) {
        std::fprintf(stderr, "ui_stall_bench: %s\n", qPrintable(error));
        return 2;
    }

    // The main window's arrangement.
    NoSecrets secrets;
    QMainWindow window;
    auto *run = new RunController(secrets, &window);
    run->setSession(session.get());
    QAction start(u"Start"_s);
    QAction pause(u"Pause"_s);
    QAction cancel(u"Cancel"_s);
    auto *central = new QLabel(u"Editor"_s, &window);
    central->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(central);
    auto *preview = new LivePreviewPanel(*run, &window);
    auto *previewDock = new QDockWidget(u"Live Preview"_s, &window);
    previewDock->setWidget(preview);
    window.addDockWidget(Qt::RightDockWidgetArea, previewDock);

    auto *panel = new RunPanel(*run, &start, &pause, &cancel, &window);
    auto *runDock = new QDockWidget(u"Run"_s, &window);
    runDock->setWidget(panel);
    window.addDockWidget(Qt::BottomDockWidgetArea, runDock);
    window.resize(1400, 860);
    window.resizeDocks({previewDock}, {420}, Qt::Horizontal);
    const bool controllerOnly = parser.isSet(u"controller-only"_s);
    QPointer<LivePreviewPanel> previewPointer = preview;
    if (controllerOnly) {
        delete previewDock;
        delete runDock;
    }
    window.show();

    // Lateness of a 1 ms timer: how long the event loop was busy elsewhere.
    QElapsedTimer clock;
    clock.start();
    std::vector<double> intervals;
    intervals.reserve(size_t(o.measureS) * 1200);
    qint64 lastNs = -1;
    bool measuring = false;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, &window, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (measuring && lastNs >= 0)
            intervals.push_back(double(now - lastNs) / 1e6 - 1.0);
        lastNs = now;
    });

    qint64 streamedChars = 0;
    qint64 streamedEvents = 0;
    QObject::connect(run, &RunController::turnStreamed, &window, [&](int, int, const QString &text) {
        if (measuring) {
            streamedChars += text.size();
            ++streamedEvents;
        }
    });
    Engine::RunProgress lastProgress;
    QObject::connect(run, &RunController::progressed, &window, [&](const Engine::RunProgress &p) { lastProgress = p; });
    double cpuStart = 0;
    double guiCpuStart = 0;
    double guiCpu = 0;
    QString loadAtStart;
    qint64 measureStartNs = 0;
    qint64 measureEndNs = 0;
    int exitCode = 0;
    Engine::RunProgress atStart;

    QObject::connect(run, &RunController::failed, &window, [&](const QString &message) {
        std::fprintf(stderr, "ui_stall_bench: the run failed: %s\n", qPrintable(message));
        exitCode = 2;
        QCoreApplication::exit(2);
    });
    QObject::connect(run, &RunController::runStarted, &window, [&] {
        probe.start();
        QTimer::singleShot(std::chrono::seconds(o.warmupS), &window, [&] {
            measuring = true;
            app.measuring = true;
            guiCpuStart = threadCpuSeconds();
            loadAtStart = loadAverage();
            lastNs = -1;
            atStart = lastProgress;
            cpuStart = cpuSeconds();
            measureStartNs = clock.nsecsElapsed();
            QTimer::singleShot(std::chrono::seconds(o.measureS), &window, [&] {
                measuring = false;
                app.measuring = false;
                guiCpu = threadCpuSeconds() - guiCpuStart;
                measureEndNs = clock.nsecsElapsed();
                probe.stop();
                run->cancel();
            });
        });
    });
    QObject::connect(run, &RunController::runFinished, &window, [&] { QCoreApplication::exit(exitCode); });
    QTimer::singleShot(0, run, &RunController::start);
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &window, [&] {
        std::fprintf(stderr, "ui_stall_bench: gave up after the time limit\n");
        QCoreApplication::exit(2);
    });
    watchdog.start(std::chrono::seconds(o.warmupS + o.measureS + 120));

    const int code = QApplication::exec();
    const bool wasSelected = preview->list()->currentIndex().isValid() && preview->chat()->conversation() != nullptr;
    server.terminate();
    server.waitForFinished(5000);
    if (code != 0)
        return code;

    const double seconds = double(measureEndNs - measureStartNs) / 1e9;
    const double cpu = cpuSeconds() - cpuStart;
    // " token" is six characters a token.
    const double tokensPerSecond = double(streamedChars) / 6.0 / seconds;
    const double p50 = percentile(intervals, 50);
    const double p99 = percentile(intervals, 99);
    const double max = intervals.empty() ? std::nan("") : *std::max_element(intervals.begin(), intervals.end());
    const int messages = int(lastProgress.turns - atStart.turns);
    std::printf("ui_stall_bench: %d streams, %.0f tokens/s asked\n", o.streams, o.tokensPerSecond);
    std::printf("  measured for    %.1f s after %d s warm-up\n", seconds, o.warmupS);
    std::printf("  streamed        %.0f tokens/s into the GUI (%lld batches, %.0f per second), %d messages stored\n",
                tokensPerSecond, static_cast<long long>(streamedEvents), double(streamedEvents) / seconds, messages);
    std::printf("  in flight       %d conversations at the end\n", lastProgress.running);
    std::printf(
        "  timer lateness  p50 %.2f ms, p99 %.2f ms (target < %.0f), max %.2f ms (target < %.0f), %zu samples\n", p50,
        p99, targetP99Ms, max, targetMaxMs, intervals.size());
    std::printf(
        "  GUI thread      %.2f s CPU in %.1f s (%.0f%%); %lld events, %zu took over 1 ms, p99 of those %.2f ms; "
        "longest %.2f ms (event %s)\n",
        guiCpu, seconds, 100 * guiCpu / seconds, static_cast<long long>(app.events), app.longEventsMs.size(),
        percentile(app.longEventsMs, 99), app.longestMs, qPrintable(app.longest));
    std::printf(
        "  work per event  longest %.2f ms of GUI-thread CPU in one event; p99 of events over 0.5 ms: %.2f ms (%zu)\n",
        app.longestCpuMs, percentile(app.cpuMs, 99), app.cpuMs.size());
    for (auto it = app.heavy.cbegin(); it != app.heavy.cend(); ++it)
        std::printf("    over 2 ms CPU: %s: %d times, longest %.2f ms\n", qPrintable(it.key()), it->first, it->second);
    std::printf("  machine         load average %s at the start, %s at the end, %ld CPUs\n", qPrintable(loadAtStart),
                qPrintable(loadAverage()), ::sysconf(_SC_NPROCESSORS_ONLN));
    std::printf("  process CPU     %.2f s in %.1f s (all threads, %.0f%%)\n", cpu, seconds, 100 * cpu / seconds);
    std::printf("  selected        %s\n", wasSelected ? "one conversation, drawn live" : "none");
    const bool met = p99 < targetP99Ms && max < targetMaxMs;
    std::printf("  verdict         %s\n", met ? "met" : "MISSED");
    const QJsonObject json {
        {u"bench"_s, u"ui_stall"_s},
        {u"streams"_s, o.streams},
        {u"tokens_per_second_asked"_s, o.tokensPerSecond},
        {u"tokens_per_second"_s, std::round(tokensPerSecond)},
        {u"stream_batches_per_second"_s, std::round(double(streamedEvents) / seconds)},
        {u"messages"_s, messages},
        {u"seconds"_s, seconds},
        {u"lateness_p50_ms"_s, p50},
        {u"lateness_p99_ms"_s, p99},
        {u"lateness_max_ms"_s, max},
        {u"samples"_s, qint64(intervals.size())},
        {u"cpu_s"_s, cpu},
        {u"gui_thread_cpu_s"_s, guiCpu},
        {u"longest_event_ms"_s, app.longestMs},
        {u"longest_event_cpu_ms"_s, app.longestCpuMs},
        {u"load_average"_s, loadAtStart},
        {u"target_p99_ms"_s, targetP99Ms},
        {u"target_max_ms"_s, targetMaxMs},
        {u"met"_s, met},
    };
    std::printf("BENCH %s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return met && wasSelected ? 0 : 1;
}

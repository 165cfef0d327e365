// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// engine_generation_bench: the generation engine, on its own thread as the CLI runs it, generates a run of
// many multi-turn conversations against dialogsmith-scripted-server (its own process, so its CPU time is not
// the engine's) into a project on disk. It reports conversations per second against what latency and
// concurrency allow, CPU time, the store's size per message and peak memory; then it builds a project with a
// run of a million stored messages and times how long the engine takes to resume it. A missed target fails
// the run (exit code 1).
#include "design/design.h"
#include "design/projectspec.h"
#include "engine/generationengine.h"
#include "engine/workerthreads.h"
#include "llm/llmclient.h"
#include "project/projectfile.h"
#include "store/designstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

using namespace Dialogsmith;

namespace {

// The project's targets (see docs/development.md, "Benchmarks").
constexpr double targetThroughputPct = 90.0;
constexpr double targetPeakRssMb = 300.0;
constexpr double targetResumeS = 5.0;

const QString profileName = QStringLiteral("bench");

struct Options {
    int conversations = 10000;
    int turns = 4; ///< exchanges per conversation: 2 × turns calls
    int concurrency = 256;
    int latencyMs = 50;
    int tokens = 8;
    QString piece = QStringLiteral(" word");
    int unloadedCalls = 10;
    qint64 resumeMessages = 1'000'000;
    int resumeRunning = 300; ///< conversations in progress when the resumed run stopped
    int resumeRounds = 3;
    QString dir; ///< where the projects are written; empty: a temporary folder under the working directory
    bool keep = false;

    int callsPerConversation() const { return 2 * turns; }
};

[[noreturn]] void usageError(const QString &message)
{
    std::fprintf(stderr, "engine_generation_bench: %s\n", qPrintable(message));
    std::exit(2);
}

qint64 integerOption(const QCommandLineParser &parser, const QString &name, qint64 minimum)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum)
        usageError(QStringLiteral("--%1 needs a whole number >= %2").arg(name).arg(minimum));
    return value;
}

Options parseOptions(const QCoreApplication &app)
{
    const Options defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Generates a run of conversations with the engine against dialogsmith-scripted-server and reports "
        "throughput against the latency limit, CPU time, store size, peak memory, and the time to resume a run "
        "of a million stored messages."));
    parser.addHelpOption();
    const auto number = [](qint64 value) { return QString::number(value); };
    parser.addOptions({
        {QStringLiteral("conversations"), QStringLiteral("Conversations the run plans."), QStringLiteral("N"),
         number(defaults.conversations)},
        {QStringLiteral("turns"), QStringLiteral("Exchanges (question and answer) per conversation."),
         QStringLiteral("N"), number(defaults.turns)},
        {QStringLiteral("concurrency"), QStringLiteral("Conversations in progress at once."), QStringLiteral("N"),
         number(defaults.concurrency)},
        {QStringLiteral("latency-ms"), QStringLiteral("The server's delay before the first byte of each answer."),
         QStringLiteral("N"), number(defaults.latencyMs)},
        {QStringLiteral("tokens"), QStringLiteral("Text pieces per answer, sent at once."), QStringLiteral("N"),
         number(defaults.tokens)},
        {QStringLiteral("resume-messages"),
         QStringLiteral("Messages in the project the resume is timed on; 0 skips the resume."), QStringLiteral("N"),
         number(defaults.resumeMessages)},
        {QStringLiteral("resume-running"),
         QStringLiteral("Conversations of that project still in progress, with some of their messages."),
         QStringLiteral("N"), number(defaults.resumeRunning)},
        {QStringLiteral("resume-rounds"), QStringLiteral("How many times the resume is timed."), QStringLiteral("N"),
         number(defaults.resumeRounds)},
        {QStringLiteral("dir"),
         QStringLiteral("Write the projects here (a real disk: the durability cost is part of the figures); "
                        "default: a temporary folder under the working directory."),
         QStringLiteral("DIR")},
        {QStringLiteral("keep"), QStringLiteral("Keep the projects.")},
    });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    Options o;
    o.conversations = int(integerOption(parser, QStringLiteral("conversations"), 1));
    o.turns = int(integerOption(parser, QStringLiteral("turns"), 1));
    o.concurrency = int(integerOption(parser, QStringLiteral("concurrency"), 1));
    o.latencyMs = int(integerOption(parser, QStringLiteral("latency-ms"), 0));
    o.tokens = int(integerOption(parser, QStringLiteral("tokens"), 1));
    o.resumeMessages = integerOption(parser, QStringLiteral("resume-messages"), 0);
    o.resumeRunning = int(integerOption(parser, QStringLiteral("resume-running"), 0));
    o.resumeRounds = int(integerOption(parser, QStringLiteral("resume-rounds"), 1));
    o.dir = parser.value(QStringLiteral("dir"));
    o.keep = parser.isSet(QStringLiteral("keep"));
    return o;
}

double seconds(const timeval &t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

struct CpuTime {
    double userS = 0;
    double systemS = 0;
    double totalS() const { return userS + systemS; }
    CpuTime operator-(const CpuTime &earlier) const { return {userS - earlier.userS, systemS - earlier.systemS}; }
    QString describe() const
    {
        return QStringLiteral("%1 (%2 user + %3 sys)")
            .arg(totalS(), 0, 'f', 2)
            .arg(userS, 0, 'f', 2)
            .arg(systemS, 0, 'f', 2);
    }
};

/// This process's CPU time, all threads.
CpuTime ownCpu()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return {seconds(usage.ru_utime), seconds(usage.ru_stime)};
}

double ownPeakRssMb()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

/// CPU time of this process's threads by name, from /proc/self/task: which thread spends the time.
QHash<QString, CpuTime> threadCpu()
{
    QHash<QString, CpuTime> threads;
    const double tick = double(::sysconf(_SC_CLK_TCK));
    const QStringList ids = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &id : ids) {
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(id));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() <= 12)
            continue;
        const QString name = id == QString::number(::getpid())
            ? QStringLiteral("main")
            : QString::fromUtf8(line.mid(open + 1, close - open - 1));
        CpuTime &t = threads[name];
        t.userS += fields[11].toDouble() / tick;
        t.systemS += fields[12].toDouble() / tick;
    }
    return threads;
}

/// Another process's CPU time, from /proc while it runs.
CpuTime processCpu(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() <= 12)
        return {};
    const double tick = double(::sysconf(_SC_CLK_TCK));
    return {fields[11].toDouble() / tick, fields[12].toDouble() / tick};
}

/// The machine's busy and total CPU time (all CPUs), from /proc/stat: how much of it the run left idle.
struct MachineCpu {
    double busyS = 0;
    double totalS = 0;
};

MachineCpu machineCpu()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    if (fields.size() < 5 || fields.constFirst() != "cpu")
        return {};
    const double tick = double(::sysconf(_SC_CLK_TCK));
    MachineCpu cpu;
    for (qsizetype i = 1; i < fields.size() && i <= 8; ++i) {
        const double s = fields.at(i).toDouble() / tick;
        cpu.totalS += s;
        if (i != 4 && i != 5) // idle, iowait
            cpu.busyS += s;
    }
    return cpu;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    return QString::fromLatin1(file.readAll().split(' ').constFirst());
}

void raiseDescriptorLimit()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

/// The median time of a 4 KiB write and fdatasync in `dir`: what one durable commit costs at least there.
double fsyncMs(const QString &dir)
{
    const QByteArray path = QFile::encodeName(QDir(dir).filePath(QStringLiteral("fsync-probe")));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return std::nan("");
    std::vector<double> times;
    const QByteArray block(4096, 'x');
    QElapsedTimer timer;
    for (int i = 0; i < 20; ++i) {
        timer.start();
        if (::write(fd, block.constData(), size_t(block.size())) != block.size() || ::fdatasync(fd) != 0)
            break;
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    ::close(fd);
    ::unlink(path.constData());
    if (times.empty())
        return std::nan("");
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("MISSED");
}

QString fixed(double value, int decimals)
{
    return std::isnan(value) ? QStringLiteral("n/a") : QString::number(value, 'f', decimals);
}

/// The text of the bench's document: long enough for a few chunks, so half the conversations are grounded
/// and their prompts carry a chunk as real ones do.
QString documentText()
{
    const QString paragraph = QStringLiteral(
        "The derivative of a function at a point measures how fast the function changes near that point. It is the "
        "limit of the difference quotient as the step goes to zero, when this limit exists, and it is the slope of "
        "the tangent line there. A function with a derivative at a point is continuous there; the converse fails "
        "for the absolute value at zero, whose graph has a corner. The power, product, quotient and chain rules "
        "compute most derivatives without the definition.");
    QStringList paragraphs;
    for (int i = 0; i < 8; ++i)
        paragraphs.append(paragraph);
    return paragraphs.join(QStringLiteral("\n\n"));
}

Design::ProjectDesign benchDesign(const Options &o, const QString &baseUrl)
{
    Design::ProjectDesign d;
    d.name = QStringLiteral("Generation benchmark");
    const auto topic = [](const QString &name, const QString &description) {
        Design::Topic t;
        t.name = name;
        t.description = description;
        return t;
    };
    Design::Topic calculus = topic(QStringLiteral("Calculus"), QStringLiteral("First-year calculus."));
    calculus.children = {topic(QStringLiteral("Limits"), QStringLiteral("One-sided limits and continuity.")),
                         topic(QStringLiteral("Derivatives"), QStringLiteral("Rates of change and their rules.")),
                         topic(QStringLiteral("Integrals"), QStringLiteral("Areas and antiderivatives."))};
    d.topics = {calculus};
    const auto persona = [](const QString &name, Design::Side side, const QString &description) {
        Design::Persona p;
        p.name = name;
        p.side = side;
        p.description = description;
        p.relationship = side == Design::Side::User ? QStringLiteral("student") : QStringLiteral("tutor");
        p.mood = QStringLiteral("curious");
        p.knowledgeLevel = QStringLiteral("comfortable with algebra");
        p.goal = QStringLiteral("pass the exam");
        p.speakingStyle = QStringLiteral("short questions");
        p.language = QStringLiteral("English");
        return p;
    };
    d.personas = {persona(QStringLiteral("Mia"), Design::Side::User, QStringLiteral("A first-year student.")),
                  persona(QStringLiteral("Daniel"), Design::Side::User, QStringLiteral("An adult learner.")),
                  persona(QStringLiteral("Dr. Okafor"), Design::Side::Assistant, QStringLiteral("A patient tutor.")),
                  persona(QStringLiteral("Prof. Lindqvist"), Design::Side::Assistant, QStringLiteral("A lecturer."))};
    d.scenarios = {{QStringLiteral("Office hours after a lecture."), 1.0}};
    d.structures = {{QStringLiteral("tutoring"), QStringLiteral("The tutor guides with questions and hints."), 1.0}};
    d.documents = {{QStringLiteral("The derivative"), QStringLiteral("written for the benchmark"), documentText()}};

    Llm::ProviderProfile profile;
    profile.name = profileName;
    profile.kind = Llm::ProviderKind::OpenAiCompatible;
    profile.model = QStringLiteral("bench-model");
    profile.endpoints = {{baseUrl + QStringLiteral("/v1"), {}}};
    // Twice the run's concurrency: the provider limit is not what is measured.
    profile.limits.maxConcurrent = 2 * o.concurrency;
    // Generous: under load a slow call is a figure to report, not a fault to retry.
    profile.limits.firstByteTimeoutMs = 60000;
    profile.limits.idleTimeoutMs = 60000;
    d.providers = {profile};

    Design::GenerationSettings &g = d.generation;
    g.count = o.conversations;
    g.minTurns = g.maxTurns = o.turns;
    g.groundingProbability = 0.5;
    g.userProfile = g.assistantProfile = profileName;
    g.concurrency = o.concurrency;
    g.seed = 1;
    return d;
}

/// Runs the benchmark from the event loop: starts the server, times unloaded calls, runs the engine, then
/// builds the large project and times resuming it.
class GenerationBench final
{
    Q_DISABLE_COPY_MOVE(GenerationBench)

public:
    explicit GenerationBench(const Options &options);
    ~GenerationBench();
    void start();

private:
    enum class Phase { StartingServer, Unloaded, Generating, Resuming, Done };

    void onServerOutput();
    void onListening(const QString &url);
    void submitUnloaded();
    void onUnloadedEnded(const Llm::ChatResult *result, const Llm::ProviderError *error);
    void startGeneration();
    void onRunStarted(const Engine::RunProgress &progress, bool resumed);
    void onRunFinished(const Engine::RunSummary &summary);
    void measureStore();
    bool buildResumeProject(QString *error);
    void startResume();
    void report();
    void fail(const QString &why);
    void shutDown(int exitCode);

    Options m_options;
    QString m_baseUrl;
    QElapsedTimer m_clock;
    QProcess m_server;
    Llm::LlmClient m_client; ///< the unloaded calls, on this thread
    QThread m_engineThread;
    Engine::GenerationEngine *m_engine = nullptr;
    QObject m_context;
    QTimer m_watchdog;
    Phase m_phase = Phase::StartingServer;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dir;
    QString m_generationProject;
    QString m_resumeProject;

    std::vector<double> m_unloadedMs;
    qint64 m_unloadedStartNs = 0;
    double m_fsyncMs = 0;

    // Generation.
    qint64 m_startNs = 0;
    qint64 m_runStartedNs = 0;
    qint64 m_endNs = 0;
    CpuTime m_cpuStart;
    CpuTime m_cpuEnd;
    CpuTime m_serverCpuStart;
    CpuTime m_serverCpuEnd;
    MachineCpu m_machineStart;
    MachineCpu m_machineEnd;
    QHash<QString, CpuTime> m_threadsStart;
    QHash<QString, CpuTime> m_threadsEnd;
    double m_peakRssMb = 0;
    QString m_loadAtStart;
    Engine::RunSummary m_summary;
    qint64 m_storedMessages = 0;
    qint64 m_storedCalls = 0;
    qint64 m_storeBytes = 0;
    double m_contentBytesPerMessage = 0;

    // Resume.
    double m_buildS = 0;
    qint64 m_resumeStoredMessages = 0;
    qint64 m_resumeStoreBytes = 0;
    int m_resumeComplete = 0;
    int m_round = 0;
    std::atomic<bool> m_awaitingFirstTurn {false};
    std::atomic<qint64> m_firstTurnNs {0};
    qint64 m_resumeStartNs = 0;
    std::vector<double> m_resumeS; ///< start() to runStarted, per round
    std::vector<double> m_firstTurnS; ///< start() to the first turnCompleted, per round
    bool m_resumeOk = true;
    QStringList m_problems;
    int m_exitCode = 0;
};

GenerationBench::GenerationBench(const Options &options)
    : m_options(options)
{
    m_clock.start();
    m_watchdog.setSingleShot(true);
    QObject::connect(&m_watchdog, &QTimer::timeout, &m_context,
                     [this] { fail(QStringLiteral("gave up after the time limit")); });

    QObject::connect(&m_client, &Llm::LlmClient::callFinished, &m_context,
                     [this](Llm::CallId, const Llm::ChatResult &result) { onUnloadedEnded(&result, nullptr); });
    QObject::connect(&m_client, &Llm::LlmClient::callFailed, &m_context,
                     [this](Llm::CallId, const Llm::ProviderError &error) { onUnloadedEnded(nullptr, &error); });

    m_engineThread.setObjectName(QStringLiteral("engine"));
    m_engine = new Engine::GenerationEngine;
    m_engine->moveToThread(&m_engineThread);
    QObject::connect(&m_engineThread, &QThread::finished, m_engine, &QObject::deleteLater);
    QObject::connect(m_engine, &Engine::GenerationEngine::runStarted, &m_context,
                     [this](const Engine::RunProgress &p, bool resumed) { onRunStarted(p, resumed); });
    QObject::connect(m_engine, &Engine::GenerationEngine::runFinished, &m_context,
                     [this](const Engine::RunSummary &s) { onRunFinished(s); });
    // Direct, on the engine's thread, and cheap unless a resume waits for its first message: a queued signal
    // per message would add the main thread's work to what is measured.
    QObject::connect(
        m_engine, &Engine::GenerationEngine::turnCompleted, &m_context,
        [this](const Engine::TurnInfo &) {
            if (!m_awaitingFirstTurn.exchange(false))
                return;
            m_firstTurnNs = m_clock.nsecsElapsed();
            QMetaObject::invokeMethod(m_engine, &Engine::GenerationEngine::cancel, Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    m_engineThread.start();

    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QObject::connect(&m_server, &QProcess::readyReadStandardOutput, &m_context, [this] { onServerOutput(); });
    QObject::connect(&m_server, &QProcess::errorOccurred, &m_context, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(QStringLiteral("cannot start %1: %2").arg(m_server.program(), m_server.errorString()));
    });
    QObject::connect(&m_server, &QProcess::finished, &m_context, [this](int code, QProcess::ExitStatus) {
        if (m_phase == Phase::Done) {
            QCoreApplication::exit(m_exitCode);
            return;
        }
        fail(QStringLiteral("the server exited early (code %1)").arg(code));
    });
}

GenerationBench::~GenerationBench()
{
    m_engineThread.quit();
    m_engineThread.wait();
}

void GenerationBench::start()
{
    if (m_options.dir.isEmpty()) {
        // Not /tmp, which may be memory: a commit's fsync is part of what the engine costs.
        m_tempDir
            = std::make_unique<QTemporaryDir>(QDir::current().filePath(QStringLiteral("generation-bench-XXXXXX")));
        if (!m_tempDir->isValid()) {
            fail(
                QStringLiteral("cannot make a folder under %1: %2").arg(QDir::currentPath(), m_tempDir->errorString()));
            return;
        }
        m_tempDir->setAutoRemove(!m_options.keep);
        m_dir = m_tempDir->path();
    } else {
        m_dir = QFileInfo(m_options.dir).absoluteFilePath();
        if (!QDir().mkpath(m_dir)) {
            fail(QStringLiteral("cannot make %1").arg(m_dir));
            return;
        }
    }
    m_generationProject = QDir(m_dir).filePath(QStringLiteral("generation.dialogsmith"));
    m_resumeProject = QDir(m_dir).filePath(QStringLiteral("resume.dialogsmith"));
    m_fsyncMs = fsyncMs(m_dir);

    // The run takes about conversations / limit seconds; a resume build of a million messages some more.
    const double idealS = double(m_options.conversations) * m_options.callsPerConversation() * m_options.latencyMs
        / 1000.0 / m_options.concurrency;
    m_watchdog.start(std::chrono::seconds(300 + int(std::ceil(10 * idealS))));

    m_server.start(QStringLiteral(DIALOGSMITH_SCRIPTED_SERVER_PATH),
                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--latency-ms"),
                    QString::number(m_options.latencyMs), QStringLiteral("--tokens"), QString::number(m_options.tokens),
                    QStringLiteral("--tokens-per-second"), QStringLiteral("0"), QStringLiteral("--piece"),
                    m_options.piece});
}

void GenerationBench::onServerOutput()
{
    static const QRegularExpression listening(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:[1-9][0-9]*)$"));
    while (m_phase == Phase::StartingServer && m_server.canReadLine()) {
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_server.readLine()).trimmed());
        if (match.hasMatch())
            onListening(match.captured(1));
    }
}

void GenerationBench::onListening(const QString &url)
{
    m_baseUrl = url;
    m_client.setProfile(benchDesign(m_options, m_baseUrl).providers.constFirst());
    m_phase = Phase::Unloaded;
    submitUnloaded();
}

void GenerationBench::submitUnloaded()
{
    Llm::ChatRequest request;
    request.system = QStringLiteral("You are a tutor.");
    request.messages = {{Llm::Role::User, QStringLiteral("What is a derivative?")}};
    request.maxTokens = 64;
    m_unloadedStartNs = m_clock.nsecsElapsed();
    m_client.submit(profileName, request);
}

void GenerationBench::onUnloadedEnded(const Llm::ChatResult *result, const Llm::ProviderError *error)
{
    if (m_phase != Phase::Unloaded)
        return;
    if (error) {
        fail(QStringLiteral("an unloaded call failed: %1").arg(error->describe()));
        return;
    }
    Q_UNUSED(result)
    m_unloadedMs.push_back(double(m_clock.nsecsElapsed() - m_unloadedStartNs) / 1e6);
    if (int(m_unloadedMs.size()) < m_options.unloadedCalls)
        submitUnloaded();
    else
        startGeneration();
}

void GenerationBench::startGeneration()
{
    QString error;
    {
        auto project = ProjectFile::create(m_generationProject, &error);
        if (!project || !Store::DesignStore(project->database()).save(benchDesign(m_options, m_baseUrl), &error)) {
            fail(error);
            return;
        }
    }
    m_phase = Phase::Generating;
    m_loadAtStart = loadAverage();
    m_threadsStart = threadCpu();
    m_serverCpuStart = processCpu(m_server.processId());
    m_machineStart = machineCpu();
    m_cpuStart = ownCpu();
    m_startNs = m_clock.nsecsElapsed();
    Engine::RunOptions options;
    options.streamEvents = false; // as the CLI runs it
    const QString path = m_generationProject;
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, path, options] { engine->start(path, options); }, Qt::QueuedConnection);
}

void GenerationBench::onRunStarted(const Engine::RunProgress &progress, bool resumed)
{
    const qint64 now = m_clock.nsecsElapsed();
    if (m_phase == Phase::Generating) {
        m_runStartedNs = now;
        return;
    }
    if (m_phase != Phase::Resuming)
        return;
    m_resumeS.push_back(double(now - m_resumeStartNs) / 1e9);
    if (!resumed || progress.complete < m_resumeComplete) {
        m_resumeOk = false;
        m_problems.append(QStringLiteral("resume round %1: resumed %2 with %3 complete conversations, expected %4")
                              .arg(m_round)
                              .arg(resumed)
                              .arg(progress.complete)
                              .arg(m_resumeComplete));
    }
}

void GenerationBench::onRunFinished(const Engine::RunSummary &summary)
{
    const qint64 now = m_clock.nsecsElapsed();
    if (m_phase == Phase::Generating) {
        m_endNs = now;
        m_cpuEnd = ownCpu();
        m_machineEnd = machineCpu();
        m_serverCpuEnd = processCpu(m_server.processId());
        m_threadsEnd = threadCpu();
        m_peakRssMb = ownPeakRssMb();
        m_summary = summary;
        if (summary.outcome != Engine::RunOutcome::Completed) {
            fail(QStringLiteral("the run did not complete: %1 (%2 complete, %3 failed)")
                     .arg(summary.reason)
                     .arg(summary.progress.complete)
                     .arg(summary.progress.failed));
            return;
        }
        measureStore();
        if (m_options.resumeMessages == 0) {
            report();
            return;
        }
        QString error;
        if (!buildResumeProject(&error)) {
            fail(error);
            return;
        }
        m_phase = Phase::Resuming;
        startResume();
        return;
    }
    if (m_phase != Phase::Resuming)
        return;
    const qint64 firstTurn = m_firstTurnNs.exchange(0);
    m_awaitingFirstTurn = false;
    if (firstTurn > 0) {
        m_firstTurnS.push_back(double(firstTurn - m_resumeStartNs) / 1e9);
    } else {
        m_resumeOk = false;
        m_problems.append(
            QStringLiteral("resume round %1 ended before a message was stored: %2").arg(m_round).arg(summary.reason));
    }
    if (summary.outcome != Engine::RunOutcome::Interrupted) {
        m_resumeOk = false;
        m_problems.append(QStringLiteral("resume round %1 ended with outcome %2: %3")
                              .arg(m_round)
                              .arg(int(summary.outcome))
                              .arg(summary.reason));
    }
    if (int(m_resumeS.size()) < m_round) {
        m_resumeOk = false;
        m_resumeS.push_back(std::nan(""));
    }
    if (m_round < m_options.resumeRounds && m_resumeOk)
        startResume();
    else
        report();
}

void GenerationBench::measureStore()
{
    // The engine has closed its connection; a checkpoint folds what the write-ahead log still holds into
    // the file, so the file's size is the store's.
    const QString connection = QStringLiteral("bench-measure");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_generationProject);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            if (q.exec(QStringLiteral("SELECT count(*), coalesce(sum(length(CAST(content AS BLOB))), 0) FROM turns"))
                && q.next()) {
                m_storedMessages = q.value(0).toLongLong();
                m_contentBytesPerMessage = m_storedMessages > 0 ? q.value(1).toDouble() / double(m_storedMessages) : 0;
            }
            if (q.exec(QStringLiteral("SELECT count(*) FROM calls")) && q.next())
                m_storedCalls = q.value(0).toLongLong();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    m_storeBytes
        = QFileInfo(m_generationProject).size() + QFileInfo(m_generationProject + QStringLiteral("-wal")).size();
}

/// A project whose run was interrupted with `resumeMessages` messages stored: most conversations complete,
/// `resumeRunning` of them in progress with some of their messages, and some not started. Written with
/// plain SQL in one transaction (SQLite makes the rows itself), in the shapes the engine writes.
bool GenerationBench::buildResumeProject(QString *error)
{
    QElapsedTimer timer;
    timer.start();
    const Options &o = m_options;
    const int perConversation = o.callsPerConversation();
    const qint64 complete = std::max<qint64>(0, o.resumeMessages / perConversation);
    const qint64 running = o.resumeRunning;
    const qint64 planned = complete + running + o.concurrency; // a few not started yet
    m_resumeComplete = int(complete);

    Design::ProjectDesign design = benchDesign(o, m_baseUrl);
    design.generation.count = int(planned);
    QByteArray snapshot;
    {
        auto project = ProjectFile::create(m_resumeProject, error);
        if (!project)
            return false;
        Store::DesignStore designs(project->database());
        if (!designs.save(design, error))
            return false;
        const auto stored = designs.load(error);
        if (!stored)
            return false;
        // The snapshot as the engine writes it when a run starts: the design without documents and
        // providers, and the documents by id and hash.
        Design::ProjectDesign snapshotDesign = stored->design;
        snapshotDesign.documents.clear();
        snapshotDesign.providers.clear();
        snapshotDesign.prices = {};
        QJsonArray documents;
        for (qsizetype i = 0; i < stored->design.documents.size(); ++i) {
            documents.append(
                QJsonObject {{QStringLiteral("id"), stored->documentIds.at(i)},
                             {QStringLiteral("title"), stored->design.documents.at(i).title},
                             {QStringLiteral("sha256"), QString::fromLatin1(stored->documentHashes.at(i))}});
        }
        snapshot = QJsonDocument(QJsonObject {
                                     {QStringLiteral("design"),
                                      QJsonDocument::fromJson(Design::ProjectSpec::write(snapshotDesign)).object()},
                                     {QStringLiteral("documents"), documents},
                                 })
                       .toJson(QJsonDocument::Compact);
    }

    const QString connection = QStringLiteral("bench-build");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_resumeProject);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            const auto run = [&](const QString &sql, const QVariantList &values = {}) {
                if (!q.prepare(sql)) {
                    *error = q.lastError().text() + QStringLiteral(": ") + sql;
                    return false;
                }
                for (const QVariant &v : values)
                    q.addBindValue(v);
                if (!q.exec()) {
                    *error = q.lastError().text() + QStringLiteral(": ") + sql;
                    return false;
                }
                return true;
            };
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            // Realistic sizes: a question of a few sentences, an answer of a paragraph.
            const QString question
                = QStringLiteral("Why does the derivative of x squared come out as 2x? ").repeated(3);
            const QString answer
                = QStringLiteral("Take the difference quotient ((x + h)^2 - x^2) / h = 2x + h and let h go to "
                                 "zero; what is left is 2x. ")
                      .repeated(6);
            const QString draw = QStringLiteral(
                R"({"index":0,"topic_path":["Calculus","Derivatives"],"user_persona":{"name":"Mia"},)"
                R"("assistant_persona":{"name":"Dr. Okafor"},"turns":4,"scenario":"Office hours after a lecture."})");
            const QString params = QStringLiteral(R"({"max_tokens":1024,"temperature":0.7})");
            const QString system = QStringLiteral("You are Dr. Okafor, a patient tutor. ").repeated(20);
            // Speed over safety while building: this connection writes no journal at all.
            ok = run(QStringLiteral("PRAGMA journal_mode=OFF")) && run(QStringLiteral("PRAGMA synchronous=OFF"))
                && run(QStringLiteral("PRAGMA cache_size=-65536")) && db.transaction()
                && run(QStringLiteral("INSERT INTO runs (id, created_at, state, planned, seed, snapshot) VALUES (1, "
                                      "?, 'running', ?, ?, ?)"),
                       {now, planned, qint64(design.generation.seed), QString::fromUtf8(snapshot)})
                && run(QStringLiteral("INSERT INTO templates (version, step, source) VALUES ('bench-system', "
                                      "'system', ?), ('bench-starter', 'starter', ?), ('bench-user', 'user_turn', ?), "
                                      "('bench-assistant', 'assistant_turn', ?)"),
                       {design.templates.system, design.templates.starter, design.templates.userTurn,
                        design.templates.assistantTurn})
                && run(QStringLiteral(
                           "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?) "
                           "INSERT INTO conversations (run_id, plan_index, state, turns_planned, topic_path, "
                           "user_persona, assistant_persona, scenario, structure, draw, created_at, updated_at) "
                           "SELECT 1, i, CASE WHEN i < ? THEN 'complete' ELSE 'running' END, ?, "
                           "'Calculus › Derivatives', 'Mia', 'Dr. Okafor', 'Office hours after a lecture.', "
                           "'tutoring', ?, ?, ? FROM n"),
                       {complete + running, complete, o.turns, draw, now, now})
                && run(QStringLiteral(
                           "WITH RECURSIVE s(seq) AS (SELECT 0 UNION ALL SELECT seq + 1 FROM s WHERE seq + 1 < ?) "
                           "INSERT INTO turns (conversation_id, seq, role, content, profile, model, params, "
                           "input_tokens, output_tokens, cost_usd, latency_ms, finish_reason, attempts, "
                           "template_version, system_version, system_prompt, created_at) "
                           "SELECT c.id, s.seq, CASE s.seq % 2 WHEN 0 THEN 'user' ELSE 'assistant' END, "
                           "CASE s.seq % 2 WHEN 0 THEN ? ELSE ? END, 'bench', 'bench-model', ?, 900 + 100 * s.seq, "
                           "CASE s.seq % 2 WHEN 0 THEN 40 ELSE 160 END, 0, 50 + s.seq, 'stop', 1, "
                           "CASE WHEN s.seq = 0 THEN 'bench-starter' WHEN s.seq % 2 = 0 THEN 'bench-user' "
                           "ELSE 'bench-assistant' END, CASE s.seq % 2 WHEN 1 THEN 'bench-system' END, "
                           "CASE s.seq WHEN 1 THEN ? END, ? "
                           "FROM conversations c JOIN s ON s.seq < CASE c.state WHEN 'complete' THEN ? "
                           "ELSE c.plan_index % ? END ORDER BY c.id, s.seq"),
                       {perConversation, question, answer, params, system, now, perConversation, perConversation})
                && run(QStringLiteral("INSERT INTO calls (run_id, conversation_id, seq, profile, model, outcome, "
                                      "attempts, input_tokens, output_tokens, cost_usd, latency_ms, first_byte_ms, "
                                      "finished_at) SELECT 1, conversation_id, seq, profile, model, 'ok', 1, "
                                      "input_tokens, output_tokens, cost_usd, latency_ms, 40, created_at FROM turns "
                                      "ORDER BY id"))
                && db.commit() && run(QStringLiteral("PRAGMA journal_mode=WAL"))
                && run(QStringLiteral("SELECT count(*) FROM turns")) && q.next();
            if (ok)
                m_resumeStoredMessages = q.value(0).toLongLong();
            if (!ok && error->isEmpty())
                *error = db.lastError().text();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    m_buildS = double(timer.nsecsElapsed()) / 1e9;
    m_resumeStoreBytes = QFileInfo(m_resumeProject).size();
    if (ok && m_resumeStoredMessages < o.resumeMessages) {
        *error = QStringLiteral("the resume project has %1 messages, fewer than %2")
                     .arg(m_resumeStoredMessages)
                     .arg(o.resumeMessages);
        ok = false;
    }
    if (!ok)
        *error = QStringLiteral("cannot build the resume project: %1").arg(*error);
    return ok;
}

void GenerationBench::startResume()
{
    ++m_round;
    m_firstTurnNs = 0;
    m_awaitingFirstTurn = true;
    m_resumeStartNs = m_clock.nsecsElapsed();
    Engine::RunOptions options;
    options.streamEvents = false;
    const QString path = m_resumeProject;
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, path, options] { engine->start(path, options); }, Qt::QueuedConnection);
}

void GenerationBench::report()
{
    m_phase = Phase::Done;
    m_watchdog.stop();
    const Options &o = m_options;
    std::vector<double> unloaded = m_unloadedMs;
    std::sort(unloaded.begin(), unloaded.end());
    const double floorMs = unloaded.empty() ? std::nan("") : unloaded.front();
    const double medianUnloadedMs = unloaded.empty() ? std::nan("") : unloaded[unloaded.size() / 2];
    const int slots = std::min(o.concurrency, o.conversations);
    const int calls = o.callsPerConversation();
    const double limitNominal = o.latencyMs > 0 ? slots / (calls * o.latencyMs / 1000.0) : std::nan("");
    const double limitMeasured = slots / (calls * floorMs / 1000.0);
    const double wallS = double(m_endNs - m_startNs) / 1e9;
    const int complete = m_summary.progress.complete;
    const double rate = complete / wallS;
    const double pctMeasured = 100.0 * rate / limitMeasured;
    const double pctNominal = 100.0 * rate / limitNominal;
    const CpuTime cpu = m_cpuEnd - m_cpuStart;
    const qint64 messages = m_summary.progress.turns;
    const double cpuPerThousand = messages > 0 ? 1000.0 * cpu.totalS() / double(messages) : std::nan("");
    const double bytesPerMessage
        = m_storedMessages > 0 ? double(m_storeBytes) / double(m_storedMessages) : std::nan("");
    const double worstResumeS
        = m_resumeS.empty() ? std::nan("") : *std::max_element(m_resumeS.begin(), m_resumeS.end());
    const double worstFirstTurnS
        = m_firstTurnS.empty() ? std::nan("") : *std::max_element(m_firstTurnS.begin(), m_firstTurnS.end());
    const bool resumeMeasured = o.resumeMessages > 0;

    const bool throughputMet = pctMeasured >= targetThroughputPct;
    const bool rssMet = m_peakRssMb < targetPeakRssMb;
    const bool resumeMet = !resumeMeasured || (m_resumeOk && worstResumeS < targetResumeS);
    const bool storeOk = m_storedMessages == qint64(o.conversations) * calls && m_storedCalls == m_storedMessages;

    const auto row = [](const QString &figure, const QString &value, const QString &target = {}) {
        std::printf("  %-44s %-36s %s\n", qPrintable(figure), qPrintable(value), qPrintable(target));
    };
    std::printf("\nengine_generation_bench: %d conversations x %d exchanges (%d calls each), concurrency %d, server "
                "latency %d ms, %d tokens an answer\n  projects in %s\n\n",
                o.conversations, o.turns, calls, o.concurrency, o.latencyMs, o.tokens, qPrintable(m_dir));
    row(QStringLiteral("figure"), QStringLiteral("value"), QStringLiteral("target"));
    row(QStringLiteral("machine: CPUs / load average at start"),
        QStringLiteral("%1 / %2").arg(QThread::idealThreadCount()).arg(m_loadAtStart),
        QStringLiteral("the server shares the machine; other work skews every figure"));
    row(QStringLiteral("fsync ms (4 KiB + fdatasync, median)"), fixed(m_fsyncMs, 2),
        QStringLiteral("what one durable commit costs at least"));
    row(QStringLiteral("unloaded call ms: floor / median"),
        QStringLiteral("%1 / %2").arg(fixed(floorMs, 1), fixed(medianUnloadedMs, 1)),
        QStringLiteral("server latency %1 ms").arg(o.latencyMs));
    row(QStringLiteral("conversations complete / failed"),
        QStringLiteral("%1 / %2").arg(complete).arg(m_summary.progress.failed),
        QStringLiteral("%1 / 0").arg(o.conversations));
    row(QStringLiteral("messages stored / calls journalled"),
        QStringLiteral("%1 / %2").arg(m_storedMessages).arg(m_storedCalls),
        QStringLiteral("%1 each: ").arg(qint64(o.conversations) * calls) + verdict(storeOk));
    row(QStringLiteral("retries / rate limited"),
        QStringLiteral("%1 / %2").arg(m_summary.progress.retries).arg(m_summary.progress.rateLimited));
    row(QStringLiteral("wall time s (start to runFinished)"), fixed(wallS, 2),
        QStringLiteral("ideal %1 at the measured limit").arg(fixed(complete / limitMeasured, 2)));
    row(QStringLiteral("  of it start to runStarted ms"), fixed(double(m_runStartedNs - m_startNs) / 1e6, 1));
    row(QStringLiteral("conversations/s"), fixed(rate, 1),
        QStringLiteral("limit %1 (call floor), %2 (nominal %3 ms)")
            .arg(fixed(limitMeasured, 1), fixed(limitNominal, 1))
            .arg(o.latencyMs));
    row(QStringLiteral("% of limit: call floor / nominal"),
        QStringLiteral("%1 / %2").arg(fixed(pctMeasured, 1), fixed(pctNominal, 1)),
        QStringLiteral(">= %1 % of the call-floor limit: ").arg(targetThroughputPct) + verdict(throughputMet));
    row(QStringLiteral("engine CPU s, whole process"), cpu.describe());
    for (auto it = m_threadsEnd.cbegin(); it != m_threadsEnd.cend(); ++it) {
        const CpuTime spent = it.value() - m_threadsStart.value(it.key());
        if (spent.totalS() >= 0.05)
            row(QStringLiteral("  thread %1").arg(it.key()), spent.describe());
    }
    const CpuTime serverCpu = m_serverCpuEnd - m_serverCpuStart;
    row(QStringLiteral("server CPU s (not counted above)"), serverCpu.describe(),
        QStringLiteral("%1 % of one core").arg(fixed(100.0 * serverCpu.totalS() / wallS, 0)));
    const double machineTotalS = m_machineEnd.totalS - m_machineStart.totalS;
    const double machineBusyPct
        = machineTotalS > 0 ? 100.0 * (m_machineEnd.busyS - m_machineStart.busyS) / machineTotalS : std::nan("");
    row(QStringLiteral("machine CPU busy % during the run"), fixed(machineBusyPct, 0),
        QStringLiteral("of %1 CPUs; near 100: the machine, not the engine, is the limit")
            .arg(QThread::idealThreadCount()));
    row(QStringLiteral("CPU s per 1000 messages"), fixed(cpuPerThousand, 3),
        QStringLiteral("%1 % of one core at the measured rate").arg(fixed(100.0 * cpu.totalS() / wallS, 0)));
    row(QStringLiteral("store bytes per message (after checkpoint)"), fixed(bytesPerMessage, 0),
        QStringLiteral("%1 MB in all; content %2 bytes a message")
            .arg(fixed(double(m_storeBytes) / 1e6, 1), fixed(m_contentBytesPerMessage, 0)));
    row(QStringLiteral("peak RSS MB (after the run)"), fixed(m_peakRssMb, 1),
        QStringLiteral("< %1 MB: ").arg(targetPeakRssMb) + verdict(rssMet));
    if (resumeMeasured) {
        QStringList rounds;
        for (double s : m_resumeS)
            rounds.append(fixed(s, 3));
        QStringList firsts;
        for (double s : m_firstTurnS)
            firsts.append(fixed(s, 3));
        row(QStringLiteral("resume project: messages / MB / build s"),
            QStringLiteral("%1 / %2 / %3")
                .arg(m_resumeStoredMessages)
                .arg(fixed(double(m_resumeStoreBytes) / 1e6, 0), fixed(m_buildS, 1)),
            QStringLiteral("%1 complete, %2 running").arg(m_resumeComplete).arg(o.resumeRunning));
        row(QStringLiteral("resume s: start to runStarted, per round"), rounds.join(QStringLiteral(" / ")),
            QStringLiteral("< %1 s: ").arg(targetResumeS) + verdict(resumeMet));
        row(QStringLiteral("  start to first message stored s"), firsts.join(QStringLiteral(" / ")),
            QStringLiteral("includes one call of >= %1 ms").arg(o.latencyMs));
    }
    for (const QString &problem : std::as_const(m_problems))
        std::printf("  ! %s\n", qPrintable(problem));

    QJsonObject json {
        {QStringLiteral("bench"), QStringLiteral("engine_generation")},
        {QStringLiteral("conversations"), o.conversations},
        {QStringLiteral("turns"), o.turns},
        {QStringLiteral("concurrency"), o.concurrency},
        {QStringLiteral("latency_ms"), o.latencyMs},
        {QStringLiteral("complete"), complete},
        {QStringLiteral("failed"), m_summary.progress.failed},
        {QStringLiteral("call_floor_ms"), floorMs},
        {QStringLiteral("fsync_ms"), m_fsyncMs},
        {QStringLiteral("wall_s"), wallS},
        {QStringLiteral("conversations_per_s"), rate},
        {QStringLiteral("limit_per_s"), limitMeasured},
        {QStringLiteral("limit_nominal_per_s"), limitNominal},
        {QStringLiteral("pct_of_limit"), pctMeasured},
        {QStringLiteral("pct_of_nominal_limit"), pctNominal},
        {QStringLiteral("cpu_s"), cpu.totalS()},
        {QStringLiteral("cpu_s_per_1000_messages"), cpuPerThousand},
        {QStringLiteral("server_cpu_s"), serverCpu.totalS()},
        {QStringLiteral("machine_busy_pct"), machineBusyPct},
        {QStringLiteral("store_bytes_per_message"), bytesPerMessage},
        {QStringLiteral("peak_rss_mb"), m_peakRssMb},
        {QStringLiteral("targets_met"), throughputMet && rssMet && resumeMet && storeOk},
    };
    if (resumeMeasured) {
        json.insert(QStringLiteral("resume_messages"), m_resumeStoredMessages);
        json.insert(QStringLiteral("resume_s"), worstResumeS);
        json.insert(QStringLiteral("resume_first_message_s"), worstFirstTurnS);
    }
    // NaN is no JSON number: such figures come out as null.
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.value().isDouble() && std::isnan(it.value().toDouble()))
            it.value() = QJsonValue::Null;
    }
    std::printf("\nBENCH %s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    shutDown(throughputMet && rssMet && resumeMet && storeOk ? 0 : 1);
}

void GenerationBench::fail(const QString &why)
{
    if (m_phase == Phase::Done)
        return;
    std::fprintf(stderr, "engine_generation_bench: %s\n", qPrintable(why));
    for (const QString &problem : std::as_const(m_problems))
        std::fprintf(stderr, "  ! %s\n", qPrintable(problem));
    m_phase = Phase::Done;
    m_watchdog.stop();
    m_client.cancelAll();
    QMetaObject::invokeMethod(m_engine, &Engine::GenerationEngine::cancel, Qt::QueuedConnection);
    shutDown(1);
}

void GenerationBench::shutDown(int exitCode)
{
    m_exitCode = exitCode;
    if (m_server.state() == QProcess::NotRunning) {
        QMetaObject::invokeMethod(&m_context, [exitCode] { QCoreApplication::exit(exitCode); }, Qt::QueuedConnection);
        return;
    }
    m_server.terminate(); // the finished handler exits
    QTimer::singleShot(std::chrono::seconds(5), &m_context, [this] { m_server.kill(); });
}

} // namespace

int main(int argc, char *argv[])
{
    Engine::preferQtEventLoopsInWorkerThreads(); // as dialogsmith-cli and the studio do
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("engine_generation_bench"));
    const Options options = parseOptions(app);
    raiseDescriptorLimit();
    QLoggingCategory::setFilterRules(QStringLiteral("dialogsmith.*.debug=false\ndialogsmith.*.info=false"));
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);

    GenerationBench bench(options);
    bench.start();
    return QCoreApplication::exec();
}

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// llm_streaming_bench: keeps an LlmClient's queue full against dialogsmith-scripted-server (its own process,
// so that client and server CPU time are measured apart) and reports how soon freed capacity is used again,
// the throughput against what concurrency and latency allow, CPU time per million streamed tokens, lost
// calls and peak memory. The speed targets are reported, not asserted; a lost or failed call fails the run.
#include "llm/llmclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <unistd.h>
#include <vector>

using namespace Dialogsmith::Llm;

namespace {

// The project's targets (see docs/development.md, "Benchmarks").
constexpr double targetDispatchP99Ms = 5.0;
constexpr double targetThroughputPct = 90.0;
constexpr double targetCpuPerMtokLow = 12.0;
constexpr double targetCpuPerMtokHigh = 17.0;

struct Options {
    QString format = QStringLiteral("openai");
    ProviderKind kind = ProviderKind::OpenAiCompatible;
    int calls = 2560;
    int concurrency = 256;
    int latencyMs = 50;
    int tokens = 64;
    double tokensPerSecond = 200;
    QString piece = QStringLiteral(" token");
    int unloadedCalls = 5;
    int timeLimitS = 0; ///< 0: derived from the run's ideal duration

    /// One call's duration as the server is configured: latency, then `tokens` pieces at the rate.
    double nominalCallS() const { return latencyMs / 1000.0 + (tokensPerSecond > 0 ? tokens / tokensPerSecond : 0.0); }
    int waves() const { return (calls + concurrency - 1) / concurrency; }
};

[[noreturn]] void usageError(const QString &message)
{
    std::fprintf(stderr, "llm_streaming_bench: %s\n", qPrintable(message));
    std::exit(2);
}

int intOption(const QCommandLineParser &parser, const QString &name, int minimum)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum)
        usageError(QStringLiteral("--%1 needs a whole number >= %2").arg(name).arg(minimum));
    return value;
}

Options parseOptions(const QCoreApplication &app)
{
    const Options defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Streams chat completions from dialogsmith-scripted-server through LlmClient with the queue "
                       "kept full, and reports dispatch latency, throughput, CPU per million tokens and lost calls."));
    parser.addHelpOption();
    const auto number = [](double value) { return QString::number(value); };
    parser.addOptions({
        {QStringLiteral("format"), QStringLiteral("Wire format: openai, anthropic or gemini."),
         QStringLiteral("FORMAT"), defaults.format},
        {QStringLiteral("calls"), QStringLiteral("Calls submitted up front."), QStringLiteral("N"),
         number(defaults.calls)},
        {QStringLiteral("concurrency"), QStringLiteral("The profile's maxConcurrent."), QStringLiteral("N"),
         number(defaults.concurrency)},
        {QStringLiteral("latency-ms"), QStringLiteral("The server's delay before the first byte."), QStringLiteral("N"),
         number(defaults.latencyMs)},
        {QStringLiteral("tokens"), QStringLiteral("Text pieces (tokens) per response."), QStringLiteral("N"),
         number(defaults.tokens)},
        {QStringLiteral("tokens-per-second"), QStringLiteral("Pieces per second in each stream; 0 sends at once."),
         QStringLiteral("R"), number(defaults.tokensPerSecond)},
        {QStringLiteral("piece"), QStringLiteral("The text of each piece."), QStringLiteral("TEXT"), defaults.piece},
        {QStringLiteral("unloaded-calls"),
         QStringLiteral("Calls made one at a time before the run, to measure an unloaded call's duration."),
         QStringLiteral("N"), number(defaults.unloadedCalls)},
        {QStringLiteral("time-limit-s"),
         QStringLiteral("Give up after this many seconds; 0: 60 s plus five times the ideal run time."),
         QStringLiteral("N"), number(defaults.timeLimitS)},
    });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));

    Options options;
    options.format = parser.value(QStringLiteral("format"));
    if (!parseProviderKind(options.format, &options.kind))
        usageError(QStringLiteral("--format must be openai, anthropic or gemini"));
    options.calls = intOption(parser, QStringLiteral("calls"), 1);
    options.concurrency = intOption(parser, QStringLiteral("concurrency"), 1);
    options.latencyMs = intOption(parser, QStringLiteral("latency-ms"), 0);
    options.tokens = intOption(parser, QStringLiteral("tokens"), 1);
    bool rateOk = false;
    options.tokensPerSecond = parser.value(QStringLiteral("tokens-per-second")).toDouble(&rateOk);
    if (!rateOk || options.tokensPerSecond < 0)
        usageError(QStringLiteral("--tokens-per-second needs a number >= 0"));
    options.piece = parser.value(QStringLiteral("piece"));
    if (options.piece.isEmpty())
        usageError(QStringLiteral("--piece must not be empty"));
    options.unloadedCalls = intOption(parser, QStringLiteral("unloaded-calls"), 1);
    options.timeLimitS = intOption(parser, QStringLiteral("time-limit-s"), 0);
    return options;
}

double seconds(const timeval &t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

struct CpuTime {
    double userS = 0;
    double systemS = 0;
    bool known = false; ///< false when it could not be read
    double totalS() const { return userS + systemS; }
    CpuTime operator-(const CpuTime &earlier) const
    {
        return {userS - earlier.userS, systemS - earlier.systemS, known && earlier.known};
    }
    /// "1.23 (0.80 user + 0.43 sys)"
    QString describe() const
    {
        if (!known)
            return QStringLiteral("n/a");
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
    return {seconds(usage.ru_utime), seconds(usage.ru_stime), true};
}

double ownPeakRssMb()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

struct StatSample {
    QByteArray name; ///< the command or thread name
    CpuTime cpu;
};

/// CPU time from a /proc/.../stat file of a process or a thread.
StatSample readStat(const QString &path)
{
    StatSample sample;
    QFile stat(path);
    if (!stat.open(QIODevice::ReadOnly))
        return sample;
    // The name (field 2) may hold spaces and parentheses; the fields after its last ')' do not.
    const QByteArray line = stat.readAll();
    const qsizetype open = line.indexOf('(');
    const qsizetype close = line.lastIndexOf(')');
    if (open < 0 || close < open)
        return sample;
    sample.name = line.mid(open + 1, close - open - 1);
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // fields[0] is field 3 (state), so utime (14) and stime (15) are fields[11] and fields[12].
    if (fields.size() > 12) {
        const double tick = double(::sysconf(_SC_CLK_TCK));
        sample.cpu = {fields[11].toDouble() / tick, fields[12].toDouble() / tick, true};
    }
    return sample;
}

struct ProcessSample {
    CpuTime cpu;
    double peakRssMb = -1; ///< VmHWM; < 0 when /proc could not be read
};

/// Another process's CPU time and peak memory, from /proc while it still runs.
ProcessSample sampleProcess(qint64 pid)
{
    ProcessSample sample;
    sample.cpu = readStat(QStringLiteral("/proc/%1/stat").arg(pid)).cpu;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("VmHWM:"))
                sample.peakRssMb = line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
        }
    }
    return sample;
}

/// This process's threads by id: which of them spends the client's CPU time (the main thread runs LlmClient,
/// a transport may do its HTTP on a thread of its own).
QHash<QByteArray, StatSample> sampleThreads()
{
    QHash<QByteArray, StatSample> threads;
    const QStringList ids = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &id : ids)
        threads.insert(id.toLatin1(), readStat(QStringLiteral("/proc/self/task/%1/stat").arg(id)));
    return threads;
}

/// TCP sockets this process holds: the client's connections to the server, the streams' view from the wire
/// (LlmClient counts a call in flight as soon as it handed it to its transport).
int openSockets()
{
    int sockets = 0;
    const QString folder = QStringLiteral("/proc/self/fd/");
    const QStringList fds = QDir(folder).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &fd : fds) {
        std::array<char, 64> target {};
        const ssize_t size = ::readlink(QFile::encodeName(folder + fd).constData(), target.data(), target.size());
        if (size > 0 && QByteArrayView(target.data(), size).startsWith("socket:"))
            ++sockets;
    }
    return sockets;
}

/// The one-minute load average.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    return QString::fromLatin1(file.readAll().split(' ').constFirst());
}

// Each stream is a socket: lift the soft descriptor limit to the hard one for large concurrency.
void raiseDescriptorLimit()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

/// Nearest-rank percentile of sorted values; NaN when there are none.
double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return std::nan("");
    const auto rank = size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

QString ms(double value, int decimals = 3)
{
    return std::isnan(value) ? QStringLiteral("n/a") : QString::number(value, 'f', decimals);
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("MISSED");
}

ChatRequest benchRequest(int maxTokens)
{
    ChatRequest request;
    request.system = QStringLiteral("You write short synthetic dialogues.");
    request.messages = {{Role::User, QStringLiteral("Write one line of a dialogue about the weather.")}};
    request.maxTokens = maxTokens;
    return request;
}

/// Runs the benchmark from the event loop: starts the server, times a few calls one at a time, then submits
/// all calls at once and reports when the last one ended.
class StreamingBench final
{
    Q_DISABLE_COPY_MOVE(StreamingBench)

public:
    explicit StreamingBench(const Options &options);
    void start();

private:
    enum class Phase { StartingServer, Unloaded, Loaded, Done };

    qint64 nowNs() const { return m_clock.nsecsElapsed(); }
    void onServerOutput();
    void onListening(const QString &url);
    void submitUnloaded();
    void startLoaded();
    void finishLoaded();
    void onStarted(CallId id, int attempt);
    void onEnded(CallId id, const ChatResult *result, const ProviderError *error);
    void trackInFlight(int change);
    bool textIsComplete(const ChatResult &result) const;
    void report();
    void fail(const QString &why);
    void shutDown(int exitCode);

    Options m_options;
    QString m_expectedText;
    QElapsedTimer m_clock;
    QProcess m_server;
    LlmClient m_client;
    QTimer m_watchdog;
    Phase m_phase = Phase::StartingServer;

    // One call at a time, before the run.
    std::vector<double> m_unloadedCallMs;
    std::vector<double> m_unloadedFirstByteMs;
    qint64 m_unloadedStartNs = 0;

    // The run: all calls submitted at once.
    qint64 m_runStartNs = 0;
    qint64 m_runEndNs = 0;
    qint64 m_lastStartNs = 0;
    QHash<CallId, qint64> m_startedNs;
    std::deque<qint64> m_freedNs; ///< when capacity freed that no callStarted has taken up yet
    std::vector<double> m_dispatchMs;
    std::vector<double> m_callMs;
    std::vector<double> m_firstByteMs;
    int m_firstStarts = 0;
    int m_ended = 0;
    int m_ok = 0;
    int m_failed = 0;
    int m_incomplete = 0; ///< finished, but not with the whole expected text
    qint64 m_retries = 0;
    qint64 m_outputTokens = 0;
    qint64 m_deltas = 0;
    qint64 m_deltaChars = 0;
    QStringList m_problems; ///< the first few, for the report
    int m_socketsAtLastStart = 0;
    int m_socketsAtEnd = 0;
    // In-flight calls as the client's signals tell it, and its integral over time until the last start.
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    qint64 m_inFlightSinceNs = 0;
    double m_inFlightIntegral = 0;
    QString m_loadAtStart;
    CpuTime m_cpuStart;
    CpuTime m_cpuEnd;
    ProcessSample m_serverBefore;
    ProcessSample m_serverAfter;
    QHash<QByteArray, StatSample> m_threadsBefore;
    QHash<QByteArray, StatSample> m_threadsAfter;
    int m_exitCode = 0;
};

StreamingBench::StreamingBench(const Options &options)
    : m_options(options)
    , m_expectedText(options.piece.repeated(options.tokens))
{
    m_clock.start();
    m_watchdog.setSingleShot(true);
    QObject::connect(&m_watchdog, &QTimer::timeout, &m_client, [this] {
        fail(QStringLiteral("gave up after the time limit: %1 of %2 calls ended").arg(m_ended).arg(m_options.calls));
    });

    QObject::connect(&m_client, &LlmClient::callStarted, &m_client,
                     [this](CallId id, int attempt) { onStarted(id, attempt); });
    QObject::connect(&m_client, &LlmClient::textDelta, &m_client, [this](CallId, const QString &text) {
        ++m_deltas;
        m_deltaChars += text.size();
    });
    QObject::connect(
        &m_client, &LlmClient::callRetrying, &m_client,
        [this](CallId id, int nextAttempt, qint64, const ProviderError &error) {
            if (m_phase != Phase::Loaded && m_phase != Phase::Unloaded)
                return;
            ++m_retries;
            if (m_problems.size() < 5)
                m_problems.append(
                    QStringLiteral("call %1 retried (attempt %2): %3").arg(id).arg(nextAttempt).arg(error.describe()));
            if (m_phase == Phase::Loaded) {
                m_freedNs.push_back(nowNs());
                trackInFlight(-1);
            }
        });
    QObject::connect(&m_client, &LlmClient::callFinished, &m_client,
                     [this](CallId id, const ChatResult &result) { onEnded(id, &result, nullptr); });
    QObject::connect(&m_client, &LlmClient::callFailed, &m_client,
                     [this](CallId id, const ProviderError &error) { onEnded(id, nullptr, &error); });

    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QObject::connect(&m_server, &QProcess::readyReadStandardOutput, &m_client, [this] { onServerOutput(); });
    QObject::connect(&m_server, &QProcess::errorOccurred, &m_client, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(QStringLiteral("cannot start %1: %2").arg(m_server.program(), m_server.errorString()));
    });
    QObject::connect(&m_server, &QProcess::finished, &m_client, [this](int code, QProcess::ExitStatus) {
        if (m_phase == Phase::Done) {
            QCoreApplication::exit(m_exitCode);
            return;
        }
        fail(QStringLiteral("the server exited early (code %1)").arg(code));
    });
}

void StreamingBench::start()
{
    const double idealS = m_options.waves() * m_options.nominalCallS();
    const int limitS = m_options.timeLimitS > 0 ? m_options.timeLimitS : 60 + int(std::ceil(5 * idealS));
    m_watchdog.start(std::chrono::seconds(limitS));

    const auto number = [](double value) { return QString::number(value); };
    m_server.start(QStringLiteral(DIALOGSMITH_SCRIPTED_SERVER_PATH),
                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--format"), m_options.format,
                    QStringLiteral("--latency-ms"), number(m_options.latencyMs), QStringLiteral("--tokens"),
                    number(m_options.tokens), QStringLiteral("--tokens-per-second"), number(m_options.tokensPerSecond),
                    QStringLiteral("--piece"), m_options.piece});
}

void StreamingBench::onServerOutput()
{
    static const QRegularExpression listening(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:[1-9][0-9]*)$"));
    while (m_phase == Phase::StartingServer && m_server.canReadLine()) {
        const QString line = QString::fromUtf8(m_server.readLine()).trimmed();
        const QRegularExpressionMatch match = listening.match(line);
        if (match.hasMatch())
            onListening(match.captured(1));
    }
}

void StreamingBench::onListening(const QString &url)
{
    ProviderProfile profile;
    profile.name = QStringLiteral("bench");
    profile.kind = m_options.kind;
    profile.model = QStringLiteral("bench-model");
    const QString path = m_options.kind == ProviderKind::OpenAiCompatible ? QStringLiteral("/v1")
        : m_options.kind == ProviderKind::Gemini                          ? QStringLiteral("/v1beta")
                                                                          : QString();
    profile.endpoints = {{url + path, {}}};
    profile.limits.maxConcurrent = m_options.concurrency;
    // Generous: under load a slow start or a slow stream is a figure to report, not a fault to retry.
    profile.limits.firstByteTimeoutMs = 60000;
    profile.limits.idleTimeoutMs = 60000;
    m_client.setProfile(profile);

    m_phase = Phase::Unloaded;
    submitUnloaded();
}

void StreamingBench::submitUnloaded()
{
    m_client.submit(QStringLiteral("bench"), benchRequest(m_options.tokens));
}

void StreamingBench::startLoaded()
{
    m_phase = Phase::Loaded;
    m_deltas = 0;
    m_deltaChars = 0;
    m_retries = 0;
    m_serverBefore = sampleProcess(m_server.processId());
    m_threadsBefore = sampleThreads();
    m_cpuStart = ownCpu();
    m_loadAtStart = loadAverage();
    m_runStartNs = nowNs();
    m_inFlightSinceNs = m_runStartNs;
    const ChatRequest request = benchRequest(m_options.tokens);
    for (int i = 0; i < m_options.calls; ++i)
        m_client.submit(QStringLiteral("bench"), request);
}

void StreamingBench::trackInFlight(int change)
{
    const qint64 t = nowNs();
    // Integrated only while calls are still waiting for capacity: afterwards in-flight falls by design.
    if (m_firstStarts < m_options.calls)
        m_inFlightIntegral += double(m_inFlight) * double(t - m_inFlightSinceNs);
    m_inFlightSinceNs = t;
    m_inFlight += change;
    m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
}

void StreamingBench::onStarted(CallId id, int attempt)
{
    const qint64 t = nowNs();
    if (m_phase == Phase::Unloaded) {
        m_unloadedStartNs = t;
        return;
    }
    if (m_phase != Phase::Loaded)
        return;
    if (!m_freedNs.empty()) {
        m_dispatchMs.push_back(double(t - m_freedNs.front()) / 1e6);
        m_freedNs.pop_front();
    }
    trackInFlight(+1);
    if (attempt == 1 && ++m_firstStarts == m_options.calls) {
        m_lastStartNs = t;
        m_socketsAtLastStart = openSockets();
    }
    m_startedNs.insert(id, t);
}

bool StreamingBench::textIsComplete(const ChatResult &result) const
{
    return result.text == m_expectedText && result.usage.outputTokens == m_options.tokens;
}

void StreamingBench::onEnded(CallId id, const ChatResult *result, const ProviderError *error)
{
    const qint64 t = nowNs();
    if (m_phase == Phase::Unloaded) {
        if (error || !textIsComplete(*result)) {
            fail(error ? QStringLiteral("an unloaded call failed: %1").arg(error->describe())
                       : QStringLiteral("an unloaded call ended without the expected text: \"%1\"").arg(result->text));
            return;
        }
        m_unloadedCallMs.push_back(double(t - m_unloadedStartNs) / 1e6);
        m_unloadedFirstByteMs.push_back(double(result->firstByteMs));
        if (int(m_unloadedCallMs.size()) < m_options.unloadedCalls)
            submitUnloaded();
        else
            startLoaded();
        return;
    }
    if (m_phase != Phase::Loaded)
        return;

    m_freedNs.push_back(t);
    trackInFlight(-1);
    ++m_ended;
    const qint64 started = m_startedNs.take(id);
    if (result) {
        m_callMs.push_back(double(t - started) / 1e6);
        m_firstByteMs.push_back(double(result->firstByteMs));
        m_outputTokens += result->usage.outputTokens;
        if (textIsComplete(*result)) {
            ++m_ok;
        } else {
            ++m_incomplete;
            if (m_problems.size() < 5)
                m_problems.append(QStringLiteral("call %1 finished with %2 characters and %3 output tokens")
                                      .arg(id)
                                      .arg(result->text.size())
                                      .arg(result->usage.outputTokens));
        }
    } else {
        ++m_failed;
        if (m_problems.size() < 5)
            m_problems.append(QStringLiteral("call %1 failed: %2").arg(id).arg(error->describe()));
    }
    if (m_ended == m_options.calls)
        finishLoaded();
}

void StreamingBench::finishLoaded()
{
    m_runEndNs = nowNs();
    m_cpuEnd = ownCpu();
    m_serverAfter = sampleProcess(m_server.processId());
    m_threadsAfter = sampleThreads();
    m_socketsAtEnd = openSockets();
    m_phase = Phase::Done;
    m_watchdog.stop();
    report();
    shutDown(m_ok == m_options.calls && m_failed == 0 ? 0 : 1);
}

void StreamingBench::report()
{
    const Options &o = m_options;
    std::sort(m_dispatchMs.begin(), m_dispatchMs.end());
    std::sort(m_callMs.begin(), m_callMs.end());
    std::sort(m_firstByteMs.begin(), m_firstByteMs.end());
    std::sort(m_unloadedCallMs.begin(), m_unloadedCallMs.end());
    std::sort(m_unloadedFirstByteMs.begin(), m_unloadedFirstByteMs.end());

    const int lost = o.calls - m_ok;
    const double wallS = double(m_runEndNs - m_runStartNs) / 1e9;
    const double throughput = m_ok / wallS;
    const int slots = std::min(o.concurrency, o.calls);
    const double nominalCallS = o.nominalCallS();
    const double unloadedCallS = percentile(m_unloadedCallMs, 50) / 1000.0;
    const double limitNominal = nominalCallS > 0 ? slots / nominalCallS : std::nan("");
    const double limitMeasured = slots / unloadedCallS;
    const double pctNominal = 100.0 * throughput / limitNominal;
    const double pctMeasured = 100.0 * throughput / limitMeasured;
    const double saturatedS = double(m_lastStartNs - m_runStartNs) / 1e9;
    const double meanInFlight = saturatedS > 0 ? m_inFlightIntegral / (saturatedS * 1e9) : double(m_peakInFlight);
    const CpuTime cpu = m_cpuEnd - m_cpuStart;
    const double mtok = double(m_outputTokens) / 1e6;
    const double cpuPerMtok = m_outputTokens > 0 ? cpu.totalS() / mtok : std::nan("");
    const CpuTime serverCpu = m_serverAfter.cpu - m_serverBefore.cpu;
    const double serverCpuPerMtok = m_outputTokens > 0 && serverCpu.known ? serverCpu.totalS() / mtok : std::nan("");
    const double rssMb = ownPeakRssMb();
    const double p50 = percentile(m_dispatchMs, 50);
    const double p99 = percentile(m_dispatchMs, 99);
    const double maxDispatch = m_dispatchMs.empty() ? std::nan("") : m_dispatchMs.back();
    const qint64 expectedTokens = qint64(m_ok + m_incomplete) * o.tokens;
    const double unloadedFirstByteMs = percentile(m_unloadedFirstByteMs, 50);
    const double extraFirstByteP50 = percentile(m_firstByteMs, 50) - unloadedFirstByteMs;
    const double extraFirstByteP99 = percentile(m_firstByteMs, 99) - unloadedFirstByteMs;

    QString cpuVerdict = QStringLiteral("MISSED");
    if (cpuPerMtok <= targetCpuPerMtokLow)
        cpuVerdict = QStringLiteral("met");
    else if (cpuPerMtok <= targetCpuPerMtokHigh)
        cpuVerdict = QStringLiteral("met (upper end of the band)");

    const auto row = [](const QString &figure, const QString &value, const QString &target = {}) {
        std::printf("  %-40s %-34s %s\n", qPrintable(figure), qPrintable(value), qPrintable(target));
    };
    std::printf("\nllm_streaming_bench: %s, %d calls, %d concurrent, server latency %d ms, %d tokens at %g/s a "
                "stream (%.0f ms a call)\n\n",
                qPrintable(o.format), o.calls, o.concurrency, o.latencyMs, o.tokens, o.tokensPerSecond,
                nominalCallS * 1000);
    row(QStringLiteral("figure"), QStringLiteral("value"), QStringLiteral("target"));
    row(QStringLiteral("machine: CPUs / load average at start"),
        QStringLiteral("%1 / %2").arg(QThread::idealThreadCount()).arg(m_loadAtStart),
        QStringLiteral("other work on the machine skews every figure"));
    row(QStringLiteral("calls ok / failed / incomplete / lost"),
        QStringLiteral("%1 / %2 / %3 / %4").arg(m_ok).arg(m_failed).arg(m_incomplete).arg(lost),
        QStringLiteral("0 lost: ") + verdict(lost == 0 && m_failed == 0));
    row(QStringLiteral("retries"), QString::number(m_retries));
    row(QStringLiteral("in flight (LlmClient): peak / mean"),
        QStringLiteral("%1 / %2").arg(m_peakInFlight).arg(meanInFlight, 0, 'f', 1),
        QStringLiteral("%1: ").arg(slots)
            + verdict(m_peakInFlight == slots && (o.calls <= o.concurrency || meanInFlight >= 0.99 * slots)));
    row(QStringLiteral("TCP connections: at last start / at end"),
        QStringLiteral("%1 / %2").arg(m_socketsAtLastStart).arg(m_socketsAtEnd),
        QStringLiteral("%1 on the wire: ").arg(slots)
            + verdict(std::max(m_socketsAtLastStart, m_socketsAtEnd) >= slots));
    row(QStringLiteral("dispatch ms p50 / p99 / max (n=%1)").arg(m_dispatchMs.size()),
        QStringLiteral("%1 / %2 / %3").arg(ms(p50), ms(p99), ms(maxDispatch)),
        QStringLiteral("p99 <= %1 ms: ").arg(targetDispatchP99Ms)
            + (m_dispatchMs.empty() ? QStringLiteral("n/a, no call waited") : verdict(p99 <= targetDispatchP99Ms)));
    row(QStringLiteral("first byte ms p50 / p99, loaded"),
        QStringLiteral("%1 / %2").arg(ms(percentile(m_firstByteMs, 50), 0), ms(percentile(m_firstByteMs, 99), 0)),
        QStringLiteral("unloaded p50 %1").arg(ms(unloadedFirstByteMs, 0)));
    row(QStringLiteral("  over unloaded ms p50 / p99"),
        QStringLiteral("%1 / %2").arg(ms(extraFirstByteP50, 0), ms(extraFirstByteP99, 0)),
        QStringLiteral("wire-side bound, p99 <= %1 ms: ").arg(targetDispatchP99Ms)
            + verdict(!(extraFirstByteP99 > targetDispatchP99Ms)));
    row(QStringLiteral("call ms p50 / p99, loaded"),
        QStringLiteral("%1 / %2").arg(ms(percentile(m_callMs, 50), 1), ms(percentile(m_callMs, 99), 1)),
        QStringLiteral("unloaded p50 %1, nominal %2").arg(ms(unloadedCallS * 1000, 1), ms(nominalCallS * 1000, 1)));
    row(QStringLiteral("wall time s"), QString::number(wallS, 'f', 2),
        QStringLiteral("ideal %1 (%2 waves)").arg(o.waves() * nominalCallS, 0, 'f', 2).arg(o.waves()));
    row(QStringLiteral("throughput calls/s"), QString::number(throughput, 'f', 1),
        QStringLiteral("limit %1 nominal, %2 from unloaded call")
            .arg(limitNominal, 0, 'f', 1)
            .arg(limitMeasured, 0, 'f', 1));
    row(QStringLiteral("throughput % of limit nominal / unloaded"),
        QStringLiteral("%1 / %2").arg(pctNominal, 0, 'f', 1).arg(pctMeasured, 0, 'f', 1),
        QStringLiteral(">= %1 %: ").arg(targetThroughputPct) + verdict(pctNominal >= targetThroughputPct));
    row(QStringLiteral("tokens: usage / expected"), QStringLiteral("%1 / %2").arg(m_outputTokens).arg(expectedTokens),
        verdict(m_outputTokens == expectedTokens));
    row(QStringLiteral("textDelta signals / characters"), QStringLiteral("%1 / %2").arg(m_deltas).arg(m_deltaChars),
        QStringLiteral("%1 tokens a signal, characters: ")
                .arg(m_deltas > 0 ? double(m_outputTokens) / m_deltas : 0.0, 0, 'f', 2)
            + verdict(m_deltaChars == qint64(m_ok + m_incomplete) * m_expectedText.size()));
    row(QStringLiteral("client CPU s, all threads"), cpu.describe(),
        QStringLiteral("%1 us a call").arg(1e6 * cpu.totalS() / std::max(1, m_ended), 0, 'f', 0));
    for (auto it = m_threadsAfter.cbegin(); it != m_threadsAfter.cend(); ++it) {
        // A thread that started during the run counts from zero.
        const CpuTime spent = it->cpu - m_threadsBefore.value(it.key(), StatSample {{}, {0, 0, true}}).cpu;
        if (spent.known && spent.totalS() >= 0.01) {
            const bool main = it.key() == QByteArray::number(::getpid());
            row(QStringLiteral("  thread %1").arg(main ? QStringLiteral("main") : QString::fromUtf8(it->name)),
                spent.describe());
        }
    }
    row(QStringLiteral("client CPU s per million tokens"), ms(cpuPerMtok, 2),
        QStringLiteral("<= %1-%2: ").arg(targetCpuPerMtokLow).arg(targetCpuPerMtokHigh) + cpuVerdict);
    row(QStringLiteral("server CPU s"), serverCpu.describe(),
        QStringLiteral("%1 s per million tokens (not a target)").arg(ms(serverCpuPerMtok, 2)));
    row(QStringLiteral("peak RSS MB client / server"),
        QStringLiteral("%1 / %2").arg(rssMb, 0, 'f', 1).arg(ms(m_serverAfter.peakRssMb, 1)));
    for (const QString &problem : std::as_const(m_problems))
        std::printf("  ! %s\n", qPrintable(problem));

    const auto num = [](double value, int decimals) {
        return std::isnan(value) ? QStringLiteral("nan") : QString::number(value, 'f', decimals);
    };
    std::printf("\nBENCH llm_streaming calls=%d ok=%d lost=%d p50_dispatch_ms=%s p99_dispatch_ms=%s "
                "throughput_pct=%s cpu_s_per_mtok=%s rss_mb=%s format=%s concurrency=%d failed=%d retries=%lld "
                "max_dispatch_ms=%s throughput_cps=%s throughput_pct_unloaded=%s server_cpu_s_per_mtok=%s "
                "peak_in_flight=%d tcp_connections=%d p99_first_byte_extra_ms=%s\n",
                o.calls, m_ok, lost, qPrintable(num(p50, 3)), qPrintable(num(p99, 3)), qPrintable(num(pctNominal, 1)),
                qPrintable(num(cpuPerMtok, 2)), qPrintable(num(rssMb, 1)), qPrintable(o.format), o.concurrency,
                m_failed, static_cast<long long>(m_retries), qPrintable(num(maxDispatch, 3)),
                qPrintable(num(throughput, 1)), qPrintable(num(pctMeasured, 1)), qPrintable(num(serverCpuPerMtok, 2)),
                m_peakInFlight, std::max(m_socketsAtLastStart, m_socketsAtEnd), qPrintable(num(extraFirstByteP99, 0)));
    std::fflush(stdout);
}

void StreamingBench::fail(const QString &why)
{
    if (m_phase == Phase::Done)
        return;
    std::fprintf(stderr, "llm_streaming_bench: %s\n", qPrintable(why));
    for (const QString &problem : std::as_const(m_problems))
        std::fprintf(stderr, "  ! %s\n", qPrintable(problem));
    m_phase = Phase::Done;
    m_watchdog.stop();
    m_client.cancelAll();
    shutDown(1);
}

void StreamingBench::shutDown(int exitCode)
{
    m_exitCode = exitCode;
    if (m_server.state() == QProcess::NotRunning) {
        // Maybe still before exec(): exit from the event loop, not before it.
        QMetaObject::invokeMethod(&m_client, [exitCode] { QCoreApplication::exit(exitCode); }, Qt::QueuedConnection);
        return;
    }
    m_server.terminate(); // the finished handler exits
    QTimer::singleShot(std::chrono::seconds(5), &m_client, [this] { m_server.kill(); });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("llm_streaming_bench"));
    const Options options = parseOptions(app);
    raiseDescriptorLimit();
    // LlmClient logs every request at debug level, which Qt prints unless told otherwise; QT_LOGGING_RULES
    // still overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("dialogsmith.llm.debug=false"));
    // Loopback only, whatever proxy the environment names.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);

    StreamingBench bench(options);
    bench.start();
    return QCoreApplication::exec();
}

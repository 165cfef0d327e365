// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llamaserver.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <sys/prctl.h>

#include <csignal>
#include <functional>
#include <unistd.h>

using namespace std::chrono_literals;

namespace Dialogsmith::Test {

namespace {

QString supportFile(const char *name)
{
    return QStringLiteral(DIALOGSMITH_LLAMASERVER_DIR "/") + QString::fromLatin1(name);
}

// run-llama-server's exit code when this machine has no llama-server.
constexpr int exitUnavailable = 77;

// A port the kernel has just handed out. Another process can take it before llama-server binds it;
// start() then tries again with another.
quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

LlamaServer::LlamaServer()
    : LlamaServer(Options {})
{ }

LlamaServer::LlamaServer(Options options)
    : m_options(std::move(options))
{ }

LlamaServer::~LlamaServer()
{
    stop();
}

bool LlamaServer::start()
{
    stop();
    m_errorString.clear();
    m_unavailableReason.clear();
    if (!m_dir.isValid()) {
        fail(QStringLiteral("cannot make a temporary folder: ") + m_dir.errorString());
        return false;
    }
    if (!writeModel())
        return false;
    for (int attempt = 1;; ++attempt) {
        if (!launch())
            return false;
        if (waitUntilHealthy())
            return true;
        const bool portTaken = !isRunning() && log().contains(QStringLiteral("couldn't bind"));
        if (!portTaken || attempt == 3)
            break;
        qInfo("llama-server: port %u was taken meanwhile, trying another", unsigned(m_port));
    }
    if (m_errorString.isEmpty() && available())
        fail(QStringLiteral("llama-server did not start"));
    stop();
    return false;
}

void LlamaServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool LlamaServer::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QUrl LlamaServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QString LlamaServer::modelName() const
{
    return QStringLiteral("dialogsmith-tiny");
}

QString LlamaServer::reply() const
{
    return QString(m_options.replyPieces).remove(u'|');
}

QString LlamaServer::log() const
{
    QFile file(logFilePath());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString LlamaServer::modelPath() const
{
    return m_dir.filePath(QStringLiteral("tiny.gguf"));
}

QString LlamaServer::logFilePath() const
{
    return m_dir.filePath(QStringLiteral("llama-server.log"));
}

void LlamaServer::printLog() const
{
    qWarning().noquote() << QStringLiteral("llama-server's log (%1):\n%2").arg(logFilePath(), log());
}

bool LlamaServer::writeModel()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        m_unavailableReason = QStringLiteral("no python3, which writes the test model");
        return false;
    }
    QProcess generator;
    generator.setProcessChannelMode(QProcess::MergedChannels);
    generator.start(python, {supportFile("make_tiny_gguf.py"), modelPath(), m_options.replyPieces});
    const bool finished = generator.waitForFinished(30000);
    if (!finished || generator.exitStatus() != QProcess::NormalExit || generator.exitCode() != 0) {
        fail(QStringLiteral("make_tiny_gguf.py failed: ") + generator.errorString() + u'\n'
             + QString::fromUtf8(generator.readAll()));
        return false;
    }
    return true;
}

bool LlamaServer::launch()
{
    m_port = freePort();
    if (m_port == 0) {
        fail(QStringLiteral("found no free port on 127.0.0.1"));
        return false;
    }
    QStringList arguments {QStringLiteral("-m"),         modelPath(),
                           QStringLiteral("--port"),     QString::number(m_port),
                           QStringLiteral("--parallel"), QString::number(m_options.parallel),
                           QStringLiteral("--alias"),    modelName()};
    // Loopback only, one thread, the model's own chat template through the Jinja engine, greedy sampling
    // unless a request asks otherwise, and no web interface.
    arguments += QStringLiteral("--host 127.0.0.1 -t 1 -c 2048 --jinja --temp 0 --seed 1 --no-webui").split(u' ');
    arguments += m_options.extraArguments;

    m_process.setProgram(supportFile("run-llama-server"));
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setStandardOutputFile(logFilePath());
    // run-llama-server execs its way to llama-server, so this reaches the server itself: a test that crashes
    // or is killed by ctest's timeout leaves no server behind.
    const pid_t parent = ::getpid();
    m_process.setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(1);
    });
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        fail(QStringLiteral("cannot run run-llama-server: ") + m_process.errorString());
        return false;
    }
    return true;
}

bool LlamaServer::waitUntilHealthy()
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    const QNetworkRequest health(baseUrl().resolved(QUrl(QStringLiteral("/health"))));
    bool healthy = false;
    // /health answers 503 while the model loads and refuses connections before the server listens: ask
    // again shortly after each answer until it says 200 or the server exits.
    std::function<void()> ask;
    ask = [&] {
        QNetworkReply *reply = network.get(health);
        QObject::connect(reply, &QNetworkReply::finished, &network, [&, reply] {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                healthy = true;
            else if (isRunning())
                QTimer::singleShot(20ms, &network, ask);
        });
    };
    ask();
    if (QTest::qWaitFor([&] { return healthy || !isRunning(); }, QDeadlineTimer(m_options.startTimeout)) && healthy)
        return true;

    if (isRunning()) {
        fail(QStringLiteral("llama-server did not answer GET /health with 200 within %1 s")
                 .arg(std::chrono::duration_cast<std::chrono::seconds>(m_options.startTimeout).count()));
    } else if (m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == exitUnavailable) {
        m_unavailableReason = log().trimmed();
    } else if (!log().contains(QStringLiteral("couldn't bind"))) {
        fail(m_process.exitStatus() == QProcess::NormalExit
                 ? QStringLiteral("llama-server exited with code %1").arg(m_process.exitCode())
                 : QStringLiteral("llama-server crashed"));
    }
    return false;
}

void LlamaServer::fail(const QString &error)
{
    m_errorString = error;
    qWarning().noquote() << QStringLiteral("LlamaServer: ") + error;
    if (QFile::exists(logFilePath()))
        printLog();
}

} // namespace Dialogsmith::Test

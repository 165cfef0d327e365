// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <chrono>

namespace Dialogsmith::Test {

/// llama.cpp's real llama-server on 127.0.0.1, serving a tiny generated model whose every chat reply is the
/// same few words ("Hello from a tiny model." unless Options::replyPieces says otherwise), as the peer of
/// tests of the OpenAI wire format.
///
/// The model answers with the same tokens whatever the prompt, under the model's own ChatML template, with a
/// finish_reason of "stop" (or "length" when max_tokens cuts it short) and real token usage. The server
/// samples greedily by default. Each of its `parallel` slots has 2048 / parallel tokens of context; further
/// requests wait for a free slot.
///
///     LlamaServer server;                                // e.g. a member of the test class
///     if (!server.start()) {                             // in initTestCase()
///         if (!server.available())
///             QSKIP(qPrintable(server.unavailableReason()));
///         QFAIL(qPrintable(server.errorString()));       // the log has been printed already
///     }
///     request.setUrl(server.baseUrl().resolved(QUrl(QStringLiteral("/v1/chat/completions"))));
///
/// It runs tests/support/llamaserver/run-llama-server, which finds llama-server in the tools/dev root or on
/// PATH. The server stops when the object is destroyed, and also when the test process dies.
class LlamaServer final
{
public:
    /// Set the fields one by one: designated initialisers that leave fields out trip -Wmissing-field-initializers.
    struct Options {
        int parallel = 4; ///< --parallel: how many requests the server works on at the same time
        /// The model's reply as its tokens, joined by '|'; each piece distinct (see make_tiny_gguf.py).
        QString replyPieces = QStringLiteral("Hello| from| a| tiny| model|.");
        std::chrono::milliseconds startTimeout = std::chrono::seconds(60);
        QStringList extraArguments; ///< appended to llama-server's command line
    };

    LlamaServer();
    explicit LlamaServer(Options options);
    ~LlamaServer();
    Q_DISABLE_COPY_MOVE(LlamaServer)

    /// Writes the model, starts the server and waits until GET /health answers 200. False when it did not:
    /// then either available() is false (no llama-server here: skip) or errorString() says what failed.
    bool start();
    /// Stops the server: SIGTERM, then SIGKILL if it does not end within a few seconds.
    void stop();
    bool isRunning() const;

    /// False once start() found no llama-server (or no python3) on this machine.
    bool available() const { return m_unavailableReason.isEmpty(); }
    QString unavailableReason() const { return m_unavailableReason; }
    QString errorString() const { return m_errorString; }

    /// `http://127.0.0.1:PORT`, without a path; the OpenAI endpoints are under /v1.
    QUrl baseUrl() const;
    /// The model's id in /v1/models and in every response's "model".
    QString modelName() const;
    /// The text of every complete chat reply, e.g. "Hello from a tiny model.".
    QString reply() const;
    int parallel() const { return m_options.parallel; }
    quint16 port() const { return m_port; }

    /// The server's output so far (stdout and stderr), and where it is written.
    QString log() const;
    QString logFilePath() const;
    /// Prints the log through qWarning, for a test that failed against the server.
    void printLog() const;

private:
    QString modelPath() const;
    bool writeModel();
    bool launch();
    bool waitUntilHealthy();
    void fail(const QString &error);

    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_unavailableReason;
    QString m_errorString;
    quint16 m_port = 0;
};

} // namespace Dialogsmith::Test

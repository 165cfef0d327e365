// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// dialogsmith-scripted-server: a stand-in provider for benchmarks, in its own process so that its CPU time
// is measured apart from the client's. Every request gets the same streamed answer.
#include "scriptedserver/scriptedresponses.h"
#include "scriptedserver/scriptedserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>
#include <cstdio>
#include <cstdlib>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace Dialogsmith::Test;

namespace {

[[noreturn]] void usageError(const QString &message)
{
    std::fprintf(stderr, "dialogsmith-scripted-server: %s\n", qPrintable(message));
    std::exit(2);
}

int nonNegative(const QCommandLineParser &parser, const QString &option)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 0)
        usageError(QStringLiteral("--%1 needs a whole number >= 0").arg(option));
    return value;
}

// Each connection is a file descriptor: lift the soft limit to the hard one so 512 streams and more fit.
void raiseDescriptorLimit()
{
#if defined(Q_OS_UNIX)
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dialogsmith-scripted-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Answers every HTTP request with a streamed chat completion."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1; 0 chooses a free one."), QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("format"), QStringLiteral("Wire format: openai, anthropic or gemini."),
         QStringLiteral("FORMAT"), QStringLiteral("openai")},
        {QStringLiteral("latency-ms"), QStringLiteral("Delay before the first byte of each answer."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("tokens"), QStringLiteral("Text pieces per answer."), QStringLiteral("N"),
         QStringLiteral("20")},
        {QStringLiteral("tokens-per-second"), QStringLiteral("Pieces per second in each stream; 0 sends at once."),
         QStringLiteral("R"), QStringLiteral("0")},
        {QStringLiteral("piece"), QStringLiteral("The text of each piece."), QStringLiteral("TEXT"),
         QStringLiteral(" token")},
    });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));

    const int port = nonNegative(parser, QStringLiteral("port"));
    if (port > 65535)
        usageError(QStringLiteral("--port must be at most 65535"));
    const std::optional<WireFormat> format = wireFormatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        usageError(QStringLiteral("--format must be openai, anthropic or gemini"));
    bool rateOk = false;
    const double rate = parser.value(QStringLiteral("tokens-per-second")).toDouble(&rateOk);
    if (!rateOk || rate < 0)
        usageError(QStringLiteral("--tokens-per-second needs a number >= 0"));

    const int tokens = nonNegative(parser, QStringLiteral("tokens"));
    Response answer = stream(*format, QStringList(tokens, parser.value(QStringLiteral("piece"))),
                             {.latencyMs = nonNegative(parser, QStringLiteral("latency-ms"))});
    if (rate > 0) {
        // Piece k is due k / rate seconds after the head; rounding each due time rather than each gap keeps
        // the rate exact for rates that do not divide 1000.
        for (int k = 1; k <= tokens; ++k) {
            answer.pieces[k].delayMs = int(std::lround(k * 1000.0 / rate) - std::lround((k - 1) * 1000.0 / rate));
        }
    }

    raiseDescriptorLimit();
    ScriptedServer server;
    server.setRecordRequests(false);
    server.setHandler([answer](const Request &) { return answer; });
    if (!server.listen(quint16(port))) {
        std::fprintf(stderr, "dialogsmith-scripted-server: cannot listen on 127.0.0.1:%d\n", port);
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0

// Exporting a big project to openai JSONL. A child process (this program with --build PATH) writes a project
// of 100,000 conversations of 6 turns (3 exchanges, a system prompt on the first answer) straight into the
// tables in one transaction with prepared inserts; this process then opens it as the CLI does and exports it
// with the project's default quality filter (the SQL the CLI runs), measuring the throughput in MB of JSONL
// per second of wall time (target >= 100 MB/s; also per second of the thread's CPU time, which a busy machine
// does not change) and the process's peak resident memory (VmHWM, which includes the Qt and SQLite libraries,
// SQLite's page cache and everything the export holds; target < 200 MB).
// Prints the figures and a final `BENCH {json}` line; exits 1 when a target is missed.

#include "design/design.h"
#include "export/exporter.h"
#include "project/projectfile.h"
#include "support/measure.h"
#include "support/prose.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace Dialogsmith;

namespace {

constexpr int conversationCount = 100'000;
constexpr int turnsPerConversation = 6;
constexpr double targetMbPerSecond = 100;
constexpr double targetPeakMb = 200;

bool check(bool ok, const QSqlQuery &q)
{
    if (!ok)
        std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
    return ok;
}

int build(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!ProjectFile::create(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    auto project = ProjectFile::open(path, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    QSqlDatabase db = project->database();
    // A pool of texts of prose, drawn from for every message: building stays fast.
    const Bench::Prose prose;
    QStringList questions;
    QStringList answers;
    for (int i = 0; i < 2048; ++i) {
        questions.append(prose.text(quint64(i) * 2 + 1, 80 + i % 160));
        answers.append(prose.text(quint64(i) * 2 + 2, 300 + (i * 7) % 700));
    }
    const QString system = QStringLiteral("You are a patient tutor who explains physics to curious students.");
    QSqlQuery q(db);
    const QString now = QStringLiteral("2026-01-01T00:00:00Z");
    if (!check(q.exec(QStringLiteral("BEGIN")), q)
        || !check(q.exec(QStringLiteral("INSERT INTO runs (id, created_at, state, planned, seed, snapshot) VALUES (1, "
                                        "'2026-01-01T00:00:00Z', 'complete', 100000, 1, '{}')")),
                  q)
        || !check(q.exec(QStringLiteral("INSERT INTO templates (version, step, source) VALUES ('v1', 'starter', "
                                        "'Ask.')")),
                  q))
        return 2;
    QSqlQuery conversation(db);
    QSqlQuery turn(db);
    if (!check(conversation.prepare(QStringLiteral(
                   "INSERT INTO conversations (id, run_id, plan_index, state, turns_planned, topic_path, "
                   "user_persona, assistant_persona, draw, created_at, updated_at) VALUES (?, 1, ?, 'complete', 3, "
                   "?, 'Mia', 'Tutor', ?, ?, ?)")),
               conversation)
        || !check(turn.prepare(QStringLiteral(
                      "INSERT INTO turns (conversation_id, seq, role, content, profile, model, params, input_tokens, "
                      "output_tokens, cost_usd, latency_ms, finish_reason, attempts, template_version, "
                      "system_prompt, created_at) VALUES (?, ?, ?, ?, 'local', 'local-model', '{}', 100, 100, 0, "
                      "500, 'stop', 1, 'v1', ?, ?)")),
                  turn))
        return 2;
    const QStringList topics = {QStringLiteral("Mechanics › Forces"), QStringLiteral("Mechanics › Energy"),
                                QStringLiteral("Optics › Lenses"), QStringLiteral("Waves › Sound")};
    for (int i = 0; i < conversationCount; ++i) {
        const qint64 id = i + 1;
        conversation.bindValue(0, id);
        conversation.bindValue(1, i);
        conversation.bindValue(2, topics.at(i % topics.size()));
        conversation.bindValue(3, QStringLiteral(R"({"index":%1,"turns":3})").arg(i));
        conversation.bindValue(4, now);
        conversation.bindValue(5, now);
        if (!check(conversation.exec(), conversation))
            return 2;
        for (int seq = 0; seq < turnsPerConversation; ++seq) {
            const int pick = (i * 7 + seq * 13) % 2048;
            turn.bindValue(0, id);
            turn.bindValue(1, seq);
            turn.bindValue(2, seq % 2 == 0 ? QStringLiteral("user") : QStringLiteral("assistant"));
            turn.bindValue(3, seq % 2 == 0 ? questions.at(pick) : answers.at(pick));
            turn.bindValue(4, seq == 1 ? QVariant(system) : QVariant(QMetaType::fromType<QString>()));
            turn.bindValue(5, now);
            if (!check(turn.exec(), turn))
                return 2;
        }
    }
    if (!check(q.exec(QStringLiteral("COMMIT")), q))
        return 2;
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    std::printf("built %d conversations × %d turns in %.1f s (%.0f MB)\n", conversationCount, turnsPerConversation,
                double(timer.elapsed()) / 1000.0, double(QFileInfo(path).size()) / 1e6);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1StringView("--build"))
        return build(args.at(2));

    const QString path = QDir::current().absoluteFilePath(QStringLiteral("export_bench.dialogsmith"));
    const QString output = QDir::current().absoluteFilePath(QStringLiteral("export_bench.jsonl"));
    for (const QString &file : QStringList {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), output})
        QFile::remove(file);
    QProcess builder;
    builder.setProcessChannelMode(QProcess::ForwardedChannels);
    builder.start(app.applicationFilePath(), {QStringLiteral("--build"), path});
    if (!builder.waitForFinished(600'000) || builder.exitCode() != 0) {
        std::fprintf(stderr, "building the project failed\n");
        return 2;
    }

    int status = 0;
    {
        QString error;
        auto project = ProjectFile::open(path, &error);
        if (!project) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        const double openedMb = Bench::peakRssMb();
        Export::ExportOptions options;
        options.format = Export::Format::OpenAi;
        options.quality = Store::QualityFilter::fromDesign(Design::QualitySettings {});
        QElapsedTimer timer;
        const double cpuBefore = Bench::threadCpuSeconds();
        timer.start();
        const auto result = Export::Exporter(project->database(), options).write(output, {}, &error);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpuSeconds = Bench::threadCpuSeconds() - cpuBefore;
        const double peakMb = Bench::peakRssMb();
        if (!result) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        const double mb = double(result->bytes) / 1e6;
        const double mbPerSecond = mb / seconds;
        std::printf("exported %lld conversations, %.1f MB of JSONL in %.2f s: %.0f MB/s (target ≥ %.0f)\n",
                    static_cast<long long>(result->written), mb, seconds, mbPerSecond, targetMbPerSecond);
        std::printf("CPU time %.2f s (%.0f MB per CPU second); the wall time also has the final fsync and any wait "
                    "for a core on a busy machine\n",
                    cpuSeconds, mb / cpuSeconds);
        std::printf("peak RSS %.0f MB (target < %.0f); %.0f MB before the export (project open)\n", peakMb,
                    targetPeakMb, openedMb);
        const QJsonObject json {{QStringLiteral("conversations"), result->written},
                                {QStringLiteral("mb"), mb},
                                {QStringLiteral("seconds"), seconds},
                                {QStringLiteral("cpu_seconds"), cpuSeconds},
                                {QStringLiteral("mb_per_cpu_s"), mb / cpuSeconds},
                                {QStringLiteral("mb_per_s"), mbPerSecond},
                                {QStringLiteral("peak_rss_mb"), peakMb},
                                {QStringLiteral("rss_before_mb"), openedMb}};
        std::printf("BENCH %s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
        if (result->written != conversationCount || mbPerSecond < targetMbPerSecond || peakMb >= targetPeakMb)
            status = 1;
    }
    for (const QString &file : QStringList {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), output})
        QFile::remove(file);
    return status;
}

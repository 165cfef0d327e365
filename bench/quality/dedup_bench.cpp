// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0

// Exact and near-duplicate detection of 100,000 samples of about 2 KB each, on one core (target ≤ 10 s), as
// the project's dedup pass does it: each sample described (normalised, fingerprinted, MinHash signature) and
// added to the LSH index in arrival order. The samples are text of a Zipf-distributed vocabulary, with
// capitals and punctuation; 5 % are exact copies of earlier ones in another form (case, spacing,
// punctuation) and 5 % near copies (1 % of the words changed: a Jaccard similarity of about 0.9). Measures time (wall
// and CPU of this thread), what was found of the planted duplicates, false alarms, and peak memory; then the same with
// the descriptions made on every core. Prints the figures and a final `BENCH {json}` line; exits 1 when the one-core
// target is missed or less than 99 % of the planted duplicates are found.
//
// Then the same samples as a project's conversations (a question and its answer each, written as the engine
// writes them; not timed), deduplicated as the studio and `dialogsmith-cli dedup` do: Quality::Deduplicator
// reads the texts from SQLite, signs them in transactions of 500, and writes the verdicts. Timed: that first
// update, and an incremental one after 1,000 new samples arrive and 100 answers are edited.

#include "project/projectfile.h"
#include "quality/deduplicator.h"
#include "quality/duplicateindex.h"
#include "store/runstore.h"
#include "support/measure.h"
#include "support/prose.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrentMap>

#include <cmath>
#include <cstdio>
#include <ctime>

using namespace Dialogsmith;
using Bench::Prose;
using Quality::DuplicateIndex;

using Bench::peakRssMb;
using Bench::threadCpuSeconds;

namespace {

constexpr int sampleCount = 100'000;
constexpr int batchSize = 2'000;
constexpr double targetSeconds = 10;

enum class Planted { None, Exact, Near };

struct Batch {
    QStringList texts;
    std::vector<Planted> planted;
    std::vector<qint64> source;
    qint64 bytes = 0;
};

// Sample i: a fresh text, or an exact or near copy of an earlier fresh sample; the same for every pass.
Batch makeBatch(const Prose &prose, int first)
{
    Batch batch;
    for (int i = first; i < std::min(sampleCount, first + batchSize); ++i) {
        QRandomGenerator random(quint64(i) * 7919 + 17);
        const int r = int(random.bounded(100));
        const int bytes = 1'600 + int(random.bounded(800));
        Planted planted = i > 1000 && r < 5 ? Planted::Exact : i > 1000 && r < 10 ? Planted::Near : Planted::None;
        qint64 source = i;
        QString text;
        if (planted == Planted::None) {
            text = prose.text(quint64(i), bytes);
        } else {
            // A fresh earlier sample: walk back until one is.
            source = random.bounded(i);
            for (;;) {
                QRandomGenerator check(quint64(source) * 7919 + 17);
                const int cr = int(check.bounded(100));
                const int sourceBytes = 1'600 + int(check.bounded(800));
                if (source <= 1000 || cr >= 10) {
                    text = prose.text(quint64(source), sourceBytes);
                    break;
                }
                --source;
            }
            text = planted == Planted::Exact ? text.toUpper().replace(QStringLiteral(", "), QStringLiteral(" ; "))
                                             : prose.edited(text, quint64(i), 0.01);
        }
        batch.bytes += text.toUtf8().size();
        batch.texts.append(text);
        batch.planted.push_back(planted);
        batch.source.push_back(source);
    }
    return batch;
}

struct Result {
    double seconds = 0;
    double cpuSeconds = 0;
    qint64 bytes = 0;
    int exactPlanted = 0, exactFound = 0, nearPlanted = 0, nearFound = 0, falseAlarms = 0;
};

Result pass(const Prose &prose, bool parallelDescribe)
{
    Result result;
    DuplicateIndex index({.threshold = 0.8, .nearDuplicates = true, .permutations = 128, .shingleWords = 5});
    for (int first = 0; first < sampleCount; first += batchSize) {
        const Batch batch = makeBatch(prose, first); // not timed: making the text is not the work measured
        result.bytes += batch.bytes;
        QElapsedTimer wall;
        wall.start();
        const double cpu = threadCpuSeconds();
        QList<Quality::SampleDescription> descriptions;
        if (parallelDescribe) {
            descriptions = QtConcurrent::blockingMapped(batch.texts,
                                                        [&index](const QString &text) { return index.describe(text); });
        } else {
            descriptions.reserve(batch.texts.size());
            for (const QString &text : batch.texts)
                descriptions.append(index.describe(text));
        }
        std::vector<DuplicateIndex::Verdict> verdicts;
        verdicts.reserve(size_t(descriptions.size()));
        for (qsizetype i = 0; i < descriptions.size(); ++i)
            verdicts.push_back(index.add(first + i, descriptions.at(i)));
        result.cpuSeconds += threadCpuSeconds() - cpu;
        result.seconds += double(wall.nsecsElapsed()) / 1e9;

        for (size_t i = 0; i < verdicts.size(); ++i) {
            const DuplicateIndex::Verdict &verdict = verdicts[i];
            switch (batch.planted[i]) {
            case Planted::Exact:
                ++result.exactPlanted;
                result.exactFound += verdict.kind == DuplicateIndex::Kind::Exact && verdict.keep == batch.source[i];
                break;
            case Planted::Near:
                ++result.nearPlanted;
                result.nearFound += verdict.kind != DuplicateIndex::Kind::Unique && verdict.keep == batch.source[i];
                break;
            case Planted::None:
                result.falseAlarms += verdict.kind != DuplicateIndex::Kind::Unique;
                break;
            }
        }
    }
    return result;
}

struct ProjectResult {
    double seconds = 0, cpuSeconds = 0; ///< the first update
    double incrementalSeconds = 0, incrementalCpuSeconds = 0;
    qint64 signedFirst = 0, signedIncremental = 0;
    int exactPlanted = 0, exactFound = 0, nearPlanted = 0, nearFound = 0, falseAlarms = 0;
    Quality::DuplicateSummary summary;
    QString error;
};

// Writes samples [first, last) as complete conversations of `run`; conversation ids are sample index + 1.
bool writeSamples(Store::RunStore &store, qint64 run, const Prose &prose, int first, int last, QList<Planted> *planted,
                  QList<qint64> *sources, QString *error)
{
    if (!store.begin(error))
        return false;
    for (int from = first; from < last; from += batchSize) {
        const Batch batch = makeBatch(prose, from);
        for (qsizetype i = 0; i < batch.texts.size() && from + i < last; ++i) {
            const QString &text = batch.texts.at(i);
            Store::NewConversation c;
            c.runId = run;
            c.planIndex = int(from + i);
            c.turnsPlanned = 1;
            c.draw = QByteArrayLiteral("{}");
            const auto id = store.insertConversation(c, error);
            if (!id)
                return false;
            // The first sentence is the question, the rest its answer.
            const qsizetype cut = std::max<qsizetype>(1, text.indexOf(u'.') + 1);
            for (int seq = 0; seq < 2; ++seq) {
                Store::NewTurn t;
                t.conversationId = *id;
                t.seq = seq;
                t.role = seq == 0 ? Llm::Role::User : Llm::Role::Assistant;
                t.content = seq == 0 ? text.left(cut) : text.mid(cut).trimmed();
                t.profile = QStringLiteral("local");
                t.model = QStringLiteral("local-model");
                t.params = QByteArrayLiteral("{}");
                t.finishReason = QStringLiteral("stop");
                t.templateVersion = QStringLiteral("v1");
                if (!store.insertTurn(t, error))
                    return false;
            }
            if (!store.finishConversation(*id, Store::ConversationState::Complete, QString(), false, error))
                return false;
            planted->append(batch.planted[size_t(i)]);
            sources->append(batch.source[size_t(i)]);
        }
    }
    return store.commit(error);
}

ProjectResult projectPass(const Prose &prose)
{
    ProjectResult result;
    QTemporaryDir dir;
    auto file = ProjectFile::create(dir.filePath(QStringLiteral("dedup.dialogsmith")), &result.error);
    if (!file)
        return result;
    Store::RunStore store(file->database());
    const auto run = store.createRun(sampleCount, 1, R"({"design":{}})", &result.error);
    if (!run
        || !store.storeTemplate(QStringLiteral("v1"), QStringLiteral("starter"), QStringLiteral("Ask."), &result.error))
        return result;
    QList<Planted> planted;
    QList<qint64> sources;
    constexpr int later = 1'000;
    if (!writeSamples(store, *run, prose, 0, sampleCount - later, &planted, &sources, &result.error))
        return result;

    Quality::Deduplicator dedup(file->database());
    QElapsedTimer wall;
    wall.start();
    double cpu = threadCpuSeconds();
    auto update = dedup.update(0.8, &result.error);
    if (!update)
        return result;
    result.cpuSeconds = threadCpuSeconds() - cpu;
    result.seconds = double(wall.nsecsElapsed()) / 1e9;
    result.signedFirst = update->signedSamples;

    // 1,000 more samples arrive and 100 answers are edited.
    if (!writeSamples(store, *run, prose, sampleCount - later, sampleCount, &planted, &sources, &result.error))
        return result;
    QSqlQuery q(file->database());
    if (!q.exec(QStringLiteral("UPDATE turns SET content = content || ' Edited.' WHERE seq = 1 AND "
                               "conversation_id % 997 = 1"))) {
        result.error = QStringLiteral("cannot edit the answers");
        return result;
    }
    wall.restart();
    cpu = threadCpuSeconds();
    update = dedup.update(0.8, &result.error);
    if (!update)
        return result;
    result.incrementalCpuSeconds = threadCpuSeconds() - cpu;
    result.incrementalSeconds = double(wall.nsecsElapsed()) / 1e9;
    result.signedIncremental = update->signedSamples;
    result.summary = update->summary;

    // What was found of the planted duplicates: a sample's verdict names the conversation it repeats.
    QHash<qint64, qint64> duplicateOf;
    q.exec(QStringLiteral("SELECT conversation_id, duplicate_of FROM signatures WHERE duplicate_of IS NOT NULL"));
    while (q.next())
        duplicateOf.insert(q.value(0).toLongLong() - 1, q.value(1).toLongLong() - 1);
    for (qsizetype i = 0; i < planted.size(); ++i) {
        const bool found = duplicateOf.value(i, -1) == sources.at(i);
        switch (planted.at(i)) {
        case Planted::Exact:
            ++result.exactPlanted;
            result.exactFound += found;
            break;
        case Planted::Near:
            ++result.nearPlanted;
            result.nearFound += found;
            break;
        case Planted::None:
            result.falseAlarms += duplicateOf.contains(i);
            break;
        }
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Prose prose;
    const DuplicateIndex probe({.threshold = 0.8, .nearDuplicates = true, .permutations = 128, .shingleWords = 5});

    const Result serial = pass(prose, false);
    const double serialRss = peakRssMb();
    const Result parallel = pass(prose, true);
    const ProjectResult project = projectPass(prose);

    const double mb = double(serial.bytes) / 1e6;
    const double found
        = double(serial.exactFound + serial.nearFound) / double(serial.exactPlanted + serial.nearPlanted);
    const double projectFound = double(project.exactFound + project.nearFound)
        / double(std::max(1, project.exactPlanted + project.nearPlanted));
    const bool met = serial.seconds <= targetSeconds && found >= 0.99 && project.error.isEmpty()
        && project.seconds <= targetSeconds && projectFound >= 0.99;
    std::printf(
        "dedup of %d samples, %.1f MB of UTF-8 (%.0f bytes each), threshold 0.8, 128 permutations, %d×%d bands\n",
        sampleCount, mb, double(serial.bytes) / sampleCount, probe.bands().bands, probe.bands().rows);
    std::printf("  one core: %.2f s wall, %.2f s CPU (target <= %.0f s), %.0f samples/s, %.1f MB/s\n", serial.seconds,
                serial.cpuSeconds, targetSeconds, sampleCount / serial.seconds, mb / serial.seconds);
    std::printf("  every core (%d threads describe): %.2f s wall\n", QThreadPool::globalInstance()->maxThreadCount(),
                parallel.seconds);
    std::printf("  planted exact found %d / %d, near found %d / %d, false alarms %d of %d fresh samples\n",
                serial.exactFound, serial.exactPlanted, serial.nearFound, serial.nearPlanted, serial.falseAlarms,
                sampleCount - serial.exactPlanted - serial.nearPlanted);
    std::printf("  peak RSS %.0f MB after the one-core pass\n", serialRss);
    if (!project.error.isEmpty()) {
        std::printf("  in a project: FAILED: %s\n", qPrintable(project.error));
    } else {
        std::printf("  in a project (Deduplicator, SQLite): first update %.2f s wall, %.2f s CPU, %lld samples signed "
                    "(target <= %.0f s)\n",
                    project.seconds, project.cpuSeconds, project.signedFirst, targetSeconds);
        std::printf("    then 1,000 new samples and 100 edited answers: %.2f s wall, %.2f s CPU, %lld signed\n",
                    project.incrementalSeconds, project.incrementalCpuSeconds, project.signedIncremental);
        std::printf("    planted exact found %d / %d, near found %d / %d, false alarms %d; %lld exact and %lld near "
                    "duplicates in %lld groups\n",
                    project.exactFound, project.exactPlanted, project.nearFound, project.nearPlanted,
                    project.falseAlarms, project.summary.exact, project.summary.near, project.summary.groups);
    }
    std::printf("  targets: %s\n", met ? "met" : "MISSED");

    const QJsonObject json {
        {QStringLiteral("bench"), QStringLiteral("quality_dedup")},
        {QStringLiteral("samples"), sampleCount},
        {QStringLiteral("mb"), mb},
        {QStringLiteral("seconds_one_core"), serial.seconds},
        {QStringLiteral("cpu_seconds_one_core"), serial.cpuSeconds},
        {QStringLiteral("seconds_all_cores"), parallel.seconds},
        {QStringLiteral("exact_found"), serial.exactFound},
        {QStringLiteral("exact_planted"), serial.exactPlanted},
        {QStringLiteral("near_found"), serial.nearFound},
        {QStringLiteral("near_planted"), serial.nearPlanted},
        {QStringLiteral("false_alarms"), serial.falseAlarms},
        {QStringLiteral("peak_rss_mb"), serialRss},
        {QStringLiteral("project_seconds"), project.seconds},
        {QStringLiteral("project_cpu_seconds"), project.cpuSeconds},
        {QStringLiteral("project_incremental_seconds"), project.incrementalSeconds},
        {QStringLiteral("project_found"), projectFound},
        {QStringLiteral("targets_met"), met},
    };
    std::printf("BENCH %s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return met ? 0 : 1;
}

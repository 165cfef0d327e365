// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0

// Retrieval over 100,000 chunks, as generation uses it: a project of 1,000 documents of about 100,000
// characters (Zipf-distributed pseudo-words) is cut into chunks of at most 1,000 characters and indexed
// (ChunkStore::update, timed), then 2,000 retrievals are timed one by one — 1,000 related() (the chunks that
// share a chunk's subject: follow-up grounding, hard negatives from other documents) and 1,000 retrieve()
// for a question made of a chunk's words — target p99 < 5 ms; then 1,000 typed searches of one to three
// words (reported, no target: a word in most chunks is slow to rank by nature). Prints the figures and a
// final `BENCH {json}` line; exits 1 when the retrieval target is missed.

#include "project/projectfile.h"
#include "store/chunkstore.h"
#include "store/designstore.h"
#include "support/measure.h"
#include "support/prose.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

using namespace Dialogsmith;

using Bench::peakRssMb;

namespace {

constexpr int documentCount = 1'000;
constexpr int documentCharacters = 100'000;
constexpr int retrievals = 1'000;
constexpr double targetP99Ms = 5;

struct Latencies {
    std::vector<double> ms;
    qint64 results = 0;

    double percentile(double p)
    {
        if (ms.empty())
            return 0;
        std::sort(ms.begin(), ms.end());
        return ms[std::min(ms.size() - 1, size_t(p * double(ms.size())))];
    }
};

template<typename F>
bool timed(Latencies &latencies, F call)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::optional<QList<Store::ChunkHit>> hits = call(&error);
    latencies.ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    if (!hits) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    latencies.results += hits->size();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Bench::Prose prose;
    const QString path = QDir::current().absoluteFilePath(QStringLiteral("retrieval-bench.dialogsmith"));
    QFile::remove(path);
    QString error;
    if (!ProjectFile::create(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    int rc = 0;
    {
        std::unique_ptr<ProjectFile> project = ProjectFile::open(path, &error);
        if (!project) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        Design::ProjectDesign design;
        for (int i = 0; i < documentCount; ++i)
            design.documents.append({QStringLiteral("Document %1").arg(i + 1), QStringLiteral("generated"),
                                     prose.text(quint64(i) + 1, documentCharacters)});
        design.chunking = {1000, 0};
        if (!Store::DesignStore(project->database()).save(design, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        design.documents.clear();

        Store::ChunkStore chunks(project->database());
        QElapsedTimer timer;
        timer.start();
        const std::optional<Store::ChunkStore::Update> update = chunks.update({1000, 0}, &error);
        const double indexSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (!update) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        std::printf("cut and indexed %d documents (%.0f MB of text) into %lld chunks in %.1f s (%.1f MB/s)\n",
                    documentCount, documentCount * double(documentCharacters) / 1e6, qlonglong(update->chunks),
                    indexSeconds, documentCount * double(documentCharacters) / 1e6 / indexSeconds);

        QRandomGenerator random(42);
        Latencies related, relatedElsewhere, retrieved, searched;
        const qint64 total = update->chunks;
        for (int i = 0; i < retrievals; ++i) {
            const qint64 id = 1 + qint64(random.bounded(quint64(total)));
            const auto scope = i % 2 ? Store::ChunkStore::Scope::OtherDocuments : Store::ChunkStore::Scope::AnyDocument;
            if (!timed(i % 2 ? relatedElsewhere : related, [&](QString *e) { return chunks.related(id, 5, scope, e); }))
                return 2;
        }
        for (int i = 0; i < retrievals; ++i) {
            // A question of 8–15 words of some chunk, as a generated user turn reads.
            const qint64 id = 1 + qint64(random.bounded(quint64(total)));
            QSqlQuery q(project->database());
            q.prepare(QStringLiteral("SELECT text FROM chunks WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec() || !q.next())
                return 2;
            const QStringList words = q.value(0).toString().split(u' ', Qt::SkipEmptyParts);
            const int length = 8 + int(random.bounded(8));
            const int first = int(random.bounded(std::max(1, int(words.size()) - length)));
            const QString question = words.mid(first, length).join(u' ') + u'?';
            if (!timed(retrieved, [&](QString *e) { return chunks.retrieve(question, 5, e); }))
                return 2;
        }
        for (int i = 0; i < retrievals; ++i) {
            // One to three words a person might type: of every frequency, as prose has them.
            QStringList words;
            const int count = 1 + int(random.bounded(3));
            for (int w = 0; w < count; ++w)
                words.append(prose.word(qsizetype(std::pow(20'000.0, random.generateDouble())) - 1));
            const QString typed = words.join(u' ') + u' ';
            if (!timed(searched, [&](QString *e) { return chunks.search(typed, 20, e); }))
                return 2;
        }

        const double relatedP50 = related.percentile(0.5), relatedP99 = related.percentile(0.99);
        const double elsewhereP50 = relatedElsewhere.percentile(0.5), elsewhereP99 = relatedElsewhere.percentile(0.99);
        const double retrievedP50 = retrieved.percentile(0.5), retrievedP99 = retrieved.percentile(0.99);
        const double searchedP50 = searched.percentile(0.5), searchedP99 = searched.percentile(0.99);
        const bool met = relatedP99 < targetP99Ms && elsewhereP99 < targetP99Ms && retrievedP99 < targetP99Ms;
        std::printf("  related chunks (5):        p50 %.2f ms, p99 %.2f ms, max %.2f ms, %.1f results each\n",
                    relatedP50, relatedP99, related.ms.back(), double(related.results) / related.ms.size());
        std::printf("  … in other documents (5):  p50 %.2f ms, p99 %.2f ms, max %.2f ms, %.1f results each\n",
                    elsewhereP50, elsewhereP99, relatedElsewhere.ms.back(),
                    double(relatedElsewhere.results) / relatedElsewhere.ms.size());
        std::printf("  chunks for a question (5): p50 %.2f ms, p99 %.2f ms, max %.2f ms, %.1f results each\n",
                    retrievedP50, retrievedP99, retrieved.ms.back(), double(retrieved.results) / retrievals);
        std::printf("  typed search (20):         p50 %.2f ms, p99 %.2f ms, max %.2f ms, %.1f results each\n",
                    searchedP50, searchedP99, searched.ms.back(), double(searched.results) / retrievals);
        std::printf("  peak RSS %.0f MB; retrieval target p99 < %.0f ms: %s\n", peakRssMb(), targetP99Ms,
                    met ? "met" : "MISSED");
        const QJsonObject json {
            {QStringLiteral("bench"), QStringLiteral("store_retrieval")},
            {QStringLiteral("chunks"), qint64(total)},
            {QStringLiteral("index_seconds"), indexSeconds},
            {QStringLiteral("related_p50_ms"), relatedP50},
            {QStringLiteral("related_p99_ms"), relatedP99},
            {QStringLiteral("related_elsewhere_p50_ms"), elsewhereP50},
            {QStringLiteral("related_elsewhere_p99_ms"), elsewhereP99},
            {QStringLiteral("retrieve_p50_ms"), retrievedP50},
            {QStringLiteral("retrieve_p99_ms"), retrievedP99},
            {QStringLiteral("search_p50_ms"), searchedP50},
            {QStringLiteral("search_p99_ms"), searchedP99},
            {QStringLiteral("targets_met"), met},
        };
        std::printf("BENCH %s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
        rc = met ? 0 : 1;
    }
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    return rc;
}

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0

// PDF import speed: writes a 500-page PDF with Qt's PDF writer (about 2,800 characters of prose a page, in
// four paragraphs, with a title), then imports it with Documents::importFile() on a worker thread, as the
// studio does, three times. Reports pages per second, the time of each page (from the progress calls), how
// much of the text came back, and peak memory. Target: 500 pages in at most 10 s (50 pages/s) on one core.
// Prints the figures and a final `BENCH {json}` line; exits 1 when the target is missed or text is lost.
// The PDF is written under the working directory (a real disk, not /tmp) and removed at the end.

#include "documents/importer.h"
#include "support/measure.h"
#include "support/prose.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QtConcurrentRun>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Dialogsmith;

using Bench::peakRssMb;
using Bench::threadCpuSeconds;

namespace {

constexpr int pageCount = 500;
constexpr int paragraphsPerPage = 4;
constexpr int paragraphCharacters = 700;
constexpr double targetSeconds = 10;
constexpr int rounds = 3;

QString pageText(const Bench::Prose &prose, int page)
{
    QStringList paragraphs;
    for (int p = 0; p < paragraphsPerPage; ++p)
        paragraphs.append(prose.text(quint64(page) * 16 + quint64(p) + 1, paragraphCharacters).trimmed());
    return paragraphs.join(QStringLiteral("\n\n"));
}

struct Round {
    double seconds = 0;
    double cpuSeconds = 0;
    std::vector<double> pageMs;
    Documents::ImportResult result;
};

Round importOnce(const QString &path)
{
    return QtConcurrent::run([path] {
               Round round;
               QElapsedTimer timer;
               timer.start();
               const double cpu = threadCpuSeconds();
               qint64 last = 0;
               round.result = Documents::importFile(path, {}, [&](int, int) {
                   const qint64 now = timer.nsecsElapsed();
                   round.pageMs.push_back(double(now - last) / 1e6);
                   last = now;
                   return true;
               });
               round.seconds = double(timer.nsecsElapsed()) / 1e9;
               round.cpuSeconds = threadCpuSeconds() - cpu;
               return round;
           })
        .result();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char *argv[])
{
    // QPdfWriter needs a QGuiApplication; no screen is needed for it.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const Bench::Prose prose;
    const QString path = QDir::current().absoluteFilePath(QStringLiteral("import-bench.pdf"));

    QStringList pages;
    qint64 characters = 0;
    for (int i = 0; i < pageCount; ++i) {
        pages.append(pageText(prose, i));
        characters += pages.last().size();
    }
    QElapsedTimer timer;
    timer.start();
    {
        QPdfWriter writer(path);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(QStringLiteral("Import benchmark"));
        QPainter painter(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9.5);
        painter.setFont(font);
        for (int i = 0; i < pageCount; ++i) {
            if (i > 0)
                writer.newPage();
            painter.drawText(QRectF(56, 56, 483, 730), Qt::TextWordWrap, pages[i]);
        }
    }
    const double writeSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double fileMb = double(QFileInfo(path).size()) / 1e6;
    std::printf("wrote %d pages (%.1f MB, %.1f million characters) with QPdfWriter in %.1f s\n", pageCount, fileMb,
                double(characters) / 1e6, writeSeconds);

    std::vector<Round> results;
    for (int r = 0; r < rounds; ++r)
        results.push_back(importOnce(path));
    QFile::remove(path);

    bool ok = true;
    for (const Round &round : results) {
        if (!round.result) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(round.result.error));
            return 2;
        }
    }
    const Round &best = *std::min_element(results.begin(), results.end(),
                                          [](const Round &a, const Round &b) { return a.seconds < b.seconds; });
    const Documents::ImportedDocument &imported = *best.result.imported;
    const QString &text = imported.document.text;

    // Every page's paragraphs must come back, word for word, in order.
    // The importer keeps the wrapped lines of a paragraph: compare with every line break as a space.
    const QString flat = text.simplified();
    int paragraphsFound = 0;
    qsizetype from = 0;
    for (const QString &page : std::as_const(pages)) {
        for (const QString &paragraph : page.split(QStringLiteral("\n\n"))) {
            const QString words = paragraph.simplified();
            const qsizetype at = flat.indexOf(words, from);
            if (at >= 0) {
                ++paragraphsFound;
                from = at + words.size();
            }
        }
    }
    const int paragraphsWritten = pageCount * paragraphsPerPage;
    const bool allText
        = paragraphsFound == paragraphsWritten && imported.pages == pageCount && imported.warnings.isEmpty();
    ok = ok && allText;

    std::vector<double> seconds;
    for (const Round &round : results)
        seconds.push_back(round.seconds);
    const double pagesPerSecond = pageCount / best.seconds;
    const bool met = best.seconds <= targetSeconds;
    ok = ok && met;
    const double rss = peakRssMb();

    std::printf("import of %d pages on a worker thread, %d rounds: %.2f / %.2f / %.2f s\n", pageCount, rounds,
                seconds[0], seconds[1], seconds[2]);
    std::printf("  best: %.2f s wall, %.2f s CPU, %.0f pages/s, %.2f million characters/s (target <= %.0f s: %s)\n",
                best.seconds, best.cpuSeconds, pagesPerSecond, double(text.size()) / 1e6 / best.seconds, targetSeconds,
                met ? "met" : "MISSED");
    std::printf("  per page: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", percentile(best.pageMs, 0.5),
                percentile(best.pageMs, 0.99), percentile(best.pageMs, 1.0));
    std::printf("  text: %lld characters imported of %lld written; %d of %d paragraphs found in order; title \"%s\"\n",
                qlonglong(text.size()), qlonglong(characters), paragraphsFound, paragraphsWritten,
                qPrintable(imported.document.title));
    std::printf("  peak RSS %.0f MB\n", rss);

    const QJsonObject bench {
        {QStringLiteral("bench"), QStringLiteral("documents_import")},
        {QStringLiteral("pages"), pageCount},
        {QStringLiteral("file_mb"), fileMb},
        {QStringLiteral("seconds"), best.seconds},
        {QStringLiteral("cpu_seconds"), best.cpuSeconds},
        {QStringLiteral("pages_per_second"), pagesPerSecond},
        {QStringLiteral("p50_page_ms"), percentile(best.pageMs, 0.5)},
        {QStringLiteral("p99_page_ms"), percentile(best.pageMs, 0.99)},
        {QStringLiteral("paragraphs_found"), paragraphsFound},
        {QStringLiteral("paragraphs_written"), paragraphsWritten},
        {QStringLiteral("rss_mb"), rss},
        {QStringLiteral("target_met"), met},
    };
    std::printf("BENCH %s\n", QJsonDocument(bench).toJson(QJsonDocument::Compact).constData());
    return ok ? 0 : 1;
}

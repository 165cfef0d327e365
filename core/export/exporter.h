// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/exportoptions.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace Dialogsmith::Export {

/// What an export would write, counted in SQL without reading the texts.
struct ExportCount {
    qint64 selected = 0; ///< complete samples the selection takes, before quality filters
    std::optional<Store::QualityCounts> quality; ///< with ExportOptions::quality: what it catches
    qint64 samples = 0; ///< selected, passing the filters, of a mode the format takes
    QMap<QString, qint64> skippedModes; ///< mode → samples of it the format does not take
    qint64 records = 0; ///< records those samples give (samples with no complete exchange give none)
    qint64 trainSamples = 0; ///< with a split: samples in train (the rest in validation)
};

struct ExportResult {
    qint64 written = 0; ///< samples that gave at least one record
    qint64 records = 0; ///< lines (JSONL) or rows (CSV) written
    qint64 skipped = 0; ///< samples that gave none
    QMap<QString, qint64> skippedReasons; ///< translated reason → samples
    std::optional<Store::QualityCounts> quality; ///< with ExportOptions::quality: what it caught
    QMap<QString, qint64> splitRecords; ///< "train"/"validation" → records (with a split)
    QStringList files; ///< the files written, full paths (data files, then README.md)
    qint64 bytes = 0; ///< of the data files
};

struct ExportPreview {
    QByteArray header; ///< CSV: the header row; JSONL: empty
    QByteArrayList records; ///< the first records, each without its line end
    QList<qint64> sampleIds; ///< the sample each record came from
};

/// `progress(done, total)` in samples, now and then (at least every 256 samples); false cancels.
using Progress = std::function<bool(qint64 done, qint64 total)>;

/// Writes a project's samples in a trainer's format. A plain value type: make one per export, on any
/// thread, with a connection of that thread. Reading streams from SQLite in batches (the selected ids are
/// read first, a sample's texts only when it is written), so memory does not grow with the dataset.
/// Every file is written through QSaveFile and all are committed at the end: a failed or cancelled export
/// leaves no file behind (with a split, none of them).
class Exporter final
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    Exporter(QSqlDatabase db, ExportOptions options);

    std::optional<ExportCount> count(QString *error) const;
    /// The first `records` records, as write() would write them (same order, same split: train first).
    std::optional<ExportPreview> preview(int records, QString *error) const;
    /// Writes to `path`: a file, or with ExportOptions::writesFolder() a folder (made when missing).
    std::optional<ExportResult> write(const QString &path, const Progress &progress, QString *error) const;

    /// The files write() makes at `path` with `options` (full paths).
    static QStringList outputFiles(const ExportOptions &options, const QString &path);

private:
    QSqlDatabase m_db;
    ExportOptions m_options;
};

} // namespace Dialogsmith::Export

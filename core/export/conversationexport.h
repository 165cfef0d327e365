// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/datasetquery.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace Dialogsmith::Export {

enum class Format {
    OpenAi, ///< {"messages": [{"role", "content"}, ...]} per line
    ShareGpt, ///< {"conversations": [{"from": "system"|"human"|"gpt", "value"}, ...]} per line
};
QString formatName(Format format);
std::optional<Format> parseFormat(const QString &name);

struct ExportOptions {
    Format format = Format::OpenAi;
    bool approvedOnly = false; ///< else every complete conversation that is not rejected
    bool includeSystem = true; ///< the system prompt the first answer was written under
    bool includeMetadata = false; ///< topic, personas, scenario, structure, document, models
    /// Leaves out what the quality settings catch (filter rules, judge threshold, duplicates); nothing:
    /// every selected conversation. The hits are read as `filter_hits` has them (Quality::FilterChecker
    /// brings it up to date first).
    std::optional<Store::QualityFilter> quality;
};

struct ExportResult {
    qint64 written = 0;
    qint64 skipped = 0; ///< selected but not exportable (no complete exchange)
    /// With ExportOptions::quality: what it caught among the selected conversations (`removed` of them
    /// were left out).
    std::optional<Store::QualityCounts> quality;
};

/// Writes a project's conversations as JSON Lines for trainers. The file is written to a temporary file
/// and renamed at the end, so a failed or cancelled export never leaves half a file.
class ConversationExport final
{
    Q_DECLARE_TR_FUNCTIONS(ConversationExport)

public:
    /// How many conversations write() would select with `approvedOnly` (some may then be skipped), before
    /// quality filters.
    static std::optional<qint64> selected(QSqlDatabase db, bool approvedOnly, QString *error);
    /// The SQL condition (alias `c`) of the conversations `approvedOnly` selects.
    static QString selection(bool approvedOnly);
    /// What `quality` catches among them.
    static std::optional<Store::QualityCounts> leftOut(QSqlDatabase db, bool approvedOnly,
                                                       const Store::QualityFilter &quality, QString *error);
    /// `progress(done, total)` is called now and then; returning false cancels the export.
    static std::optional<ExportResult> write(QSqlDatabase db, const QString &path, const ExportOptions &options,
                                             const std::function<bool(qint64, qint64)> &progress, QString *error);
};

} // namespace Dialogsmith::Export

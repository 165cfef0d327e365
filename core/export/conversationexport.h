// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

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
};

struct ExportResult {
    qint64 written = 0;
    qint64 skipped = 0; ///< selected but not exportable (no complete exchange)
};

/// Writes a project's conversations as JSON Lines for trainers. The file is written to a temporary file
/// and renamed at the end, so a failed or cancelled export never leaves half a file.
class ConversationExport final
{
    Q_DECLARE_TR_FUNCTIONS(ConversationExport)

public:
    /// How many conversations write() would select with `approvedOnly` (some may then be skipped).
    static std::optional<qint64> selected(QSqlDatabase db, bool approvedOnly, QString *error);
    /// `progress(done, total)` is called now and then; returning false cancels the export.
    static std::optional<ExportResult> write(QSqlDatabase db, const QString &path, const ExportOptions &options,
                                             const std::function<bool(qint64, qint64)> &progress, QString *error);
};

} // namespace Dialogsmith::Export

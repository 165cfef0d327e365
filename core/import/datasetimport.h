// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "llm/chat.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace Dialogsmith::Import {

/// The JSONL shapes Dialogsmith exports and reads back.
enum class DatasetFormat {
    OpenAi, ///< {"messages": [{"role": "system"|"user"|"assistant", "content": …}, …]}
    ShareGpt, ///< {"conversations": [{"from": "system"|"human"|"gpt", "value": …}, …]}
    Alpaca, ///< {"instruction", "input", "output", "system", "history": [[question, answer], …]}
};
QString datasetFormatName(DatasetFormat format); ///< "openai", "sharegpt", "alpaca"
std::optional<DatasetFormat> parseDatasetFormat(QStringView name);

/// One record read from a line: its system prompt (may be empty) and its messages, user and assistant in
/// turn, starting with the user and ending with the assistant.
struct DatasetRecord {
    QString system;
    QList<Llm::ChatMessage> messages;
    QString topic; ///< "metadata": {"topic_path" or "topic"} as Dialogsmith exports it with metadata; may be empty
};

/// What one line gave: a record, or the reason it is not one (empty lines are neither).
struct RecordResult {
    std::optional<DatasetRecord> record;
    QString error; ///< a sentence without the line number ("the message 3 has no \"content\".")
    bool blank = false;
};

/// Reads JSONL records of the three formats. Plain value functions with no I/O: the fuzz target calls them.
class DatasetReader final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetReader)

public:
    /// The format a record is in, by the key that holds its messages ("messages", "conversations",
    /// "instruction"); nothing when the line is no JSON object or has none of them.
    static std::optional<DatasetFormat> detect(QByteArrayView line);
    /// Reads one line in `format`.
    static RecordResult read(QByteArrayView line, DatasetFormat format);
};

/// A line that was not imported, and why.
struct BadLine {
    qint64 line = 0; ///< from 1
    QString reason;
};

struct DatasetImportOptions {
    std::optional<DatasetFormat> format; ///< none: detected from the first line that is a record
    /// Import the good records when some lines are bad. Without it nothing is written when a line is bad,
    /// and the result lists the bad lines (the user is asked, then the import runs again with it).
    bool skipBadLines = false;
    /// At most this many bad lines are kept in the result (badLineCount counts them all).
    int maxReportedBadLines = 1000;
};

struct DatasetImportResult {
    qint64 runId = 0; ///< the import run; 0 when nothing was written
    qint64 imported = 0; ///< samples written
    qint64 conversations = 0; ///< of which multi-turn (mode conversation); the rest are instruction samples
    std::optional<DatasetFormat> format;
    QList<BadLine> badLines; ///< the first maxReportedBadLines, in order
    qint64 badLineCount = 0;
    bool refused = false; ///< bad lines were found without skipBadLines: nothing was written
    bool cancelled = false; ///< nothing was written
    QString error; ///< set when the file could not be read or the project written (nothing was written)
    bool ok() const { return error.isEmpty() && !refused && !cancelled; }
};

/// `progress(bytesRead, totalBytes)`, now and then; returning false cancels.
using DatasetProgress = std::function<bool(qint64 done, qint64 total)>;

/// Streams a JSONL dataset into a project: each record becomes a complete sample (mode conversation when
/// it has more than one exchange, instruction when it has one) of a new run of kind "import", all in one
/// transaction. A sample's details say where it came from ({"import": {"file", "line", "format"}}), its
/// turns have finish_reason "import" and no model. Blocking, no QObject: run it on a worker thread with
/// the worker's own connection to the project file.
class DatasetImport final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetImport)

public:
    static DatasetImportResult run(QSqlDatabase db, const QString &path, const DatasetImportOptions &options,
                                   const DatasetProgress &progress = {});
    /// The bad lines as the CLI and the studio show them: "line 3: …", the first `limit` and how many more.
    static QString describeBadLines(const DatasetImportResult &result, int limit = 20);
};

} // namespace Dialogsmith::Import

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dialogsmith::Export {

/// The formats trainers read. Each writes zero or more records per sample; a sample of a mode the format
/// does not take is skipped (counted, with the reason).
enum class Format {
    OpenAi, ///< JSONL {"messages": [{"role", "content"}, ...]}
    ShareGpt, ///< JSONL {"conversations": [{"from": "system"|"human"|"gpt", "value"}, ...]}
    Alpaca, ///< JSONL {"instruction", "input", "output", "system"?, "history": [[q, a], ...]} (LLaMA-Factory)
    Dpo, ///< JSONL TRL conversational preference: {"prompt": [msgs], "chosen": [msg], "rejected": [msg]}
    DpoText, ///< JSONL TRL standard preference: {"prompt", "chosen", "rejected"} strings
    Triplets, ///< JSONL sentence-transformers {"anchor", "positive", "negative"}
    Turns, ///< JSONL one row per assistant turn: history before it, prompt, response, its document
    Csv, ///< RFC 4180 CSV, one row per sample, for spreadsheets
};

/// Every format, in menu order.
QList<Format> allFormats();
/// The name the CLI and the file menu's object names use: "openai", "sharegpt", "alpaca", "dpo", "dpo-text",
/// "triplets", "turns", "csv".
QString formatName(Format format);
std::optional<Format> parseFormat(const QString &name);
/// The translated name to show ("OpenAI messages", "ShareGPT", "Alpaca", "DPO (conversational)", ...).
QString formatDisplayName(Format format);
/// One translated sentence: what a record is and which trainers read it.
QString formatSummary(Format format);
/// The sample modes (Design::modeName) the format writes; samples of other modes are skipped.
QStringList formatModes(Format format);
bool formatTakesMode(Format format, const QString &mode);
/// "jsonl" or "csv" (no dot).
QString fileSuffix(Format format);

} // namespace Dialogsmith::Export

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "export/exportformat.h"

#include <QCoreApplication>

namespace Dialogsmith::Export {

namespace {

struct FormatText {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

} // namespace

QList<Format> allFormats()
{
    return {Format::OpenAi,  Format::ShareGpt, Format::Alpaca, Format::Dpo,
            Format::DpoText, Format::Triplets, Format::Turns,  Format::Csv};
}

QString formatName(Format format)
{
    switch (format) {
    case Format::OpenAi:
        return QStringLiteral("openai");
    case Format::ShareGpt:
        return QStringLiteral("sharegpt");
    case Format::Alpaca:
        return QStringLiteral("alpaca");
    case Format::Dpo:
        return QStringLiteral("dpo");
    case Format::DpoText:
        return QStringLiteral("dpo-text");
    case Format::Triplets:
        return QStringLiteral("triplets");
    case Format::Turns:
        return QStringLiteral("turns");
    case Format::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

std::optional<Format> parseFormat(const QString &name)
{
    for (Format f : allFormats()) {
        if (formatName(f) == name)
            return f;
    }
    return std::nullopt;
}

QString formatDisplayName(Format format)
{
    switch (format) {
    case Format::OpenAi:
        return FormatText::tr("OpenAI messages");
    case Format::ShareGpt:
        return FormatText::tr("ShareGPT");
    case Format::Alpaca:
        return FormatText::tr("Alpaca");
    case Format::Dpo:
        return FormatText::tr("DPO (conversational)");
    case Format::DpoText:
        return FormatText::tr("DPO (plain text)");
    case Format::Triplets:
        return FormatText::tr("Triplets (sentence-transformers)");
    case Format::Turns:
        return FormatText::tr("Turns (Kolosal Plane)");
    case Format::Csv:
        return FormatText::tr("CSV");
    }
    return {};
}

QString formatSummary(Format format)
{
    switch (format) {
    case Format::OpenAi:
        return FormatText::tr("One sample per line as {\"messages\": [{\"role\", \"content\"}, …]}: OpenAI "
                              "fine-tuning, TRL's SFTTrainer, Axolotl's chat_template, LLaMA-Factory.");
    case Format::ShareGpt:
        return FormatText::tr("One sample per line as {\"conversations\": [{\"from\", \"value\"}, …]}: "
                              "LLaMA-Factory's and Axolotl's ShareGPT format.");
    case Format::Alpaca:
        return FormatText::tr("One sample per line as instruction, input, output, system and history (the "
                              "earlier exchanges): LLaMA-Factory's Alpaca format.");
    case Format::Dpo:
        return FormatText::tr("Preference pairs for TRL's DPOTrainer: prompt, chosen and rejected as message "
                              "lists, one line per rejected response.");
    case Format::DpoText:
        return FormatText::tr("Preference pairs for TRL's DPOTrainer as plain text: prompt, chosen and rejected "
                              "strings, one line per rejected response.");
    case Format::Triplets:
        return FormatText::tr("Embedding triplets for sentence-transformers: anchor, positive and negative, one "
                              "line per negative, hard negatives first.");
    case Format::Turns:
        return FormatText::tr("One line per answer with the conversation before it (chat_history), the answer "
                              "(llm_response) and its grounding document, as Kolosal Plane writes them.");
    case Format::Csv:
        return FormatText::tr("One row per sample with its topic, personas and each exchange in a user and an "
                              "assistant column, for spreadsheets.");
    }
    return {};
}

QStringList formatModes(Format format)
{
    switch (format) {
    case Format::Dpo:
    case Format::DpoText:
        return {QStringLiteral("preference")};
    case Format::Triplets:
        return {QStringLiteral("embedding")};
    case Format::OpenAi:
    case Format::ShareGpt:
    case Format::Alpaca:
    case Format::Turns:
    case Format::Csv:
        break;
    }
    return {QStringLiteral("conversation"), QStringLiteral("instruction"), QStringLiteral("evol"),
            QStringLiteral("knowledge-qa"), QStringLiteral("preference")};
}

bool formatTakesMode(Format format, const QString &mode)
{
    return formatModes(format).contains(mode);
}

QString fileSuffix(Format format)
{
    return format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("jsonl");
}

} // namespace Dialogsmith::Export

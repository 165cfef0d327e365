// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/recordwriter.h"

namespace Dialogsmith::Export {

class SampleReader;

/// {"messages": [{"role", "content"}, ...]} — OpenAI fine-tuning, TRL SFT, Axolotl chat_template.
class OpenAiWriter final : public RecordWriter
{
public:
    using RecordWriter::RecordWriter;
    int write(const Sample &sample, RecordSink &sink, QString *skipReason) override;
};

/// {"conversations": [{"from": "system"|"human"|"gpt", "value"}, ...]} — LLaMA-Factory, Axolotl, FastChat.
class ShareGptWriter final : public RecordWriter
{
public:
    using RecordWriter::RecordWriter;
    int write(const Sample &sample, RecordSink &sink, QString *skipReason) override;
};

/// LLaMA-Factory's alpaca form: {"instruction", "input": "", "output", "system"?, "history": [[q, a], ...]}.
class AlpacaWriter final : public RecordWriter
{
public:
    using RecordWriter::RecordWriter;
    int write(const Sample &sample, RecordSink &sink, QString *skipReason) override;
};

/// One record per answer, as Kolosal Plane writes its knowledge data: {"chat_history": [{"role",
/// "content"}, ...] up to the question, "llm_response", "document" (the chunk's text, "" when the answer was
/// not grounded), "document_title", "turn" (1 for the first answer)}.
class TurnsWriter final : public RecordWriter
{
public:
    TurnsWriter(const ExportOptions &options, SampleReader &reader)
        : RecordWriter(options)
        , m_reader(reader)
    { }
    int write(const Sample &sample, RecordSink &sink, QString *skipReason) override;

private:
    SampleReader &m_reader;
};

} // namespace Dialogsmith::Export

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/recordwriter.h"

namespace Dialogsmith::Export {

/// TRL's preference format from preference samples: the chosen answer (the sample's last assistant turn)
/// against its rejected responses, by rank. Conversational: {"prompt": [messages before the answer,
/// system first], "chosen": [{"role": "assistant", ...}], "rejected": [{"role": "assistant", ...}]}. Plain
/// text: {"prompt", "chosen", "rejected"} strings — the prompt is the question; earlier turns, when there
/// are, are written before it as "User: …" and "Assistant: …" paragraphs, and the system prompt is left out.
class PreferenceWriter final : public RecordWriter
{
public:
    PreferenceWriter(const ExportOptions &options, bool conversational)
        : RecordWriter(options)
        , m_conversational(conversational)
    { }
    int write(const Sample &sample, RecordSink &sink, QString *skipReason) override;

private:
    bool m_conversational;
};

/// sentence-transformers triplets from embedding samples: {"anchor": the query, "positive": its chunk,
/// "negative": one negative}, one record per negative, hard negatives first (by rank), then easy ones.
class TripletWriter final : public RecordWriter
{
public:
    using RecordWriter::RecordWriter;
    int write(const Sample &sample, RecordSink &sink, QString *skipReason) override;
};

} // namespace Dialogsmith::Export

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/recordwriter.h"

namespace Dialogsmith::Export {

/// RFC 4180 CSV (UTF-8 with a byte order mark, so spreadsheets read it as UTF-8; CRLF line ends; fields with
/// a comma, quote or line break quoted), one row per sample: id, mode, topic, user_persona,
/// assistant_persona, system (unless left out), then user_1, assistant_1, … for as many exchanges as the
/// longest sample has; with metadata also scenario, structure, judge_score, models and details (JSON).
class CsvWriter final : public RecordWriter
{
public:
    CsvWriter(const ExportOptions &options, int exchanges)
        : RecordWriter(options)
        , m_exchanges(std::max(1, exchanges))
    { }
    QByteArray header() const override;
    int write(const Sample &sample, RecordSink &sink, QString *skipReason) override;

    static void appendField(QByteArray &out, QStringView text);

private:
    int m_exchanges;
};

} // namespace Dialogsmith::Export

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/exportoptions.h"
#include "export/sample.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <memory>

namespace Dialogsmith::Llm {
class JsonWriter;
}

namespace Dialogsmith::Export {

class SampleReader;

/// Where writers put records: appended to `out`, each with its line end; with `ends`, where each one ends
/// (CSV fields may hold line breaks, so the preview cannot split on them).
struct RecordSink {
    QByteArray out;
    QList<qsizetype> *ends = nullptr;
    qint64 records = 0;

    void endRecord(QByteArrayView lineEnd)
    {
        out.append(lineEnd);
        ++records;
        if (ends != nullptr)
            ends->append(out.size());
    }
};

/// One format: turns a sample into zero or more records. Streaming: it keeps nothing between samples.
class RecordWriter
{
    Q_DECLARE_TR_FUNCTIONS(RecordWriter)

public:
    explicit RecordWriter(const ExportOptions &options)
        : m_options(options)
    { }
    virtual ~RecordWriter() = default;
    RecordWriter(const RecordWriter &) = delete;
    RecordWriter &operator=(const RecordWriter &) = delete;

    /// Written once at the top of each file (CSV: the header row with its line end).
    virtual QByteArray header() const { return {}; }
    /// Appends the sample's records to `sink`; how many, or 0 with the reason in `skipReason`.
    virtual int write(const Sample &sample, RecordSink &sink, QString *skipReason) = 0;

    /// The writer for `options.format`. `reader` gives the turns' chunks (turns format); `csvExchanges` is
    /// the most user–assistant exchanges a selected sample has (the CSV's columns).
    static std::unique_ptr<RecordWriter> create(const ExportOptions &options, SampleReader &reader, int csvExchanges);

protected:
    /// The messages a chat format writes: up to the last answer (a training example ends with one), and the
    /// system prompt the first answer was written under (when the options include it).
    struct ChatPath {
        QString system;
        QList<const SampleMessage *> messages;
    };
    ChatPath chatPath(const Sample &sample) const;
    static QString noExchange();
    /// Writes UTF-8 text as a JSON string value (text that is not valid UTF-8 goes through QString, which
    /// replaces what cannot be read).
    static void utf8String(Llm::JsonWriter &json, QByteArrayView utf8);
    /// {"role": role, "content": content}.
    static void message(Llm::JsonWriter &json, QStringView role, QByteArrayView content);
    static void message(Llm::JsonWriter &json, QStringView role, QStringView content);
    /// The "metadata" object of a record (ExportOptions::includeMetadata), as compact JSON.
    static QByteArray metadataJson(const Sample &sample);
    static void writeMetadata(Llm::JsonWriter &json, const Sample &sample);

    const ExportOptions &m_options;
};

} // namespace Dialogsmith::Export

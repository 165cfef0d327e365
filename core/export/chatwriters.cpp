// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "export/chatwriters.h"

#include "export/samplereader.h"
#include "llm/wire/jsonwriter.h"

namespace Dialogsmith::Export {

namespace {

// Records are a few kilobytes; a writer sized for that grows once at most.
constexpr qsizetype recordReserve = 4096;

} // namespace

int OpenAiWriter::write(const Sample &sample, RecordSink &sink, QString *skipReason)
{
    const ChatPath path = chatPath(sample);
    if (path.messages.isEmpty()) {
        *skipReason = noExchange();
        return 0;
    }
    Llm::JsonWriter json(recordReserve);
    json.beginObject().key("messages").beginArray();
    if (!path.system.isEmpty())
        message(json, u"system", path.system);
    for (const SampleMessage *m : path.messages)
        message(json, m->role, m->content);
    json.endArray();
    if (m_options.includeMetadata)
        writeMetadata(json, sample);
    json.endObject();
    sink.out.append(json.take());
    sink.endRecord("\n");
    return 1;
}

int ShareGptWriter::write(const Sample &sample, RecordSink &sink, QString *skipReason)
{
    const ChatPath path = chatPath(sample);
    if (path.messages.isEmpty()) {
        *skipReason = noExchange();
        return 0;
    }
    Llm::JsonWriter json(recordReserve);
    json.beginObject().key("conversations").beginArray();
    if (!path.system.isEmpty())
        json.beginObject().key("from").string(u"system").key("value").string(path.system).endObject();
    for (const SampleMessage *m : path.messages) {
        const QStringView from
            = m->role == QLatin1StringView("assistant") ? QStringView(u"gpt") : QStringView(u"human");
        json.beginObject().key("from").string(from).key("value");
        utf8String(json, m->content);
        json.endObject();
    }
    json.endArray();
    if (m_options.includeMetadata)
        writeMetadata(json, sample);
    json.endObject();
    sink.out.append(json.take());
    sink.endRecord("\n");
    return 1;
}

int AlpacaWriter::write(const Sample &sample, RecordSink &sink, QString *skipReason)
{
    const ChatPath path = chatPath(sample);
    // Exchanges: each answer with the question before it (consecutive user messages are joined).
    QList<std::pair<QString, QString>> exchanges;
    QString question;
    for (const SampleMessage *m : path.messages) {
        if (m->role == QLatin1StringView("assistant")) {
            exchanges.append({question, m->text()});
            question.clear();
        } else {
            question = question.isEmpty() ? m->text() : question + QStringLiteral("\n\n") + m->text();
        }
    }
    if (exchanges.isEmpty() || exchanges.constLast().first.isEmpty()) {
        *skipReason = noExchange();
        return 0;
    }
    Llm::JsonWriter json(recordReserve);
    json.beginObject();
    json.key("instruction").string(exchanges.constLast().first);
    json.key("input").string(u"");
    json.key("output").string(exchanges.constLast().second);
    if (!path.system.isEmpty())
        json.key("system").string(path.system);
    json.key("history").beginArray();
    for (qsizetype i = 0; i + 1 < exchanges.size(); ++i)
        json.beginArray().string(exchanges.at(i).first).string(exchanges.at(i).second).endArray();
    json.endArray();
    if (m_options.includeMetadata)
        writeMetadata(json, sample);
    json.endObject();
    sink.out.append(json.take());
    sink.endRecord("\n");
    return 1;
}

int TurnsWriter::write(const Sample &sample, RecordSink &sink, QString *skipReason)
{
    const ChatPath path = chatPath(sample);
    int written = 0;
    QString system;
    for (qsizetype i = 0; i < path.messages.size(); ++i) {
        const SampleMessage &answer = *path.messages.at(i);
        if (answer.role != QLatin1StringView("assistant"))
            continue;
        // Each answer under the system prompt it was written under (stored when it changed).
        if (!answer.systemPrompt.isNull())
            system = answer.systemPrompt;
        if (i == 0)
            continue;
        Llm::JsonWriter json(recordReserve);
        json.beginObject().key("chat_history").beginArray();
        if (m_options.includeSystem && !system.trimmed().isEmpty())
            message(json, u"system", system);
        for (qsizetype j = 0; j < i; ++j)
            message(json, path.messages.at(j)->role, path.messages.at(j)->content);
        json.endArray();
        json.key("llm_response");
        utf8String(json, answer.content);
        ChunkText chunk;
        if (answer.documentId)
            chunk = m_reader.chunk(*answer.documentId, answer.chunkIndex);
        json.key("document").string(chunk.text);
        json.key("document_title").string(chunk.title);
        json.key("turn").number(qint64(written + 1));
        if (m_options.includeMetadata)
            writeMetadata(json, sample);
        json.endObject();
        sink.out.append(json.take());
        sink.endRecord("\n");
        ++written;
    }
    if (written == 0)
        *skipReason = noExchange();
    return written;
}

} // namespace Dialogsmith::Export

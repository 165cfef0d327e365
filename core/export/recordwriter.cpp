// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "export/recordwriter.h"

#include "export/chatwriters.h"
#include "export/csvwriter.h"
#include "export/pairwriters.h"
#include "llm/wire/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Dialogsmith::Export {

RecordWriter::ChatPath RecordWriter::chatPath(const Sample &sample) const
{
    ChatPath path;
    qsizetype last = -1;
    for (qsizetype i = 0; i < sample.messages.size(); ++i) {
        if (sample.messages.at(i).role == QLatin1StringView("assistant"))
            last = i;
    }
    if (last < 1)
        return path;
    path.messages.reserve(last + 1);
    for (qsizetype i = 0; i <= last; ++i) {
        const SampleMessage &m = sample.messages.at(i);
        if (m_options.includeSystem && path.system.isNull() && m.role == QLatin1StringView("assistant")
            && !m.systemPrompt.isNull())
            path.system = m.systemPrompt.trimmed().isEmpty() ? QString() : m.systemPrompt;
        path.messages.append(&m);
    }
    return path;
}

std::unique_ptr<RecordWriter> RecordWriter::create(const ExportOptions &options, SampleReader &reader, int csvExchanges)
{
    switch (options.format) {
    case Format::OpenAi:
        return std::make_unique<OpenAiWriter>(options);
    case Format::ShareGpt:
        return std::make_unique<ShareGptWriter>(options);
    case Format::Alpaca:
        return std::make_unique<AlpacaWriter>(options);
    case Format::Dpo:
        return std::make_unique<PreferenceWriter>(options, true);
    case Format::DpoText:
        return std::make_unique<PreferenceWriter>(options, false);
    case Format::Triplets:
        return std::make_unique<TripletWriter>(options);
    case Format::Turns:
        return std::make_unique<TurnsWriter>(options, reader);
    case Format::Csv:
        break;
    }
    return std::make_unique<CsvWriter>(options, csvExchanges);
}

void RecordWriter::utf8String(Llm::JsonWriter &json, QByteArrayView utf8)
{
    json.utf8String(utf8);
}

void RecordWriter::message(Llm::JsonWriter &json, QStringView role, QByteArrayView content)
{
    json.beginObject().key("role").string(role).key("content");
    utf8String(json, content);
    json.endObject();
}

void RecordWriter::message(Llm::JsonWriter &json, QStringView role, QStringView content)
{
    json.beginObject().key("role").string(role).key("content").string(content).endObject();
}

QString RecordWriter::noExchange()
{
    return tr("no complete exchange (a question and its answer)");
}

QByteArray RecordWriter::metadataJson(const Sample &sample)
{
    // Everything the sample was drawn from (topic path, personas with their factors — mood, knowledge level,
    // goal, … —, scenario, structure, document, turns), then where it came from.
    QJsonObject meta = QJsonDocument::fromJson(sample.draw).object();
    meta.insert(QStringLiteral("id"), sample.id);
    meta.insert(QStringLiteral("mode"), sample.mode);
    meta.insert(QStringLiteral("run"), sample.runId);
    meta.insert(QStringLiteral("topic"), sample.topicPath);
    if (!meta.contains(QStringLiteral("user_persona")) && !sample.userPersona.isEmpty())
        meta.insert(QStringLiteral("user_persona"), QJsonObject {{QStringLiteral("name"), sample.userPersona}});
    if (!meta.contains(QStringLiteral("assistant_persona")) && !sample.assistantPersona.isEmpty())
        meta.insert(QStringLiteral("assistant_persona"),
                    QJsonObject {{QStringLiteral("name"), sample.assistantPersona}});
    if (sample.judgeScore) {
        meta.insert(QStringLiteral("judge_score"), *sample.judgeScore);
        meta.insert(QStringLiteral("judge_rubric"), sample.judgeRubric);
    }
    QStringList models;
    QStringList templates;
    for (const SampleMessage &m : sample.messages) {
        if (!m.model.isEmpty() && !models.contains(m.model))
            models.append(m.model);
        if (!m.templateVersion.isEmpty() && !templates.contains(m.templateVersion))
            templates.append(m.templateVersion);
    }
    meta.insert(QStringLiteral("models"), QJsonArray::fromStringList(models));
    meta.insert(QStringLiteral("template_versions"), QJsonArray::fromStringList(templates));
    const QJsonObject details = QJsonDocument::fromJson(sample.details).object();
    if (!details.isEmpty())
        meta.insert(QStringLiteral("details"), details);
    return QJsonDocument(meta).toJson(QJsonDocument::Compact);
}

void RecordWriter::writeMetadata(Llm::JsonWriter &json, const Sample &sample)
{
    json.key("metadata").raw(metadataJson(sample));
}

} // namespace Dialogsmith::Export

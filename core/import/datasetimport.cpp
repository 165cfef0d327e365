// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "import/datasetimport.h"

#include "store/runstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <climits>

namespace Dialogsmith::Import {

namespace {

// The longest line read as a record; a longer one is a bad line, so one broken file cannot take all memory.
constexpr qint64 maxLineLength = qint64(64) << 20;

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("text");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

std::optional<QJsonObject> parseObject(QByteArrayView line, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = DatasetReader::tr("invalid JSON at column %1: %2.")
                     .arg(parseError.offset + 1)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = DatasetReader::tr("the line is JSON but not an object.");
        return std::nullopt;
    }
    return document.object();
}

QString topicOf(const QJsonObject &record)
{
    const QJsonObject metadata = record.value(QStringLiteral("metadata")).toObject();
    const QJsonValue path = metadata.value(QStringLiteral("topic_path"));
    if (path.isArray()) {
        QStringList parts;
        for (const QJsonValue &part : path.toArray())
            parts.append(part.toString());
        return parts.join(QStringLiteral(" › "));
    }
    if (path.isString())
        return path.toString();
    return metadata.value(QStringLiteral("topic")).toString();
}

// Puts the messages of a chat into a record: system messages first only, then user and assistant in turn.
struct ChatBuilder {
    DatasetRecord record;
    QString error;

    bool add(const QString &role, const QString &content, int number)
    {
        if (role == QLatin1StringView("system")) {
            if (!record.messages.isEmpty()) {
                error = DatasetReader::tr("message %1 is a system message after the conversation started.").arg(number);
                return false;
            }
            if (!record.system.isEmpty())
                record.system += QLatin1Char('\n');
            record.system += content;
            return true;
        }
        const bool user = role == QLatin1StringView("user");
        if (!user && role != QLatin1StringView("assistant")) {
            error = DatasetReader::tr("message %1 has the unknown role \"%2\".").arg(number).arg(role);
            return false;
        }
        if (content.trimmed().isEmpty()) {
            error = DatasetReader::tr("message %1 is empty.").arg(number);
            return false;
        }
        const bool expectUser = record.messages.size() % 2 == 0;
        if (user != expectUser) {
            error = record.messages.isEmpty()
                ? DatasetReader::tr("message %1 is an answer before any question: a conversation starts with the user.")
                      .arg(number)
                : DatasetReader::tr("message %1 is the second %2 message in a row.").arg(number).arg(role);
            return false;
        }
        record.messages.append({user ? Llm::Role::User : Llm::Role::Assistant, content});
        return true;
    }

    bool finish()
    {
        if (record.messages.isEmpty()) {
            error = DatasetReader::tr("the record has no messages.");
            return false;
        }
        if (record.messages.size() % 2 != 0) {
            error = DatasetReader::tr("the last message is a question with no answer.");
            return false;
        }
        return true;
    }
};

RecordResult readChat(const QJsonObject &object, DatasetFormat format)
{
    const bool openAi = format == DatasetFormat::OpenAi;
    const QString listKey = openAi ? QStringLiteral("messages") : QStringLiteral("conversations");
    const QString roleKey = openAi ? QStringLiteral("role") : QStringLiteral("from");
    const QString contentKey = openAi ? QStringLiteral("content") : QStringLiteral("value");
    RecordResult result;
    const QJsonValue list = object.value(listKey);
    if (!list.isArray()) {
        result.error = list.isUndefined() ? DatasetReader::tr("the record has no \"%1\".").arg(listKey)
                                          : DatasetReader::tr("\"%1\" is %2, not a list.").arg(listKey, typeName(list));
        return result;
    }
    ChatBuilder builder;
    int number = 0;
    for (const QJsonValue &value : list.toArray()) {
        ++number;
        if (!value.isObject()) {
            result.error = DatasetReader::tr("message %1 is %2, not an object.").arg(number).arg(typeName(value));
            return result;
        }
        const QJsonObject message = value.toObject();
        const QJsonValue role = message.value(roleKey);
        const QJsonValue content = message.value(contentKey);
        if (!role.isString()) {
            result.error = DatasetReader::tr("message %1 has no \"%2\".").arg(number).arg(roleKey);
            return result;
        }
        if (!content.isString()) {
            result.error = content.isUndefined() || content.isNull()
                ? DatasetReader::tr("message %1 has no \"%2\".").arg(number).arg(contentKey)
                : DatasetReader::tr("the \"%1\" of message %2 is %3, not text.")
                      .arg(contentKey)
                      .arg(number)
                      .arg(typeName(content));
            return result;
        }
        QString roleName = role.toString();
        if (!openAi) {
            if (roleName == QLatin1StringView("human"))
                roleName = QStringLiteral("user");
            else if (roleName == QLatin1StringView("gpt"))
                roleName = QStringLiteral("assistant");
            else if (roleName != QLatin1StringView("system")) {
                result.error = DatasetReader::tr("message %1 has the unknown \"from\" \"%2\" (human, gpt or system).")
                                   .arg(number)
                                   .arg(roleName);
                return result;
            }
        }
        if (!builder.add(roleName, content.toString(), number)) {
            result.error = builder.error;
            return result;
        }
    }
    if (!builder.finish()) {
        result.error = builder.error;
        return result;
    }
    builder.record.topic = topicOf(object);
    result.record = std::move(builder.record);
    return result;
}

RecordResult readAlpaca(const QJsonObject &object)
{
    RecordResult result;
    auto text = [&](const QString &key, bool required, QString *out) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                result.error = DatasetReader::tr("the record has no \"%1\".").arg(key);
            return !required;
        }
        if (!value.isString()) {
            result.error = DatasetReader::tr("\"%1\" is %2, not text.").arg(key, typeName(value));
            return false;
        }
        *out = value.toString();
        return true;
    };
    QString instruction, input, output, system;
    if (!text(QStringLiteral("instruction"), true, &instruction) || !text(QStringLiteral("input"), false, &input)
        || !text(QStringLiteral("output"), true, &output) || !text(QStringLiteral("system"), false, &system))
        return result;
    ChatBuilder builder;
    builder.record.system = system;
    const QJsonValue history = object.value(QStringLiteral("history"));
    if (!history.isUndefined() && !history.isNull()) {
        if (!history.isArray()) {
            result.error = DatasetReader::tr("\"history\" is %1, not a list.").arg(typeName(history));
            return result;
        }
        int number = 0;
        for (const QJsonValue &pair : history.toArray()) {
            ++number;
            const QJsonArray exchange = pair.toArray();
            if (!pair.isArray() || exchange.size() != 2 || !exchange.at(0).isString() || !exchange.at(1).isString()) {
                result.error
                    = DatasetReader::tr("history entry %1 is not a [question, answer] pair of texts.").arg(number);
                return result;
            }
            if (!builder.add(QStringLiteral("user"), exchange.at(0).toString(), 2 * number - 1)
                || !builder.add(QStringLiteral("assistant"), exchange.at(1).toString(), 2 * number)) {
                result.error = DatasetReader::tr("history entry %1 has an empty question or answer.").arg(number);
                return result;
            }
        }
    }
    // LLaMA-Factory's alpaca reader joins the instruction and its input with a line break.
    const QString question = input.isEmpty() ? instruction : instruction + QLatin1Char('\n') + input;
    if (question.trimmed().isEmpty()) {
        result.error = DatasetReader::tr("\"instruction\" is empty.");
        return result;
    }
    if (output.trimmed().isEmpty()) {
        result.error = DatasetReader::tr("\"output\" is empty.");
        return result;
    }
    builder.add(QStringLiteral("user"), question, 0);
    builder.add(QStringLiteral("assistant"), output, 0);
    builder.record.topic = topicOf(object);
    result.record = std::move(builder.record);
    return result;
}

bool isBlank(QByteArrayView line)
{
    for (char c : line) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

} // namespace

QString datasetFormatName(DatasetFormat format)
{
    switch (format) {
    case DatasetFormat::OpenAi:
        return QStringLiteral("openai");
    case DatasetFormat::ShareGpt:
        return QStringLiteral("sharegpt");
    case DatasetFormat::Alpaca:
        return QStringLiteral("alpaca");
    }
    return {};
}

std::optional<DatasetFormat> parseDatasetFormat(QStringView name)
{
    for (DatasetFormat format : {DatasetFormat::OpenAi, DatasetFormat::ShareGpt, DatasetFormat::Alpaca}) {
        if (name == datasetFormatName(format))
            return format;
    }
    return std::nullopt;
}

std::optional<DatasetFormat> DatasetReader::detect(QByteArrayView line)
{
    QString error;
    const std::optional<QJsonObject> object = parseObject(line, &error);
    if (!object)
        return std::nullopt;
    if (object->contains(QStringLiteral("messages")))
        return DatasetFormat::OpenAi;
    if (object->contains(QStringLiteral("conversations")))
        return DatasetFormat::ShareGpt;
    if (object->contains(QStringLiteral("instruction")))
        return DatasetFormat::Alpaca;
    return std::nullopt;
}

RecordResult DatasetReader::read(QByteArrayView line, DatasetFormat format)
{
    RecordResult result;
    if (isBlank(line)) {
        result.blank = true;
        return result;
    }
    const std::optional<QJsonObject> object = parseObject(line, &result.error);
    if (!object)
        return result;
    return format == DatasetFormat::Alpaca ? readAlpaca(*object) : readChat(*object, format);
}

QString DatasetImport::describeBadLines(const DatasetImportResult &result, int limit)
{
    QStringList lines;
    const QLocale locale;
    for (const BadLine &bad : result.badLines) {
        if (lines.size() >= limit)
            break;
        lines.append(tr("line %1: %2").arg(locale.toString(bad.line), bad.reason));
    }
    const qint64 more = result.badLineCount - lines.size();
    if (more > 0) {
        // (A count of its own: lupdate's parser cannot read template arguments inside tr().)
        const int notShown = int(std::min<qint64>(more, INT_MAX));
        lines.append(tr("… and %n more bad line(s).", nullptr, notShown));
    }
    return lines.join(QLatin1Char('\n'));
}

DatasetImportResult DatasetImport::run(QSqlDatabase db, const QString &path, const DatasetImportOptions &options,
                                       const DatasetProgress &progress)
{
    DatasetImportResult result;
    const QString shown = QDir::toNativeSeparators(path);
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2").arg(shown, file.errorString());
        return result;
    }
    const qint64 total = file.size();
    result.format = options.format;

    Store::RunStore store(db);
    QString error;
    bool writing = true; // false once a bad line is found without skipBadLines: only lines are checked then
    bool inTransaction = false;
    auto fail = [&](const QString &message) {
        if (inTransaction)
            store.rollback();
        result.error = message;
        result.runId = 0;
        result.imported = 0;
        result.conversations = 0;
        return result;
    };
    const QString templateVersion = QStringLiteral("import");
    auto startWriting = [&]() {
        if (!store.begin(&error))
            return false;
        inTransaction = true;
        if (!store.storeTemplate(templateVersion, QStringLiteral("import"), QString(), &error))
            return false;
        const QJsonObject snapshot {{QStringLiteral("import"),
                                     QJsonObject {{QStringLiteral("file"), fileName},
                                                  {QStringLiteral("format"), datasetFormatName(*result.format)}}}};
        const std::optional<qint64> run = store.createRun(0, 0, QJsonDocument(snapshot).toJson(QJsonDocument::Compact),
                                                          &error, QStringLiteral("import"));
        if (!run)
            return false;
        result.runId = *run;
        return true;
    };

    qint64 lineNumber = 0;
    qint64 done = 0;
    int sinceProgress = 0;
    if (progress && !progress(0, total)) {
        result.cancelled = true;
        return result;
    }
    while (!file.atEnd()) {
        QByteArray line = file.readLine(maxLineLength);
        ++lineNumber;
        done += line.size();
        auto addBad = [&](const QString &reason) {
            ++result.badLineCount;
            if (result.badLines.size() < options.maxReportedBadLines)
                result.badLines.append({lineNumber, reason});
            if (!options.skipBadLines && writing) {
                writing = false;
                if (inTransaction) {
                    store.rollback();
                    inTransaction = false;
                }
                result.runId = 0;
            }
        };
        if (line.size() >= maxLineLength && !line.endsWith('\n')) {
            addBad(tr("the line is longer than %1 MiB.").arg(maxLineLength >> 20));
            while (!file.atEnd() && !line.endsWith('\n')) {
                line = file.readLine(maxLineLength);
                done += line.size();
            }
            continue;
        }
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        if (isBlank(line))
            continue;
        if (!result.format) {
            result.format = DatasetReader::detect(line);
            if (!result.format) {
                QString reason;
                if (parseObject(line, &reason))
                    reason = tr("the record has none of \"messages\" (openai), \"conversations\" (sharegpt) or "
                                "\"instruction\" (alpaca).");
                addBad(reason);
                continue;
            }
        }
        const RecordResult read = DatasetReader::read(line, *result.format);
        if (!read.record) {
            addBad(read.error);
            continue;
        }
        if (writing) {
            if (!inTransaction && !startWriting())
                return fail(error);
            const DatasetRecord &record = *read.record;
            const int exchanges = int(record.messages.size() / 2);
            const bool multi = exchanges > 1;
            Store::NewConversation conversation;
            conversation.runId = result.runId;
            conversation.planIndex = int(result.imported);
            conversation.turnsPlanned = exchanges;
            conversation.topicPath = record.topic;
            conversation.mode = multi ? QStringLiteral("conversation") : QStringLiteral("instruction");
            const QJsonObject source {{QStringLiteral("file"), fileName},
                                      {QStringLiteral("line"), lineNumber},
                                      {QStringLiteral("format"), datasetFormatName(*result.format)}};
            conversation.draw = QJsonDocument(QJsonObject {{QStringLiteral("index"), int(result.imported)},
                                                           {QStringLiteral("import"), source}})
                                    .toJson(QJsonDocument::Compact);
            conversation.details
                = QJsonDocument(QJsonObject {{QStringLiteral("import"), source}}).toJson(QJsonDocument::Compact);
            const std::optional<qint64> id = store.insertConversation(conversation, &error);
            if (!id)
                return fail(error);
            for (int seq = 0; seq < record.messages.size(); ++seq) {
                Store::NewTurn turn;
                turn.conversationId = *id;
                turn.seq = seq;
                turn.role = record.messages.at(seq).role;
                turn.content = record.messages.at(seq).content;
                turn.params = QByteArrayLiteral("{}");
                turn.finishReason = QStringLiteral("import");
                turn.templateVersion = templateVersion;
                if (seq == 1 && !record.system.isEmpty())
                    turn.systemPrompt = record.system;
                if (!store.insertTurn(turn, &error))
                    return fail(error);
            }
            if (!store.finishConversation(*id, Store::ConversationState::Complete, QString(), false, &error))
                return fail(error);
            ++result.imported;
            if (multi)
                ++result.conversations;
        }
        if (progress && ++sinceProgress >= 256) {
            sinceProgress = 0;
            if (!progress(done, total)) {
                if (inTransaction)
                    store.rollback();
                DatasetImportResult cancelled;
                cancelled.cancelled = true;
                cancelled.format = result.format;
                return cancelled;
            }
        }
    }
    if (file.error() != QFileDevice::NoError)
        return fail(tr("Cannot read %1: %2").arg(shown, file.errorString()));
    if (result.badLineCount > 0 && !options.skipBadLines) {
        result.refused = true;
        result.imported = 0;
        result.conversations = 0;
        result.runId = 0;
        return result;
    }
    if (!result.format && result.badLineCount == 0)
        return fail(tr("%1 has no records.").arg(shown));
    if (inTransaction) {
        if (!store.setRunState(result.runId, Store::RunState::Complete, QString(), &error))
            return fail(error);
        QSqlQuery planned(db);
        planned.prepare(QStringLiteral("UPDATE runs SET planned = ? WHERE id = ?"));
        planned.addBindValue(result.imported);
        planned.addBindValue(result.runId);
        if (!planned.exec())
            return fail(tr("Cannot write the project: %1").arg(planned.lastError().text()));
        if (!store.commit(&error))
            return fail(error);
        inTransaction = false;
    }
    if (progress)
        progress(total, total);
    return result;
}

} // namespace Dialogsmith::Import

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "export/conversationexport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace Dialogsmith::Export {

QString formatName(Format format)
{
    return format == Format::OpenAi ? QStringLiteral("openai") : QStringLiteral("sharegpt");
}

std::optional<Format> parseFormat(const QString &name)
{
    for (Format f : {Format::OpenAi, Format::ShareGpt}) {
        if (formatName(f) == name)
            return f;
    }
    return std::nullopt;
}

namespace {

QJsonObject message(Format format, const QString &role, const QString &content)
{
    if (format == Format::OpenAi)
        return {{QStringLiteral("role"), role}, {QStringLiteral("content"), content}};
    const QString from = role == QLatin1StringView("user") ? QStringLiteral("human")
        : role == QLatin1StringView("assistant")           ? QStringLiteral("gpt")
                                                           : role;
    return {{QStringLiteral("from"), from}, {QStringLiteral("value"), content}};
}

} // namespace

QString ConversationExport::selection(bool approvedOnly)
{
    return approvedOnly ? QStringLiteral("c.state = 'complete' AND c.review = 'approved'")
                        : QStringLiteral("c.state = 'complete' AND c.review <> 'rejected'");
}

std::optional<Store::QualityCounts> ConversationExport::leftOut(QSqlDatabase db, bool approvedOnly,
                                                                const Store::QualityFilter &quality, QString *error)
{
    return Store::DatasetQuery(db).qualityCounts(quality, selection(approvedOnly), error);
}

std::optional<qint64> ConversationExport::selected(QSqlDatabase db, bool approvedOnly, QString *error)
{
    QSqlQuery count(db);
    if (!count.exec(QStringLiteral("SELECT count(*) FROM conversations c WHERE ") + selection(approvedOnly))
        || !count.next()) {
        *error = tr("Cannot read the conversations: %1").arg(count.lastError().text());
        return std::nullopt;
    }
    return count.value(0).toLongLong();
}

std::optional<ExportResult> ConversationExport::write(QSqlDatabase db, const QString &path,
                                                      const ExportOptions &options,
                                                      const std::function<bool(qint64, qint64)> &progress,
                                                      QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QString where = selection(options.approvedOnly);
    QVariantList binds;
    ExportResult result;
    if (options.quality) {
        result.quality = leftOut(db, options.approvedOnly, *options.quality, error);
        if (!result.quality)
            return std::nullopt;
        where += QStringLiteral(" AND NOT ") + Store::DatasetQuery::removedCondition(*options.quality, &binds);
    }
    const auto selectedCount = selected(db, options.approvedOnly, error);
    if (!selectedCount)
        return std::nullopt;
    const qint64 total = *selectedCount - (result.quality ? result.quality->removed : 0);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return std::nullopt;
    }
    QSqlQuery conversations(db);
    conversations.setForwardOnly(true);
    QSqlQuery turns(db);
    turns.setForwardOnly(true);
    bool prepared = conversations.prepare(QStringLiteral("SELECT c.id, c.draw FROM conversations c WHERE ") + where
                                          + QStringLiteral(" ORDER BY c.id"));
    for (const QVariant &value : std::as_const(binds))
        conversations.addBindValue(value);
    if (!prepared || !conversations.exec()
        || !turns.prepare(QStringLiteral(
            "SELECT role, content, system_prompt, model FROM turns WHERE conversation_id = ? ORDER BY seq"))) {
        *error = tr("Cannot read the conversations: %1").arg(conversations.lastError().text());
        file.cancelWriting();
        return std::nullopt;
    }
    qint64 done = 0;
    if (progress && !progress(0, total)) {
        file.cancelWriting();
        *error = tr("The export was cancelled.");
        return std::nullopt;
    }
    while (conversations.next()) {
        turns.addBindValue(conversations.value(0).toLongLong());
        if (!turns.exec()) {
            *error = tr("Cannot read the conversations: %1").arg(turns.lastError().text());
            file.cancelWriting();
            return std::nullopt;
        }
        QJsonArray messages;
        QString system;
        QStringList models;
        QString lastRole;
        while (turns.next()) {
            lastRole = turns.value(0).toString();
            if (lastRole == QLatin1StringView("assistant") && system.isNull() && !turns.value(2).isNull())
                system = turns.value(2).toString();
            const QString model = turns.value(3).toString();
            if (!models.contains(model))
                models.append(model);
            messages.append(message(options.format, lastRole, turns.value(1).toString()));
        }
        // Training examples end with an answer.
        if (messages.size() >= 2 && lastRole != QLatin1StringView("assistant"))
            messages.removeLast();
        if (messages.size() < 2) {
            ++result.skipped;
        } else {
            if (options.includeSystem && !system.trimmed().isEmpty())
                messages.prepend(message(options.format, QStringLiteral("system"), system));
            QJsonObject record {
                {options.format == Format::OpenAi ? QStringLiteral("messages") : QStringLiteral("conversations"),
                 messages}};
            if (options.includeMetadata) {
                QJsonObject metadata = QJsonDocument::fromJson(conversations.value(1).toString().toUtf8()).object();
                metadata.insert(QStringLiteral("models"), QJsonArray::fromStringList(models));
                record.insert(QStringLiteral("metadata"), metadata);
            }
            file.write(QJsonDocument(record).toJson(QJsonDocument::Compact));
            file.write("\n", 1);
            ++result.written;
        }
        ++done;
        if (progress && done % 256 == 0 && !progress(done, total)) {
            file.cancelWriting();
            *error = tr("The export was cancelled.");
            return std::nullopt;
        }
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return std::nullopt;
    }
    if (progress)
        progress(done, total);
    return result;
}

} // namespace Dialogsmith::Export

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "export/exporter.h"

#include "export/datasetcard.h"
#include "export/readahead.h"
#include "export/recordwriter.h"
#include "export/samplereader.h"
#include "export/splitter.h"
#include "store/designstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace Dialogsmith::Export {

namespace {

// Data is handed to the file in blocks of this size: fewer, larger writes.
constexpr qsizetype flushSize = 1 << 20;

QString cardFileName()
{
    return QStringLiteral("README.md");
}

// The SQL condition (alias `c`) of the samples the options select, before quality filters.
QString selectionCondition(const ExportOptions &options)
{
    QString where = options.approvedOnly && options.ids.isEmpty()
        ? QStringLiteral("c.state = 'complete' AND c.review = 'approved'")
        : QStringLiteral("c.state = 'complete' AND c.review <> 'rejected'");
    if (!options.ids.isEmpty()) {
        QStringList ids;
        ids.reserve(options.ids.size());
        for (const qint64 id : options.ids)
            ids.append(QString::number(id));
        where += QStringLiteral(" AND c.id IN (") + ids.join(u',') + u')';
    }
    return where;
}

// The selection with the quality filter; its values appended to `binds`.
QString exportCondition(const ExportOptions &options, QVariantList *binds)
{
    QString where = selectionCondition(options);
    if (options.quality)
        where += QStringLiteral(" AND NOT ") + Store::DatasetQuery::removedCondition(*options.quality, binds);
    return where;
}

QString modeList(Format format)
{
    QStringList modes;
    for (const QString &mode : formatModes(format))
        modes.append(u'\'' + mode + u'\'');
    return modes.join(u',');
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = Exporter::tr("Cannot read the samples: %1").arg(q.lastError().text());
        return false;
    }
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec()) {
        *error = Exporter::tr("Cannot read the samples: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

std::optional<qint64> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery q(db);
    if (!run(q, sql, binds, error))
        return std::nullopt;
    return q.next() ? q.value(0).toLongLong() : 0;
}

struct Selected {
    QList<SelectedSample> samples; ///< of modes the format takes, by id
    QMap<QString, qint64> skippedModes;
};

std::optional<Selected> selectSamples(const QSqlDatabase &db, const ExportOptions &options, QString *error)
{
    QVariantList binds;
    const QString where = exportCondition(options, &binds);
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("SELECT c.id, c.mode, c.topic_path FROM conversations c WHERE ") + where
                 + QStringLiteral(" ORDER BY c.id"),
             binds, error))
        return std::nullopt;
    Selected selected;
    const QStringList modes = formatModes(options.format);
    while (q.next()) {
        const QString mode = q.value(1).toString();
        if (modes.contains(mode))
            selected.samples.append({q.value(0).toLongLong(), q.value(2).toString()});
        else
            ++selected.skippedModes[mode];
    }
    return selected;
}

QString modeSkipReason(Format format, const QString &mode)
{
    return Exporter::tr("%1 samples (the %2 format does not take them)").arg(mode, formatDisplayName(format));
}

// The most user–assistant exchanges a selected sample has: the CSV's columns.
std::optional<int> mostExchanges(const QSqlDatabase &db, const ExportOptions &options, QString *error)
{
    QVariantList binds;
    const QString where = exportCondition(options, &binds);
    const auto n
        = scalar(db,
                 QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM turns t JOIN conversations c ON "
                                "c.id = t.conversation_id WHERE ")
                     + where + QStringLiteral(" AND c.mode IN (") + modeList(options.format)
                     + QStringLiteral(") AND t.role = 'assistant' GROUP BY t.conversation_id)"),
                 binds, error);
    if (!n)
        return std::nullopt;
    return int(*n);
}

SampleReader::Needs readerNeeds(const ExportOptions &options)
{
    SampleReader::Needs needs;
    needs.alternatives
        = options.format == Format::Dpo || options.format == Format::DpoText || options.format == Format::Triplets;
    needs.provenance = options.includeMetadata || options.card.has_value();
    needs.grounding = options.format == Format::Turns;
    needs.details = options.includeMetadata || options.format == Format::Csv;
    return needs;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Exporter::Exporter(QSqlDatabase db, ExportOptions options)
    : m_db(std::move(db))
    , m_options(std::move(options))
{ }

QStringList Exporter::outputFiles(const ExportOptions &options, const QString &path)
{
    if (!options.writesFolder())
        return {path};
    const QDir folder(path);
    QStringList files {folder.filePath(QStringLiteral("train.") + fileSuffix(options.format))};
    if (options.split)
        files.append(folder.filePath(QStringLiteral("validation.") + fileSuffix(options.format)));
    if (options.card)
        files.append(folder.filePath(cardFileName()));
    return files;
}

std::optional<ExportCount> Exporter::count(QString *error) const
{
    ExportCount count;
    const QString selection = selectionCondition(m_options);
    const auto selected
        = scalar(m_db, QStringLiteral("SELECT count(*) FROM conversations c WHERE ") + selection, {}, error);
    if (!selected)
        return std::nullopt;
    count.selected = *selected;
    if (m_options.quality) {
        count.quality = Store::DatasetQuery(m_db).qualityCounts(*m_options.quality, selection, error);
        if (!count.quality)
            return std::nullopt;
    }
    const auto samples = selectSamples(m_db, m_options, error);
    if (!samples)
        return std::nullopt;
    count.samples = samples->samples.size();
    count.skippedModes = samples->skippedModes;
    if (m_options.split)
        count.trainSamples = splitSamples(samples->samples, m_options).constFirst().ids.size();

    QVariantList binds;
    const QString where
        = exportCondition(m_options, &binds) + QStringLiteral(" AND c.mode IN (") + modeList(m_options.format) + u')';
    QString sql;
    switch (m_options.format) {
    case Format::OpenAi:
    case Format::ShareGpt:
    case Format::Alpaca:
    case Format::Csv:
        sql = QStringLiteral("SELECT count(*) FROM conversations c WHERE ") + where
            + QStringLiteral(" AND EXISTS (SELECT 1 FROM turns t WHERE t.conversation_id = c.id AND t.role = "
                             "'assistant' AND t.seq > 0)");
        break;
    case Format::Turns:
        sql = QStringLiteral("SELECT count(*) FROM turns t JOIN conversations c ON c.id = t.conversation_id WHERE ")
            + where + QStringLiteral(" AND t.role = 'assistant' AND t.seq > 0");
        break;
    case Format::Dpo:
    case Format::DpoText:
        sql = QStringLiteral("SELECT %1 FROM alternatives a JOIN conversations c ON c.id = a.conversation_id WHERE ")
                  .arg(m_options.preferencePairs == PreferencePairs::BestVsWorst
                           ? QStringLiteral("count(DISTINCT a.conversation_id)")
                           : QStringLiteral("count(*)"))
            + where
            + QStringLiteral(" AND a.kind = 'rejected' AND a.seq = (SELECT max(t.seq) FROM turns t WHERE "
                             "t.conversation_id = c.id AND t.role = 'assistant')");
        break;
    case Format::Triplets:
        sql = QStringLiteral("SELECT count(*) FROM alternatives a JOIN conversations c ON c.id = a.conversation_id "
                             "WHERE ")
            + where
            + (m_options.negatives == Negatives::HardOnly ? QStringLiteral(" AND a.kind = 'hard_negative'")
                                                          : QStringLiteral(" AND a.kind IN ('hard_negative', "
                                                                           "'easy_negative')"))
            + QStringLiteral(" AND a.seq = (SELECT min(t.seq) FROM turns t WHERE t.conversation_id = c.id AND "
                             "t.role = 'assistant')");
        break;
    }
    const auto records = scalar(m_db, sql, binds, error);
    if (!records)
        return std::nullopt;
    count.records = *records;
    return count;
}

std::optional<ExportPreview> Exporter::preview(int records, QString *error) const
{
    ExportPreview preview;
    const auto selected = selectSamples(m_db, m_options, error);
    if (!selected)
        return std::nullopt;
    int exchanges = 1;
    if (m_options.format == Format::Csv) {
        const auto most = mostExchanges(m_db, m_options, error);
        if (!most)
            return std::nullopt;
        exchanges = *most;
    }
    SampleReader reader(m_db, readerNeeds(m_options));
    const std::unique_ptr<RecordWriter> writer = RecordWriter::create(m_options, reader, exchanges);
    preview.header = writer->header();
    if (preview.header.startsWith("\xEF\xBB\xBF"))
        preview.header.remove(0, 3);
    if (preview.header.endsWith("\r\n"))
        preview.header.chop(2);
    QList<qsizetype> ends;
    RecordSink sink;
    sink.ends = &ends;
    QList<Sample> batch;
    QString reason;
    for (const SplitPart &part : splitSamples(selected->samples, m_options)) {
        for (qsizetype from = 0; from < part.ids.size() && sink.records < records; from += SampleReader::batchSize) {
            if (!reader.read(part.ids.mid(from, SampleReader::batchSize), &batch, error))
                return std::nullopt;
            for (const Sample &sample : std::as_const(batch)) {
                const int n = writer->write(sample, sink, &reason);
                for (int i = 0; i < n; ++i)
                    preview.sampleIds.append(sample.id);
                if (sink.records >= records)
                    break;
            }
        }
    }
    qsizetype begin = 0;
    for (qsizetype i = 0; i < ends.size() && i < records; ++i) {
        QByteArray record = sink.out.mid(begin, ends.at(i) - begin);
        while (record.endsWith('\n') || record.endsWith('\r'))
            record.chop(1);
        preview.records.append(record);
        begin = ends.at(i);
    }
    preview.sampleIds.resize(preview.records.size());
    return preview;
}

std::optional<ExportResult> Exporter::write(const QString &path, const Progress &progress, QString *error) const
{
    ExportResult result;
    const QString selection = selectionCondition(m_options);
    if (m_options.quality) {
        result.quality = Store::DatasetQuery(m_db).qualityCounts(*m_options.quality, selection, error);
        if (!result.quality)
            return std::nullopt;
    }
    const auto selected = selectSamples(m_db, m_options, error);
    if (!selected)
        return std::nullopt;
    for (auto it = selected->skippedModes.cbegin(); it != selected->skippedModes.cend(); ++it) {
        result.skipped += it.value();
        result.skippedReasons[modeSkipReason(m_options.format, it.key())] += it.value();
    }
    int exchanges = 1;
    if (m_options.format == Format::Csv) {
        const auto most = mostExchanges(m_db, m_options, error);
        if (!most)
            return std::nullopt;
        exchanges = *most;
    }
    const QList<SplitPart> parts = splitSamples(selected->samples, m_options);

    // The folder, when the export is one; made here and removed again if the export does not complete.
    bool madeFolder = false;
    if (m_options.writesFolder()) {
        const QFileInfo info(path);
        if (info.exists() && !info.isDir()) {
            *error = tr("Cannot write %1: it is a file, and an export with a split or a dataset card is a folder.")
                         .arg(shown(path));
            return std::nullopt;
        }
        if (!info.exists()) {
            if (!QDir().mkpath(path)) {
                *error = tr("Cannot write %1: the folder cannot be made.").arg(shown(path));
                return std::nullopt;
            }
            madeFolder = true;
        }
    }
    const QStringList files = outputFiles(m_options, path);
    std::vector<std::unique_ptr<QSaveFile>> saves;
    const auto fail = [&](const QString &message) -> std::optional<ExportResult> {
        for (auto &save : saves)
            save->cancelWriting();
        saves.clear();
        if (madeFolder)
            QDir().rmdir(path);
        *error = message;
        return std::nullopt;
    };
    for (const QString &file : files) {
        auto save = std::make_unique<QSaveFile>(file);
        if (!save->open(QIODevice::WriteOnly))
            return fail(tr("Cannot write %1: %2").arg(shown(file), save->errorString()));
        saves.push_back(std::move(save));
    }

    SampleReader reader(m_db, readerNeeds(m_options));
    const std::unique_ptr<RecordWriter> writer = RecordWriter::create(m_options, reader, exchanges);
    const QByteArray header = writer->header();
    CardFacts facts;
    qint64 total = 0;
    for (const SplitPart &part : parts)
        total += part.ids.size();
    qint64 done = 0;
    const QString cancelled = tr("The export was cancelled.");
    if (progress && !progress(0, total))
        return fail(cancelled);

    QList<Sample> batch;
    QString reason;
    for (qsizetype p = 0; p < parts.size(); ++p) {
        const SplitPart &part = parts.at(p);
        QSaveFile &file = *saves.at(size_t(p));
        const auto flush = [&](RecordSink &sink) {
            if (sink.out.isEmpty())
                return true;
            if (file.write(sink.out) != sink.out.size())
                return false;
            result.bytes += sink.out.size();
            sink.out.clear();
            return true;
        };
        RecordSink sink;
        sink.out.reserve(flushSize + flushSize / 4);
        sink.out.append(header);
        ReadAhead ahead(m_db, readerNeeds(m_options), part.ids);
        QString readError;
        while (ahead.next(&batch, &readError)) {
            for (const Sample &sample : std::as_const(batch)) {
                const int n = writer->write(sample, sink, &reason);
                if (n == 0) {
                    ++result.skipped;
                    ++result.skippedReasons[reason];
                    continue;
                }
                ++result.written;
                result.records += n;
                result.splitRecords[part.name] += n;
                if (m_options.card) {
                    ++facts.modes[sample.mode];
                    for (const SampleMessage &m : sample.messages)
                        ++facts.models[m.profile][m.model];
                }
            }
            if (sink.out.size() >= flushSize && !flush(sink))
                return fail(tr("Cannot write %1: %2").arg(shown(file.fileName()), file.errorString()));
            done += batch.size();
            if (progress && !progress(done, total))
                return fail(cancelled);
        }
        if (!readError.isEmpty())
            return fail(readError);
        if (!flush(sink))
            return fail(tr("Cannot write %1: %2").arg(shown(file.fileName()), file.errorString()));
        if (!m_options.split)
            result.splitRecords.remove(part.name);
    }

    if (m_options.card) {
        facts.options = m_options;
        QString designError;
        if (const auto stored = Store::DesignStore(m_db).load(&designError))
            facts.design = stored->design;
        for (const SplitPart &part : parts) {
            facts.splitFiles.insert(part.name, part.name + u'.' + fileSuffix(m_options.format));
            facts.splitRecords.insert(part.name, 0);
        }
        for (auto it = result.splitRecords.cbegin(); it != result.splitRecords.cend(); ++it)
            facts.splitRecords[it.key()] = it.value();
        if (!m_options.split)
            facts.splitRecords[QStringLiteral("train")] = result.records;
        facts.samples = result.written;
        facts.quality = result.quality;
        facts.skippedReasons = result.skippedReasons;
        QSaveFile &card = *saves.back();
        const QByteArray text = datasetCard(facts);
        if (card.write(text) != text.size())
            return fail(tr("Cannot write %1: %2").arg(shown(card.fileName()), card.errorString()));
    }

    // Everything is written: now the files take their names, all of them or none.
    QStringList committed;
    for (auto &save : saves) {
        if (!save->commit()) {
            const QString message = tr("Cannot write %1: %2").arg(shown(save->fileName()), save->errorString());
            for (const QString &file : std::as_const(committed))
                QFile::remove(file);
            return fail(message);
        }
        committed.append(save->fileName());
    }
    saves.clear();
    result.files = files;
    if (progress)
        progress(done, total);
    return result;
}

} // namespace Dialogsmith::Export

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "export/exporter.h"

#include "core/export/exportfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArrayList jsonLines(const QString &path)
{
    QByteArrayList lines = readAll(path).split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

// The sample ids of a JSONL export written with metadata, in order.
QList<qint64> idsOf(const QString &path)
{
    QList<qint64> ids;
    for (const QByteArray &line : jsonLines(path))
        ids.append(QJsonDocument::fromJson(line).object().value(u"metadata"_s).toObject().value(u"id"_s).toInteger());
    return ids;
}

} // namespace

/// Every export format from one project: golden files, what Python's json module makes of them, what the
/// selection and quality settings leave out, preview and count against the written file, and exports that
/// fail or are cancelled leaving nothing behind.
///
/// The golden files are tests/data/export/*; after a deliberate change of a format, run the test with
/// DIALOGSMITH_UPDATE_GOLDEN=1 to write them again, and read the diff.
class ExporterTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectFile> m_project;
    Store::QualityFilter m_quality;

    QSqlDatabase db() const { return m_project->database(); }

    Export::ExportOptions options(Export::Format format) const
    {
        Export::ExportOptions o;
        o.format = format;
        o.quality = m_quality;
        return o;
    }

    std::optional<Export::ExportResult> write(const Export::ExportOptions &o, const QString &path)
    {
        QString error;
        auto result = Export::Exporter(db(), o).write(path, {}, &error);
        if (!result)
            qWarning("%s", qPrintable(error));
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"export.dialogsmith"_s);
        QString error;
        QVERIFY2(Test::ExportFixture::build(path, &error), qPrintable(error));
        m_project = ProjectFile::open(path, &error);
        QVERIFY2(m_project, qPrintable(error));
        const auto design = Store::DesignStore(db()).load(&error);
        QVERIFY2(design, qPrintable(error));
        m_quality = Store::QualityFilter::fromDesign(design->design.quality);
    }

    void cleanupTestCase() { m_project.reset(); }

    void golden_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("metadata");
        QTest::addColumn<QString>("golden");
        for (const Export::Format f : Export::allFormats()) {
            const QString name = Export::formatName(f);
            QTest::newRow(qPrintable(name)) << name << false << name + u'.' + Export::fileSuffix(f);
        }
        QTest::newRow("openai with metadata") << u"openai"_s << true << u"openai-metadata.jsonl"_s;
        QTest::newRow("csv with metadata") << u"csv"_s << true << u"csv-metadata.csv"_s;
    }

    void golden()
    {
        QFETCH(QString, format);
        QFETCH(bool, metadata);
        QFETCH(QString, golden);
        Export::ExportOptions o = options(*Export::parseFormat(format));
        o.includeMetadata = metadata;
        const QString out = m_dir.filePath(golden);
        QVERIFY(write(o, out));
        const QString expected = QStringLiteral(DIALOGSMITH_EXPORT_GOLDEN_DIR) + u'/' + golden;
        if (qEnvironmentVariableIsSet("DIALOGSMITH_UPDATE_GOLDEN")) {
            QFile::remove(expected);
            QVERIFY(QFile::copy(out, expected));
            qWarning("wrote %s", qPrintable(expected));
        }
        QCOMPARE(QString::fromUtf8(readAll(out)), QString::fromUtf8(readAll(expected)));
    }

    void pythonReadsEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("metadata");
        QTest::addColumn<int>("records");
        // What the fixture gives each format (see ExportFixture): conversation, instruction, preference,
        // knowledge and the second instruction pass; embedding only for triplets.
        const QList<std::pair<QString, int>> expected
            = {{u"openai"_s, 5},   {u"sharegpt"_s, 5}, {u"alpaca"_s, 5}, {u"dpo"_s, 2},
               {u"dpo-text"_s, 2}, {u"triplets"_s, 3}, {u"turns"_s, 6},  {u"csv"_s, 5}};
        for (const auto &[name, records] : expected) {
            QTest::newRow(qPrintable(name)) << name << false << records;
            QTest::newRow(qPrintable(name + u" with metadata"_s)) << name << true << records;
        }
    }

    void pythonReadsEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(bool, metadata);
        QFETCH(int, records);
        Export::ExportOptions o = options(*Export::parseFormat(format));
        o.includeMetadata = metadata;
        const QString out = m_dir.filePath(u"python-"_s + format + (metadata ? u"-m"_s : QString()));
        QVERIFY(write(o, out));
        QProcess python;
        QStringList arguments {QStringLiteral(DIALOGSMITH_EXPORT_CHECKER), format, out};
        if (metadata && format != u"csv"_s)
            arguments.append(u"--metadata"_s);
        python.start(u"python3"_s, arguments);
        QVERIFY2(python.waitForFinished(60000), qPrintable(python.errorString()));
        const QString said = QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError());
        QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0, qPrintable(said));
        QCOMPARE(said.trimmed().toInt(), records);
    }

    void checker_catchesAWrongRecord()
    {
        // The checker itself: a record with a wrong role must fail it.
        const QString out = m_dir.filePath(u"wrong.jsonl"_s);
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"messages": [{"role": "human", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]})"
                   "\n");
        file.close();
        QProcess python;
        python.start(u"python3"_s, {QStringLiteral(DIALOGSMITH_EXPORT_CHECKER), u"openai"_s, out});
        QVERIFY(python.waitForFinished(60000));
        QCOMPARE(python.exitCode(), 1);
    }

    void export_leavesOutRejectedFailedFilteredAndDuplicates()
    {
        Export::ExportOptions o = options(Export::Format::OpenAi);
        o.includeMetadata = true;
        const QString out = m_dir.filePath(u"leftout.jsonl"_s);
        const auto result = write(o, out);
        QVERIFY(result);
        using F = Test::ExportFixture;
        QCOMPARE(idsOf(out),
                 (QList<qint64> {F::Conversation, F::Instruction, F::Preference, F::Knowledge, F::Instruction2}));
        QCOMPARE(result->written, 5);
        QCOMPARE(result->skipped, 1); // the embedding sample
        QCOMPARE(result->skippedReasons.size(), 1);
        QVERIFY2(result->skippedReasons.firstKey().contains(u"embedding"_s),
                 qPrintable(result->skippedReasons.firstKey()));
        QVERIFY(result->quality);
        QCOMPARE(result->quality->removed, 2); // the boilerplate and the duplicate
        QCOMPARE(result->quality->duplicates, 1);

        // Without the quality filter the filtered sample and the duplicate come back; rejected and failed never.
        o.quality.reset();
        QVERIFY(write(o, out));
        QCOMPARE(idsOf(out),
                 (QList<qint64> {F::Conversation, F::Instruction, F::Preference, F::Knowledge, F::Filtered,
                                 F::Duplicate, F::Instruction2}));
    }

    void export_selection()
    {
        using F = Test::ExportFixture;
        Export::ExportOptions o = options(Export::Format::OpenAi);
        o.includeMetadata = true;
        const QString out = m_dir.filePath(u"selection.jsonl"_s);
        o.approvedOnly = true;
        QVERIFY(write(o, out));
        QCOMPARE(idsOf(out), QList<qint64> {F::Conversation});

        o.approvedOnly = false;
        o.ids = {F::Instruction2, F::Rejected, F::Instruction, F::Failed};
        QVERIFY(write(o, out));
        QCOMPARE(idsOf(out), (QList<qint64> {F::Instruction, F::Instruction2}));

        o.ids.clear();
        o.quality->minJudgeScore = 5;
        QVERIFY(write(o, out));
        QVERIFY(!idsOf(out).contains(F::Instruction)); // judged 3
        QVERIFY(idsOf(out).contains(F::Instruction2)); // not judged: kept
    }

    void options_systemAndPairsAndNegatives()
    {
        Export::ExportOptions o = options(Export::Format::OpenAi);
        o.includeSystem = false;
        const QString out = m_dir.filePath(u"options.jsonl"_s);
        QVERIFY(write(o, out));
        QVERIFY(!readAll(out).contains("\"system\""));
        QVERIFY(!readAll(out).contains("patient tutor"));

        o = options(Export::Format::Dpo);
        o.preferencePairs = Export::PreferencePairs::BestVsWorst;
        QVERIFY(write(o, out));
        QByteArrayList lines = jsonLines(out);
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.constFirst().contains("Once a week")); // rank 2: the worst

        o = options(Export::Format::Triplets);
        o.negatives = Export::Negatives::HardOnly;
        QVERIFY(write(o, out));
        lines = jsonLines(out);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).contains("Winds push")); // rank 1 first
        QVERIFY(lines.at(1).contains("The sun warms"));
    }

    void text_keepsEveryCharacter()
    {
        // Texts are written from the bytes the project stores: non-ASCII, emoji and control characters must
        // come out as the same text.
        const QString path = m_dir.filePath(u"unicode.dialogsmith"_s);
        QString error;
        QVERIFY2(ProjectFile::create(path, &error), qPrintable(error));
        auto project = ProjectFile::open(path, &error);
        QVERIFY2(project, qPrintable(error));
        Store::RunStore runs(project->database());
        QVERIFY(runs.begin(&error));
        const auto run = runs.createRun(1, 1, "{}", &error);
        QVERIFY(run && runs.storeTemplate(u"v-user"_s, u"starter"_s, u"Ask."_s, &error));
        Store::NewConversation c;
        c.runId = *run;
        c.turnsPlanned = 1;
        c.topicPath = u"Grüße"_s;
        c.draw = "{}";
        const auto id = runs.insertConversation(c, &error);
        QVERIFY2(id, qPrintable(error));
        const QString question = u"Grüße aus Köln 😀, \"quoted\" \\ back\tslash\u0001?"_s;
        const QString answer = u"中文回答\r\n– done"_s;
        QVERIFY(runs.insertTurn(Test::ExportFixture::turn(*id, 0, question), &error));
        QVERIFY(runs.insertTurn(Test::ExportFixture::turn(*id, 1, answer), &error));
        QVERIFY(runs.finishConversation(*id, Store::ConversationState::Complete, {}, false, &error));
        QVERIFY2(runs.commit(&error), qPrintable(error));
        for (const Export::Format format : {Export::Format::OpenAi, Export::Format::Turns}) {
            Export::ExportOptions o;
            o.format = format;
            const QString out = m_dir.filePath(u"unicode.jsonl"_s);
            QVERIFY2(Export::Exporter(project->database(), o).write(out, {}, &error), qPrintable(error));
            const QByteArrayList lines = jsonLines(out);
            QCOMPARE(lines.size(), 1);
            QJsonParseError parse;
            const QJsonObject record = QJsonDocument::fromJson(lines.constFirst(), &parse).object();
            QCOMPARE(parse.error, QJsonParseError::NoError);
            if (format == Export::Format::OpenAi) {
                const QJsonArray messages = record.value(u"messages"_s).toArray();
                QCOMPARE(messages.at(0).toObject().value(u"content"_s).toString(), question);
                QCOMPARE(messages.at(1).toObject().value(u"content"_s).toString(), answer);
            } else {
                QCOMPARE(record.value(u"llm_response"_s).toString(), answer);
            }
        }
    }

    void count_matchesWhatIsWritten_data()
    {
        QTest::addColumn<QString>("format");
        for (const Export::Format f : Export::allFormats())
            QTest::newRow(qPrintable(Export::formatName(f))) << Export::formatName(f);
    }

    void count_matchesWhatIsWritten()
    {
        QFETCH(QString, format);
        const Export::ExportOptions o = options(*Export::parseFormat(format));
        QString error;
        const auto count = Export::Exporter(db(), o).count(&error);
        QVERIFY2(count, qPrintable(error));
        const auto result = write(o, m_dir.filePath(u"count-"_s + format));
        QVERIFY(result);
        QCOMPARE(count->records, result->records);
        QCOMPARE(count->samples, result->written);
        QCOMPARE(count->selected, 8); // complete and not rejected
        qint64 skippedModes = 0;
        for (const qint64 n : count->skippedModes)
            skippedModes += n;
        QCOMPARE(skippedModes, result->skipped);
    }

    void preview_isTheStartOfTheFile_data() { count_matchesWhatIsWritten_data(); }

    void preview_isTheStartOfTheFile()
    {
        QFETCH(QString, format);
        const Export::ExportOptions o = options(*Export::parseFormat(format));
        QString error;
        const auto preview = Export::Exporter(db(), o).preview(2, &error);
        QVERIFY2(preview, qPrintable(error));
        const QString out = m_dir.filePath(u"preview-"_s + format);
        const auto result = write(o, out);
        QVERIFY(result);
        QCOMPARE(preview->records.size(), std::min<qint64>(2, result->records));
        QCOMPARE(preview->sampleIds.size(), preview->records.size());
        const QByteArray lineEnd = format == u"csv"_s ? "\r\n" : "\n";
        QByteArray start = preview->header.isEmpty() ? QByteArray() : preview->header + lineEnd;
        for (const QByteArray &record : preview->records)
            start += record + lineEnd;
        QByteArray file = readAll(out);
        if (file.startsWith("\xEF\xBB\xBF"))
            file.remove(0, 3);
        QVERIFY2(file.startsWith(start), start.constData());
    }

    void split_writesAFolderWithACard()
    {
        Export::ExportOptions o = options(Export::Format::ShareGpt);
        o.split = Export::SplitOptions {0.6, false};
        o.card = Export::CardOptions {};
        const QString folder = m_dir.filePath(u"dataset"_s);
        const auto result = write(o, folder);
        QVERIFY(result);
        QCOMPARE(result->files, Export::Exporter::outputFiles(o, folder));
        QCOMPARE(QDir(folder).entryList(QDir::Files),
                 (QStringList {u"README.md"_s, u"train.jsonl"_s, u"validation.jsonl"_s}));
        QCOMPARE(jsonLines(folder + u"/train.jsonl"_s).size(), 3);
        QCOMPARE(jsonLines(folder + u"/validation.jsonl"_s).size(), 2);
        QCOMPARE(result->splitRecords.value(u"train"_s), 3);
        QCOMPARE(result->splitRecords.value(u"validation"_s), 2);
        const QByteArray card = readAll(folder + u"/README.md"_s);
        QVERIFY(card.startsWith("---\n"));
        QVERIFY(card.contains("path: validation.jsonl"));
        QVERIFY(card.contains("| local | local-model |"));
    }

    void cancelledExport_leavesNothing()
    {
        Export::ExportOptions o = options(Export::Format::OpenAi);
        o.split = Export::SplitOptions {};
        o.card = Export::CardOptions {};
        const QString folder = m_dir.filePath(u"cancelled"_s);
        QString error;
        int calls = 0;
        const auto result
            = Export::Exporter(db(), o).write(folder, [&](qint64, qint64) { return ++calls < 2; }, &error);
        QVERIFY(!result);
        QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
        QVERIFY(!QFileInfo::exists(folder));

        // A single file, cancelled before the first sample: no file, and an older file of that name stays.
        const QString file = m_dir.filePath(u"kept.jsonl"_s);
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old\n");
        old.close();
        QVERIFY(!Export::Exporter(db(), options(Export::Format::OpenAi))
                     .write(file, [](qint64, qint64) { return false; }, &error));
        QCOMPARE(readAll(file), QByteArray("old\n"));
        QCOMPARE(QDir(m_dir.path()).entryList({u"kept.jsonl*"_s}, QDir::Files | QDir::Hidden),
                 QStringList {u"kept.jsonl"_s});
    }

    void unwritablePlace_saysWhyAndWritesNothing()
    {
        // A folder inside a file cannot be made, whoever runs the test.
        const QString blocker = m_dir.filePath(u"blocker"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QString error;
        const QString single = blocker + u"/out.jsonl"_s;
        QVERIFY(!Export::Exporter(db(), options(Export::Format::OpenAi)).write(single, {}, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(single)), qPrintable(error));

        Export::ExportOptions o = options(Export::Format::OpenAi);
        o.split = Export::SplitOptions {};
        QVERIFY(!Export::Exporter(db(), o).write(blocker + u"/dataset"_s, {}, &error));
        QVERIFY2(error.contains(u"blocker"_s), qPrintable(error));
        // A folder export onto a file names the problem.
        QVERIFY(!Export::Exporter(db(), o).write(blocker, {}, &error));
        QVERIFY2(error.contains(u"is a file"_s), qPrintable(error));
        QCOMPARE(readAll(blocker), QByteArray());
    }
};

QTEST_GUILESS_MAIN(ExporterTest)
#include "exporter_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "import/datasetimport.h"

#include "export/exporter.h"
#include "store/curationstore.h"
#include "store/datasetquery.h"
#include "support/storefixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(DIALOGSMITH_IMPORT_DATA_DIR "/") + name;
}

} // namespace

class DatasetImportTest : public QObject, public Test::StoreFixture
{
    Q_OBJECT

    QList<Llm::ChatMessage> messagesOf(qint64 conversationId)
    {
        Store::RunStore store(db());
        QString error;
        const auto messages = store.messages(conversationId, &error);
        if (!messages)
            qWarning("%s", qPrintable(error));
        return messages.value_or(QList<Llm::ChatMessage> {});
    }

    QList<qint64> conversationIds()
    {
        QList<qint64> ids;
        QSqlQuery q(db());
        q.exec(u"SELECT id FROM conversations ORDER BY id"_s);
        while (q.next())
            ids.append(q.value(0).toLongLong());
        return ids;
    }

private Q_SLOTS:
    void init() { openNewProject(u"import.dialogsmith"_s); }
    void cleanup() { closeProject(); }

    void openAi_eachRecordBecomesACompleteSampleOfAnImportRun()
    {
        const Import::DatasetImportResult result
            = Import::DatasetImport::run(db(), data(u"openai.jsonl"_s), Import::DatasetImportOptions {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.format, Import::DatasetFormat::OpenAi);
        QCOMPARE(result.imported, 3);
        QCOMPARE(result.conversations, 1);
        QCOMPARE(
            count(db(), u"SELECT count(*) FROM runs WHERE kind = 'import' AND state = 'complete' AND planned = 3"_s),
            1);
        QCOMPARE(count(db(), u"SELECT count(*) FROM conversations WHERE state = 'complete'"_s), 3);
        QCOMPARE(count(db(), u"SELECT count(*) FROM conversations WHERE mode = 'conversation'"_s), 1);
        QCOMPARE(count(db(), u"SELECT count(*) FROM conversations WHERE mode = 'instruction'"_s), 2);

        const QList<qint64> ids = conversationIds();
        QCOMPARE(ids.size(), 3);
        const QList<Llm::ChatMessage> first = messagesOf(ids.at(0));
        QCOMPARE(first.size(), 4);
        QCOMPARE(first.at(0).role, Llm::Role::User);
        QCOMPARE(first.at(0).content, u"What does a derivative measure?"_s);
        QCOMPARE(first.at(3).content, u"How fast that rate itself changes: the curvature."_s);

        // The system prompt is the first answer's, as the engine stores it; provenance names file and line.
        Store::CurationStore curation(db());
        QString error;
        const auto stored = curation.conversation(ids.at(0), &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->turns.at(1).systemPrompt, u"You are a patient tutor."_s);
        const QJsonObject source = QJsonDocument::fromJson(stored->details).object().value(u"import"_s).toObject();
        QCOMPARE(source.value(u"file"_s).toString(), u"openai.jsonl"_s);
        QCOMPARE(source.value(u"line"_s).toInt(), 1);
        // The blank line 3 is skipped, not counted as bad: the third record is line 4.
        const auto third = curation.conversation(ids.at(2), &error);
        QVERIFY(third);
        QCOMPARE(
            QJsonDocument::fromJson(third->details).object().value(u"import"_s).toObject().value(u"line"_s).toInt(), 4);
        QCOMPARE(third->topicPath, u"Languages › German"_s);
    }

    void shareGpt_rolesAreMapped()
    {
        const auto result = Import::DatasetImport::run(db(), data(u"sharegpt.jsonl"_s), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.format, Import::DatasetFormat::ShareGpt);
        QCOMPARE(result.imported, 2);
        const QList<qint64> ids = conversationIds();
        const QList<Llm::ChatMessage> second = messagesOf(ids.at(1));
        QCOMPARE(second.size(), 4);
        QCOMPARE(second.at(2).role, Llm::Role::User);
        QCOMPARE(second.at(2).content, u"And an ant?"_s);
        QCOMPARE(second.at(3).role, Llm::Role::Assistant);
    }

    void alpaca_historyBecomesEarlierTurns()
    {
        const auto result = Import::DatasetImport::run(db(), data(u"alpaca.jsonl"_s), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.format, Import::DatasetFormat::Alpaca);
        const QList<qint64> ids = conversationIds();
        const QList<Llm::ChatMessage> first = messagesOf(ids.at(0));
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).content,
                 u"Summarise the text.\nThe barometer measures air pressure with a column of mercury."_s);
        const QList<Llm::ChatMessage> second = messagesOf(ids.at(1));
        QCOMPARE(second.size(), 4);
        QCOMPARE(second.at(0).content, u"What does a barometer measure?"_s);
        QCOMPARE(second.at(3).content, u"Millimetres of mercury or hectopascals."_s);
        QCOMPARE(count(db(), u"SELECT count(*) FROM conversations WHERE mode = 'conversation'"_s), 1);
    }

    void badLines_refusedWithReasons_thenSkippedWithConsent()
    {
        const auto refused = Import::DatasetImport::run(db(), data(u"bad.jsonl"_s), {});
        QVERIFY(refused.refused);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.badLineCount, 5);
        QCOMPARE(refused.badLines.size(), 5);
        QCOMPARE(refused.badLines.at(0).line, 2);
        QVERIFY2(refused.badLines.at(0).reason.contains(u"invalid JSON"_s), qPrintable(refused.badLines.at(0).reason));
        QCOMPARE(refused.badLines.at(1).line, 3);
        QVERIFY(refused.badLines.at(1).reason.contains(u"no messages"_s));
        QCOMPARE(refused.badLines.at(2).line, 4);
        QVERIFY(refused.badLines.at(2).reason.contains(u"wizard"_s));
        QCOMPARE(refused.badLines.at(3).line, 6);
        QVERIFY(refused.badLines.at(3).reason.contains(u"no answer"_s));
        QCOMPARE(refused.badLines.at(4).line, 7);
        // Nothing was written: no run, no sample.
        QCOMPARE(count(db(), u"SELECT count(*) FROM runs"_s), 0);
        QCOMPARE(count(db(), u"SELECT count(*) FROM conversations"_s), 0);
        const QString described = Import::DatasetImport::describeBadLines(refused, 2);
        QVERIFY2(described.startsWith(u"line 2: "_s), qPrintable(described));
        QVERIFY2(described.contains(u"3 more"_s), qPrintable(described));

        Import::DatasetImportOptions skip;
        skip.skipBadLines = true;
        const auto imported = Import::DatasetImport::run(db(), data(u"bad.jsonl"_s), skip);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.imported, 2);
        QCOMPARE(imported.badLineCount, 5);
        QCOMPARE(count(db(), u"SELECT count(*) FROM conversations"_s), 2);
    }

    void cancelled_writesNothing()
    {
        const auto result = Import::DatasetImport::run(db(), data(u"openai.jsonl"_s), {},
                                                       [](qint64 done, qint64) { return done == 0 ? false : true; });
        QVERIFY(result.cancelled);
        QCOMPARE(count(db(), u"SELECT count(*) FROM runs"_s), 0);
    }

    void formatGiven_otherShapesAreBadLines()
    {
        Import::DatasetImportOptions options;
        options.format = Import::DatasetFormat::Alpaca;
        const auto result = Import::DatasetImport::run(db(), data(u"openai.jsonl"_s), options);
        QVERIFY(result.refused);
        QCOMPARE(result.badLineCount, 3);
        QVERIFY(result.badLines.constFirst().reason.contains(u"instruction"_s));
    }

    void importedSamples_areInTheDatasetLikeGeneratedOnes()
    {
        QVERIFY(Import::DatasetImport::run(db(), data(u"sharegpt.jsonl"_s), {}).ok());
        Store::DatasetQuery query(db());
        QString error;
        const auto ids = query.ids(Store::DatasetFilter {}, Store::DatasetColumn::Id, Qt::AscendingOrder, &error);
        QVERIFY2(ids, qPrintable(error));
        QCOMPARE(ids->size(), 2);
        const auto rows = query.rows(*ids, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->constFirst().mode, u"instruction"_s);
    }

    void roundTrip_exportedOpenAiComesBackTheSame()
    {
        // A project with two samples as the engine writes them, exported as openai JSONL.
        Store::RunStore store(db());
        QString error;
        QVERIFY(store.begin(&error));
        QVERIFY(store.storeTemplate(u"v-user"_s, u"user_turn"_s, u"x"_s, &error));
        const auto run = store.createRun(2, 1, "{}", &error);
        QVERIFY2(run, qPrintable(error));
        QList<QList<QString>> texts {{u"Why is the sky blue?"_s, u"Rayleigh scattering."_s},
                                     {u"Hi"_s, u"Hello!"_s, u"What is 2+2?"_s, u"4, with \"quotes\" and\nlines."_s}};
        for (int i = 0; i < texts.size(); ++i) {
            Store::NewConversation c;
            c.runId = *run;
            c.planIndex = i;
            c.turnsPlanned = int(texts.at(i).size() / 2);
            c.draw = "{}";
            const auto id = store.insertConversation(c, &error);
            QVERIFY2(id, qPrintable(error));
            for (int seq = 0; seq < texts.at(i).size(); ++seq) {
                Store::NewTurn turn = newTurn(*id, seq, texts.at(i).at(seq));
                if (seq == 1)
                    turn.systemPrompt = u"Be brief."_s;
                QVERIFY2(store.insertTurn(turn, &error), qPrintable(error));
            }
            QVERIFY(store.finishConversation(*id, Store::ConversationState::Complete, {}, false, &error));
        }
        QVERIFY(store.commit(&error));
        const QString exported = m_dir->filePath(u"out.jsonl"_s);
        Export::ExportOptions options;
        options.format = Export::Format::OpenAi;
        const auto written = Export::Exporter(db(), options).write(exported, {}, &error);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(written->written, 2);

        // Into a new project.
        const QString other = m_dir->filePath(u"other.dialogsmith"_s);
        QVERIFY(ProjectFile::create(other, &error));
        {
            auto project = ProjectFile::open(other, &error);
            QVERIFY2(project, qPrintable(error));
            const auto result = Import::DatasetImport::run(project->database(), exported, {});
            QVERIFY2(result.ok(), qPrintable(result.error + Import::DatasetImport::describeBadLines(result)));
            QCOMPARE(result.imported, 2);
            Store::RunStore imported(project->database());
            Store::CurationStore curation(project->database());
            QSqlQuery q(project->database());
            QVERIFY(q.exec(u"SELECT id FROM conversations ORDER BY id"_s));
            int i = 0;
            while (q.next()) {
                const auto messages = imported.messages(q.value(0).toLongLong(), &error);
                QVERIFY(messages);
                QStringList contents;
                for (const Llm::ChatMessage &m : *messages)
                    contents.append(m.content);
                QCOMPARE(contents, texts.at(i));
                const auto stored = curation.conversation(q.value(0).toLongLong(), &error);
                QCOMPARE(stored->turns.at(1).systemPrompt, u"Be brief."_s);
                ++i;
            }
            QCOMPARE(i, 2);
        }
    }

    void reader_reportsEachProblem_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("reason");
        QTest::newRow("content not text")
            << QByteArray(R"({"messages":[{"role":"user","content":[1]}]})") << 0 << u"not text"_s;
        QTest::newRow("system later") << QByteArray(
            R"({"messages":[{"role":"user","content":"a"},{"role":"system","content":"b"}]})")
                                      << 0 << u"system message after"_s;
        QTest::newRow("two users") << QByteArray(
            R"({"messages":[{"role":"user","content":"a"},{"role":"user","content":"b"}]})")
                                   << 0 << u"second user"_s;
        QTest::newRow("answer first") << QByteArray(R"({"messages":[{"role":"assistant","content":"a"}]})") << 0
                                      << u"before any question"_s;
        QTest::newRow("empty message") << QByteArray(R"({"messages":[{"role":"user","content":"  "}]})") << 0
                                       << u"is empty"_s;
        QTest::newRow("sharegpt from") << QByteArray(R"({"conversations":[{"from":"bot","value":"a"}]})") << 1
                                       << u"\"bot\""_s;
        QTest::newRow("alpaca no output") << QByteArray(R"({"instruction":"a"})") << 2 << u"\"output\""_s;
        QTest::newRow("alpaca history") << QByteArray(R"({"instruction":"a","output":"b","history":[["x"]]})") << 2
                                        << u"history entry 1"_s;
    }

    void reader_reportsEachProblem()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, format);
        QFETCH(QString, reason);
        const Import::RecordResult result = Import::DatasetReader::read(line, Import::DatasetFormat(format));
        QVERIFY(!result.record);
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(DatasetImportTest)
#include "datasetimport_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "dataset/exportdialog.h"

#include "datasetfixture.h"
#include "support/scripteddialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>

using namespace Dialogsmith;
using namespace Dialogsmith::Test;
using namespace Qt::StringLiterals;

class ExportDialogTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DatasetFixture> m_data;
    std::unique_ptr<ProjectSession> m_session;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<ExportDialog> m_dialog;
    QTemporaryDir m_out;

    template<typename T>
    T *child(const QString &name) const
    {
        auto *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qWarning("no %s", qPrintable(name));
        return widget;
    }
    QString status() const { return child<QLabel>(u"exportStatus"_s)->text(); }

    bool openDialog(int conversations, Export::Format format)
    {
        m_data = std::make_unique<DatasetFixture>();
        if (!m_data->create(conversations))
            return false;
        m_session = m_data->open();
        if (!m_session)
            return false;
        m_dialog = std::make_unique<ExportDialog>(*m_session, m_dialogs, format);
        m_dialog->show();
        return QTest::qWaitForWindowExposed(m_dialog.get());
    }

    bool approve(std::initializer_list<int> positions)
    {
        QStringList ids;
        for (int i : positions)
            ids.append(QString::number(m_data->ids[i]));
        return DatasetFixture::exec(
            m_session->file().database(),
            u"UPDATE conversations SET review = 'approved' WHERE id IN (%1)"_s.arg(ids.join(u',')));
    }

    static QList<QJsonObject> readLines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QJsonObject> lines;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine();
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                qWarning("not a JSON object: %s", line.constData());
                return {};
            }
            lines.append(doc.object());
        }
        return lines;
    }

    void clickExport(const QString &path)
    {
        m_dialogs.saveAnswers.append(path);
        QTest::mouseClick(child<QPushButton>(u"exportButton"_s), Qt::LeftButton);
    }

    QStringList filesIn(const QString &dir) const { return QDir(dir).entryList(QDir::Files | QDir::Hidden); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        m_dialog.reset();
        m_session.reset();
        m_data.reset();
        m_dialogs = ScriptedDialogs();
    }

    void approvedOnly_writesThoseAsOpenAiMessages()
    {
        QVERIFY(openDialog(60, Export::Format::OpenAi));
        QVERIFY(approve({1, 2, 5, 49})); // 49 failed: not exported
        // The dialog counts what it would select when it opens.
        m_dialog = std::make_unique<ExportDialog>(*m_session, m_dialogs, Export::Format::OpenAi);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        auto *approvedOnly = child<QRadioButton>(u"exportApprovedOnly"_s);
        QVERIFY(approvedOnly->isChecked()); // there are approved ones
        QVERIFY(approvedOnly->text().contains(u"3"_s));

        QSignalSpy exported(m_dialog.get(), &ExportDialog::exported);
        const QString path = m_out.filePath(u"approved.jsonl"_s);
        clickExport(path);
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(exported.first().at(0).toString(), path);
        QCOMPARE(exported.first().at(1).toLongLong(), 3);
        QVERIFY(!m_dialog->isExporting());
        QVERIFY2(status().contains(QDir::toNativeSeparators(path)), qPrintable(status()));
        QCOMPARE(child<QPushButton>(u"exportCloseButton"_s)->text(), u"Close"_s);

        const QList<QJsonObject> lines = readLines(path);
        QCOMPARE(lines.size(), 3);
        // Conversation 2 has 6 turns: the system prompt, then user and assistant in turn.
        const QJsonArray messages = lines[1].value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 1 + DatasetFixture::turnsOf(2));
        QCOMPARE(messages[0][u"role"_s].toString(), u"system"_s);
        QCOMPARE(messages[0][u"content"_s].toString(), u"You are a patient tutor."_s);
        QCOMPARE(messages[1][u"role"_s].toString(), u"user"_s);
        QCOMPARE(messages[1][u"content"_s].toString(), u"Conversation 2, message 0, about Weather."_s);
        QCOMPARE(messages[2][u"role"_s].toString(), u"assistant"_s);
        QVERIFY(!lines[0].contains(u"metadata"_s));
    }

    void all_withMetadataWithoutSystem_asShareGpt()
    {
        QVERIFY(openDialog(12, Export::Format::ShareGpt));
        QVERIFY(
            DatasetFixture::exec(m_session->file().database(),
                                 u"UPDATE conversations SET review = 'rejected' WHERE id = %1"_s.arg(m_data->ids[0])));
        // Nothing approved: all is the choice it starts with.
        QVERIFY(child<QRadioButton>(u"exportAll"_s)->isChecked());
        for (const QString &name : {u"exportIncludeSystem"_s, u"exportIncludeMetadata"_s}) {
            auto *box = child<QCheckBox>(name);
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2)); // on the box
        }
        QVERIFY(!child<QCheckBox>(u"exportIncludeSystem"_s)->isChecked());
        QVERIFY(child<QCheckBox>(u"exportIncludeMetadata"_s)->isChecked());

        QSignalSpy exported(m_dialog.get(), &ExportDialog::exported);
        const QString path = m_out.filePath(u"all.jsonl"_s);
        clickExport(path);
        QTRY_COMPARE(exported.size(), 1);
        const QList<QJsonObject> lines = readLines(path);
        QCOMPARE(lines.size(), 11); // 12 complete, one rejected
        const QJsonArray turns = lines[0].value(u"conversations"_s).toArray();
        QCOMPARE(turns.size(), DatasetFixture::turnsOf(1));
        QCOMPARE(turns[0][u"from"_s].toString(), u"human"_s);
        QCOMPARE(turns[1][u"from"_s].toString(), u"gpt"_s);
        QCOMPARE(lines[0][u"metadata"_s][u"topic"_s].toString(), DatasetFixture::topics()[1]);
        QCOMPARE(lines[0][u"metadata"_s][u"models"_s].toArray().first().toString(), u"local-model"_s);
        QCOMPARE(exported.first().at(1).toLongLong(), 11);
        QVERIFY(m_dialogs.errors.isEmpty());
    }

    void passQuality_leavesOutWhatTheFiltersCatchAndSaysWhat()
    {
        // Conversation 4 answers with boilerplate, 5's answer was cut off; nothing checked them yet.
        m_data = std::make_unique<DatasetFixture>();
        QVERIFY(m_data->create(20));
        m_session = m_data->open();
        QVERIFY(m_session);
        const QSqlDatabase db = m_session->file().database();
        QVERIFY(DatasetFixture::exec(db,
                                     u"UPDATE turns SET content = 'As an AI language model, I cannot say.' "
                                     u"WHERE seq = 1 AND conversation_id = %1"_s.arg(m_data->ids[4])));
        QVERIFY(DatasetFixture::exec(
            db,
            u"UPDATE turns SET finish_reason = 'length' WHERE seq = 1 AND conversation_id = %1"_s.arg(m_data->ids[5])));
        m_dialog = std::make_unique<ExportDialog>(*m_session, m_dialogs, Export::Format::OpenAi);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        auto *filtered = child<QCheckBox>(u"exportLeaveOutFiltered"_s);
        QVERIFY(filtered->isChecked()); // on by default, as the project's quality settings say
        auto *counts = child<QLabel>(u"exportQualityCounts"_s);
        QTRY_VERIFY2(counts->text().contains(u"Refusals and boilerplate — 1"_s), qPrintable(counts->text()));
        QVERIFY2(counts->text().contains(u"Empty or truncated — 1"_s), qPrintable(counts->text()));
        QTRY_VERIFY(!counts->text().contains(u"checking"_s));

        QSignalSpy exported(m_dialog.get(), &ExportDialog::exported);
        const QString path = m_out.filePath(u"passed.jsonl"_s);
        clickExport(path);
        QTRY_COMPARE(exported.size(), 1);
        const QList<QJsonObject> lines = readLines(path);
        QCOMPARE(lines.size(), 20 - 2); // less the two caught
        for (const QJsonObject &line : lines)
            QVERIFY(!line.value(u"messages"_s)
                         .toArray()
                         .at(2)
                         .toObject()
                         .value(u"content"_s)
                         .toString()
                         .startsWith(u"As an AI"_s));
        QVERIFY2(status().contains(u"Refusals and boilerplate — 1"_s), qPrintable(status()));

        // Nothing left out: everything selected is written.
        for (const QString &name : {u"exportLeaveOutFiltered"_s, u"exportLeaveOutDuplicates"_s}) {
            auto *box = child<QCheckBox>(name);
            if (box->isChecked())
                QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
            QVERIFY(!box->isChecked());
        }
        QTRY_VERIFY2(counts->text().startsWith(u"Nothing is left out"_s), qPrintable(counts->text()));
        const QString all = m_out.filePath(u"all.jsonl"_s);
        clickExport(all);
        QTRY_COMPARE(exported.size(), 2);
        QCOMPARE(readLines(all).size(), 20);
    }

    // The preview shows the first records exactly as they are written, and follows the options.
    void preview_showsTheFirstRecordsAsWritten()
    {
        QVERIFY(openDialog(12, Export::Format::OpenAi));
        QTest::mouseClick(child<QRadioButton>(u"exportAll"_s), Qt::LeftButton);
        auto *preview = child<QPlainTextEdit>(u"exportPreview"_s);
        auto *summary = child<QLabel>(u"exportSummary"_s);
        // (Tests load no catalogue: the plural forms read "record(s)".)
        QTRY_VERIFY2(summary->text().startsWith(u"Writes 12 record(s) from 12 sample(s)."_s),
                     qPrintable(summary->text()));
        QTRY_VERIFY(!preview->toPlainText().isEmpty());
        const QStringList shown = preview->toPlainText().split(u"\n\n"_s);
        QCOMPARE(shown.size(), 5);

        QSignalSpy exported(m_dialog.get(), &ExportDialog::exported);
        const QString path = m_out.filePath(u"preview.jsonl"_s);
        clickExport(path);
        QTRY_COMPARE(exported.size(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QString &record : shown)
            QCOMPARE(QString::fromUtf8(file.readLine()).trimmed(), record);

        // Another format from the dialog's own list: the title, the description and the preview follow.
        auto *format = child<QComboBox>(u"exportFormat"_s);
        format->setFocus();
        QTest::keyClick(format, Qt::Key_Down); // ShareGPT
        QCOMPARE(m_dialog->options().format, Export::Format::ShareGpt);
        QVERIFY(m_dialog->windowTitle().contains(u"ShareGPT"_s));
        QTRY_VERIFY(preview->toPlainText().startsWith(u"{\"conversations\""_s));
        // A format that takes none of these samples says so, and shows nothing.
        format->setCurrentIndex(format->findData(int(Export::Format::Triplets)));
        QTRY_VERIFY2(summary->text().contains(u"conversation — 12"_s), qPrintable(summary->text()));
        QVERIFY(preview->toPlainText().isEmpty());
    }

    // A split and a card make a folder: train, validation and README.md; files already there are replaced
    // only when the user agrees.
    void splitAndCard_writeAFolderAfterAsking()
    {
        QVERIFY(openDialog(40, Export::Format::OpenAi));
        QTest::mouseClick(child<QRadioButton>(u"exportAll"_s), Qt::LeftButton);
        for (const QString &name : {u"exportSplit"_s, u"exportCard"_s, u"exportShuffle"_s}) {
            auto *box = child<QCheckBox>(name);
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
            QVERIFY(box->isChecked());
        }
        auto *train = child<QSpinBox>(u"exportTrainPercent"_s);
        QVERIFY(train->isEnabled());
        train->selectAll();
        QTest::keyClicks(train, u"75"_s);
        QCOMPARE(m_dialog->options().split->trainRatio, 0.75);
        auto *summary = child<QLabel>(u"exportSummary"_s);
        // 40 less two failed and one unfinished… as the fixture has them: the counts come from the project.
        QTRY_VERIFY2(summary->text().contains(u"Train:"_s), qPrintable(summary->text()));

        const QString dir = m_out.filePath(u"dataset"_s);
        QSignalSpy exported(m_dialog.get(), &ExportDialog::exported);
        m_dialogs.directoryAnswers.append(dir);
        QTest::mouseClick(child<QPushButton>(u"exportButton"_s), Qt::LeftButton);
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(exported.first().at(0).toString(), dir);
        QCOMPARE(QDir(dir).entryList(QDir::Files),
                 (QStringList {u"README.md"_s, u"train.jsonl"_s, u"validation.jsonl"_s}));
        const qint64 trainLines = readLines(dir + u"/train.jsonl"_s).size();
        const qint64 validationLines = readLines(dir + u"/validation.jsonl"_s).size();
        QCOMPARE(trainLines + validationLines, exported.first().at(1).toLongLong());
        QVERIFY2(validationLines > 0 && trainLines > 2 * validationLines,
                 qPrintable(u"%1/%2"_s.arg(trainLines).arg(validationLines)));
        QFile card(dir + u"/README.md"_s);
        QVERIFY(card.open(QIODevice::ReadOnly));
        QVERIFY(card.readAll().startsWith("---\n"));
        QVERIFY2(status().contains(u"Train:"_s), qPrintable(status()));

        // Again into the same folder: the user is asked, and Cancel leaves the files as they were.
        const QDateTime before = QFileInfo(dir + u"/train.jsonl"_s).lastModified();
        m_dialogs.directoryAnswers.append(dir);
        m_dialogs.confirmAnswers.append(false);
        QTest::mouseClick(child<QPushButton>(u"exportButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_dialogs.confirmQuestions.size(), 1);
        QVERIFY2(m_dialogs.confirmQuestions.first().contains(u"3 file(s)"_s),
                 qPrintable(m_dialogs.confirmQuestions.first()));
        QVERIFY(m_dialogs.confirmDetails.first().contains(u"README.md"_s));
        QVERIFY(!m_dialog->isExporting());
        QCOMPARE(exported.size(), 1);
        QCOMPARE(QFileInfo(dir + u"/train.jsonl"_s).lastModified(), before);
        // …and Replace writes them again.
        m_dialogs.directoryAnswers.append(dir);
        m_dialogs.confirmAnswers.append(true);
        QTest::mouseClick(child<QPushButton>(u"exportButton"_s), Qt::LeftButton);
        QTRY_COMPARE(exported.size(), 2);
    }

    // The dataset view's selection is a choice of its own.
    void selection_exportsOnlyTheSelectedSamples()
    {
        m_data = std::make_unique<DatasetFixture>();
        QVERIFY(m_data->create(10));
        m_session = m_data->open();
        QVERIFY(m_session);
        m_dialog = std::make_unique<ExportDialog>(*m_session, m_dialogs, Export::Format::OpenAi,
                                                  QList<qint64> {m_data->ids[2], m_data->ids[7]});
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        auto *selected = child<QRadioButton>(u"exportSelected"_s);
        QVERIFY(selected->isEnabled());
        QVERIFY(selected->text().contains(u"2"_s));
        QTest::mouseClick(selected, Qt::LeftButton);
        QSignalSpy exported(m_dialog.get(), &ExportDialog::exported);
        const QString path = m_out.filePath(u"selected.jsonl"_s);
        clickExport(path);
        QTRY_COMPARE(exported.size(), 1);
        const QList<QJsonObject> lines = readLines(path);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0][u"messages"_s][1][u"content"_s].toString(), u"Conversation 2, message 0, about Weather."_s);

        // Without a selection the choice is there but disabled.
        m_dialog = std::make_unique<ExportDialog>(*m_session, m_dialogs, Export::Format::OpenAi);
        QVERIFY(!child<QRadioButton>(u"exportSelected"_s)->isEnabled());
    }

    void cancel_leavesNoFile()
    {
        QVERIFY(openDialog(3000, Export::Format::OpenAi));
        QTest::mouseClick(child<QRadioButton>(u"exportAll"_s), Qt::LeftButton);
        QSignalSpy exported(m_dialog.get(), &ExportDialog::exported);
        const QString dir = m_out.filePath(u"cancel"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + u"/cancelled.jsonl"_s;
        clickExport(path);
        auto *progress = child<QProgressBar>(u"exportProgress"_s);
        QTRY_VERIFY(m_dialog->isExporting());
        QVERIFY(progress->isVisible());
        QCOMPARE(child<QPushButton>(u"exportCloseButton"_s)->text(), u"Cancel"_s);
        QVERIFY(!child<QPushButton>(u"exportButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(u"exportCloseButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isExporting());
        QVERIFY2(status().contains(u"cancelled"_s), qPrintable(status()));
        QVERIFY(m_dialog->isVisible()); // it stays to say so
        QCOMPARE(exported.size(), 0);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(filesIn(dir), QStringList()); // no temporary file either

        // Then closes as usual, and can export after all.
        clickExport(path);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 30000);
        QCOMPARE(readLines(path).size(), 3000 - 2 * 60);
    }

    void unwritableFile_isNamedInTheError()
    {
        QVERIFY(openDialog(5, Export::Format::OpenAi));
        const QString path = m_out.filePath(u"no/such/folder/out.jsonl"_s);
        clickExport(path);
        QTRY_COMPARE(m_dialogs.errors.size(), 1);
        QVERIFY2(m_dialogs.errors.first().contains(QDir::toNativeSeparators(path)),
                 qPrintable(m_dialogs.errors.first()));
        QVERIFY(status().contains(QDir::toNativeSeparators(path)));
        QVERIFY(!m_dialog->isExporting());
        QVERIFY(child<QPushButton>(u"exportButton"_s)->isEnabled());
    }

    void cancelledFileDialog_writesNothing()
    {
        QVERIFY(openDialog(5, Export::Format::OpenAi));
        const QStringList before = filesIn(m_out.path());
        clickExport(QString()); // the user closes the file dialog
        QCOMPARE(m_dialogs.asked, 1);
        QVERIFY(!m_dialog->isExporting());
        QVERIFY(child<QPushButton>(u"exportButton"_s)->isEnabled());
        QVERIFY(child<QLabel>(u"exportStatus"_s)->text().isEmpty());
        QCOMPARE(filesIn(m_out.path()), before);
    }

    void escapeWhenIdle_closes()
    {
        QVERIFY(openDialog(5, Export::Format::OpenAi));
        QSignalSpy rejected(m_dialog.get(), &QDialog::rejected);
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!m_dialog->isVisible());
    }
};

QTEST_MAIN(ExportDialogTest)
#include "exportdialog_test.moc"

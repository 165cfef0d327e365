// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "dataset/datasetmodel.h"
#include "dataset/datasetview.h"
#include "import/importcontroller.h"
#include "mainwindow.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "support/memorysecrets.h"
#include "support/menudriver.h"
#include "support/scripteddialogs.h"

#include <QMenu>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(DIALOGSMITH_IMPORT_DATA_DIR "/") + name;
}

} // namespace

// File ▸ Import driven as a person would: the menu, the file or folder dialog, the question, the result.
class ImportMenuTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::ScriptedDialogs m_dialogs;
    Test::MemorySecrets m_secrets;
    std::unique_ptr<MainWindow> m_window;

    void chooseImport(const QString &actionName)
    {
        QMenu *file = Test::openMenu(m_window.get(), u"menuFile"_s);
        QVERIFY(file);
        QMenu *import = Test::openSubmenu(file, m_window->findChild<QMenu *>(u"menuImport"_s));
        QVERIFY(import);
        auto *action = m_window->findChild<QAction *>(actionName);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        Test::chooseEntry(import, action);
    }

    int count(const QString &sql)
    {
        QSqlQuery q(m_window->session()->file().database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    bool importRunning() const { return !m_window->session()->findChildren<ImportController *>().isEmpty(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QCoreApplication::setOrganizationName(u"DialogsmithTest"_s);
        QCoreApplication::setApplicationName(u"importmenu_test"_s);
    }

    void init()
    {
        QSettings().clear();
        m_dialogs = Test::ScriptedDialogs();
        m_window = std::make_unique<MainWindow>(m_dialogs, m_secrets);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const QString path = m_dir.filePath(u"%1.dialogsmith"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        QString error;
        QVERIFY2(ProjectFile::create(path, &error), qPrintable(error));
        QVERIFY(m_window->openProject(path));
    }

    void cleanup() { m_window.reset(); }

    void importMenu_isDisabledWithoutAProject()
    {
        MainWindow empty(m_dialogs, m_secrets);
        for (const QString &name : {u"actionImportDataset"_s, u"actionImportTaxonomy"_s, u"actionImportFountain"_s}) {
            QAction *action = empty.findChild<QAction *>(name);
            QVERIFY(action);
            QVERIFY(!action->isEnabled());
        }
    }

    void dataset_badLines_askedThenSkipped_andShownInTheDataset()
    {
        m_dialogs.openAnswers << data(u"bad.jsonl"_s);
        m_dialogs.confirmAnswers << true;
        chooseImport(u"actionImportDataset"_s);
        QTRY_COMPARE(count(u"SELECT count(*) FROM conversations"_s), 2);
        QCOMPARE(m_dialogs.confirmQuestions.size(), 1);
        QVERIFY2(m_dialogs.confirmQuestions.constFirst().contains(u"5 bad line"_s),
                 qPrintable(m_dialogs.confirmQuestions.constFirst()));
        QVERIFY(m_dialogs.confirmQuestions.constFirst().contains(u"Skip them"_s));
        QVERIFY2(m_dialogs.confirmDetails.constFirst().startsWith(u"line 2: invalid JSON"_s),
                 qPrintable(m_dialogs.confirmDetails.constFirst()));
        QVERIFY(m_dialogs.errors.isEmpty());
        // The dataset view opens (once the import has finished) and lists the imported samples.
        DatasetView *view = nullptr;
        QTRY_VERIFY((view = m_window->findChild<DatasetView *>()) != nullptr);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QTRY_VERIFY(!importRunning());
    }

    void dataset_badLinesRefused_writesNothing()
    {
        m_dialogs.openAnswers << data(u"bad.jsonl"_s);
        m_dialogs.confirmAnswers << false;
        chooseImport(u"actionImportDataset"_s);
        QTRY_COMPARE(m_dialogs.confirmQuestions.size(), 1);
        QTRY_VERIFY(!importRunning());
        QCOMPARE(count(u"SELECT count(*) FROM conversations"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM runs"_s), 0);
    }

    void dataset_good_importsWithoutAsking()
    {
        m_dialogs.openAnswers << data(u"sharegpt.jsonl"_s);
        chooseImport(u"actionImportDataset"_s);
        QTRY_COMPARE(count(u"SELECT count(*) FROM conversations WHERE state = 'complete'"_s), 2);
        QTRY_VERIFY(!importRunning());
        QVERIFY2(m_dialogs.confirmQuestions.isEmpty(), qPrintable(m_dialogs.confirmQuestions.join(u'\n')));
        QCOMPARE(count(u"SELECT count(*) FROM runs WHERE kind = 'import'"_s), 1);
    }

    void taxonomy_summaryConfirmed_mergedAsOneUndoableStep()
    {
        m_dialogs.directoryAnswers << data(u"taxonomy"_s);
        m_dialogs.confirmAnswers << true;
        chooseImport(u"actionImportTaxonomy"_s);
        QTRY_COMPARE(m_window->session()->design().modes.seeds.size(), 7);
        QVERIFY2(m_dialogs.confirmQuestions.constFirst().contains(u"7 seed"_s),
                 qPrintable(m_dialogs.confirmQuestions.constFirst()));
        QVERIFY(m_dialogs.confirmDetails.constFirst().contains(u"history-docs-not-cloned.git"_s));
        QCOMPARE(m_window->session()->design().documents.size(), 2);
        QTRY_VERIFY(!importRunning());

        // Edit ▸ Undo takes all of it back at once.
        QMenu *edit = Test::openMenu(m_window.get(), u"menuEdit"_s);
        auto *undo = m_window->findChild<QAction *>(u"actionUndo"_s);
        QVERIFY(undo->isEnabled());
        Test::chooseEntry(edit, undo);
        QTRY_VERIFY(m_window->session()->design().modes.seeds.isEmpty());
        QVERIFY(m_window->session()->design().documents.isEmpty());
    }

    void fountain_declined_changesNothing()
    {
        m_dialogs.directoryAnswers << data(u"fountain"_s);
        m_dialogs.confirmAnswers << false;
        chooseImport(u"actionImportFountain"_s);
        QTRY_COMPARE(m_dialogs.confirmQuestions.size(), 1);
        QVERIFY2(m_dialogs.confirmQuestions.constFirst().contains(u"2 persona"_s),
                 qPrintable(m_dialogs.confirmQuestions.constFirst()));
        QVERIFY(m_dialogs.confirmDetails.constFirst().contains(u"\"whimsical\""_s));
        QTRY_VERIFY(!importRunning());
        QVERIFY(m_window->session()->design().personas.isEmpty());
        QVERIFY(!m_window->session()->isModified());
    }

    void brokenYaml_errorNamesFileAndLine()
    {
        m_dialogs.directoryAnswers << data(u"broken-taxonomy"_s);
        chooseImport(u"actionImportTaxonomy"_s);
        QTRY_COMPARE(m_dialogs.errors.size(), 1);
        QVERIFY2(m_dialogs.errors.constFirst().contains(u"qna.yaml, line "_s),
                 qPrintable(m_dialogs.errors.constFirst()));
        QVERIFY(m_dialogs.confirmQuestions.isEmpty());
        QTRY_VERIFY(!importRunning());
    }
};

QTEST_MAIN(ImportMenuTest)
#include "importmenu_test.moc"

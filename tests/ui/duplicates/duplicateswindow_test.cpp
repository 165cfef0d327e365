// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "duplicates/duplicateswindow.h"

#include "dataset/qualitybar.h"
#include "duplicates/duplicatefinder.h"
#include "duplicates/duplicatesmodel.h"
#include "mainwindow.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "store/curationstore.h"
#include "store/runstore.h"
#include "support/memorysecrets.h"
#include "support/menudriver.h"
#include "support/scripteddialogs.h"
#include "support/storefixture.h"

#include <QAbstractItemModelTester>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

namespace {

QString words(int seed, int count = 100)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(u"s%1w%2"_s.arg(seed).arg(i));
    return out.join(u' ');
}

// Adds a complete two-message sample, as the engine writes one; returns its id.
qint64 addSample(const QSqlDatabase &db, int planIndex, const QString &answer)
{
    Store::RunStore runs(db);
    QString error;
    auto run = runs.latestRun(&error);
    qint64 runId = run ? run->id : 0;
    if (!runId) {
        const auto created = runs.createRun(100, 1, "{}", &error);
        if (!created || !runs.storeTemplate(u"v-user"_s, u"starter"_s, u"Ask."_s, &error))
            return 0;
        runId = *created;
    }
    Store::NewConversation c;
    c.runId = runId;
    c.planIndex = planIndex;
    c.turnsPlanned = 1;
    c.topicPath = u"Oceans"_s;
    c.userPersona = u"Mia"_s;
    c.assistantPersona = u"Tutor"_s;
    c.draw = "{}";
    const auto id = runs.insertConversation(c, &error);
    if (!id || !runs.insertTurn(Test::StoreFixture::newTurn(*id, 0, u"Tell me about it."_s), &error)
        || !runs.insertTurn(Test::StoreFixture::newTurn(*id, 1, answer), &error)
        || !runs.finishConversation(*id, Store::ConversationState::Complete, {}, false, &error)) {
        qWarning("%s", qPrintable(error));
        return 0;
    }
    return *id;
}

QString reviewOf(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT review FROM conversations WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

// Tools ▸ Duplicates… in the real main window, on a project with two groups of duplicates.
class DuplicatesWindowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::ScriptedDialogs m_dialogs;
    Test::MemorySecrets m_secrets;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_path;
    // 1 original, 2 near copy of 1, 3 exact copy of 1, 4 original, 5 exact copy of 4, 6 alone.
    qint64 m_ids[6] = {};

    QSqlDatabase db() const { return m_window->session()->file().database(); }

    DuplicatesWindow *openDuplicates()
    {
        QMenu *tools = Test::openMenu(m_window.get(), u"menuTools"_s);
        if (!tools)
            return nullptr;
        Test::chooseEntry(tools, m_window->findChild<QAction *>(u"actionDuplicates"_s));
        auto *window = m_window->findChild<DuplicatesWindow *>();
        if (window && !m_tester)
            m_tester = std::make_unique<QAbstractItemModelTester>(
                window->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        return window;
    }

    static QStringList groups(const DuplicatesModel *model)
    {
        QStringList out;
        for (const DuplicateGroupRows &g : model->groups()) {
            QStringList members;
            for (const DuplicateSample &s : g.duplicates)
                members.append(QString::number(s.id));
            out.append(u"%1: %2"_s.arg(g.original.id).arg(members.join(u", "_s)));
        }
        return out;
    }

    void clickRow(QTreeView *tree, const QModelIndex &index)
    {
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QCoreApplication::setOrganizationName(u"DialogsmithTest"_s);
        QCoreApplication::setApplicationName(u"duplicateswindow_test"_s);
    }

    void init()
    {
        QSettings().clear();
        static int n = 0;
        m_path = m_dir.filePath(u"dups%1.dialogsmith"_s.arg(++n));
        {
            QString error;
            auto file = ProjectFile::create(m_path, &error);
            QVERIFY2(file, qPrintable(error));
            QString nearCopy = words(1);
            nearCopy.replace(u"s1w50"_s, u"changed"_s);
            const QStringList answers = {words(1), nearCopy, words(1).toUpper(), words(4), words(4), words(6)};
            for (int i = 0; i < 6; ++i) {
                m_ids[i] = addSample(file->database(), i, answers.at(i));
                QVERIFY(m_ids[i]);
            }
        }
        m_window = std::make_unique<MainWindow>(m_dialogs, m_secrets);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(m_path));
    }

    void cleanup()
    {
        m_tester.reset();
        m_window.reset();
    }

    void duplicates_areFoundInTheBackground_andListedByGroup()
    {
        DuplicateFinder *finder = DuplicateFinder::of(*m_window->session());
        QVERIFY(finder);
        QTRY_COMPARE(finder->summary().groups, 2);
        QCOMPARE(finder->summary().exact, 2);
        QCOMPARE(finder->summary().near, 1);

        DuplicatesWindow *window = openDuplicates();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_COMPARE(groups(window->model()),
                     (QStringList {u"%1: %2, %3"_s.arg(m_ids[0]).arg(m_ids[1]).arg(m_ids[2]),
                                   u"%1: %2"_s.arg(m_ids[3]).arg(m_ids[4])}));
        QVERIFY2(window->findChild<QLabel *>(u"duplicatesStatus"_s)->text().contains(u"2 exact and 1 near"_s),
                 qPrintable(window->findChild<QLabel *>(u"duplicatesStatus"_s)->text()));

        // The near copy, side by side with its original.
        auto *tree = window->findChild<QTreeView *>(u"duplicatesTree"_s);
        clickRow(tree, window->model()->indexOf(m_ids[1]));
        QTRY_VERIFY(window->findChild<QLabel *>(u"rightTitle"_s)->text().contains(u"Near duplicate"_s));
        QVERIFY(window->findChild<QPlainTextEdit *>(u"rightText"_s)->toPlainText().contains(u"changed"_s));
        QVERIFY(!window->findChild<QPlainTextEdit *>(u"leftText"_s)->toPlainText().contains(u"changed"_s));

        // A sample that arrives later (the engine's connection) joins its group.
        QString error;
        auto other = ProjectFile::open(m_path, &error);
        QVERIFY2(other, qPrintable(error));
        const qint64 late = addSample(other->database(), 7, words(6));
        QVERIFY(late);
        QTRY_COMPARE_WITH_TIMEOUT(groups(window->model()).size(), 3, 10000);
        QCOMPARE(groups(window->model()).constLast(), u"%1: %2"_s.arg(m_ids[5]).arg(late));
    }

    void keepThisOne_rejectsTheOthers_andUndoBringsThemBack()
    {
        DuplicatesWindow *window = openDuplicates();
        QVERIFY(window);
        QTRY_COMPARE(window->model()->rowCount(), 2);
        auto *tree = window->findChild<QTreeView *>(u"duplicatesTree"_s);
        clickRow(tree, window->model()->indexOf(m_ids[1]));
        QTRY_VERIFY(window->findChild<QLabel *>(u"rightTitle"_s)->text().contains(QString::number(m_ids[1])));
        QSignalSpy applied(window, &DuplicatesWindow::reviewsApplied);
        QTest::mouseClick(window->findChild<QPushButton *>(u"keepRight"_s), Qt::LeftButton);
        QTRY_COMPARE(applied.size(), 1);
        QCOMPARE(reviewOf(db(), m_ids[0]), u"rejected"_s);
        QCOMPARE(reviewOf(db(), m_ids[2]), u"rejected"_s);
        QCOMPARE(reviewOf(db(), m_ids[1]), u"generated"_s);
        QCOMPARE(reviewOf(db(), m_ids[3]), u"generated"_s); // another group: untouched
        QVERIFY(window->undoStack()->undoText().contains(QString::number(m_ids[1])));
        // The review shows in the list once it is read again.
        QTRY_COMPARE(window->model()->indexOf(m_ids[0], DuplicatesModel::ReviewColumn).data().toString(),
                     u"Rejected"_s);

        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(applied.size(), 2);
        QCOMPARE(reviewOf(db(), m_ids[0]), u"generated"_s);
        QCOMPARE(reviewOf(db(), m_ids[2]), u"generated"_s);
    }

    void rejectAllDuplicates_keepsEveryOriginal()
    {
        // Conversation 3 was approved before: rejecting it is undone back to approved.
        QString error;
        QVERIFY(Store::CurationStore(db()).setReview(m_ids[2], Store::Review::Approved, &error));
        DuplicatesWindow *window = openDuplicates();
        QVERIFY(window);
        QTRY_COMPARE(window->model()->rowCount(), 2);
        QTRY_COMPARE(window->model()->indexOf(m_ids[2], DuplicatesModel::ReviewColumn).data().toString(),
                     u"Approved"_s);
        QSignalSpy applied(window, &DuplicatesWindow::reviewsApplied);
        auto *rejectAll = window->findChild<QPushButton *>(u"rejectAllDuplicates"_s);
        QTRY_VERIFY(rejectAll->isEnabled());
        QTest::mouseClick(rejectAll, Qt::LeftButton);
        QTRY_COMPARE(applied.size(), 1);
        for (int i : {1, 2, 4})
            QCOMPARE(reviewOf(db(), m_ids[i]), u"rejected"_s);
        for (int i : {0, 3, 5})
            QCOMPARE(reviewOf(db(), m_ids[i]), u"generated"_s);
        window->undoStack()->undo();
        QTRY_COMPARE(applied.size(), 2);
        QCOMPARE(reviewOf(db(), m_ids[2]), u"approved"_s);
        QCOMPARE(reviewOf(db(), m_ids[1]), u"generated"_s);
    }

    void threshold_editsTheDesign_andTheVerdictsFollow()
    {
        DuplicatesWindow *window = openDuplicates();
        QVERIFY(window);
        QTRY_COMPARE(window->model()->rowCount(), 2);
        QTRY_COMPARE(window->model()->groups().constFirst().duplicates.size(), 2);
        auto *threshold = window->findChild<QDoubleSpinBox *>(u"duplicateThreshold"_s);
        threshold->setFocus();
        threshold->selectAll();
        QTest::keyClicks(threshold, u"0.99"_s);
        QTest::keyClick(threshold, Qt::Key_Return);
        QCOMPARE(m_window->session()->design().quality.duplicateThreshold, 0.99);
        QVERIFY(m_window->session()->isModified());
        // The near copy is no duplicate at 0.99; the exact one still is.
        QTRY_COMPARE_WITH_TIMEOUT(window->model()->groups().constFirst().duplicates.size(), 1, 10000);
        QCOMPARE(window->model()->groups().constFirst().duplicates.constFirst().id, m_ids[2]);

        // Undone in the design's history (Edit ▸ Undo): the threshold and the verdicts come back.
        m_window->session()->undoStack()->undo();
        QCOMPARE(threshold->value(), 0.8);
        QTRY_COMPARE_WITH_TIMEOUT(window->model()->groups().constFirst().duplicates.size(), 2, 10000);
    }

    void threshold_isAStepOfItsOwn_besideTheDatasetsQualitySettings()
    {
        DuplicatesWindow *window = openDuplicates();
        QVERIFY(window);
        // The dataset view's quality bar edits the same part of the design.
        QualityBar bar(*m_window->session());
        bar.show();
        QUndoStack *undo = m_window->session()->undoStack();
        const int steps = undo->count();
        auto *language = bar.findChild<QLineEdit *>(u"qualityLanguage"_s);
        QVERIFY(language);
        language->setFocus();
        QTest::keyClicks(language, u"German"_s);
        QCOMPARE(undo->count(), steps + 1); // one word typed, one step

        auto *threshold = window->findChild<QDoubleSpinBox *>(u"duplicateThreshold"_s);
        threshold->setFocus();
        threshold->selectAll();
        QTest::keyClicks(threshold, u"0.9"_s);
        QTest::keyClick(threshold, Qt::Key_Return);
        QCOMPARE(m_window->session()->design().quality.duplicateThreshold, 0.9);
        // Never merged into the language typed just before.
        QCOMPARE(undo->count(), steps + 2);
        undo->undo();
        QCOMPARE(m_window->session()->design().quality.duplicateThreshold, 0.8);
        QCOMPARE(m_window->session()->design().quality.filters.language, u"German"_s);
        QCOMPARE(threshold->value(), 0.8);
    }

    void editedOriginal_isComparedAgain()
    {
        DuplicatesWindow *window = openDuplicates();
        QVERIFY(window);
        QTRY_COMPARE(window->model()->rowCount(), 2);
        // The second group's original rewritten in the conversation editor's way: its copy is alone now.
        QSqlQuery q(db());
        QVERIFY(q.exec(u"SELECT id FROM turns WHERE conversation_id = %1 AND seq = 1"_s.arg(m_ids[3])) && q.next());
        QString error;
        QVERIFY(Store::CurationStore(db()).setTurnText(q.value(0).toLongLong(), words(99), &error));
        QTRY_COMPARE_WITH_TIMEOUT(window->model()->rowCount(), 1, 10000);
    }
};

QTEST_MAIN(DuplicatesWindowTest)
#include "duplicateswindow_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "coverage/coverageview.h"

#include "coverage/coveragemodel.h"
#include "mainwindow.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "quality/deduplicator.h"
#include "store/curationstore.h"
#include "store/runstore.h"
#include "support/memorysecrets.h"
#include "support/menudriver.h"
#include "support/scripteddialogs.h"
#include "support/storefixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

namespace {

Design::ProjectDesign design()
{
    Design::ProjectDesign d;
    Design::Topic oceans {u"Oceans"_s, {}, 3, {{u"Tides"_s, {}, 1, {}}, {u"Waves"_s, {}, 1, {}}}};
    d.topics = {oceans, {u"Deserts"_s, {}, 1, {}}};
    Design::Persona mia;
    mia.name = u"Mia"_s;
    Design::Persona sam;
    sam.name = u"Sam"_s;
    Design::Persona tutor;
    tutor.name = u"Tutor"_s;
    tutor.side = Design::Side::Assistant;
    d.personas = {mia, sam, tutor};
    return d;
}

qint64 addSample(const QSqlDatabase &db, const QString &topic, const QString &user)
{
    static int plan = 0;
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
    c.planIndex = plan++;
    c.turnsPlanned = 1;
    c.topicPath = topic;
    c.userPersona = user;
    c.assistantPersona = u"Tutor"_s;
    c.draw = "{}";
    const auto id = runs.insertConversation(c, &error);
    // Texts of their own: the studio's background dedup would hide copies.
    const QString n = QString::number(c.planIndex);
    if (!id || !runs.insertTurn(Test::StoreFixture::newTurn(*id, 0, u"Question %1 about %2?"_s.arg(n, topic)), &error)
        || !runs.insertTurn(Test::StoreFixture::newTurn(*id, 1, u"Answer %1 for %2: q%1 r%1 s%1 t%1."_s.arg(n, user)),
                            &error)
        || !runs.finishConversation(*id, Store::ConversationState::Complete, {}, false, &error))
        return 0;
    return *id;
}

} // namespace

// View ▸ Coverage in the real main window.
class CoverageViewTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::ScriptedDialogs m_dialogs;
    Test::MemorySecrets m_secrets;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_tides;

    CoverageView *openCoverage()
    {
        QMenu *view = Test::openMenu(m_window.get(), u"menuView"_s);
        if (!view)
            return nullptr;
        Test::chooseEntry(view, m_window->findChild<QAction *>(u"actionCoverage"_s));
        return m_window->findChild<CoverageView *>();
    }

    static QString cell(const CoverageModel *model, CoverageFactor factor, const QString &key, int column)
    {
        const QModelIndex index = model->find(factor, key);
        return index.siblingAtColumn(column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QCoreApplication::setOrganizationName(u"DialogsmithTest"_s);
        QCoreApplication::setApplicationName(u"coverageview_test"_s);
        QLocale::setDefault(QLocale::c());
    }

    void init()
    {
        static int n = 0;
        const QString path = m_dir.filePath(u"coverage%1.dialogsmith"_s.arg(++n));
        {
            QString error;
            auto file = ProjectFile::create(path, &error);
            QVERIFY2(file, qPrintable(error));
            // Four on tides, two on waves, none on deserts; all by Mia.
            m_tides.clear();
            for (int i = 0; i < 4; ++i)
                m_tides.append(addSample(file->database(), u"Oceans › Tides"_s, u"Mia"_s));
            for (int i = 0; i < 2; ++i)
                QVERIFY(addSample(file->database(), u"Oceans › Waves"_s, u"Mia"_s));
            QString e;
            QVERIFY(Store::CurationStore(file->database()).setReview(m_tides.at(0), Store::Review::Approved, &e));
            QVERIFY(Store::CurationStore(file->database()).setReview(m_tides.at(1), Store::Review::Rejected, &e));
        }
        m_window = std::make_unique<MainWindow>(m_dialogs, m_secrets);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(path));
        m_window->session()->edit(u"Set up"_s, ProjectSession::Part::All,
                                  [](Design::ProjectDesign &d) { d = design(); });
    }

    void cleanup() { m_window.reset(); }

    void coverage_showsCountsPlannedAndActualShares_andTintsTheHoles()
    {
        CoverageView *view = openCoverage();
        QVERIFY(view);
        QAbstractItemModelTester tree(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester crossing(view->crossing(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(m_window->findChild<QTabWidget *>(u"editorTabs"_s)->currentWidget(), view);
        QTRY_COMPARE(view->model()->tree().samples, 6);
        const CoverageModel *model = view->model();
        QCOMPARE(cell(model, CoverageFactor::Topic, u"Oceans"_s, CoverageModel::SamplesColumn), u"6"_s);
        QCOMPARE(cell(model, CoverageFactor::Topic, u"Oceans › Tides"_s, CoverageModel::ApprovedColumn), u"1"_s);
        QCOMPARE(cell(model, CoverageFactor::Topic, u"Oceans › Tides"_s, CoverageModel::RejectedColumn), u"1"_s);
        QCOMPARE(cell(model, CoverageFactor::Topic, u"Oceans › Tides"_s, CoverageModel::UnreviewedColumn), u"2"_s);
        QCOMPARE(cell(model, CoverageFactor::Topic, u"Oceans › Tides"_s, CoverageModel::ApprovalColumn), u"50 %"_s);
        QCOMPARE(cell(model, CoverageFactor::Topic, u"Oceans"_s, CoverageModel::PlannedColumn), u"75 %"_s);
        QCOMPARE(cell(model, CoverageFactor::Topic, u"Oceans › Waves"_s, CoverageModel::PlannedColumn), u"38 %"_s);
        QCOMPARE(cell(model, CoverageFactor::Topic, u"Oceans › Waves"_s, CoverageModel::ActualColumn), u"33 %"_s);
        // Deserts: planned a quarter, never made. Sam: planned half, never made.
        QCOMPARE(cell(model, CoverageFactor::Topic, u"Deserts"_s, CoverageModel::PlannedColumn), u"25 %"_s);
        QCOMPARE(cell(model, CoverageFactor::Topic, u"Deserts"_s, CoverageModel::SamplesColumn), u"0"_s);
        QVERIFY(model->find(CoverageFactor::Topic, u"Deserts"_s).data(CoverageModel::UnderRepresentedRole).toBool());
        QVERIFY(model->find(CoverageFactor::Topic, u"Deserts"_s).data(Qt::BackgroundRole).isValid());
        QVERIFY(model->find(CoverageFactor::UserPersona, u"Sam"_s).data(CoverageModel::UnderRepresentedRole).toBool());
        QVERIFY(!model->find(CoverageFactor::Topic, u"Oceans › Tides"_s)
                     .data(CoverageModel::UnderRepresentedRole)
                     .toBool());
        QCOMPARE(cell(model, CoverageFactor::Mode, u"conversation"_s, CoverageModel::SamplesColumn), u"6"_s);
        QVERIFY2(view->findChild<QLabel *>(u"coverageSummary"_s)->text().contains(u"6 complete samples"_s),
                 qPrintable(view->findChild<QLabel *>(u"coverageSummary"_s)->text()));

        // Topic × user persona: the design's values, tides by Mia the hottest, Sam's column marked.
        const CrossingModel *cross = view->crossing();
        QCOMPARE(cross->rowCount(), 3);
        QCOMPARE(cross->columnCount(), 2);
        QCOMPARE(cross->headerData(1, Qt::Vertical).toString(), u"Oceans › Tides"_s);
        QCOMPARE(cross->headerData(0, Qt::Horizontal).toString(), u"Mia"_s);
        QCOMPARE(cross->count(1, 0), 4);
        QVERIFY(cross->index(1, 1).data(CrossingModel::UnderRepresentedRole).toBool());
        QVERIFY(!cross->index(1, 0).data(CrossingModel::UnderRepresentedRole).toBool());

        // The columns crossed with scenarios instead, picked with the keyboard.
        auto *across = view->findChild<QComboBox *>(u"crossingColumns"_s);
        across->setFocus();
        QTest::keyClick(across, Qt::Key_Down);
        QTest::keyClick(across, Qt::Key_Down);
        QCOMPARE(cross->columnFactor(), CoverageFactor::Scenario);
        QCOMPARE(cross->columnCount(), 1);
        QCOMPARE(cross->count(1, 0), 4);
    }

    void coverage_followsNewSamples_reviews_andTheDesign()
    {
        CoverageView *view = openCoverage();
        QVERIFY(view);
        QAbstractItemModelTester tree(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTRY_COMPARE(view->model()->tree().samples, 6);
        // A run's connection adds a sample on deserts.
        QString error;
        auto other = ProjectFile::open(m_window->session()->file().path(), &error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY(addSample(other->database(), u"Deserts"_s, u"Sam"_s));
        QTRY_COMPARE_WITH_TIMEOUT(
            cell(view->model(), CoverageFactor::Topic, u"Deserts"_s, CoverageModel::SamplesColumn), u"1"_s, 10000);
        // A verdict in the curation views.
        QVERIFY(Store::CurationStore(m_window->session()->file().database())
                    .setReview(m_tides.at(2), Store::Review::Approved, &error));
        QTRY_COMPARE_WITH_TIMEOUT(
            cell(view->model(), CoverageFactor::Topic, u"Oceans › Tides"_s, CoverageModel::ApprovedColumn), u"2"_s,
            10000);
        // Deserts weighted up in the design: the plan follows at once.
        m_window->session()->edit(u"Weight"_s, ProjectSession::Part::Topics,
                                  [](Design::ProjectDesign &d) { d.topics[1].weight = 3; });
        QCOMPARE(cell(view->model(), CoverageFactor::Topic, u"Deserts"_s, CoverageModel::PlannedColumn), u"50 %"_s);
    }

    void coverage_leavesOutTheDuplicatesTheDatasetHides()
    {
        CoverageView *view = openCoverage();
        QVERIFY(view);
        QTRY_COMPARE(view->model()->tree().samples, 6);
        // Every sample comes to say the same: dedup keeps the first, and the others are counted no more.
        QString error;
        auto other = ProjectFile::open(m_window->session()->file().path(), &error);
        QVERIFY2(other, qPrintable(error));
        QSqlQuery q(other->database());
        QVERIFY(q.exec(u"UPDATE turns SET content = 'The same ' || seq"_s));
        const auto update = Quality::Deduplicator(other->database()).update(0.8, &error);
        QVERIFY2(update, qPrintable(error));
        QCOMPARE(update->summary.exact, 5);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->tree().samples, 1, 10000);
        // Shown in the dataset again: counted again.
        m_window->session()->edit(u"Show duplicates"_s, ProjectSession::Part::Generation,
                                  [](Design::ProjectDesign &d) { d.quality.hideDuplicates = false; });
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->tree().samples, 6, 10000);
    }
};

QTEST_MAIN(CoverageViewTest)
#include "coverageview_test.moc"

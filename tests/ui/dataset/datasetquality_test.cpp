// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "dataset/datasetmodel.h"
#include "dataset/datasetupkeep.h"
#include "dataset/datasetview.h"
#include "datasetfixture.h"
#include "quality/filters.h"
#include "store/curationstore.h"
#include "store/datasetquery.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QUndoStack>

using namespace Dialogsmith;
using namespace Dialogsmith::Test;
using namespace Qt::StringLiterals;

/// The dataset view's quality bar: filter rules with their counts, judge threshold, duplicates, show
/// removed, the Mode column and filter, and the background work that keeps verdicts and index up to date.
class DatasetQualityTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DatasetFixture> m_data;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<DatasetView> m_view;
    QTemporaryDir m_settings;

    template<typename T>
    T *child(const QString &name) const
    {
        auto *widget = m_view->findChild<T *>(name);
        if (!widget)
            qWarning("no %s", qPrintable(name));
        return widget;
    }
    DatasetModel *model() const { return m_view->model(); }
    QString cell(int row, int column) const { return model()->index(row, column).data().toString(); }
    QList<int> listed() const
    {
        QList<int> positions;
        for (qint64 id : model()->ids())
            positions.append(int(m_data->ids.indexOf(id)));
        return positions;
    }
    QString ids(std::initializer_list<int> positions) const
    {
        QStringList list;
        for (int i : positions)
            list.append(QString::number(m_data->ids[i]));
        return list.join(u',');
    }
    bool exec(const QString &sql) const { return DatasetFixture::exec(m_session->file().database(), sql); }

    // A project of `conversations` (see DatasetFixture), with conversations 5 and 10 answering with AI
    // boilerplate and conversation 7's answer cut off at the token limit, before the view first sees it.
    bool openView(int conversations)
    {
        m_data = std::make_unique<DatasetFixture>();
        if (!m_data->create(conversations))
            return false;
        m_session = m_data->open();
        if (!m_session)
            return false;
        if (!exec(u"UPDATE turns SET content = 'As an AI language model, I cannot have a favourite season.' "
                  u"WHERE seq = 1 AND conversation_id IN (%1)"_s.arg(ids({5, 10})))
            || !exec(
                u"UPDATE turns SET finish_reason = 'length' WHERE seq = 1 AND conversation_id = %1"_s.arg(ids({7}))))
            return false;
        m_view = std::make_unique<DatasetView>(*m_session);
        m_view->resize(1300, 700);
        m_view->show();
        return QTest::qWaitForWindowExposed(m_view.get());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settings.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    void cleanup()
    {
        m_view.reset();
        m_session.reset();
        m_data.reset();
    }

    void rules_hideWhatTheyCatchWithCountsAndUndo()
    {
        QVERIFY(openView(60));
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto *refusals = child<QCheckBox>(u"qualityRefusals"_s);
        auto *truncated = child<QCheckBox>(u"qualityTruncated"_s);
        // Checked in the background, then left out: the count on each rule says how many it catches.
        QTRY_COMPARE(refusals->text(), u"Refusals and boilerplate — 2"_s);
        QTRY_COMPARE(truncated->text(), u"Empty or truncated — 1"_s);
        QTRY_COMPARE(model()->rowCount(), 57);
        QVERIFY(!listed().contains(5));
        QVERIFY(!listed().contains(7));

        // Switching a rule off brings its samples back, as one undoable step of the design.
        QTest::mouseClick(refusals, Qt::LeftButton, {}, QPoint(8, refusals->height() / 2));
        QVERIFY(!m_session->design().quality.filters.refusals);
        QTRY_COMPARE(model()->rowCount(), 59);
        QVERIFY(listed().contains(5));
        QCOMPARE(m_session->undoStack()->count(), 1);
        m_session->undoStack()->undo();
        QTRY_VERIFY(refusals->isChecked());
        QTRY_COMPARE(model()->rowCount(), 57);

        // Show removed: listed again, greyed, with the rule named.
        auto *showRemoved = child<QCheckBox>(u"qualityShowRemoved"_s);
        QTRY_COMPARE(showRemoved->text(), u"Show removed (3)"_s);
        QTest::mouseClick(showRemoved, Qt::LeftButton, {}, QPoint(8, showRemoved->height() / 2));
        QTRY_COMPARE(model()->rowCount(), 60);
        QCOMPARE(cell(5, DatasetModel::QualityColumn), u"Refusals and boilerplate"_s);
        QCOMPARE(cell(7, DatasetModel::QualityColumn), u"Empty or truncated"_s);
        QVERIFY(cell(6, DatasetModel::QualityColumn).isEmpty());
        QVERIFY(model()
                    ->index(7, DatasetModel::QualityColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"message 2 stopped at the token limit"_s));
        QVERIFY(model()->index(5, DatasetModel::TopicColumn).data(Qt::ForegroundRole).isValid());
    }

    void curation_editThatRemovesBoilerplate_bringsTheSampleBack()
    {
        QVERIFY(openView(30));
        QTRY_COMPARE(model()->rowCount(), 27);
        // An edit as the conversation editor makes it (curation sets updated_at): checked again.
        Store::CurationStore curation(m_session->file().database());
        QSqlQuery q(m_session->file().database());
        QVERIFY(q.exec(u"SELECT id FROM turns WHERE seq = 1 AND conversation_id = %1"_s.arg(ids({5}))) && q.next());
        QString error;
        QVERIFY(curation.setTurnText(q.value(0).toLongLong(), u"Autumn, for the colours."_s, &error));
        QTRY_COMPARE(model()->rowCount(), 28);
        QVERIFY(listed().contains(5));
        QTRY_COMPARE(child<QCheckBox>(u"qualityRefusals"_s)->text(), u"Refusals and boilerplate — 1"_s);
    }

    void backgroundCheck_readsTheListAgainOnlyWhenVerdictsChange()
    {
        QVERIFY(openView(30));
        QTRY_COMPARE(model()->rowCount(), 27);
        DatasetUpkeep *upkeep = m_view->upkeep();
        QString error;
        const auto settled = [&] {
            return !upkeep->isBusy()
                && Quality::FilterChecker(m_session->file().database()).pending(&error) == std::optional<qint64>(0);
        };
        QTRY_VERIFY(settled());
        QSignalSpy finished(upkeep, &DatasetUpkeep::finished);
        const auto anyChanged = [&finished] {
            return std::any_of(finished.cbegin(), finished.cend(),
                               [](const QList<QVariant> &arguments) { return arguments.at(1).toBool(); });
        };

        // Three clean samples as the engine writes them: checked in the background, and no verdict changes,
        // so the view has no reason to read its list again.
        {
            QSqlDatabase engine = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"engine"_s);
            engine.setDatabaseName(m_data->path);
            QVERIFY(engine.open());
            Store::RunStore store(engine);
            QVERIFY(m_data->add(store, 3));
        }
        QSqlDatabase::removeDatabase(u"engine"_s);
        QTRY_COMPARE(model()->rowCount(), 30);
        QTRY_VERIFY(!finished.isEmpty() && settled());
        QVERIFY(!anyChanged());

        // An edit that turns an answer into boilerplate is a new verdict: the sample leaves the list.
        finished.clear();
        QSqlQuery q(m_session->file().database());
        QVERIFY(q.exec(u"SELECT id FROM turns WHERE seq = 1 AND conversation_id = %1"_s.arg(ids({6}))) && q.next());
        QVERIFY(Store::CurationStore(m_session->file().database())
                    .setTurnText(q.value(0).toLongLong(), u"As an AI language model, I cannot say."_s, &error));
        QTRY_VERIFY(!listed().contains(6));
        QTRY_VERIFY(anyChanged());
        QTRY_COMPARE(model()->rowCount(), 29);
    }

    void judgeThreshold_leavesOutLowScoresKeepsUnjudged()
    {
        QVERIFY(openView(30));
        QTRY_COMPARE(model()->rowCount(), 27);
        QVERIFY(exec(u"UPDATE conversations SET judge_score = 2, judge_rubric = '1-10' WHERE id = %1"_s.arg(ids({3}))));
        QVERIFY(exec(u"UPDATE conversations SET judge_score = 9, judge_rubric = '1-10' WHERE id = %1"_s.arg(ids({4}))));
        // On the 3-point scale, 1 of 3 is as low as 1 of 10.
        QVERIFY(
            exec(u"UPDATE conversations SET judge_score = 1, judge_rubric = '3-point' WHERE id = %1"_s.arg(ids({6}))));
        auto *threshold = child<QDoubleSpinBox>(u"qualityJudgeThreshold"_s);
        QTRY_COMPARE(threshold->text(), u"No judge threshold"_s);
        threshold->setFocus();
        threshold->selectAll();
        QTest::keyClicks(threshold, u"5"_s);
        QCOMPARE(m_session->design().quality.minJudgeScore, std::optional<double>(5));
        QTRY_VERIFY(!listed().contains(3));
        QVERIFY(listed().contains(4));
        QVERIFY(!listed().contains(6));
        QVERIFY(listed().contains(8)); // never judged: kept
        QTRY_VERIFY2(child<QLabel>(u"qualityJudgeCount"_s)->text().startsWith(u"2 below"_s),
                     qPrintable(child<QLabel>(u"qualityJudgeCount"_s)->text()));
        QVERIFY(child<QLabel>(u"qualityJudgeCount"_s)->text().contains(u"not judged (kept)"_s));
    }

    void duplicates_hiddenOrGroupedAfterTheirOriginal()
    {
        QVERIFY(openView(30));
        QTRY_COMPARE(model()->rowCount(), 27);
        QVERIFY(exec(
            u"INSERT INTO signatures (conversation_id, text_hash, fingerprint, minhash, duplicate_of, "
            u"duplicate_kind, similarity) VALUES (%1, 'h', x'00', x'00', %2, 'near', 0.9)"_s.arg(ids({20}), ids({3}))));
        QTRY_VERIFY(!listed().contains(20));
        auto *duplicates = child<QComboBox>(u"qualityDuplicates"_s);
        QTRY_VERIFY(duplicates->currentText().endsWith(u"— 1"_s));
        duplicates->setFocus();
        QTest::keyClick(duplicates, Qt::Key_Down); // Group duplicates
        QVERIFY(!m_session->design().quality.hideDuplicates);
        QTRY_VERIFY(listed().contains(20));
        QCOMPARE(listed().at(listed().indexOf(3) + 1), 20);
        QCOMPARE(cell(int(listed().indexOf(20)), DatasetModel::QualityColumn), u"Duplicate of #%1"_s.arg(ids({3})));
    }

    void modeColumnAndFilter()
    {
        QVERIFY(openView(30));
        QTRY_COMPARE(model()->rowCount(), 27);
        QVERIFY(exec(u"UPDATE conversations SET mode = 'instruction' WHERE id IN (%1)"_s.arg(ids({1, 2}))));
        QTest::keyClick(m_view.get(), Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(cell(1, DatasetModel::ModeColumn), u"Instruction"_s);
        QCOMPARE(cell(0, DatasetModel::ModeColumn), u"Conversation"_s);
        auto *mode = child<QComboBox>(u"datasetModeFilter"_s);
        mode->setFocus();
        QTest::keyClick(mode, Qt::Key_Down); // Conversation
        QTest::keyClick(mode, Qt::Key_Down); // Instruction
        QTRY_COMPARE(listed(), QList<int>({1, 2}));
    }

    void pendingTurns_areIndexedInTheBackground()
    {
        QVERIFY(openView(80));
        QString error;
        // The fixture's turns wait for the index; the open view adds them in small transactions.
        QTRY_COMPARE(Store::DatasetQuery(m_session->file().database()).pendingTurns(&error), std::optional<qint64>(0));
        QSqlQuery q(m_session->file().database());
        QVERIFY(q.exec(u"SELECT count(*) FROM turns_fts WHERE turns_fts MATCH 'zebra'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
    }
};

QTEST_MAIN(DatasetQualityTest)
#include "datasetquality_test.moc"

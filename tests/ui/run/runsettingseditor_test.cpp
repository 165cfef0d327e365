// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/runsettingseditor.h"

#include "project/modelaccess.h"
#include "run/runestimate.h"
#include "run/runsmodel.h"
#include "rundesign.h"
#include "store/runstore.h"
#include "support/memorysecrets.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

namespace {

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

void typeInto(QAbstractSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
}

} // namespace

class RunSettingsEditorTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<Test::MemorySecrets> m_secrets;
    std::unique_ptr<ModelAccess> m_models;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_session = Test::openSession(m_dir.filePath(u"s%1.dialogsmith"_s.arg(++m_projects)),
                                      Test::runDesign(QUrl(u"http://127.0.0.1:9"_s)));
        m_secrets = std::make_unique<Test::MemorySecrets>();
        m_models = std::make_unique<ModelAccess>(*m_session, *m_secrets);
    }

    void cleanup()
    {
        m_models.reset();
        m_session.reset();
    }

    void typingACount_isOneUndoableStep_andUpdatesTheEstimate()
    {
        RunSettingsEditor editor(*m_session, *m_models);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *estimate = child<QLabel>(&editor, u"estimate"_s);
        const QString before = estimate->text();
        QVERIFY2(before.contains(u'$'), qPrintable(before));
        QVERIFY(before.contains(u"Assumes"_s));

        const int steps = m_session->undoStack()->count();
        typeInto(child<QSpinBox>(&editor, u"count"_s), u"2500"_s);
        QCOMPARE(m_session->design().generation.count, 2500);
        QCOMPARE(m_session->undoStack()->count(), steps + 1);
        QVERIFY(estimate->text() != before);
        const RunEstimate big = RunEstimate::of(m_session->design());

        m_session->undoStack()->undo();
        QCOMPARE(m_session->design().generation.count, 6);
        QCOMPARE(child<QSpinBox>(&editor, u"count"_s)->value(), 6);
        QCOMPARE(estimate->text(), before);
        QVERIFY(*big.costUsd > *RunEstimate::of(m_session->design()).costUsd * 100);
        m_session->undoStack()->redo();
        QCOMPARE(child<QSpinBox>(&editor, u"count"_s)->value(), 2500);
    }

    void turnsStayAValidRange()
    {
        RunSettingsEditor editor(*m_session, *m_models);
        editor.show();
        typeInto(child<QSpinBox>(&editor, u"minTurns"_s), u"5"_s);
        QCOMPARE(m_session->design().generation.minTurns, 5);
        QCOMPARE(m_session->design().generation.maxTurns, 5);
        QCOMPARE(child<QSpinBox>(&editor, u"maxTurns"_s)->value(), 5);
        QVERIFY(m_session->problems().isEmpty());
        // Values beyond what a saved design can hold are not accepted.
        QCOMPARE(child<QSpinBox>(&editor, u"maxTurns"_s)->maximum(), 100);
        QCOMPARE(child<QSpinBox>(&editor, u"concurrency"_s)->maximum(), 4096);
        QCOMPARE(child<QDoubleSpinBox>(&editor, u"userTemperature"_s)->maximum(), 2.0);
    }

    void samplingDefault_andBudget()
    {
        RunSettingsEditor editor(*m_session, *m_models);
        editor.show();
        auto *temperature = child<QDoubleSpinBox>(&editor, u"assistantTemperature"_s);
        QCOMPARE(temperature->value(), 0.7);
        temperature->setValue(temperature->minimum());
        QCOMPARE(temperature->text(), u"provider default"_s);
        QVERIFY(!m_session->design().generation.assistantSampling.temperature.has_value());
        typeInto(child<QSpinBox>(&editor, u"assistantMaxTokens"_s), u"2048"_s);
        QCOMPARE(m_session->design().generation.assistantSampling.maxTokens, 2048);

        // A budget below the estimate says the run will stop early.
        auto *budget = child<QDoubleSpinBox>(&editor, u"budgetUsd"_s);
        QCOMPARE(budget->text(), u"no cap"_s);
        budget->setValue(0.01);
        QCOMPARE(m_session->design().generation.budgetUsd, 0.01);
        QVERIFY(child<QLabel>(&editor, u"estimate"_s)->text().contains(u"budget is likely to stop"_s));
    }

    void profileCombos_followTheProviders()
    {
        RunSettingsEditor editor(*m_session, *m_models);
        editor.show();
        auto *user = child<QComboBox>(&editor, u"userProfile"_s);
        QCOMPARE(user->count(), 2); // "sim (the only profile)", "sim"
        m_session->edit(u"Add profile"_s, ProjectSession::Part::Providers, [](Design::ProjectDesign &d) {
            Llm::ProviderProfile other = d.providers.constFirst();
            other.name = u"other"_s;
            d.providers.append(other);
        });
        QCOMPARE(user->count(), 3);
        const int row = user->findData(u"other"_s);
        QVERIFY(row > 0);
        user->setCurrentIndex(row);
        Q_EMIT user->activated(row);
        QCOMPARE(m_session->design().generation.userProfile, u"other"_s);
        m_session->undoStack()->undo();
        QVERIFY(m_session->design().generation.userProfile.isEmpty());
        QCOMPARE(user->currentIndex(), 0);
    }

    void runsList_showsTheProjectsRuns()
    {
        RunSettingsEditor editor(*m_session, *m_models);
        QAbstractItemModelTester tester(editor.runsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        editor.show();
        QCOMPARE(editor.runsModel()->rowCount(), 0);
        Store::RunStore store(m_session->file().database());
        QString error;
        QVERIFY(store.begin(&error));
        const auto first = store.createRun(10, 1, "{}", &error);
        QVERIFY2(first, qPrintable(error));
        QVERIFY(store.setRunState(*first, Store::RunState::Stopped, u"The budget of $1.00 is spent."_s, &error));
        const auto second = store.createRun(20, 2, "{}", &error);
        QVERIFY(second);
        QVERIFY(store.commit(&error));
        editor.refreshRuns();
        RunsModel *runs = editor.runsModel();
        QCOMPARE(runs->rowCount(), 2);
        QCOMPARE(runs->data(runs->index(0, RunsModel::Id), Qt::DisplayRole).toLongLong(), *second);
        QCOMPARE(runs->data(runs->index(1, RunsModel::State), Qt::DisplayRole).toString(), u"stopped at the budget"_s);
        QCOMPARE(runs->data(runs->index(1, RunsModel::Planned), Qt::DisplayRole).toString(), u"10"_s);
        QCOMPARE(runs->data(runs->index(1, RunsModel::Reason), Qt::DisplayRole).toString(),
                 u"The budget of $1.00 is spent."_s);
        // A refresh with nothing new keeps the rows (and the view's selection).
        editor.refreshRuns();
        QCOMPARE(runs->rowCount(), 2);
        const QString dir = qEnvironmentVariable("DIALOGSMITH_SCREENSHOTS");
        if (!dir.isEmpty() && QDir().mkpath(dir)) {
            editor.resize(1100, 760);
            editor.grab().save(QDir(dir).filePath(u"run-settings.png"_s));
        }
    }
};

QTEST_MAIN(RunSettingsEditorTest)
#include "runsettingseditor_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/runsettingseditor.h"

#include "design/projectspec.h"
#include "project/modelaccess.h"
#include "run/runestimate.h"
#include "run/runsmodel.h"
#include "rundesign.h"
#include "store/designstore.h"
#include "store/runstore.h"
#include "support/memorysecrets.h"
#include "support/storefixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
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

// Chooses `mode` in the mode box as a click on its item does.
void choose(QComboBox *combo, Design::Mode mode)
{
    const int row = combo->findData(int(mode));
    if (row < 0)
        qFatal("no mode %d", int(mode));
    combo->setCurrentIndex(row);
    Q_EMIT combo->activated(row);
}

// A complete conversation-mode sample of one exchange, as a run stores it: `review` "rejected" keeps it from
// the dataset.
void addConversation(const QSqlDatabase &db, const QString &review = u"generated"_s)
{
    Store::RunStore runs(db);
    QString error;
    const auto run = runs.createRun(1, 1, "{}", &error);
    if (!run || !runs.storeTemplate(u"v-user"_s, u"starter"_s, u"Ask."_s, &error))
        qFatal("%s", qPrintable(error));
    Store::NewConversation c;
    c.runId = *run;
    c.turnsPlanned = 1;
    c.topicPath = u"Mechanics"_s;
    c.userPersona = u"Mia"_s;
    c.assistantPersona = u"Dr. Okafor"_s;
    c.draw = "{}";
    const auto id = runs.insertConversation(c, &error);
    if (!id || !runs.insertTurn(Test::StoreFixture::newTurn(*id, 0, u"What is work?"_s), &error)
        || !runs.insertTurn(Test::StoreFixture::newTurn(*id, 1, u"Force times distance."_s), &error)
        || !runs.finishConversation(*id, Store::ConversationState::Complete, {}, false, &error))
        qFatal("%s", qPrintable(error));
    QSqlQuery q(db);
    q.prepare(u"UPDATE conversations SET review = ? WHERE id = ?"_s);
    q.addBindValue(review);
    q.addBindValue(*id);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
}

// German where the catalogue has a translation; every other string about a third longer, in words.
class LongTranslator final : public QTranslator
{
public:
    QTranslator german;

    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        const QString translated = german.translate(context, source, disambiguation, n);
        if (!translated.isEmpty())
            return translated;
        const QString text = QString::fromUtf8(source);
        QString padding;
        while (padding.size() < text.size() / 3)
            padding += u" Längeres"_s;
        return text + padding;
    }

    bool isEmpty() const override { return false; }
};

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

    void choosingAMode_showsItsSettingsOnly_andIsUndoable()
    {
        RunSettingsEditor editor(*m_session, *m_models);
        editor.resize(900, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *mode = child<QComboBox>(&editor, u"mode"_s);
        QCOMPARE(mode->count(), 6);
        QVERIFY(child<QSpinBox>(&editor, u"minTurns"_s)->isVisibleTo(&editor));
        QVERIFY(!child<QListWidget>(&editor, u"seeds"_s)->isVisibleTo(&editor));

        const int steps = m_session->undoStack()->count();
        choose(mode, Design::Mode::Instruction);
        QCOMPARE(m_session->design().generation.mode, Design::Mode::Instruction);
        QCOMPARE(m_session->undoStack()->count(), steps + 1);
        QVERIFY(child<QListWidget>(&editor, u"seeds"_s)->isVisibleTo(&editor));
        QVERIFY(child<QSpinBox>(&editor, u"seedsPerPrompt"_s)->isVisibleTo(&editor));
        QVERIFY(!child<QSpinBox>(&editor, u"minTurns"_s)->isVisibleTo(&editor));
        QVERIFY(!child<QSpinBox>(&editor, u"generations"_s)->isVisibleTo(&editor));
        QVERIFY(child<QLabel>(&editor, u"modeHelp"_s)->text().contains(u"seed instructions"_s));

        choose(mode, Design::Mode::Embedding);
        QVERIFY(child<QSpinBox>(&editor, u"queriesPerChunk"_s)->isVisibleTo(&editor));
        QVERIFY(child<QCheckBox>(&editor, u"verifyNegatives"_s)->isVisibleTo(&editor));
        QVERIFY(child<QComboBox>(&editor, u"modeJudgeProfile"_s)->isVisibleTo(&editor));
        QVERIFY(!child<QListWidget>(&editor, u"seeds"_s)->isVisibleTo(&editor));

        m_session->undoStack()->undo();
        QCOMPARE(m_session->design().generation.mode, Design::Mode::Instruction);
        QCOMPARE(Design::Mode(mode->currentData().toInt()), Design::Mode::Instruction);
        QVERIFY(child<QListWidget>(&editor, u"seeds"_s)->isVisibleTo(&editor));
        m_session->undoStack()->undo();
        QCOMPARE(m_session->design().generation.mode, Design::Mode::Conversation);
        QVERIFY(child<QSpinBox>(&editor, u"minTurns"_s)->isVisibleTo(&editor));
    }

    void seeds_pastedEditedRemoved_eachOneUndoableStep_andSaved()
    {
        RunSettingsEditor editor(*m_session, *m_models);
        editor.resize(900, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        choose(child<QComboBox>(&editor, u"mode"_s), Design::Mode::Instruction);
        auto *seeds = child<QListWidget>(&editor, u"seeds"_s);
        QAbstractItemModelTester tester(seeds->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(child<QLabel>(&editor, u"seedsHint"_s)->isVisibleTo(&editor));

        // Three lines pasted at once: three seeds, one step.
        QApplication::clipboard()->setText(u"Explain inertia to a child.\n\n  Derive the kinetic energy formula.  \n"
                                           u"Compare mass and weight.\n"_s);
        const int steps = m_session->undoStack()->count();
        seeds->setFocus();
        QTest::keyClick(seeds, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_session->design().modes.seeds,
                 (QStringList {u"Explain inertia to a child."_s, u"Derive the kinetic energy formula."_s,
                               u"Compare mass and weight."_s}));
        QCOMPARE(m_session->undoStack()->count(), steps + 1);
        QCOMPARE(seeds->count(), 3);
        QVERIFY(!child<QLabel>(&editor, u"seedsHint"_s)->isVisibleTo(&editor));

        // Edit the second one in place, as a person would: F2, type, Return.
        seeds->setCurrentRow(1);
        QTest::keyClick(seeds, Qt::Key_F2);
        QWidget *lineEditor = QApplication::focusWidget();
        QVERIFY(lineEditor && lineEditor != seeds);
        QTest::keyClick(lineEditor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(lineEditor, u"Derive kinetic energy from work."_s);
        QTest::keyClick(lineEditor, Qt::Key_Return);
        QTRY_COMPARE(m_session->design().modes.seeds.at(1), u"Derive kinetic energy from work."_s);
        QCOMPARE(m_session->undoStack()->count(), steps + 2);

        // Add one with the button.
        QTest::mouseClick(child<QPushButton>(&editor, u"addSeed"_s), Qt::LeftButton);
        lineEditor = QApplication::focusWidget();
        QVERIFY(lineEditor && lineEditor != seeds);
        QTest::keyClicks(lineEditor, u"What is momentum?"_s);
        QTest::keyClick(lineEditor, Qt::Key_Return);
        QTRY_COMPARE(m_session->design().modes.seeds.size(), 4);
        QCOMPARE(m_session->design().modes.seeds.constLast(), u"What is momentum?"_s);

        // Remove the first with Delete.
        QTest::mouseClick(seeds->viewport(), Qt::LeftButton, {}, seeds->visualItemRect(seeds->item(0)).center());
        QCOMPARE(seeds->selectedItems(), QList {seeds->item(0)});
        QTest::keyClick(seeds, Qt::Key_Delete);
        QCOMPARE(m_session->design().modes.seeds.size(), 3);
        QCOMPARE(m_session->design().modes.seeds.constFirst(), u"Derive kinetic energy from work."_s);
        QCOMPARE(seeds->count(), 3);

        m_session->undoStack()->undo();
        QCOMPARE(m_session->design().modes.seeds.size(), 4);
        QCOMPARE(seeds->item(0)->text(), u"Explain inertia to a child."_s);

        typeInto(child<QSpinBox>(&editor, u"seedsPerPrompt"_s), u"2"_s);
        QCOMPARE(m_session->design().modes.seedsPerPrompt, 2);
        // What a saved project holds, and what its spec says.
        QString error;
        QVERIFY2(m_session->save(&error), qPrintable(error));
        const auto stored = Store::DesignStore(m_session->file().database()).load(&error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->design.generation.mode, Design::Mode::Instruction);
        QCOMPARE(stored->design.modes.seeds, m_session->design().modes.seeds);
        const QJsonObject spec = QJsonDocument::fromJson(Design::ProjectSpec::write(m_session->design())).object();
        QCOMPARE(spec[u"generation"_s][u"mode"_s].toString(), u"instruction"_s);
        QCOMPARE(spec[u"modes"_s][u"instruction"_s][u"seeds"_s].toArray().size(), 4);
        QCOMPARE(spec[u"modes"_s][u"instruction"_s][u"seeds_per_prompt"_s].toInt(), 2);
        QVERIFY(m_session->problems().isEmpty());
    }

    void evol_generationsMultiplyTheSamples_andDirectionsAreChecked()
    {
        RunSettingsEditor editor(*m_session, *m_models);
        editor.show();
        choose(child<QComboBox>(&editor, u"mode"_s), Design::Mode::Evol);
        auto *hint = child<QLabel>(&editor, u"modeHint"_s);
        QVERIFY(hint->isVisibleTo(&editor));
        QVERIFY2(hint->text().contains(u"seed instructions"_s), qPrintable(hint->text()));

        typeInto(child<QSpinBox>(&editor, u"generations"_s), u"4"_s);
        QCOMPARE(m_session->design().modes.evolGenerations, 4);
        QVERIFY2(child<QLabel>(&editor, u"planned"_s)->text().contains(u"24"_s),
                 qPrintable(child<QLabel>(&editor, u"planned"_s)->text()));
        QCOMPARE(RunEstimate::of(m_session->design()).samples, 24);
        QCOMPARE(child<QSpinBox>(&editor, u"generations"_s)->maximum(), 10);

        for (const Design::EvolDirection d : Design::allEvolDirections())
            child<QCheckBox>(&editor, u"direction_"_s + Design::evolDirectionName(d))->click();
        QVERIFY(m_session->design().modes.evolDirections.isEmpty());
        QVERIFY(hint->text().contains(u"at least one direction"_s));
        child<QCheckBox>(&editor, u"direction_breadth"_s)->click();
        child<QCheckBox>(&editor, u"direction_constraints"_s)->click();
        QCOMPARE(m_session->design().modes.evolDirections,
                 (QList {Design::EvolDirection::Constraints, Design::EvolDirection::Breadth}));

        m_session->edit(u"Seed"_s, ProjectSession::Part::Generation,
                        [](Design::ProjectDesign &d) { d.modes.seeds = {u"Explain work."_s}; });
        QVERIFY(!hint->isVisibleTo(&editor));
    }

    void documentModes_sayTheyNeedDocuments()
    {
        RunSettingsEditor editor(*m_session, *m_models);
        editor.show();
        choose(child<QComboBox>(&editor, u"mode"_s), Design::Mode::KnowledgeQa);
        auto *hint = child<QLabel>(&editor, u"modeHint"_s);
        QVERIFY(!hint->isVisibleTo(&editor)); // the design has a document
        QVERIFY(child<QCheckBox>(&editor, u"checkFaithfulness"_s)->isVisibleTo(&editor));
        m_session->edit(u"No documents"_s, ProjectSession::Part::Documents,
                        [](Design::ProjectDesign &d) { d.documents.clear(); });
        QVERIFY(hint->isVisibleTo(&editor));
        QVERIFY(hint->text().contains(u"needs documents"_s));
        choose(child<QComboBox>(&editor, u"mode"_s), Design::Mode::Embedding);
        QVERIFY(hint->text().contains(u"need documents"_s));
        choose(child<QComboBox>(&editor, u"mode"_s), Design::Mode::Preference);
        QVERIFY(!hint->isVisibleTo(&editor));
        QCOMPARE(child<QSpinBox>(&editor, u"responses"_s)->minimum(), 2);
    }

    void preference_responsesProfilesAndTemperatures()
    {
        m_session->edit(u"Add profile"_s, ProjectSession::Part::Providers, [](Design::ProjectDesign &d) {
            Llm::ProviderProfile other = d.providers.constFirst();
            other.name = u"other"_s;
            d.providers.append(other);
        });
        RunSettingsEditor editor(*m_session, *m_models);
        editor.show();
        choose(child<QComboBox>(&editor, u"mode"_s), Design::Mode::Preference);
        typeInto(child<QSpinBox>(&editor, u"responses"_s), u"3"_s);
        QCOMPARE(m_session->design().modes.responses, 3);
        QVERIFY(child<QDoubleSpinBox>(&editor, u"responseTemperature3"_s)->isVisibleTo(&editor));
        QVERIFY(!child<QDoubleSpinBox>(&editor, u"responseTemperature4"_s)->isVisibleTo(&editor));
        // The third response cycles to the first temperature until it is given its own.
        QCOMPARE(child<QDoubleSpinBox>(&editor, u"responseTemperature3"_s)->value(), 0.2);
        typeInto(child<QDoubleSpinBox>(&editor, u"responseTemperature3"_s), u"1.5"_s);
        QCOMPARE(m_session->design().modes.responseTemperatures, (QList<double> {0.2, 1.0, 1.5}));

        auto *profiles = child<QListWidget>(&editor, u"responseProfiles"_s);
        QAbstractItemModelTester tester(profiles->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(profiles->count(), 2);
        QListWidgetItem *other = profiles->findItems(u"other"_s, Qt::MatchExactly).value(0);
        QVERIFY(other);
        other->setCheckState(Qt::Checked);
        QCOMPARE(m_session->design().modes.responseProfiles, QStringList {u"other"_s});
        m_session->undoStack()->undo();
        QVERIFY(m_session->design().modes.responseProfiles.isEmpty());
        QCOMPARE(profiles->findItems(u"other"_s, Qt::MatchExactly).value(0)->checkState(), Qt::Unchecked);
        QVERIFY(m_session->problems().isEmpty());
    }

    void preferenceFromConversations_chosenInTheUi_replacesTheSeeds_isUndoable_andChangesTheEstimate()
    {
        RunSettingsEditor editor(*m_session, *m_models);
        editor.resize(900, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        choose(child<QComboBox>(&editor, u"mode"_s), Design::Mode::Preference);
        auto *source = child<QComboBox>(&editor, u"preferenceSource"_s);
        auto *seeds = child<QListWidget>(&editor, u"seeds"_s);
        auto *note = child<QLabel>(&editor, u"preferenceSourceNote"_s);
        auto *hint = child<QLabel>(&editor, u"modeHint"_s);
        auto *planned = child<QLabel>(&editor, u"planned"_s);
        auto *estimate = child<QLabel>(&editor, u"estimate"_s);
        QVERIFY(source->isVisibleTo(&editor));
        QCOMPARE(Design::PreferenceSource(source->currentData().toInt()), Design::PreferenceSource::Prompts);
        QVERIFY(seeds->isVisibleTo(&editor));
        QVERIFY(child<QDoubleSpinBox>(&editor, u"grounding"_s)->isVisibleTo(&editor));
        QVERIFY(!note->isVisibleTo(&editor));
        QVERIFY(!hint->isVisibleTo(&editor));
        QVERIFY(!planned->isVisibleTo(&editor));
        const QString before = estimate->text();
        QCOMPARE(RunEstimate::of(m_session->design()).callsPerSample, 4.0); // the prompt, two responses, the judge

        // Down in the box, as a person chooses the next item.
        const int steps = m_session->undoStack()->count();
        source->setFocus();
        QTest::keyClick(source, Qt::Key_Down);
        QCOMPARE(m_session->design().modes.preferenceSource, Design::PreferenceSource::Conversations);
        QCOMPARE(m_session->undoStack()->count(), steps + 1);
        // The seeds and the grounding are not used: a note says why.
        QVERIFY(!seeds->isVisibleTo(&editor));
        QVERIFY(!child<QSpinBox>(&editor, u"seedsPerPrompt"_s)->isVisibleTo(&editor));
        QVERIFY(!child<QDoubleSpinBox>(&editor, u"grounding"_s)->isVisibleTo(&editor));
        QVERIFY(note->isVisibleTo(&editor));
        QVERIFY2(note->text().contains(u"seed instructions are not used"_s), qPrintable(note->text()));
        QVERIFY(child<QSpinBox>(&editor, u"responses"_s)->isVisibleTo(&editor));
        QVERIFY(planned->isVisibleTo(&editor));
        QVERIFY2(planned->text().contains(u"at most 6 sample"_s), qPrintable(planned->text()));
        // The project has no conversation to answer yet.
        QVERIFY(hint->isVisibleTo(&editor));
        QVERIFY2(hint->text().contains(u"need conversations"_s), qPrintable(hint->text()));
        // One new answer and the judge; no prompt to write.
        QCOMPARE(RunEstimate::of(m_session->design()).callsPerSample, 2.0);
        QVERIFY(estimate->text() != before);
        QVERIFY2(estimate->text().contains(u"the most the run makes"_s), qPrintable(estimate->text()));
        QVERIFY(m_session->problems().isEmpty());
        const QJsonObject spec = QJsonDocument::fromJson(Design::ProjectSpec::write(m_session->design())).object();
        QCOMPARE(spec[u"modes"_s][u"preference"_s][u"source"_s].toString(), u"conversations"_s);
        const QString dir = qEnvironmentVariable("DIALOGSMITH_SCREENSHOTS");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            editor.grab().save(QDir(dir).filePath(u"run-settings-preference-conversations.png"_s));

        // A rejected conversation is not answered; a generated one is, once the editor looks again.
        addConversation(m_session->file().database(), u"rejected"_s);
        editor.refreshRuns();
        QVERIFY(hint->isVisibleTo(&editor));
        addConversation(m_session->file().database());
        editor.refreshRuns();
        QVERIFY2(!hint->isVisibleTo(&editor), qPrintable(hint->text()));

        m_session->undoStack()->undo();
        QCOMPARE(m_session->design().modes.preferenceSource, Design::PreferenceSource::Prompts);
        QCOMPARE(Design::PreferenceSource(source->currentData().toInt()), Design::PreferenceSource::Prompts);
        QVERIFY(seeds->isVisibleTo(&editor));
        QVERIFY(!note->isVisibleTo(&editor));
        QCOMPARE(estimate->text(), before);
        m_session->undoStack()->redo();
        QCOMPARE(Design::PreferenceSource(source->currentData().toInt()), Design::PreferenceSource::Conversations);
        QVERIFY(!seeds->isVisibleTo(&editor));

        // Choosing what is chosen already is no step.
        const int after = m_session->undoStack()->count();
        const int row = source->currentIndex();
        Q_EMIT source->activated(row);
        QCOMPARE(m_session->undoStack()->count(), after);
    }

    void estimate_countsTheCallsOfTheMode()
    {
        Design::ProjectDesign d = m_session->design();
        d.generation.mode = Design::Mode::KnowledgeQa;
        QCOMPARE(RunEstimate::of(d).callsPerSample, 3.0);
        d.modes.checkFaithfulness = false;
        QCOMPARE(RunEstimate::of(d).callsPerSample, 2.0);
        d.generation.mode = Design::Mode::Instruction;
        QCOMPARE(RunEstimate::of(d).callsPerSample, 2.0);
        d.generation.mode = Design::Mode::Preference;
        d.modes.responses = 3;
        QCOMPARE(RunEstimate::of(d).callsPerSample, 5.0); // the prompt, three responses, the judge
        // A user simulator without a price shows whether the prompt is written.
        Llm::ProviderProfile writer = d.providers.constFirst();
        writer.name = u"writer"_s;
        writer.model = u"writer-model"_s;
        d.providers.append(writer);
        d.generation.userProfile = u"writer"_s;
        const RunEstimate prompts = RunEstimate::of(d);
        QCOMPARE(prompts.unpriced, QStringList {u"writer-model"_s});
        d.modes.preferenceSource = Design::PreferenceSource::Conversations;
        const RunEstimate conversations = RunEstimate::of(d);
        QCOMPARE(conversations.callsPerSample, 3.0); // two new answers (the turn's own is the third), the judge
        QVERIFY(conversations.unpriced.isEmpty()); // no prompt written
        QCOMPARE(conversations.samples, 6);
        QCOMPARE(conversations.exchanges, 2.5);
        QCOMPARE(conversations.outputTokens,
                 qint64(6 * (2 * RunEstimate::typicalAssistantTokens + RunEstimate::typicalVerdictTokens)));
        d.providers.removeLast();
        d.generation.userProfile.clear();
        d.modes.preferenceSource = Design::PreferenceSource::Prompts;
        d.generation.mode = Design::Mode::Embedding;
        d.modes.hardNegatives = 2;
        QCOMPARE(RunEstimate::of(d).callsPerSample, 3.0); // the queries, a check per hard negative
        d.modes.verifyNegatives = false;
        QCOMPARE(RunEstimate::of(d).callsPerSample, 1.0);
        d.generation.mode = Design::Mode::Evol;
        d.modes.evolGenerations = 3;
        const RunEstimate evol = RunEstimate::of(d);
        QCOMPARE(evol.samples, 18);
        d.generation.mode = Design::Mode::Instruction;
        QVERIFY(*evol.costUsd > 2.5 * *RunEstimate::of(d).costUsd);
        d.generation.mode = Design::Mode::Conversation;
        QCOMPARE(RunEstimate::of(d).callsPerSample, 5.0); // 2.5 exchanges of two calls
    }

    void judge_rubricsEditedInUseAndPerTurn()
    {
        RunSettingsEditor editor(*m_session, *m_models);
        editor.resize(900, 900);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *rubrics = child<QListWidget>(&editor, u"rubrics"_s);
        QAbstractItemModelTester tester(rubrics->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(rubrics->count(), Design::Rubric::defaults().size());

        QTest::mouseClick(child<QPushButton>(&editor, u"addRubric"_s), Qt::LeftButton);
        const qsizetype added = Design::Rubric::defaults().size();
        QCOMPARE(m_session->design().quality.rubrics.size(), added + 1);
        QCOMPARE(rubrics->currentRow(), int(added));
        auto *name = child<QLineEdit>(&editor, u"rubricName"_s);
        QTest::keyClicks(name, u"Helpfulness"_s); // the new name is selected: typing replaces it
        QCOMPARE(m_session->design().quality.rubrics.at(added).name, u"Helpfulness"_s);
        typeInto(child<QDoubleSpinBox>(&editor, u"rubricMax"_s), u"5"_s);
        QCOMPARE(m_session->design().quality.rubrics.at(added).maximum, 5.0);
        auto *criteria = child<QPlainTextEdit>(&editor, u"rubricText"_s);
        criteria->setFocus();
        criteria->selectAll();
        QTest::keyClicks(criteria, u"5: solves it."_s);
        QCOMPARE(m_session->design().quality.rubrics.at(added).text, u"5: solves it."_s);

        auto *active = child<QComboBox>(&editor, u"activeRubric"_s);
        const int row = active->findData(u"Helpfulness"_s);
        QVERIFY(row >= 0);
        active->setCurrentIndex(row);
        Q_EMIT active->activated(row);
        QCOMPARE(m_session->design().quality.rubric, u"Helpfulness"_s);
        auto *turns = child<QComboBox>(&editor, u"judgeTurns"_s);
        turns->setCurrentIndex(1);
        Q_EMIT turns->activated(1);
        QVERIFY(m_session->design().quality.judgeTurns);
        QVERIFY2(m_session->problems().isEmpty(), qPrintable(m_session->problems().join(u'\n')));

        const QJsonObject judge = QJsonDocument::fromJson(Design::ProjectSpec::write(m_session->design()))
                                      .object()[u"quality"_s][u"judge"_s]
                                      .toObject();
        QCOMPARE(judge[u"rubric"_s].toString(), u"Helpfulness"_s);
        QVERIFY(judge[u"per_turn"_s].toBool());

        // Undo, step by step, back to the defaults.
        while (m_session->design().quality != Design::QualitySettings() && m_session->undoStack()->canUndo())
            m_session->undoStack()->undo();
        QCOMPARE(rubrics->count(), Design::Rubric::defaults().size());
        QCOMPARE(active->currentData().toString(), Design::QualitySettings().rubric);
        QCOMPARE(turns->currentIndex(), 0);
    }

    void longTranslations_doNotScrollSideways()
    {
        // German where the catalogue has it, every other string a third longer: the page folds into one
        // column rather than scroll sideways, in the pane 1440×900 leaves with both docks open.
        LongTranslator translator;
        QVERIFY(translator.german.load(u":/i18n/dialogsmith_de.qm"_s));
        QCoreApplication::installTranslator(&translator);
        const auto uninstall = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        for (const Design::Mode mode : Design::allModes()) {
            m_session->edit(u"Mode"_s, ProjectSession::Part::Generation,
                            [mode](Design::ProjectDesign &d) { d.generation.mode = mode; });
            RunSettingsEditor editor(*m_session, *m_models);
            editor.resize(780, 700);
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            auto *scroll = child<QScrollArea>(&editor, u"runSettingsScroll"_s);
            QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
            const QString dir = qEnvironmentVariable("DIALOGSMITH_SCREENSHOTS");
            if (!dir.isEmpty() && QDir().mkpath(dir))
                editor.grab().save(QDir(dir).filePath(u"run-settings-de-%1.png"_s.arg(Design::modeName(mode))));
        }
    }
};

QTEST_MAIN(RunSettingsEditorTest)
#include "runsettingseditor_test.moc"

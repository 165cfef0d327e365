// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/scenarios/scenarioeditor.h"

#include "editors/scenarios/weightedlistmodel.h"
#include "editors/scenarios/weightedlistpane.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "shell/uisettings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;
using Part = ProjectSession::Part;
using Field = WeightedListModel::Field;

namespace {

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("DIALOGSMITH_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + u'/' + name + u".png"_s);
}

QStringList structureNames(const QList<Design::Structure> &structures)
{
    QStringList names;
    for (const Design::Structure &s : structures)
        names.append(s.name);
    return names;
}

} // namespace

class ScenarioEditorTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<ScenarioEditor> m_editor;

    void openEditor(const QList<Design::Scenario> &scenarios, const QList<Design::Structure> &structures)
    {
        QString error;
        auto file = ProjectFile::create(m_dir->filePath(u"scenarios.dialogsmith"_s), &error);
        QVERIFY2(file, qPrintable(error));
        m_session = ProjectSession::open(std::move(file), &error);
        QVERIFY2(m_session, qPrintable(error));
        m_session->edit(u"Set up"_s, Part::All, [&](Design::ProjectDesign &d) {
            d.scenarios = scenarios;
            d.structures = structures;
        });
        m_session->undoStack()->clear();
        m_editor = std::make_unique<ScenarioEditor>(*m_session);
        m_editor->resize(900, 640);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    }

    const Design::ProjectDesign &design() const { return m_session->design(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_editor.reset();
        m_session.reset();
        m_dir.reset();
    }

    void models_passTheModelTesterThroughEdits()
    {
        openEditor({{u"At the library"_s, 1}, {u"On the bus"_s, 3}}, {{u"Q&A"_s, {}, 1}});
        WeightedListModel scenarios(*m_session, WeightedListModel::Kind::Scenarios);
        WeightedListModel structures(*m_session, WeightedListModel::Kind::Structures);
        QAbstractItemModelTester scenarioTester(&scenarios, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester structureTester(&structures, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(scenarios.columnCount(), 3);
        QCOMPARE(structures.columnCount(), 4);
        QCOMPARE(scenarios.index(1, scenarios.column(Field::Share)).data(Qt::EditRole).toDouble(), 0.75);
        QVERIFY(scenarios.setData(scenarios.index(0, scenarios.column(Field::Weight)), 3.0));
        QCOMPARE(scenarios.index(1, scenarios.column(Field::Share)).data(Qt::EditRole).toDouble(), 0.5);
        QVERIFY(!scenarios.setData(scenarios.index(0, scenarios.column(Field::Description)), u"  "_s));
        QVERIFY(structures.setData(structures.index(0, structures.column(Field::Name)), u"Questions"_s));
        QCOMPARE(design().structures[0].name, u"Questions"_s);
        m_editor->scenarios()->selectRow(0);
        m_editor->scenarios()->addItem();
        m_editor->structures()->addStructure(u"Debate"_s, u"Argue."_s);
        m_editor->scenarios()->deleteItem();
        QCOMPARE(scenarios.rowCount(), 2);
        QCOMPARE(structures.rowCount(), 2);
        while (m_session->undoStack()->canUndo())
            m_session->undoStack()->undo();
        QCOMPARE(design().scenarios.size(), 2);
        QCOMPARE(design().scenarios[0].weight, 1.0);
        QCOMPARE(structureNames(design().structures), QStringList {u"Q&A"_s});
    }

    void keys_addWriteReorderAndDeleteScenarios()
    {
        openEditor({}, {});
        WeightedListPane *pane = m_editor->scenarios();
        QVERIFY(pane->findChild<QLabel *>(u"emptyHint"_s)->isVisible());
        saveScreenshot(m_editor.get(), u"scenario-editor-empty"_s);
        pane->view()->setFocus();
        QTest::keyClick(pane->view(), Qt::Key_Insert);
        // The text field takes the focus with the placeholder text selected: typing replaces it.
        auto *text = pane->findChild<QPlainTextEdit *>(u"descriptionEdit"_s);
        QCOMPARE(QApplication::focusWidget(), text);
        QTest::keyClicks(text, u"The night before the exam"_s);
        QCOMPARE(design().scenarios.size(), 1);
        QCOMPARE(design().scenarios[0].description, u"The night before the exam"_s);
        pane->view()->setFocus();
        QTest::keyClick(pane->view(), Qt::Key_Insert);
        QTest::keyClicks(QApplication::focusWidget(), u"In the lab"_s);
        QCOMPARE(m_session->undoStack()->count(), 4); // two adds, two texts

        pane->view()->setFocus();
        QTest::keyClick(pane->view(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(design().scenarios[0].description, u"In the lab"_s);
        QCOMPARE(pane->currentRow(), 0);
        QCOMPARE(text->toPlainText(), u"In the lab"_s);
        QTest::keyClick(pane->view(), Qt::Key_Delete);
        QCOMPARE(design().scenarios.size(), 1);
        QCOMPARE(text->toPlainText(), u"The night before the exam"_s);

        m_session->undoStack()->undo();
        m_session->undoStack()->undo();
        QCOMPARE(design().scenarios[0].description, u"The night before the exam"_s);
        QCOMPARE(design().scenarios[1].description, u"In the lab"_s);
        while (m_session->undoStack()->canUndo())
            m_session->undoStack()->undo();
        QVERIFY(design().scenarios.isEmpty());
        QVERIFY(pane->findChild<QLabel *>(u"emptyHint"_s)->isVisible());
    }

    void presets_addTheStandardStructuresOnce()
    {
        openEditor({{u"At home"_s, 1}}, {{u"tutoring"_s, u"Mine."_s, 2}});
        auto *button = m_editor->findChild<QToolButton *>(u"presetButton"_s);
        QVERIFY(button);
        QMenu *menu = button->menu();
        QStringList offered;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                offered.append(action->text());
        }
        QCOMPARE(offered, (QStringList {u"Q&&A"_s, u"Debate"_s, u"Lecture"_s, u"Tutoring"_s, u"All Four"_s}));

        menu->actions().at(1)->trigger();
        QCOMPARE(structureNames(design().structures), (QStringList {u"tutoring"_s, u"Debate"_s}));
        QVERIFY(design().structures[1].description.contains(u"counter-arguments"_s));
        QCOMPARE(m_editor->structures()->currentRow(), 1);

        // All four: the ones there already (whatever their case) stay as they are.
        m_editor->findChild<QAction *>(u"addAllPresetsAction"_s)->trigger();
        QCOMPARE(structureNames(design().structures),
                 (QStringList {u"tutoring"_s, u"Debate"_s, u"Q&A"_s, u"Lecture"_s}));
        QCOMPARE(design().structures[0].description, u"Mine."_s);
        QCOMPARE(design().structures[0].weight, 2.0);
        m_editor->structures()->selectRow(2);
        saveScreenshot(m_editor.get(), u"scenario-editor"_s);

        // A structure's name is edited in place, its description below.
        WeightedListPane *pane = m_editor->structures();
        pane->view()->setFocus();
        QTest::keyClick(pane->view(), Qt::Key_F2);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), u"Questions and answers"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(design().structures[2].name, u"Questions and answers"_s);
        auto *description = pane->findChild<QPlainTextEdit *>(u"descriptionEdit"_s);
        QVERIFY(description->toPlainText().startsWith(u"The user asks questions"_s));
        description->setFocus();
        description->moveCursor(QTextCursor::End);
        QTest::keyClicks(description, u" Keep it short."_s);
        QVERIFY(design().structures[2].description.endsWith(u"answers. Keep it short."_s));
        const int steps = m_session->undoStack()->count();
        QCOMPARE(steps, 5); // Debate, Q&A, Lecture, the rename, the typing
        while (m_session->undoStack()->canUndo())
            m_session->undoStack()->undo();
        QCOMPARE(structureNames(design().structures), QStringList {u"tutoring"_s});
    }

    void splitter_remembersItsSizesForTheNextEditor()
    {
        UiSettings::setSplitterState(u"scenarioSplitter"_s, {});
        openEditor({{u"At the library"_s, 1}}, {{u"Q&A"_s, {}, 1}});
        auto *splitter = m_editor->findChild<QSplitter *>(u"scenarioSplitter"_s);
        QVERIFY(splitter);
        const QList<int> before = splitter->sizes();
        // Drag the handle 120 pixels down, as a user would.
        QSplitterHandle *handle = splitter->handle(1);
        const QPoint start = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, start);
        QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(0, 120)),
                         handle->mapToGlobal(QPointF(start + QPoint(0, 120))), Qt::LeftButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(handle, &move);
        QTest::mouseRelease(handle, Qt::LeftButton, {}, start + QPoint(0, 120));
        const QList<int> after = splitter->sizes();
        QVERIFY2(after.constFirst() > before.constFirst() + 60,
                 qPrintable(u"%1 -> %2"_s.arg(before.constFirst()).arg(after.constFirst())));
        QVERIFY(!UiSettings::splitterState(u"scenarioSplitter"_s).isEmpty());

        // The next scenario editor (another project, or after a restart) opens with the sizes the user chose.
        m_editor.reset();
        m_editor = std::make_unique<ScenarioEditor>(*m_session);
        m_editor->resize(900, 640);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
        QCOMPARE(m_editor->findChild<QSplitter *>(u"scenarioSplitter"_s)->sizes(), after);
    }
};

QTEST_MAIN(ScenarioEditorTest)
#include "scenarioeditor_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/personas/personaeditor.h"

#include "editors/personas/personalistmodel.h"
#include "editors/personas/suggestpersonasdialog.h"
#include "scriptedserver/scriptedresponses.h"
#include "scriptedserver/scriptedserver.h"
#include "support/studiofixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;
namespace Scripted = Dialogsmith::Test;

namespace {

Design::Persona persona(const QString &name, Design::Side side)
{
    Design::Persona p;
    p.name = name;
    p.side = side;
    p.description = side == Design::Side::User ? u"a student"_s : u"a tutor"_s;
    return p;
}

QList<Design::Persona> cast()
{
    return {persona(u"Mia"_s, Design::Side::User), persona(u"Dr. Okafor"_s, Design::Side::Assistant),
            persona(u"Tom"_s, Design::Side::User)};
}

QStringList names(const QList<Design::Persona> &personas)
{
    QStringList result;
    for (const Design::Persona &p : personas)
        result.append(p.name);
    return result;
}

Llm::ProviderProfile profileFor(const QUrl &url)
{
    return Scripted::scriptedProfile(url, u"teacher"_s, u"teacher-model"_s);
}

} // namespace

class PersonaEditorTest : public QObject, private Scripted::StudioFixture
{
    Q_OBJECT

private:
    std::unique_ptr<PersonaEditor> m_editor;

    void openEditor(const QList<Design::Persona> &personas, const QList<Llm::ProviderProfile> &providers = {})
    {
        openProject(u"personas.dialogsmith"_s, [&](Design::ProjectDesign &d) {
            d.name = u"Physics tutor"_s;
            d.topics = {{u"Mechanics"_s, {}, 1, {}}};
            d.personas = personas;
            d.providers = providers;
        });
        if (QTest::currentTestFailed())
            return;
        m_editor = std::make_unique<PersonaEditor>(*m_session, *m_models);
        m_editor->resize(960, 620);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    }

    const QList<Design::Persona> &personas() const { return m_session->design().personas; }
    template<typename T>
    T *find(const QString &name) const
    {
        return m_editor->findChild<T *>(name);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { makeFolder(); }

    void cleanup()
    {
        m_editor.reset();
        closeProject();
    }

    void models_passTheModelTesterAndFilterBySide()
    {
        openEditor(cast());
        PersonaListModel model(*m_session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(m_editor->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, PersonaListModel::SideColumn).data().toString(), u"Assistant"_s);
        QVERIFY(model.setData(model.index(0, PersonaListModel::NameColumn), u"Mia Rossi"_s));
        QVERIFY(model.setData(model.index(0, PersonaListModel::WeightColumn), 2.5));
        QVERIFY(!model.setData(model.index(0, PersonaListModel::WeightColumn), 2e6));
        QCOMPARE(personas()[0].name, u"Mia Rossi"_s);
        QCOMPARE(personas()[0].weight, 2.5);

        // Filtering: the list shows one side; the form follows the selection.
        auto *filter = find<QComboBox>(u"sideFilter"_s);
        filter->setCurrentIndex(2);
        QCOMPARE(m_editor->proxy()->rowCount(), 1);
        QCOMPARE(m_editor->currentRow(), 1);
        QCOMPARE(find<QLineEdit>(u"nameEdit"_s)->text(), u"Dr. Okafor"_s);
        filter->setCurrentIndex(1);
        QCOMPARE(m_editor->proxy()->rowCount(), 2);
        m_editor->addPersona();
        m_editor->deletePersona();
        filter->setCurrentIndex(0);
        QCOMPARE(m_editor->proxy()->rowCount(), 3);
        while (m_session->undoStack()->canUndo())
            m_session->undoStack()->undo();
        QCOMPARE(personas(), cast());
    }

    void form_editsEveryFactorAsMergedSteps()
    {
        openEditor(cast());
        m_editor->selectRow(2);
        auto *name = find<QLineEdit>(u"nameEdit"_s);
        QCOMPARE(name->text(), u"Tom"_s);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, u"Tomasz"_s);
        auto *description = find<QPlainTextEdit>(u"descriptionEdit"_s);
        description->setFocus();
        description->selectAll();
        QTest::keyClicks(description, u"A first-year engineering student."_s);
        auto *relationship = find<QComboBox>(u"relationshipCombo"_s);
        QVERIFY(relationship->count() > 3);
        relationship->lineEdit()->setFocus();
        QTest::keyClicks(relationship->lineEdit(), u"student of the tutor"_s);
        auto *mood = find<QComboBox>(u"moodCombo"_s);
        mood->setCurrentText(u"frustrated"_s);
        auto *knowledge = find<QComboBox>(u"knowledgeCombo"_s);
        knowledge->lineEdit()->setFocus();
        QTest::keyClicks(knowledge->lineEdit(), u"beginner"_s);
        auto *goal = find<QLineEdit>(u"goalEdit"_s);
        goal->setFocus();
        QTest::keyClicks(goal, u"pass the exam"_s);
        auto *style = find<QLineEdit>(u"styleEdit"_s);
        style->setFocus();
        QTest::keyClicks(style, u"short, informal"_s);
        auto *language = find<QComboBox>(u"languageCombo"_s);
        language->setCurrentIndex(language->findText(u"German"_s));
        auto *weight = find<QDoubleSpinBox>(u"weightSpin"_s);
        weight->setFocus();
        weight->selectAll();
        QTest::keyClicks(weight, u"3"_s);
        auto *side = find<QComboBox>(u"sideCombo"_s);
        side->setCurrentIndex(1);

        Design::Persona expected;
        expected.name = u"Tomasz"_s;
        expected.side = Design::Side::Assistant;
        expected.description = u"A first-year engineering student."_s;
        expected.relationship = u"student of the tutor"_s;
        expected.mood = u"frustrated"_s;
        expected.knowledgeLevel = u"beginner"_s;
        expected.goal = u"pass the exam"_s;
        expected.speakingStyle = u"short, informal"_s;
        expected.language = u"German"_s;
        expected.weight = 3;
        QCOMPARE(personas()[2], expected);
        QCOMPARE(m_editor->model()->index(2, PersonaListModel::NameColumn).data().toString(), u"Tomasz"_s);
        // One step per field, however many keys were typed.
        QCOMPARE(m_session->undoStack()->count(), 10);
        QCOMPARE(m_session->undoStack()->undoText(), u"Change Persona Side"_s);
        saveScreenshot(m_editor.get(), u"persona-editor"_s);
        m_session->undoStack()->undo();
        QCOMPARE(side->currentIndex(), 0);
        while (m_session->undoStack()->canUndo())
            m_session->undoStack()->undo();
        QCOMPARE(personas(), cast());
        QCOMPARE(name->text(), u"Tom"_s);
        QCOMPARE(goal->text(), QString());
        QCOMPARE(language->currentText(), QString());
        QCOMPARE(m_editor->currentRow(), 2);
    }

    void form_changingTheSideKeepsThePersonaInView()
    {
        openEditor(cast());
        find<QComboBox>(u"sideFilter"_s)->setCurrentIndex(1); // users
        m_editor->selectRow(2);
        QCOMPARE(find<QLineEdit>(u"nameEdit"_s)->text(), u"Tom"_s);
        find<QComboBox>(u"sideCombo"_s)->setCurrentIndex(1);
        QCOMPARE(personas()[2].side, Design::Side::Assistant);
        QCOMPARE(find<QComboBox>(u"sideFilter"_s)->currentIndex(), 0);
        QCOMPARE(m_editor->currentRow(), 2);
        QCOMPARE(find<QLineEdit>(u"nameEdit"_s)->text(), u"Tom"_s);
    }

    void keys_addDuplicateAndDelete()
    {
        openEditor({});
        QVERIFY(find<QLabel>(u"emptyHint"_s)->isVisible());
        saveScreenshot(m_editor.get(), u"persona-editor-empty"_s);
        m_editor->view()->setFocus();
        QTest::keyClick(m_editor->view(), Qt::Key_Insert);
        QCOMPARE(names(personas()), (QStringList {u"New persona"_s}));
        // The name field has the focus, its text selected: typing names the persona.
        QCOMPARE(QApplication::focusWidget(), find<QLineEdit>(u"nameEdit"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"Ada"_s);
        QCOMPARE(names(personas()), (QStringList {u"Ada"_s}));
        QVERIFY(!find<QLabel>(u"emptyHint"_s)->isVisible());

        QTest::keyClick(m_editor->view(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(names(personas()), (QStringList {u"Ada"_s, u"Ada (copy)"_s}));
        QCOMPARE(m_editor->currentRow(), 1);
        m_editor->view()->setFocus();
        QTest::keyClick(m_editor->view(), Qt::Key_Delete);
        QCOMPARE(names(personas()), (QStringList {u"Ada"_s}));
        QCOMPARE(m_editor->currentRow(), 0);

        // Delete in a text field deletes text, not the persona.
        auto *name = find<QLineEdit>(u"nameEdit"_s);
        name->setFocus();
        name->setCursorPosition(0);
        QTest::keyClick(name, Qt::Key_Delete);
        QCOMPARE(names(personas()), (QStringList {u"da"_s}));

        // An assistant is added where the list shows assistants.
        find<QComboBox>(u"sideFilter"_s)->setCurrentIndex(2);
        m_editor->addPersona();
        QCOMPARE(personas().size(), 2);
        QCOMPARE(personas()[1].side, Design::Side::Assistant);
        QCOMPARE(m_editor->proxy()->rowCount(), 1);

        while (m_session->undoStack()->canUndo())
            m_session->undoStack()->undo();
        QVERIFY(personas().isEmpty());
    }

    void suggest_addsReviewedPersonasWithoutDuplicates()
    {
        Scripted::ScriptedServer server;
        QVERIFY(server.listen());
        openEditor(cast(), {profileFor(server.url())});
        server.enqueue(Scripted::openAiStream(
            {u"<think>Two students and a tutor.</think>[{\"name\": \"Lena\", \"side\": \"user\", \"description\": "
             "\"A nurse retraining as an engineer.\", \"relationship\": \"student of the tutor\", \"mood\": "
             "\"anxious\", \"knowledge_level\": \"beginner\", \"goal\": \"understand torque\", \"speaking_style\": "
             "\"long questions\", \"language\": \"English\"}, {\"name\": \"mia\", \"side\": \"user\"}, "
             "{\"name\": \"Prof. Ito\", \"side\": \"assistant\", \"mood\": \"patient\"}]"_s}));
        QTest::keyClick(m_editor->view(), Qt::Key_E, Qt::ControlModifier);
        SuggestPersonasDialog *dialog = m_editor->suggestDialog();
        QVERIFY(dialog);
        QSignalSpy finished(dialog, &SuggestPersonasDialog::generationFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"generateButton"_s), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        const QString prompt
            = server.requests().constFirst().json()[u"messages"_s].toArray().last()[u"content"_s].toString();
        QVERIFY2(prompt.contains(u"Mia (user)"_s) && prompt.contains(u"Mechanics"_s), qPrintable(prompt));

        auto *tree = dialog->findChild<QTreeWidget *>(u"reviewTree"_s);
        QCOMPARE(tree->topLevelItemCount(), 2); // "mia" is Mia
        QVERIFY(dialog->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"1 suggestion"_s));
        QCOMPARE(tree->topLevelItem(0)->text(SuggestPersonasDialog::GoalColumn), u"understand torque"_s);
        saveScreenshot(dialog, u"suggest-personas-dialog"_s);
        tree->topLevelItem(1)->setText(SuggestPersonasDialog::MoodColumn, u"encouraging"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_editor->suggestDialog());

        QCOMPARE(names(personas()), (QStringList {u"Mia"_s, u"Dr. Okafor"_s, u"Tom"_s, u"Lena"_s, u"Prof. Ito"_s}));
        QCOMPARE(personas()[3].knowledgeLevel, u"beginner"_s);
        QCOMPARE(personas()[3].speakingStyle, u"long questions"_s);
        QCOMPARE(personas()[4].side, Design::Side::Assistant);
        QCOMPARE(personas()[4].mood, u"encouraging"_s);
        QCOMPARE(m_editor->currentRow(), 3);
        QCOMPARE(m_session->undoStack()->count(), 1);
        m_session->undoStack()->undo();
        QCOMPARE(personas(), cast());
    }

    void suggest_showsGarbageAndServerErrors()
    {
        auto server = std::make_unique<Scripted::ScriptedServer>();
        QVERIFY(server->listen());
        openEditor(cast(), {profileFor(server->url())});
        server->enqueue(Scripted::openAiStream({u"Sorry, I cannot do that."_s}));
        m_editor->suggestPersonas();
        SuggestPersonasDialog *dialog = m_editor->suggestDialog();
        QSignalSpy finished(dialog, &SuggestPersonasDialog::generationFinished);
        dialog->generate();
        QTRY_COMPARE(finished.size(), 1);
        auto *error = dialog->findChild<QLabel *>(u"errorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"cannot do that"_s), qPrintable(error->text()));
        QVERIFY(!dialog->findChild<QPushButton *>(u"addButton"_s)->isEnabled());

        server.reset();
        dialog->generate();
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY2(error->text().contains(u"teacher"_s), qPrintable(error->text()));
        QVERIFY(dialog->findChild<QPushButton *>(u"generateButton"_s)->isEnabled());
        dialog->reject();
        QCOMPARE(personas(), cast());
    }

    void suggest_withoutProfileSaysWhatToDo()
    {
        openEditor(cast());
        m_editor->suggestPersonas();
        SuggestPersonasDialog *dialog = m_editor->suggestDialog();
        QVERIFY(dialog->findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"Providers"_s));
        QVERIFY(!dialog->findChild<QPushButton *>(u"generateButton"_s)->isEnabled());
    }
};

QTEST_MAIN(PersonaEditorTest)
#include "personaeditor_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/documents/documenteditor.h"
#include "editors/personas/personaeditor.h"
#include "editors/scenarios/scenarioeditor.h"
#include "editors/templates/templateeditor.h"
#include "editors/topics/topiceditor.h"
#include "project/modelaccess.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "providers/providersdialog.h"
#include "run/runsettingseditor.h"
#include "support/memorysecrets.h"
#include "support/scripteddialogs.h"
#include "ui/editors/readonlyproject.h"
#include "ui/run/rundesign.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

/// Every design editor on a project whose file is read-only: a bar says so and how to get an editable copy,
/// and nothing the user types, clicks or presses changes the design.
class ReadOnlyEditorsTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Design::ProjectDesign m_design;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<Test::MemorySecrets> m_secrets;
    std::unique_ptr<ModelAccess> m_models;

    template<typename T>
    T *child(QWidget &editor, const QString &name)
    {
        T *found = editor.findChild<T *>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }

    static void show(QWidget &editor)
    {
        editor.resize(1100, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
    }

    /// The bar shows the reason and the way out. Saves a picture of `editor` when DIALOGSMITH_SCREENSHOTS names
    /// a folder, to look at.
    void checkBar(QWidget &editor)
    {
        const QString dir = qEnvironmentVariable("DIALOGSMITH_SCREENSHOTS");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            editor.grab().save(
                QDir(dir).filePath(u"readonly-%1.png"_s.arg(QLatin1StringView(editor.metaObject()->className()))));
        auto *bar = child<QFrame>(editor, u"readOnlyBar"_s);
        QVERIFY(bar->isVisible());
        const QString text = child<QLabel>(editor, u"readOnlyMessage"_s)->text();
        QVERIFY2(text.contains(u"read-only"_s) && text.contains(u"Save As"_s), qPrintable(text));
        QVERIFY2(text.contains(QFileInfo(m_session->file().path()).fileName()), qPrintable(text));
    }

    /// Types into `field` and presses keys in it: the field and the design stay as they were.
    void typeInto(QWidget *field)
    {
        field->setFocus();
        QTest::keyClicks(field, u"xyz"_s);
        QTest::keyClick(field, Qt::Key_Up);
        QTest::keyClick(field, Qt::Key_Backspace);
    }

    /// True when an in-place editor is open in `view` (it has the focus).
    static bool editorOpen(const QAbstractItemView *view)
    {
        const QWidget *focus = QApplication::focusWidget();
        return focus && focus != view && view->isAncestorOf(focus);
    }

    void checkUnchanged()
    {
        QCOMPARE(m_session->undoStack()->count(), 0);
        QVERIFY(m_session->design() == m_design);
        QVERIFY(!m_session->isModified());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_design = Test::runDesign(QUrl(u"http://127.0.0.1:9"_s));
        m_design.scenarios = {{u"The night before an exam"_s, 1.0}};
        m_design.structures = {{u"Q&A"_s, u"Questions and answers."_s, 1.0}};
        const QString path = m_dir.filePath(u"locked.dialogsmith"_s);
        Test::openSession(path, m_design).reset();
        QString why;
        QVERIFY2(Test::makeFileReadOnly(path, &why), qPrintable(why));
        QString error;
        auto file = ProjectFile::open(path, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(file->isReadOnly());
        m_session = ProjectSession::open(std::move(file), &error);
        QVERIFY2(m_session, qPrintable(error));
        m_design = m_session->design(); // as stored
        m_secrets = std::make_unique<Test::MemorySecrets>();
        m_models = std::make_unique<ModelAccess>(*m_session, *m_secrets);
    }

    void session_refusesEveryEdit()
    {
        QVERIFY(m_session->isReadOnly());
        QVERIFY(m_session->readOnlyReason().contains(u"locked.dialogsmith"_s));
        m_session->edit(u"Sneak"_s, ProjectSession::Part::Topics, [](Design::ProjectDesign &d) { d.topics.clear(); });
        checkUnchanged();
    }

    void writableProject_showsNoBar()
    {
        auto writable = Test::openSession(m_dir.filePath(u"open.dialogsmith"_s), m_design);
        QVERIFY(!writable->isReadOnly());
        QVERIFY(writable->readOnlyReason().isEmpty());
        ScenarioEditor editor(*writable);
        show(editor);
        QVERIFY(!child<QFrame>(editor, u"readOnlyBar"_s)->isVisible());
        QVERIFY(child<QToolButton>(editor, u"presetButton"_s)->isEnabled());
    }

    void topicEditor_isReadOnly()
    {
        TopicEditor editor(*m_session, *m_models);
        show(editor);
        checkBar(editor);
        auto *view = child<QAbstractItemView>(editor, u"topicView"_s);
        view->setCurrentIndex(view->model()->index(0, 0));
        for (const char *name : {"addTopicAction", "addSubtopicAction", "renameTopicAction", "deleteTopicAction",
                                 "moveUpAction", "moveDownAction", "expandWithModelAction"})
            QVERIFY2(!child<QAction>(editor, QString::fromLatin1(name))->isEnabled(), name);
        view->setFocus();
        for (const auto key : {Qt::Key_Insert, Qt::Key_Delete, Qt::Key_F2})
            QTest::keyClick(view, key);
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier);
        QVERIFY(!editorOpen(view)); // F2 opened no editor
        view->setCurrentIndex(view->model()->index(0, 0));
        typeInto(child<QLineEdit>(editor, u"nameEdit"_s));
        typeInto(child<QPlainTextEdit>(editor, u"descriptionEdit"_s));
        typeInto(child<QDoubleSpinBox>(editor, u"weightSpin"_s));
        QCOMPARE(child<QLineEdit>(editor, u"nameEdit"_s)->text(), m_design.topics.constFirst().name);
        checkUnchanged();
    }

    void personaEditor_isReadOnly()
    {
        PersonaEditor editor(*m_session, *m_models);
        show(editor);
        checkBar(editor);
        for (const char *name :
             {"addPersonaAction", "duplicatePersonaAction", "deletePersonaAction", "suggestPersonasAction"})
            QVERIFY2(!child<QAction>(editor, QString::fromLatin1(name))->isEnabled(), name);
        // The filter only changes what the list shows: it still works.
        QVERIFY(child<QComboBox>(editor, u"sideFilter"_s)->isEnabled());
        QVERIFY(!child<QComboBox>(editor, u"sideCombo"_s)->isEnabled());
        typeInto(child<QLineEdit>(editor, u"nameEdit"_s));
        typeInto(child<QPlainTextEdit>(editor, u"descriptionEdit"_s));
        typeInto(child<QDoubleSpinBox>(editor, u"weightSpin"_s));
        QTest::keyClick(editor.view(), Qt::Key_Insert);
        QTest::keyClick(editor.view(), Qt::Key_Delete);
        checkUnchanged();
    }

    void scenarioEditor_isReadOnly()
    {
        ScenarioEditor editor(*m_session);
        show(editor);
        checkBar(editor);
        QVERIFY(!child<QToolButton>(editor, u"presetButton"_s)->isEnabled());
        for (const QString &pane : {u"scenarioPane"_s, u"structurePane"_s}) {
            auto *paneWidget = child<QWidget>(editor, pane);
            for (QAction *action : paneWidget->findChild<QToolBar *>()->actions()) {
                if (!action->isSeparator())
                    QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
            }
            auto *view = paneWidget->findChild<QAbstractItemView *>();
            view->setCurrentIndex(view->model()->index(0, 0));
            view->setFocus();
            QTest::keyClick(view, Qt::Key_Insert);
            QTest::keyClick(view, Qt::Key_Delete);
            QTest::keyClick(view, Qt::Key_F2);
            QVERIFY(!editorOpen(view));
            typeInto(paneWidget->findChild<QPlainTextEdit *>(u"descriptionEdit"_s));
        }
        checkUnchanged();
    }

    void documentEditor_isReadOnly()
    {
        Test::ScriptedDialogs dialogs;
        DocumentEditor editor(*m_session, dialogs);
        show(editor);
        checkBar(editor);
        for (const char *name :
             {"actionAddDocumentFiles", "actionPasteDocument", "actionRenameDocument", "actionDeleteDocument"})
            QVERIFY2(!child<QAction>(editor, QString::fromLatin1(name))->isEnabled(), name);
        QVERIFY(!editor.acceptDrops());
        typeInto(child<QSpinBox>(editor, u"chunkSize"_s));
        typeInto(child<QSpinBox>(editor, u"chunkOverlap"_s));
        auto *table = child<QAbstractItemView>(editor, u"documentTable"_s);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Delete);
        QTest::keyClick(table, Qt::Key_F2);
        QVERIFY(!editorOpen(table));
        checkUnchanged();
    }

    void templateEditor_isReadOnly_butPreviews()
    {
        TemplateEditor editor(*m_session, *m_models);
        show(editor);
        checkBar(editor);
        auto *edit = child<QPlainTextEdit>(editor, u"templateEdit_system"_s);
        const QString before = edit->toPlainText();
        typeInto(edit);
        QCOMPARE(edit->toPlainText(), before);
        QVERIFY(!child<QPushButton>(editor, u"resetTemplateButton"_s)->isEnabled());
        // The preview draws samples as before: it changes nothing.
        QVERIFY(child<QPushButton>(editor, u"newSampleButton"_s)->isEnabled());
        QVERIFY(child<QComboBox>(editor, u"profileCombo"_s)->isEnabled());
        checkUnchanged();
    }

    void runSettingsEditor_isReadOnly()
    {
        RunSettingsEditor editor(*m_session, *m_models);
        show(editor);
        checkBar(editor);
        for (const QString &name : {u"count"_s, u"minTurns"_s, u"concurrency"_s})
            typeInto(child<QSpinBox>(editor, name));
        for (const QString &name : {u"grounding"_s, u"drift"_s, u"userTemperature"_s, u"seed"_s})
            typeInto(child<QDoubleSpinBox>(editor, name));
        typeInto(child<QLineEdit>(editor, u"endMarker"_s));
        QVERIFY(!child<QComboBox>(editor, u"userProfile"_s)->isEnabled());
        QVERIFY(!child<QComboBox>(editor, u"assistantProfile"_s)->isEnabled());
        QCOMPARE(child<QSpinBox>(editor, u"count"_s)->value(), m_design.generation.count);
        checkUnchanged();
    }

    void providersDialog_isReadOnly()
    {
        ProvidersDialog dialog(*m_session, *m_models);
        show(dialog);
        checkBar(dialog);
        for (const QString &name : {u"addProfile"_s, u"duplicateProfile"_s, u"removeProfile"_s})
            QVERIFY2(!child<QPushButton>(dialog, name)->isVisible(), qPrintable(name));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok));
        QVERIFY(!child<QComboBox>(dialog, u"profileKind"_s)->isEnabled());
        typeInto(child<QLineEdit>(dialog, u"profileName"_s));
        typeInto(child<QLineEdit>(dialog, u"baseUrl"_s));
        QCOMPARE(child<QLineEdit>(dialog, u"profileName"_s)->text(), m_design.providers.constFirst().name);
        dialog.accept(); // Return in a field would do this: nothing is applied
        QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        checkUnchanged();
    }
};

QTEST_MAIN(ReadOnlyEditorsTest)
#include "readonlyeditors_test.moc"

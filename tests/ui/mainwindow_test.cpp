// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/preferencesdialog.h"
#include "product/productinfo.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "shell/uisettings.h"
#include "store/designstore.h"
#include "support/memorysecrets.h"
#include "support/menudriver.h"
#include "support/scripteddialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Dialogsmith;
using Dialogsmith::Test::ScriptedDialogs;

namespace {

QString plain(QString text)
{
    return text.remove(u'&');
}

} // namespace

// Drives the real main window the way a person does: clicks on the menu bar and on menu entries.
class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ScriptedDialogs m_dialogs;
    Test::MemorySecrets m_secrets;
    std::unique_ptr<MainWindow> m_window;

    QMenu *menu(const QString &name) const { return m_window->findChild<QMenu *>(name); }

    QMenu *openMenu(const QString &name) { return Test::openMenu(m_window.get(), name); }
    static void chooseEntry(QMenu *m, QAction *action) { Test::chooseEntry(m, action); }

    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }

    void newWindow()
    {
        m_window = std::make_unique<MainWindow>(m_dialogs, m_secrets);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("DialogsmithTest"));
        QCoreApplication::setApplicationName(QStringLiteral("mainwindow_test"));
    }

    void init()
    {
        QSettings().clear();
        m_dialogs = ScriptedDialogs();
        newWindow();
    }

    void cleanup() { m_window.reset(); }

    void menuBar_hasEveryMenuWithItsEntries()
    {
        QStringList titles;
        for (QAction *entry : m_window->menuBar()->actions())
            titles << plain(entry->text());
        QCOMPARE(titles,
                 (QStringList {QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                               QStringLiteral("Run"), QStringLiteral("Tools"), QStringLiteral("Help")}));

        const QList<std::pair<QString, QStringList>> expected = {
            {QStringLiteral("menuFile"),
             {QStringLiteral("New Project…"), QStringLiteral("Open Project…"), QStringLiteral("Open Recent"),
              QStringLiteral("Save"), QStringLiteral("Save As…"), QStringLiteral("Import"), QStringLiteral("Export"),
              QStringLiteral("Quit")}},
            {QStringLiteral("menuEdit"),
             {QStringLiteral("Undo"), QStringLiteral("Redo"), QStringLiteral("Cut"), QStringLiteral("Copy"),
              QStringLiteral("Paste"), QStringLiteral("Find…")}},
            {QStringLiteral("menuView"),
             {QStringLiteral("Project"), QStringLiteral("Live Preview"), QStringLiteral("Run"),
              QStringLiteral("Coverage"), QStringLiteral("Main Toolbar")}},
            {QStringLiteral("menuRun"),
             {QStringLiteral("Start"), QStringLiteral("Pause"), QStringLiteral("Cancel"),
              QStringLiteral("Judge Samples…")}},
            {QStringLiteral("menuTools"),
             {QStringLiteral("Providers…"), QStringLiteral("Duplicates…"), QStringLiteral("Preferences…")}},
            {QStringLiteral("menuHelp"), {QStringLiteral("About Dialogsmith"), QStringLiteral("About Qt")}},
        };
        for (const auto &[name, entries] : expected) {
            QMenu *m = openMenu(name);
            QVERIFY2(m, qPrintable(name));
            QStringList shown;
            for (QAction *entry : m->actions()) {
                if (!entry->isSeparator())
                    shown << plain(entry->text());
            }
            QCOMPARE(shown, entries);
            QTest::keyClick(m, Qt::Key_Escape);
            QTRY_VERIFY(!m->isVisible());
        }
    }

    void frequentActions_haveShortcuts()
    {
        QCOMPARE(action(QStringLiteral("actionNew"))->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(action(QStringLiteral("actionOpen"))->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(action(QStringLiteral("actionSave"))->shortcut(), QKeySequence(QKeySequence::Save));
        QCOMPARE(action(QStringLiteral("actionUndo"))->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(action(QStringLiteral("actionQuit"))->shortcut(), QKeySequence(QKeySequence::Quit));
        QCOMPARE(action(QStringLiteral("actionStart"))->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(action(QStringLiteral("actionJudge"))->shortcut(), QKeySequence(Qt::Key_F7));
    }

    void about_throughTheHelpMenu_showsVersionAndLicence()
    {
        QMenu *help = openMenu(QStringLiteral("menuHelp"));
        QVERIFY(help);
        chooseEntry(help, action(QStringLiteral("actionAbout")));
        AboutDialog *about = nullptr;
        QTRY_VERIFY((about = m_window->findChild<AboutDialog *>()) && about->isVisible());
        QCOMPARE(about->findChild<QLabel *>(QStringLiteral("aboutVersion"))->text(),
                 QStringLiteral("Version ") + ProductInfo::version());
        QVERIFY(about->findChild<QLabel *>(QStringLiteral("aboutLicense"))->text().contains(QStringLiteral("Apache")));
        QVERIFY(about->windowTitle().contains(QStringLiteral("Dialogsmith")));
        QTest::mouseClick(about->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<AboutDialog *>());
    }

    void docks_toggleFromTheViewMenu()
    {
        for (const QString &name :
             {QStringLiteral("dockNavigator"), QStringLiteral("dockPreview"), QStringLiteral("dockRun")}) {
            auto *dock = m_window->findChild<QDockWidget *>(name);
            QVERIFY2(dock, qPrintable(name));
            QVERIFY(dock->isVisible());
            for (const bool visibleAfter : {false, true}) {
                QMenu *view = openMenu(QStringLiteral("menuView"));
                QVERIFY(view);
                chooseEntry(view, dock->toggleViewAction());
                QTRY_COMPARE(dock->isVisible(), visibleAfter);
                QTRY_VERIFY(!view->isVisible());
            }
        }
    }

    void layout_isRestoredOnTheNextStart()
    {
        auto *preview = m_window->findChild<QDockWidget *>(QStringLiteral("dockPreview"));
        preview->toggleViewAction()->trigger();
        QVERIFY(!preview->isVisible());
        // A size that fits the screen (restoring clamps to it) and is not the default one.
        const QRect screen = m_window->screen()->availableGeometry();
        m_window->resize(screen.width() - 30, screen.height() - 80);
        QTRY_COMPARE(m_window->size(), QSize(screen.width() - 30, screen.height() - 80));
        const QSize chosen = m_window->size();
        QVERIFY(chosen != QSize(1400, 860));
        QVERIFY(m_window->close());

        newWindow();
        QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("dockPreview"))->isVisible());
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("dockRun"))->isVisible());
        // The platform may add its window frame; the width is exact, the height near what it was.
        QCOMPARE(m_window->width(), chosen.width());
        QVERIFY2(qAbs(m_window->height() - chosen.height()) <= 40, qPrintable(QString::number(m_window->height())));
    }

    void newProject_throughTheFileMenu_createsAndShowsIt()
    {
        const QString file = m_dir.filePath(QStringLiteral("support-chats.dialogsmith"));
        m_dialogs.saveAnswers << file;
        QMenu *fileMenu = openMenu(QStringLiteral("menuFile"));
        QVERIFY(fileMenu);
        chooseEntry(fileMenu, action(QStringLiteral("actionNew")));

        QTRY_VERIFY(m_window->project());
        QVERIFY(QFile::exists(file));
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("support-chats")));
        auto *tree = m_window->findChild<QTreeWidget *>(QStringLiteral("navigatorTree"));
        QVERIFY(tree->isVisible());
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("support-chats"));
        QCOMPARE(tree->topLevelItem(0)->childCount(), 8);
        QVERIFY(action(QStringLiteral("actionSaveAs"))->isEnabled());
        QCOMPARE(UiSettings::recentProjects(), QStringList {file});
        QVERIFY(m_dialogs.errors.isEmpty());
    }

    void openRecent_reopensAProject()
    {
        const QString file = m_dir.filePath(QStringLiteral("recent.dialogsmith"));
        QString error;
        QVERIFY(ProjectFile::create(file, &error));
        m_dialogs.openAnswers << file;
        QMenu *fileMenu = openMenu(QStringLiteral("menuFile"));
        chooseEntry(fileMenu, action(QStringLiteral("actionOpen")));
        QTRY_VERIFY(m_window->project());

        newWindow();
        QVERIFY(!m_window->project());
        QMenu *recent = menu(QStringLiteral("menuRecent"));
        QVERIFY(recent->isEnabled());
        QCOMPARE(recent->actions().first()->text(), QDir::toNativeSeparators(file));
        recent->actions().first()->trigger();
        QVERIFY(m_window->project());
        QCOMPARE(m_window->project()->path(), file);
    }

    void open_somethingElse_showsWhatIsWrongAndKeepsTheFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("shopping.dialogsmith"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("eggs, milk, flour\n");
        }
        m_dialogs.openAnswers << file;
        QMenu *fileMenu = openMenu(QStringLiteral("menuFile"));
        chooseEntry(fileMenu, action(QStringLiteral("actionOpen")));
        QTRY_COMPARE(m_dialogs.errors.size(), 1);
        QVERIFY2(m_dialogs.errors.first().contains(QStringLiteral("shopping.dialogsmith")),
                 qPrintable(m_dialogs.errors.first()));
        QVERIFY2(m_dialogs.errors.first().contains(QStringLiteral("not a Dialogsmith project")),
                 qPrintable(m_dialogs.errors.first()));
        QVERIFY(!m_window->project());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("eggs, milk, flour\n"));
    }

    void saveAs_continuesInTheCopy()
    {
        const QString original = m_dir.filePath(QStringLiteral("draft.dialogsmith"));
        const QString copy = m_dir.filePath(QStringLiteral("final.dialogsmith"));
        m_dialogs.saveAnswers << original << copy;
        action(QStringLiteral("actionNew"))->trigger();
        QTRY_VERIFY(m_window->project());
        QMenu *fileMenu = openMenu(QStringLiteral("menuFile"));
        chooseEntry(fileMenu, action(QStringLiteral("actionSaveAs")));
        QTRY_COMPARE(m_window->project()->path(), copy);
        QVERIFY(QFile::exists(original));
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("final")));
    }

    void preferences_throughTheToolsMenu_storeTheLanguage()
    {
        QMenu *tools = openMenu(QStringLiteral("menuTools"));
        QVERIFY(tools);
        chooseEntry(tools, action(QStringLiteral("actionPreferences")));
        PreferencesDialog *preferences = nullptr;
        QTRY_VERIFY((preferences = m_window->findChild<PreferencesDialog *>()) && preferences->isVisible());
        auto *combo = preferences->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(combo->currentData().toString(), QString());
        combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
        QTest::mouseClick(preferences->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>());
        QCOMPARE(UiSettings::languageOverride(), QStringLiteral("de"));
    }

    void runAndExport_waitForAProject()
    {
        for (const QString &name : {QStringLiteral("actionStart"), QStringLiteral("actionPause"),
                                    QStringLiteral("actionCancel"), QStringLiteral("actionJudge")})
            QVERIFY2(!action(name)->isEnabled(), qPrintable(name));
        QVERIFY(!action(QStringLiteral("actionSave"))->isEnabled());
        QVERIFY(!action(QStringLiteral("actionSaveAs"))->isEnabled());
        QVERIFY(!action(QStringLiteral("actionExport_openai"))->isEnabled());

        m_dialogs.saveAnswers << m_dir.filePath(QStringLiteral("ready.dialogsmith"));
        action(QStringLiteral("actionNew"))->trigger();
        QTRY_VERIFY(m_window->project());
        QVERIFY(action(QStringLiteral("actionStart"))->isEnabled());
        QVERIFY(action(QStringLiteral("actionJudge"))->isEnabled());
        QVERIFY(!action(QStringLiteral("actionPause"))->isEnabled());
        QVERIFY(!action(QStringLiteral("actionCancel"))->isEnabled());
        QVERIFY(action(QStringLiteral("actionExport_openai"))->isEnabled());
        QVERIFY(action(QStringLiteral("actionExport_sharegpt"))->isEnabled());
        QVERIFY(action(QStringLiteral("actionProviders"))->isEnabled());
    }

    void navigator_opensEachSectionInATabOnce()
    {
        m_dialogs.saveAnswers << m_dir.filePath(QStringLiteral("sections.dialogsmith"));
        action(QStringLiteral("actionNew"))->trigger();
        QTRY_VERIFY(m_window->project());
        auto *tree = m_window->findChild<QTreeWidget *>(QStringLiteral("navigatorTree"));
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
        QTreeWidgetItem *root = tree->topLevelItem(0);
        const QStringList editors
            = {QStringLiteral("editorTopics"),    QStringLiteral("editorPersonas"),  QStringLiteral("editorScenarios"),
               QStringLiteral("editorDocuments"), QStringLiteral("editorTemplates"), QString(),
               QStringLiteral("editorRuns"),      QStringLiteral("editorDataset")};
        QCOMPARE(root->childCount(), editors.size());
        for (int i = 0; i < root->childCount(); ++i) {
            if (editors[i].isEmpty())
                continue; // Providers opens the providers dialog
            QTreeWidgetItem *item = root->child(i);
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
            QTRY_COMPARE(tabs->currentWidget()->objectName(), editors[i]);
            QCOMPARE(tabs->tabText(tabs->currentIndex()), item->text(0));
        }
        QCOMPARE(tabs->count(), 1 + 7);
        // Opening a section again brings its tab forward instead of opening another.
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(root->child(0)).center());
        QTRY_COMPARE(tabs->currentWidget()->objectName(), QStringLiteral("editorTopics"));
        QCOMPARE(tabs->count(), 1 + 7);

        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(root->child(5)).center());
        QTRY_VERIFY(m_window->findChild<QDialog *>(QStringLiteral("providersDialog")));

        // Opening another project closes the first one's editors.
        m_dialogs.saveAnswers << m_dir.filePath(QStringLiteral("other.dialogsmith"));
        m_window->findChild<QDialog *>(QStringLiteral("providersDialog"))->close();
        action(QStringLiteral("actionNew"))->trigger();
        QTRY_COMPARE(m_window->project()->displayName(), QStringLiteral("other"));
        QCOMPARE(tabs->count(), 1);
    }

    void designChanges_areUndoneFromTheEditMenuAndSavedWithCtrlS()
    {
        const QString file = m_dir.filePath(QStringLiteral("undo.dialogsmith"));
        m_dialogs.saveAnswers << file;
        action(QStringLiteral("actionNew"))->trigger();
        QTRY_VERIFY(m_window->session());
        // What an editor does when the user adds a topic.
        m_window->session()->edit(
            QStringLiteral("Add Topic"), ProjectSession::Part::Topics,
            [](Design::ProjectDesign &d) { d.topics.append({QStringLiteral("Algebra"), {}, 1.0, {}}); });
        QVERIFY(m_window->isWindowModified());
        QVERIFY(action(QStringLiteral("actionSave"))->isEnabled());
        QCOMPARE(plain(action(QStringLiteral("actionUndo"))->text()), QStringLiteral("Undo Add Topic"));

        QMenu *edit = openMenu(QStringLiteral("menuEdit"));
        chooseEntry(edit, action(QStringLiteral("actionUndo")));
        QTRY_VERIFY(m_window->session()->design().topics.isEmpty());
        QVERIFY(!m_window->isWindowModified());
        edit = openMenu(QStringLiteral("menuEdit"));
        chooseEntry(edit, action(QStringLiteral("actionRedo")));
        QTRY_COMPARE(m_window->session()->design().topics.size(), 1);

        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!m_window->isWindowModified());
        QVERIFY(!action(QStringLiteral("actionSave"))->isEnabled());
        QString error;
        auto reopened = ProjectFile::open(file, &error);
        QVERIFY2(reopened, qPrintable(error));
        const auto stored = Store::DesignStore(reopened->database()).load(&error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->design.topics.constFirst().name, QStringLiteral("Algebra"));
    }

    void unsavedChanges_areAskedAboutBeforeQuitting()
    {
        const QString file = m_dir.filePath(QStringLiteral("quit.dialogsmith"));
        m_dialogs.saveAnswers << file;
        action(QStringLiteral("actionNew"))->trigger();
        QTRY_VERIFY(m_window->session());
        m_window->session()->edit(QStringLiteral("Rename"), ProjectSession::Part::Overview,
                                  [](Design::ProjectDesign &d) { d.name = QStringLiteral("Tutoring"); });

        // Cancel: the window stays, the change too.
        m_dialogs.saveChoices << UserDialogs::SaveChoice::Cancel;
        m_window->close();
        QTRY_COMPARE(m_dialogs.saveQuestions.size(), 1);
        QVERIFY2(m_dialogs.saveQuestions.first().contains(QStringLiteral("quit")),
                 qPrintable(m_dialogs.saveQuestions.first()));
        QTest::qWait(0);
        QVERIFY(m_window->isVisible());
        QVERIFY(m_window->isWindowModified());

        // Save: written, then the window closes.
        m_dialogs.saveChoices << UserDialogs::SaveChoice::Save;
        m_window->close();
        QTRY_VERIFY(!m_window->isVisible());
        QString error;
        auto reopened = ProjectFile::open(file, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(Store::DesignStore(reopened->database()).load(&error)->design.name, QStringLiteral("Tutoring"));
    }

    void unsavedChanges_canBeDiscardedWhenOpeningAnother()
    {
        m_dialogs.saveAnswers << m_dir.filePath(QStringLiteral("discard.dialogsmith"))
                              << m_dir.filePath(QStringLiteral("next.dialogsmith"));
        action(QStringLiteral("actionNew"))->trigger();
        QTRY_VERIFY(m_window->session());
        m_window->session()->edit(QStringLiteral("Rename"), ProjectSession::Part::Overview,
                                  [](Design::ProjectDesign &d) { d.name = QStringLiteral("Lost"); });
        m_dialogs.saveChoices << UserDialogs::SaveChoice::Discard;
        action(QStringLiteral("actionNew"))->trigger();
        QTRY_COMPARE(m_window->project()->displayName(), QStringLiteral("next"));
        QCOMPARE(m_dialogs.saveQuestions.size(), 1);
        QString error;
        auto first = ProjectFile::open(m_dir.filePath(QStringLiteral("discard.dialogsmith")), &error);
        QVERIFY(first);
        QCOMPARE(Store::DesignStore(first->database()).load(&error)->design.name, QString());
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"

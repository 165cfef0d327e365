// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "conversation/conversationeditor.h"
#include "coverage/coverageview.h"
#include "dataset/datasetview.h"
#include "dataset/exportdialog.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/userdialogs.h"
#include "duplicates/duplicatefinder.h"
#include "duplicates/duplicateswindow.h"
#include "editors/documents/documenteditor.h"
#include "editors/personas/personaeditor.h"
#include "editors/scenarios/scenarioeditor.h"
#include "editors/templates/templateeditor.h"
#include "editors/topics/topiceditor.h"
#include "import/importcontroller.h"
#include "product/productinfo.h"
#include "project/modelaccess.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "providers/providersdialog.h"
#include "run/judgedialog.h"
#include "run/livepreviewpanel.h"
#include "run/runcontroller.h"
#include "run/runpanel.h"
#include "run/runsettingseditor.h"
#include "shell/icons.h"
#include "shell/projectnavigator.h"
#include "shell/startpage.h"
#include "shell/uisettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QMetaEnum>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>

#include <tuple>

namespace Dialogsmith {

namespace {

QAction *makeAction(QObject *parent, const QString &name, const QString &text, const QKeySequence &shortcut = {},
                    const QString &statusTip = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setStatusTip(statusTip);
    return action;
}

// Cut, copy and paste act on whichever text field has the focus.
template<typename Fn>
bool withFocusedText(Fn fn)
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *line = qobject_cast<QLineEdit *>(focus))
        return fn(line), true;
    if (auto *text = qobject_cast<QTextEdit *>(focus))
        return fn(text), true;
    if (auto *plain = qobject_cast<QPlainTextEdit *>(focus))
        return fn(plain), true;
    return false;
}

} // namespace

MainWindow::MainWindow(UserDialogs &dialogs, SecretStore &secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_dialogs(dialogs)
    , m_secrets(secrets)
    , m_run(new RunController(secrets, this))
    , m_recent(UiSettings::recentProjects())
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/dialogsmith.svg")));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    createActions();
    createCentralArea();
    createDocks();
    createMenus();
    createToolBar();
    statusBar()->showMessage(tr("Ready"));

    connect(qApp, &QApplication::focusChanged, this, &MainWindow::updateEditActions);
    connect(m_navigator, &ProjectNavigator::sectionActivated, this, &MainWindow::openSection);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateUndoStack);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (m_tabs->widget(index) != m_startPage)
            delete m_tabs->widget(index);
    });
    connect(m_run, &RunController::stateChanged, this, &MainWindow::updateRunActions);
    connect(m_run, &RunController::failed, this,
            [this](const QString &message) { m_dialogs.showError(this, tr("Run"), message); });
    updateRecentMenu();
    updateActions();
    updateEditActions();
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // Focus moves while the base classes tear the widgets down; this window no longer listens then.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    // The editors refer to the session: they go first.
    closeProjectTabs();
    m_run->setSession(nullptr);
}

const ProjectFile *MainWindow::project() const
{
    return m_session ? &m_session->file() : nullptr;
}

void MainWindow::createActions()
{
    m_new = makeAction(this, QStringLiteral("actionNew"), tr("&New Project…"), QKeySequence::New,
                       tr("Create a new project file"));
    m_new->setIcon(Icons::themed(QIcon::ThemeIcon::DocumentNew, QStyle::SP_FileIcon));
    connect(m_new, &QAction::triggered, this, &MainWindow::newProject);

    m_open = makeAction(this, QStringLiteral("actionOpen"), tr("&Open Project…"), QKeySequence::Open,
                        tr("Open a project file"));
    m_open->setIcon(Icons::themed(QIcon::ThemeIcon::DocumentOpen, QStyle::SP_DialogOpenButton));
    connect(m_open, &QAction::triggered, this, &MainWindow::chooseProjectToOpen);

    // Generated data is written as it arrives; Save stores design edits, so it is enabled only when an
    // editor holds unsaved changes.
    m_save = makeAction(this, QStringLiteral("actionSave"), tr("&Save"), QKeySequence::Save,
                        tr("Save the changes to the project"));
    m_save->setIcon(Icons::themed(QIcon::ThemeIcon::DocumentSave, QStyle::SP_DialogSaveButton));
    connect(m_save, &QAction::triggered, this, &MainWindow::saveProject);

    m_saveAs = makeAction(this, QStringLiteral("actionSaveAs"), tr("Save &As…"), QKeySequence::SaveAs,
                          tr("Save the project under a new name and continue there"));
    m_saveAs->setIcon(Icons::themed(QIcon::ThemeIcon::DocumentSaveAs, QStyle::SP_DialogSaveButton));
    connect(m_saveAs, &QAction::triggered, this, &MainWindow::saveProjectAs);

    m_quit = makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit, tr("Quit Dialogsmith"));
    m_quit->setIcon(Icons::themed(QIcon::ThemeIcon::ApplicationExit, QStyle::SP_DialogCloseButton));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(Icons::themed(QIcon::ThemeIcon::EditUndo, QStyle::SP_ArrowBack));
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(Icons::themed(QIcon::ThemeIcon::EditRedo, QStyle::SP_ArrowForward));

    m_cut = makeAction(this, QStringLiteral("actionCut"), tr("Cu&t"), QKeySequence::Cut);
    m_cut->setIcon(Icons::themed(QIcon::ThemeIcon::EditCut, Icons::Drawn::Cut));
    connect(m_cut, &QAction::triggered, this, [] { withFocusedText([](auto *w) { w->cut(); }); });
    m_copy = makeAction(this, QStringLiteral("actionCopy"), tr("&Copy"), QKeySequence::Copy);
    m_copy->setIcon(Icons::themed(QIcon::ThemeIcon::EditCopy, Icons::Drawn::Copy));
    connect(m_copy, &QAction::triggered, this, [] { withFocusedText([](auto *w) { w->copy(); }); });
    m_paste = makeAction(this, QStringLiteral("actionPaste"), tr("&Paste"), QKeySequence::Paste);
    m_paste->setIcon(Icons::themed(QIcon::ThemeIcon::EditPaste, Icons::Drawn::Paste));
    connect(m_paste, &QAction::triggered, this, [] { withFocusedText([](auto *w) { w->paste(); }); });
    // Enabled while the current tab can search (the dataset).
    m_find = makeAction(this, QStringLiteral("actionFind"), tr("&Find…"), QKeySequence::Find,
                        tr("Search the current view"));
    m_find->setIcon(Icons::themed(QIcon::ThemeIcon::EditFind, Icons::Drawn::Find));
    connect(m_find, &QAction::triggered, this, [this] {
        if (auto *dataset = qobject_cast<DatasetView *>(m_tabs->currentWidget()))
            dataset->focusSearch();
    });

    m_start = makeAction(this, QStringLiteral("actionStart"), tr("&Start"), QKeySequence(Qt::Key_F5),
                         tr("Start generating with the project's run settings"));
    m_start->setIcon(Icons::themed(QIcon::ThemeIcon::MediaPlaybackStart, QStyle::SP_MediaPlay));
    m_pause = makeAction(this, QStringLiteral("actionPause"), tr("&Pause"), QKeySequence(Qt::Key_F6),
                         tr("Pause the run after the turns in flight"));
    m_pause->setIcon(Icons::themed(QIcon::ThemeIcon::MediaPlaybackPause, QStyle::SP_MediaPause));
    m_cancel = makeAction(this, QStringLiteral("actionCancel"), tr("&Cancel"), QKeySequence(Qt::SHIFT | Qt::Key_F5),
                          tr("Stop the run now; completed turns are kept"));
    m_cancel->setIcon(Icons::themed(QIcon::ThemeIcon::MediaPlaybackStop, QStyle::SP_MediaStop));
    connect(m_start, &QAction::triggered, this, [this] { m_run->start(); });
    // Pause doubles as Resume while the run is paused.
    connect(m_pause, &QAction::triggered, this, [this] {
        if (m_run->state() == RunController::State::Paused)
            m_run->resume();
        else
            m_run->pause();
    });
    connect(m_cancel, &QAction::triggered, this, [this] { m_run->cancel(); });
    m_judge = makeAction(this, QStringLiteral("actionJudge"), tr("&Judge Samples…"), QKeySequence(Qt::Key_F7),
                         tr("Score the project's samples on a rubric with a judge model"));
    connect(m_judge, &QAction::triggered, this, &MainWindow::judgeSamples);

    m_providers = makeAction(this, QStringLiteral("actionProviders"), tr("&Providers…"), {},
                             tr("Set up the teacher models of this project"));
    m_providers->setIcon(Icons::themed(QStringLiteral("network-server"), QStyle::SP_DriveNetIcon));
    connect(m_providers, &QAction::triggered, this, &MainWindow::showProviders);
    m_preferences = makeAction(this, QStringLiteral("actionPreferences"), tr("P&references…"),
                               QKeySequence::Preferences, tr("Language and other settings of the studio"));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    m_about = makeAction(this, QStringLiteral("actionAbout"), tr("&About Dialogsmith"), {}, tr("Version and licence"));
    m_about->setMenuRole(QAction::AboutRole);
    m_about->setIcon(Icons::themed(QIcon::ThemeIcon::HelpAbout, QStyle::SP_MessageBoxInformation));
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQt = makeAction(this, QStringLiteral("actionAboutQt"), tr("About &Qt"));
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_new);
    file->addAction(m_open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    file->addSeparator();
    file->addAction(m_save);
    file->addAction(m_saveAs);
    file->addSeparator();
    QMenu *importMenu = file->addMenu(tr("&Import"));
    importMenu->setObjectName(QStringLiteral("menuImport"));
    // Datasets become samples; taxonomies and Auto Data Fountain folders are merged into the design.
    for (const auto &[kind, name, text, tip] :
         {std::tuple {ImportController::Kind::Dataset, "actionImportDataset", QT_TR_NOOP("&Dataset (JSONL)…"),
                      QT_TR_NOOP("Add the records of an openai, sharegpt or alpaca JSONL file as samples")},
          std::tuple {ImportController::Kind::Taxonomy, "actionImportTaxonomy", QT_TR_NOOP("&InstructLab Taxonomy…"),
                      QT_TR_NOOP("Add the seeds, topics and documents of a folder of qna.yaml files to the design")},
          std::tuple {ImportController::Kind::Fountain, "actionImportFountain",
                      QT_TR_NOOP("&Auto Data Fountain Folder…"),
                      QT_TR_NOOP("Add the roles, prompts, directions and diagram of setup.yaml and diagram.mermaid to "
                                 "the design")}}) {
        QAction *action = importMenu->addAction(tr(text));
        action->setObjectName(QString::fromLatin1(name));
        action->setStatusTip(tr(tip));
        connect(action, &QAction::triggered, this, [this, kind] { startImport(int(kind)); });
        m_importActions.append(action);
    }
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("menuExport"));
    // One entry per format; the dialog can switch formats too. Ctrl+Shift+E opens it on the first.
    for (const Export::Format format : Export::allFormats()) {
        QAction *action = exportMenu->addAction(
            tr("%1 (%2)…").arg(Export::formatDisplayName(format), Export::fileSuffix(format).toUpper()));
        action->setObjectName(QStringLiteral("actionExport_") + Export::formatName(format));
        action->setStatusTip(Export::formatSummary(format));
        connect(action, &QAction::triggered, this, [this, format] { exportAs(int(format)); });
        m_exportActions.append(action);
    }
    m_exportActions.constFirst()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_cut);
    edit->addAction(m_copy);
    edit->addAction(m_paste);
    edit->addSeparator();
    edit->addAction(m_find);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    for (QDockWidget *dock : {m_navigatorDock, m_previewDock, m_runDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    // How the samples spread over the design's factors: a tab of its own, closed with the project.
    QAction *coverage = m_viewMenu->addAction(tr("&Coverage"));
    coverage->setObjectName(QStringLiteral("actionCoverage"));
    coverage->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    coverage->setStatusTip(
        tr("How the samples spread over topics, personas and the other factors, planned versus made"));
    coverage->setEnabled(false);
    connect(this, &MainWindow::projectOpened, coverage, [coverage] { coverage->setEnabled(true); });
    connect(coverage, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        auto *view = m_tabs->findChild<CoverageView *>();
        if (!view) {
            view = new CoverageView(*m_session, m_tabs);
            view->setObjectName(QStringLiteral("coverageView"));
            m_tabs->addTab(view, tr("Coverage"));
        }
        m_tabs->setCurrentWidget(view);
    });

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->setObjectName(QStringLiteral("menuRun"));
    run->addAction(m_start);
    run->addAction(m_pause);
    run->addAction(m_cancel);
    run->addSeparator();
    run->addAction(m_judge);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("menuTools"));
    tools->addAction(m_providers);
    // Duplicates across the project, found in the background while it is open.
    QAction *duplicates = tools->addAction(tr("&Duplicates…"));
    duplicates->setObjectName(QStringLiteral("actionDuplicates"));
    duplicates->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    duplicates->setStatusTip(tr("Groups of exact and near duplicate samples, and which of them to keep"));
    duplicates->setEnabled(false);
    connect(this, &MainWindow::projectOpened, duplicates, [duplicates] { duplicates->setEnabled(true); });
    connect(duplicates, &QAction::triggered, this, [this] {
        if (m_session)
            DuplicatesWindow::showFor(*m_session, m_dialogs, this);
    });
    tools->addSeparator();
    tools->addAction(m_preferences);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_new);
    bar->addAction(m_open);
    bar->addAction(m_save);
    bar->addSeparator();
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    // Undo and Redo name the step they take back ("Undo Rename Topic"): as icons only, the toolbar keeps its
    // width; the tooltip still names the step.
    for (QAction *action : {m_undo, m_redo}) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    bar->addSeparator();
    bar->addAction(m_start);
    bar->addAction(m_pause);
    bar->addAction(m_cancel);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(bar->toggleViewAction());
}

void MainWindow::createCentralArea()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);

    m_startPage = new StartPage(m_tabs);
    m_tabs->addTab(m_startPage, tr("Start"));
    // The start page stays: it is where a user comes back to.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    connect(m_startPage, &StartPage::newProjectRequested, this, &MainWindow::newProject);
    connect(m_startPage, &StartPage::openProjectRequested, this, &MainWindow::chooseProjectToOpen);
    connect(m_startPage, &StartPage::recentProjectActivated, this, &MainWindow::openProject);
    setCentralWidget(m_tabs);
}

void MainWindow::createDocks()
{
    m_navigator = new ProjectNavigator(this);
    m_navigatorDock = new QDockWidget(tr("Project"), this);
    m_navigatorDock->setObjectName(QStringLiteral("dockNavigator"));
    m_navigatorDock->setWidget(m_navigator);
    m_navigatorDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);

    m_preview = new LivePreviewPanel(*m_run, this);
    m_previewDock = new QDockWidget(tr("Live Preview"), this);
    m_previewDock->setObjectName(QStringLiteral("dockPreview"));
    m_previewDock->setWidget(m_preview);
    m_previewDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    addDockWidget(Qt::RightDockWidgetArea, m_previewDock);

    m_runPanel = new RunPanel(*m_run, m_start, m_pause, m_cancel, this);
    m_runDock = new QDockWidget(tr("Run"), this);
    m_runDock->setObjectName(QStringLiteral("dockRun"));
    m_runDock->setWidget(m_runPanel);
    m_runDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    addDockWidget(Qt::BottomDockWidgetArea, m_runDock);

    resizeDocks({m_navigatorDock, m_previewDock}, {260, 380}, Qt::Horizontal);
    resizeDocks({m_runDock}, {150}, Qt::Vertical);
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = UiSettings::windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1400, 860);
    restoreState(UiSettings::windowState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closeConfirmed && m_session && m_session->isModified()) {
        event->ignore();
        whenChangesAreSettled(tr("Quit"), [this] {
            m_closeConfirmed = true;
            close();
        });
        return;
    }
    if (m_run->state() != RunController::State::Idle) {
        // Completed turns are stored; the run resumes where it stopped the next time it is started.
        m_run->cancel();
    }
    UiSettings::setWindowLayout(saveGeometry(), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && urls.first().toLocalFile().endsWith(u'.' + ProjectFile::fileSuffix()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        const QString path = urls.first().toLocalFile();
        if (refuseWhileRunning(tr("Open Project")))
            return;
        whenChangesAreSettled(tr("Open Project"), [this, path] { openProject(path); });
    }
}

QString MainWindow::projectFilter() const
{
    return tr("Dialogsmith projects (*.%1)").arg(ProjectFile::fileSuffix());
}

void MainWindow::newProject()
{
    if (refuseWhileRunning(tr("New Project")))
        return;
    whenChangesAreSettled(tr("New Project"), [this] {
        m_dialogs.chooseFileToSave(this, tr("New Project"), projectFilter(), ProjectFile::fileSuffix(),
                                   [this](const QString &path) {
                                       QString error;
                                       std::unique_ptr<ProjectFile> project = ProjectFile::create(path, &error);
                                       if (!project) {
                                           m_dialogs.showError(this, tr("New Project"), error);
                                           return;
                                       }
                                       setProject(std::move(project));
                                   });
    });
}

void MainWindow::chooseProjectToOpen()
{
    if (refuseWhileRunning(tr("Open Project")))
        return;
    whenChangesAreSettled(tr("Open Project"), [this] {
        m_dialogs.chooseFileToOpen(this, tr("Open Project"), projectFilter(),
                                   [this](const QString &path) { openProject(path); });
    });
}

bool MainWindow::openProject(const QString &path)
{
    if (refuseWhileRunning(tr("Open Project")))
        return false;
    QString error;
    std::unique_ptr<ProjectFile> project = ProjectFile::open(path, &error);
    if (!project) {
        statusBar()->showMessage(tr("Could not open %1").arg(QDir::toNativeSeparators(path)), 5000);
        m_dialogs.showError(this, tr("Open Project"), error);
        return false;
    }
    return setProject(std::move(project));
}

bool MainWindow::saveProject()
{
    if (!m_session)
        return false;
    QString error;
    if (!m_session->save(&error)) {
        m_dialogs.showError(this, tr("Save"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_session->file().path())), 4000);
    return true;
}

void MainWindow::saveProjectAs()
{
    if (!m_session || refuseWhileRunning(tr("Save Project As")))
        return;
    m_dialogs.chooseFileToSave(this, tr("Save Project As"), projectFilter(), ProjectFile::fileSuffix(),
                               [this](const QString &path) {
                                   // The copy gets the design as it is now, unsaved changes included; the
                                   // original keeps what was last saved.
                                   QString error;
                                   if (!m_session || !m_session->file().saveCopyAs(path, &error)) {
                                       m_dialogs.showError(this, tr("Save Project As"), error);
                                       return;
                                   }
                                   const Design::ProjectDesign design = m_session->design();
                                   m_session->undoStack()->setClean();
                                   if (!openProject(path))
                                       return;
                                   if (design != m_session->design()) {
                                       m_session->edit(tr("Unsaved Changes"), ProjectSession::Part::All,
                                                       [&design](Design::ProjectDesign &d) { d = design; });
                                       saveProject();
                                   }
                               });
}

void MainWindow::whenChangesAreSettled(const QString &title, const std::function<void()> &proceed)
{
    if (!m_session || !m_session->isModified()) {
        proceed();
        return;
    }
    const QString message = tr("Save the changes to the design of \"%1\"?").arg(m_session->file().displayName());
    m_dialogs.askToSaveChanges(this, title, message, [this, proceed](UserDialogs::SaveChoice choice) {
        switch (choice) {
        case UserDialogs::SaveChoice::Save:
            if (saveProject())
                proceed();
            return;
        case UserDialogs::SaveChoice::Discard:
            if (m_session)
                m_session->undoStack()->setClean();
            proceed();
            return;
        case UserDialogs::SaveChoice::Cancel:
            return;
        }
    });
}

void MainWindow::startImport(int kind)
{
    // An import writes in one long transaction, which a run writing at the same time would wait for.
    if (!m_session || refuseWhileRunning(tr("Import")))
        return;
    // The controller lives as long as the project is open (a child of the session) and ends with its import.
    auto *controller = new ImportController(*m_session, m_dialogs, this);
    connect(controller, &ImportController::importFinished, controller, &QObject::deleteLater);
    connect(controller, &ImportController::datasetImported, this, [this] {
        openSection(ProjectNavigator::Section::Dataset);
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (auto *dataset = qobject_cast<DatasetView *>(m_tabs->widget(i)))
                dataset->refresh();
        }
    });
    controller->start(ImportController::Kind(kind));
}

bool MainWindow::refuseWhileRunning(const QString &title)
{
    if (m_run->state() == RunController::State::Idle)
        return false;
    m_dialogs.showError(this, title, tr("A run is in progress in this project. Cancel it first (Run ▸ Cancel)."));
    return true;
}

bool MainWindow::setProject(std::unique_ptr<ProjectFile> project)
{
    const QString path = project->path();
    const bool readOnly = project->isReadOnly();
    QString error;
    std::unique_ptr<ProjectSession> session = ProjectSession::open(std::move(project), &error);
    if (!session) {
        m_dialogs.showError(this, tr("Open Project"), error);
        return false;
    }
    closeProjectTabs();
    m_run->setSession(nullptr);
    if (m_session)
        m_undoGroup->removeStack(m_session->undoStack());
    m_models.reset();
    m_session = std::move(session);
    m_models = std::make_unique<ModelAccess>(*m_session, m_secrets);
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    m_run->setSession(m_session.get());
    connect(m_session.get(), &ProjectSession::modifiedChanged, this, &MainWindow::updateActions);
    // Duplicates are looked for as conversations complete (and as curation changes texts, which the finder
    // notices by itself); it lives and dies with the session.
    auto *duplicateFinder = new DuplicateFinder(*m_session);
    connect(m_run, &RunController::conversationFinished, duplicateFinder, &DuplicateFinder::schedule);
    connect(m_run, &RunController::runFinished, duplicateFinder, &DuplicateFinder::schedule);
    rememberRecent(path);
    m_navigator->setProjectName(m_session->file().displayName());
    updateActions();
    statusBar()->showMessage(
        readOnly ? tr("Opened %1 read-only: the file cannot be written").arg(QDir::toNativeSeparators(path))
                 : tr("Opened %1").arg(QDir::toNativeSeparators(path)),
        5000);
    Q_EMIT projectOpened(path);
    return true;
}

void MainWindow::closeProjectTabs()
{
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        if (m_tabs->widget(i) != m_startPage)
            delete m_tabs->widget(i);
    }
}

void MainWindow::openSection(ProjectNavigator::Section section)
{
    if (!m_session)
        return;
    if (section == ProjectNavigator::Section::Providers) {
        showProviders();
        return;
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QVariant tabSection = m_tabs->widget(i)->property("dialogsmithSection");
        if (tabSection.isValid() && tabSection.value<ProjectNavigator::Section>() == section) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    QWidget *editor = nullptr;
    switch (section) {
    case ProjectNavigator::Section::Topics:
        editor = new TopicEditor(*m_session, *m_models, m_tabs);
        break;
    case ProjectNavigator::Section::Personas:
        editor = new PersonaEditor(*m_session, *m_models, m_tabs);
        break;
    case ProjectNavigator::Section::Scenarios:
        editor = new ScenarioEditor(*m_session, m_tabs);
        break;
    case ProjectNavigator::Section::Documents:
        editor = new DocumentEditor(*m_session, m_dialogs, m_tabs);
        break;
    case ProjectNavigator::Section::Templates:
        editor = new TemplateEditor(*m_session, *m_models, m_tabs);
        break;
    case ProjectNavigator::Section::Runs: {
        auto *runs = new RunSettingsEditor(*m_session, *m_models, m_tabs);
        // The list shows a run as it starts and ends, not at its next look at the project file.
        connect(m_run, &RunController::runStarted, runs, &RunSettingsEditor::refreshRuns);
        connect(m_run, &RunController::runFinished, runs, &RunSettingsEditor::refreshRuns);
        editor = runs;
        break;
    }
    case ProjectNavigator::Section::Dataset: {
        auto *dataset = new DatasetView(*m_session, m_tabs);
        dataset->setOwnFindShortcut(false);
        connect(dataset, &DatasetView::conversationActivated, this, &MainWindow::openConversation);
        editor = dataset;
        break;
    }
    case ProjectNavigator::Section::Providers:
        return;
    }
    editor->setObjectName(
        QStringLiteral("editor")
        + QString::fromLatin1(QMetaEnum::fromType<ProjectNavigator::Section>().valueToKey(int(section))));
    editor->setProperty("dialogsmithSection", QVariant::fromValue(section));
    m_tabs->setCurrentIndex(m_tabs->addTab(editor, ProjectNavigator::sectionName(section)));
}

void MainWindow::openConversation(qint64 conversationId)
{
    if (!m_session)
        return;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *editor = qobject_cast<ConversationEditor *>(m_tabs->widget(i));
        if (editor && editor->conversationId() == conversationId) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    auto *editor = new ConversationEditor(*m_session, *m_run, conversationId, m_tabs);
    editor->setObjectName(QStringLiteral("conversationEditor"));
    // J and K follow the dataset's order as the user sorts and filters it, also after the editor opened.
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *dataset = qobject_cast<DatasetView *>(m_tabs->widget(i)))
            editor->setConversationOrder(dataset->model());
    }
    m_undoGroup->addStack(editor->undoStack());
    const int index = m_tabs->addTab(editor, tr("Conversation %1").arg(conversationId));
    connect(editor, &ConversationEditor::conversationChanged, this, [this, editor](qint64 id) {
        const int at = m_tabs->indexOf(editor);
        if (at >= 0)
            m_tabs->setTabText(at, tr("Conversation %1").arg(id));
    });
    m_tabs->setCurrentIndex(index);
}

void MainWindow::updateUndoStack()
{
    m_find->setEnabled(m_session && qobject_cast<DatasetView *>(m_tabs->currentWidget()));
    // Design editors share the project's undo history; a conversation editor has its own.
    if (auto *conversation = qobject_cast<ConversationEditor *>(m_tabs->currentWidget()))
        m_undoGroup->setActiveStack(conversation->undoStack());
    else if (m_session)
        m_undoGroup->setActiveStack(m_session->undoStack());
    else
        m_undoGroup->setActiveStack(nullptr);
}

void MainWindow::judgeSamples()
{
    if (!m_session || m_run->state() != RunController::State::Idle)
        return;
    auto *dialog = new JudgeDialog(*m_session, this);
    dialog->setObjectName(QStringLiteral("judgeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_run->judge(dialog->options()); });
    dialog->open();
}

void MainWindow::showProviders()
{
    if (!m_session)
        return;
    auto *dialog = new ProvidersDialog(*m_session, *m_models, this);
    dialog->setObjectName(QStringLiteral("providersDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportAs(int format)
{
    if (!m_session)
        return;
    // The dataset view's selection can be exported on its own.
    QList<qint64> selection;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *dataset = qobject_cast<DatasetView *>(m_tabs->widget(i)))
            selection = dataset->selectedConversations();
    }
    auto *dialog = new ExportDialog(*m_session, m_dialogs, Export::Format(format), selection, this);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::rememberRecent(const QString &path)
{
    m_recent.add(path);
    UiSettings::setRecentProjects(m_recent.paths());
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : m_recent.paths()) {
        QAction *entry = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(entry, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear List"));
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    clear->setEnabled(!m_recent.paths().isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        m_recent.clear();
        UiSettings::setRecentProjects({});
        updateRecentMenu();
    });
    m_recentMenu->setEnabled(!m_recent.paths().isEmpty());
    m_startPage->setRecentProjects(m_recent.paths());
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    setWindowTitle(open ? tr("%1[*] — %2").arg(m_session->file().displayName(), ProductInfo::name())
                        : ProductInfo::name());
    setWindowFilePath(open ? m_session->file().path() : QString());
    setWindowModified(open && m_session->isModified());
    m_save->setEnabled(open && m_session->isModified() && !m_session->file().isReadOnly());
    m_saveAs->setEnabled(open);
    m_find->setEnabled(open && qobject_cast<DatasetView *>(m_tabs->currentWidget()));
    m_providers->setEnabled(open);
    for (QAction *action : m_exportActions)
        action->setEnabled(open);
    for (QAction *action : m_importActions)
        action->setEnabled(open && !m_session->isReadOnly());
    updateRunActions();
}

void MainWindow::updateRunActions()
{
    const RunController::State state = m_run->state();
    const bool open = m_session != nullptr;
    m_start->setEnabled(open && state == RunController::State::Idle);
    m_judge->setEnabled(open && state == RunController::State::Idle);
    m_pause->setEnabled(state == RunController::State::Running || state == RunController::State::Paused);
    m_pause->setText(state == RunController::State::Paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setStatusTip(state == RunController::State::Paused ? tr("Continue the paused run")
                                                                : tr("Pause the run after the turns in flight"));
    m_cancel->setEnabled(state == RunController::State::Starting || state == RunController::State::Running
                         || state == RunController::State::Paused);
}

void MainWindow::updateEditActions()
{
    bool editable = false;
    bool hasText = false;
    withFocusedText([&](auto *w) {
        editable = !w->isReadOnly();
        hasText = true;
    });
    m_cut->setEnabled(hasText && editable);
    m_copy->setEnabled(hasText);
    m_paste->setEnabled(hasText && editable);
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::showPreferences()
{
    auto *preferences = new PreferencesDialog(this);
    preferences->setAttribute(Qt::WA_DeleteOnClose);
    preferences->open();
}

} // namespace Dialogsmith

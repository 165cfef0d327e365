// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "shell/projectnavigator.h"
#include "shell/recentprojects.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QMenu;
class QTabWidget;
class QUndoGroup;

namespace Dialogsmith {

class LivePreviewPanel;
class ModelAccess;
class ProjectFile;
class ProjectSession;
class RunController;
class RunPanel;
class SecretStore;
class StartPage;
class UserDialogs;

/// The studio window: menus, the project navigator, the editor tabs, the live preview and the run panel.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `dialogs` answers the window's questions (file names, errors); `secrets` holds the API keys. Both
    /// must outlive the window.
    MainWindow(UserDialogs &dialogs, SecretStore &secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the project at `path` in place of the current one, at once (a caller that must not lose
    /// unsaved changes asks first, as File ▸ Open does). On failure shows the reason and keeps the current
    /// project.
    bool openProject(const QString &path);
    const ProjectFile *project() const;
    ProjectSession *session() const { return m_session.get(); }
    RunController *runController() const { return m_run; }

    /// Opens the section's editor in a tab, or brings its tab forward.
    void openSection(Dialogsmith::ProjectNavigator::Section section);
    void openConversation(qint64 conversationId);

Q_SIGNALS:
    void projectOpened(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createCentralArea();
    void restoreLayout();

    void newProject();
    void chooseProjectToOpen();
    bool saveProject();
    void saveProjectAs();
    /// Runs `proceed` once unsaved design changes are saved or discarded; never when the user cancels.
    void whenChangesAreSettled(const QString &title, const std::function<void()> &proceed);
    bool refuseWhileRunning(const QString &title);
    /// File ▸ Import ▸ …: `kind` is an ImportController::Kind.
    void startImport(int kind);
    void showProviders();
    void judgeSamples();
    void exportAs(int format);
    void closeProjectTabs();
    void updateUndoStack();
    void updateRunActions();
    void showAbout();
    void showPreferences();
    bool setProject(std::unique_ptr<ProjectFile> project);
    void rememberRecent(const QString &path);
    void updateRecentMenu();
    void updateActions();
    void updateEditActions();
    QString projectFilter() const;

    UserDialogs &m_dialogs;
    SecretStore &m_secrets;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<ModelAccess> m_models;
    RunController *m_run = nullptr;
    RecentProjects m_recent;
    bool m_closeConfirmed = false;
    QUndoGroup *m_undoGroup = nullptr;

    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_cut = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_find = nullptr;
    QAction *m_start = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_judge = nullptr;
    QAction *m_providers = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QList<QAction *> m_exportActions;
    QList<QAction *> m_importActions;

    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QTabWidget *m_tabs = nullptr;
    StartPage *m_startPage = nullptr;
    ProjectNavigator *m_navigator = nullptr;
    LivePreviewPanel *m_preview = nullptr;
    RunPanel *m_runPanel = nullptr;
    QDockWidget *m_navigatorDock = nullptr;
    QDockWidget *m_previewDock = nullptr;
    QDockWidget *m_runDock = nullptr;
};

} // namespace Dialogsmith

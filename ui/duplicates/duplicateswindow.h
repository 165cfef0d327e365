// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/curationstore.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QUndoStack;

namespace Dialogsmith {

class DuplicateFinder;
class DuplicatesModel;
class ProjectSession;
class UserDialogs;

/// Tools ▸ Duplicates…: the project's groups of exact and near duplicates, two samples side by side, and the
/// verdicts that settle a group — keep one and reject the others, or reject every group's duplicates at
/// once. Verdicts are review changes (the conversation editor's approve/reject) with an undo history of the
/// window's own. The threshold control edits the design (one undoable design step) and the background
/// finder makes the verdicts again, with a progress bar here.
class DuplicatesWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatesWindow)

public:
    DuplicatesWindow(ProjectSession &session, UserDialogs &dialogs, QWidget *parent = nullptr);
    ~DuplicatesWindow() override;

    /// Shows the window of `parent` for the session, making it first if there is none; it closes with the
    /// session.
    static DuplicatesWindow *showFor(ProjectSession &session, UserDialogs &dialogs, QWidget *parent);

    DuplicatesModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    /// Reading the groups or writing verdicts.
    bool isBusy() const { return m_loading || m_applying; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

Q_SIGNALS:
    /// The groups were read again (after a pass of the finder or a verdict).
    void groupsLoaded();
    /// A verdict (or its undo) was written.
    void reviewsApplied();

private:
    using Reviews = QList<QPair<qint64, Store::Review>>;
    class ReviewCommand;

    void reload();
    void showSelection();
    void keep(int pane);
    void rejectAllDuplicates();
    void push(const QString &text, const Reviews &after);
    void apply(const Reviews &reviews);
    void applyNext();
    void updateStatus();
    void updateActions();
    void setThreshold(double threshold);

    ProjectSession &m_session;
    UserDialogs &m_dialogs;
    DuplicateFinder *m_finder = nullptr;
    DuplicatesModel *m_model = nullptr;
    QUndoStack *m_undo = nullptr;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_applying = false;
    QList<Reviews> m_queue;
    qint64 m_shown[2] = {0, 0}; ///< the samples of the left (original) and right pane

    QLabel *m_status = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QProgressBar *m_progress = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_titles[2] = {nullptr, nullptr};
    QPlainTextEdit *m_texts[2] = {nullptr, nullptr};
    QPushButton *m_keep[2] = {nullptr, nullptr};
    QPushButton *m_rejectAll = nullptr;
};

} // namespace Dialogsmith

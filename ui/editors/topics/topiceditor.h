// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "editors/topics/topictree.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <optional>

class QAction;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTreeView;
class QWidget;

namespace Dialogsmith {

class ExpandTopicsDialog;
class ModelAccess;
class ProjectSession;
class TopicTreeModel;

/// The Topics editor: the topic tree with names, descriptions and weights; add, rename, delete, drag and drop; "Expand
/// with model…".
class TopicEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicEditor)

public:
    TopicEditor(ProjectSession &session, ModelAccess &models, QWidget *parent = nullptr);
    ~TopicEditor() override;

    QTreeView *view() const { return m_view; }
    TopicTreeModel *model() const { return m_model; }
    /// The open "Expand with model…" dialog, if any.
    ExpandTopicsDialog *expandDialog() const;

public Q_SLOTS:
    void addTopic();
    void addSubtopic();
    void renameTopic();
    void deleteTopic();
    void moveUp();
    void moveDown();
    void expandWithModel();

private:
    TopicTree::Path currentPath() const;
    void select(const TopicTree::Path &path);
    void insertTopic(const TopicTree::Path &parent, int row, bool startRename);
    void move(int delta);
    void rememberTree();
    void restoreTree();
    void updateActions();
    void showDetails();
    void applyExpansion(ExpandTopicsDialog *dialog);

    ProjectSession &m_session;
    ModelAccess &m_models;
    TopicTreeModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_emptyHint = nullptr;
    QSplitter *m_splitter = nullptr;

    QWidget *m_details = nullptr;
    QLabel *m_path = nullptr;
    QLineEdit *m_name = nullptr;
    QDoubleSpinBox *m_weight = nullptr;
    QLabel *m_share = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_noSelection = nullptr;

    QAction *m_addAction = nullptr;
    QAction *m_addChildAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_downAction = nullptr;
    QAction *m_expandAction = nullptr;

    QPointer<ExpandTopicsDialog> m_expandDialog;
    // Across a reset of the model: what was expanded (by names, which survive moves) and what to select.
    QSet<QStringList> m_expanded;
    std::optional<TopicTree::Path> m_pendingSelection;
    TopicTree::Path m_lastSelection;
};

} // namespace Dialogsmith

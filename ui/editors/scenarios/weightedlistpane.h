// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "editors/scenarios/weightedlistmodel.h"
#include "project/projectsession.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QToolBar;

namespace Dialogsmith {

class ProjectSession;

/// One list of the Scenarios editor: a table of scenarios or of conversation structures with add, delete,
/// reorder, weights in place and the selected item's whole description below.
class WeightedListPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeightedListPane)

public:
    WeightedListPane(ProjectSession &session, WeightedListModel::Kind kind, QWidget *parent = nullptr);
    ~WeightedListPane() override;

    WeightedListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }
    int currentRow() const;
    void selectRow(int row);

    /// Adds a structure unless one has the name already (whatever its case); selects it either way.
    void addStructure(const QString &name, const QString &description);

public Q_SLOTS:
    void addItem();
    void deleteItem();
    void moveUp();
    void moveDown();

private:
    void move(int delta);
    void showCurrent();
    ProjectSession::Part part() const;

    ProjectSession &m_session;
    WeightedListModel *m_model = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_downAction = nullptr;
    std::optional<int> m_pendingRow;
    int m_lastRow = -1;
};

} // namespace Dialogsmith

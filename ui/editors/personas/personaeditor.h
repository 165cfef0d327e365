// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace Dialogsmith {

class ModelAccess;
class PersonaListModel;
class ProjectSession;
class SuggestPersonasDialog;

/// The Personas editor: the list of personas and a form with every control factor; "Suggest personas…".
class PersonaEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonaEditor)

public:
    PersonaEditor(ProjectSession &session, ModelAccess &models, QWidget *parent = nullptr);
    ~PersonaEditor() override;

    QTableView *view() const { return m_view; }
    PersonaListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    /// The persona the form shows, as its row in the design; -1 for none.
    int currentRow() const;
    void selectRow(int row);
    SuggestPersonasDialog *suggestDialog() const;

public Q_SLOTS:
    void addPersona();
    void duplicatePersona();
    void deletePersona();
    void suggestPersonas();

private:
    void showPersona();
    void updateActions();
    template<typename Apply>
    void editCurrent(int field, const QString &undoText, Apply apply);

    ProjectSession &m_session;
    ModelAccess &m_models;
    PersonaListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_emptyHint = nullptr;
    QComboBox *m_filter = nullptr;
    QSplitter *m_splitter = nullptr;

    QWidget *m_form = nullptr;
    QLabel *m_noSelection = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_side = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_relationship = nullptr;
    QComboBox *m_mood = nullptr;
    QComboBox *m_knowledge = nullptr;
    QLineEdit *m_goal = nullptr;
    QLineEdit *m_style = nullptr;
    QComboBox *m_language = nullptr;
    QDoubleSpinBox *m_weight = nullptr;

    QAction *m_addAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_suggestAction = nullptr;

    QPointer<SuggestPersonasDialog> m_suggestDialog;
    std::optional<int> m_pendingRow;
    int m_lastRow = -1;
};

} // namespace Dialogsmith

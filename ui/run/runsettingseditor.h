// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace Dialogsmith {

class JudgeSettings;
class ModeSettingsBox;
class ModelAccess;
class ProjectSession;
class RunsModel;

/// The Runs section: the run settings — the mode (what kind of data a run makes) and that mode's settings,
/// count, turns, profiles, sampling, concurrency, budget — with a cost and time estimate, the judge's
/// rubrics, and the project's runs.
///
/// Every change is one undoable step of the design (typing in a field merges into one step); the estimate
/// follows every change, undo and redo included.
class RunSettingsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSettingsEditor)

public:
    RunSettingsEditor(ProjectSession &session, ModelAccess &models, QWidget *parent = nullptr);
    ~RunSettingsEditor() override;

    RunsModel *runsModel() const { return m_runs; }
    /// Reads the runs list again from the project file.
    void refreshRuns();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct SamplingFields {
        QDoubleSpinBox *temperature = nullptr;
        QDoubleSpinBox *topP = nullptr;
        QSpinBox *maxTokens = nullptr;
    };

    QWidget *buildSettings();
    QGroupBox *buildMode(QWidget *page);
    void loadFromDesign();
    void loadProfiles();
    void showMode();
    void updateEstimate();
    /// One undoable step on the generation settings; `field` makes typing in one field merge.
    void change(const QString &text, int field, const std::function<void(Design::GenerationSettings &)> &apply);

    ProjectSession &m_session;
    ModelAccess &m_models;
    bool m_loading = false;

    // Mode.
    QComboBox *m_mode = nullptr;
    QLabel *m_modeHelp = nullptr;
    QLabel *m_modeHint = nullptr;
    QSpinBox *m_count = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_planned = nullptr;

    // Conversation.
    QGroupBox *m_conversationBox = nullptr;
    QSpinBox *m_minTurns = nullptr;
    QSpinBox *m_maxTurns = nullptr;
    QDoubleSpinBox *m_grounding = nullptr;
    QLabel *m_groundingLabel = nullptr;
    QDoubleSpinBox *m_drift = nullptr;
    QLabel *m_driftLabel = nullptr;
    QLineEdit *m_endMarker = nullptr;
    QLabel *m_endMarkerLabel = nullptr;
    QWidget *m_turnsRow = nullptr;
    QLabel *m_turnsLabel = nullptr;

    ModeSettingsBox *m_modeBox = nullptr;

    // Models, pace.
    QComboBox *m_userProfile = nullptr;
    QComboBox *m_assistantProfile = nullptr;
    SamplingFields m_user;
    SamplingFields m_assistant;
    QSpinBox *m_concurrency = nullptr;
    QDoubleSpinBox *m_budgetUsd = nullptr;
    QDoubleSpinBox *m_budgetTokens = nullptr;
    QDoubleSpinBox *m_seed = nullptr;

    JudgeSettings *m_judge = nullptr;

    QLabel *m_estimate = nullptr;
    QLabel *m_problems = nullptr;
    RunsModel *m_runs = nullptr;
    QTableView *m_runsView = nullptr;
    QLabel *m_runsError = nullptr;
    QTimer m_runsTimer;
};

} // namespace Dialogsmith

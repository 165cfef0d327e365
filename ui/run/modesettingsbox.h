// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"

#include <QGroupBox>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;

namespace Dialogsmith {

class ModelAccess;
class ProjectSession;

/// The settings of the chosen mode, a section of the run settings: the seed instructions (instruction, evol,
/// preference from prompts it writes), evol's directions and generations, knowledge Q&A's faithfulness check,
/// preference's source, responses, response profiles and temperatures, embedding's queries and negatives, and
/// the judge profile of the modes that judge. Shows only what the design's mode uses.
///
/// Every change is one undoable step of the design (typing in a field merges into one step).
class ModeSettingsBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModeSettingsBox)

public:
    ModeSettingsBox(ProjectSession &session, ModelAccess &models, QWidget *parent = nullptr);

    /// Shows the design's mode settings and the provider profiles again, keeping the seeds' selection.
    void loadFromDesign();

    /// Whether the mode asks a judge within the run (ranking, faithfulness, negatives) with these settings.
    static bool modeJudges(const Design::ModeSettings &modes, Design::Mode mode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildSeeds();
    void buildEvol();
    void buildKnowledge();
    void buildPreference();
    void buildEmbedding();
    void buildJudge();
    void loadProfiles();
    void loadSeeds();
    void showMode();
    void seedChanged(QListWidgetItem *item);
    /// One undoable step on the modes' settings; `field` makes typing in one field merge.
    void changeModes(const QString &text, int field, const std::function<void(Design::ModeSettings &)> &apply,
                     int index = 0);
    void addSeed();
    void removeSeeds();
    void pasteSeeds();

    ProjectSession &m_session;
    ModelAccess &m_models;
    bool m_loading = false;

    QWidget *m_seedsPart = nullptr;
    QListWidget *m_seeds = nullptr;
    QPushButton *m_removeSeeds = nullptr;
    QLabel *m_seedsHint = nullptr;
    QSpinBox *m_seedsPerPrompt = nullptr;
    QWidget *m_seedsPerPromptRow = nullptr;
    QWidget *m_evolPart = nullptr;
    QList<QCheckBox *> m_directions;
    QSpinBox *m_generations = nullptr;
    QWidget *m_knowledgePart = nullptr;
    QCheckBox *m_faithfulness = nullptr;
    QWidget *m_preferencePart = nullptr;
    QComboBox *m_preferenceSource = nullptr;
    QLabel *m_sourceNote = nullptr;
    QSpinBox *m_responses = nullptr;
    QListWidget *m_responseProfiles = nullptr;
    QWidget *m_temperaturesRow = nullptr;
    QList<QDoubleSpinBox *> m_temperatures;
    QWidget *m_embeddingPart = nullptr;
    QSpinBox *m_queries = nullptr;
    QSpinBox *m_hardNegatives = nullptr;
    QSpinBox *m_easyNegatives = nullptr;
    QCheckBox *m_verifyNegatives = nullptr;
    QWidget *m_modeJudgeRow = nullptr;
    QComboBox *m_modeJudgeProfile = nullptr;
};

} // namespace Dialogsmith

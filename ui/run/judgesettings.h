// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"

#include <QGroupBox>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Dialogsmith {

class ModelAccess;
class ProjectSession;

/// The judge's settings, a section of the run settings: the rubrics (name, scale, criteria) with the one in
/// use, the profile that judges, and whether it scores whole conversations or each answer. Every change is
/// one undoable step of the design.
class JudgeSettings final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JudgeSettings)

public:
    JudgeSettings(ProjectSession &session, ModelAccess &models, QWidget *parent = nullptr);

    /// Shows the design's settings again, keeping the chosen rubric.
    void loadFromDesign();

private:
    void loadRubric();
    int currentRubric() const;
    void addRubric();
    void removeRubric();
    void changeQuality(const QString &text, int field, const std::function<void(Design::QualitySettings &)> &apply,
                       int index = 0);

    ProjectSession &m_session;
    ModelAccess &m_models;
    bool m_loading = false;
    QListWidget *m_rubrics = nullptr;
    QPushButton *m_removeRubric = nullptr;
    QLineEdit *m_rubricName = nullptr;
    QDoubleSpinBox *m_rubricMin = nullptr;
    QDoubleSpinBox *m_rubricMax = nullptr;
    QPlainTextEdit *m_rubricText = nullptr;
    QComboBox *m_activeRubric = nullptr;
    QComboBox *m_judgeProfile = nullptr;
    QComboBox *m_judgeTurns = nullptr;
};

} // namespace Dialogsmith

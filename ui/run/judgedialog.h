// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/runtypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace Dialogsmith {

class ProjectSession;

/// Run ▸ Judge Samples…: which rubric, which profile, the whole sample or each answer, and whether samples
/// the rubric already judged are judged again; shows how many samples that is. Accepting gives the options
/// for RunController::judge().
class JudgeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JudgeDialog)

public:
    explicit JudgeDialog(ProjectSession &session, QWidget *parent = nullptr);

    Engine::JudgeOptions options() const;

private:
    void updateCount();

    ProjectSession &m_session;
    QComboBox *m_rubric;
    QComboBox *m_profile;
    QRadioButton *m_whole;
    QRadioButton *m_perTurn;
    QCheckBox *m_again;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
};

} // namespace Dialogsmith

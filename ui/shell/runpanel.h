// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;

namespace Dialogsmith {

/// The bottom dock: the state of the current run and the buttons that steer it.
class RunPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPanel)

public:
    /// `start`, `pause` and `cancel` are the Run menu's actions, shown here as buttons.
    RunPanel(QAction *start, QAction *pause, QAction *cancel, QWidget *parent = nullptr);

private:
    QProgressBar *m_progress = nullptr;
    QLabel *m_state = nullptr;
};

} // namespace Dialogsmith

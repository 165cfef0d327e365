// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

namespace Dialogsmith {

/// The right dock: conversations as they are written during a run.
class LivePreviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LivePreviewPanel)

public:
    explicit LivePreviewPanel(QWidget *parent = nullptr);
};

} // namespace Dialogsmith

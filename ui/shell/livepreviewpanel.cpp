// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "shell/livepreviewpanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Dialogsmith {

LivePreviewPanel::LivePreviewPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *idle = new QLabel(tr("No run in progress.\nConversations appear here, turn by turn, while they are "
                               "being written."),
                            this);
    idle->setObjectName(QStringLiteral("previewIdle"));
    idle->setAlignment(Qt::AlignCenter);
    idle->setWordWrap(true);
    idle->setEnabled(false);
    idle->setMargin(12);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(idle, 1);
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "shell/runpanel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace Dialogsmith {

namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

RunPanel::RunPanel(QAction *start, QAction *pause, QAction *cancel, QWidget *parent)
    : QWidget(parent)
{
    m_state = new QLabel(tr("No run in progress"), this);
    m_state->setObjectName(QStringLiteral("runState"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%p% · ETA —"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_state);
    top->addWidget(m_progress, 1);
    top->addWidget(buttonFor(start, this));
    top->addWidget(buttonFor(pause, this));
    top->addWidget(buttonFor(cancel, this));

    // The figures a user watches during a run, in the order they ask about them.
    const QList<QString> captions
        = {tr("Conversations done"), tr("Failed"), tr("In flight"), tr("Tokens"), tr("Cost"), tr("Requests per minute"),
           tr("Rate limited (429)")};
    const QList<QString> zeroes
        = {QStringLiteral("0"),     QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
           QStringLiteral("$0.00"), QStringLiteral("0"), QStringLiteral("0")};
    auto *figures = new QGridLayout;
    figures->setHorizontalSpacing(24);
    for (qsizetype i = 0; i < captions.size(); ++i) {
        auto *caption = new QLabel(captions[i], this);
        caption->setEnabled(false);
        auto *value = new QLabel(zeroes[i], this);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.3);
        value->setFont(big);
        figures->addWidget(value, 0, int(i));
        figures->addWidget(caption, 1, int(i));
    }
    figures->setColumnStretch(int(captions.size()), 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(figures);
    layout->addStretch();
}

} // namespace Dialogsmith

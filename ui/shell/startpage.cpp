// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "shell/startpage.h"

#include "product/productinfo.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Dialogsmith {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/dialogsmith.svg")).pixmap(72, 72));
    auto *title = new QLabel(QStringLiteral("<h1>%1</h1>").arg(ProductInfo::name()), this);
    auto *tagline = new QLabel(tr("Design conversations, generate them with teacher models, curate them, and "
                                  "export training data."),
                               this);
    tagline->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(logo);
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(title);
    headerText->addWidget(tagline);
    header->addLayout(headerText, 1);

    auto *newButton = new QCommandLinkButton(tr("New project…"),
                                             tr("Start an empty project file for topics, personas, documents "
                                                "and the data generated from them."),
                                             this);
    newButton->setObjectName(QStringLiteral("startNewProject"));
    auto *openButton
        = new QCommandLinkButton(tr("Open project…"), tr("Continue with a .dialogsmith project file."), this);
    openButton->setObjectName(QStringLiteral("startOpenProject"));
    connect(newButton, &QCommandLinkButton::clicked, this, &StartPage::newProjectRequested);
    connect(openButton, &QCommandLinkButton::clicked, this, &StartPage::openProjectRequested);

    auto *recentTitle = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Recent projects")), this);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("startRecent"));
    m_recent->setFrameShape(QFrame::NoFrame);
    m_recent->setMaximumHeight(220);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentProjectActivated(item->data(Qt::UserRole).toString()); });
    m_noRecent = new QLabel(tr("Projects you open appear here."), this);
    m_noRecent->setEnabled(false);

    auto *column = new QVBoxLayout;
    column->addLayout(header);
    column->addSpacing(24);
    column->addWidget(newButton);
    column->addWidget(openButton);
    column->addSpacing(24);
    column->addWidget(recentTitle);
    column->addWidget(m_recent);
    column->addWidget(m_noRecent);
    column->addStretch();

    // Keep the page a readable column in a wide window.
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(48, 36, 48, 24);
    auto *holder = new QWidget(this);
    holder->setLayout(column);
    holder->setMinimumWidth(440);
    holder->setMaximumWidth(680);
    outer->addWidget(holder, 1, Qt::AlignTop | Qt::AlignHCenter);
    setRecentProjects({});
}

void StartPage::setRecentProjects(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(info.completeBaseName() + QStringLiteral("  —  ")
                                             + QDir::toNativeSeparators(info.absolutePath()),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recent->setVisible(!paths.isEmpty());
    m_noRecent->setVisible(paths.isEmpty());
}

} // namespace Dialogsmith

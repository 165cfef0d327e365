// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "shell/projectnavigator.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Dialogsmith {

ProjectNavigator::ProjectNavigator(QWidget *parent)
    : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("navigatorTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(14);

    m_hint = new QLabel(tr("No project is open.\nCreate one with File ▸ New or open one with File ▸ Open."), this);
    m_hint->setObjectName(QStringLiteral("navigatorHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    m_hint->setMargin(12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addWidget(m_hint);
    layout->addStretch();
    setProjectName({});
}

void ProjectNavigator::setProjectName(const QString &name)
{
    m_tree->clear();
    m_tree->setVisible(!name.isEmpty());
    m_hint->setVisible(name.isEmpty());
    if (name.isEmpty())
        return;

    auto *root = new QTreeWidgetItem(m_tree, {name});
    QFont bold = root->font(0);
    bold.setBold(true);
    root->setFont(0, bold);
    const QStringList designSections
        = {tr("Topics"), tr("Personas"), tr("Scenarios"), tr("Documents"), tr("Templates"), tr("Providers")};
    const QStringList dataSections = {tr("Runs"), tr("Dataset")};
    for (const QString &section : designSections + dataSections)
        new QTreeWidgetItem(root, {section});
    m_tree->expandAll();
}

} // namespace Dialogsmith

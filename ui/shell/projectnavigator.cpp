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
    m_tree->setToolTip(tr("Click a part of the project to open its editor"));
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });

    m_hint = new QLabel(tr("No project is open.\nCreate one with File ▸ New or open one with File ▸ Open."), this);
    m_hint->setObjectName(QStringLiteral("navigatorHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    m_hint->setMargin(12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The tree fills the dock; without a project the hint sits at the top.
    layout->addWidget(m_tree, 1);
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
    const QList<Section> sections = {Section::Topics,    Section::Personas,  Section::Scenarios, Section::Documents,
                                     Section::Templates, Section::Providers, Section::Runs,      Section::Dataset};
    for (const Section section : sections) {
        auto *item = new QTreeWidgetItem(root, {sectionName(section)});
        item->setData(0, Qt::UserRole, QVariant::fromValue(section));
        item->setData(0, Qt::AccessibleTextRole, sectionName(section));
    }
    m_tree->expandAll();
}

QString ProjectNavigator::sectionName(Section section)
{
    switch (section) {
    case Section::Topics:
        return tr("Topics");
    case Section::Personas:
        return tr("Personas");
    case Section::Scenarios:
        return tr("Scenarios");
    case Section::Documents:
        return tr("Documents");
    case Section::Templates:
        return tr("Templates");
    case Section::Providers:
        return tr("Providers");
    case Section::Runs:
        return tr("Runs");
    case Section::Dataset:
        return tr("Dataset");
    }
    return {};
}

void ProjectNavigator::activate(QTreeWidgetItem *item)
{
    const QVariant section = item ? item->data(0, Qt::UserRole) : QVariant();
    if (section.isValid())
        Q_EMIT sectionActivated(section.value<Section>());
}

} // namespace Dialogsmith

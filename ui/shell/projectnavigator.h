// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Dialogsmith {

/// The left dock: the open project and the parts of its design and data.
class ProjectNavigator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectNavigator)

public:
    enum class Section { Topics, Personas, Scenarios, Documents, Templates, Providers, Runs, Dataset };
    Q_ENUM(Section)

    explicit ProjectNavigator(QWidget *parent = nullptr);

    /// Shows the sections of the project named `name`, or the "no project" hint when it is empty.
    void setProjectName(const QString &name);
    /// The section's name as the navigator and the editor tabs show it.
    static QString sectionName(Section section);

Q_SIGNALS:
    /// The user opened a section (click, double-click or Return).
    void sectionActivated(Dialogsmith::ProjectNavigator::Section section);

private:
    void activate(QTreeWidgetItem *item);

    QTreeWidget *m_tree = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace Dialogsmith

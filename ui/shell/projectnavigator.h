// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Dialogsmith {

/// The left dock: the open project and the parts of its design and data.
class ProjectNavigator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectNavigator)

public:
    explicit ProjectNavigator(QWidget *parent = nullptr);

    /// Shows the sections of the project named `name`, or the "no project" hint when it is empty.
    void setProjectName(const QString &name);

private:
    QTreeWidget *m_tree = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace Dialogsmith

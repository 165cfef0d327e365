// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QListWidget;
class QLabel;

namespace Dialogsmith {

/// The first tab of the central area: start a project, open one, or pick up a recent one.
class StartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)

public:
    explicit StartPage(QWidget *parent = nullptr);

    void setRecentProjects(const QStringList &paths);

Q_SIGNALS:
    void newProjectRequested();
    void openProjectRequested();
    void recentProjectActivated(const QString &path);

private:
    QListWidget *m_recent = nullptr;
    QLabel *m_noRecent = nullptr;
};

} // namespace Dialogsmith

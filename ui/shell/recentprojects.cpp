// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "shell/recentprojects.h"

namespace Dialogsmith {

RecentProjects::RecentProjects(QStringList paths)
    : m_paths(std::move(paths))
{
    m_paths.removeDuplicates();
    m_paths.removeAll(QString());
    if (m_paths.size() > maxEntries)
        m_paths.resize(maxEntries);
}

void RecentProjects::add(const QString &path)
{
    m_paths.removeAll(path);
    m_paths.prepend(path);
    if (m_paths.size() > maxEntries)
        m_paths.resize(maxEntries);
}

void RecentProjects::remove(const QString &path)
{
    m_paths.removeAll(path);
}

} // namespace Dialogsmith

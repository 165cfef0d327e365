// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Dialogsmith {

/// The most recently used project files, newest first, without duplicates.
class RecentProjects final
{
public:
    static constexpr qsizetype maxEntries = 10;

    explicit RecentProjects(QStringList paths = {});

    /// Moves `path` to the front, dropping the oldest entry beyond maxEntries.
    void add(const QString &path);
    void remove(const QString &path);
    void clear() { m_paths.clear(); }
    const QStringList &paths() const { return m_paths; }

private:
    QStringList m_paths;
};

} // namespace Dialogsmith

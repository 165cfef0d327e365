// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Dialogsmith {

/// The studio's own preferences, kept in QSettings under one set of names.
namespace UiSettings {
/// The language chosen in Preferences; empty means "follow the system".
QString languageOverride();
void setLanguageOverride(const QString &code);

QByteArray windowGeometry();
QByteArray windowState();
void setWindowLayout(const QByteArray &geometry, const QByteArray &state);

/// A splitter's saved state (QSplitter::saveState()), by the splitter's name; empty when it was never moved.
/// EditorParts::rememberSizes() is how views use it.
QByteArray splitterState(const QString &name);
void setSplitterState(const QString &name, const QByteArray &state);

QStringList recentProjects();
void setRecentProjects(const QStringList &paths);
} // namespace UiSettings

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "shell/uisettings.h"

#include <QSettings>

namespace Dialogsmith::UiSettings {

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString recentKey = QStringLiteral("projects/recent");
const QString splitterGroup = QStringLiteral("splitters/");
} // namespace

QString languageOverride()
{
    return QSettings().value(languageKey).toString();
}

void setLanguageOverride(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, code);
}

QByteArray windowGeometry()
{
    return QSettings().value(geometryKey).toByteArray();
}

QByteArray windowState()
{
    return QSettings().value(stateKey).toByteArray();
}

void setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(geometryKey, geometry);
    settings.setValue(stateKey, state);
}

QByteArray splitterState(const QString &name)
{
    return QSettings().value(splitterGroup + name).toByteArray();
}

void setSplitterState(const QString &name, const QByteArray &state)
{
    QSettings().setValue(splitterGroup + name, state);
}

QStringList recentProjects()
{
    return QSettings().value(recentKey).toStringList();
}

void setRecentProjects(const QStringList &paths)
{
    QSettings().setValue(recentKey, paths);
}

} // namespace Dialogsmith::UiSettings

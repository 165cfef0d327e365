// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace Dialogsmith {

/// The languages the user interface ships in, and which one to show.
namespace Languages {

struct Language {
    QString code; ///< "en", "de", "id", "zh_CN": the suffix of the translation file
    QString nativeName; ///< the language's name in itself, for the Preferences list
};

/// Every shipped language, English (the source language) first.
QList<Language> available();

/// The language to show: the override when it names a shipped language, else the first of the system's
/// UI languages (most preferred first, as QLocale::uiLanguages() gives them) that is shipped, else English.
QString choose(const QStringList &systemUiLanguages, const QString &overrideCode);

/// Loads the translation for `code` into `translator` from the embedded resources: for English, the plural
/// forms of the source strings. An unknown code returns false.
bool load(QTranslator &translator, const QString &code);

/// Loads Qt's own translation for `code` (qtbase: the standard buttons and dialogs) from Qt's installed
/// translations (Debian: qt6-translations-l10n). False for English, for a language Qt has no catalogue of
/// (Indonesian), or when the catalogues are not installed: Qt's strings then stay English.
bool loadQt(QTranslator &translator, const QString &code);

} // namespace Languages

} // namespace Dialogsmith

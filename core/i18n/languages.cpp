// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "i18n/languages.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>

// The catalogues are compiled into the static core library; referencing their initialiser keeps the linker
// from dropping them from the executables. Q_INIT_RESOURCE must be called outside any namespace.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(dialogsmith_core_translations);
}

namespace Dialogsmith::Languages {

namespace {

const QString source = QStringLiteral("en");

bool isShipped(const QString &code)
{
    const QList<Language> all = available();
    return std::any_of(all.cbegin(), all.cend(), [&](const Language &l) { return l.code == code; });
}

// Maps a BCP 47 tag as the system reports it ("de-AT", "zh-Hans-CN", "in") onto a shipped code.
QString shippedCodeFor(const QString &tag)
{
    const QLocale locale(tag);
    switch (locale.language()) {
    case QLocale::English:
        return source;
    case QLocale::German:
        return QStringLiteral("de");
    case QLocale::Indonesian:
        return QStringLiteral("id");
    case QLocale::Chinese:
        // Only Simplified Chinese is shipped; a Traditional script falls through to the next preference.
        return locale.script() == QLocale::TraditionalChineseScript ? QString() : QStringLiteral("zh_CN");
    default:
        return {};
    }
}

} // namespace

QList<Language> available()
{
    return {
        {source, QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("id"), QStringLiteral("Bahasa Indonesia")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

QString choose(const QStringList &systemUiLanguages, const QString &overrideCode)
{
    if (isShipped(overrideCode))
        return overrideCode;
    for (const QString &tag : systemUiLanguages) {
        const QString code = shippedCodeFor(tag);
        if (!code.isEmpty())
            return code;
    }
    return source;
}

bool load(QTranslator &translator, const QString &code)
{
    // English is the source language; its catalogue holds the plural forms ("1 sample", "2 samples").
    if (!isShipped(code))
        return false;
    static const bool initialised = (initTranslationResources(), true);
    Q_UNUSED(initialised);
    return translator.load(QStringLiteral(":/i18n/dialogsmith_") + code + QStringLiteral(".qm"));
}

bool loadQt(QTranslator &translator, const QString &code)
{
    if (!isShipped(code) || code == source)
        return false;
    return translator.load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace Dialogsmith::Languages

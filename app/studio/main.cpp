// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "dialogs/userdialogs.h"
#include "engine/workerthreads.h"
#include "i18n/languages.h"
#include "mainwindow.h"
#include "product/productinfo.h"
#include "screenshot.h"
#include "secrets/keychainsecretstore.h"
#include "shell/uisettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTranslator>

using namespace Dialogsmith;

int main(int argc, char *argv[])
{
    Engine::preferQtEventLoopsInWorkerThreads();
    QApplication app(argc, argv);
    QApplication::setApplicationName(ProductInfo::name());
    QApplication::setOrganizationName(ProductInfo::name());
    QApplication::setOrganizationDomain(ProductInfo::organizationDomain());
    QApplication::setApplicationVersion(ProductInfo::version());
    QApplication::setDesktopFileName(QStringLiteral("org.dialogsmith.Dialogsmith"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dialogsmith.svg")));

    // The language is chosen before the command line is read, so that --help speaks it too; --language
    // then replaces it for this run.
    QTranslator translator;
    QTranslator qtTranslator;
    const QStringList systemLanguages = QLocale::system().uiLanguages(QLocale::TagSeparator::Dash);
    const auto applyLanguage = [&](const QString &override) {
        QApplication::removeTranslator(&translator);
        QApplication::removeTranslator(&qtTranslator);
        const QString code = Languages::choose(systemLanguages, override);
        if (Languages::load(translator, code) && !translator.isEmpty())
            QApplication::installTranslator(&translator);
        // Qt's own strings (the standard buttons) in the same language.
        if (Languages::loadQt(qtTranslator, code))
            QApplication::installTranslator(&qtTranslator);
    };
    applyLanguage(UiSettings::languageOverride());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Dialogsmith, the synthetic data studio."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a screenshot of the main window to <file> once it is shown, then quit."),
        QApplication::translate("main", "file"));
    parser.addOption(screenshot);
    const QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main", "Show the interface in <code> (en, de, id, zh_CN) for this run."),
        QApplication::translate("main", "code"));
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("project"), QApplication::translate("main", "A project file to open."),
                                 QStringLiteral("[project]"));
    parser.process(app);
    if (parser.isSet(language))
        applyLanguage(parser.value(language));

    DesktopDialogs dialogs;
    KeychainSecretStore secrets(ProductInfo::applicationId());
    MainWindow window(dialogs, secrets);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    if (parser.isSet(screenshot))
        screenshotAndQuit(window, parser.value(screenshot));
    return QApplication::exec();
}

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "i18n/languages.h"
#include "product/productinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace Dialogsmith;

namespace {

enum ExitCode { Done = 0, Failed = 1, UsageError = 2 };

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dialogsmith-cli"));
    QCoreApplication::setOrganizationName(ProductInfo::name());
    QCoreApplication::setOrganizationDomain(ProductInfo::organizationDomain());
    QCoreApplication::setApplicationVersion(ProductInfo::version());

    QTranslator translator;
    const QString language = Languages::choose(QLocale::system().uiLanguages(QLocale::TagSeparator::Dash), {});
    if (Languages::load(translator, language))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Dialogsmith without a screen: the studio's engine for batch runs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("cli", "What to do."));
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "dialogsmith-cli: %s\n", qPrintable(parser.errorText()));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(Done);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        std::fprintf(stderr, "%s", qPrintable(parser.helpText()));
        return UsageError;
    }
    std::fprintf(
        stderr, "dialogsmith-cli: %s\n",
        qPrintable(QCoreApplication::translate("cli", "unknown command \"%1\"; see --help").arg(args.constFirst())));
    return UsageError;
}

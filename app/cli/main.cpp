// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/commands.h"
#include "engine/workerthreads.h"
#include "i18n/languages.h"
#include "product/productinfo.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <cstdio>

using namespace Dialogsmith;

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "cli",
        "Usage: dialogsmith-cli COMMAND [options]\n"
        "Dialogsmith without a screen: the studio's engine for batch runs.\n"
        "\n"
        "Commands:\n"
        "  new PROJECT [--spec SPEC.json]        create a project, empty or from a spec\n"
        "  spec export PROJECT [--output FILE]   write the project's design as a JSON spec\n"
        "  spec import PROJECT SPEC.json         replace the project's design with a spec\n"
        "  generate PROJECT [options]            generate samples (--mode); resumes an unfinished run\n"
        "  judge PROJECT [options]               score the samples on a rubric with a judge model\n"
        "  export PROJECT --format F --output PATH   write a dataset for training (formats: export --help)\n"
        "  providers list|test PROJECT           show or test the provider profiles\n"
        "  import PROJECT FILE... [--as KIND]    add documents (text, Markdown, HTML, PDF), a JSONL dataset\n"
        "                                        (openai, sharegpt, alpaca) or a design (InstructLab\n"
        "                                        taxonomy, Auto Data Fountain folder)\n"
        "  dedup PROJECT [--threshold X]         find exact and near duplicates among the samples\n"
        "\n"
        "COMMAND --help describes a command's options.\n"
        "Exit codes: 0 done, 1 failed, 2 usage error, 3 interrupted but resumable.\n"
        "\n"
        "Options:\n"
        "  -h, --help     Displays this help.\n"
        "  -v, --version  Displays version information.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    Engine::preferQtEventLoopsInWorkerThreads();
    // The CLI's own output is its messages; the library's debug and info logging is for QT_LOGGING_RULES.
    QLoggingCategory::setFilterRules(QStringLiteral("dialogsmith.*.debug=false\ndialogsmith.*.info=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dialogsmith-cli"));
    QCoreApplication::setOrganizationName(ProductInfo::name());
    QCoreApplication::setOrganizationDomain(ProductInfo::organizationDomain());
    QCoreApplication::setApplicationVersion(ProductInfo::version());

    QTranslator translator;
    const QString language = Languages::choose(QLocale::system().uiLanguages(QLocale::TagSeparator::Dash), {});
    if (Languages::load(translator, language))
        QCoreApplication::installTranslator(&translator);

    const QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (first == QLatin1StringView("--version") || first == QLatin1StringView("-v")) {
        std::printf("%s\n", qPrintable(ProductInfo::versionLine(QCoreApplication::applicationName())));
        return Cli::Done;
    }
    if (first == QLatin1StringView("--help") || first == QLatin1StringView("-h")
        || first == QLatin1StringView("help")) {
        std::fputs(qPrintable(usage()), stdout);
        return Cli::Done;
    }
    if (first.isEmpty()) {
        std::fputs(qPrintable(usage()), stderr);
        return Cli::UsageError;
    }
    // The command's own arguments, as if it were a program of its own.
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.constFirst() + u' ' + first);
    if (first == QLatin1StringView("new"))
        return Cli::newProject(rest);
    if (first == QLatin1StringView("spec"))
        return Cli::spec(rest);
    if (first == QLatin1StringView("generate"))
        return Cli::generate(rest);
    if (first == QLatin1StringView("judge"))
        return Cli::judge(rest);
    if (first == QLatin1StringView("export"))
        return Cli::exportDataset(rest);
    if (first == QLatin1StringView("providers"))
        return Cli::providers(rest);
    if (first == QLatin1StringView("import"))
        return Cli::importDocuments(rest);
    if (first == QLatin1StringView("dedup"))
        return Cli::dedup(rest);
    std::fprintf(stderr, "dialogsmith-cli: %s\n",
                 qPrintable(QCoreApplication::translate("cli", "unknown command \"%1\"; see --help").arg(first)));
    return Cli::UsageError;
}

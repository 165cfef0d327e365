// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/commands.h"

#include "design/projectspec.h"
#include "export/conversationexport.h"
#include "llm/llmclient.h"
#include "product/productinfo.h"
#include "project/projectfile.h"
#include "quality/filters.h"
#include "secrets/keychainsecretstore.h"
#include "store/designstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <memory>

namespace Dialogsmith::Cli {

namespace {

void printError(const QString &text)
{
    std::fprintf(stderr, "dialogsmith-cli: %s\n", text.toLocal8Bit().constData());
}

void printOut(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

// Parses a command's arguments; on a usage error prints it and returns false with `exitCode` set.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int minPositional, int maxPositional,
           int *exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        *exitCode = Done;
        return false;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional) {
        printError(n < minPositional ? QCoreApplication::translate("cli", "missing arguments; see --help")
                                     : QCoreApplication::translate("cli", "too many arguments; see --help"));
        *exitCode = UsageError;
        return false;
    }
    return true;
}

struct OpenedDesign {
    std::unique_ptr<ProjectFile> project;
    Store::StoredDesign design;
};

std::optional<OpenedDesign> openDesign(const QString &path)
{
    QString error;
    OpenedDesign opened;
    opened.project = ProjectFile::open(path, &error);
    if (!opened.project) {
        printError(error);
        return std::nullopt;
    }
    auto design = Store::DesignStore(opened.project->database()).load(&error);
    if (!design) {
        printError(error);
        return std::nullopt;
    }
    opened.design = std::move(*design);
    return opened;
}

} // namespace

int newProject(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Creates a project file, empty or from a spec."));
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("cli", "The project file to create (*.dialogsmith)."));
    parser.addOption({QStringLiteral("spec"),
                      QCoreApplication::translate("cli", "Design the project from this JSON spec."),
                      QCoreApplication::translate("cli", "file")});
    parser.addOption(
        {QStringLiteral("force"), QCoreApplication::translate("cli", "Replace a file that is already there.")});
    int exitCode = Done;
    if (!parse(parser, arguments, 1, 1, &exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().constFirst();

    Design::ProjectDesign design;
    QString error;
    if (parser.isSet(QStringLiteral("spec"))) {
        auto read = Design::ProjectSpec::readFile(parser.value(QStringLiteral("spec")), &error);
        if (!read) {
            printError(error);
            return Failed;
        }
        design = std::move(*read);
    } else {
        design.name = QFileInfo(path).completeBaseName();
    }
    if (QFileInfo::exists(path) && !parser.isSet(QStringLiteral("force"))) {
        printError(QCoreApplication::translate("cli", "%1 already exists; use --force to replace it.")
                       .arg(QDir::toNativeSeparators(path)));
        return Failed;
    }
    auto project = ProjectFile::create(path, &error);
    if (!project) {
        printError(error);
        return Failed;
    }
    if (!Store::DesignStore(project->database()).save(design, &error)) {
        printError(error);
        project.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return Failed;
    }
    std::fprintf(
        stderr, "%s\n",
        qPrintable(QCoreApplication::translate("cli", "Created %1.").arg(QDir::toNativeSeparators(project->path()))));
    return Done;
}

int spec(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli",
                                    "Writes a project's design as a JSON spec, or replaces it with one.\n"
                                    "  spec export PROJECT [--output FILE]\n"
                                    "  spec import PROJECT SPEC.json"));
    parser.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("cli", "export or import"));
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("cli", "The project file."));
    parser.addPositionalArgument(QStringLiteral("spec"),
                                 QCoreApplication::translate("cli", "import: the spec to read."),
                                 QStringLiteral("[spec]"));
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")},
         QCoreApplication::translate("cli", "export: write the spec to this file instead of the standard output."),
         QCoreApplication::translate("cli", "file")});
    int exitCode = Done;
    if (!parse(parser, arguments, 2, 3, &exitCode))
        return exitCode;
    const QStringList args = parser.positionalArguments();
    const QString action = args.at(0);
    if (action == QLatin1StringView("export") && args.size() == 2) {
        const auto opened = openDesign(args.at(1));
        if (!opened)
            return Failed;
        if (parser.isSet(QStringLiteral("output"))) {
            QString error;
            if (!Design::ProjectSpec::writeFile(parser.value(QStringLiteral("output")), opened->design.design,
                                                &error)) {
                printError(error);
                return Failed;
            }
        } else {
            printOut(QString::fromUtf8(Design::ProjectSpec::write(opened->design.design)));
        }
        return Done;
    }
    if (action == QLatin1StringView("import") && args.size() == 3) {
        QString error;
        const auto design = Design::ProjectSpec::readFile(args.at(2), &error);
        if (!design) {
            printError(error);
            return Failed;
        }
        auto project = ProjectFile::open(args.at(1), &error);
        if (!project) {
            printError(error);
            return Failed;
        }
        if (project->isReadOnly()) {
            printError(QCoreApplication::translate("cli", "%1 cannot be written.")
                           .arg(QDir::toNativeSeparators(project->path())));
            return Failed;
        }
        if (!Store::DesignStore(project->database()).save(*design, &error)) {
            printError(error);
            return Failed;
        }
        return Done;
    }
    printError(QCoreApplication::translate(
        "cli", "use \"spec export PROJECT\" or \"spec import PROJECT SPEC.json\"; see spec --help"));
    return UsageError;
}

namespace {

// "12 refusals and boilerplate, 3 truncated, ..." for what the quality settings left out of an export.
QString leftOutSummary(const Store::QualityFilter &quality, const Store::QualityCounts &counts)
{
    QStringList parts;
    for (const QString &rule : quality.rules) {
        const qint64 n = counts.byRule.value(rule);
        if (n == 0)
            continue;
        switch (Quality::parseFilterRule(rule).value_or(Quality::FilterRule::Refusal)) {
        case Quality::FilterRule::Refusal:
            parts.append(QCoreApplication::translate("cli", "%n refusal(s) or boilerplate", "", int(n)));
            break;
        case Quality::FilterRule::Truncated:
            parts.append(QCoreApplication::translate("cli", "%n empty or truncated", "", int(n)));
            break;
        case Quality::FilterRule::WrongLanguage:
            parts.append(QCoreApplication::translate("cli", "%n in the wrong language", "", int(n)));
            break;
        case Quality::FilterRule::TooShort:
            parts.append(QCoreApplication::translate("cli", "%n too short", "", int(n)));
            break;
        case Quality::FilterRule::TooLong:
            parts.append(QCoreApplication::translate("cli", "%n too long", "", int(n)));
            break;
        }
    }
    if (quality.minJudgeScore && counts.belowJudge > 0)
        parts.append(QCoreApplication::translate("cli", "%n judged below %1", "", int(counts.belowJudge))
                         .arg(*quality.minJudgeScore));
    if (quality.hideDuplicates && counts.duplicates > 0)
        parts.append(QCoreApplication::translate("cli", "%n duplicate(s)", "", int(counts.duplicates)));
    return parts.join(QStringLiteral(", "));
}

} // namespace

int exportDataset(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Writes a project's conversations as JSON Lines for training. Samples the project's quality "
        "settings catch (filter rules, judge threshold, duplicates) are left out unless --all is given."));
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("cli", "The project file."));
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")},
                      QCoreApplication::translate("cli", "openai or sharegpt."),
                      QCoreApplication::translate("cli", "format")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("cli", "The file to write."),
                      QCoreApplication::translate("cli", "file")});
    parser.addOption({QStringLiteral("approved-only"),
                      QCoreApplication::translate("cli", "Only conversations approved in curation.")});
    parser.addOption({QStringLiteral("all"),
                      QCoreApplication::translate("cli",
                                                  "Include the samples the quality filters, the judge "
                                                  "threshold and duplicate detection would leave out.")});
    parser.addOption({QStringLiteral("no-system"), QCoreApplication::translate("cli", "Leave out the system prompt.")});
    parser.addOption(
        {QStringLiteral("metadata"),
         QCoreApplication::translate("cli", "Add each conversation's topic, personas, document and models.")});
    int exitCode = Done;
    if (!parse(parser, arguments, 1, 1, &exitCode))
        return exitCode;
    const auto format = Export::parseFormat(parser.value(QStringLiteral("format")));
    if (!format) {
        printError(QCoreApplication::translate("cli", "--format must be openai or sharegpt"));
        return UsageError;
    }
    if (!parser.isSet(QStringLiteral("output"))) {
        printError(QCoreApplication::translate("cli", "--output is required"));
        return UsageError;
    }
    QString error;
    const auto opened = openDesign(parser.positionalArguments().constFirst());
    if (!opened)
        return Failed;
    const ProjectFile &project = *opened->project;
    Export::ExportOptions options;
    options.format = *format;
    options.approvedOnly = parser.isSet(QStringLiteral("approved-only"));
    options.includeSystem = !parser.isSet(QStringLiteral("no-system"));
    options.includeMetadata = parser.isSet(QStringLiteral("metadata"));
    if (!parser.isSet(QStringLiteral("all"))) {
        const Design::ProjectDesign &design = opened->design.design;
        options.quality = Store::QualityFilter::fromDesign(design.quality);
        // The filters' verdicts on samples written or edited since they were last checked.
        if (project.isReadOnly()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                             "cli", "The project is read-only: samples not checked yet are not filtered.")));
        } else if (!Quality::FilterChecker(project.database())
                        .update(Quality::FilterInputs::fromDesign(design), {}, &error)) {
            printError(error);
            return Failed;
        }
    }
    const QString output = parser.value(QStringLiteral("output"));
    const auto result = Export::ConversationExport::write(project.database(), output, options, {}, &error);
    if (!result) {
        printError(error);
        return Failed;
    }
    std::fprintf(
        stderr, "%s\n",
        qPrintable(QCoreApplication::translate("cli", "Wrote %n conversation(s) to %1.", "", int(result->written))
                       .arg(QDir::toNativeSeparators(output))));
    if (result->quality && result->quality->removed > 0) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("cli",
                                                            "Left out %n by the quality settings: %1 (--all "
                                                            "includes them).",
                                                            "", int(result->quality->removed))
                                    .arg(leftOutSummary(*options.quality, *result->quality))));
    }
    return Done;
}

int providers(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli",
                                    "Lists a project's provider profiles, or tests that they answer.\n"
                                    "  providers list PROJECT\n"
                                    "  providers test PROJECT [PROFILE]"));
    parser.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("cli", "list or test"));
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("cli", "The project file."));
    parser.addPositionalArgument(QStringLiteral("profile"),
                                 QCoreApplication::translate("cli", "test: only this profile."),
                                 QStringLiteral("[profile]"));
    int exitCode = Done;
    if (!parse(parser, arguments, 2, 3, &exitCode))
        return exitCode;
    const QStringList args = parser.positionalArguments();
    const QString action = args.at(0);
    if (action != QLatin1StringView("list") && action != QLatin1StringView("test")) {
        printError(QCoreApplication::translate(
            "cli", "use \"providers list PROJECT\" or \"providers test PROJECT\"; see providers --help"));
        return UsageError;
    }
    const auto opened = openDesign(args.at(1));
    if (!opened)
        return Failed;
    const QList<Llm::ProviderProfile> &profiles = opened->design.design.providers;
    if (action == QLatin1StringView("list")) {
        for (const Llm::ProviderProfile &p : profiles) {
            QString key;
            switch (p.key.type) {
            case Llm::KeySource::Type::None:
                key = QCoreApplication::translate("cli", "no key");
                break;
            case Llm::KeySource::Type::Keychain:
                key = QCoreApplication::translate("cli", "key in the keychain (%1)").arg(p.key.name);
                break;
            case Llm::KeySource::Type::Environment:
                key = QCoreApplication::translate("cli", "key in $%1").arg(p.key.name);
                break;
            }
            const QString url = p.endpoints.isEmpty() ? Llm::ProviderProfile::defaultBaseUrl(p.kind)
                                                      : p.endpoints.constFirst().baseUrl;
            printOut(
                QStringLiteral("%1\t%2\t%3\t%4\t%5\n").arg(p.name, Llm::providerKindName(p.kind), url, p.model, key));
        }
        if (profiles.isEmpty())
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("cli", "The project has no provider profiles.")));
        return Done;
    }

    QList<Llm::ProviderProfile> chosen;
    for (const Llm::ProviderProfile &p : profiles) {
        if (args.size() < 3 || p.name == args.at(2))
            chosen.append(p);
    }
    if (chosen.isEmpty()) {
        printError(
            args.size() < 3
                ? QCoreApplication::translate("cli", "The project has no provider profiles.")
                : QCoreApplication::translate("cli", "The project has no provider profile \"%1\".").arg(args.at(2)));
        return Failed;
    }
    KeychainSecretStore secrets(ProductInfo::applicationId());
    Llm::LlmClient client(&secrets);
    int pending = int(chosen.size());
    bool allGood = true;
    QHash<quint64, QString> names;
    QObject::connect(
        &client, &Llm::LlmClient::connectionTested, &client, [&](quint64 id, const Llm::ConnectionReport &r) {
            const QString name = names.value(id);
            const auto yes = [](bool b) {
                return b ? QCoreApplication::translate("cli", "yes") : QCoreApplication::translate("cli", "no");
            };
            QString text
                = QCoreApplication::translate("cli",
                                              "%1: reachable %2, authorized %3, model listed %4, streams %5, reports "
                                              "usage %6, JSON output %7, first byte %8 ms")
                      .arg(name, yes(r.reachable), yes(r.authorized), yes(r.modelListed), yes(r.streams),
                           yes(r.reportsUsage), yes(r.jsonOutput))
                      .arg(r.firstByteMs);
            if (!r.error.isEmpty()) {
                text += u'\n' + QCoreApplication::translate("cli", "%1: %2").arg(name, r.error);
                allGood = false;
            }
            printOut(text + u'\n');
            if (--pending == 0)
                QCoreApplication::exit(0);
        });
    for (const Llm::ProviderProfile &p : chosen) {
        client.setProfile(p);
        names.insert(client.testConnection(p.name), p.name);
    }
    QCoreApplication::exec();
    return allGood ? Done : Failed;
}

} // namespace Dialogsmith::Cli

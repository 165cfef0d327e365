// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/commands.h"

#include "design/projectspec.h"
#include "export/exporter.h"
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
        "Writes a project's samples in a trainer's format. Samples the project's quality settings catch (filter "
        "rules, judge threshold, duplicates) are left out unless --all is given; rejected, failed and dropped "
        "samples never are written. With --split or --card the output is a folder (train, validation, "
        "README.md).\n"
        "Formats: openai, sharegpt, alpaca (conversation, instruction, evol, knowledge-qa and preference "
        "samples), turns (one line per answer with its document), csv (one row per sample), dpo and dpo-text "
        "(preference samples), triplets (embedding samples)."));
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("cli", "The project file."));
    parser.addOption(
        {{QStringLiteral("f"), QStringLiteral("format")},
         QCoreApplication::translate("cli", "openai, sharegpt, alpaca, dpo, dpo-text, triplets, turns or csv."),
         QCoreApplication::translate("cli", "format")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("cli", "The file to write (a folder with --split or --card)."),
                      QCoreApplication::translate("cli", "path")});
    parser.addOption(
        {QStringLiteral("approved-only"), QCoreApplication::translate("cli", "Only samples approved in curation.")});
    parser.addOption({QStringLiteral("ids"),
                      QCoreApplication::translate("cli", "Only these samples (comma-separated ids)."),
                      QCoreApplication::translate("cli", "ids")});
    parser.addOption({QStringLiteral("all"),
                      QCoreApplication::translate("cli",
                                                  "Include the samples the quality filters, the judge "
                                                  "threshold and duplicate detection would leave out.")});
    parser.addOption({QStringLiteral("min-score"),
                      QCoreApplication::translate("cli",
                                                  "Leave out samples a judge scored below this (on the project's "
                                                  "rubric; unjudged samples are kept)."),
                      QCoreApplication::translate("cli", "score")});
    parser.addOption({QStringLiteral("no-system"), QCoreApplication::translate("cli", "Leave out the system prompt.")});
    parser.addOption({QStringLiteral("metadata"),
                      QCoreApplication::translate("cli",
                                                  "Add each sample's id, mode, topic, personas, document, judge "
                                                  "score and models (a \"metadata\" object; CSV: columns).")});
    parser.addOption({QStringLiteral("pairs"),
                      QCoreApplication::translate("cli",
                                                  "dpo: \"each\" (a record per rejected response, the default) or "
                                                  "\"best-worst\" (the chosen answer against the worst one)."),
                      QCoreApplication::translate("cli", "which")});
    parser.addOption({QStringLiteral("hard-negatives-only"),
                      QCoreApplication::translate("cli", "triplets: leave out the easy negatives.")});
    parser.addOption({QStringLiteral("shuffle"),
                      QCoreApplication::translate("cli", "Write the samples in a random order (see --seed).")});
    parser.addOption({QStringLiteral("split"),
                      QCoreApplication::translate("cli",
                                                  "Split into train and validation: the share of samples in train, "
                                                  "between 0 and 1 (for example 0.9)."),
                      QCoreApplication::translate("cli", "ratio")});
    parser.addOption({QStringLiteral("stratify"),
                      QCoreApplication::translate("cli", "With --split: take the validation share from each topic.")});
    parser.addOption({QStringLiteral("seed"),
                      QCoreApplication::translate("cli", "The seed of --shuffle and --split (default 1)."),
                      QCoreApplication::translate("cli", "n")});
    parser.addOption({QStringLiteral("card"),
                      QCoreApplication::translate("cli",
                                                  "Also write a Hugging Face dataset card (README.md) that says how "
                                                  "the data was made.")});
    parser.addOption({QStringLiteral("license"),
                      QCoreApplication::translate("cli", "The card's licence id (default \"other\")."),
                      QCoreApplication::translate("cli", "id")});
    parser.addOption({QStringLiteral("language"),
                      QCoreApplication::translate("cli", "The card's language code (default \"en\"; repeatable)."),
                      QCoreApplication::translate("cli", "code")});
    parser.addOption({QStringLiteral("preview"),
                      QCoreApplication::translate("cli",
                                                  "Print the first N records to the standard output and what an "
                                                  "export would write; write no file."),
                      QCoreApplication::translate("cli", "n")});
    int exitCode = Done;
    if (!parse(parser, arguments, 1, 1, &exitCode))
        return exitCode;
    const auto format = Export::parseFormat(parser.value(QStringLiteral("format")));
    if (!format) {
        printError(parser.isSet(QStringLiteral("format"))
                       ? QCoreApplication::translate("cli",
                                                     "unknown --format \"%1\": use openai, sharegpt, alpaca, dpo, "
                                                     "dpo-text, triplets, turns or csv")
                             .arg(parser.value(QStringLiteral("format")))
                       : QCoreApplication::translate("cli",
                                                     "--format is required: openai, sharegpt, alpaca, dpo, dpo-text, "
                                                     "triplets, turns or csv"));
        return UsageError;
    }
    const bool previewOnly = parser.isSet(QStringLiteral("preview"));
    if (!previewOnly && !parser.isSet(QStringLiteral("output"))) {
        printError(QCoreApplication::translate("cli", "--output is required"));
        return UsageError;
    }
    Export::ExportOptions options;
    options.format = *format;
    options.approvedOnly = parser.isSet(QStringLiteral("approved-only"));
    options.includeSystem = !parser.isSet(QStringLiteral("no-system"));
    options.includeMetadata = parser.isSet(QStringLiteral("metadata"));
    options.shuffle = parser.isSet(QStringLiteral("shuffle"));
    if (parser.isSet(QStringLiteral("ids"))) {
        for (const QString &part : parser.value(QStringLiteral("ids")).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                printError(QCoreApplication::translate("cli", "--ids: \"%1\" is not a sample id").arg(part));
                return UsageError;
            }
            options.ids.append(id);
        }
        if (options.ids.isEmpty()) {
            printError(QCoreApplication::translate("cli", "--ids names no sample"));
            return UsageError;
        }
    }
    if (parser.isSet(QStringLiteral("pairs"))) {
        const QString pairs = parser.value(QStringLiteral("pairs"));
        if (pairs == QLatin1StringView("each")) {
            options.preferencePairs = Export::PreferencePairs::EachRejected;
        } else if (pairs == QLatin1StringView("best-worst")) {
            options.preferencePairs = Export::PreferencePairs::BestVsWorst;
        } else {
            printError(QCoreApplication::translate("cli", "--pairs must be each or best-worst, not \"%1\"").arg(pairs));
            return UsageError;
        }
    }
    if (parser.isSet(QStringLiteral("hard-negatives-only")))
        options.negatives = Export::Negatives::HardOnly;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            printError(QCoreApplication::translate("cli", "--seed must be a whole number of 0 or more, not \"%1\"")
                           .arg(parser.value(QStringLiteral("seed"))));
            return UsageError;
        }
    }
    if (parser.isSet(QStringLiteral("split"))) {
        bool ok = false;
        const double ratio = parser.value(QStringLiteral("split")).toDouble(&ok);
        if (!ok || !(ratio > 0) || !(ratio < 1)) {
            printError(QCoreApplication::translate("cli",
                                                   "--split must be the share of samples in train, between 0 and 1 "
                                                   "(for example 0.9), not \"%1\"")
                           .arg(parser.value(QStringLiteral("split"))));
            return UsageError;
        }
        options.split = Export::SplitOptions {ratio, parser.isSet(QStringLiteral("stratify"))};
    } else if (parser.isSet(QStringLiteral("stratify"))) {
        printError(QCoreApplication::translate("cli", "--stratify needs --split"));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("card"))) {
        Export::CardOptions card;
        if (parser.isSet(QStringLiteral("license")))
            card.license = parser.value(QStringLiteral("license"));
        if (parser.isSet(QStringLiteral("language")))
            card.languages = parser.values(QStringLiteral("language"));
        options.card = card;
    } else if (parser.isSet(QStringLiteral("license")) || parser.isSet(QStringLiteral("language"))) {
        printError(QCoreApplication::translate("cli", "--license and --language are for the card: add --card"));
        return UsageError;
    }
    std::optional<double> minScore;
    if (parser.isSet(QStringLiteral("min-score"))) {
        bool ok = false;
        minScore = parser.value(QStringLiteral("min-score")).toDouble(&ok);
        if (!ok) {
            printError(QCoreApplication::translate("cli", "--min-score must be a number, not \"%1\"")
                           .arg(parser.value(QStringLiteral("min-score"))));
            return UsageError;
        }
    }
    int previewCount = 0;
    if (previewOnly) {
        bool ok = false;
        previewCount = parser.value(QStringLiteral("preview")).toInt(&ok);
        if (!ok || previewCount < 0) {
            printError(QCoreApplication::translate("cli", "--preview must be a number of records, not \"%1\"")
                           .arg(parser.value(QStringLiteral("preview"))));
            return UsageError;
        }
    }

    QString error;
    const auto opened = openDesign(parser.positionalArguments().constFirst());
    if (!opened)
        return Failed;
    const ProjectFile &project = *opened->project;
    const Design::ProjectDesign &design = opened->design.design;
    if (!parser.isSet(QStringLiteral("all"))) {
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
    if (minScore) {
        if (!options.quality) {
            // --all with a minimum score: only the score filters.
            Store::QualityFilter scoreOnly = Store::QualityFilter::fromDesign(design.quality);
            scoreOnly.rules.clear();
            scoreOnly.hideDuplicates = false;
            options.quality = scoreOnly;
        }
        options.quality->minJudgeScore = minScore;
    }

    const Export::Exporter exporter(project.database(), options);
    if (previewOnly) {
        const auto count = exporter.count(&error);
        const auto preview = count ? exporter.preview(previewCount, &error) : std::nullopt;
        if (!preview) {
            printError(error);
            return Failed;
        }
        QByteArray out;
        if (!preview->header.isEmpty())
            out += preview->header + '\n';
        for (const QByteArray &record : preview->records)
            out += record + '\n';
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        std::fflush(stdout);
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("cli", "An export would write %1 from %2.")
                                    .arg(QCoreApplication::translate("cli", "%n record(s)", "", int(count->records)),
                                         QCoreApplication::translate("cli", "%n sample(s)", "", int(count->samples)))));
        for (auto it = count->skippedModes.cbegin(); it != count->skippedModes.cend(); ++it) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                        "cli", "%n %1 sample(s) skipped: %2 does not take them.", "", int(it.value()))
                                        .arg(it.key(), Export::formatName(*format))));
        }
        if (count->quality && count->quality->removed > 0) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("cli", "The quality settings leave out %n: %1.", "",
                                                                int(count->quality->removed))
                                        .arg(leftOutSummary(*options.quality, *count->quality))));
        }
        return Done;
    }

    const QString output = parser.value(QStringLiteral("output"));
    const auto result = exporter.write(output, {}, &error);
    if (!result) {
        printError(error);
        return Failed;
    }
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("cli", "Wrote %1 from %2 to %3.")
                                .arg(QCoreApplication::translate("cli", "%n record(s)", "", int(result->records)),
                                     QCoreApplication::translate("cli", "%n sample(s)", "", int(result->written)),
                                     QDir::toNativeSeparators(output))));
    for (auto it = result->splitRecords.cbegin(); it != result->splitRecords.cend(); ++it) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("cli", "  %1: %n record(s)", "", int(it.value())).arg(it.key())));
    }
    for (auto it = result->skippedReasons.cbegin(); it != result->skippedReasons.cend(); ++it) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(
                QCoreApplication::translate("cli", "Skipped %n sample(s): %1.", "", int(it.value())).arg(it.key())));
    }
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

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/commands.h"
#include "project/projectfile.h"
#include "quality/deduplicator.h"
#include "store/designstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

namespace Dialogsmith::Cli {

namespace {

void printMessage(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

void printFailure(const QString &text)
{
    printMessage(u"dialogsmith-cli: " + text);
}

} // namespace

int dedup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Finds exact and near duplicates among the project's complete samples, as the studio does in the "
        "background: new and changed samples are signed, then every sample is compared with the ones "
        "before it. Prints how many samples there are, how many duplicates and in how many groups."));
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("cli", "The project file (*.dialogsmith)."));
    const QCommandLineOption threshold(
        QStringLiteral("threshold"),
        QCoreApplication::translate("cli",
                                    "Similarity from which two samples are near duplicates, 0.3 to 1 (default: the "
                                    "project's, quality.duplicates.threshold). Not saved in the project."),
        QStringLiteral("X"));
    parser.addOption(threshold);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printFailure(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return Done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printFailure(positional.isEmpty() ? QCoreApplication::translate("cli", "missing arguments; see --help")
                                          : QCoreApplication::translate("cli", "too many arguments; see --help"));
        return UsageError;
    }
    std::optional<double> wanted;
    if (parser.isSet(threshold)) {
        bool ok = false;
        const double value = QLocale::c().toDouble(parser.value(threshold), &ok);
        // The range the project's spec accepts (quality.duplicates.threshold).
        if (!ok || value < 0.3 || value > 1) {
            printFailure(QCoreApplication::translate("cli", "--threshold is a number from 0.3 to 1, not \"%1\".")
                             .arg(parser.value(threshold)));
            return UsageError;
        }
        wanted = value;
    }

    const QString path = positional.constFirst();
    if (!QFileInfo::exists(path)) {
        printFailure(QCoreApplication::translate("cli", "%1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return Failed;
    }
    QString error;
    auto project = ProjectFile::open(path, &error);
    if (!project) {
        printFailure(error);
        return Failed;
    }
    if (project->isReadOnly()) {
        printFailure(
            QCoreApplication::translate("cli", "%1 cannot be written; duplicates are kept in the project file.")
                .arg(QDir::toNativeSeparators(path)));
        return Failed;
    }
    if (!wanted) {
        const auto stored = Store::DesignStore(project->database()).load(&error);
        if (!stored) {
            printFailure(error);
            return Failed;
        }
        wanted = stored->design.quality.duplicateThreshold;
    }

    const QLocale locale;
    QElapsedTimer sinceLine;
    sinceLine.start();
    QElapsedTimer timer;
    timer.start();
    Quality::Deduplicator deduplicator(project->database());
    const auto update
        = deduplicator.update(*wanted, &error, [&](Quality::Deduplicator::Phase phase, qint64 done, qint64 total) {
              if (sinceLine.elapsed() >= 1000 || (done == total && phase == Quality::Deduplicator::Phase::Signing)) {
                  printMessage(phase == Quality::Deduplicator::Phase::Signing
                                   ? QCoreApplication::translate("cli", "Signing samples: %1 of %2")
                                         .arg(locale.toString(done), locale.toString(total))
                                   : QCoreApplication::translate("cli", "Comparing samples: %1 of %2")
                                         .arg(locale.toString(done), locale.toString(total)));
                  sinceLine.restart();
              }
              return true;
          });
    if (!update) {
        printFailure(error);
        return Failed;
    }
    const Quality::DuplicateSummary &s = update->summary;
    const auto line = [](const QString &text) { std::fprintf(stdout, "%s\n", text.toLocal8Bit().constData()); };
    line(QCoreApplication::translate("cli", "Samples: %1").arg(locale.toString(s.samples)));
    line(QCoreApplication::translate("cli", "Exact duplicates: %1").arg(locale.toString(s.exact)));
    line(QCoreApplication::translate("cli", "Near duplicates: %1 (similarity ≥ %2)")
             .arg(locale.toString(s.near), locale.toString(*wanted, 'g', 3)));
    line(QCoreApplication::translate("cli", "Groups: %1").arg(locale.toString(s.groups)));
    std::fflush(stdout);
    printMessage(QCoreApplication::translate("cli", "%n sample(s) signed in %1 s.", nullptr, int(update->signedSamples))
                     .arg(locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1)));
    return Done;
}

} // namespace Dialogsmith::Cli

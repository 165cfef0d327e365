// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/commands.h"
#include "design/projectspec.h"
#include "documents/importer.h"
#include "import/datasetimport.h"
#include "import/designimport.h"
#include "import/fountainimport.h"
#include "import/taxonomyimport.h"
#include "project/projectfile.h"
#include "store/chunkstore.h"
#include "store/designstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cstdio>

namespace Dialogsmith::Cli {

namespace {

void printLine(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

void printError(const QString &text)
{
    printLine(u"dialogsmith-cli: " + text);
}

// A title no other document of the design has, as the studio's Documents editor makes it.
QString uniqueTitle(const QList<Design::Document> &documents, const QString &base)
{
    QString title = base;
    for (int n = 2;; ++n) {
        const bool taken = std::any_of(documents.cbegin(), documents.cend(),
                                       [&](const Design::Document &other) { return other.title == title; });
        if (!taken)
            return title;
        title = QStringLiteral("%1 (%2)").arg(base).arg(n);
    }
}

int addDocuments(ProjectFile &project, const QStringList &files)
{
    QString error;
    Store::DesignStore designStore(project.database());
    std::optional<Store::StoredDesign> stored = designStore.load(&error);
    if (!stored) {
        printError(error);
        return Failed;
    }
    Design::ProjectDesign design = std::move(stored->design);

    // The texts the project has, to skip a file imported before (or twice on this command line).
    QSet<QByteArray> texts;
    for (const Design::Document &document : std::as_const(design.documents))
        texts.insert(Store::DesignStore::hashText(document.text));

    Documents::ImportOptions options;
    // A document the project could not save again is refused when it is read (as the studio does).
    options.maxTextLength = Design::ProjectSpec::maxReferencedFileSize;
    const QLocale locale;
    int added = 0;
    int failed = 0;
    for (const QString &path : files) {
        const QString name = QFileInfo(path).fileName();
        printLine(QCoreApplication::translate("cli", "Reading %1…").arg(name));
        QElapsedTimer sinceLine;
        sinceLine.start();
        const Documents::ImportResult imported = Documents::importFile(path, options, [&](int done, int total) {
            // A line now and then, not one per page of a long PDF.
            if (total > 1 && (done == total || sinceLine.elapsed() >= 500)) {
                printLine(QCoreApplication::translate("cli", "Reading %1: page %2 of %3")
                              .arg(name, locale.toString(done), locale.toString(total)));
                sinceLine.restart();
            }
            return true;
        });
        if (!imported) {
            printError(
                imported.error.isEmpty()
                    ? QCoreApplication::translate("cli", "%1 could not be read.").arg(QDir::toNativeSeparators(path))
                    : imported.error);
            ++failed;
            continue;
        }
        for (const QString &warning : imported.imported->warnings)
            printLine(QCoreApplication::translate("cli", "Warning: %1").arg(warning));
        Design::Document document = imported.imported->document;
        const QByteArray hash = Store::DesignStore::hashText(document.text);
        if (texts.contains(hash)) {
            printLine(QCoreApplication::translate("cli", "Skipped %1: its text is already a document of the project.")
                          .arg(name));
            continue;
        }
        texts.insert(hash);
        document.title = uniqueTitle(design.documents, name);
        design.documents.append(document);
        ++added;
        printLine(QCoreApplication::translate("cli", "Added %1 (%2 characters).")
                      .arg(document.title, locale.toString(document.text.size())));
    }

    if (added > 0 && !designStore.save(design, &error)) {
        printError(error);
        return Failed;
    }

    // The chunks of every document as the design's chunk settings cut them, so search finds the new ones.
    QElapsedTimer sinceLine;
    sinceLine.start();
    const std::optional<Store::ChunkStore::Update>
        update = Store::ChunkStore(project.database()).update(design.chunking, &error, [&](int done, int total) {
            if (done == total || sinceLine.elapsed() >= 500) {
                printLine(
                    QCoreApplication::translate("cli", "Cutting documents into chunks: %1 of %2").arg(done).arg(total));
                sinceLine.restart();
            }
            return true;
        });
    if (!update) {
        printError(error);
        return Failed;
    }
    printLine(QCoreApplication::translate("cli", "Added %n document(s).", nullptr, added));
    printLine(
        QCoreApplication::translate("cli", "The project's documents have %n chunk(s).", nullptr, int(update->chunks)));
    if (failed > 0) {
        printError(QCoreApplication::translate("cli", "%n file(s) could not be imported.", nullptr, failed));
        return Failed;
    }
    return Done;
}

// The chunks of every document as the design's chunk settings cut them, so search finds new documents.
std::optional<qint64> updateChunks(ProjectFile &project, const Design::ChunkSettings &chunking, QString *error)
{
    QElapsedTimer sinceLine;
    sinceLine.start();
    const std::optional<Store::ChunkStore::Update>
        update = Store::ChunkStore(project.database()).update(chunking, error, [&](int done, int total) {
            if (done == total || sinceLine.elapsed() >= 500) {
                printLine(
                    QCoreApplication::translate("cli", "Cutting documents into chunks: %1 of %2").arg(done).arg(total));
                sinceLine.restart();
            }
            return true;
        });
    if (!update)
        return std::nullopt;
    return qint64(update->chunks);
}

int addDataset(ProjectFile &project, const QString &path, std::optional<Import::DatasetFormat> format,
               bool skipBadLines)
{
    const QString name = QFileInfo(path).fileName();
    printLine(QCoreApplication::translate("cli", "Reading %1…").arg(name));
    Import::DatasetImportOptions options;
    options.format = format;
    options.skipBadLines = skipBadLines;
    QElapsedTimer sinceLine;
    sinceLine.start();
    const QLocale locale;
    const Import::DatasetImportResult result
        = Import::DatasetImport::run(project.database(), path, options, [&](qint64 done, qint64 total) {
              if (total > 0 && sinceLine.elapsed() >= 1000) {
                  printLine(QCoreApplication::translate("cli", "Reading %1: %2%").arg(name).arg(done * 100 / total));
                  sinceLine.restart();
              }
              return true;
          });
    if (!result.error.isEmpty()) {
        printError(result.error);
        return Failed;
    }
    const QString bad = Import::DatasetImport::describeBadLines(result, 20);
    // (A count of its own: lupdate's parser cannot read template arguments inside translate().)
    const int badLines = int(std::min<qint64>(result.badLineCount, INT_MAX));
    if (result.refused) {
        printError(QCoreApplication::translate(
                       "cli",
                       "%1 has %n bad line(s); nothing was imported. Fix them, or import the rest with "
                       "--skip-bad-lines:",
                       nullptr, badLines)
                       .arg(QDir::toNativeSeparators(path)));
        printLine(bad);
        return Failed;
    }
    if (result.badLineCount > 0) {
        printLine(QCoreApplication::translate("cli", "Skipped %n bad line(s) of %1:", nullptr, badLines).arg(name));
        printLine(bad);
    }
    printLine(QCoreApplication::translate("cli", "Imported %1 samples from %2 (%3): %4 conversations, %5 instructions.")
                  .arg(locale.toString(result.imported), name,
                       result.format ? Import::datasetFormatName(*result.format) : QString(),
                       locale.toString(result.conversations), locale.toString(result.imported - result.conversations)));
    return Done;
}

int addDesign(ProjectFile &project, const QString &path, bool taxonomy)
{
    QString error;
    printLine(QCoreApplication::translate("cli", "Reading %1…").arg(QDir::toNativeSeparators(path)));
    const std::optional<Import::DesignAdditions> additions
        = taxonomy ? Import::TaxonomyImport::read(path, &error) : Import::FountainImport::read(path, &error);
    if (!additions) {
        printError(error);
        return Failed;
    }
    Store::DesignStore designStore(project.database());
    std::optional<Store::StoredDesign> stored = designStore.load(&error);
    if (!stored) {
        printError(error);
        return Failed;
    }
    const Design::ProjectDesign &design = stored->design;
    for (const QString &warning : additions->warnings)
        printLine(QCoreApplication::translate("cli", "Warning: %1").arg(warning));
    const QStringList problems = Import::DesignMerge::problems(design, *additions);
    if (!problems.isEmpty()) {
        printError(QCoreApplication::translate("cli", "%1 cannot be merged into the design; nothing was changed:")
                       .arg(QDir::toNativeSeparators(path)));
        for (const QString &problem : problems)
            printLine(problem);
        return Failed;
    }
    const QString summary = Import::DesignMerge::summary(design, *additions);
    const Design::ProjectDesign merged = Import::DesignMerge::merged(design, *additions);
    if (merged == design) {
        printLine(QCoreApplication::translate("cli", "Nothing new: the design already has everything in %1.")
                      .arg(QDir::toNativeSeparators(path)));
        return Done;
    }
    if (!designStore.save(merged, &error)) {
        printError(error);
        return Failed;
    }
    printLine(QCoreApplication::translate("cli", "Added to the design: %1.").arg(summary));
    if (merged.documents != design.documents) {
        const std::optional<qint64> chunks = updateChunks(project, merged.chunking, &error);
        if (!chunks) {
            printError(error);
            return Failed;
        }
        printLine(
            QCoreApplication::translate("cli", "The project's documents have %n chunk(s).", nullptr, int(*chunks)));
    }
    return Done;
}

enum class Kind { Documents, Dataset, Taxonomy, Fountain };

// What a FILE is when --as does not say: a folder with setup.yaml is an Auto Data Fountain folder, one with
// qna.yaml files an InstructLab taxonomy, a .jsonl file a dataset, anything else a document.
std::optional<Kind> detectKind(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        if (Import::FountainImport::isFountain(path))
            return Kind::Fountain;
        if (Import::TaxonomyImport::isTaxonomy(path))
            return Kind::Taxonomy;
        return std::nullopt;
    }
    if (info.suffix().compare(QLatin1StringView("jsonl"), Qt::CaseInsensitive) == 0)
        return Kind::Dataset;
    return Kind::Documents;
}

} // namespace

int importDocuments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Adds documents, datasets or designs to a project.\n"
        "Documents: text, Markdown, HTML and PDF files, each titled by its file name; a file whose text is already "
        "a document of the project is skipped; afterwards the documents are cut into chunks and indexed.\n"
        "Datasets: JSONL files in the openai (messages), sharegpt (conversations) or alpaca (instruction, input, "
        "output, history) shape, the format found from the first record; each record becomes a sample of an "
        "import run (a conversation, or an instruction when it has one exchange). A file with bad lines is not "
        "imported unless --skip-bad-lines is given.\n"
        "Designs: an InstructLab taxonomy folder (qna.yaml files: seeds, topics, documents) or an Auto Data "
        "Fountain folder (setup.yaml and diagram.mermaid: personas, templates, Evol-Instruct directions, a "
        "scenario), merged into the project's design.\n"
        "Without --as, a folder with setup.yaml is an Auto Data Fountain folder, a folder with qna.yaml files a "
        "taxonomy, a .jsonl file a dataset and any other file a document."));
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("cli", "The project file (*.dialogsmith)."));
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("cli", "The files or folders to read."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption as(
        QStringLiteral("as"),
        QCoreApplication::translate("cli",
                                    "What the files are: documents, openai, sharegpt, alpaca, dataset (a JSONL "
                                    "dataset of any of the three), instructlab or fountain."),
        QStringLiteral("kind"));
    const QCommandLineOption skipBadLines(
        QStringLiteral("skip-bad-lines"),
        QCoreApplication::translate("cli",
                                    "Import a dataset's good records even when some lines are bad (they are "
                                    "listed)."));
    parser.addOption(as);
    parser.addOption(skipBadLines);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return Done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        printError(QCoreApplication::translate("cli", "missing arguments; see --help"));
        return UsageError;
    }
    const QString projectPath = positional.constFirst();
    const QStringList files = positional.mid(1);

    std::optional<Kind> forced;
    std::optional<Import::DatasetFormat> format;
    if (parser.isSet(as)) {
        const QString value = parser.value(as);
        if (value == QLatin1StringView("documents"))
            forced = Kind::Documents;
        else if (value == QLatin1StringView("instructlab"))
            forced = Kind::Taxonomy;
        else if (value == QLatin1StringView("fountain"))
            forced = Kind::Fountain;
        else if (value == QLatin1StringView("dataset"))
            forced = Kind::Dataset;
        else if ((format = Import::parseDatasetFormat(value)))
            forced = Kind::Dataset;
        else {
            printError(QCoreApplication::translate("cli",
                                                   "--as %1: use documents, openai, sharegpt, alpaca, dataset, "
                                                   "instructlab or fountain.")
                           .arg(value));
            return UsageError;
        }
    }
    QList<std::pair<QString, Kind>> jobs;
    QStringList documents;
    for (const QString &file : files) {
        const std::optional<Kind> kind = forced ? forced : detectKind(file);
        if (!kind) {
            printError(QCoreApplication::translate("cli",
                                                   "%1 is a folder with neither a setup.yaml (Auto Data "
                                                   "Fountain) nor qna.yaml files (InstructLab taxonomy).")
                           .arg(QDir::toNativeSeparators(file)));
            return Failed;
        }
        if (*kind == Kind::Documents)
            documents.append(file);
        else
            jobs.append({file, *kind});
    }

    QString error;
    if (!QFileInfo::exists(projectPath)) {
        printError(QCoreApplication::translate("cli", "%1 does not exist; create it with \"dialogsmith-cli new\".")
                       .arg(QDir::toNativeSeparators(projectPath)));
        return Failed;
    }
    auto project = ProjectFile::open(projectPath, &error);
    if (!project) {
        printError(error);
        return Failed;
    }
    if (project->isReadOnly()) {
        printError(QCoreApplication::translate("cli", "%1 cannot be written; nothing was imported.")
                       .arg(QDir::toNativeSeparators(projectPath)));
        return Failed;
    }
    int status = Done;
    for (const auto &[file, kind] : std::as_const(jobs)) {
        int result = Done;
        switch (kind) {
        case Kind::Dataset:
            result = addDataset(*project, file, format, parser.isSet(skipBadLines));
            break;
        case Kind::Taxonomy:
            result = addDesign(*project, file, true);
            break;
        case Kind::Fountain:
            result = addDesign(*project, file, false);
            break;
        case Kind::Documents:
            break;
        }
        if (result != Done)
            status = result;
    }
    if (!documents.isEmpty()) {
        const int result = addDocuments(*project, documents);
        if (result != Done)
            status = result;
    }
    return status;
}

} // namespace Dialogsmith::Cli

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/commands.h"
#include "design/projectspec.h"
#include "documents/importer.h"
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

} // namespace

int importDocuments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Adds documents to a project: text, Markdown, HTML and PDF files, each titled by its file name. A file "
        "whose text is already a document of the project is skipped. Afterwards the documents are cut into "
        "chunks and indexed, so search and retrieval find them."));
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("cli", "The project file (*.dialogsmith)."));
    parser.addPositionalArgument(QStringLiteral("files"), QCoreApplication::translate("cli", "The files to read."),
                                 QStringLiteral("FILE..."));
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
        printError(QCoreApplication::translate("cli", "%1 cannot be written; no documents were added.")
                       .arg(QDir::toNativeSeparators(projectPath)));
        return Failed;
    }
    Store::DesignStore designStore(project->database());
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
        update = Store::ChunkStore(project->database()).update(design.chunking, &error, [&](int done, int total) {
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

} // namespace Dialogsmith::Cli

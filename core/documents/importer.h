// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Dialogsmith::Documents {

/// The kinds of file Dialogsmith reads documents from.
enum class DocumentKind { Text, Markdown, Html, Pdf };

struct ImportOptions {
    /// Read the file as this kind whatever its name says; by default the kind comes from its name and
    /// content (documentKind()).
    std::optional<DocumentKind> kind;
    /// Larger files are refused before they are read.
    qint64 maxFileSize = qint64(512) << 20;
    /// A document with more text than this (UTF-16 code units) is refused: a project could not hold it.
    qint64 maxTextLength = qint64(64) << 20;
};

/// A document read from a file, with what the reader should know about how it was read.
struct ImportedDocument {
    Design::Document document; ///< title, source (the file's name) and text with `\n` line ends
    DocumentKind kind = DocumentKind::Text;
    QStringList warnings; ///< sentences naming the file: what was read differently or left out
    int pages = 0; ///< a PDF's pages; 0 for other kinds
};

/// What importing gave: a document, or the sentence saying why there is none (it names the file).
/// A cancelled import has neither a document nor an error.
struct ImportResult {
    std::optional<ImportedDocument> imported;
    QString error;
    bool cancelled = false;
    explicit operator bool() const { return imported.has_value(); }
};

/// Called as an import progresses: `done` of `total` steps (a PDF's pages; one step for other kinds).
/// Returning false cancels the import at the next step.
using ImportProgress = std::function<bool(int done, int total)>;

/// Reads a document from a file: plain text (UTF-8, or UTF-16/32 with a byte order mark), Markdown, HTML
/// (any encoding it declares) or PDF (its text layer). Every failure is a sentence that names the file:
/// unreadable, too large, not text, not valid UTF-8 (with the offset of the first bad byte), empty, an
/// encrypted, damaged or scanned PDF. Blocking and thread-safe, with no QObject: run it on a worker
/// thread (QtConcurrent). The file itself is never changed.
ImportResult importFile(const QString &path, const ImportOptions &options = {}, const ImportProgress &progress = {});

/// The same for bytes that did not come from a file on disk (a drop, the clipboard): `fileName` gives the
/// kind by its suffix, the title and source, and names the document in messages; it may be empty.
ImportResult importBytes(const QByteArray &bytes, const QString &fileName, const ImportOptions &options = {},
                         const ImportProgress &progress = {});

/// The kind of a file: PDF by its header whatever its name; otherwise by its suffix (.md and .markdown,
/// .html, .htm and .xhtml, .txt and anything else); a file with no known suffix that starts like an HTML page
/// (`<!DOCTYPE html`, `<html`) is HTML.
DocumentKind documentKind(QByteArrayView bytes, const QString &fileName);

/// The suffixes importFile() knows, without dots, for file dialogs and drops.
QStringList importSuffixes();

} // namespace Dialogsmith::Documents

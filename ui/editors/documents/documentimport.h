// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Dialogsmith {

/// What reading files for the Documents editor gave: the documents that could be read and, for each file
/// that could not, a sentence naming it and saying why; warnings about files read with something left out.
struct DocumentImport {
    QList<Design::Document> documents;
    QStringList errors;
    QStringList warnings;
    bool cancelled = false;
};

/// Reads documents for the Documents editor with the core importer (Documents::importFile): text, Markdown,
/// HTML and PDF, titled by their file names. Blocking: run it on a worker thread.
class DocumentReader final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentReader)

public:
    /// Called as files are read: the file (from 0) of how many, and its step of how many (a PDF's pages).
    /// Returning false cancels: the files read so far are kept.
    using Progress = std::function<bool(int file, int files, int step, int steps)>;

    static DocumentImport read(const QStringList &paths, const Progress &progress = {});
    /// The suffixes the editor offers and accepts by drag and drop.
    static bool isSupported(const QString &path);
    /// The file dialog's filter.
    static QString fileFilter();
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dialogsmith {

/// What reading files for the Documents editor gave: the documents that could be read and, for each file
/// that could not, a sentence naming it and saying why.
struct DocumentImport {
    QList<Design::Document> documents;
    QStringList errors;
};

/// Reads text and Markdown files as UTF-8 documents titled by their file names. Refuses files that are not
/// text (binary, another encoding), empty, unreadable or larger than a spec may hold. Blocking: run it on a
/// worker thread.
class DocumentReader final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentReader)

public:
    static DocumentImport read(const QStringList &paths);
    /// The suffixes the editor offers and accepts by drag and drop.
    static bool isSupported(const QString &path);
    /// The file dialog's filter.
    static QString fileFilter();
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/documents/documentimport.h"

#include "design/projectspec.h"
#include "documents/importer.h"

#include <QFileInfo>

namespace Dialogsmith {

bool DocumentReader::isSupported(const QString &path)
{
    return Documents::importSuffixes().contains(QFileInfo(path).suffix(), Qt::CaseInsensitive);
}

QString DocumentReader::fileFilter()
{
    QStringList patterns;
    for (const QString &suffix : Documents::importSuffixes())
        patterns.append(QStringLiteral("*.") + suffix);
    return tr("Documents (%1);;All files (*)").arg(patterns.join(u' '));
}

DocumentImport DocumentReader::read(const QStringList &paths, const Progress &progress)
{
    DocumentImport result;
    Documents::ImportOptions options;
    // A document the project could not save again is refused when it is read.
    options.maxTextLength = Design::ProjectSpec::maxReferencedFileSize;
    const int files = int(paths.size());
    for (int i = 0; i < files; ++i) {
        bool cancelled = false;
        const Documents::ImportResult imported = Documents::importFile(paths.at(i), options, [&](int step, int steps) {
            cancelled = progress && !progress(i, files, step, steps);
            return !cancelled;
        });
        if (imported.cancelled || cancelled) {
            result.cancelled = true;
            break;
        }
        if (!imported) {
            result.errors.append(imported.error);
            continue;
        }
        Design::Document document = imported.imported->document;
        // The editor names documents by their files, as they appear in the folder.
        document.title = QFileInfo(paths.at(i)).fileName();
        result.documents.append(document);
        result.warnings.append(imported.imported->warnings);
    }
    return result;
}

} // namespace Dialogsmith

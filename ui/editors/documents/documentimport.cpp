// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/documents/documentimport.h"

#include "design/projectspec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace Dialogsmith {

namespace {

const QStringList &supportedSuffixes()
{
    static const QStringList suffixes {QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("markdown"),
                                       QStringLiteral("text")};
    return suffixes;
}

} // namespace

bool DocumentReader::isSupported(const QString &path)
{
    return supportedSuffixes().contains(QFileInfo(path).suffix(), Qt::CaseInsensitive);
}

QString DocumentReader::fileFilter()
{
    return tr("Text and Markdown (*.txt *.md *.markdown *.text);;All files (*)");
}

DocumentImport DocumentReader::read(const QStringList &paths)
{
    DocumentImport result;
    const qint64 limit = Design::ProjectSpec::maxReferencedFileSize;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString shown = QDir::toNativeSeparators(path);
        // Not a FIFO or device: reading one could block or never end.
        if (!info.isFile()) {
            result.errors.append(tr("%1 is not a file.").arg(shown));
            continue;
        }
        if (info.size() > limit) {
            result.errors.append(tr("%1 is larger than %2 MiB.").arg(shown).arg(limit >> 20));
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.errors.append(tr("%1 cannot be read: %2").arg(shown, file.errorString()));
            continue;
        }
        // The size can change between the check and the read: never read more than the limit.
        const QByteArray bytes = file.read(limit + 1);
        if (bytes.size() > limit) {
            result.errors.append(tr("%1 is larger than %2 MiB.").arg(shown).arg(limit >> 20));
            continue;
        }
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(bytes);
        if (decoder.hasError() || bytes.contains('\0')) {
            result.errors.append(
                tr("%1 is not UTF-8 text: only plain text and Markdown files can be added.").arg(shown));
            continue;
        }
        if (text.trimmed().isEmpty()) {
            result.errors.append(tr("%1 has no text.").arg(shown));
            continue;
        }
        result.documents.append({info.fileName(), info.fileName(), text});
    }
    return result;
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "documents/importer.h"

#include "documents/htmltext.h"
#include "documents/markdowntext.h"
#include "documents/pdftext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStringDecoder>

Q_LOGGING_CATEGORY(lcDocuments, "dialogsmith.documents")

namespace Dialogsmith::Documents {

namespace {

// The translation context of the importers' messages.
class DocumentImport final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentImport)
};

struct DecodedText {
    enum class Problem { None, Binary, InvalidUtf8, InvalidUnicode };
    QString text;
    Problem problem = Problem::None;
    qsizetype offset = -1; ///< of the first byte that is not UTF-8
};

// Binary files have NUL bytes, or many control characters that text never has.
bool looksBinary(QByteArrayView bytes)
{
    if (bytes.contains('\0'))
        return true;
    const QByteArrayView sample = bytes.first(std::min<qsizetype>(bytes.size(), 64 * 1024));
    qsizetype controls = 0;
    for (const char c : sample) {
        const auto b = static_cast<unsigned char>(c);
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1b) || b == 0x7f)
            ++controls;
    }
    return controls * 20 > sample.size();
}

// The offset of the first byte that is not part of a well-formed UTF-8 sequence (no overlong forms, no
// surrogates, nothing past U+10FFFF), or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char b = data[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF; // the allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (data[i + 1] < low || data[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (data[i + k] < 0x80 || data[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

// Text by its byte order mark (UTF-8, UTF-16, UTF-32), else strictly UTF-8.
DecodedText decodeText(QByteArrayView bytes)
{
    DecodedText result;
    const std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(bytes);
    if (bom && *bom != QStringConverter::Utf8) {
        QStringDecoder decoder(*bom); // drops the byte order mark
        result.text = decoder.decode(bytes);
        if (decoder.hasError())
            result.problem = DecodedText::Problem::InvalidUnicode;
        else if (result.text.contains(QChar(u'\0')))
            result.problem = DecodedText::Problem::Binary;
        return result;
    }
    if (looksBinary(bytes)) {
        result.problem = DecodedText::Problem::Binary;
        return result;
    }
    result.offset = firstInvalidUtf8(bytes);
    if (result.offset >= 0) {
        result.problem = DecodedText::Problem::InvalidUtf8;
        return result;
    }
    result.text = QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes);
    return result;
}

void normaliseLineEnds(QString &text)
{
    if (!text.contains(u'\r'))
        return;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
}

bool startsLikeHtml(QByteArrayView bytes)
{
    QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 512));
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    head = head.trimmed();
    return head.first(std::min<qsizetype>(head.size(), 14)).compare("<!doctype html", Qt::CaseInsensitive) == 0
        || head.first(std::min<qsizetype>(head.size(), 5)).compare("<html", Qt::CaseInsensitive) == 0;
}

// What importing one kind of document gave before the common checks.
struct Extracted {
    QString title;
    QString text;
    QStringList warnings;
    int pages = 0;
    QString error;
    bool cancelled = false;
};

Extracted fail(const QString &error)
{
    Extracted result;
    result.error = error;
    return result;
}

// Messages take the file's name and numbers in one arg() call: a name with "%2" in it must stay as it is.

// The text of a text-like file, or the reason it has none.
std::optional<QString> textOf(QByteArrayView bytes, const QString &name, QString *error)
{
    DecodedText decoded = decodeText(bytes);
    switch (decoded.problem) {
    case DecodedText::Problem::None:
        break;
    case DecodedText::Problem::Binary:
        *error = DocumentImport::tr("%1 is not a text document (it looks binary).").arg(name);
        return std::nullopt;
    case DecodedText::Problem::InvalidUtf8: {
        const qsizetype line = bytes.first(decoded.offset).count('\n') + 1;
        *error = DocumentImport::tr("%1 is not valid UTF-8 text: the byte at offset %2 (line %3) is not part of a "
                                    "UTF-8 character. Save it as UTF-8 and add it again.")
                     .arg(name, QString::number(decoded.offset), QString::number(line));
        return std::nullopt;
    }
    case DecodedText::Problem::InvalidUnicode:
        *error = DocumentImport::tr("%1 starts with a Unicode byte order mark but the text after it is not valid "
                                    "in that encoding.")
                     .arg(name);
        return std::nullopt;
    }
    normaliseLineEnds(decoded.text);
    return std::move(decoded.text);
}

Extracted importText(QByteArrayView bytes, const QString &name)
{
    Extracted result;
    if (const std::optional<QString> text = textOf(bytes, name, &result.error))
        result.text = *text;
    return result;
}

Extracted importMarkdown(QByteArrayView bytes, const QString &name)
{
    Extracted result;
    const std::optional<QString> text = textOf(bytes, name, &result.error);
    if (!text)
        return result;
    MarkdownText markdown = markdownToText(text->toUtf8());
    result.title = std::move(markdown.title);
    result.text = std::move(markdown.text);
    return result;
}

Extracted importHtml(QByteArrayView bytes, const QString &name)
{
    Extracted result;
    const std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(bytes);
    // Without a byte order mark a page is in an ASCII-compatible encoding: NUL bytes mean it is not one.
    if ((!bom || *bom == QStringConverter::Utf8) && looksBinary(bytes))
        return fail(DocumentImport::tr("%1 is not a text document (it looks binary).").arg(name));
    const DecodedHtml decoded = decodeHtml(bytes);
    if (decoded.unknownEncoding)
        result.warnings.append(
            DocumentImport::tr("%1 declares an encoding Dialogsmith does not know; it was read as UTF-8.").arg(name));
    if (decoded.invalidBytes)
        result.warnings.append(DocumentImport::tr("%1 has bytes that are not valid in its encoding; they were "
                                                  "replaced by \uFFFD.")
                                   .arg(name));
    HtmlText html = htmlToText(decoded.text.toUtf8());
    if (html.tooDeep)
        return fail(DocumentImport::tr("%1 nests its elements more than %2 levels deep, deeper than any real page; "
                                       "Dialogsmith does not read it.")
                        .arg(name, QString::number(maxHtmlNesting)));
    result.title = std::move(html.title);
    result.text = std::move(html.text);
    return result;
}

Extracted importPdf(const QByteArray &bytes, const QString &name, const ImportProgress &progress)
{
    PdfText pdf = pdfToText(bytes, progress);
    switch (pdf.failure) {
    case PdfText::Failure::None:
        break;
    case PdfText::Failure::Cancelled: {
        Extracted cancelled;
        cancelled.cancelled = true;
        return cancelled;
    }
    case PdfText::Failure::NotPdf:
        if (startsLikeHtml(bytes))
            return fail(DocumentImport::tr("%1 is not a PDF file: it is an HTML page.").arg(name));
        return fail(DocumentImport::tr("%1 is not a PDF file (it does not start with %PDF-).").arg(name));
    case PdfText::Failure::Locked:
        return fail(DocumentImport::tr("%1 is encrypted; Dialogsmith cannot read it without its password.").arg(name));
    case PdfText::Failure::Damaged:
    case PdfText::Failure::NoText:
        if (pdf.incomplete)
            return fail(DocumentImport::tr("%1 is incomplete (the file ends before the end of the PDF) and no text "
                                           "could be read from it.")
                            .arg(name));
        if (pdf.failure == PdfText::Failure::NoText)
            return fail(DocumentImport::tr("%1 has no text layer (a scanned PDF needs OCR first).").arg(name));
        if (!pdf.detail.isEmpty())
            return fail(DocumentImport::tr("%1 is a damaged PDF that cannot be read: %2").arg(name, pdf.detail));
        return fail(DocumentImport::tr("%1 is a damaged PDF that cannot be read.").arg(name));
    }
    Extracted result;
    result.title = std::move(pdf.title);
    result.text = std::move(pdf.text);
    result.pages = pdf.pages;
    if (pdf.incomplete)
        result.warnings.append(
            DocumentImport::tr("%1 is incomplete (the file ends before the end of the PDF): pages may be missing.")
                .arg(name));
    if (pdf.pagesWithText < pdf.pages)
        result.warnings.append(
            DocumentImport::tr("%1: %2 of %3 pages have no text (scanned pages need OCR first).")
                .arg(name, QString::number(pdf.pages - pdf.pagesWithText), QString::number(pdf.pages)));
    return result;
}

// A title for a document whose content has none: its file name without the suffix, else its first line.
QString fallbackTitle(const QString &fileName, const QString &text)
{
    const QString base = QFileInfo(fileName).completeBaseName().trimmed();
    if (!base.isEmpty())
        return base;
    const QString line = text.section(u'\n', 0, 0).simplified();
    return line.size() > 80 ? line.left(79) + u'\u2026' : line;
}

ImportResult importNamed(const QByteArray &bytes, const QString &fileName, const QString &name,
                         const ImportOptions &options, const ImportProgress &progress)
{
    ImportResult result;
    if (bytes.isEmpty()) {
        result.error = DocumentImport::tr("%1 is empty.").arg(name);
        return result;
    }
    const DocumentKind kind = options.kind.value_or(documentKind(bytes, fileName));
    if (kind != DocumentKind::Pdf && progress && !progress(0, 1)) {
        result.cancelled = true;
        return result;
    }
    Extracted extracted;
    switch (kind) {
    case DocumentKind::Text:
        extracted = importText(bytes, name);
        break;
    case DocumentKind::Markdown:
        extracted = importMarkdown(bytes, name);
        break;
    case DocumentKind::Html:
        extracted = importHtml(bytes, name);
        break;
    case DocumentKind::Pdf:
        extracted = importPdf(bytes, name, progress);
        break;
    }
    if (extracted.cancelled) {
        result.cancelled = true;
        return result;
    }
    if (!extracted.error.isEmpty()) {
        result.error = extracted.error;
        return result;
    }
    if (extracted.text.trimmed().isEmpty()) {
        result.error = kind == DocumentKind::Html || kind == DocumentKind::Markdown
            ? DocumentImport::tr("%1 has no text, only markup.").arg(name)
            : DocumentImport::tr("%1 has no text (only white space).").arg(name);
        return result;
    }
    if (extracted.text.size() > options.maxTextLength) {
        result.error = DocumentImport::tr("%1 has more text than a project document may hold (%2 million characters).")
                           .arg(name, QString::number(options.maxTextLength / 1'000'000));
        return result;
    }
    if (kind != DocumentKind::Pdf && progress && !progress(1, 1)) {
        result.cancelled = true;
        return result;
    }
    ImportedDocument imported;
    imported.kind = kind;
    imported.pages = extracted.pages;
    imported.warnings = std::move(extracted.warnings);
    imported.document.title
        = extracted.title.isEmpty() ? fallbackTitle(fileName, extracted.text) : std::move(extracted.title);
    const QString source = QFileInfo(fileName).fileName();
    imported.document.source = source.isEmpty() ? QStringLiteral("pasted") : source;
    imported.document.text = std::move(extracted.text);
    result.imported = std::move(imported);
    return result;
}

} // namespace

DocumentKind documentKind(QByteArrayView bytes, const QString &fileName)
{
    if (looksLikePdf(bytes))
        return DocumentKind::Pdf;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"pdf")
        return DocumentKind::Pdf;
    if (suffix == u"md" || suffix == u"markdown")
        return DocumentKind::Markdown;
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return DocumentKind::Html;
    if (suffix.isEmpty() || !importSuffixes().contains(suffix))
        return startsLikeHtml(bytes) ? DocumentKind::Html : DocumentKind::Text;
    return DocumentKind::Text;
}

QStringList importSuffixes()
{
    return {QStringLiteral("txt"),  QStringLiteral("text"), QStringLiteral("md"),    QStringLiteral("markdown"),
            QStringLiteral("html"), QStringLiteral("htm"),  QStringLiteral("xhtml"), QStringLiteral("pdf")};
}

ImportResult importBytes(const QByteArray &bytes, const QString &fileName, const ImportOptions &options,
                         const ImportProgress &progress)
{
    const QString name = fileName.isEmpty() ? DocumentImport::tr("The pasted document") : fileName;
    return importNamed(bytes, fileName, name, options, progress);
}

ImportResult importFile(const QString &path, const ImportOptions &options, const ImportProgress &progress)
{
    ImportResult result;
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    // Not a FIFO or a device: reading one could block or never end.
    if (!info.isFile()) {
        result.error = info.exists() ? DocumentImport::tr("%1 is not a file.").arg(name)
                                     : DocumentImport::tr("%1 does not exist.").arg(name);
        return result;
    }
    const QString tooLarge
        = DocumentImport::tr("%1 is larger than %2 MiB.").arg(name, QString::number(options.maxFileSize >> 20));
    if (info.size() > options.maxFileSize) {
        result.error = tooLarge;
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = DocumentImport::tr("%1 cannot be read: %2").arg(name, file.errorString());
        return result;
    }
    // The size can change between the check and the read: never read more than the limit.
    const QByteArray bytes = file.read(options.maxFileSize + 1);
    if (bytes.size() > options.maxFileSize) {
        result.error = tooLarge;
        return result;
    }
    if (bytes.isEmpty() && file.error() != QFileDevice::NoError) {
        result.error = DocumentImport::tr("%1 cannot be read: %2").arg(name, file.errorString());
        return result;
    }
    return importNamed(bytes, info.fileName(), name, options, progress);
}

} // namespace Dialogsmith::Documents

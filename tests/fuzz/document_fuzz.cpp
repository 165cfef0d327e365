// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// Fuzzes a document importer, HTML or Markdown (DIALOGSMITH_FUZZ_KIND): the text extraction on the raw
// bytes, then the whole import of them as a file of that kind. Besides the sanitizers' findings it checks
// that an import either gives a document with text or fails with a sentence naming the file, and that
// imported text has `\n` line ends, no NUL, no unpaired surrogate and no trailing white space.
#include "documents/htmltext.h"
#include "documents/importer.h"
#include "documents/markdowntext.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Dialogsmith::Documents;

namespace {

void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "document_fuzz: invariant broken: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

void checkText(const QString &text, const char *where)
{
    if (text.contains(u'\r'))
        fail(where, QStringLiteral("a carriage return in the text"));
    if (text.contains(QChar(u'\0')))
        fail(where, QStringLiteral("a NUL in the text"));
    if (!text.isEmpty() && text.back().isSpace())
        fail(where, QStringLiteral("trailing white space"));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && (i + 1 == text.size() || !text[i + 1].isLowSurrogate()))
            fail(where, QStringLiteral("an unpaired high surrogate at %1").arg(i));
        if (text[i].isLowSurrogate() && (i == 0 || !text[i - 1].isHighSurrogate()))
            fail(where, QStringLiteral("an unpaired low surrogate at %1").arg(i));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
#if DIALOGSMITH_FUZZ_HTML
    const QString fileName = QStringLiteral("fuzz.html");
    const HtmlText html = htmlToText(bytes);
    if (html.tooDeep && !(html.text.isEmpty() && html.title.isEmpty()))
        fail("a page refused as too deep has text");
    checkText(html.text, "htmlToText");
    const DocumentKind kind = DocumentKind::Html;
#else
    const QString fileName = QStringLiteral("fuzz.md");
    const MarkdownText markdown = markdownToText(bytes);
    checkText(markdown.text, "markdownToText");
    const DocumentKind kind = DocumentKind::Markdown;
#endif

    ImportOptions options;
    options.kind = kind;
    const ImportResult result = importBytes(bytes, fileName, options);
    if (result.cancelled)
        fail("an import without progress was cancelled");
    if (!result) {
        if (!result.error.startsWith(fileName + u' ') && !result.error.startsWith(fileName + u':'))
            fail("an error does not name the file", result.error);
        return 0;
    }
    if (!result.error.isEmpty())
        fail("an import gave a document and an error", result.error);
    const Dialogsmith::Design::Document &document = result.imported->document;
    if (document.text.trimmed().isEmpty())
        fail("an imported document has no text");
    if (document.title.isEmpty())
        fail("an imported document has no title");
    checkText(document.text, "importBytes");
    for (const QString &warning : result.imported->warnings) {
        if (!warning.startsWith(fileName + u' ') && !warning.startsWith(fileName + u':'))
            fail("a warning does not name the file", warning);
    }
    return 0;
}

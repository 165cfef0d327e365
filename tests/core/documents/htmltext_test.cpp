// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "documents/htmltext.h"

#include "documents/importer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Dialogsmith;
using namespace Dialogsmith::Documents;

namespace {

QString textOf(const char *html)
{
    return htmlToText(QByteArrayView(html)).text;
}

} // namespace

class HtmlTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void page_keepsWhatAReaderSeesAndDropsTheRest()
    {
        const QByteArray page = R"(<!DOCTYPE html>
<html><head><title>  Tea   &amp; Biscuits </title>
<style>body { color: red } p::after { content: "STYLE" }</style>
<script>document.write("SCRIPT");</script>
<meta name="description" content="META">
</head>
<body>
<noscript>NOSCRIPT</noscript>
<template><p>TEMPLATE</p></template>
<h1>Brewing   tea</h1>
<div><div><p>Water at <b>95&nbsp;&deg;C</b>,
   then   wait.</p><p>Milk &lt;after&gt; tea &mdash; always.</p></div></div>
<script type="module">import "SCRIPT2";</script>
<svg><title>SVGTITLE</title><text>SVGTEXT</text></svg>
<select><option>OPTION</option></select>
<!-- COMMENT -->
<p>Line one<br>Line two<br><br>After a blank line</p>
</body></html>)";
        const HtmlText html = htmlToText(page);
        QCOMPARE(html.title, QStringLiteral("Tea & Biscuits"));
        QCOMPARE(html.text,
                 QStringLiteral("Brewing tea\n\n"
                                "Water at 95 \u00B0C, then wait.\n\n"
                                "Milk <after> tea \u2014 always.\n\n"
                                "Line one\nLine two\n\nAfter a blank line"));
        for (const char *hidden : {"STYLE", "SCRIPT", "META", "NOSCRIPT", "TEMPLATE", "SVG", "OPTION", "COMMENT"})
            QVERIFY2(!html.text.contains(QLatin1StringView(hidden)), hidden);
    }

    void lists_haveMarkersAndNumbersFromTheirStart()
    {
        QCOMPARE(textOf("<ul><li>Apples<li>Pears</ul><ol start=\"3\"><li>Third</li><li>Fourth</li></ol>"),
                 QStringLiteral("- Apples\n- Pears\n\n3. Third\n4. Fourth"));
        QCOMPARE(textOf("<ul><li>Outer<ul><li>Inner</li></ul></li><li>Next</li></ul>"),
                 QStringLiteral("- Outer\n- Inner\n- Next"));
    }

    void tables_areRowsOfCells()
    {
        QCOMPARE(textOf("<table><caption>Prices</caption><tr><th>Tea</th><th>Price</th></tr>"
                        "<tr><td>Green</td><td>3 &euro;</td></tr></table><p>After</p>"),
                 QStringLiteral("Prices\nTea | Price\nGreen | 3 \u20AC\n\nAfter"));
    }

    void pre_keepsItsWhiteSpace()
    {
        QCOMPARE(textOf("<p>Code:</p><pre>\nint  main()\n{\n    return 0;\n}</pre><p>Done</p>"),
                 QStringLiteral("Code:\n\nint  main()\n{\n    return 0;\n}\n\nDone"));
        QCOMPARE(textOf("<pre><code>a  <b>b</b>\n  c</code></pre>"), QStringLiteral("a  b\n  c"));
    }

    void inlineElements_doNotBreakWords()
    {
        QCOMPARE(textOf("<p>H<sub>2</sub>O is <em>wet</em>, <a href=\"https://x\">really</a>.</p>"),
                 QStringLiteral("H2O is wet, really."));
        QCOMPARE(textOf("<p>one</p>\n\n   <p>  two  </p>"), QStringLiteral("one\n\ntwo"));
    }

    void brokenMarkup_isReadAsABrowserWould()
    {
        QCOMPARE(textOf("<p>unclosed <b>bold <i>both</b> italic</p><p>next"),
                 QStringLiteral("unclosed bold both italic\n\nnext"));
        QCOMPARE(textOf("<div>a &amp b &unknown; &#x41;&#66; &#0;</div>"), QStringLiteral("a & b &unknown; AB \uFFFD"));
    }

    // gumbo 0.13 asserts (and so aborts the process) on CDATA in an SVG or MathML text element right in a
    // table, followed by text; found by the html fuzz target.
    void cdataInForeignContentInATable_doesNotAbort()
    {
        QCOMPARE(textOf("<table><svg><title><![CDATA[x]]>\n"), QString());
        QCOMPARE(textOf("<p>a<![CDATA[hidden > shown]]> b</p><table><math><mi><![CDATA[x]]> y</mi></math></table>"),
                 QStringLiteral("a shown]]> b\n\ny"));
    }

    void title_fallsBackToTheFirstHeading()
    {
        QCOMPARE(htmlToText("<body><h2>Not this</h2><h1>The <em>real</em> title</h1><h1>Second</h1>").title,
                 QStringLiteral("The real title"));
        QCOMPARE(htmlToText("<p>No title at all</p>").title, QString());
    }

    void deepNesting_isReadUpToALimit()
    {
        QByteArray page;
        for (int i = 0; i < 4'000; ++i)
            page += i % 2 ? "<div>" : "<span>";
        page += "deep";
        QCOMPARE(htmlToText(page).text, QStringLiteral("deep"));
        QVERIFY(!htmlToText(page).tooDeep);

        // The parser's time grows with the square of the depth: a page nested deeper than any real one
        // is refused at once instead of keeping a thread busy for minutes.
        QByteArray deeper;
        for (int i = 0; i < 200'000; ++i)
            deeper += "<b><div>";
        QElapsedTimer timer;
        timer.start();
        const HtmlText text = htmlToText(deeper);
        QVERIFY(text.tooDeep);
        QVERIFY(text.text.isEmpty());
        QVERIFY2(timer.elapsed() < 5'000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(importBytes(deeper, QStringLiteral("deep.html")).error,
                 QStringLiteral("deep.html nests its elements more than 5000 levels deep, deeper than any real page; "
                                "Dialogsmith does not read it."));

        // Elements that close themselves (p, li, void elements) and closed ones do not count.
        QByteArray flat;
        for (int i = 0; i < 20'000; ++i)
            flat += "<p>para <br><img src=x><li>item<div>block</div>";
        QVERIFY(!htmlToText(flat).tooDeep);
    }

    void entity_isDecodedOnItsOwn()
    {
        QCOMPARE(decodeHtmlEntity("&amp;"), QStringLiteral("&"));
        QCOMPARE(decodeHtmlEntity("&eacute;"), QStringLiteral("\u00E9"));
        QCOMPARE(decodeHtmlEntity("&#x1F600;"), QStringLiteral("\U0001F600"));
        QCOMPARE(decodeHtmlEntity("&bogus;"), QStringLiteral("&bogus;"));
        // As browsers read it: a legacy entity (&not) without its semicolon.
        QCOMPARE(decodeHtmlEntity("&notit;"), QStringLiteral("\u00ACit;"));
    }

    void metaCharset_decidesTheEncoding()
    {
        // "Grüße aus Köln" in ISO-8859-1, declared both ways browsers read.
        const QByteArray body = "<p>Gr\xFC\xDF"
                                "e aus K\xF6ln</p>";
        const QByteArray charset = "<html><head><meta charset=\"ISO-8859-1\"></head><body>" + body;
        QCOMPARE(htmlToText(decodeHtml(charset).text.toUtf8()).text, QStringLiteral("Gr\u00FC\u00DFe aus K\u00F6ln"));
        const QByteArray httpEquiv
            = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>"
            + body;
        QCOMPARE(htmlToText(decodeHtml(httpEquiv).text.toUtf8()).text, QStringLiteral("Gr\u00FC\u00DFe aus K\u00F6ln"));
        // Browsers read ISO-8859-1 as windows-1252, which has curly quotes and the euro sign in 0x80–0x9F.
        QCOMPARE(htmlToText(decodeHtml("<meta charset=iso-8859-1><p>\x93quoted\x94 \x80"
                                       "5</p>")
                                .text.toUtf8())
                     .text,
                 QStringLiteral("\u201Cquoted\u201D \u20AC"
                                "5"));
        // A page cannot declare UTF-16 in bytes that are readable as ASCII: it is UTF-8.
        QCOMPARE(htmlToText(decodeHtml("<meta charset=utf-16><p>caf\xC3\xA9</p>").text.toUtf8()).text,
                 QStringLiteral("caf\u00E9"));
        // UTF-8 without a declaration, and UTF-16 by its byte order mark.
        QCOMPARE(decodeHtml("<p>Gr\xC3\xBC\xC3\x9F"
                            "e</p>")
                     .text,
                 QStringLiteral("<p>Gr\u00FC\u00DFe</p>"));
        QString utf16 = QStringLiteral("\uFEFF<p>\u6771\u4EAC</p>");
        const QByteArray utf16Bytes(reinterpret_cast<const char *>(utf16.utf16()), utf16.size() * 2);
        QCOMPARE(htmlToText(decodeHtml(utf16Bytes).text.toUtf8()).text, QStringLiteral("\u6771\u4EAC"));
    }

    void importedPage_namesItsEncodingProblems()
    {
        const ImportResult result = importBytes("<html><head><meta charset=\"utf-8\"></head><body><p>caf\xE9</p>",
                                                QStringLiteral("menu.html"));
        QVERIFY(result);
        QCOMPARE(result.imported->document.text, QStringLiteral("caf\uFFFD"));
        QCOMPARE(result.imported->warnings.size(), 1);
        QVERIFY(result.imported->warnings.first().startsWith(QStringLiteral("menu.html has bytes")));
    }

    void importedFile_inLatin1_hasItsTitleAndText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("k\u00F6ln.htm"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<!DOCTYPE html>\r\n<html><head><meta charset=iso-8859-1><title>K\xF6ln</title>"
                   "<script>var x = '<p>not text</p>';</script></head>\r\n"
                   "<body><h1>Dom</h1><p>Der K\xF6lner Dom ist 157&nbsp;m hoch.</p></body></html>");
        file.close();
        const ImportResult result = importFile(path);
        QVERIFY2(result, qPrintable(result.error));
        QCOMPARE(result.imported->kind, DocumentKind::Html);
        QCOMPARE(result.imported->document.title, QStringLiteral("K\u00F6ln"));
        QCOMPARE(result.imported->document.source, QStringLiteral("k\u00F6ln.htm"));
        QCOMPARE(result.imported->document.text, QStringLiteral("Dom\n\nDer K\u00F6lner Dom ist 157 m hoch."));
        QVERIFY(result.imported->warnings.isEmpty());
    }

    void pageOfOnlyMarkup_isRefused()
    {
        const ImportResult result
            = importBytes("<html><head><title>T</title><script>x()</script></head><body> <img src=a.png> </body>",
                          QStringLiteral("empty.html"));
        QVERIFY(!result);
        QCOMPARE(result.error, QStringLiteral("empty.html has no text, only markup."));
    }
};

QTEST_GUILESS_MAIN(HtmlTextTest)
#include "htmltext_test.moc"

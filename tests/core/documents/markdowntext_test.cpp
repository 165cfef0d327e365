// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "documents/markdowntext.h"

#include "documents/importer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Dialogsmith;
using namespace Dialogsmith::Documents;

namespace {

QString textOf(const char *markdown)
{
    return markdownToText(QByteArrayView(markdown)).text;
}

} // namespace

class MarkdownTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyConstruct_becomesPlainText()
    {
        const QByteArray markdown = R"(Brewing *green* tea
===================

Water at **80 &deg;C**, never `boiling`.
A soft break joins lines; a hard one  
does not.\
Nor this.

## Steps

1. Warm the pot
2. Add [leaves](https://example.com/leaves "Leaves") ![a teapot](pot.png)
   1. Two grams
3. Wait ~~five~~ three minutes

- [x] Done
- [ ] Not done

> Tea is *liquid* wisdom.
>
> — Anonymous

    indented   code
      keeps its spaces

```python
def brew(minutes):
    return "tea" * minutes
```

| Tea   | Minutes |
|-------|--------:|
| Green | 3       |
| Black | 5       |

<div class="note">
<p>An <b>HTML</b> block &amp; its text.</p>
<script>alert("SCRIPT")</script>
</div>

Inline <span class="x">html</span> and a<br>break, an autolink <https://tea.example>, and [a reference][ref].

***

[ref]: https://example.com/ref
)";
        const MarkdownText text = markdownToText(markdown);
        QCOMPARE(text.title, QStringLiteral("Brewing green tea"));
        // Paragraph by paragraph, so that a difference shows where it is.
        const QStringList expected {
            QStringLiteral("Brewing green tea"),
            QStringLiteral(
                "Water at 80 \u00B0C, never boiling. A soft break joins lines; a hard one\ndoes not.\nNor this."),
            QStringLiteral("Steps"),
            QStringLiteral("1. Warm the pot\n2. Add leaves\n1. Two grams\n3. Wait five three minutes"),
            QStringLiteral("- [x] Done\n- [ ] Not done"),
            QStringLiteral("Tea is liquid wisdom."),
            QStringLiteral("\u2014 Anonymous"),
            QStringLiteral("indented   code\n  keeps its spaces"),
            QStringLiteral("def brew(minutes):\n    return \"tea\" * minutes"),
            QStringLiteral("Tea | Minutes\nGreen | 3\nBlack | 5"),
            QStringLiteral("An HTML block & its text."),
            QStringLiteral("Inline html and a\nbreak, an autolink https://tea.example, and a reference."),
        };
        QCOMPARE(text.text.split(QStringLiteral("\n\n")), expected);
        for (const char *gone : {"https://example.com", "pot.png", "teapot", "SCRIPT", "**", "```", "~~", "|--"})
            QVERIFY2(!text.text.contains(QLatin1StringView(gone)), gone);
    }

    void frontMatter_givesTheTitleAndIsLeftOut()
    {
        const MarkdownText text
            = markdownToText("---\ntitle: \"Notes on tea\"\ntags: [a, b]\n---\n# Heading\n\nBody.\n");
        QCOMPARE(text.title, QStringLiteral("Notes on tea"));
        QCOMPARE(text.text, QStringLiteral("Heading\n\nBody."));
        // A rule with no end is not front matter.
        QCOMPARE(textOf("---\nJust text after a rule.\n"), QStringLiteral("Just text after a rule."));
    }

    void title_isTheFirstHeadingWithText()
    {
        QCOMPARE(markdownToText("Intro.\n\n#\n\n### Third-level `code` title\n\n# Later\n").title,
                 QStringLiteral("Third-level code title"));
        QCOMPARE(markdownToText("No heading here.\n").title, QString());
    }

    void nulCharacter_becomesTheReplacementCharacter()
    {
        QCOMPARE(markdownToText(QByteArrayView("a\0b", 3)).text, QStringLiteral("a\uFFFDb"));
    }

    void importedFile_hasTitleSourceAndText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("notes.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBF# Green tea\r\n\r\nSteep for *three* minutes.\r\n");
        file.close();
        const ImportResult result = importFile(path);
        QVERIFY2(result, qPrintable(result.error));
        QCOMPARE(result.imported->kind, DocumentKind::Markdown);
        QCOMPARE(result.imported->document.title, QStringLiteral("Green tea"));
        QCOMPARE(result.imported->document.source, QStringLiteral("notes.md"));
        QCOMPARE(result.imported->document.text, QStringLiteral("Green tea\n\nSteep for three minutes."));
    }

    void markdownWithoutAHeading_isTitledByItsFileName()
    {
        const ImportResult result = importBytes("Plain *words*.", QStringLiteral("ideas.markdown"));
        QVERIFY(result);
        QCOMPARE(result.imported->document.title, QStringLiteral("ideas"));
        QCOMPARE(result.imported->document.text, QStringLiteral("Plain words."));
    }

    void markdownOfOnlyAnImage_isRefused()
    {
        const ImportResult result = importBytes("![diagram](d.png)\n\n---\n", QStringLiteral("figure.md"));
        QVERIFY(!result);
        QCOMPARE(result.error, QStringLiteral("figure.md has no text, only markup."));
    }
};

QTEST_GUILESS_MAIN(MarkdownTextTest)
#include "markdowntext_test.moc"

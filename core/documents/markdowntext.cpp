// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "documents/markdowntext.h"

#include "documents/htmltext.h"
#include "documents/plaintextbuilder.h"

#include <QByteArray>
#include <QList>

#include <limits>
#include <md4c.h>
#include <vector>

namespace Dialogsmith::Documents {

namespace {

class MarkdownWalker final
{
public:
    MarkdownText run(QByteArrayView utf8)
    {
        MD_PARSER parser {};
        parser.abi_version = 0;
        parser.flags = MD_DIALECT_GITHUB;
        parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *self) {
            return static_cast<MarkdownWalker *>(self)->enterBlock(type, detail);
        };
        parser.leave_block = [](MD_BLOCKTYPE type, void *, void *self) {
            return static_cast<MarkdownWalker *>(self)->leaveBlock(type);
        };
        parser.enter_span = [](MD_SPANTYPE type, void *, void *self) {
            static_cast<MarkdownWalker *>(self)->m_images += type == MD_SPAN_IMG ? 1 : 0;
            return 0;
        };
        parser.leave_span = [](MD_SPANTYPE type, void *, void *self) {
            static_cast<MarkdownWalker *>(self)->m_images -= type == MD_SPAN_IMG ? 1 : 0;
            return 0;
        };
        parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self) {
            return static_cast<MarkdownWalker *>(self)->text(type, QByteArrayView(text, qsizetype(size)));
        };
        const QByteArrayView body = skipFrontMatter(utf8);
        md_parse(body.data(), MD_SIZE(body.size()), &parser, this);
        return {m_title.isEmpty() ? m_headingTitle.take() : m_title, m_out.take()};
    }

private:
    // YAML front matter: "---" on the first line up to a line of "---" or "...". Its `title:` is the title.
    QByteArrayView skipFrontMatter(QByteArrayView utf8)
    {
        if (!utf8.startsWith("---\n"))
            return utf8;
        qsizetype pos = 4;
        while (pos < utf8.size()) {
            qsizetype end = utf8.indexOf('\n', pos);
            if (end < 0)
                end = utf8.size();
            const QByteArrayView line = utf8.sliced(pos, end - pos);
            if (line == "---" || line == "...")
                return utf8.sliced(std::min(end + 1, utf8.size()));
            if (line.startsWith("title:")) {
                QByteArray value = line.sliced(6).trimmed().toByteArray();
                if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'')
                    && value.back() == value.front())
                    value = value.sliced(1, value.size() - 2);
                m_title = QString::fromUtf8(value);
            }
            pos = end + 1;
        }
        m_title.clear();
        return utf8; // no end: not front matter after all
    }

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_DOC:
        case MD_BLOCK_THEAD:
        case MD_BLOCK_TBODY:
            break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            // A list in a list item goes on with the outer list's lines.
            if (m_lists.empty())
                m_out.paragraphBoundary();
            else
                m_out.lineBoundary();
            m_lists.push_back(
                type == MD_BLOCK_UL ? 0 : std::max(1u, static_cast<const MD_BLOCK_OL_DETAIL *>(detail)->start));
            break;
        case MD_BLOCK_LI: {
            m_out.lineBoundary();
            QString marker = QStringLiteral("- ");
            if (!m_lists.empty() && m_lists.back() > 0) {
                marker = QString::number(m_lists.back()) + QStringLiteral(". ");
                if (m_lists.back() < std::numeric_limits<unsigned>::max())
                    ++m_lists.back();
            }
            const auto *item = static_cast<const MD_BLOCK_LI_DETAIL *>(detail);
            if (item->is_task)
                marker += item->task_mark == ' ' ? QStringLiteral("[ ] ") : QStringLiteral("[x] ");
            m_out.addText(marker);
            break;
        }
        case MD_BLOCK_H:
            m_inHeading = true;
            m_out.paragraphBoundary();
            break;
        case MD_BLOCK_CODE:
            m_inCodeBlock = true;
            m_out.paragraphBoundary();
            break;
        case MD_BLOCK_HTML:
            m_html.clear();
            m_inHtmlBlock = true;
            break;
        case MD_BLOCK_TR:
            m_out.lineBoundary();
            m_cell = 0;
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            if (m_cell++ > 0)
                m_out.addText(u" | ");
            break;
        case MD_BLOCK_QUOTE:
        case MD_BLOCK_HR:
        case MD_BLOCK_P:
        case MD_BLOCK_TABLE:
            m_out.paragraphBoundary();
            break;
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            if (!m_lists.empty())
                m_lists.pop_back();
            if (m_lists.empty())
                m_out.paragraphBoundary();
            else
                m_out.lineBoundary();
            break;
        case MD_BLOCK_LI:
        case MD_BLOCK_TR:
            m_out.lineBoundary();
            break;
        case MD_BLOCK_H:
            m_inHeading = false;
            m_titleDone = m_titleDone || !m_headingTitle.isEmpty();
            m_out.paragraphBoundary();
            break;
        case MD_BLOCK_CODE:
            m_inCodeBlock = false;
            m_out.paragraphBoundary();
            break;
        case MD_BLOCK_HTML: {
            m_inHtmlBlock = false;
            const QString text = htmlToText(m_html).text;
            m_out.paragraphBoundary();
            m_out.addPreformatted(text);
            m_out.paragraphBoundary();
            break;
        }
        case MD_BLOCK_QUOTE:
        case MD_BLOCK_P:
        case MD_BLOCK_TABLE:
            m_out.paragraphBoundary();
            break;
        default:
            break;
        }
        return 0;
    }

    void addText(QStringView text)
    {
        m_out.addText(text);
        if (m_inHeading && !m_titleDone)
            m_headingTitle.addText(text);
    }

    int text(MD_TEXTTYPE type, QByteArrayView bytes)
    {
        if (m_inHtmlBlock) {
            m_html += bytes;
            return 0;
        }
        if (m_images > 0)
            return 0;
        switch (type) {
        case MD_TEXT_NORMAL:
        case MD_TEXT_LATEXMATH:
            addText(QString::fromUtf8(bytes));
            break;
        case MD_TEXT_NULLCHAR:
            addText(u"\uFFFD");
            break;
        case MD_TEXT_BR:
            m_out.lineBreak();
            break;
        case MD_TEXT_SOFTBR:
            addText(u" ");
            break;
        case MD_TEXT_ENTITY:
            addText(decodeHtmlEntity(bytes));
            break;
        case MD_TEXT_CODE:
            if (m_inCodeBlock)
                m_out.addPreformatted(QString::fromUtf8(bytes));
            else
                addText(QString::fromUtf8(bytes));
            break;
        case MD_TEXT_HTML:
            // Inline tags are markup; only a line break shows.
            if (bytes.size() >= 3 && bytes.first(3).compare("<br", Qt::CaseInsensitive) == 0)
                m_out.lineBreak();
            break;
        }
        return 0;
    }

    PlainTextBuilder m_out;
    PlainTextBuilder m_headingTitle;
    QString m_title;
    std::vector<unsigned> m_lists; // 0 for a bullet list, else the next item's number
    QByteArray m_html;
    int m_images = 0;
    int m_cell = 0;
    bool m_inHeading = false;
    bool m_titleDone = false;
    bool m_inCodeBlock = false;
    bool m_inHtmlBlock = false;
};

} // namespace

MarkdownText markdownToText(QByteArrayView utf8)
{
    return MarkdownWalker().run(utf8);
}

} // namespace Dialogsmith::Documents

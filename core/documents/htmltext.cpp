// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "documents/htmltext.h"

#include "documents/plaintextbuilder.h"

#include <QStringDecoder>

#include <gumbo.h>
#include <vector>

namespace Dialogsmith::Documents {

namespace {

enum class Role { Inline, Skipped, Paragraph, Line, Preformatted, Break, Cell };

Role roleOf(const GumboNode &node)
{
    if (node.type == GUMBO_NODE_TEMPLATE)
        return Role::Skipped;
    const GumboElement &element = node.v.element;
    // SVG and MathML have their own `title`, `style` and `script`; SVG text is mostly icons and labels.
    if (element.tag_namespace == GUMBO_NAMESPACE_SVG)
        return Role::Skipped;
    switch (element.tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_RP:
        return Role::Skipped;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT:
        return Role::Preformatted;
    case GUMBO_TAG_BR:
        return Role::Break;
    case GUMBO_TAG_LI:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_SUMMARY:
        return Role::Line;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        return Role::Cell;
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIALOG:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_SEARCH:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
        return Role::Paragraph;
    default:
        return Role::Inline;
    }
}

const GumboVector *childrenOf(const GumboNode &node)
{
    switch (node.type) {
    case GUMBO_NODE_DOCUMENT:
        return &node.v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        return &node.v.element.children;
    default:
        return nullptr;
    }
}

const GumboNode *child(const GumboVector &children, unsigned i)
{
    return static_cast<const GumboNode *>(children.data[i]);
}

bool isElement(const GumboNode *node, GumboTag tag)
{
    return node && node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

// A list item's marker: "- ", or its number in an ordered list ("3. "), counting from the list's `start`.
QString listMarker(const GumboNode &item)
{
    const GumboNode *list = item.parent;
    if (!isElement(list, GUMBO_TAG_OL))
        return QStringLiteral("- ");
    qint64 number = 1;
    if (const GumboAttribute *start = gumbo_get_attribute(&list->v.element.attributes, "start")) {
        bool ok = false;
        const qint64 value = QByteArrayView(start->value).trimmed().toLongLong(&ok);
        if (ok && value > -1'000'000'000 && value < 1'000'000'000)
            number = value;
    }
    const GumboVector &siblings = list->v.element.children;
    for (unsigned i = 0; i < item.index_within_parent && i < siblings.length; ++i)
        number += isElement(child(siblings, i), GUMBO_TAG_LI) ? 1 : 0;
    return QString::number(number) + QStringLiteral(". ");
}

bool hasCellBefore(const GumboNode &cell)
{
    if (!cell.parent || cell.parent->type != GUMBO_NODE_ELEMENT)
        return false;
    const GumboVector &siblings = cell.parent->v.element.children;
    for (unsigned i = 0; i < cell.index_within_parent && i < siblings.length; ++i) {
        if (isElement(child(siblings, i), GUMBO_TAG_TD) || isElement(child(siblings, i), GUMBO_TAG_TH))
            return true;
    }
    return false;
}

// A list in a list item goes on with the outer list's lines.
bool isNestedList(const GumboNode &node)
{
    const GumboTag tag = node.v.element.tag;
    return (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) && isElement(node.parent, GUMBO_TAG_LI);
}

// Walks the tree without recursion: a page can nest elements thousands deep.
class TextWalker final
{
public:
    QString run(const GumboNode *root)
    {
        struct Frame {
            const GumboNode *node;
            unsigned next;
        };
        std::vector<Frame> stack;
        if (enter(*root))
            stack.push_back({root, 0});
        while (!stack.empty()) {
            Frame &top = stack.back();
            const GumboVector *children = childrenOf(*top.node);
            if (!children || top.next >= children->length) {
                leave(*top.node);
                stack.pop_back();
                continue;
            }
            const GumboNode *next = child(*children, top.next++);
            if (enter(*next))
                stack.push_back({next, 0});
        }
        return m_out.take();
    }

private:
    // Returns whether to walk the node's children.
    bool enter(const GumboNode &node)
    {
        switch (node.type) {
        case GUMBO_NODE_DOCUMENT:
            return true;
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE: {
            const QString text = QString::fromUtf8(node.v.text.text);
            if (m_preformatted > 0)
                m_out.addPreformatted(text);
            else
                m_out.addText(text);
            return false;
        }
        case GUMBO_NODE_COMMENT:
            return false;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            break;
        }
        switch (roleOf(node)) {
        case Role::Skipped:
            return false;
        case Role::Break:
            m_out.lineBreak();
            return false;
        case Role::Inline:
            return true;
        case Role::Paragraph:
            if (isNestedList(node))
                m_out.lineBoundary();
            else
                m_out.paragraphBoundary();
            return true;
        case Role::Preformatted:
            m_out.paragraphBoundary();
            ++m_preformatted;
            return true;
        case Role::Line:
            m_out.lineBoundary();
            if (node.v.element.tag == GUMBO_TAG_LI)
                m_out.addText(listMarker(node));
            return true;
        case Role::Cell:
            if (hasCellBefore(node))
                m_out.addText(u" | ");
            return true;
        }
        return true;
    }

    void leave(const GumboNode &node)
    {
        if (node.type != GUMBO_NODE_ELEMENT)
            return;
        switch (roleOf(node)) {
        case Role::Paragraph:
            if (isNestedList(node))
                m_out.lineBoundary();
            else
                m_out.paragraphBoundary();
            break;
        case Role::Preformatted:
            --m_preformatted;
            m_out.paragraphBoundary();
            break;
        case Role::Line:
            m_out.lineBoundary();
            break;
        default:
            break;
        }
    }

    PlainTextBuilder m_out;
    int m_preformatted = 0;
};

// The first element with `tag`, depth first, in document order.
const GumboNode *findFirst(const GumboNode *root, GumboTag tag)
{
    std::vector<const GumboNode *> stack {root};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (isElement(node, tag))
            return node;
        if (const GumboVector *children = childrenOf(*node)) {
            for (unsigned i = children->length; i > 0; --i)
                stack.push_back(child(*children, i - 1));
        }
    }
    return nullptr;
}

// Every piece of text under `node`, collapsed to one line.
QString flatText(const GumboNode *node)
{
    PlainTextBuilder out;
    std::vector<const GumboNode *> stack {node};
    while (!stack.empty()) {
        const GumboNode *n = stack.back();
        stack.pop_back();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
            out.addText(QString::fromUtf8(n->v.text.text));
            continue;
        }
        if (n->type == GUMBO_NODE_ELEMENT && n != node && roleOf(*n) == Role::Skipped)
            continue;
        if (const GumboVector *children = childrenOf(*n)) {
            for (unsigned i = children->length; i > 0; --i)
                stack.push_back(child(*children, i - 1));
        }
    }
    return out.take();
}

// A page parsed by gumbo, with the bytes its tree points into.
class ParsedHtml final
{
public:
    explicit ParsedHtml(QByteArrayView utf8)
    {
        // gumbo 0.13 (as Debian builds it, with assertions) aborts the process on a CDATA section in an SVG
        // or MathML text element that sits directly in a table, followed by text:
        // `<table><svg><title><![CDATA[x]]> `. CDATA sections only count in SVG and MathML, which are left
        // out anyway (MathML's CDATA text is lost); everywhere else `<![CDATA[` starts a bogus comment, and
        // so does `<!_CDATA[`: the page reads the same.
        static constexpr QByteArrayView cdata = "<![CDATA[";
        if (utf8.indexOf(cdata) >= 0) {
            m_defused = utf8.toByteArray();
            m_defused.replace(cdata, QByteArrayView("<!_CDATA["));
            utf8 = m_defused;
        }
        m_output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.data(), size_t(utf8.size()));
    }
    ~ParsedHtml()
    {
        if (m_output)
            gumbo_destroy_output(&kGumboDefaultOptions, m_output);
    }
    Q_DISABLE_COPY_MOVE(ParsedHtml)

    explicit operator bool() const { return m_output != nullptr; }
    const GumboOutput *operator->() const { return m_output; }

private:
    QByteArray m_defused;
    GumboOutput *m_output = nullptr;
};

bool isTagNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

// Whether a start tag adds a level that only its end tag takes away: not void elements, nor those the
// next sibling closes.
bool opensLevel(QByteArrayView name)
{
    static const char *const flat[]
        = {"area",  "base",  "br",     "col", "embed", "hr", "img", "input",    "link",     "meta", "param", "source",
           "track", "wbr",   "keygen", "p",   "li",    "dt", "dd",  "option",   "optgroup", "tr",   "td",    "th",
           "thead", "tbody", "tfoot",  "rb",  "rt",    "rp", "rtc", "colgroup", "caption",  "html", "head",  "body"};
    for (const char *tag : flat) {
        if (name.compare(QByteArrayView(tag), Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

// How deep the page nests its elements, estimated from its tags alone (never less than the parser would
// make it, give or take mis-nested tags); stops counting past `limit`.
int nestingEstimate(QByteArrayView html, int limit)
{
    static const char *const rawText[]
        = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"};
    int depth = 0, deepest = 0;
    const qsizetype n = html.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (html[i] != '<')
            continue;
        const bool closing = html[i + 1] == '/';
        const qsizetype start = i + (closing ? 2 : 1);
        qsizetype end = start;
        while (end < n && isTagNameChar(html[end]))
            ++end;
        if (end == start || !((html[start] | 0x20) >= 'a' && (html[start] | 0x20) <= 'z'))
            continue;
        const QByteArrayView name = html.sliced(start, end - start);
        if (closing) {
            depth = std::max(0, depth - (opensLevel(name) ? 1 : 0));
            i = end - 1;
            continue;
        }
        const qsizetype close = html.indexOf('>', end);
        if (close < 0)
            break;
        i = close;
        if (html[close - 1] == '/' || !opensLevel(name))
            continue;
        // Text elements hold text, not tags: go on after their end tag.
        bool raw = false;
        for (const char *tag : rawText)
            raw = raw || name.compare(QByteArrayView(tag), Qt::CaseInsensitive) == 0;
        if (raw) {
            const QByteArray endTag = "</" + name.toByteArray().toLower();
            qsizetype at = close;
            while ((at = html.indexOf('<', at + 1)) >= 0) {
                if (html.sliced(at)
                        .first(std::min(html.size() - at, endTag.size()))
                        .compare(endTag, Qt::CaseInsensitive)
                    == 0)
                    break;
            }
            if (at < 0)
                break;
            i = at - 1;
            continue;
        }
        deepest = std::max(deepest, ++depth);
        if (deepest > limit)
            break;
    }
    return deepest;
}

} // namespace

HtmlText htmlToText(QByteArrayView utf8)
{
    if (nestingEstimate(utf8, maxHtmlNesting) > maxHtmlNesting) {
        HtmlText refused;
        refused.tooDeep = true;
        return refused;
    }
    const ParsedHtml output(utf8);
    if (!output)
        return {};
    HtmlText result;
    if (const GumboNode *title = findFirst(output->document, GUMBO_TAG_TITLE))
        result.title = flatText(title);
    if (result.title.isEmpty()) {
        if (const GumboNode *heading = findFirst(output->document, GUMBO_TAG_H1))
            result.title = flatText(heading);
    }
    result.text = TextWalker().run(output->document);
    return result;
}

DecodedHtml decodeHtml(QByteArrayView bytes)
{
    DecodedHtml result;
    QStringDecoder decoder = QStringDecoder::decoderForHtml(bytes);
    const std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(bytes);
    const std::optional<QStringConverter::Encoding> declared = QStringConverter::encodingForHtml(bytes);
    // As browsers do (WHATWG Encoding): a page labelled ISO-8859-1 or ASCII is read as windows-1252, whose
    // curly quotes and dashes in 0x80–0x9F are what the author typed (needs Qt with ICU; else Latin-1 stays),
    // and a `<meta>` that says UTF-16 or UTF-32 was itself read as ASCII, so without a byte order mark the
    // page is UTF-8.
    if (!bom && declared == QStringConverter::Latin1) {
        if (QStringDecoder windows1252("windows-1252"); windows1252.isValid())
            decoder = std::move(windows1252);
    } else if (!bom && declared && *declared != QStringConverter::Utf8 && *declared != QStringConverter::Latin1
               && *declared != QStringConverter::System) {
        decoder = QStringDecoder(QStringConverter::Utf8);
    }
    if (!decoder.isValid()) {
        result.unknownEncoding = true;
        decoder = QStringDecoder(QStringConverter::Utf8);
    }
    result.text = decoder.decode(bytes);
    result.invalidBytes = decoder.hasError();
    return result;
}

QString decodeHtmlEntity(QByteArrayView entity)
{
    // A text node parsed on its own: the tokenizer's entity table, without a copy of it here.
    if (entity.size() > 64 || !entity.startsWith('&'))
        return QString::fromUtf8(entity);
    const ParsedHtml output(entity);
    if (!output)
        return QString::fromUtf8(entity);
    const GumboNode *body = findFirst(output->document, GUMBO_TAG_BODY);
    QString text;
    if (body) {
        const GumboVector &children = body->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const GumboNode *n = child(children, i);
            if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE)
                text += QString::fromUtf8(n->v.text.text);
        }
    }
    return text.isEmpty() ? QString::fromUtf8(entity) : text;
}

} // namespace Dialogsmith::Documents

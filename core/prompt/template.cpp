// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "prompt/template.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>

namespace Dialogsmith::Prompt {

namespace {

enum class SectionKind : quint8 { If, Unless, Each };

struct Path {
    enum class Root : quint8 { Name, This, Index, Number, First, Last };
    Root root = Root::Name;
    QList<QString> segments; ///< Name: all of them; This: the fields after "this"
    QString text;
};

struct Node {
    enum class Kind : quint8 { Text, Variable, If, Unless, Each };
    Kind kind = Kind::Text;
    qsizetype begin = 0; ///< Text: the first code unit of the text; otherwise the tag's offset
    qsizetype end = 0; ///< Text: one past the last code unit
    int path = -1;
    int elseIndex = 0; ///< sections: the first node of the else branch (== next without one)
    int next = 0; ///< sections: the node after the section
};

struct Token {
    enum class Kind : quint8 { Text, Escape, Comment, Variable, Open, Else, Close, Invalid };
    Kind kind = Kind::Text;
    SectionKind section = SectionKind::If;
    bool dropped = false; ///< whitespace of a standalone line
    bool broken = false; ///< Open: a section with an error in its tag, kept so its end still matches
    qsizetype begin = 0; ///< the token as written
    qsizetype end = 0;
    int path = -1;
};

struct PendingError {
    qsizetype offset;
    QString message;
};

QString sectionName(SectionKind kind)
{
    switch (kind) {
    case SectionKind::If:
        return QStringLiteral("if");
    case SectionKind::Unless:
        return QStringLiteral("unless");
    case SectionKind::Each:
        return QStringLiteral("each");
    }
    return {};
}

std::optional<SectionKind> sectionKind(QStringView name)
{
    if (name == u"if")
        return SectionKind::If;
    if (name == u"unless")
        return SectionKind::Unless;
    if (name == u"each")
        return SectionKind::Each;
    return std::nullopt;
}

qsizetype firstSpace(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isSpace())
            return i;
    }
    return -1;
}

bool isIdentifier(QStringView segment)
{
    if (segment.isEmpty())
        return false;
    for (qsizetype i = 0; i < segment.size(); ++i) {
        const char16_t c = segment[i].unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

// Line and column of offsets, counted forward from the last one asked for: callers go through the source
// in order, so many errors cost one pass, not one pass each.
class Position
{
public:
    explicit Position(QStringView source)
        : m_source(source)
    { }

    TemplateError at(qsizetype offset, const QString &message)
    {
        if (offset < m_offset) {
            m_offset = 0;
            m_line = 1;
            m_column = 1;
        }
        for (; m_offset < offset && m_offset < m_source.size(); ++m_offset) {
            const QChar c = m_source[m_offset];
            if (c == u'\n') {
                ++m_line;
                m_column = 1;
            } else if (c.isLowSurrogate() && m_offset > 0 && m_source[m_offset - 1].isHighSurrogate()) {
                // the second half of a character already counted
            } else if (c == u'\r' && m_offset + 1 < m_source.size() && m_source[m_offset + 1] == u'\n') {
                // "\r\n" ends a line like "\n"
            } else {
                ++m_column;
            }
        }
        return TemplateError {m_line, m_column, message};
    }

private:
    QStringView m_source;
    qsizetype m_offset = 0;
    int m_line = 1;
    int m_column = 1;
};

QList<TemplateError> toErrors(QStringView source, QList<PendingError> pending)
{
    std::stable_sort(pending.begin(), pending.end(),
                     [](const PendingError &a, const PendingError &b) { return a.offset < b.offset; });
    Position position(source);
    QList<TemplateError> errors;
    errors.reserve(pending.size());
    for (const PendingError &error : std::as_const(pending))
        errors.append(position.at(error.offset, error.message));
    return errors;
}

} // namespace

struct Template::Data {
    QString source;
    QList<Node> nodes;
    QList<Path> paths;
    QList<TemplateError> errors;
    QList<TemplateTag> tags;
};

namespace {

// Source to Template::Data in three passes: tokens, the standalone-line rule, the node tree.
class Parser
{
public:
    explicit Parser(Template::Data &data)
        : m_d(data)
        , m_source(data.source)
    { }

    void run()
    {
        lex();
        dropStandaloneWhitespace();
        build();
        for (const Token &token : std::as_const(m_tokens))
            addTag(token);
        m_d.errors = toErrors(m_source, m_errors);
    }

private:
    void error(qsizetype offset, const QString &message) { m_errors.append(PendingError {offset, message}); }

    // Text, split after each "\n" so the standalone rule can look at whole lines.
    void addText(qsizetype begin, qsizetype end)
    {
        while (begin < end) {
            // Within the text only: a search to the source's end would make a long line of tags quadratic.
            const qsizetype newline = QStringView(m_source).first(end).indexOf(u'\n', begin);
            const qsizetype pieceEnd = newline < 0 ? end : newline + 1;
            Token token;
            token.begin = begin;
            token.end = pieceEnd;
            m_tokens.append(token);
            begin = pieceEnd;
        }
    }

    void addToken(Token::Kind kind, qsizetype begin, qsizetype end, int path = -1,
                  SectionKind section = SectionKind::If)
    {
        Token token;
        token.kind = kind;
        token.begin = begin;
        token.end = end;
        token.path = path;
        token.section = section;
        m_tokens.append(token);
    }

    void lex()
    {
        const qsizetype size = m_source.size();
        qsizetype pos = 0;
        while (pos < size) {
            const qsizetype open = m_source.indexOf(u"{{", pos);
            if (open < 0) {
                addText(pos, size);
                return;
            }
            if (open > pos && m_source[open - 1] == u'\\') {
                addText(pos, open - 1);
                addToken(Token::Kind::Escape, open - 1, open + 2);
                pos = open + 2;
                continue;
            }
            addText(pos, open);
            pos = lexTag(open);
        }
    }

    // One tag starting at open ("{{"); returns where lexing goes on.
    qsizetype lexTag(qsizetype open)
    {
        const qsizetype size = m_source.size();
        const QStringView source(m_source);
        if (source.sliced(open).startsWith(u"{{!--")) {
            const qsizetype close = m_source.indexOf(u"--}}", open + 5);
            if (close < 0) {
                error(open, Template::tr("The comment is not closed by '--}}'."));
                addToken(Token::Kind::Invalid, open, size);
                return size;
            }
            addToken(Token::Kind::Comment, open, close + 4);
            return close + 4;
        }
        const qsizetype nested = m_source.indexOf(u"{{", open + 2);
        qsizetype first = open + 2;
        while (first < size && m_source[first].isSpace())
            ++first;
        const bool comment = first < size && m_source[first] == u'!';
        // A comment may hold "{{"; any other tag ends before the next "{{", or it was left open: then say
        // so here, not at the next tag.
        const qsizetype close = findClose(open + 2, comment || nested < 0 ? size : nested);
        if (close < 0) {
            error(open, Template::tr("'{{' is not closed by '}}'."));
            const qsizetype resume = nested >= 0 ? nested : size;
            addToken(Token::Kind::Invalid, open, resume);
            return resume;
        }
        const qsizetype end = close + 2;
        if (comment)
            addToken(Token::Kind::Comment, open, end);
        else
            lexContent(open, end, source.sliced(open + 2, close - open - 2).trimmed());
        return end;
    }

    // The next "}}" from from before limit, or -1. Remembers where there is none up to the end, so a
    // template full of unclosed tags is read in linear time.
    qsizetype findClose(qsizetype from, qsizetype limit)
    {
        if (from >= m_noCloseFrom)
            return -1;
        const qsizetype close = QStringView(m_source).first(limit).indexOf(u"}}", from);
        if (close < 0 && limit == m_source.size())
            m_noCloseFrom = from;
        return close;
    }

    void lexContent(qsizetype open, qsizetype end, QStringView content)
    {
        const auto invalid = [&](const QString &message) {
            error(open, message);
            addToken(Token::Kind::Invalid, open, end);
        };
        if (content.isEmpty())
            return invalid(Template::tr("The tag names no variable."));

        if (content.startsWith(u'#')) {
            const QStringView rest = content.sliced(1).trimmed();
            const qsizetype space = firstSpace(rest);
            const QStringView name = space < 0 ? rest : rest.first(space);
            const QStringView argument = space < 0 ? QStringView() : rest.sliced(space).trimmed();
            const std::optional<SectionKind> kind = sectionKind(name);
            if (!kind) {
                return invalid(Template::tr("Unknown helper '#%1': use #if, #unless or #each.").arg(name.toString()));
            }
            const auto brokenSection = [&](const QString &message) {
                error(open, message);
                addToken(Token::Kind::Open, open, end, -1, *kind);
                m_tokens.last().broken = true;
            };
            if (argument.isEmpty())
                return brokenSection(Template::tr("'{{#%1}}' needs a variable.").arg(name.toString()));
            if (firstSpace(argument) >= 0) {
                return brokenSection(
                    Template::tr("'{{#%1}}' takes one variable, not '%2'.").arg(name.toString(), argument.toString()));
            }
            const int path = parsePath(argument);
            if (path < 0)
                return brokenSection(Template::tr("'%1' is not a variable name.").arg(argument.toString()));
            addToken(Token::Kind::Open, open, end, path, *kind);
            return;
        }

        if (content.startsWith(u'/')) {
            const QStringView rest = content.sliced(1).trimmed();
            const qsizetype space = firstSpace(rest);
            const QStringView name = space < 0 ? rest : rest.first(space);
            const std::optional<SectionKind> kind = sectionKind(name);
            if (!kind)
                return invalid(Template::tr("Unknown section end '{{/%1}}'.").arg(name.toString()));
            if (space >= 0)
                return invalid(Template::tr("'{{/%1}}' takes nothing after the name.").arg(name.toString()));
            addToken(Token::Kind::Close, open, end, -1, *kind);
            return;
        }

        if (content == u"else") {
            addToken(Token::Kind::Else, open, end);
            return;
        }
        if (content.startsWith(u"else") && content.size() > 4 && content[4].isSpace())
            return invalid(Template::tr("'{{else}}' takes no condition: nest an '{{#if}}' inside it."));

        const int path = parsePath(content);
        if (path < 0)
            return invalid(Template::tr("'%1' is not a variable name.").arg(content.toString()));
        addToken(Token::Kind::Variable, open, end, path);
    }

    // The index of the path in the table (the same text shares one entry), or -1 when it is not a path.
    int parsePath(QStringView text)
    {
        const auto known = m_pathIndex.constFind(text.toString());
        if (known != m_pathIndex.cend())
            return *known;

        Path path;
        path.text = text.toString();
        if (text.startsWith(u'@')) {
            if (text == u"@index")
                path.root = Path::Root::Index;
            else if (text == u"@number")
                path.root = Path::Root::Number;
            else if (text == u"@first")
                path.root = Path::Root::First;
            else if (text == u"@last")
                path.root = Path::Root::Last;
            else
                return -1;
        } else {
            for (const QStringView segment : text.tokenize(u'.')) {
                if (!isIdentifier(segment))
                    return -1;
                path.segments.append(segment.toString());
            }
            if (path.segments.first() == u"this") {
                path.root = Path::Root::This;
                path.segments.removeFirst();
            }
        }
        const int index = int(m_d.paths.size());
        m_d.paths.append(path);
        m_pathIndex.insert(path.text, index);
        return index;
    }

    // Mustache's standalone rule: a line holding only section tags, {{else}} and comments besides spaces
    // and tabs renders nothing, its line end included.
    void dropStandaloneWhitespace()
    {
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < m_tokens.size(); ++i) {
            const Token &token = m_tokens[i];
            if (token.kind == Token::Kind::Text && m_source[token.end - 1] == u'\n') {
                dropIfStandalone(lineStart, i + 1);
                lineStart = i + 1;
            }
        }
        if (lineStart < m_tokens.size())
            dropIfStandalone(lineStart, m_tokens.size());
    }

    void dropIfStandalone(qsizetype first, qsizetype last)
    {
        int tags = 0;
        for (qsizetype i = first; i < last; ++i) {
            const Token &token = m_tokens[i];
            switch (token.kind) {
            case Token::Kind::Text: {
                qsizetype end = token.end;
                if (m_source[end - 1] == u'\n') {
                    --end;
                    if (end > token.begin && m_source[end - 1] == u'\r')
                        --end;
                }
                for (qsizetype k = token.begin; k < end; ++k) {
                    if (m_source[k] != u' ' && m_source[k] != u'\t')
                        return;
                }
                break;
            }
            case Token::Kind::Comment:
            case Token::Kind::Open:
            case Token::Kind::Else:
            case Token::Kind::Close:
                ++tags;
                break;
            case Token::Kind::Escape:
            case Token::Kind::Variable:
            case Token::Kind::Invalid:
                return;
            }
        }
        if (tags == 0)
            return;
        for (qsizetype i = first; i < last; ++i) {
            if (m_tokens[i].kind == Token::Kind::Text)
                m_tokens[i].dropped = true;
        }
    }

    void appendText(qsizetype begin, qsizetype end)
    {
        if (!m_d.nodes.isEmpty()) {
            Node &last = m_d.nodes.last();
            if (last.kind == Node::Kind::Text && last.end == begin) {
                last.end = end;
                return;
            }
        }
        Node node;
        node.kind = Node::Kind::Text;
        node.begin = begin;
        node.end = end;
        m_d.nodes.append(node);
    }

    void checkItemPath(const Token &token, int eachDepth)
    {
        const Path &path = m_d.paths[token.path];
        if (path.root != Path::Root::Name && eachDepth == 0) {
            const QString name = path.root == Path::Root::This ? QStringLiteral("this") : path.text;
            error(token.begin, Template::tr("'%1' is only available inside '{{#each}}'.").arg(name));
        }
    }

    void build()
    {
        struct Open {
            int node;
            SectionKind kind;
            qsizetype offset;
            bool hasElse;
            int line;
            int column;
        };
        QList<Open> open;
        Position position(m_source);
        int eachDepth = 0;
        bool tooDeep = false;
        const auto finish = [&](const Open &section) {
            Node &node = m_d.nodes[section.node];
            node.next = int(m_d.nodes.size());
            if (!section.hasElse)
                node.elseIndex = node.next;
            if (section.kind == SectionKind::Each)
                --eachDepth;
        };

        for (const Token &token : std::as_const(m_tokens)) {
            switch (token.kind) {
            case Token::Kind::Text:
                if (!token.dropped)
                    appendText(token.begin, token.end);
                break;
            case Token::Kind::Escape:
                appendText(token.begin + 1, token.end);
                break;
            case Token::Kind::Comment:
            case Token::Kind::Invalid:
                break;
            case Token::Kind::Variable: {
                checkItemPath(token, eachDepth);
                Node node;
                node.kind = Node::Kind::Variable;
                node.begin = token.begin;
                node.path = token.path;
                m_d.nodes.append(node);
                break;
            }
            case Token::Kind::Open: {
                if (!token.broken)
                    checkItemPath(token, eachDepth);
                if (open.size() >= Template::maxNesting && !tooDeep) {
                    tooDeep = true;
                    error(token.begin,
                          Template::tr("Sections are nested more than %1 deep.").arg(Template::maxNesting));
                }
                Node node;
                node.kind = token.section == SectionKind::If ? Node::Kind::If
                    : token.section == SectionKind::Unless   ? Node::Kind::Unless
                                                             : Node::Kind::Each;
                node.begin = token.begin;
                node.path = token.path;
                const TemplateError where = position.at(token.begin, QString());
                open.append(Open {int(m_d.nodes.size()), token.section, token.begin, false, where.line, where.column});
                m_d.nodes.append(node);
                if (token.section == SectionKind::Each)
                    ++eachDepth;
                break;
            }
            case Token::Kind::Else: {
                if (open.isEmpty() || open.last().kind == SectionKind::Each) {
                    error(token.begin,
                          Template::tr("'{{else}}' is only allowed directly inside '{{#if}}' or '{{#unless}}'."));
                } else if (open.last().hasElse) {
                    error(
                        token.begin,
                        Template::tr("A second '{{else}}' in the same '{{#%1}}'.").arg(sectionName(open.last().kind)));
                } else {
                    open.last().hasElse = true;
                    m_d.nodes[open.last().node].elseIndex = int(m_d.nodes.size());
                }
                break;
            }
            case Token::Kind::Close: {
                const QString name = sectionName(token.section);
                if (open.isEmpty()) {
                    error(token.begin, Template::tr("'{{/%1}}' has no matching '{{#%1}}'.").arg(name));
                    break;
                }
                const Open section = open.takeLast();
                if (section.kind != token.section) {
                    error(token.begin,
                          Template::tr("'{{/%1}}' closes '{{#%2}}' from line %3, column %4.")
                              .arg(name, sectionName(section.kind))
                              .arg(section.line)
                              .arg(section.column));
                }
                finish(section);
                break;
            }
            }
        }
        while (!open.isEmpty()) {
            const Open section = open.takeLast();
            const QString name = sectionName(section.kind);
            error(section.offset, Template::tr("'{{#%1}}' is not closed by '{{/%1}}'.").arg(name));
            finish(section);
        }
    }

    void addTag(const Token &token)
    {
        TemplateTag tag;
        switch (token.kind) {
        case Token::Kind::Text:
            return;
        case Token::Kind::Escape:
            tag.kind = TemplateTag::Kind::Escape;
            break;
        case Token::Kind::Comment:
            tag.kind = TemplateTag::Kind::Comment;
            break;
        case Token::Kind::Variable:
            tag.kind = TemplateTag::Kind::Variable;
            break;
        case Token::Kind::Open:
            tag.kind = token.broken ? TemplateTag::Kind::Invalid : TemplateTag::Kind::SectionOpen;
            break;
        case Token::Kind::Else:
            tag.kind = TemplateTag::Kind::Else;
            break;
        case Token::Kind::Close:
            tag.kind = TemplateTag::Kind::SectionClose;
            break;
        case Token::Kind::Invalid:
            tag.kind = TemplateTag::Kind::Invalid;
            break;
        }
        tag.offset = token.begin;
        tag.length = token.end - token.begin;
        if (token.path >= 0)
            tag.path = m_d.paths[token.path].text;
        m_d.tags.append(tag);
    }

    Template::Data &m_d;
    const QString &m_source;
    QList<Token> m_tokens;
    QList<PendingError> m_errors;
    QHash<QString, int> m_pathIndex;
    qsizetype m_noCloseFrom = std::numeric_limits<qsizetype>::max();
};

// ---- values ----

std::optional<VariableKind> kindOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return VariableKind::Text;
    case QMetaType::Bool:
        return VariableKind::Bool;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Double:
    case QMetaType::Float:
        return VariableKind::Number;
    case QMetaType::QVariantList:
        return VariableKind::List;
    case QMetaType::QVariantMap:
        return VariableKind::Map;
    default:
        return std::nullopt;
    }
}

template<typename Float>
void appendFloating(QString &out, Float value)
{
    if (value == 0) {
        out += u'0'; // also -0
        return;
    }
    // The shortest text that reads back as the same value; plain digits in the range people write
    // numbers in, an exponent outside it (as JavaScript does).
    const Float magnitude = std::abs(value);
    const bool plain = std::isfinite(value) && magnitude >= Float(1e-6) && magnitude < Float(1e21);
    char buffer[128];
    const std::to_chars_result result = std::to_chars(buffer, buffer + sizeof buffer, value,
                                                      plain ? std::chars_format::fixed : std::chars_format::general);
    out += QLatin1StringView(buffer, result.ptr - buffer);
}

// What a path resolved to at render time: a value of the context or one of {{#each}}'s own.
struct Value {
    enum class Kind : quint8 { Missing, Variant, Number, Bool };
    Kind kind = Kind::Missing;
    bool flag = false;
    qsizetype number = 0;
    const QVariant *variant = nullptr;
};

class Renderer
{
public:
    Renderer(const Template::Data &data, const QVariantMap &context)
        : m_d(data)
        , m_context(context)
    { }

    QString run()
    {
        m_out.reserve(m_d.source.size() + m_d.source.size() / 2);
        renderRange(0, int(m_d.nodes.size()));
        return m_out;
    }

    bool failed() const { return !m_errors.isEmpty(); }
    QList<PendingError> errors() const { return m_errors; }

private:
    struct Frame {
        const QVariant *item;
        qsizetype index;
        qsizetype count;
    };

    void error(qsizetype offset, const QString &message)
    {
        // One error a tag: a missing field inside {{#each}} would otherwise repeat for every item.
        if (m_failedTags.contains(offset))
            return;
        m_failedTags.insert(offset);
        m_errors.append(PendingError {offset, message});
    }

    bool budgetExceeded(const Node &node)
    {
        if (++m_steps <= Template::maxRenderSteps && m_out.size() <= Template::maxRenderLength)
            return false;
        m_stopped = true;
        error(node.begin, Template::tr("The template produces too much text: rendering stopped here."));
        return true;
    }

    static const QVariant *usable(const QVariant *value)
    {
        if (!value || !value->isValid() || value->typeId() == QMetaType::Nullptr)
            return nullptr;
        return value;
    }

    static const QVariant *field(const QVariant *value, const QString &name)
    {
        const QVariantMap *map = get_if<QVariantMap>(value);
        if (!map)
            return nullptr;
        const auto it = map->constFind(name);
        return it == map->cend() ? nullptr : usable(&*it);
    }

    Value resolve(const Path &path) const
    {
        Value value;
        if (path.root != Path::Root::Name && m_frames.isEmpty())
            return value;
        const Frame *frame = m_frames.isEmpty() ? nullptr : &m_frames.last();
        const QVariant *current = nullptr;
        qsizetype firstField = 0;
        switch (path.root) {
        case Path::Root::Index:
            value.kind = Value::Kind::Number;
            value.number = frame->index;
            return value;
        case Path::Root::Number:
            value.kind = Value::Kind::Number;
            value.number = frame->index + 1;
            return value;
        case Path::Root::First:
            value.kind = Value::Kind::Bool;
            value.flag = frame->index == 0;
            return value;
        case Path::Root::Last:
            value.kind = Value::Kind::Bool;
            value.flag = frame->index == frame->count - 1;
            return value;
        case Path::Root::This:
            current = usable(frame->item);
            break;
        case Path::Root::Name: {
            const QString &first = path.segments.first();
            for (qsizetype i = m_frames.size() - 1; i >= 0 && !current; --i)
                current = field(m_frames[i].item, first);
            if (!current) {
                const auto it = m_context.constFind(first);
                if (it != m_context.cend())
                    current = usable(&*it);
            }
            firstField = 1;
            break;
        }
        }
        for (qsizetype i = firstField; i < path.segments.size() && current; ++i)
            current = field(current, path.segments[i]);
        if (current) {
            value.kind = Value::Kind::Variant;
            value.variant = current;
        }
        return value;
    }

    void missing(const Node &node, const Path &path)
    {
        error(node.begin, Template::tr("No value for '%1'.").arg(path.text));
    }

    void unsupported(const Node &node, const Path &path, const QVariant &value)
    {
        error(node.begin,
              Template::tr("'%1' holds a value of a type templates do not support (%2).")
                  .arg(path.text, QString::fromLatin1(value.typeName())));
    }

    void writeVariable(const Node &node)
    {
        const Path &path = m_d.paths[node.path];
        const Value value = resolve(path);
        switch (value.kind) {
        case Value::Kind::Missing:
            return missing(node, path);
        case Value::Kind::Number:
            m_out += QString::number(value.number);
            return;
        case Value::Kind::Bool:
            m_out += value.flag ? QLatin1StringView("true") : QLatin1StringView("false");
            return;
        case Value::Kind::Variant:
            break;
        }
        const QVariant &variant = *value.variant;
        switch (variant.typeId()) {
        case QMetaType::QString:
            if (const QString *text = get_if<QString>(&variant))
                m_out += *text;
            return;
        case QMetaType::Bool:
            m_out += variant.toBool() ? QLatin1StringView("true") : QLatin1StringView("false");
            return;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Long:
        case QMetaType::Short:
        case QMetaType::Char:
        case QMetaType::SChar:
            m_out += QString::number(variant.toLongLong());
            return;
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::ULong:
        case QMetaType::UShort:
        case QMetaType::UChar:
            m_out += QString::number(variant.toULongLong());
            return;
        case QMetaType::Double:
            appendFloating(m_out, variant.toDouble());
            return;
        case QMetaType::Float:
            appendFloating(m_out, variant.toFloat());
            return;
        case QMetaType::QVariantList:
            error(node.begin,
                  Template::tr("'%1' is a list and cannot be written as text: use '{{#each %1}}'.").arg(path.text));
            return;
        case QMetaType::QVariantMap:
            error(node.begin,
                  Template::tr("'%1' is a map and cannot be written as text: write one of its fields.").arg(path.text));
            return;
        default:
            unsupported(node, path, variant);
            return;
        }
    }

    // Whether the section's value counts as true, or nullopt after an error.
    std::optional<bool> truth(const Node &node)
    {
        const Path &path = m_d.paths[node.path];
        const Value value = resolve(path);
        switch (value.kind) {
        case Value::Kind::Missing:
            missing(node, path);
            return std::nullopt;
        case Value::Kind::Number:
            return value.number != 0;
        case Value::Kind::Bool:
            return value.flag;
        case Value::Kind::Variant:
            break;
        }
        const QVariant &variant = *value.variant;
        switch (variant.typeId()) {
        case QMetaType::QString:
            if (const auto *text = get_if<QString>(&variant))
                return !text->isEmpty();
            return false;
        case QMetaType::QVariantList:
            if (const auto *list = get_if<QVariantList>(&variant))
                return !list->isEmpty();
            return false;
        case QMetaType::QVariantMap:
            if (const auto *map = get_if<QVariantMap>(&variant))
                return !map->isEmpty();
            return false;
        case QMetaType::Double:
        case QMetaType::Float: {
            const double number = variant.toDouble();
            return number != 0 && !std::isnan(number);
        }
        default:
            if (kindOf(variant))
                return variant.toBool(); // bool and the integer types
            unsupported(node, path, variant);
            return std::nullopt;
        }
    }

    void renderEach(const Node &node, int begin, int end)
    {
        const Path &path = m_d.paths[node.path];
        const Value value = resolve(path);
        if (value.kind == Value::Kind::Missing)
            return missing(node, path);
        const QVariantList *list = value.kind == Value::Kind::Variant ? get_if<QVariantList>(value.variant) : nullptr;
        if (!list) {
            std::optional<VariableKind> kind = value.kind == Value::Kind::Number ? VariableKind::Number
                : value.kind == Value::Kind::Bool                                ? VariableKind::Bool
                                                                                 : kindOf(*value.variant);
            if (!kind)
                return unsupported(node, path, *value.variant);
            error(node.begin,
                  Template::tr("'{{#each %1}}' needs a list, but '%1' is %2.").arg(path.text, kindName(*kind)));
            return;
        }
        const qsizetype count = list->size();
        for (qsizetype i = 0; i < count && !m_stopped; ++i) {
            m_frames.append(Frame {&list->at(i), i, count});
            renderRange(begin, end);
            m_frames.removeLast();
        }
    }

    void renderRange(int begin, int end)
    {
        int i = begin;
        while (i < end && !m_stopped) {
            const Node &node = m_d.nodes[i];
            if (budgetExceeded(node))
                return;
            switch (node.kind) {
            case Node::Kind::Text:
                m_out += QStringView(m_d.source).sliced(node.begin, node.end - node.begin);
                ++i;
                break;
            case Node::Kind::Variable:
                writeVariable(node);
                ++i;
                break;
            case Node::Kind::If:
            case Node::Kind::Unless: {
                const std::optional<bool> value = truth(node);
                if (value) {
                    if (*value == (node.kind == Node::Kind::If))
                        renderRange(i + 1, node.elseIndex);
                    else
                        renderRange(node.elseIndex, node.next);
                }
                i = node.next;
                break;
            }
            case Node::Kind::Each:
                renderEach(node, i + 1, node.next);
                i = node.next;
                break;
            }
        }
    }

    const Template::Data &m_d;
    const QVariantMap &m_context;
    QString m_out;
    QVarLengthArray<Frame, 8> m_frames;
    QList<PendingError> m_errors;
    QSet<qsizetype> m_failedTags;
    qsizetype m_steps = 0;
    bool m_stopped = false;
};

// ---- validation ----

// What a path names according to the schema. Unknown: below something already reported, so anything goes.
struct Type {
    bool unknown = false;
    VariableKind kind = VariableKind::Text;
    VariableKind itemKind = VariableKind::Text;
    const VariableSchema *fields = nullptr;

    static Type of(const VariableSchema::Variable &variable)
    {
        return Type {false, variable.kind, variable.itemKind, &variable.fields};
    }
};

class Validator
{
public:
    Validator(const Template::Data &data, const VariableSchema &schema)
        : m_d(data)
        , m_schema(schema)
    { }

    QList<PendingError> run()
    {
        validateRange(0, int(m_d.nodes.size()));
        return m_errors;
    }

private:
    void error(const Node &node, const QString &message) { m_errors.append(PendingError {node.begin, message}); }

    std::optional<Type> field(const Type &parent, const QString &name) const
    {
        if (parent.unknown)
            return parent;
        if (parent.kind != VariableKind::Map || !parent.fields)
            return std::nullopt;
        const VariableSchema::Variable *variable = parent.fields->find(name);
        if (!variable)
            return std::nullopt;
        return Type::of(*variable);
    }

    std::optional<Type> resolve(const Node &node)
    {
        const Path &path = m_d.paths[node.path];
        Type type;
        qsizetype firstField = 0;
        switch (path.root) {
        case Path::Root::Index:
        case Path::Root::Number:
            type.kind = VariableKind::Number;
            return type;
        case Path::Root::First:
        case Path::Root::Last:
            type.kind = VariableKind::Bool;
            return type;
        case Path::Root::This:
            if (m_items.isEmpty())
                return std::nullopt;
            type = m_items.last();
            break;
        case Path::Root::Name: {
            const QString &first = path.segments.first();
            std::optional<Type> found;
            for (qsizetype i = m_items.size() - 1; i >= 0 && !found; --i)
                found = field(m_items[i], first);
            if (!found) {
                if (const VariableSchema::Variable *variable = m_schema.find(first))
                    found = Type::of(*variable);
            }
            if (!found) {
                error(node, Template::tr("Unknown variable '%1'.").arg(path.text));
                return std::nullopt;
            }
            type = *found;
            firstField = 1;
            break;
        }
        }
        for (qsizetype i = firstField; i < path.segments.size(); ++i) {
            const std::optional<Type> next = field(type, path.segments[i]);
            if (!next) {
                if (type.kind == VariableKind::Map) {
                    error(node, Template::tr("Unknown variable '%1'.").arg(path.text));
                } else {
                    const QStringList parent
                        = (path.root == Path::Root::This ? QStringList {QStringLiteral("this")} : QStringList())
                        + path.segments.first(i);
                    error(node,
                          Template::tr("Unknown variable '%1': '%2' is %3 and has no fields.")
                              .arg(path.text, parent.join(u'.'), kindName(type.kind)));
                }
                return std::nullopt;
            }
            type = *next;
        }
        return type;
    }

    void validateRange(int begin, int end)
    {
        int i = begin;
        while (i < end) {
            const Node &node = m_d.nodes[i];
            switch (node.kind) {
            case Node::Kind::Text:
                ++i;
                break;
            case Node::Kind::Variable: {
                const std::optional<Type> type = resolve(node);
                const QString &text = m_d.paths[node.path].text;
                if (type && !type->unknown && type->kind == VariableKind::List) {
                    error(node,
                          Template::tr("'%1' is a list and cannot be written as text: use '{{#each %1}}'.").arg(text));
                } else if (type && !type->unknown && type->kind == VariableKind::Map) {
                    error(node,
                          Template::tr("'%1' is a map and cannot be written as text: write one of its fields.")
                              .arg(text));
                }
                ++i;
                break;
            }
            case Node::Kind::If:
            case Node::Kind::Unless:
                resolve(node);
                validateRange(i + 1, node.elseIndex);
                validateRange(node.elseIndex, node.next);
                i = node.next;
                break;
            case Node::Kind::Each: {
                const std::optional<Type> type = resolve(node);
                Type item;
                item.unknown = true;
                if (type && !type->unknown) {
                    if (type->kind == VariableKind::List) {
                        item = Type {false, type->itemKind, VariableKind::Text, type->fields};
                    } else {
                        error(node,
                              Template::tr("'{{#each %1}}' needs a list, but '%1' is %2.")
                                  .arg(m_d.paths[node.path].text, kindName(type->kind)));
                    }
                }
                m_items.append(item);
                validateRange(i + 1, node.next);
                m_items.removeLast();
                i = node.next;
                break;
            }
            }
        }
    }

    const Template::Data &m_d;
    const VariableSchema &m_schema;
    QList<Type> m_items;
    QList<PendingError> m_errors;
};

std::shared_ptr<const Template::Data> emptyData()
{
    static const std::shared_ptr<const Template::Data> empty = std::make_shared<const Template::Data>();
    return empty;
}

} // namespace

QString TemplateError::toString() const
{
    return Template::tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

Template::Template()
    : d(emptyData())
{ }

Template Template::parse(const QString &source)
{
    auto data = std::make_shared<Data>();
    data->source = source;
    Parser(*data).run();
    Template result;
    result.d = std::move(data);
    return result;
}

QString Template::source() const
{
    return d->source;
}

bool Template::isValid() const
{
    return d->errors.isEmpty();
}

QList<TemplateError> Template::errors() const
{
    return d->errors;
}

QStringList Template::variables() const
{
    QStringList names;
    names.reserve(d->paths.size());
    for (const Path &path : d->paths)
        names.append(path.text);
    return names;
}

QList<TemplateTag> Template::tags() const
{
    return d->tags;
}

QList<TemplateError> Template::validate(const VariableSchema &schema) const
{
    if (!isValid())
        return d->errors;
    return toErrors(d->source, Validator(*d, schema).run());
}

QString Template::render(const QVariantMap &context, QList<TemplateError> *errors) const
{
    if (!isValid()) {
        if (errors)
            errors->append(d->errors);
        return {};
    }
    Renderer renderer(*d, context);
    const QString text = renderer.run();
    if (!renderer.failed())
        return text.isNull() ? QStringLiteral("") : text; // null means failed
    if (errors)
        errors->append(toErrors(d->source, renderer.errors()));
    return {};
}

} // namespace Dialogsmith::Prompt

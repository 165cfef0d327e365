// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "import/mermaid.h"

#include <QRegularExpression>

namespace Dialogsmith::Import {

namespace {

constexpr qsizetype maxStatements = 100000;

QString unquote(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
        text = text.mid(1, text.size() - 2);
    return text;
}

QString cardinalityWord(QStringView marker)
{
    if (marker == u"||")
        return MermaidReader::tr("exactly one");
    if (marker == u"|o" || marker == u"o|")
        return MermaidReader::tr("zero or one");
    if (marker == u"}|" || marker == u"|{")
        return MermaidReader::tr("one or more");
    if (marker == u"}o" || marker == u"o{")
        return MermaidReader::tr("zero or more");
    return marker.toString();
}

MermaidEntity &entity(MermaidDiagram &diagram, const QString &id)
{
    for (MermaidEntity &e : diagram.entities) {
        if (e.id == id)
            return e;
    }
    diagram.entities.append({id, {}, {}});
    return diagram.entities.last();
}

bool isIdChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.';
}

// Reads a flowchart node at `pos`: an id and an optional shape with its text ([…], (…), {…}, >…]).
bool readNode(QStringView s, qsizetype &pos, MermaidDiagram &diagram, QString *id)
{
    while (pos < s.size() && s.at(pos).isSpace())
        ++pos;
    const qsizetype start = pos;
    // An id may contain '-' but never starts an arrow with it.
    while (pos < s.size() && isIdChar(s.at(pos))) {
        if (s.at(pos) == u'-' && pos + 1 < s.size()
            && (s.at(pos + 1) == u'-' || s.at(pos + 1) == u'.' || s.at(pos + 1) == u'>'))
            break;
        if (s.at(pos) == u'.' && pos + 1 < s.size() && s.at(pos + 1) == u'-')
            break;
        ++pos;
    }
    if (pos == start)
        return false;
    *id = s.mid(start, pos - start).toString();
    MermaidEntity &node = entity(diagram, *id);
    if (pos < s.size() && (s.at(pos) == u'[' || s.at(pos) == u'(' || s.at(pos) == u'{' || s.at(pos) == u'>')) {
        // Shapes double their brackets ((…)), [[…]], {{…}}, [(…)]: take the text between the outermost ones.
        qsizetype depth = 0;
        const qsizetype textStart = pos;
        qsizetype end = pos;
        bool inQuote = false;
        for (; end < s.size(); ++end) {
            const QChar c = s.at(end);
            if (c == u'"')
                inQuote = !inQuote;
            if (inQuote)
                continue;
            if (c == u'[' || c == u'(' || c == u'{' || (end == textStart && c == u'>'))
                ++depth;
            else if (c == u']' || c == u')' || c == u'}')
                --depth;
            if (depth == 0)
                break;
        }
        if (end >= s.size())
            return false;
        QString label = s.mid(textStart + 1, end - textStart - 1).toString();
        static const QString brackets = QStringLiteral("[](){}/\\>");
        while (!label.isEmpty() && brackets.contains(label.front()))
            label.remove(0, 1);
        while (!label.isEmpty() && brackets.contains(label.back()))
            label.chop(1);
        label = unquote(label);
        if (!label.isEmpty())
            node.label = label;
        pos = end + 1;
    }
    return true;
}

// Reads a flowchart link at `pos` (-->, ---, -.->, ==>, --o, --x, <-->, with |text| or -- text -->).
bool readLink(QStringView s, qsizetype &pos, QString *label)
{
    static const QRegularExpression arrow(QStringLiteral(R"(^\s*(<?(?:-{2,}|={2,}|-\.+-)[->ox]?)\s*(?:\|([^|]*)\|)?)"));
    static const QRegularExpression textArrow(
        QStringLiteral(R"(^\s*(?:--|==|-\.)\s+([^-=.>][^>]*?)\s*(?:-{2,}>|={2,}>|\.->|-{3,}|={3,}))"));
    const QString rest = s.mid(pos).toString();
    QRegularExpressionMatch m = textArrow.match(rest);
    if (m.hasMatch()) {
        *label = unquote(m.captured(1));
        pos += m.capturedLength(0);
        return true;
    }
    m = arrow.match(rest);
    if (!m.hasMatch() || m.capturedLength(0) == 0)
        return false;
    *label = unquote(m.captured(2));
    pos += m.capturedLength(0);
    return true;
}

void readFlowStatement(QStringView statement, int line, MermaidDiagram &diagram)
{
    static const QStringList skipped {QStringLiteral("subgraph"),  QStringLiteral("end"),      QStringLiteral("style"),
                                      QStringLiteral("classDef"),  QStringLiteral("class"),    QStringLiteral("click"),
                                      QStringLiteral("linkStyle"), QStringLiteral("direction")};
    const QString first = statement.toString().section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    if (skipped.contains(first))
        return;
    qsizetype pos = 0;
    QString from;
    if (!readNode(statement, pos, diagram, &from)) {
        diagram.warnings.append(
            MermaidReader::tr("line %1: not a node or link: %2").arg(line).arg(statement.toString()));
        return;
    }
    while (true) {
        while (pos < statement.size() && statement.at(pos).isSpace())
            ++pos;
        if (pos >= statement.size())
            return;
        // "A & B --> C": the reader takes the last node before the link.
        if (statement.at(pos) == u'&') {
            ++pos;
            if (!readNode(statement, pos, diagram, &from))
                break;
            continue;
        }
        QString label;
        const qsizetype before = pos;
        if (!readLink(statement, pos, &label) || pos == before)
            break;
        QString to;
        if (!readNode(statement, pos, diagram, &to))
            break;
        diagram.relations.append({from, to, label, {}});
        from = to;
    }
    diagram.warnings.append(
        MermaidReader::tr("line %1: could not read \"%2\"").arg(line).arg(statement.mid(pos).toString()));
}

} // namespace

MermaidDiagram MermaidReader::read(QStringView text)
{
    static const QRegularExpression relation(
        QStringLiteral(
            R"re(^("[^"]*"|[\w-]+)\s*(\|\||\|o|\}\||\}o|o\|)(--|\.\.)(\|\||o\||\|\{|o\{|\|o)\s*("[^"]*"|[\w-]+)\s*:\s*(.*)$)re"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression entityOpen(
        QStringLiteral(R"re(^("[^"]*"|[\w-]+)(?:\s*\[\s*"?([^\]"]*)"?\s*\])?\s*\{\s*$)re"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression entityAlone(
        QStringLiteral(R"re(^("[^"]*"|[\w-]+)(?:\s*\[\s*"?([^\]"]*)"?\s*\])?$)re"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression attribute(
        QStringLiteral(R"re(^([\w\-\[\]()<>,]+)\s+([\w\-*]+)((?:\s+(?:PK|FK|UK)\s*,?)*)\s*(?:"([^"]*)")?\s*$)re"),
        QRegularExpression::UseUnicodePropertiesOption);

    MermaidDiagram diagram;
    QString openEntity; // inside "NAME {" of an erDiagram
    int lineNumber = 0;
    qsizetype statements = 0;
    for (QStringView raw : text.split(u'\n')) {
        ++lineNumber;
        if (++statements > maxStatements) {
            diagram.warnings.append(tr("line %1: the diagram is too long; the rest was not read.").arg(lineNumber));
            break;
        }
        QStringView line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(u"%%")) {
            if (!line.startsWith(u"%%{")) {
                const QString comment = line.mid(2).trimmed().toString();
                if (!comment.isEmpty())
                    diagram.comments.append(comment);
            }
            continue;
        }
        // A comment after a statement.
        if (const qsizetype at = line.indexOf(u"%%"); at > 0) {
            const QString comment = line.mid(at + 2).trimmed().toString();
            if (!comment.isEmpty())
                diagram.comments.append(comment);
            line = line.left(at).trimmed();
        }
        if (diagram.kind.isEmpty()) {
            diagram.kind = line.toString().section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
            if (diagram.kind == QLatin1StringView("---")) { // front matter (title: …) before the kind
                diagram.kind.clear();
                continue;
            }
            continue;
        }
        const bool er = diagram.kind == QLatin1StringView("erDiagram");
        const bool flow = diagram.kind == QLatin1StringView("flowchart") || diagram.kind == QLatin1StringView("graph");
        if (er) {
            if (!openEntity.isEmpty()) {
                if (line.startsWith(u'}')) {
                    openEntity.clear();
                    continue;
                }
                const QRegularExpressionMatch m = attribute.matchView(line);
                MermaidEntity &e = entity(diagram, openEntity);
                if (!m.hasMatch()) {
                    e.attributes.append(line.toString());
                    continue;
                }
                QString description = m.captured(2) + QStringLiteral(" (") + m.captured(1);
                const QString keys = m.captured(3).simplified();
                if (!keys.isEmpty())
                    description += QStringLiteral(", ") + keys;
                description += QLatin1Char(')');
                if (!m.captured(4).isEmpty())
                    description += QStringLiteral(": ") + m.captured(4);
                e.attributes.append(description);
                continue;
            }
            if (QRegularExpressionMatch m = relation.matchView(line); m.hasMatch()) {
                const QString from = unquote(m.captured(1));
                const QString to = unquote(m.captured(5));
                entity(diagram, from);
                entity(diagram, to);
                diagram.relations.append(
                    {from, to, unquote(m.captured(6)),
                     tr("%1 to %2").arg(cardinalityWord(m.captured(2)), cardinalityWord(m.captured(4)))});
                continue;
            }
            if (QRegularExpressionMatch m = entityOpen.matchView(line); m.hasMatch()) {
                openEntity = unquote(m.captured(1));
                MermaidEntity &e = entity(diagram, openEntity);
                if (!m.captured(2).isEmpty())
                    e.label = m.captured(2).trimmed();
                continue;
            }
            if (QRegularExpressionMatch m = entityAlone.matchView(line); m.hasMatch()) {
                MermaidEntity &e = entity(diagram, unquote(m.captured(1)));
                if (!m.captured(2).isEmpty())
                    e.label = m.captured(2).trimmed();
                continue;
            }
            if (line.startsWith(u"title ") || line.startsWith(u"accTitle") || line.startsWith(u"accDescr"))
                continue;
            diagram.warnings.append(tr("line %1: could not read \"%2\"").arg(lineNumber).arg(line.toString()));
        } else if (flow) {
            for (QStringView statement : line.split(u';')) {
                if (!statement.trimmed().isEmpty())
                    readFlowStatement(statement.trimmed(), lineNumber, diagram);
            }
        } else {
            diagram.otherLines.append(line.toString());
        }
    }
    if (!openEntity.isEmpty())
        diagram.warnings.append(tr("the entity %1 is not closed by '}'.").arg(openEntity));
    return diagram;
}

QString MermaidReader::describe(const MermaidDiagram &diagram)
{
    QStringList out;
    auto name = [&](const QString &id) {
        for (const MermaidEntity &e : diagram.entities) {
            if (e.id == id && !e.label.isEmpty())
                return e.label;
        }
        return id;
    };
    QStringList entities;
    for (const MermaidEntity &e : diagram.entities) {
        QString line = QStringLiteral("- ") + e.id;
        if (!e.label.isEmpty() && e.label != e.id)
            line += QStringLiteral(" (") + e.label + QLatin1Char(')');
        if (!e.attributes.isEmpty())
            line += QStringLiteral(": ") + e.attributes.join(QStringLiteral("; "));
        entities.append(line);
    }
    if (!entities.isEmpty())
        out.append(tr("Entities:") + QLatin1Char('\n') + entities.join(QLatin1Char('\n')));
    QStringList relations;
    for (const MermaidRelation &r : diagram.relations) {
        QString line = QStringLiteral("- ") + name(r.from) + QLatin1Char(' ')
            + (r.label.isEmpty() ? tr("is linked to") : r.label) + QLatin1Char(' ') + name(r.to);
        if (!r.cardinality.isEmpty())
            line += QStringLiteral(" (") + r.cardinality + QLatin1Char(')');
        relations.append(line + QLatin1Char('.'));
    }
    if (!relations.isEmpty())
        out.append(tr("Relationships:") + QLatin1Char('\n') + relations.join(QLatin1Char('\n')));
    if (!diagram.otherLines.isEmpty())
        out.append(diagram.otherLines.join(QLatin1Char('\n')));
    if (!diagram.comments.isEmpty()) {
        QStringList notes;
        for (const QString &comment : diagram.comments)
            notes.append(QStringLiteral("- ") + comment);
        out.append(tr("Notes:") + QLatin1Char('\n') + notes.join(QLatin1Char('\n')));
    }
    return out.join(QStringLiteral("\n\n"));
}

} // namespace Dialogsmith::Import

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dialogsmith::Import {

struct MermaidEntity {
    QString id;
    QString label; ///< a flowchart node's text, an entity's alias; empty when it has none
    QStringList attributes; ///< an erDiagram entity's attributes as "name (type, PK): comment"
};

struct MermaidRelation {
    QString from;
    QString to;
    QString label;
    QString cardinality; ///< erDiagram: "exactly one to one or more"; empty for flowcharts
};

/// What a Mermaid diagram says about a scene: its entities, their relationships and the `%%` comments.
struct MermaidDiagram {
    QString kind; ///< "erDiagram", "flowchart", "graph", or the first word of another kind
    QList<MermaidEntity> entities;
    QList<MermaidRelation> relations;
    QStringList comments; ///< the `%%` comments, in order (directives `%%{…}%%` left out)
    QStringList otherLines; ///< statements of kinds not read (sequence, class diagrams…), kept as they are
    QStringList warnings; ///< "line 4: …" for statements that could not be read
};

/// A small reader of the Mermaid diagrams Auto Data Fountain folders hold (erDiagram and flowchart/graph).
/// It never fails: what it cannot read is a warning. Plain value functions: the fuzz target calls them.
class MermaidReader final
{
    Q_DECLARE_TR_FUNCTIONS(MermaidReader)

public:
    static MermaidDiagram read(QStringView text);
    /// The diagram as a scenario a person and a model can read: entities, relationships, notes.
    static QString describe(const MermaidDiagram &diagram);
};

} // namespace Dialogsmith::Import

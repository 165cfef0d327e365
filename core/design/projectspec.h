// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dialogsmith::Design {

/// Reads and writes a project's design as a readable JSON spec (docs/spec.md).
///
/// Reading is strict: a malformed, truncated, newer-version or hostile spec fails with messages that name
/// what is wrong and where (a line and column for JSON syntax, otherwise the JSON path, such as
/// `personas[2].side`). Unknown keys are errors, so a misspelt key is never silently ignored.
class ProjectSpec final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectSpec)

public:
    /// The newest spec version this version reads, and the one it writes.
    static constexpr int currentVersion = 1;
    static constexpr qint64 maxSpecSize = 256 * 1024 * 1024;
    /// The largest document or template file a spec can refer to.
    static constexpr qint64 maxReferencedFileSize = 64 * 1024 * 1024;
    /// How deep the topic tree may nest: a root topic is at depth 1.
    static constexpr int maxTopicDepth = 32;
    /// read() and check() report at most this many problems, then how many more there are.
    static constexpr int maxReportedProblems = 50;

    /// `where` names the source in messages (a file name); `baseDir` resolves {"file": ...} references of
    /// documents and templates (empty: such references are an error). On failure returns nothing and sets
    /// `error` to the problems found, one a line, each starting with `where`.
    ///
    /// With `designProblems`, what check() finds does not fail the read: its messages go there instead. The
    /// studio saves a design as it is while the user edits it (a template mid-edit, a profile not chosen
    /// yet) and must be able to open it again; JSON that is not a well-formed spec still fails.
    static std::optional<ProjectDesign> read(const QByteArray &json, const QString &where, const QString &baseDir,
                                             QString *error, QStringList *designProblems = nullptr);
    /// Reads a spec file; its folder resolves file references.
    static std::optional<ProjectDesign> readFile(const QString &path, QString *error);
    /// The spec as indented UTF-8 JSON, keys in a fixed order. Templates are written only when they differ
    /// from the defaults, documents inline with their text. read(write(d)) == d for a design check() accepts.
    static QByteArray write(const ProjectDesign &design);
    /// Writes through QSaveFile: a failed write leaves the old file as it was, never half a file.
    static bool writeFile(const QString &path, const ProjectDesign &design, QString *error);
    /// Checks a design the way read() does after parsing (ranges, names, templates against
    /// Prompt::VariableSchema::conversation(), profile names that exist, ...). Empty: fine. Each message
    /// names where: "generation.turns.min: ...", "templates.user_turn, line 3, column 7: Unknown variable 'x'."
    static QStringList check(const ProjectDesign &design);
};

} // namespace Dialogsmith::Design

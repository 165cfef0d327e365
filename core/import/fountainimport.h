// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "import/designimport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dialogsmith::Import {

/// An Auto Data Fountain (Janus) setup.yaml.
struct FountainSetup {
    QString category;
    QString initialPrompt; ///< with Python `%s` placeholders, each usually followed by a `# what` comment
    QString derivationalPrompt;
    QString outputFormat;
    QString delimiter;
    QString userRole;
    QString assistantRole;
    QStringList seedDirections; ///< seed_evolving_directions
    QStringList derivationalDirections; ///< derivational_evolving_directions
};

/// Reads Auto Data Fountain folders (setup.yaml and diagram.mermaid) into design additions.
class FountainImport final
{
    Q_DECLARE_TR_FUNCTIONS(FountainImport)

public:
    /// Reads a setup.yaml. Errors name `where` and, for YAML syntax, the line and column.
    static std::optional<FountainSetup> readSetup(const QByteArray &yaml, const QString &where, QString *error);
    /// A setup prompt as a Dialogsmith template: each `%s` becomes the variable its comment (or, without
    /// one, its place in Janus' default order) names; a placeholder with no Dialogsmith variable is reported
    /// in `warnings` and left as a template comment. `derivational`: the prompt that continues a conversation.
    static QString convertPrompt(const QString &prompt, bool derivational, const QString &delimiter,
                                 const QString &where, QStringList *warnings);
    /// Maps Auto Data Fountain's free-form directions ("general", "in-depth", …) to Evol-Instruct's.
    static std::optional<Design::EvolDirection> evolDirection(const QString &word);
    /// True when `folder` holds a setup.yaml.
    static bool isFountain(const QString &folder);
    /// Reads `folder`: roles become personas, the prompts the starter and user turn templates, the
    /// directions Evol-Instruct directions, the diagram (entities, relationships and comments) a scenario,
    /// the category a topic.
    static std::optional<DesignAdditions> read(const QString &folder, QString *error);
};

} // namespace Dialogsmith::Import

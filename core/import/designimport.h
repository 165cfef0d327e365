// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Dialogsmith::Import {

/// What a design import (an InstructLab taxonomy, an Auto Data Fountain folder) adds to a project's design.
/// Nothing is replaced but the templates and Evol-Instruct directions it names.
struct DesignAdditions {
    QString source; ///< what it was read from, for messages (a folder)
    QList<Design::Topic> topics; ///< merged into the topic tree by name
    QList<Design::Persona> personas; ///< a persona whose name the design has is left out
    QList<Design::Scenario> scenarios;
    QList<Design::Document> documents; ///< a document whose text the design has is left out
    QStringList seeds; ///< instruction seeds (modes.instruction.seeds); ones the design has are left out
    std::optional<QString> starter; ///< replaces templates.starter
    std::optional<QString> userTurn; ///< replaces templates.user_turn
    std::optional<QList<Design::EvolDirection>> evolDirections; ///< replaces modes.evol.directions
    QStringList warnings; ///< what was read differently, left out or could not be found; each names the file
};

/// Merges additions into designs: what DesignStore saves in the CLI and ProjectSession::edit applies in
/// the studio as one undoable step.
class DesignMerge final
{
    Q_DECLARE_TR_FUNCTIONS(DesignMerge)

public:
    /// `design` with `additions` merged in.
    static Design::ProjectDesign merged(const Design::ProjectDesign &design, const DesignAdditions &additions);
    /// What merging would find wrong that the design does not have already (ProjectSpec::check() of the
    /// merged design, and that it reads back as a spec): empty when it can be applied.
    static QStringList problems(const Design::ProjectDesign &design, const DesignAdditions &additions);
    /// "3 personas, 1 template, 12 seeds, …", counting only what merged() adds to `design`.
    static QString summary(const Design::ProjectDesign &design, const DesignAdditions &additions);
};

} // namespace Dialogsmith::Import

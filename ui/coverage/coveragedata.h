// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace Dialogsmith {

/// The factors a sample is drawn on, as the coverage view shows them.
enum class CoverageFactor { Topic, UserPersona, AssistantPersona, Scenario, Structure, Mode };
QList<CoverageFactor> allCoverageFactors();

/// How many complete samples share one combination of factors, by review.
struct CoverageRow {
    QString values[6]; ///< by CoverageFactor; the topic is its path joined with " › "
    qint64 approved = 0;
    qint64 rejected = 0;
    qint64 unreviewed = 0; ///< generated or edited, no verdict yet
};

/// Samples counted by review.
struct CoverageCounts {
    qint64 approved = 0;
    qint64 rejected = 0;
    qint64 unreviewed = 0;
    qint64 total() const { return approved + rejected + unreviewed; }
    /// Approved among those reviewed; nothing before the first verdict.
    std::optional<double> approvalRate() const;
    CoverageCounts &operator+=(const CoverageCounts &other);
};

/// One line of the coverage tree: a factor (a root), or one of its values (a topic has its subtopics under it).
struct CoverageNode {
    QString name;
    QString key; ///< the value as samples store it (a topic's full path); empty for a factor's root
    CoverageFactor factor = CoverageFactor::Topic;
    CoverageCounts counts;
    std::optional<double> planned; ///< the share the design's weights plan among the factor's values
    double actual = 0; ///< the share of the factor's samples that have it
    bool inDesign = true; ///< false: samples have it, the design no longer does
    int parent = -1;
    QList<int> children;
    /// Planned but clearly rarer than planned (under half of its planned share), or never made.
    bool underRepresented() const;
};

/// The counts of the project's complete samples by factor, and what the design's weights plan.
struct CoverageTree {
    QList<CoverageNode> nodes; ///< roots first, one per factor in allCoverageFactors() order
    qint64 samples = 0;
};

/// Reads the project's complete samples grouped by their factors and review (for a worker thread's connection).
std::optional<QList<CoverageRow>> readCoverage(const QSqlDatabase &db, bool withoutDuplicates, QString *error);

/// Puts the counts in a tree by factor (topics by their path) beside the shares the design plans: a topic's
/// share is its weight among its siblings, multiplied down the path; a persona's, scenario's or
/// structure's is its weight among the others of its kind (a design without personas plans the default
/// "User" and "Assistant"); a mode has no planned share (a run makes one mode).
CoverageTree buildCoverage(const Design::ProjectDesign &design, const QList<CoverageRow> &rows);

/// The share the design plans for each value of a factor (topics: leaf paths); empty for modes.
QHash<QString, double> plannedShares(const Design::ProjectDesign &design, CoverageFactor factor);

QString coverageFactorName(CoverageFactor factor); ///< "Topics", "User personas", … (translated)

} // namespace Dialogsmith

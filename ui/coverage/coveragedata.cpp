// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "coverage/coveragedata.h"

#include "store/datasetquery.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace Dialogsmith {

namespace {

const QString pathSeparator = QStringLiteral(" › ");

template<typename T, typename Weight, typename Key>
QHash<QString, double> shares(const QList<T> &items, Weight weight, Key key)
{
    double sum = 0;
    for (const T &item : items)
        sum += std::max(0.0, weight(item));
    QHash<QString, double> out;
    for (const T &item : items)
        out[key(item)] += sum > 0 ? std::max(0.0, weight(item)) / sum : 0;
    return out;
}

void topicShares(const QList<Design::Topic> &topics, const QString &prefix, double share, QHash<QString, double> *out,
                 bool leavesOnly)
{
    double sum = 0;
    for (const Design::Topic &t : topics)
        sum += std::max(0.0, t.weight);
    for (const Design::Topic &t : topics) {
        const QString path = prefix.isEmpty() ? t.name : prefix + pathSeparator + t.name;
        const double mine = sum > 0 ? share * std::max(0.0, t.weight) / sum : 0;
        if (!leavesOnly || t.children.isEmpty())
            (*out)[path] += mine;
        topicShares(t.children, path, mine, out, leavesOnly);
    }
}

QString translated(const char *text)
{
    return QCoreApplication::translate("CoverageView", text);
}

} // namespace

QList<CoverageFactor> allCoverageFactors()
{
    return {CoverageFactor::Topic,    CoverageFactor::UserPersona, CoverageFactor::AssistantPersona,
            CoverageFactor::Scenario, CoverageFactor::Structure,   CoverageFactor::Mode};
}

QString coverageFactorName(CoverageFactor factor)
{
    switch (factor) {
    case CoverageFactor::Topic:
        return translated(QT_TRANSLATE_NOOP("CoverageView", "Topics"));
    case CoverageFactor::UserPersona:
        return translated(QT_TRANSLATE_NOOP("CoverageView", "User personas"));
    case CoverageFactor::AssistantPersona:
        return translated(QT_TRANSLATE_NOOP("CoverageView", "Assistant personas"));
    case CoverageFactor::Scenario:
        return translated(QT_TRANSLATE_NOOP("CoverageView", "Scenarios"));
    case CoverageFactor::Structure:
        return translated(QT_TRANSLATE_NOOP("CoverageView", "Structures"));
    case CoverageFactor::Mode:
        return translated(QT_TRANSLATE_NOOP("CoverageView", "Modes"));
    }
    return {};
}

std::optional<double> CoverageCounts::approvalRate() const
{
    const qint64 reviewed = approved + rejected;
    if (reviewed == 0)
        return std::nullopt;
    return double(approved) / double(reviewed);
}

CoverageCounts &CoverageCounts::operator+=(const CoverageCounts &other)
{
    approved += other.approved;
    rejected += other.rejected;
    unreviewed += other.unreviewed;
    return *this;
}

bool CoverageNode::underRepresented() const
{
    return planned && *planned > 0 && actual < *planned * 0.5;
}

std::optional<QList<CoverageRow>> readCoverage(const QSqlDatabase &db, bool withoutDuplicates, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.topic_path, c.user_persona, c.assistant_persona, c.scenario, c.structure, "
                             "c.mode, sum(c.review = 'approved'), sum(c.review = 'rejected'), sum(c.review NOT IN "
                             "('approved', 'rejected')) FROM conversations c WHERE c.state = 'complete' AND NOT (? AND "
                             "%1) GROUP BY 1, 2, 3, 4, 5, 6")
                  .arg(Store::DatasetQuery::duplicateCondition()));
    q.addBindValue(withoutDuplicates ? 1 : 0);
    if (!q.exec()) {
        *error = QCoreApplication::translate("CoverageView", "Cannot read the samples: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    QList<CoverageRow> rows;
    while (q.next()) {
        CoverageRow row;
        for (int i = 0; i < 6; ++i)
            row.values[i] = q.value(i).toString();
        row.approved = q.value(6).toLongLong();
        row.rejected = q.value(7).toLongLong();
        row.unreviewed = q.value(8).toLongLong();
        rows.append(row);
    }
    return rows;
}

QHash<QString, double> plannedShares(const Design::ProjectDesign &design, CoverageFactor factor)
{
    QHash<QString, double> out;
    const auto personas = [&](Design::Side side) {
        QList<Design::Persona> list;
        for (const Design::Persona &p : design.personas) {
            if (p.side == side)
                list.append(p);
        }
        if (list.isEmpty()) {
            // What the planner draws then (Planner::defaultPersona).
            Design::Persona fallback;
            fallback.name = side == Design::Side::User
                ? QCoreApplication::translate("Dialogsmith::Engine::Planner", "User")
                : QCoreApplication::translate("Dialogsmith::Engine::Planner", "Assistant");
            list.append(fallback);
        }
        return shares(
            list, [](const Design::Persona &p) { return p.weight; }, [](const Design::Persona &p) { return p.name; });
    };
    switch (factor) {
    case CoverageFactor::Topic:
        topicShares(design.topics, QString(), 1.0, &out, true);
        return out;
    case CoverageFactor::UserPersona:
        return personas(Design::Side::User);
    case CoverageFactor::AssistantPersona:
        return personas(Design::Side::Assistant);
    case CoverageFactor::Scenario:
        if (design.scenarios.isEmpty())
            return {{QString(), 1.0}};
        return shares(
            design.scenarios, [](const Design::Scenario &s) { return s.weight; },
            [](const Design::Scenario &s) { return s.description; });
    case CoverageFactor::Structure:
        if (design.structures.isEmpty())
            return {{QString(), 1.0}};
        return shares(
            design.structures, [](const Design::Structure &s) { return s.weight; },
            [](const Design::Structure &s) { return s.name; });
    case CoverageFactor::Mode:
        return out;
    }
    return out;
}

CoverageTree buildCoverage(const Design::ProjectDesign &design, const QList<CoverageRow> &rows)
{
    CoverageTree tree;
    const QList<CoverageFactor> factors = allCoverageFactors();
    for (CoverageFactor factor : factors) {
        CoverageNode root;
        root.name = coverageFactorName(factor);
        root.factor = factor;
        tree.nodes.append(root);
    }
    // value key → node, per factor
    QHash<QString, int> byKey[6];
    const auto node = [&](CoverageFactor factor, const QString &key, const QString &name, int parent) {
        const int f = int(factor);
        const auto found = byKey[f].constFind(key);
        if (found != byKey[f].cend())
            return *found;
        CoverageNode n;
        n.name = name;
        n.key = key;
        n.factor = factor;
        n.parent = parent;
        const int at = int(tree.nodes.size());
        tree.nodes.append(n);
        tree.nodes[parent].children.append(at);
        byKey[f].insert(key, at);
        return at;
    };
    const auto topicNode = [&](const QString &path) {
        const QStringList parts = path.split(pathSeparator);
        int parent = int(CoverageFactor::Topic);
        QString key;
        for (const QString &part : parts) {
            key = key.isEmpty() ? part : key + pathSeparator + part;
            parent = node(CoverageFactor::Topic, key, part, parent);
        }
        return parent;
    };
    const auto emptyName = [](CoverageFactor factor) {
        return factor == CoverageFactor::Scenario ? QCoreApplication::translate("CoverageView", "(no scenario)")
            : factor == CoverageFactor::Structure ? QCoreApplication::translate("CoverageView", "(no structure)")
                                                  : QCoreApplication::translate("CoverageView", "(none)");
    };

    // The design's values first, in its order, so that what was never made shows up too.
    QHash<QString, double> planned[6];
    QHash<QString, double> topicsAll;
    topicShares(design.topics, QString(), 1.0, &topicsAll, false);
    planned[int(CoverageFactor::Topic)] = topicsAll;
    std::function<void(const QList<Design::Topic> &, const QString &)> addTopics
        = [&](const QList<Design::Topic> &topics, const QString &prefix) {
              for (const Design::Topic &t : topics) {
                  const QString path = prefix.isEmpty() ? t.name : prefix + pathSeparator + t.name;
                  topicNode(path);
                  addTopics(t.children, path);
              }
          };
    addTopics(design.topics, QString());
    for (CoverageFactor factor : factors) {
        if (factor == CoverageFactor::Topic)
            continue;
        planned[int(factor)] = plannedShares(design, factor);
        // In the design's order: the order of its lists.
        QStringList keys;
        if (factor == CoverageFactor::UserPersona || factor == CoverageFactor::AssistantPersona) {
            const Design::Side side
                = factor == CoverageFactor::UserPersona ? Design::Side::User : Design::Side::Assistant;
            for (const Design::Persona &p : design.personas) {
                if (p.side == side)
                    keys.append(p.name);
            }
        } else if (factor == CoverageFactor::Scenario) {
            for (const Design::Scenario &s : design.scenarios)
                keys.append(s.description);
        } else if (factor == CoverageFactor::Structure) {
            for (const Design::Structure &s : design.structures)
                keys.append(s.name);
        }
        for (auto it = planned[int(factor)].cbegin(); it != planned[int(factor)].cend(); ++it) {
            if (!keys.contains(it.key()))
                keys.append(it.key());
        }
        for (const QString &key : std::as_const(keys))
            node(factor, key, key.isEmpty() ? emptyName(factor) : key, int(factor));
    }

    for (const CoverageRow &row : rows) {
        const CoverageCounts counts {row.approved, row.rejected, row.unreviewed};
        tree.samples += counts.total();
        for (CoverageFactor factor : factors) {
            const QString &value = row.values[int(factor)];
            int at = factor == CoverageFactor::Topic
                ? topicNode(value)
                : node(factor, value, value.isEmpty() ? emptyName(factor) : value, int(factor));
            // A topic's counts add up to its parents'.
            for (; at >= 0; at = tree.nodes.at(at).parent)
                tree.nodes[at].counts += counts;
        }
    }

    for (int at = int(factors.size()); at < tree.nodes.size(); ++at) {
        CoverageNode &n = tree.nodes[at];
        const QHash<QString, double> &plan = planned[int(n.factor)];
        if (n.factor != CoverageFactor::Mode) {
            const auto found = plan.constFind(n.key);
            n.inDesign = found != plan.cend();
            n.planned = n.inDesign ? *found : 0.0;
        } else {
            n.inDesign = true;
        }
        n.actual = tree.samples > 0 ? double(n.counts.total()) / double(tree.samples) : 0;
    }
    for (int f = 0; f < factors.size(); ++f) {
        tree.nodes[f].actual = tree.samples > 0 ? 1 : 0;
        if (factors.at(f) != CoverageFactor::Mode)
            tree.nodes[f].planned = 1;
    }
    return tree;
}

} // namespace Dialogsmith

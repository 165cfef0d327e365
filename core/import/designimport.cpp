// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "import/designimport.h"

#include "design/projectspec.h"

#include <QSet>

#include <algorithm>

namespace Dialogsmith::Import {

namespace {

void mergeTopics(QList<Design::Topic> &into, const QList<Design::Topic> &from)
{
    for (const Design::Topic &topic : from) {
        auto same = std::find_if(into.begin(), into.end(),
                                 [&](const Design::Topic &other) { return other.name == topic.name; });
        if (same == into.end()) {
            into.append(topic);
            continue;
        }
        if (same->description.isEmpty())
            same->description = topic.description;
        mergeTopics(same->children, topic.children);
    }
}

int countTopics(const QList<Design::Topic> &topics)
{
    int n = 0;
    for (const Design::Topic &topic : topics)
        n += 1 + countTopics(topic.children);
    return n;
}

QString uniqueTitle(const QList<Design::Document> &documents, const QString &base)
{
    QString title = base;
    for (int n = 2;; ++n) {
        const bool taken = std::any_of(documents.cbegin(), documents.cend(),
                                       [&](const Design::Document &other) { return other.title == title; });
        if (!taken)
            return title;
        title = QStringLiteral("%1 (%2)").arg(base).arg(n);
    }
}

} // namespace

Design::ProjectDesign DesignMerge::merged(const Design::ProjectDesign &design, const DesignAdditions &additions)
{
    Design::ProjectDesign result = design;
    mergeTopics(result.topics, additions.topics);
    for (const Design::Persona &persona : additions.personas) {
        const bool taken = std::any_of(result.personas.cbegin(), result.personas.cend(),
                                       [&](const Design::Persona &other) { return other.name == persona.name; });
        if (!taken)
            result.personas.append(persona);
    }
    for (const Design::Scenario &scenario : additions.scenarios) {
        if (!result.scenarios.contains(scenario))
            result.scenarios.append(scenario);
    }
    for (Design::Document document : additions.documents) {
        const bool known = std::any_of(result.documents.cbegin(), result.documents.cend(),
                                       [&](const Design::Document &other) { return other.text == document.text; });
        if (known)
            continue;
        document.title = uniqueTitle(result.documents, document.title);
        result.documents.append(document);
    }
    for (const QString &seed : additions.seeds) {
        if (!result.modes.seeds.contains(seed))
            result.modes.seeds.append(seed);
    }
    if (additions.starter)
        result.templates.starter = *additions.starter;
    if (additions.userTurn)
        result.templates.userTurn = *additions.userTurn;
    if (additions.evolDirections && !additions.evolDirections->isEmpty())
        result.modes.evolDirections = *additions.evolDirections;
    return result;
}

QStringList DesignMerge::problems(const Design::ProjectDesign &design, const DesignAdditions &additions)
{
    const Design::ProjectDesign after = merged(design, additions);
    const QStringList before = Design::ProjectSpec::check(design);
    QStringList found;
    for (const QString &problem : Design::ProjectSpec::check(after)) {
        if (!before.contains(problem))
            found.append(problem);
    }
    // What the project saves must open again: the merged design read back from its spec.
    QString error;
    QStringList designProblems;
    if (!Design::ProjectSpec::read(Design::ProjectSpec::write(after), additions.source, QString(), &error,
                                   &designProblems))
        found.append(error);
    return found;
}

QString DesignMerge::summary(const Design::ProjectDesign &design, const DesignAdditions &additions)
{
    const Design::ProjectDesign after = merged(design, additions);
    QStringList parts;
    auto add = [&](qsizetype n, const char *text) {
        if (n > 0)
            parts.append(tr(text, nullptr, int(n)));
    };
    add(countTopics(after.topics) - countTopics(design.topics), QT_TR_N_NOOP("%n topic(s)"));
    add(after.personas.size() - design.personas.size(), QT_TR_N_NOOP("%n persona(s)"));
    add(after.scenarios.size() - design.scenarios.size(), QT_TR_N_NOOP("%n scenario(s)"));
    add(after.documents.size() - design.documents.size(), QT_TR_N_NOOP("%n document(s)"));
    add(after.modes.seeds.size() - design.modes.seeds.size(), QT_TR_N_NOOP("%n seed(s)"));
    const int templates = int(after.templates.starter != design.templates.starter)
        + int(after.templates.userTurn != design.templates.userTurn);
    add(templates, QT_TR_N_NOOP("%n template(s)"));
    if (after.modes.evolDirections != design.modes.evolDirections) {
        QStringList names;
        for (Design::EvolDirection direction : after.modes.evolDirections)
            names.append(Design::evolDirectionName(direction));
        parts.append(tr("Evol-Instruct directions: %1").arg(names.join(QStringLiteral(", "))));
    }
    if (parts.isEmpty())
        return tr("Nothing new to add.");
    return parts.join(QStringLiteral(", "));
}

} // namespace Dialogsmith::Import

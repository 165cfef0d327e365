// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "design/design.h"

#include <QFile>

// The templates are compiled into the static core library; referencing their initialiser keeps the linker
// from dropping them. Q_INIT_RESOURCE must be called outside any namespace.
static void initTemplateResources()
{
    Q_INIT_RESOURCE(dialogsmith_templates);
}

namespace Dialogsmith::Design {

namespace {

QString resourceText(const QString &name)
{
    initTemplateResources();
    QFile file(QStringLiteral(":/dialogsmith/templates/") + name);
    // The templates are compiled in: failing to open one is a build defect, not a user error.
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Missing built-in template %s", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString sideName(Side side)
{
    return side == Side::User ? QStringLiteral("user") : QStringLiteral("assistant");
}

PromptTemplates PromptTemplates::defaults()
{
    static const PromptTemplates templates {
        resourceText(QStringLiteral("system.tmpl")),
        resourceText(QStringLiteral("starter.tmpl")),
        resourceText(QStringLiteral("user_turn.tmpl")),
        resourceText(QStringLiteral("assistant_turn.tmpl")),
        resourceText(QStringLiteral("instruction.tmpl")),
        resourceText(QStringLiteral("evol.tmpl")),
        resourceText(QStringLiteral("knowledge_question.tmpl")),
        resourceText(QStringLiteral("faithfulness.tmpl")),
        resourceText(QStringLiteral("preference_judge.tmpl")),
        resourceText(QStringLiteral("embedding_queries.tmpl")),
        resourceText(QStringLiteral("negative_check.tmpl")),
        resourceText(QStringLiteral("judge.tmpl")),
    };
    return templates;
}

namespace {
constexpr std::pair<Mode, const char *> modeNames[] = {
    {Mode::Conversation, "conversation"}, {Mode::Instruction, "instruction"}, {Mode::Evol, "evol"},
    {Mode::KnowledgeQa, "knowledge-qa"},  {Mode::Preference, "preference"},   {Mode::Embedding, "embedding"},
};
constexpr std::pair<EvolDirection, const char *> directionNames[] = {
    {EvolDirection::Constraints, "constraints"}, {EvolDirection::Deepen, "deepen"},
    {EvolDirection::Concretise, "concretise"},   {EvolDirection::Reasoning, "reasoning"},
    {EvolDirection::Breadth, "breadth"},
};

constexpr std::pair<PreferenceSource, const char *> preferenceSourceNames[] = {
    {PreferenceSource::Prompts, "prompts"},
    {PreferenceSource::Conversations, "conversations"},
};

template<typename Enum, std::size_t N>
QString nameOf(const std::pair<Enum, const char *> (&names)[N], Enum value)
{
    for (const auto &[v, name] : names) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::pair<Enum, const char *> (&names)[N], QStringView name)
{
    for (const auto &[v, n] : names) {
        if (name == QLatin1StringView(n))
            return v;
    }
    return std::nullopt;
}
} // namespace

QString modeName(Mode mode)
{
    return nameOf(modeNames, mode);
}

std::optional<Mode> parseMode(QStringView name)
{
    return valueOf(modeNames, name);
}

QList<Mode> allModes()
{
    QList<Mode> modes;
    for (const auto &entry : modeNames)
        modes.append(entry.first);
    return modes;
}

QString evolDirectionName(EvolDirection direction)
{
    return nameOf(directionNames, direction);
}

std::optional<EvolDirection> parseEvolDirection(QStringView name)
{
    return valueOf(directionNames, name);
}

QString preferenceSourceName(PreferenceSource source)
{
    return nameOf(preferenceSourceNames, source);
}

std::optional<PreferenceSource> parsePreferenceSource(QStringView name)
{
    return valueOf(preferenceSourceNames, name);
}

QList<EvolDirection> allEvolDirections()
{
    QList<EvolDirection> directions;
    for (const auto &entry : directionNames)
        directions.append(entry.first);
    return directions;
}

QList<Rubric> Rubric::defaults()
{
    // The criteria are the judge template's {{rubric.text}}; the scale is checked when the verdict is read.
    static const QList<Rubric> rubrics {
        {QStringLiteral("3-point"), 1, 3,
         QStringLiteral("3: the answer is correct, complete, helpful and follows the request in every part.\n"
                        "2: the answer is mostly right but misses a detail, has a small error, or is unclear.\n"
                        "1: the answer is wrong, unhelpful, off topic, or does not follow the request.")},
        {QStringLiteral("1-10"), 1, 10,
         QStringLiteral("Score how well the assistant serves the user: correctness and faithfulness to any source "
                        "text, completeness, helpfulness, clarity, and whether it follows every instruction. "
                        "10 is an answer an expert would give; 5 is usable but flawed; 1 is wrong or harmful.")},
    };
    return rubrics;
}

bool operator==(const Topic &a, const Topic &b)
{
    return a.name == b.name && a.description == b.description && a.weight == b.weight && a.children == b.children;
}

const Llm::ProviderProfile *ProjectDesign::provider(const QString &profileName) const
{
    for (const Llm::ProviderProfile &profile : providers) {
        if (profile.name == profileName)
            return &profile;
    }
    return nullptr;
}

bool operator==(const ProjectDesign &a, const ProjectDesign &b)
{
    return a.name == b.name && a.description == b.description && a.topics == b.topics && a.personas == b.personas
        && a.scenarios == b.scenarios && a.structures == b.structures && a.documents == b.documents
        && a.chunking == b.chunking && a.templates == b.templates && a.providers == b.providers
        && a.prices.prices() == b.prices.prices() && a.generation == b.generation && a.modes == b.modes
        && a.quality == b.quality;
}

} // namespace Dialogsmith::Design

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
    };
    return templates;
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
        && a.prices.prices() == b.prices.prices() && a.generation == b.generation;
}

} // namespace Dialogsmith::Design

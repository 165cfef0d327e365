// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "project/modelaccess.h"

#include "llm/llmclient.h"
#include "project/projectsession.h"

namespace Dialogsmith {

ModelAccess::ModelAccess(ProjectSession &session, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_secrets(secrets)
    , m_client(new Llm::LlmClient(&secrets, this))
{
    applyProfiles();
    connect(&m_session, &ProjectSession::designChanged, this, [this](ProjectSession::Parts parts) {
        if (parts & (ProjectSession::Part::Providers | ProjectSession::Part::Prices)) {
            applyProfiles();
            Q_EMIT profilesChanged();
        }
    });
}

ModelAccess::~ModelAccess() = default;

void ModelAccess::applyProfiles()
{
    const Design::ProjectDesign &design = m_session.design();
    // A profile removed from the design stays known to the client until the next start, harmlessly: no
    // feature offers it any more.
    for (const Llm::ProviderProfile &profile : design.providers)
        m_client->setProfile(profile);
    m_client->setPrices(design.prices);
}

QStringList ModelAccess::profileNames() const
{
    QStringList names;
    for (const Llm::ProviderProfile &profile : m_session.design().providers)
        names.append(profile.name);
    return names;
}

QString ModelAccess::defaultProfile() const
{
    const Design::ProjectDesign &design = m_session.design();
    if (design.provider(design.generation.assistantProfile))
        return design.generation.assistantProfile;
    return design.providers.isEmpty() ? QString() : design.providers.constFirst().name;
}

} // namespace Dialogsmith

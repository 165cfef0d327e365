// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QStringList>

namespace Dialogsmith {

class ProjectSession;
class SecretStore;

namespace Llm {
class LlmClient;
}

/// The teacher models as the studio's interactive features use them: "Expand with model…", "Suggest
/// personas…", a template's "Try it", the providers' "Test connection" and model lists. One LlmClient on the
/// GUI thread (its calls are asynchronous), kept in step with the project's provider profiles and prices;
/// keys come from the secret store, never from the design. Runs use the engine's own client on its thread.
class ModelAccess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelAccess)

public:
    /// `session` and `secrets` must outlive this object.
    ModelAccess(ProjectSession &session, SecretStore &secrets, QObject *parent = nullptr);
    ~ModelAccess() override;

    Llm::LlmClient &client() const { return *m_client; }
    SecretStore &secrets() const { return m_secrets; }

    /// The names of the project's provider profiles, in order.
    QStringList profileNames() const;
    /// The profile interactive features use unless the user picks another: the run's assistant profile,
    /// else the first one; empty when the project has none.
    QString defaultProfile() const;

Q_SIGNALS:
    /// The profiles changed (added, removed, edited): lists of them need refreshing.
    void profilesChanged();

private:
    void applyProfiles();

    ProjectSession &m_session;
    SecretStore &m_secrets;
    Llm::LlmClient *m_client = nullptr;
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "secrets/secretstore.h"

namespace Dialogsmith {

/// API keys in the operating system's keychain (Secret Service on Linux, Keychain on macOS, Credential
/// Manager on Windows) through QtKeychain. Never falls back to a plain-text file.
class KeychainSecretStore final : public SecretStore
{
public:
    /// `service` groups the entries in the keychain; one per application.
    explicit KeychainSecretStore(QString service);

    QFuture<SecretResult> read(const QString &account) override;
    QFuture<SecretResult> write(const QString &account, const QString &secret) override;
    QFuture<SecretResult> remove(const QString &account) override;

private:
    QString m_service;
};

} // namespace Dialogsmith

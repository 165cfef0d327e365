// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "secrets/secretstore.h"

#include <QHash>

namespace Dialogsmith::Test {

/// A secret store in memory, for tests that are not about the keychain.
class MemorySecrets final : public SecretStore
{
public:
    QHash<QString, QString> keys;

    QFuture<SecretResult> read(const QString &account) override
    {
        return QtFuture::makeReadyValueFuture(keys.contains(account) ? SecretResult::ok(keys.value(account))
                                                                     : SecretResult::notFound());
    }
    QFuture<SecretResult> write(const QString &account, const QString &secret) override
    {
        keys.insert(account, secret);
        return QtFuture::makeReadyValueFuture(SecretResult::ok());
    }
    QFuture<SecretResult> remove(const QString &account) override
    {
        return QtFuture::makeReadyValueFuture(keys.remove(account) ? SecretResult::ok() : SecretResult::notFound());
    }
};

} // namespace Dialogsmith::Test

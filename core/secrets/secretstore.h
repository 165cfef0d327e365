// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFuture>
#include <QString>

namespace Dialogsmith {

/// What a secret store answered. A missing secret is an answer of its own, not a failure.
struct SecretResult {
    enum class Status { Ok, NotFound, Failed };
    Status status = Status::Failed;
    QString secret; ///< the secret, for a successful read only
    QString error; ///< what went wrong, for Failed; never contains the secret

    static SecretResult ok(const QString &secret = {}) { return {Status::Ok, secret, {}}; }
    static SecretResult notFound() { return {Status::NotFound, {}, {}}; }
    static SecretResult failed(const QString &error) { return {Status::Failed, {}, error}; }
};

/// Where API keys live. Implementations answer asynchronously; none may write a secret to a file or a log.
class SecretStore
{
public:
    virtual ~SecretStore();

    virtual QFuture<SecretResult> read(const QString &account) = 0;
    virtual QFuture<SecretResult> write(const QString &account, const QString &secret) = 0;
    /// Removing a secret that is not there answers NotFound.
    virtual QFuture<SecretResult> remove(const QString &account) = 0;
};

} // namespace Dialogsmith

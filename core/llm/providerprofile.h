// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Dialogsmith::Llm {

enum class ProviderKind { OpenAiCompatible, Anthropic, Gemini };

QString providerKindName(ProviderKind kind);
/// "openai", "anthropic", "gemini"; false when `text` names none.
bool parseProviderKind(const QString &text, ProviderKind *kind);

/// Where an API key comes from. Profiles never hold the key itself.
struct KeySource {
    enum class Type { None, Keychain, Environment };
    Type type = Type::None;
    QString name; ///< the keychain account, or the environment variable
    friend bool operator==(const KeySource &, const KeySource &) = default;
};

/// One server of a profile. A profile with several uses them all and fails over between them.
struct Endpoint {
    QString baseUrl; ///< as the user wrote it, honoured exactly (OpenAI-compatible: up to and including /v1)
    KeySource key; ///< Type::None: the profile's key
    friend bool operator==(const Endpoint &, const Endpoint &) = default;
};

struct ProviderLimits {
    int maxConcurrent = 16; ///< requests in flight at once, over all endpoints
    int requestsPerMinute = 0; ///< 0: no limit
    int tokensPerMinute = 0; ///< 0: no limit; output counted as max_tokens up front
    int maxAttempts = 6; ///< per call, the first one included
    int firstByteTimeoutMs = 120000;
    int idleTimeoutMs = 60000; ///< a stream that delivers no content for this long is dropped
    friend bool operator==(const ProviderLimits &, const ProviderLimits &) = default;
};

/// A teacher model: a kind of server, where it is, which model, how its key is found and its limits.
struct ProviderProfile {
    QString name;
    ProviderKind kind = ProviderKind::OpenAiCompatible;
    QList<Endpoint> endpoints;
    QString model;
    KeySource key;
    ProviderLimits limits;
    bool allowInsecureHttp = false; ///< send the key over plain http to a host other than loopback

    /// The environment variable a kind's key is read from by default.
    static QString defaultKeyVariable(ProviderKind kind);
    /// The base URL of the kind's hosted service.
    static QString defaultBaseUrl(ProviderKind kind);

    QJsonObject toJson() const;
    /// Reads a profile written by toJson(); on failure sets `error` to what is wrong and where.
    static bool fromJson(const QJsonObject &json, ProviderProfile *profile, QString *error);
    friend bool operator==(const ProviderProfile &, const ProviderProfile &) = default;
};

} // namespace Dialogsmith::Llm

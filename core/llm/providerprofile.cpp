// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/providerprofile.h"

#include <QJsonArray>
#include <QUrl>

#include <cmath>

namespace Dialogsmith::Llm {

namespace {

QString keyTypeName(KeySource::Type type)
{
    switch (type) {
    case KeySource::Type::None:
        return QStringLiteral("none");
    case KeySource::Type::Keychain:
        return QStringLiteral("keychain");
    case KeySource::Type::Environment:
        return QStringLiteral("env");
    }
    return {};
}

QJsonObject keyToJson(const KeySource &key)
{
    QJsonObject json {{QStringLiteral("from"), keyTypeName(key.type)}};
    if (!key.name.isEmpty())
        json.insert(QStringLiteral("name"), key.name);
    return json;
}

bool keyFromJson(const QJsonValue &value, KeySource *key, QString *error, const QString &where)
{
    if (value.isUndefined()) {
        *key = {};
        return true;
    }
    const QJsonObject json = value.toObject();
    const QString from = json.value(QStringLiteral("from")).toString();
    if (from == QLatin1StringView("none"))
        key->type = KeySource::Type::None;
    else if (from == QLatin1StringView("keychain"))
        key->type = KeySource::Type::Keychain;
    else if (from == QLatin1StringView("env"))
        key->type = KeySource::Type::Environment;
    else {
        *error = QStringLiteral("%1.from: expected \"none\", \"keychain\" or \"env\", found \"%2\"").arg(where, from);
        return false;
    }
    key->name = json.value(QStringLiteral("name")).toString();
    return true;
}

bool readInt(const QJsonObject &json, const QString &name, int minimum, int *value, QString *error)
{
    const QJsonValue v = json.value(name);
    if (v.isUndefined())
        return true;
    // Range first: converting an out-of-range double to an integer is undefined.
    if (!v.isDouble() || v.toDouble() < minimum || v.toDouble() > 1e9 || v.toDouble() != std::floor(v.toDouble())) {
        *error = QStringLiteral("limits.%1: expected a whole number of at least %2").arg(name).arg(minimum);
        return false;
    }
    *value = v.toInt();
    return true;
}

} // namespace

QString providerKindName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAiCompatible:
        return QStringLiteral("openai");
    case ProviderKind::Anthropic:
        return QStringLiteral("anthropic");
    case ProviderKind::Gemini:
        return QStringLiteral("gemini");
    }
    return {};
}

bool parseProviderKind(const QString &text, ProviderKind *kind)
{
    for (ProviderKind k : {ProviderKind::OpenAiCompatible, ProviderKind::Anthropic, ProviderKind::Gemini}) {
        if (providerKindName(k) == text) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString ProviderProfile::defaultKeyVariable(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAiCompatible:
        return QStringLiteral("OPENAI_API_KEY");
    case ProviderKind::Anthropic:
        return QStringLiteral("ANTHROPIC_API_KEY");
    case ProviderKind::Gemini:
        return QStringLiteral("GEMINI_API_KEY");
    }
    return {};
}

QString ProviderProfile::defaultBaseUrl(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAiCompatible:
        return QStringLiteral("https://api.openai.com/v1");
    case ProviderKind::Anthropic:
        return QStringLiteral("https://api.anthropic.com");
    case ProviderKind::Gemini:
        return QStringLiteral("https://generativelanguage.googleapis.com/v1beta");
    }
    return {};
}

QJsonObject ProviderProfile::toJson() const
{
    QJsonArray endpointArray;
    for (const Endpoint &endpoint : endpoints) {
        QJsonObject e {{QStringLiteral("baseUrl"), endpoint.baseUrl}};
        if (endpoint.key.type != KeySource::Type::None)
            e.insert(QStringLiteral("key"), keyToJson(endpoint.key));
        endpointArray.append(e);
    }
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("kind"), providerKindName(kind)},
        {QStringLiteral("model"), model},
        {QStringLiteral("endpoints"), endpointArray},
        {QStringLiteral("key"), keyToJson(key)},
        {QStringLiteral("allowInsecureHttp"), allowInsecureHttp},
        {QStringLiteral("limits"),
         QJsonObject {{QStringLiteral("maxConcurrent"), limits.maxConcurrent},
                      {QStringLiteral("requestsPerMinute"), limits.requestsPerMinute},
                      {QStringLiteral("tokensPerMinute"), limits.tokensPerMinute},
                      {QStringLiteral("maxAttempts"), limits.maxAttempts},
                      {QStringLiteral("firstByteTimeoutMs"), limits.firstByteTimeoutMs},
                      {QStringLiteral("idleTimeoutMs"), limits.idleTimeoutMs}}},
    };
}

bool ProviderProfile::fromJson(const QJsonObject &json, ProviderProfile *profile, QString *error)
{
    ProviderProfile p;
    p.name = json.value(QStringLiteral("name")).toString();
    if (p.name.trimmed().isEmpty()) {
        *error = QStringLiteral("name: a profile needs a name");
        return false;
    }
    const QString kind = json.value(QStringLiteral("kind")).toString();
    if (!parseProviderKind(kind, &p.kind)) {
        *error = QStringLiteral("kind: expected \"openai\", \"anthropic\" or \"gemini\", found \"%1\"").arg(kind);
        return false;
    }
    p.model = json.value(QStringLiteral("model")).toString();
    const QJsonArray endpointArray = json.value(QStringLiteral("endpoints")).toArray();
    for (qsizetype i = 0; i < endpointArray.size(); ++i) {
        const QJsonObject e = endpointArray.at(i).toObject();
        Endpoint endpoint;
        endpoint.baseUrl = e.value(QStringLiteral("baseUrl")).toString();
        const QUrl url(endpoint.baseUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1StringView("http") && url.scheme() != QLatin1StringView("https"))
            || url.host().isEmpty()) {
            *error = QStringLiteral("endpoints[%1].baseUrl: \"%2\" is not an http or https URL")
                         .arg(i)
                         .arg(endpoint.baseUrl);
            return false;
        }
        if (!keyFromJson(e.value(QStringLiteral("key")), &endpoint.key, error,
                         QStringLiteral("endpoints[%1].key").arg(i)))
            return false;
        p.endpoints.append(endpoint);
    }
    if (p.endpoints.isEmpty())
        p.endpoints.append({defaultBaseUrl(p.kind), {}});
    if (!keyFromJson(json.value(QStringLiteral("key")), &p.key, error, QStringLiteral("key")))
        return false;
    p.allowInsecureHttp = json.value(QStringLiteral("allowInsecureHttp")).toBool(false);
    const QJsonObject limits = json.value(QStringLiteral("limits")).toObject();
    if (!readInt(limits, QStringLiteral("maxConcurrent"), 1, &p.limits.maxConcurrent, error)
        || !readInt(limits, QStringLiteral("requestsPerMinute"), 0, &p.limits.requestsPerMinute, error)
        || !readInt(limits, QStringLiteral("tokensPerMinute"), 0, &p.limits.tokensPerMinute, error)
        || !readInt(limits, QStringLiteral("maxAttempts"), 1, &p.limits.maxAttempts, error)
        || !readInt(limits, QStringLiteral("firstByteTimeoutMs"), 100, &p.limits.firstByteTimeoutMs, error)
        || !readInt(limits, QStringLiteral("idleTimeoutMs"), 100, &p.limits.idleTimeoutMs, error))
        return false;
    *profile = std::move(p);
    return true;
}

} // namespace Dialogsmith::Llm

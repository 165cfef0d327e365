// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "llm/providererror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <variant>

// Small helpers the wire formats share for reading JSON answers.
namespace Dialogsmith::Llm::WireJson {

/// The JSON object in `bytes`, or nullopt when `bytes` is not one.
inline std::optional<QJsonObject> object(QByteArrayView bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

/// A non-negative whole number from a double a server sent, clamped so that absurd values (1e300, NaN,
/// negative counts) cannot overflow the conversion.
inline qint64 clampedCount(double value)
{
    constexpr double limit = 1e15;
    if (!(value > 0))
        return 0;
    return value >= limit ? qint64(limit) : qint64(value);
}

inline qint64 count(const QJsonValue &value)
{
    return value.isDouble() ? clampedCount(value.toDouble()) : 0;
}

inline ProviderError invalid(const QString &what, QByteArrayView bytes)
{
    return ProviderError::make(ProviderError::Kind::InvalidResponse,
                               what + QStringLiteral(": ") + QString::fromUtf8(bytes.left(200)).simplified());
}

/// The "id" of every object in the array "data": the model list of OpenAI-compatible servers and Anthropic.
inline std::variant<QStringList, ProviderError> dataIds(const QByteArray &body)
{
    const std::optional<QJsonObject> json = object(body);
    if (!json || !json->value(QStringLiteral("data")).isArray())
        return invalid(QStringLiteral("the model list is not a JSON object with \"data\""), body);
    QStringList ids;
    for (const QJsonValue &entry : json->value(QStringLiteral("data")).toArray()) {
        if (const QString id = entry.toObject().value(QStringLiteral("id")).toString(); !id.isEmpty())
            ids.append(id);
    }
    return ids;
}

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace Dialogsmith::Llm::WireJson

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "llm/chat.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Dialogsmith::Llm {

/// US dollars per million tokens for one model.
struct ModelPrice {
    double inputPerMTok = 0;
    double outputPerMTok = 0;
    double cachedInputPerMTok = 0;
    double cacheWritePerMTok = 0;
    friend bool operator==(const ModelPrice &, const ModelPrice &) = default;
};

/// What models cost, editable by the user. Models are matched by exact name, then by the longest listed
/// name the model's name starts with ("gpt-4o-mini-2024-07-18" uses "gpt-4o-mini").
class PriceTable final
{
public:
    void set(const QString &model, const ModelPrice &price) { m_prices.insert(model, price); }
    void remove(const QString &model) { m_prices.remove(model); }
    std::optional<ModelPrice> find(const QString &model) const;
    /// 0 for a model with no price (local servers).
    double costUsd(const QString &model, const Usage &usage) const;
    const QHash<QString, ModelPrice> &prices() const { return m_prices; }

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, PriceTable *table, QString *error);

private:
    QHash<QString, ModelPrice> m_prices;
};

} // namespace Dialogsmith::Llm

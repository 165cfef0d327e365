// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/pricetable.h"

namespace Dialogsmith::Llm {

std::optional<ModelPrice> PriceTable::find(const QString &model) const
{
    if (const auto it = m_prices.constFind(model); it != m_prices.cend())
        return *it;
    qsizetype best = -1;
    std::optional<ModelPrice> found;
    for (auto it = m_prices.cbegin(); it != m_prices.cend(); ++it) {
        if (model.startsWith(it.key()) && it.key().size() > best) {
            best = it.key().size();
            found = it.value();
        }
    }
    return found;
}

double PriceTable::costUsd(const QString &model, const Usage &usage) const
{
    const std::optional<ModelPrice> price = find(model);
    if (!price)
        return 0;
    const qint64 uncached = std::max<qint64>(0, usage.inputTokens - usage.cachedInputTokens - usage.cacheWriteTokens);
    return (double(uncached) * price->inputPerMTok + double(usage.cachedInputTokens) * price->cachedInputPerMTok
            + double(usage.cacheWriteTokens) * price->cacheWritePerMTok
            + double(usage.outputTokens) * price->outputPerMTok)
        / 1e6;
}

QJsonObject PriceTable::toJson() const
{
    QJsonObject json;
    for (auto it = m_prices.cbegin(); it != m_prices.cend(); ++it) {
        json.insert(it.key(),
                    QJsonObject {{QStringLiteral("input"), it->inputPerMTok},
                                 {QStringLiteral("output"), it->outputPerMTok},
                                 {QStringLiteral("cachedInput"), it->cachedInputPerMTok},
                                 {QStringLiteral("cacheWrite"), it->cacheWritePerMTok}});
    }
    return json;
}

bool PriceTable::fromJson(const QJsonObject &json, PriceTable *table, QString *error)
{
    PriceTable read;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!it.value().isObject()) {
            *error = QStringLiteral("prices.%1: expected an object of prices per million tokens").arg(it.key());
            return false;
        }
        const QJsonObject p = it.value().toObject();
        ModelPrice price;
        for (const auto &[name, field] :
             {std::pair {"input", &price.inputPerMTok}, std::pair {"output", &price.outputPerMTok},
              std::pair {"cachedInput", &price.cachedInputPerMTok},
              std::pair {"cacheWrite", &price.cacheWritePerMTok}}) {
            const QJsonValue v = p.value(QLatin1StringView(name));
            if (v.isUndefined())
                continue;
            if (!v.isDouble() || v.toDouble() < 0) {
                *error = QStringLiteral("prices.%1.%2: expected a number of dollars, at least 0")
                             .arg(it.key(), QLatin1StringView(name));
                return false;
            }
            *field = v.toDouble();
        }
        read.set(it.key(), price);
    }
    *table = std::move(read);
    return true;
}

} // namespace Dialogsmith::Llm

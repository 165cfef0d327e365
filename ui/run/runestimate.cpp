// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/runestimate.h"

#include <algorithm>

namespace Dialogsmith {

namespace {

const Llm::ProviderProfile *sideProfile(const Design::ProjectDesign &design, const QString &name)
{
    if (const Llm::ProviderProfile *p = design.provider(name))
        return p;
    // As the engine does: one profile serves both sides unless told otherwise.
    return design.providers.size() == 1 ? &design.providers.constFirst() : nullptr;
}

} // namespace

RunEstimate RunEstimate::of(const Design::ProjectDesign &design)
{
    const Design::GenerationSettings &g = design.generation;
    RunEstimate e;
    e.exchanges = (g.minTurns + g.maxTurns) / 2.0;
    const double n = e.exchanges;
    const double u = std::min(g.userSampling.maxTokens, typicalUserTokens);
    const double a = std::min(g.assistantSampling.maxTokens, typicalAssistantTokens);
    // A grounded prompt carries its chunk: about four characters a token.
    const double chunkTokens = design.documents.isEmpty() ? 0 : g.groundingProbability * design.chunking.size / 4.0;
    const double overhead = promptOverheadTokens + chunkTokens;
    // Exchange k sends the k - 1 exchanges before it, to the user simulator and (with its new question) to the
    // assistant.
    const auto inputFor = [&](double userLength, double assistantLength) {
        const double history = (userLength + assistantLength) * n * (n - 1) / 2.0;
        const double userInput = n * overhead + history;
        const double assistantInput = n * overhead + history + n * userLength;
        return std::pair {userInput, assistantInput};
    };
    const auto [userIn, assistantIn] = inputFor(u, a);
    const auto [userInMax, assistantInMax] = inputFor(g.userSampling.maxTokens, g.assistantSampling.maxTokens);
    const double count = g.count;
    e.inputTokens = qint64(count * (userIn + assistantIn));
    e.outputTokens = qint64(count * n * (u + a));
    e.maxOutputTokens = qint64(count * n * (g.userSampling.maxTokens + g.assistantSampling.maxTokens));

    const Llm::ProviderProfile *user = sideProfile(design, g.userProfile);
    const Llm::ProviderProfile *assistant = sideProfile(design, g.assistantProfile);
    double cost = 0;
    double maxCost = 0;
    bool priced = false;
    const auto price = [&](const Llm::ProviderProfile *profile, double in, double out, double inMax, double outMax) {
        if (!profile)
            return;
        const std::optional<Llm::ModelPrice> p = design.prices.find(profile->model);
        if (!p) {
            if (!e.unpriced.contains(profile->model))
                e.unpriced.append(profile->model);
            return;
        }
        priced = true;
        cost += count * (in * p->inputPerMTok + out * p->outputPerMTok) / 1e6;
        maxCost += count * (inMax * p->inputPerMTok + outMax * p->outputPerMTok) / 1e6;
    };
    price(user, userIn, n * u, userInMax, n * g.userSampling.maxTokens);
    price(assistant, assistantIn, n * a, assistantInMax, n * g.assistantSampling.maxTokens);
    if (priced) {
        e.costUsd = cost;
        e.maxCostUsd = maxCost;
    }

    // Calls of one conversation follow each other; conversations run side by side up to the concurrency and
    // what the profiles allow in flight.
    e.parallel = std::max(1, g.concurrency);
    for (const Llm::ProviderProfile *p : {user, assistant}) {
        if (p)
            e.parallel = std::min(e.parallel, std::max(1, p->limits.maxConcurrent));
    }
    e.parallel = std::min(e.parallel, std::max(1, g.count));
    const double conversationSeconds = n * (2 * firstTokenSeconds + u / tokensPerSecond + a / tokensPerSecond);
    e.seconds = count * conversationSeconds / e.parallel;

    const qint64 tokens = e.inputTokens + e.outputTokens;
    e.budgetStopsEarly
        = (g.budgetTokens > 0 && tokens > g.budgetTokens) || (g.budgetUsd > 0 && e.costUsd && *e.costUsd > g.budgetUsd);
    return e;
}

} // namespace Dialogsmith

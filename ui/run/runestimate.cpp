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

/// The calls of one sample of a profile, summed: tokens in, typical tokens out and the most out.
struct Calls {
    const Llm::ProviderProfile *profile = nullptr;
    double calls = 0;
    double input = 0;
    double output = 0;
    double maxInput = 0;
    double maxOutput = 0;
};

} // namespace

RunEstimate RunEstimate::of(const Design::ProjectDesign &design)
{
    using Design::Mode;
    const Design::GenerationSettings &g = design.generation;
    const Design::ModeSettings &m = design.modes;
    RunEstimate e;
    e.mode = g.mode;
    e.samples = g.mode == Mode::Evol ? g.count * std::max(1, m.evolGenerations) : g.count;
    const double uMax = g.userSampling.maxTokens;
    const double aMax = g.assistantSampling.maxTokens;
    const double u = std::min(uMax, double(typicalUserTokens));
    const double a = std::min(aMax, double(typicalAssistantTokens));
    // A grounded prompt carries its chunk: about four characters a token.
    const double chunk = design.documents.isEmpty() ? 0 : design.chunking.size / 4.0;

    const Llm::ProviderProfile *user = sideProfile(design, g.userProfile);
    const Llm::ProviderProfile *assistant = sideProfile(design, g.assistantProfile);
    const Llm::ProviderProfile *judge
        = sideProfile(design, m.judgeProfile.isEmpty() ? g.assistantProfile : m.judgeProfile);
    Calls userCalls {user};
    Calls assistantCalls {assistant};
    Calls judgeCalls {judge};
    QList<Calls> responders; // preference: each response profile in turn
    double sequentialSeconds = 0; // one sample's calls follow each other
    const auto call
        = [&](Calls &calls, double input, double output, double maxInput, double maxOutput, double times = 1) {
              calls.calls += times;
              calls.input += times * input;
              calls.output += times * output;
              calls.maxInput += times * maxInput;
              calls.maxOutput += times * maxOutput;
              sequentialSeconds += times * (firstTokenSeconds + output / tokensPerSecond);
          };
    const double overhead = promptOverheadTokens;
    switch (g.mode) {
    case Mode::Conversation: {
        e.exchanges = (g.minTurns + g.maxTurns) / 2.0;
        const double n = e.exchanges;
        const double grounded = g.groundingProbability * chunk;
        // Exchange k sends the k - 1 exchanges before it, to the user simulator and (with its new question) to
        // the assistant.
        const auto history = [n](double userLength, double assistantLength) {
            return (userLength + assistantLength) * n * (n - 1) / 2.0;
        };
        const double userIn = n * (overhead + grounded) + history(u, a);
        const double userInMax = n * (overhead + grounded) + history(uMax, aMax);
        call(userCalls, userIn / n, u, userInMax / n, uMax, n);
        call(assistantCalls, (userIn + n * u) / n, a, (userInMax + n * uMax) / n, aMax, n);
        break;
    }
    case Mode::Instruction:
    case Mode::Evol:
    case Mode::Preference: {
        const bool fromConversations
            = g.mode == Mode::Preference && m.preferenceSource == Design::PreferenceSource::Conversations;
        const double grounded = g.mode == Mode::Evol ? 0 : g.groundingProbability * chunk;
        // What an answer reads besides the template and the chunk: the prompt, or the conversation up to the
        // turn answered again (half of the conversation before it, on average, and the turn's question).
        double context = u;
        double contextMax = uMax;
        if (fromConversations) {
            e.exchanges = (g.minTurns + g.maxTurns) / 2.0;
            const double before = (e.exchanges - 1) / 2.0;
            context = before * (u + a) + u;
            contextMax = before * (uMax + aMax) + uMax;
        } else {
            // The request shows some seeds (or the instruction to evolve), each about a question long.
            const double examples = g.mode == Mode::Evol ? u : std::min<double>(m.seedsPerPrompt, m.seeds.size()) * u;
            call(userCalls, overhead + grounded + examples, u, overhead + grounded + examples, uMax);
        }
        const double answerIn = overhead + grounded + context;
        const double answerInMax = overhead + grounded + contextMax;
        if (g.mode != Mode::Preference) {
            call(assistantCalls, answerIn, a, answerInMax, aMax);
            break;
        }
        const int responses = std::max(2, m.responses);
        // From conversations the turn's own answer is one of the responses: it is there already.
        const int asked = fromConversations ? responses - 1 : responses;
        for (int i = 0; i < asked; ++i) {
            const QString name
                = m.responseProfiles.isEmpty() ? QString() : m.responseProfiles.at(i % m.responseProfiles.size());
            Calls &calls = name.isEmpty() ? assistantCalls : [&]() -> Calls & {
                for (Calls &c : responders) {
                    if (c.profile == sideProfile(design, name))
                        return c;
                }
                responders.append(Calls {sideProfile(design, name)});
                return responders.last();
            }();
            call(calls, answerIn, a, answerInMax, aMax);
        }
        call(judgeCalls, overhead + context + responses * a, typicalVerdictTokens,
             overhead + contextMax + responses * aMax, typicalVerdictTokens);
        break;
    }
    case Mode::KnowledgeQa:
        call(userCalls, overhead + chunk, u, overhead + chunk, uMax);
        call(assistantCalls, overhead + chunk + u, a, overhead + chunk + uMax, aMax);
        if (m.checkFaithfulness)
            call(judgeCalls, overhead + chunk + u + a, typicalVerdictTokens, overhead + chunk + uMax + aMax,
                 typicalVerdictTokens);
        break;
    case Mode::Embedding: {
        // One request per sample (each keeps one query of its chunk's), then a check per hard negative.
        const double queries = m.queriesPerChunk * double(typicalQueryTokens);
        call(userCalls, overhead + chunk, std::min(uMax, queries), overhead + chunk, uMax);
        if (m.verifyNegatives && m.hardNegatives > 0)
            call(judgeCalls, overhead + chunk + typicalQueryTokens, typicalVerdictTokens,
                 overhead + chunk + typicalQueryTokens, typicalVerdictTokens, m.hardNegatives);
        break;
    }
    }

    QList<Calls> all {userCalls, assistantCalls, judgeCalls};
    all.append(responders);
    const double count = e.samples;
    double cost = 0;
    double maxCost = 0;
    bool priced = false;
    for (const Calls &calls : all) {
        if (calls.calls == 0)
            continue;
        e.callsPerSample += calls.calls;
        e.inputTokens += qint64(count * calls.input);
        e.outputTokens += qint64(count * calls.output);
        e.maxOutputTokens += qint64(count * calls.maxOutput);
        if (!calls.profile)
            continue;
        const std::optional<Llm::ModelPrice> p = design.prices.find(calls.profile->model);
        if (!p) {
            if (!e.unpriced.contains(calls.profile->model))
                e.unpriced.append(calls.profile->model);
            continue;
        }
        priced = true;
        cost += count * (calls.input * p->inputPerMTok + calls.output * p->outputPerMTok) / 1e6;
        maxCost += count * (calls.maxInput * p->inputPerMTok + calls.maxOutput * p->outputPerMTok) / 1e6;
    }
    if (priced) {
        e.costUsd = cost;
        e.maxCostUsd = maxCost;
    }

    // Samples run side by side up to the concurrency and what the profiles allow in flight.
    e.parallel = std::max(1, g.concurrency);
    for (const Calls &calls : all) {
        if (calls.calls > 0 && calls.profile)
            e.parallel = std::min(e.parallel, std::max(1, calls.profile->limits.maxConcurrent));
    }
    e.parallel = std::min(e.parallel, std::max(1, e.samples));
    e.seconds = count * sequentialSeconds / e.parallel;

    const qint64 tokens = e.inputTokens + e.outputTokens;
    e.budgetStopsEarly
        = (g.budgetTokens > 0 && tokens > g.budgetTokens) || (g.budgetUsd > 0 && e.costUsd && *e.costUsd > g.budgetUsd);
    return e;
}

} // namespace Dialogsmith

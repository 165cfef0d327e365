// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"

#include <QStringList>

#include <optional>

namespace Dialogsmith {

/// What a run of the design's generation settings will roughly cost and take, before it starts. A guess
/// from the settings alone: see `assumptions` for what it takes for granted.
struct RunEstimate {
    // Typical lengths of a message, in tokens, capped by the side's max tokens.
    static constexpr int typicalUserTokens = 80;
    static constexpr int typicalAssistantTokens = 350;
    static constexpr int typicalVerdictTokens = 60; ///< a judge's score or verdict with its reason
    static constexpr int typicalQueryTokens = 20; ///< one search query
    static constexpr int promptOverheadTokens = 250; ///< a rendered template without history or chunk
    static constexpr double firstTokenSeconds = 0.8;
    static constexpr double tokensPerSecond = 60;

    Design::Mode mode = Design::Mode::Conversation;
    int samples = 0; ///< what the run plans: the count, times the generations for evol (the most it makes for
                     ///< preference from conversations)
    double exchanges = 0; ///< per conversation, the middle of the turn range (conversation, and preference
                          ///< from conversations)
    double callsPerSample = 0; ///< model calls a sample makes, typically
    qint64 inputTokens = 0; ///< the whole run, typical lengths
    qint64 outputTokens = 0;
    qint64 maxOutputTokens = 0; ///< every message as long as max tokens allows
    std::optional<double> costUsd; ///< typical; unset when no side's model has a price
    std::optional<double> maxCostUsd;
    QStringList unpriced; ///< models without a price, counted as free
    double seconds = 0; ///< wall time, typical
    int parallel = 1; ///< samples at once: the run's concurrency within the profiles' limits
    bool budgetStopsEarly = false; ///< the typical run costs more than the budget allows

    static RunEstimate of(const Design::ProjectDesign &design);
};

} // namespace Dialogsmith

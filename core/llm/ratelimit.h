// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <optional>

namespace Dialogsmith::Llm {

/// A token bucket holding up to `perMinute` tokens that refills continuously at perMinute per minute.
/// Times are milliseconds on any monotonic clock the caller uses consistently.
class TokenBucket final
{
public:
    /// perMinute == 0: unlimited.
    explicit TokenBucket(qint64 perMinute = 0, qint64 nowMs = 0);

    bool isLimited() const { return m_perMinute > 0; }
    /// Takes `amount` tokens if they are there. A request larger than the whole bucket is let through once
    /// the bucket is full, so it cannot wait forever.
    bool tryTake(qint64 amount, qint64 nowMs);
    /// Milliseconds until `amount` tokens will be there (0 when they are now).
    qint64 msUntilAvailable(qint64 amount, qint64 nowMs);
    /// Gives back tokens taken for a request that was never sent.
    void giveBack(qint64 amount, qint64 nowMs);
    double available(qint64 nowMs);

private:
    void refill(qint64 nowMs);
    qint64 m_perMinute = 0;
    double m_tokens = 0;
    qint64 m_lastMs = 0;
};

/// Adaptive concurrency: starts at the configured maximum, cuts by a factor once per burst of 429s (all
/// 429s that answer requests sent before the cut belong to the same burst) and recovers additively.
class AdaptiveLimit final
{
public:
    explicit AdaptiveLimit(int maximum = 16);

    int current() const;
    int maximum() const { return m_maximum; }
    /// A 429 answered a request that was sent at `sentAtMs`. Returns true when this cut the limit.
    bool onRateLimited(qint64 sentAtMs, qint64 nowMs);
    /// A request succeeded: grow by one for every `current()` successes, up to the maximum.
    void onSuccess();

private:
    int m_maximum;
    double m_limit;
    std::optional<qint64> m_lastCutMs;
};

/// Exponential backoff with jitter, honouring what the server asked for.
struct Backoff {
    qint64 baseMs = 500;
    qint64 capMs = 30000;

    /// The wait before attempt `attempt` (2 for the first retry). `random01` is a uniform number in
    /// [0, 1) supplied by the caller. A server-requested delay is honoured (never shortened) plus up to
    /// 10 % jitter so that the requests it held back do not return all at once.
    qint64 delayMs(int attempt, double random01, std::optional<qint64> serverAskedMs = std::nullopt) const;
};

} // namespace Dialogsmith::Llm

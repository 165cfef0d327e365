// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/ratelimit.h"

#include <algorithm>
#include <cmath>

namespace Dialogsmith::Llm {

TokenBucket::TokenBucket(qint64 perMinute, qint64 nowMs)
    : m_perMinute(std::max<qint64>(0, perMinute))
    , m_tokens(double(m_perMinute))
    , m_lastMs(nowMs)
{ }

void TokenBucket::refill(qint64 nowMs)
{
    if (nowMs > m_lastMs) {
        m_tokens = std::min(double(m_perMinute), m_tokens + double(nowMs - m_lastMs) * double(m_perMinute) / 60000.0);
        m_lastMs = nowMs;
    }
}

double TokenBucket::available(qint64 nowMs)
{
    refill(nowMs);
    return m_tokens;
}

bool TokenBucket::tryTake(qint64 amount, qint64 nowMs)
{
    if (!isLimited())
        return true;
    refill(nowMs);
    const double needed = std::min(double(amount), double(m_perMinute));
    if (m_tokens + 1e-9 < needed)
        return false;
    m_tokens -= double(amount); // may go negative for an oversized request: later ones wait for it
    return true;
}

qint64 TokenBucket::msUntilAvailable(qint64 amount, qint64 nowMs)
{
    if (!isLimited())
        return 0;
    refill(nowMs);
    const double needed = std::min(double(amount), double(m_perMinute));
    if (m_tokens >= needed)
        return 0;
    return qint64(std::ceil((needed - m_tokens) * 60000.0 / double(m_perMinute)));
}

void TokenBucket::giveBack(qint64 amount, qint64 nowMs)
{
    if (!isLimited())
        return;
    refill(nowMs);
    m_tokens = std::min(double(m_perMinute), m_tokens + double(amount));
}

AdaptiveLimit::AdaptiveLimit(int maximum)
    : m_maximum(std::max(1, maximum))
    , m_limit(m_maximum)
{ }

int AdaptiveLimit::current() const
{
    return std::max(1, int(m_limit));
}

bool AdaptiveLimit::onRateLimited(qint64 sentAtMs, qint64 nowMs)
{
    // A 429 for a request sent before the last cut reports the same overload the cut already answered.
    if (m_lastCutMs && sentAtMs <= *m_lastCutMs)
        return false;
    m_limit = std::max(1.0, std::floor(m_limit * 0.7));
    m_lastCutMs = nowMs;
    return true;
}

void AdaptiveLimit::onSuccess()
{
    m_limit = std::min(double(m_maximum), m_limit + 1.0 / std::max(1.0, m_limit));
}

qint64 Backoff::delayMs(int attempt, double random01, std::optional<qint64> serverAskedMs) const
{
    random01 = std::clamp(random01, 0.0, 1.0);
    if (serverAskedMs)
        return *serverAskedMs + qint64(double(std::max<qint64>(*serverAskedMs, 100)) * 0.1 * random01);
    const int exponent = std::clamp(attempt - 2, 0, 20);
    const qint64 ceiling = std::min(capMs, baseMs << exponent);
    // "Equal jitter": at least half the ceiling, so retries never come back at once.
    return ceiling / 2 + qint64(double(ceiling / 2) * random01);
}

} // namespace Dialogsmith::Llm

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "llm/chat.h"
#include "llm/pricetable.h"
#include "llm/providererror.h"
#include "llm/providerprofile.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Dialogsmith {

class SecretStore;

namespace Llm {

class HttpTransport;
using CallId = quint64;

/// What a "test connection" probe found out about an endpoint.
struct ConnectionReport {
    bool reachable = false;
    bool authorized = false;
    QStringList models; ///< the server's model list (empty when it has none)
    bool modelListed = false; ///< the profile's model is in that list
    bool streams = false; ///< a streamed chat completion worked
    bool reportsUsage = false; ///< the server reported token usage
    bool jsonOutput = false; ///< a JSON-output request came back as parseable JSON
    qint64 firstByteMs = 0;
    QString error; ///< the first thing that went wrong, for the user
};

/// Talks to teacher models. One object on one thread (the engine's), owning its QNetworkAccessManager;
/// HTTP is asynchronous, so there is no thread per request. Calls are queued per profile and sent as the
/// profile's limits allow (concurrency, requests and tokens per minute, adaptive cuts on 429), retried with
/// backoff on transient faults, failed over between a profile's endpoints, and reported through signals.
class LlmClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LlmClient)

public:
    /// `secrets` answers keychain look-ups and must outlive the client; null: keychain keys are missing.
    explicit LlmClient(SecretStore *secrets = nullptr, QObject *parent = nullptr);
    ~LlmClient() override;

    /// Adds a profile, or replaces the one of the same name (calls in flight finish on the old settings).
    void setProfile(const ProviderProfile &profile);
    void setPrices(const PriceTable &prices) { m_prices = prices; }
    const PriceTable &prices() const { return m_prices; }

    /// Queues a call on `profile`. Its text arrives through textDelta(), its end through callFinished() or
    /// callFailed(); exactly one of them is emitted for every id, never before this returns.
    CallId submit(const QString &profile, const ChatRequest &request);
    /// Ends a call at once: its request is aborted and callFailed() reports Cancelled.
    void cancel(CallId id);
    void cancelAll();

    /// Asks the profile's first endpoint for its models; answered by modelsListed().
    quint64 listModels(const QString &profile);
    /// Probes the profile's first endpoint: models, a streamed completion, JSON output; answered by
    /// connectionTested().
    quint64 testConnection(const QString &profile);

    struct ProfileStats {
        int queued = 0;
        int inFlight = 0;
        int concurrencyLimit = 0;
        qint64 rateLimited = 0; ///< 429s seen
        qint64 retries = 0;
        bool stopped = false;
    };
    ProfileStats stats(const QString &profile) const;

Q_SIGNALS:
    void callStarted(Dialogsmith::Llm::CallId id, int attempt);
    void textDelta(Dialogsmith::Llm::CallId id, const QString &text);
    /// The attempt failed and another follows after `delayMs`: text the failed attempt streamed is void.
    void callRetrying(Dialogsmith::Llm::CallId id, int nextAttempt, qint64 delayMs,
                      const Dialogsmith::Llm::ProviderError &error);
    void callFinished(Dialogsmith::Llm::CallId id, const Dialogsmith::Llm::ChatResult &result);
    void callFailed(Dialogsmith::Llm::CallId id, const Dialogsmith::Llm::ProviderError &error);
    /// No further call on the profile can succeed (wrong key, unknown model, quota used up, ...): its
    /// queued calls failed with the same error.
    void profileStopped(const QString &profile, const Dialogsmith::Llm::ProviderError &error);
    /// `error` is set when the list could not be had.
    void modelsListed(quint64 requestId, const QStringList &models,
                      const std::optional<Dialogsmith::Llm::ProviderError> &error);
    void connectionTested(quint64 requestId, const Dialogsmith::Llm::ConnectionReport &report);

private:
    struct Call;
    struct EndpointState;
    struct ProfileState;
    struct Probe;

    qint64 now() const { return m_clock.elapsed(); }
    ProfileState *profileState(const QString &name);
    void pump(ProfileState &state);
    void scheduleWake(ProfileState &state, qint64 delayMs);
    void resolveKeys(ProfileState &state);
    void keysReady(ProfileState &state);
    int pickEndpoint(ProfileState &state) const;
    void send(ProfileState &state, Call &call, int endpoint);
    void onHead(CallId id, int status, const QList<std::pair<QByteArray, QByteArray>> &headers);
    void onBody(CallId id, QByteArrayView bytes);
    void onEnd(CallId id, const QString &networkError);
    void completeAttempt(Call &call);
    void failAttempt(Call &call, ProviderError error);
    void finishCall(CallId id, const ChatResult *result, const ProviderError *error);
    void detachExchange(Call &call, bool abortNow);
    void stopProfile(ProfileState &state, const ProviderError &error);
    void sweepDeadlines();
    void updateSweep();
    QString redact(const Call &call, QString text) const;
    void continueProbe(const std::shared_ptr<Probe> &probe, const QStringList &models,
                       const std::optional<ProviderError> &error);

    SecretStore *m_secrets = nullptr;
    HttpTransport *m_transport = nullptr; ///< chat calls
    QNetworkAccessManager *m_network = nullptr; ///< model lists
    PriceTable m_prices;
    QElapsedTimer m_clock;
    QRandomGenerator m_random;
    QTimer m_sweep;
    CallId m_nextId = 1;
    QHash<QString, std::shared_ptr<ProfileState>> m_profiles;
    QHash<CallId, std::shared_ptr<Call>> m_calls;
    QHash<CallId, std::shared_ptr<Probe>> m_probesByCall;
};

} // namespace Llm
} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/llmclient.h"

#include "llm/httptransport.h"
#include "llm/jsonextract.h"
#include "llm/ratelimit.h"
#include "llm/ssereader.h"
#include "llm/wire/wireformat.h"
#include "secrets/secretstore.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <deque>

Q_LOGGING_CATEGORY(lcLlm, "dialogsmith.llm")

namespace Dialogsmith::Llm {

namespace {

constexpr int sweepIntervalMs = 100;
constexpr qsizetype maxBodyBytes = 64 * 1024 * 1024;
// A stream whose terminal event arrived may keep its socket open; give it this long to close cleanly (so
// the connection is reused) before it is aborted.
constexpr int closeGraceMs = 2000;
// A server that asks to be left alone for longer than this is not coming back within a run.
constexpr qint64 maxRetryWaitMs = 10 * 60 * 1000;

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Prompt tokens are not known before the call; four characters a token is the usual estimate. Output is
// counted as max_tokens up front, as OpenAI's own limiter does.
qint64 estimateTokens(const ChatRequest &request)
{
    qsizetype chars = request.system.size();
    for (const ChatMessage &message : request.messages)
        chars += message.content.size() + 16;
    return chars / 4 + request.maxTokens;
}

} // namespace

struct LlmClient::EndpointState {
    Endpoint endpoint;
    QString key; // in memory only, never logged
    bool keyResolved = false;
    bool dead = false;
    ProviderError deadReason;
    int inFlight = 0;
    int failures = 0;
    qint64 coolUntilMs = 0;
};

struct LlmClient::ProfileState {
    ProviderProfile profile;
    QList<EndpointState> endpoints;
    AdaptiveLimit limit;
    TokenBucket requests;
    TokenBucket tokens;
    std::deque<CallId> queue;
    int inFlight = 0;
    int keysPending = 0;
    bool keysStarted = false;
    bool keysResolved = false;
    QList<std::function<void()>> afterKeys;
    bool stopped = false;
    ProviderError stopReason;
    bool pumpScheduled = false;
    QTimer wake;
    qint64 rateLimited = 0;
    qint64 retries = 0;
};

struct LlmClient::Call {
    CallId id = 0;
    QString profile;
    QString model;
    ChatRequest request;
    int attempt = 0;
    int endpoint = -1;
    HttpTransport::Id exchange = 0; ///< the attempt in flight, 0 when none
    std::unique_ptr<StreamDecoder> decoder;
    std::unique_ptr<SseReader> reader;
    bool statusChecked = false;
    bool streaming = false;
    bool gotFirstByte = false;
    bool terminal = false;
    bool waitingRetry = false;
    int status = 0;
    QByteArray retryAfter;
    QByteArray retryAfterMs;
    QByteArray location;
    QByteArray body;
    QString text;
    qint64 streamedBytes = 0;
    qint64 sentAtMs = 0;
    qint64 firstByteAtMs = 0;
    qint64 deadlineMs = 0;
};

struct LlmClient::Probe {
    quint64 id = 0;
    QString profile;
    ConnectionReport report;
    int stage = 0; // 1: streamed chat, 2: JSON output
};

LlmClient::LlmClient(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_random(QRandomGenerator::securelySeeded())
    , m_sweep(this) // a child, so that it moves with the client to the engine's thread
{
    m_clock.start();
    m_transport = new HttpTransport(this);
    m_network = new QNetworkAccessManager(this);
    // Redirects are refused rather than followed: a redirect to another host would carry the key along.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_sweep.setInterval(sweepIntervalMs);
    connect(&m_sweep, &QTimer::timeout, this, &LlmClient::sweepDeadlines);
}

LlmClient::~LlmClient() = default;

void LlmClient::setProfile(const ProviderProfile &profile)
{
    std::shared_ptr<ProfileState> &state = m_profiles[profile.name];
    const bool busy = state && state->inFlight > 0;
    if (!state) {
        state = std::make_shared<ProfileState>();
        state->wake.setSingleShot(true);
        ProfileState *raw = state.get();
        connect(&state->wake, &QTimer::timeout, this, [this, raw] { pump(*raw); });
    }
    state->profile = profile;
    state->limit = AdaptiveLimit(profile.limits.maxConcurrent);
    state->requests = TokenBucket(profile.limits.requestsPerMinute, now());
    state->tokens = TokenBucket(profile.limits.tokensPerMinute, now());
    state->stopped = false;
    // Endpoints in use keep their indices until their calls are done.
    if (!busy) {
        state->endpoints.clear();
        for (const Endpoint &endpoint : profile.endpoints)
            state->endpoints.append(EndpointState {endpoint, {}, false, false, {}, 0, 0, 0});
        state->keysStarted = false;
        state->keysResolved = false;
    }
}

LlmClient::ProfileState *LlmClient::profileState(const QString &name)
{
    const auto it = m_profiles.constFind(name);
    return it == m_profiles.cend() ? nullptr : it->get();
}

LlmClient::ProfileStats LlmClient::stats(const QString &profile) const
{
    ProfileStats s;
    const auto it = m_profiles.constFind(profile);
    if (it == m_profiles.cend())
        return s;
    const ProfileState &state = **it;
    s.queued = int(state.queue.size());
    s.inFlight = state.inFlight;
    s.concurrencyLimit = state.limit.current();
    s.rateLimited = state.rateLimited;
    s.retries = state.retries;
    s.stopped = state.stopped;
    return s;
}

CallId LlmClient::submit(const QString &profile, const ChatRequest &request)
{
    const CallId id = m_nextId++;
    auto call = std::make_shared<Call>();
    call->id = id;
    call->profile = profile;
    call->request = request;
    m_calls.insert(id, call);

    ProfileState *state = profileState(profile);
    if (!state || state->stopped) {
        // A stopped profile answers with the reason it stopped, so every call says what to fix.
        ProviderError error = state ? state->stopReason
                                    : ProviderError::make(ProviderError::Kind::NotFound,
                                                          tr("there is no provider profile named \"%1\"").arg(profile));
        error.profile = profile;
        QMetaObject::invokeMethod(this, [this, id, error] { finishCall(id, nullptr, &error); }, Qt::QueuedConnection);
        return id;
    }
    call->model = request.model.isEmpty() ? state->profile.model : request.model;
    state->queue.push_back(id);
    if (!state->pumpScheduled) {
        state->pumpScheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this, profile] {
                if (ProfileState *s = profileState(profile)) {
                    s->pumpScheduled = false;
                    pump(*s);
                }
            },
            Qt::QueuedConnection);
    }
    return id;
}

void LlmClient::cancel(CallId id)
{
    const std::shared_ptr<Call> call = m_calls.value(id);
    if (!call)
        return;
    if (ProfileState *state = profileState(call->profile)) {
        if (call->exchange) {
            detachExchange(*call, true);
            --state->inFlight;
            --state->endpoints[call->endpoint].inFlight;
        }
        std::erase(state->queue, id);
    }
    ProviderError error = ProviderError::make(ProviderError::Kind::Cancelled, tr("cancelled"));
    error.profile = call->profile;
    finishCall(id, nullptr, &error);
    if (ProfileState *state = profileState(call->profile))
        pump(*state);
}

void LlmClient::cancelAll()
{
    const QList<CallId> ids = m_calls.keys();
    for (CallId id : ids)
        cancel(id);
}

void LlmClient::resolveKeys(ProfileState &state)
{
    state.keysStarted = true;
    state.keysResolved = false;
    const ProviderProfile &profile = state.profile;
    const auto settle = [this, name = profile.name](int index, const QString &key, std::optional<ProviderError> error) {
        ProfileState *s = profileState(name);
        if (!s || index >= s->endpoints.size())
            return;
        EndpointState &endpoint = s->endpoints[index];
        endpoint.key = key;
        endpoint.keyResolved = true;
        const QUrl url(endpoint.endpoint.baseUrl);
        if (!error && !key.isEmpty() && url.scheme() == QLatin1StringView("http") && !isLoopback(url)
            && !s->profile.allowInsecureHttp) {
            error = ProviderError::make(ProviderError::Kind::InsecureTransport,
                                        tr("%1 is plain http to another machine").arg(endpoint.endpoint.baseUrl));
        }
        if (error) {
            endpoint.dead = true;
            endpoint.deadReason = *error;
            endpoint.deadReason.profile = name;
            endpoint.deadReason.endpoint = endpoint.endpoint.baseUrl;
        }
        if (--s->keysPending == 0)
            keysReady(*s);
    };

    state.keysPending = int(state.endpoints.size());
    for (int i = 0; i < state.endpoints.size(); ++i) {
        const KeySource source = state.endpoints[i].endpoint.key.type != KeySource::Type::None
            ? state.endpoints[i].endpoint.key
            : profile.key;
        switch (source.type) {
        case KeySource::Type::None:
            settle(i, {}, std::nullopt);
            break;
        case KeySource::Type::Environment: {
            const QString variable
                = source.name.isEmpty() ? ProviderProfile::defaultKeyVariable(profile.kind) : source.name;
            const QString key = qEnvironmentVariable(variable.toLocal8Bit().constData());
            if (key.isEmpty())
                settle(i, {},
                       ProviderError::make(ProviderError::Kind::MissingKey,
                                           tr("the environment variable %1 is not set").arg(variable)));
            else
                settle(i, key, std::nullopt);
            break;
        }
        case KeySource::Type::Keychain:
            if (!m_secrets) {
                settle(i, {},
                       ProviderError::make(ProviderError::Kind::MissingKey, tr("no keychain is available here")));
                break;
            }
            m_secrets->read(source.name).then(this, [settle, i, account = source.name](const SecretResult &result) {
                switch (result.status) {
                case SecretResult::Status::Ok:
                    settle(i, result.secret, std::nullopt);
                    break;
                case SecretResult::Status::NotFound:
                    settle(i, {},
                           ProviderError::make(ProviderError::Kind::MissingKey,
                                               tr("the keychain has no key named \"%1\"").arg(account)));
                    break;
                case SecretResult::Status::Failed:
                    settle(i, {}, ProviderError::make(ProviderError::Kind::MissingKey, result.error));
                    break;
                }
            });
            break;
        }
    }
    if (state.endpoints.isEmpty())
        keysReady(state);
}

void LlmClient::keysReady(ProfileState &state)
{
    state.keysResolved = true;
    const QList<std::function<void()>> waiting = std::exchange(state.afterKeys, {});
    for (const auto &fn : waiting)
        fn();
}

int LlmClient::pickEndpoint(ProfileState &state) const
{
    int best = -1;
    const qint64 t = now();
    for (int i = 0; i < state.endpoints.size(); ++i) {
        const EndpointState &e = state.endpoints[i];
        if (e.dead || e.coolUntilMs > t)
            continue;
        if (best < 0 || e.inFlight < state.endpoints[best].inFlight)
            best = i;
    }
    return best;
}

void LlmClient::scheduleWake(ProfileState &state, qint64 delayMs)
{
    const int delay = int(std::clamp<qint64>(delayMs, 1, 3'600'000));
    if (!state.wake.isActive() || state.wake.remainingTime() > delay)
        state.wake.start(delay);
}

void LlmClient::pump(ProfileState &state)
{
    if (state.stopped)
        return;
    if (!state.keysResolved) {
        if (!state.keysStarted) {
            state.afterKeys.append([this, name = state.profile.name] {
                if (ProfileState *s = profileState(name))
                    pump(*s);
            });
            resolveKeys(state);
        }
        return;
    }
    while (!state.queue.empty() && state.inFlight < state.limit.current()) {
        const std::shared_ptr<Call> call = m_calls.value(state.queue.front());
        if (!call) {
            state.queue.pop_front();
            continue;
        }
        const int endpoint = pickEndpoint(state);
        if (endpoint < 0) {
            const bool allDead = std::all_of(state.endpoints.cbegin(), state.endpoints.cend(),
                                             [](const EndpointState &e) { return e.dead; });
            if (allDead) {
                stopProfile(state,
                            state.endpoints.isEmpty()
                                ? ProviderError::make(ProviderError::Kind::NotFound, tr("the profile has no endpoint"))
                                : state.endpoints.first().deadReason);
                return;
            }
            qint64 soonest = std::numeric_limits<qint64>::max();
            for (const EndpointState &e : std::as_const(state.endpoints)) {
                if (!e.dead)
                    soonest = std::min(soonest, e.coolUntilMs);
            }
            scheduleWake(state, soonest - now());
            return;
        }
        const qint64 t = now();
        const qint64 tokens = estimateTokens(call->request);
        if (!state.requests.tryTake(1, t)) {
            scheduleWake(state, state.requests.msUntilAvailable(1, t));
            return;
        }
        if (!state.tokens.tryTake(tokens, t)) {
            state.requests.giveBack(1, t);
            scheduleWake(state, state.tokens.msUntilAvailable(tokens, t));
            return;
        }
        state.queue.pop_front();
        send(state, *call, endpoint);
    }
}

void LlmClient::send(ProfileState &state, Call &call, int endpoint)
{
    EndpointState &e = state.endpoints[endpoint];
    const WireFormat &wire = WireFormat::forKind(state.profile.kind);
    const HttpRequest http = wire.chatRequest(e.endpoint.baseUrl, call.model, call.request, e.key);

    call.endpoint = endpoint;
    call.attempt += 1;
    call.decoder = wire.newStreamDecoder();
    call.reader = std::make_unique<SseReader>();
    call.statusChecked = call.streaming = call.gotFirstByte = call.terminal = false;
    call.status = 0;
    call.body.clear();
    call.text.clear();
    call.streamedBytes = 0;
    call.sentAtMs = now();
    call.deadlineMs = call.sentAtMs + state.profile.limits.firstByteTimeoutMs;
    call.retryAfter.clear();
    call.retryAfterMs.clear();
    call.location.clear();
    const CallId id = call.id;
    call.exchange = m_transport->send(
        http,
        {[this, id](int status, const HttpTransport::Headers &headers) { onHead(id, status, headers); },
         [this, id](QByteArrayView bytes) { onBody(id, bytes); },
         [this, id](const QString &error) { onEnd(id, error); }});
    ++state.inFlight;
    ++e.inFlight;
    updateSweep();
    qCDebug(lcLlm) << "call" << id << "attempt" << call.attempt << "to" << http.url.toDisplayString();
    Q_EMIT callStarted(id, call.attempt);
}

void LlmClient::onHead(CallId id, int status, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    const std::shared_ptr<Call> call = m_calls.value(id);
    ProfileState *state = call ? profileState(call->profile) : nullptr;
    if (!state || !call->exchange)
        return;
    const qint64 t = now();
    call->gotFirstByte = true;
    call->firstByteAtMs = t;
    call->deadlineMs = t + state->profile.limits.idleTimeoutMs;
    call->statusChecked = true;
    call->status = status;
    QByteArray type;
    for (const auto &[name, value] : headers) {
        if (name == "content-type")
            type = value;
        else if (name == "retry-after")
            call->retryAfter = value;
        else if (name == "retry-after-ms")
            call->retryAfterMs = value;
        else if (name == "location")
            call->location = value;
    }
    call->streaming = status >= 200 && status < 300 && type.contains("text/event-stream");
}

void LlmClient::onBody(CallId id, QByteArrayView bytes)
{
    const std::shared_ptr<Call> call = m_calls.value(id);
    ProfileState *state = call ? profileState(call->profile) : nullptr;
    if (!state || !call->exchange || call->terminal)
        return;
    const HttpTransport::Id exchange = call->exchange;
    const qint64 t = now();
    if (!call->streaming) {
        call->body += bytes;
        if (call->body.size() > maxBodyBytes)
            failAttempt(
                *call,
                ProviderError::make(ProviderError::Kind::InvalidResponse, tr("the answer is larger than 64 MiB")));
        return;
    }
    // The reader caps a line; this caps the whole stream, so an event that never ends cannot grow forever.
    call->streamedBytes += bytes.size();
    if (call->streamedBytes > maxBodyBytes) {
        failAttempt(*call,
                    ProviderError::make(ProviderError::Kind::InvalidResponse, tr("the stream is larger than 64 MiB")));
        return;
    }
    const QList<SseEvent> events = call->reader->feed(bytes);
    if (call->reader->failed()) {
        failAttempt(*call, ProviderError::make(ProviderError::Kind::InvalidResponse, tr("a stream line is too long")));
        return;
    }
    QString batch;
    for (const SseEvent &event : events) {
        StreamDecoder::Step step = call->decoder->decode(event);
        if (step.error) {
            if (!batch.isEmpty()) {
                call->text += batch;
                Q_EMIT textDelta(id, batch);
                if (!m_calls.contains(id) || call->exchange != exchange)
                    return;
            }
            failAttempt(*call, *step.error);
            return;
        }
        if (step.content)
            call->deadlineMs = t + state->profile.limits.idleTimeoutMs;
        batch += step.text;
        if (step.terminal) {
            call->terminal = true;
            break;
        }
    }
    if (!batch.isEmpty()) {
        call->text += batch;
        Q_EMIT textDelta(id, batch);
        // A receiver may have cancelled the call.
        if (!m_calls.contains(id) || call->exchange != exchange)
            return;
    }
    if (call->terminal) {
        // Complete once the transport has read the rest of this buffer (the end of the chunked body), so
        // the connection is free again for the call this one makes room for.
        QMetaObject::invokeMethod(
            this,
            [this, id, exchange] {
                const std::shared_ptr<Call> done = m_calls.value(id);
                if (done && done->terminal && done->exchange == exchange)
                    completeAttempt(*done);
            },
            Qt::QueuedConnection);
    }
}

void LlmClient::onEnd(CallId id, const QString &networkError)
{
    const std::shared_ptr<Call> call = m_calls.value(id);
    if (!call || !call->exchange)
        return;
    // The transport has forgotten the exchange: the detach in completeAttempt/failAttempt is a no-op.
    ProfileState *state = profileState(call->profile);
    const int status = call->status;
    if (!call->statusChecked) {
        failAttempt(*call, ProviderError::make(ProviderError::Kind::Network, networkError));
        return;
    }
    const WireFormat &wire = WireFormat::forKind(state->profile.kind);
    if (status < 200 || status >= 300) {
        ProviderError error = status >= 300 && status < 400
            ? ProviderError::make(ProviderError::Kind::InvalidResponse,
                                  tr("the server redirected to %1; set the base URL to where it points")
                                      .arg(QString::fromUtf8(call->location)),
                                  status)
            : wire.parseError(status, call->body, call->retryAfter, call->retryAfterMs);
        failAttempt(*call, error);
        return;
    }
    if (call->streaming) {
        if (call->terminal)
            return;
        failAttempt(*call,
                    ProviderError::make(
                        ProviderError::Kind::StreamIncomplete,
                        networkError.isEmpty() ? tr("the stream closed before its last event") : networkError, status));
        return;
    }
    if (!networkError.isEmpty()) {
        failAttempt(*call, ProviderError::make(ProviderError::Kind::Network, networkError, status));
        return;
    }
    completeAttempt(*call);
}

void LlmClient::completeAttempt(Call &call)
{
    ProfileState *state = profileState(call.profile);
    ChatResult result;
    if (call.streaming) {
        result.text = call.text;
        result.usage = call.decoder->usage;
        result.finish = call.decoder->finish;
        result.rawFinishReason = call.decoder->rawFinishReason;
        result.model = call.decoder->model;
    } else {
        auto parsed = WireFormat::forKind(state->profile.kind).parseResponse(call.body);
        if (auto *error = std::get_if<ProviderError>(&parsed)) {
            failAttempt(call, *error);
            return;
        }
        result = std::get<ChatResult>(std::move(parsed));
        if (!result.text.isEmpty())
            Q_EMIT textDelta(call.id, result.text);
        if (!m_calls.contains(call.id))
            return;
    }
    const qint64 t = now();
    result.costUsd = m_prices.costUsd(call.model, result.usage);
    result.latencyMs = t - call.sentAtMs;
    result.firstByteMs = call.firstByteAtMs - call.sentAtMs;
    result.attempts = call.attempt;
    EndpointState &endpoint = state->endpoints[call.endpoint];
    result.endpoint = endpoint.endpoint.baseUrl;
    endpoint.failures = 0;
    state->limit.onSuccess();

    detachExchange(call, false);
    --state->inFlight;
    --endpoint.inFlight;
    finishCall(call.id, &result, nullptr);
    pump(*state);
}

void LlmClient::failAttempt(Call &call, ProviderError error)
{
    ProfileState *state = profileState(call.profile);
    EndpointState &endpoint = state->endpoints[call.endpoint];
    error.profile = call.profile;
    error.endpoint = endpoint.endpoint.baseUrl;
    error.message = redact(call, error.message);
    detachExchange(call, true);
    --state->inFlight;
    --endpoint.inFlight;
    const qint64 t = now();
    qCDebug(lcLlm) << "call" << call.id << "attempt" << call.attempt << "failed:" << errorKindText(error.kind)
                   << error.httpStatus;

    if (error.kind == ProviderError::Kind::RateLimited) {
        ++state->rateLimited;
        state->limit.onRateLimited(call.sentAtMs, t);
    }
    if (error.kind == ProviderError::Kind::QuotaExhausted) {
        stopProfile(*state, error);
        return;
    }
    if (error.stopsProfile()) {
        // A wrong key or an unknown model at one endpoint: the others may still work.
        endpoint.dead = true;
        endpoint.deadReason = error;
        if (std::any_of(state->endpoints.cbegin(), state->endpoints.cend(),
                        [](const EndpointState &e) { return !e.dead; })) {
            state->queue.push_front(call.id);
            pump(*state);
        } else {
            stopProfile(*state, error);
        }
        return;
    }
    const bool endpointFault = error.kind == ProviderError::Kind::Network
        || error.kind == ProviderError::Kind::ServerError || error.kind == ProviderError::Kind::Overloaded
        || error.kind == ProviderError::Kind::FirstByteTimeout;
    if (endpointFault && state->endpoints.size() > 1) {
        endpoint.failures = std::min(endpoint.failures + 1, 6);
        endpoint.coolUntilMs = t + (qint64(500) << endpoint.failures);
    }
    if (error.retryAfterMs && *error.retryAfterMs > maxRetryWaitMs) {
        error.message = tr("the server asked to wait %1 s before retrying").arg(*error.retryAfterMs / 1000);
        finishCall(call.id, nullptr, &error);
        pump(*state);
        return;
    }
    if (!error.isRetryable() || call.attempt >= state->profile.limits.maxAttempts) {
        finishCall(call.id, nullptr, &error);
        pump(*state);
        return;
    }
    const qint64 delay = Backoff {}.delayMs(call.attempt + 1, m_random.generateDouble(), error.retryAfterMs);
    ++state->retries;
    call.waitingRetry = true;
    call.text.clear();
    Q_EMIT callRetrying(call.id, call.attempt + 1, delay, error);
    QTimer::singleShot(std::chrono::milliseconds(delay), this, [this, id = call.id] {
        const std::shared_ptr<Call> waiting = m_calls.value(id);
        ProfileState *s = waiting ? profileState(waiting->profile) : nullptr;
        if (!waiting || !s || !waiting->waitingRetry)
            return;
        waiting->waitingRetry = false;
        s->queue.push_front(id);
        pump(*s);
    });
    pump(*state);
}

void LlmClient::finishCall(CallId id, const ChatResult *result, const ProviderError *error)
{
    const std::shared_ptr<Call> call = m_calls.take(id);
    if (!call)
        return;
    updateSweep();
    if (result)
        Q_EMIT callFinished(id, *result);
    else
        Q_EMIT callFailed(id, *error);

    if (const std::shared_ptr<Probe> probe = m_probesByCall.take(id)) {
        ConnectionReport &report = probe->report;
        if (probe->stage == 1) {
            if (result) {
                report.streams = true;
                report.reportsUsage = result->usage.reported;
                report.firstByteMs = result->firstByteMs;
                ChatRequest json;
                json.system = QStringLiteral("You answer with JSON only.");
                json.messages = {{Role::User, QStringLiteral("Reply with the JSON object {\"ok\": true}.")}};
                json.maxTokens = 32;
                json.stream = false;
                json.jsonOutput = true;
                probe->stage = 2;
                m_probesByCall.insert(submit(probe->profile, json), probe);
                return;
            }
            report.error = error->describe();
        } else if (probe->stage == 2) {
            report.jsonOutput = result && extractJson(result->text).isObject();
        }
        Q_EMIT connectionTested(probe->id, report);
    }
}

void LlmClient::detachExchange(Call &call, bool abortNow)
{
    const HttpTransport::Id exchange = std::exchange(call.exchange, 0);
    if (exchange == 0)
        return;
    if (abortNow)
        m_transport->abort(exchange);
    else
        m_transport->release(exchange, closeGraceMs);
}

void LlmClient::stopProfile(ProfileState &state, const ProviderError &error)
{
    if (state.stopped)
        return;
    state.stopped = true;
    state.stopReason = error;
    state.queue.clear();
    state.wake.stop();
    const QString name = state.profile.name;
    QList<CallId> ids;
    for (auto it = m_calls.cbegin(); it != m_calls.cend(); ++it) {
        if (it.value()->profile == name)
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end());
    for (CallId id : std::as_const(ids)) {
        const std::shared_ptr<Call> call = m_calls.value(id);
        if (!call)
            continue;
        if (call->exchange) {
            detachExchange(*call, true);
            --state.inFlight;
            --state.endpoints[call->endpoint].inFlight;
        }
        finishCall(id, nullptr, &error);
    }
    qCWarning(lcLlm) << "profile" << name << "stopped:" << errorKindText(error.kind);
    Q_EMIT profileStopped(name, error);
}

void LlmClient::sweepDeadlines()
{
    const qint64 t = now();
    QList<CallId> late;
    for (auto it = m_calls.cbegin(); it != m_calls.cend(); ++it) {
        if (it.value()->exchange && t > it.value()->deadlineMs)
            late.append(it.key());
    }
    for (CallId id : std::as_const(late)) {
        const std::shared_ptr<Call> call = m_calls.value(id);
        if (!call || !call->exchange)
            continue;
        const ProfileState *state = profileState(call->profile);
        failAttempt(
            *call,
            call->gotFirstByte
                ? ProviderError::make(ProviderError::Kind::IdleTimeout,
                                      tr("no content for %1 ms").arg(state->profile.limits.idleTimeoutMs))
                : ProviderError::make(ProviderError::Kind::FirstByteTimeout,
                                      tr("no answer within %1 ms").arg(state->profile.limits.firstByteTimeoutMs)));
    }
}

void LlmClient::updateSweep()
{
    const bool anyInFlight = std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                                         [](const std::shared_ptr<ProfileState> &s) { return s->inFlight > 0; });
    if (anyInFlight && !m_sweep.isActive())
        m_sweep.start();
    else if (!anyInFlight && m_sweep.isActive() && m_calls.isEmpty())
        m_sweep.stop();
}

QString LlmClient::redact(const Call &call, QString text) const
{
    if (const ProfileState *state = m_profiles.value(call.profile).get()) {
        for (const EndpointState &e : state->endpoints) {
            if (e.key.size() >= 4)
                text.replace(e.key, QStringLiteral("[key]"));
        }
    }
    return text;
}

quint64 LlmClient::listModels(const QString &profile)
{
    const quint64 id = m_nextId++;
    ProfileState *state = profileState(profile);
    if (!state) {
        ProviderError error = ProviderError::make(ProviderError::Kind::NotFound,
                                                  tr("there is no provider profile named \"%1\"").arg(profile));
        error.profile = profile;
        QMetaObject::invokeMethod(
            this, [this, id, error] { Q_EMIT modelsListed(id, {}, error); }, Qt::QueuedConnection);
        return id;
    }
    const auto run = [this, id, profile] {
        ProfileState *s = profileState(profile);
        if (!s)
            return;
        const int index = pickEndpoint(*s);
        if (index < 0) {
            Q_EMIT modelsListed(id, {},
                                s->endpoints.isEmpty() ? ProviderError::make(ProviderError::Kind::NotFound,
                                                                             tr("the profile has no endpoint"))
                                                       : s->endpoints.first().deadReason);
            return;
        }
        const EndpointState &e = s->endpoints[index];
        const HttpRequest http = WireFormat::forKind(s->profile.kind).modelsRequest(e.endpoint.baseUrl, e.key);
        QNetworkRequest request(http.url);
        for (const auto &[name, value] : http.headers)
            request.setRawHeader(name, value);
        request.setTransferTimeout(s->profile.limits.firstByteTimeoutMs);
        QNetworkReply *reply = m_network->get(request);
        connect(reply, &QNetworkReply::finished, this,
                [this, id, profile, reply, key = e.key, base = e.endpoint.baseUrl] {
                    reply->deleteLater();
                    const ProfileState *p = profileState(profile);
                    if (!p)
                        return;
                    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    const QByteArray body = reply->readAll();
                    const WireFormat &wire = WireFormat::forKind(p->profile.kind);
                    std::optional<ProviderError> error;
                    QStringList models;
                    if (status == 0) {
                        error = ProviderError::make(ProviderError::Kind::Network, reply->errorString());
                    } else if (status < 200 || status >= 300) {
                        error = wire.parseError(status, body, reply->rawHeader("Retry-After"),
                                                reply->rawHeader("retry-after-ms"));
                    } else {
                        auto parsed = wire.parseModels(body);
                        if (auto *invalid = std::get_if<ProviderError>(&parsed))
                            error = *invalid;
                        else
                            models = std::get<QStringList>(std::move(parsed));
                    }
                    if (error) {
                        error->profile = profile;
                        error->endpoint = base;
                        if (key.size() >= 4)
                            error->message.replace(key, QStringLiteral("[key]"));
                    }
                    Q_EMIT modelsListed(id, models, error);
                });
    };
    if (state->keysResolved) {
        QMetaObject::invokeMethod(this, run, Qt::QueuedConnection);
    } else {
        state->afterKeys.append(run);
        if (!state->keysStarted)
            resolveKeys(*state);
    }
    return id;
}

quint64 LlmClient::testConnection(const QString &profile)
{
    const quint64 id = m_nextId++;
    auto probe = std::make_shared<Probe>();
    probe->id = id;
    probe->profile = profile;
    const quint64 modelsRequest = listModels(profile);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &LlmClient::modelsListed, this,
                          [this, probe, modelsRequest, connection](quint64 request, const QStringList &models,
                                                                   const std::optional<ProviderError> &error) {
                              if (request != modelsRequest)
                                  return;
                              disconnect(*connection);
                              continueProbe(probe, models, error);
                          });
    return id;
}

void LlmClient::continueProbe(const std::shared_ptr<Probe> &probe, const QStringList &models,
                              const std::optional<ProviderError> &error)
{
    using Kind = ProviderError::Kind;
    ConnectionReport &report = probe->report;
    const ProfileState *state = profileState(probe->profile);
    report.reachable = !error || error->httpStatus > 0;
    report.authorized = report.reachable
        && !(error
             && (error->kind == Kind::Unauthorized || error->kind == Kind::MissingKey
                 || error->kind == Kind::InsecureTransport || error->kind == Kind::QuotaExhausted));
    report.models = models;
    report.modelListed = state && models.contains(state->profile.model);
    if (!state || !report.reachable || !report.authorized) {
        report.error = error ? error->describe() : tr("there is no provider profile named \"%1\"").arg(probe->profile);
        Q_EMIT connectionTested(probe->id, report);
        return;
    }
    // Some servers have no model list (a 404 there is no verdict on chat); the chat request decides.
    ChatRequest hello;
    hello.messages = {{Role::User, QStringLiteral("Reply with the word OK.")}};
    hello.maxTokens = 16;
    probe->stage = 1;
    m_probesByCall.insert(submit(probe->profile, hello), probe);
}

} // namespace Dialogsmith::Llm

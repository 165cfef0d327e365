// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Dialogsmith::Llm {

/// Why a call to a provider did not produce a result, classified for retrying and for the user.
struct ProviderError {
    Q_DECLARE_TR_FUNCTIONS(ProviderError)

public:
    enum class Kind {
        Network, ///< connection refused, reset, DNS, TLS
        FirstByteTimeout, ///< no byte of the answer in time
        IdleTimeout, ///< the stream stopped delivering content
        StreamIncomplete, ///< the stream ended without its terminal event
        RateLimited, ///< 429
        Overloaded, ///< 529, or 503 from an overloaded server
        ServerError, ///< 408, 409, 500, 502, 504 and other 5xx
        InvalidResponse, ///< the server answered something that is not the documented format
        StreamError, ///< an error event after HTTP 200
        BadRequest, ///< 400, 413, 422: this request is wrong
        Unauthorized, ///< 401, 403: the key is wrong or lacks permission
        NotFound, ///< 404: unknown model or wrong base URL
        QuotaExhausted, ///< billing or quota used up: no retry can help
        InsecureTransport, ///< refused to send a key over plain http to another host
        MissingKey, ///< no key where the profile says to find it
        Cancelled,
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString message; ///< what the server or the network said; never contains a key
    QString profile; ///< the profile's name, for messages
    QString endpoint; ///< the base URL involved
    std::optional<qint64> retryAfterMs; ///< what the server asked for

    /// Worth another attempt (on this or another endpoint).
    bool isRetryable() const;
    /// Every further call on the same profile (or endpoint) would fail the same way.
    bool stopsProfile() const;
    /// A sentence for the user: what happened, on which profile, and what to do about it.
    QString describe() const;

    static ProviderError make(Kind kind, QString message, int httpStatus = 0);
};

QString errorKindText(ProviderError::Kind kind);

} // namespace Dialogsmith::Llm

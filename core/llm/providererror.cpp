// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/providererror.h"

namespace Dialogsmith::Llm {

bool ProviderError::isRetryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::FirstByteTimeout:
    case Kind::IdleTimeout:
    case Kind::StreamIncomplete:
    case Kind::RateLimited:
    case Kind::Overloaded:
    case Kind::ServerError:
    case Kind::StreamError:
    // A garbled answer may be a proxy's hiccup; the attempt limit bounds a server that always garbles.
    case Kind::InvalidResponse:
        return true;
    case Kind::BadRequest:
    case Kind::Unauthorized:
    case Kind::NotFound:
    case Kind::QuotaExhausted:
    case Kind::InsecureTransport:
    case Kind::MissingKey:
    case Kind::Cancelled:
        return false;
    }
    return false;
}

bool ProviderError::stopsProfile() const
{
    switch (kind) {
    case Kind::Unauthorized:
    case Kind::NotFound:
    case Kind::QuotaExhausted:
    case Kind::InsecureTransport:
    case Kind::MissingKey:
        return true;
    default:
        return false;
    }
}

QString ProviderError::describe() const
{
    const QString where = profile.isEmpty() ? endpoint : profile;
    QString advice;
    switch (kind) {
    case Kind::Unauthorized:
        advice = tr("Check the API key of profile \"%1\" (Tools ▸ Providers).").arg(where);
        break;
    case Kind::NotFound:
        advice = tr("Check the model name and base URL of profile \"%1\".").arg(where);
        break;
    case Kind::QuotaExhausted:
        advice = tr("The account behind profile \"%1\" has no quota or credit left; the run was stopped.").arg(where);
        break;
    case Kind::InsecureTransport:
        advice = tr("Profile \"%1\" would send its key over plain http to another machine. Use https, or allow "
                    "plain http for this profile explicitly.")
                     .arg(where);
        break;
    case Kind::MissingKey:
        advice = tr("Profile \"%1\" has no API key: store one in Tools ▸ Providers or set its environment "
                    "variable.")
                     .arg(where);
        break;
    case Kind::BadRequest:
        advice = tr("The server rejected the request of profile \"%1\".").arg(where);
        break;
    default:
        advice = tr("Profile \"%1\": %2.").arg(where, errorKindText(kind));
        break;
    }
    if (message.isEmpty())
        return advice;
    return httpStatus > 0 ? tr("%1 (HTTP %2: %3)").arg(advice).arg(httpStatus).arg(message)
                          : tr("%1 (%2)").arg(advice, message);
}

ProviderError ProviderError::make(Kind kind, QString message, int httpStatus)
{
    ProviderError error;
    error.kind = kind;
    error.message = std::move(message);
    error.httpStatus = httpStatus;
    return error;
}

QString errorKindText(ProviderError::Kind kind)
{
    using K = ProviderError::Kind;
    switch (kind) {
    case K::Network:
        return ProviderError::tr("the connection failed");
    case K::FirstByteTimeout:
        return ProviderError::tr("no answer arrived in time");
    case K::IdleTimeout:
        return ProviderError::tr("the stream stalled");
    case K::StreamIncomplete:
        return ProviderError::tr("the stream ended early");
    case K::RateLimited:
        return ProviderError::tr("rate limited");
    case K::Overloaded:
        return ProviderError::tr("the server is overloaded");
    case K::ServerError:
        return ProviderError::tr("server error");
    case K::InvalidResponse:
        return ProviderError::tr("the server's answer is not in the expected format");
    case K::StreamError:
        return ProviderError::tr("the server reported an error during the stream");
    case K::BadRequest:
        return ProviderError::tr("bad request");
    case K::Unauthorized:
        return ProviderError::tr("the API key was refused");
    case K::NotFound:
        return ProviderError::tr("not found");
    case K::QuotaExhausted:
        return ProviderError::tr("quota exhausted");
    case K::InsecureTransport:
        return ProviderError::tr("refused to send a key over plain http");
    case K::MissingKey:
        return ProviderError::tr("no API key");
    case K::Cancelled:
        return ProviderError::tr("cancelled");
    }
    return {};
}

} // namespace Dialogsmith::Llm

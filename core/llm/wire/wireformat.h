// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "llm/chat.h"
#include "llm/providererror.h"
#include "llm/providerprofile.h"
#include "llm/ssereader.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <memory>
#include <variant>

namespace Dialogsmith::Llm {

/// An HTTP request as a wire format builds it. Its headers may carry a key: never log them.
struct HttpRequest {
    QByteArray method = "POST";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(QByteArrayView name) const;
};

/// Turns one streamed response's events into text, usage and an end.
class StreamDecoder
{
public:
    struct Step {
        QString text; ///< text the event added
        bool content = false; ///< the event carried generation progress (not a ping or bookkeeping)
        bool terminal = false; ///< the stream is complete; ignore whatever follows
        std::optional<ProviderError> error;
    };

    virtual ~StreamDecoder();
    virtual Step decode(const SseEvent &event) = 0;

    Usage usage;
    FinishReason finish = FinishReason::Stop;
    QString rawFinishReason;
    QString model;
};

/// One provider kind's wire format: how requests look, and how to read answers, errors and model lists.
/// Implementations are stateless; read the official API references before changing one.
class WireFormat
{
public:
    virtual ~WireFormat();
    static const WireFormat &forKind(ProviderKind kind);

    virtual HttpRequest chatRequest(const QString &baseUrl, const QString &model, const ChatRequest &request,
                                    const QString &key) const
        = 0;
    virtual HttpRequest modelsRequest(const QString &baseUrl, const QString &key) const = 0;
    virtual std::unique_ptr<StreamDecoder> newStreamDecoder() const = 0;
    /// A complete, non-streamed answer.
    virtual std::variant<ChatResult, ProviderError> parseResponse(const QByteArray &body) const = 0;
    virtual std::variant<QStringList, ProviderError> parseModels(const QByteArray &body) const = 0;

    /// Classifies a non-2xx answer. `retryAfter` and `retryAfterMs` are the raw header values.
    ProviderError parseError(int status, const QByteArray &body, const QByteArray &retryAfter,
                             const QByteArray &retryAfterMs) const;

protected:
    /// The provider's error message and refinements (quota, server-asked delay) from an error body.
    virtual void refineError(const QJsonObject &body, ProviderError *error) const = 0;
};

/// `base` with `path` appended to its path, keeping its query: the base URL is honoured exactly.
QUrl joinUrl(const QString &base, QStringView path);
/// Retry-After as seconds or an HTTP date, or retry-after-ms; nullopt when neither is usable.
std::optional<qint64> parseRetryAfter(const QByteArray &retryAfter, const QByteArray &retryAfterMs);

} // namespace Dialogsmith::Llm

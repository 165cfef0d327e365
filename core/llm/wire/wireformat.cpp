// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/wire/wireformat.h"

#include "llm/wire/anthropicwire.h"
#include "llm/wire/geminiwire.h"
#include "llm/wire/openaiwire.h"
#include "llm/wire/wirejson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace Dialogsmith::Llm {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

StreamDecoder::~StreamDecoder() = default;
WireFormat::~WireFormat() = default;

const WireFormat &WireFormat::forKind(ProviderKind kind)
{
    static const OpenAiWire openai;
    static const AnthropicWire anthropic;
    static const GeminiWire gemini;
    switch (kind) {
    case ProviderKind::OpenAiCompatible:
        return openai;
    case ProviderKind::Anthropic:
        return anthropic;
    case ProviderKind::Gemini:
        return gemini;
    }
    return openai;
}

QUrl joinUrl(const QString &base, QStringView path)
{
    QUrl url(base);
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

std::optional<qint64> parseRetryAfter(const QByteArray &retryAfter, const QByteArray &retryAfterMs)
{
    bool ok = false;
    const double ms = retryAfterMs.trimmed().toDouble(&ok);
    if (ok && ms >= 0)
        return WireJson::clampedCount(ms);
    const QByteArray value = retryAfter.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    const double seconds = value.toDouble(&ok);
    if (ok && seconds >= 0)
        return WireJson::clampedCount(seconds * 1000);
    const QDateTime when
        = QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid()) {
        QDateTime utc = when;
        utc.setTimeZone(QTimeZone::UTC);
        return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(utc));
    }
    return std::nullopt;
}

ProviderError WireFormat::parseError(int status, const QByteArray &body, const QByteArray &retryAfter,
                                     const QByteArray &retryAfterMs) const
{
    using Kind = ProviderError::Kind;
    ProviderError error;
    error.httpStatus = status;
    switch (status) {
    case 400:
    case 413:
    case 422:
        error.kind = Kind::BadRequest;
        break;
    case 401:
    case 403:
        error.kind = Kind::Unauthorized;
        break;
    case 402:
        error.kind = Kind::QuotaExhausted;
        break;
    case 404:
        error.kind = Kind::NotFound;
        break;
    case 429:
        error.kind = Kind::RateLimited;
        break;
    case 503:
    case 529:
        error.kind = Kind::Overloaded;
        break;
    default:
        error.kind = (status == 408 || status == 409 || status >= 500) ? Kind::ServerError : Kind::BadRequest;
        break;
    }
    error.retryAfterMs = parseRetryAfter(retryAfter, retryAfterMs);

    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (parse.error == QJsonParseError::NoError && doc.isObject())
        refineError(doc.object(), &error);
    if (error.message.isEmpty())
        error.message = QString::fromUtf8(body.left(300)).simplified();
    return error;
}

} // namespace Dialogsmith::Llm

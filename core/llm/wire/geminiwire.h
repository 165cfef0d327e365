// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "llm/wire/wireformat.h"

namespace Dialogsmith::Llm {

/// Google's Gemini API (models/{model}:generateContent and :streamGenerateContent?alt=sse).
class GeminiWire final : public WireFormat
{
public:
    HttpRequest chatRequest(const QString &baseUrl, const QString &model, const ChatRequest &request,
                            const QString &key) const override;
    HttpRequest modelsRequest(const QString &baseUrl, const QString &key) const override;
    std::unique_ptr<StreamDecoder> newStreamDecoder() const override;
    std::variant<ChatResult, ProviderError> parseResponse(const QByteArray &body) const override;
    std::variant<QStringList, ProviderError> parseModels(const QByteArray &body) const override;

protected:
    void refineError(const QJsonObject &body, ProviderError *error) const override;
};

} // namespace Dialogsmith::Llm

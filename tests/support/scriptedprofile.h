// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "llm/providerprofile.h"

#include <QUrl>

namespace Dialogsmith::Test {

/// A provider profile that talks to a scripted (or llama.cpp) server at `url` in the OpenAI wire format, one
/// attempt per call: a test sees a failure at once instead of a retry.
inline Llm::ProviderProfile scriptedProfile(const QUrl &url, const QString &name, const QString &model)
{
    using namespace Qt::StringLiterals;
    Llm::ProviderProfile p;
    p.name = name;
    p.model = model;
    p.endpoints = {{url.toString() + u"/v1"_s, {}}};
    p.limits.maxAttempts = 1;
    return p;
}

} // namespace Dialogsmith::Test

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonDocument>
#include <QString>

namespace Dialogsmith::Llm {

/// Reads the JSON a model was asked for out of what it actually wrote: bare JSON, JSON in a Markdown code
/// fence, JSON after reasoning in <think>…</think> (or <thinking>, <reasoning>) tags, or JSON with prose
/// before and after it. On failure returns a null document and sets `error` to what was wrong.
QJsonDocument extractJson(const QString &text, QString *error = nullptr);

} // namespace Dialogsmith::Llm

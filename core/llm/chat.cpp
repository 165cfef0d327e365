// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/chat.h"

namespace Dialogsmith::Llm {

QString finishReasonName(FinishReason reason)
{
    switch (reason) {
    case FinishReason::Stop:
        return QStringLiteral("stop");
    case FinishReason::Length:
        return QStringLiteral("length");
    case FinishReason::ContentFilter:
        return QStringLiteral("content_filter");
    case FinishReason::ToolUse:
        return QStringLiteral("tool_use");
    case FinishReason::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace Dialogsmith::Llm

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/plan.h"
#include "llm/chat.h"
#include "store/runstore.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace Dialogsmith::Engine {

/// What a judge run judges and how (GenerationEngine::judge). Unset values come from the project's quality
/// settings.
struct JudgeOptions {
    QList<qint64> conversationIds; ///< empty: every complete sample not judged on the rubric yet
    bool again = false; ///< judge again the samples already judged on the rubric
    std::optional<QString> rubric;
    std::optional<QString> profile;
    std::optional<bool> perTurn;
};

/// How to start generating. Unset values come from the project's generation settings (a new run) or from
/// the run being resumed.
struct RunOptions {
    bool newRun = false; ///< start a new run even if the last one is unfinished
    bool retryFailed = false; ///< resume the last run and retry its failed conversations
    std::optional<int> count; ///< new runs only
    std::optional<quint64> seed; ///< new runs only
    std::optional<Design::Mode> mode; ///< new runs only
    std::optional<int> concurrency;
    std::optional<QString> profile; ///< for both the user simulator and the assistant
    std::optional<double> budgetUsd;
    std::optional<qint64> budgetTokens;
    bool streamEvents = true; ///< emit turnStreamed (a GUI wants it; a batch run does not)
    std::optional<JudgeOptions> judge; ///< judge the project's samples instead of generating
};

enum class RunOutcome {
    Completed, ///< every planned conversation is complete
    CompletedWithFailures, ///< every planned conversation is complete, dropped or failed, some failed
    Interrupted, ///< cancelled; resumable
    BudgetReached, ///< stopped at the budget; resumable with a larger one
    Failed, ///< could not start or go on (bad design, provider unusable, file not writable)
};

struct RunProgress {
    qint64 runId = 0;
    int planned = 0;
    int complete = 0;
    int failed = 0;
    int dropped = 0; ///< complete, but a rule of the mode rejected them (the reason is stored with each)
    int running = 0; ///< conversations in progress
    qint64 turns = 0; ///< messages completed in this session
    qint64 inputTokens = 0; ///< the whole run's, resumed sessions included
    qint64 outputTokens = 0;
    double costUsd = 0;
    qint64 rateLimited = 0; ///< 429s this session
    qint64 retries = 0;
    qint64 elapsedMs = 0; ///< this session
    bool paused = false;
    double budgetUsd = 0;
    qint64 budgetTokens = 0;
};

struct RunSummary {
    RunOutcome outcome = RunOutcome::Failed;
    QString reason; ///< for the user: why it stopped or failed
    bool resumed = false;
    RunProgress progress;
};

struct ConversationInfo {
    qint64 conversationId = 0; ///< 0 for a new conversation: its row is written with its first message
    int planIndex = 0;
    QString topicPath;
    QString userPersona;
    QString assistantPersona;
    QString scenario;
    QString structure;
    QString documentTitle;
    int turns = 0;
    int completedMessages = 0; ///< resumed conversations: messages already there
};

struct TurnInfo {
    qint64 conversationId = 0;
    int planIndex = 0;
    int seq = 0;
    Llm::Role role = Llm::Role::User;
    QString content;
    QString model;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;
    qint64 latencyMs = 0;
    ChunkRef chunk;
};

} // namespace Dialogsmith::Engine

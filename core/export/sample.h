// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dialogsmith::Export {

/// One message of a sample as the exporters read it (a row of `turns`).
struct SampleMessage {
    QString role; ///< "user" or "assistant"
    QByteArray content; ///< UTF-8, as the project stores it (converted only where a format needs a QString)
    QString systemPrompt; ///< assistant turns: the system prompt when it changed (null: as before)
    QString profile;
    QString model;
    QString templateVersion;
    std::optional<qint64> documentId; ///< the chunk the turn was grounded in
    int chunkIndex = -1;
    int seq = 0;

    QString text() const { return QString::fromUtf8(content); }
};

/// A rejected response or a negative that goes with a turn (a row of `alternatives`).
struct SampleAlternative {
    int seq = 0;
    QString kind; ///< "rejected", "hard_negative", "easy_negative", "candidate"
    int rank = 0;
    QString content;
};

/// One sample (a row of `conversations`) with its messages in order and, when asked for, its alternatives.
struct Sample {
    qint64 id = 0;
    qint64 runId = 0;
    QString mode;
    QString topicPath; ///< "A › B"
    QString userPersona;
    QString assistantPersona;
    QString scenario;
    QString structure;
    QByteArray draw; ///< JSON object
    QByteArray details; ///< JSON object
    std::optional<double> judgeScore;
    QString judgeRubric;
    QList<SampleMessage> messages;
    QList<SampleAlternative> alternatives; ///< by seq, kind, rank
};

/// A document chunk's title and text, for the formats that carry a turn's grounding.
struct ChunkText {
    QString title;
    QString text;
};

} // namespace Dialogsmith::Export

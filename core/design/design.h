// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "llm/pricetable.h"
#include "llm/providerprofile.h"

#include <QList>
#include <QString>

#include <optional>

namespace Dialogsmith::Design {

/// A node of the topic tree. Generation draws leaves, each with the chance its weight gives among its
/// siblings, multiplied down the path.
struct Topic {
    QString name;
    QString description;
    double weight = 1.0;
    QList<Topic> children;
    // Not defaulted: QList<Topic>'s operator== needs Topic's, which a defaulted one inside the still
    // incomplete Topic cannot provide.
    friend bool operator==(const Topic &a, const Topic &b);
};

enum class Side { User, Assistant };
QString sideName(Side side); ///< "user", "assistant"

/// One speaker of a conversation and the control factors that shape how it talks.
struct Persona {
    QString name;
    Side side = Side::User;
    QString description;
    QString relationship; ///< "student of the tutor", "client of the counsellor", ...
    QString mood;
    QString knowledgeLevel;
    QString goal;
    QString speakingStyle;
    QString language;
    double weight = 1.0;
    friend bool operator==(const Persona &, const Persona &) = default;
};

/// The situation a conversation happens in.
struct Scenario {
    QString description;
    double weight = 1.0;
    friend bool operator==(const Scenario &, const Scenario &) = default;
};

/// The kind of conversation (Q&A, debate, lecture, tutoring) and how it goes.
struct Structure {
    QString name;
    QString description;
    double weight = 1.0;
    friend bool operator==(const Structure &, const Structure &) = default;
};

/// A source text conversations can be grounded in.
struct Document {
    QString title;
    QString source; ///< where it came from: a file name, a URL, "pasted"
    QString text;
    friend bool operator==(const Document &, const Document &) = default;
};

/// How documents are cut into chunks, in characters.
struct ChunkSettings {
    int size = 1500;
    int overlap = 200;
    friend bool operator==(const ChunkSettings &, const ChunkSettings &) = default;
};

/// The four prompt templates of a conversation, as source text (see docs/templates.md).
struct PromptTemplates {
    QString system; ///< the assistant's system prompt
    QString starter; ///< asks the user simulator for the opening question
    QString userTurn; ///< asks the user simulator for a follow-up question
    QString assistantTurn; ///< the last user message as the assistant model receives it
    /// The templates shipped with Dialogsmith (resources/templates).
    static PromptTemplates defaults();
    friend bool operator==(const PromptTemplates &, const PromptTemplates &) = default;
};

/// Sampling parameters of one side's calls.
struct Sampling {
    std::optional<double> temperature;
    std::optional<double> topP;
    int maxTokens = 1024;
    friend bool operator==(const Sampling &, const Sampling &) = default;
};

/// How a run generates: how many conversations, how long, which models, how fast, how much it may cost.
struct GenerationSettings {
    int count = 100;
    int minTurns = 3; ///< user–assistant exchanges per conversation, drawn from [minTurns, maxTurns]
    int maxTurns = 3;
    double groundingProbability = 1.0; ///< share of conversations grounded in a chunk, when there are documents
    double driftProbability = 0.2; ///< chance a follow-up moves to another chunk of the same document
    QString userProfile; ///< the provider profile that simulates the user
    QString assistantProfile; ///< the provider profile that answers
    Sampling userSampling {0.9, std::nullopt, 300};
    Sampling assistantSampling {0.7, std::nullopt, 1024};
    int concurrency = 32; ///< conversations in progress at once
    qint64 budgetTokens = 0; ///< 0: no cap
    double budgetUsd = 0; ///< 0: no cap
    quint64 seed = 1;
    QString endMarker = QStringLiteral("[END]"); ///< the user simulator's reply that ends a conversation
    friend bool operator==(const GenerationSettings &, const GenerationSettings &) = default;
};

/// Everything a project is designed from: what the spec file holds and the project file stores.
struct ProjectDesign {
    QString name;
    QString description;
    QList<Topic> topics; ///< the roots of the topic tree
    QList<Persona> personas;
    QList<Scenario> scenarios;
    QList<Structure> structures;
    QList<Document> documents;
    ChunkSettings chunking;
    PromptTemplates templates = PromptTemplates::defaults();
    QList<Llm::ProviderProfile> providers; ///< never with keys: those live in the keychain or the environment
    Llm::PriceTable prices;
    GenerationSettings generation;

    const Llm::ProviderProfile *provider(const QString &profileName) const;
    friend bool operator==(const ProjectDesign &a, const ProjectDesign &b);
};

} // namespace Dialogsmith::Design

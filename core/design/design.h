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

/// The prompt templates, as source text (see docs/templates.md): four for a conversation, the rest for the
/// other modes and the judge.
struct PromptTemplates {
    QString system; ///< the assistant's system prompt
    QString starter; ///< asks the user simulator for the opening question
    QString userTurn; ///< asks the user simulator for a follow-up question
    QString assistantTurn; ///< the last user message as the assistant model receives it
    // The other modes' steps (docs/modes.md).
    QString instruction; ///< asks for a new instruction modelled on seed examples (instruction, preference)
    QString evol; ///< asks for an evolved instruction, in the direction drawn (evol)
    QString knowledgeQuestion; ///< asks for a question a chunk answers (knowledge-qa)
    QString faithfulness; ///< asks a judge whether an answer keeps to its chunk (knowledge-qa)
    QString preferenceJudge; ///< asks a judge to rank responses to a prompt (preference)
    QString embeddingQueries; ///< asks for search queries a chunk answers (embedding)
    QString negativeCheck; ///< asks a judge whether a chunk answers a query (embedding)
    QString judge; ///< asks a judge to score a sample on a rubric (Quality)
    /// The templates shipped with Dialogsmith (resources/templates).
    static PromptTemplates defaults();
    friend bool operator==(const PromptTemplates &, const PromptTemplates &) = default;
};

/// What kind of training data a run makes (docs/modes.md).
enum class Mode {
    Conversation, ///< multi-turn conversations between a simulated user and the assistant
    Instruction, ///< single-turn instruction/response pairs, self-instruct style from seed examples
    Evol, ///< Evol-Instruct: instructions evolved in depth and breadth, each answered
    KnowledgeQa, ///< question/answer pairs grounded in a chunk, each checked for faithfulness to it
    Preference, ///< a prompt with several responses ranked by a judge: chosen and rejected
    Embedding, ///< queries a chunk answers, with hard negatives from other chunks: triplets
};
QString modeName(Mode mode); ///< "conversation", "instruction", "evol", "knowledge-qa", "preference", "embedding"
std::optional<Mode> parseMode(QStringView name);
QList<Mode> allModes();

/// Sampling parameters of one side's calls.
struct Sampling {
    std::optional<double> temperature;
    std::optional<double> topP;
    int maxTokens = 1024;
    friend bool operator==(const Sampling &, const Sampling &) = default;
};

/// How a run generates: how many conversations, how long, which models, how fast, how much it may cost.
struct GenerationSettings {
    Mode mode = Mode::Conversation;
    int count = 100; ///< samples a run makes (conversations, pairs, triplets...)
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

/// The ways Evol-Instruct rewrites an instruction. Breadth writes a new instruction of the same domain; the
/// others make the same one harder.
enum class EvolDirection { Constraints, Deepen, Concretise, Reasoning, Breadth };
QString evolDirectionName(EvolDirection direction); ///< "constraints", "deepen", "concretise", "reasoning", "breadth"
std::optional<EvolDirection> parseEvolDirection(QStringView name);
QList<EvolDirection> allEvolDirections();

/// What the preference mode answers: prompts it writes (instruction style), or the assistant turns of the
/// project's conversations (each turn's conversation so far is the prompt; its own answer is a candidate).
enum class PreferenceSource { Prompts, Conversations };
QString preferenceSourceName(PreferenceSource source); ///< "prompts", "conversations"
std::optional<PreferenceSource> parsePreferenceSource(QStringView name);

/// The settings of the modes other than conversation. Profiles left empty fall back to the generation
/// settings' (the user simulator's for what a user writes, the assistant's for answers and judging).
struct ModeSettings {
    // instruction (and the parents evol starts from)
    QStringList seeds; ///< example instructions the generated ones are modelled on
    int seedsPerPrompt = 3; ///< how many of them each request shows
    // evol
    QList<EvolDirection> evolDirections = allEvolDirections();
    int evolGenerations = 3; ///< how many times in a row an instruction is evolved
    // knowledge-qa
    bool checkFaithfulness = true;
    // preference
    PreferenceSource preferenceSource = PreferenceSource::Prompts;
    int responses = 2; ///< responses per prompt, at least 2 (from conversations: the turn's own answer is one)
    QStringList responseProfiles; ///< who answers, in turn; empty: the assistant profile
    QList<double> responseTemperatures = {0.2, 1.0}; ///< the temperature of response 1, 2, ... (cycled)
    // embedding
    int queriesPerChunk = 2;
    int hardNegatives = 1; ///< per query, mined by BM25 from other chunks
    int easyNegatives = 0; ///< per query, random chunks of other documents
    bool verifyNegatives = true; ///< a judge confirms a hard negative does not answer the query
    // judging inside a mode (preference ranking, faithfulness, negatives)
    QString judgeProfile;
    friend bool operator==(const ModeSettings &, const ModeSettings &) = default;
};

/// A scale a judge model scores samples on, and what it is told to look for.
struct Rubric {
    QString name;
    double minimum = 1;
    double maximum = 10;
    QString text; ///< the criteria, as the judge reads them
    /// The rubrics shipped with Dialogsmith: a 3-point scale (InstructLab's pair evaluation) and 1–10.
    static QList<Rubric> defaults();
    friend bool operator==(const Rubric &, const Rubric &) = default;
};

/// Named rules that keep samples out of the dataset view and exports; each can be switched off.
struct FilterSettings {
    bool refusals = true; ///< refusals and AI boilerplate ("As an AI language model")
    bool truncated = true; ///< empty messages, and messages cut off at the token limit (finish_reason length)
    bool wrongLanguage = false; ///< messages not in the expected language
    QString language; ///< the expected language when the persona names none (English name, "German"); empty: none
    bool tooShort = false;
    int minCharacters = 20; ///< a sample whose shortest message is shorter is too short
    bool tooLong = false;
    int maxCharacters = 20000; ///< a sample whose longest message is longer is too long
    friend bool operator==(const FilterSettings &, const FilterSettings &) = default;
};

/// How the dataset is judged, filtered and de-duplicated before it is exported.
struct QualitySettings {
    FilterSettings filters;
    double duplicateThreshold = 0.8; ///< MinHash similarity from which two samples are near duplicates
    bool hideDuplicates = true; ///< the dataset view and exports keep the first of each group only
    std::optional<double> minJudgeScore; ///< keep only samples judged at least this (on their rubric's scale)
    QList<Rubric> rubrics = Rubric::defaults();
    QString rubric = QStringLiteral("1-10"); ///< the one judging uses
    QString judgeProfile; ///< empty: the assistant profile
    bool judgeTurns = false; ///< score each assistant turn instead of the whole conversation
    friend bool operator==(const QualitySettings &, const QualitySettings &) = default;
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
    ModeSettings modes;
    QualitySettings quality;

    const Llm::ProviderProfile *provider(const QString &profileName) const;
    friend bool operator==(const ProjectDesign &a, const ProjectDesign &b);
};

} // namespace Dialogsmith::Design

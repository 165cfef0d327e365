// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace Dialogsmith {

/// The prompt templates, in the order the editor shows them: the four of a conversation, then the other
/// modes' steps and the judge's (Design::PromptTemplates).
enum class TemplateSlot {
    System,
    Starter,
    UserTurn,
    AssistantTurn,
    Instruction,
    Evol,
    KnowledgeQuestion,
    Faithfulness,
    PreferenceJudge,
    EmbeddingQueries,
    NegativeCheck,
    Judge,
};
constexpr int templateSlotCount = 12;

QString &templateText(Design::PromptTemplates &templates, TemplateSlot slot);
const QString &templateText(const Design::PromptTemplates &templates, TemplateSlot slot);
/// The assistant's templates (system, assistant turn) as against the user simulator's (starter, user turn).
bool isAssistantSide(TemplateSlot slot);
/// A judge's templates (faithfulness, preference judge, negative check, judge): sent at temperature 0.
bool isJudgeStep(TemplateSlot slot);
/// The key of `slot`'s template in the spec's "templates" ("system", "user_turn", "knowledge_question"),
/// as Prompt::VariableSchema::forTemplate() takes it.
QString templateKey(TemplateSlot slot);

/// One conversation drawn from the design the way a run draws it (Engine::Planner), with a sample question
/// and answer, for the template editor's live preview and "Try it".
class SampleDraw final
{
    Q_DECLARE_TR_FUNCTIONS(SampleDraw)

public:
    /// Draws conversation `index` of a run with `seed`. A design without topics cannot be planned: then the
    /// documented example (Prompt::sampleContext()) stands in and isExample() is true. An empty `question`
    /// or `answer` gets a stand-in that says what it is.
    static SampleDraw draw(const Design::ProjectDesign &design, quint64 seed, int index, const QString &question = {},
                           const QString &answer = {});

    /// The variables the template of `slot` gets at its first use in the conversation (the user turn: the
    /// second question, after the sample question and answer). The other modes' steps get what they add
    /// (Prompt::VariableSchema::forTemplate()) from the design where it has them — its seed instructions, the
    /// rubric in use, the queries per chunk — else from Prompt::sampleContext().
    QVariantMap variables(TemplateSlot slot) const;

    bool isExample() const { return m_example; }
    QString topicPath() const;
    QString userName() const;
    QString assistantName() const;
    QString documentTitle() const;
    QString chunk() const;
    int chunkNumber() const { return m_chunkNumber; } ///< from 1; 0: not grounded
    QString question() const { return m_question; }
    QString answer() const { return m_answer; }
    /// The sample messages, for example what "Try it" got from the model.
    void setQuestion(const QString &question) { m_question = question; }
    void setAnswer(const QString &answer) { m_answer = answer; }

private:
    QVariantMap m_base;
    QVariantMap m_extras; ///< the other modes' variables (seeds, rubric, count, ...)
    bool m_example = false;
    bool m_judgeTurns = false; ///< the judge scores one answer, not the whole conversation
    int m_chunkNumber = 0;
    int m_turns = 1;
    QString m_question;
    QString m_answer;
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"
#include "engine/plan.h"
#include "llm/chat.h"
#include "prompt/template.h"
#include "store/runstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace Dialogsmith::Engine {

/// The prompt templates a run uses, parsed once, each with the version (a hash of step and text) its
/// messages are stored under.
class TemplateSet final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateSet)

public:
    /// Parses the design's template of `step` (a key of the spec's "templates").
    void add(const QString &step, const QString &source);
    bool contains(const QString &step) const { return m_templates.contains(step); }
    QString version(const QString &step) const { return m_templates.value(step).version; }
    QString source(const QString &step) const { return m_templates.value(step).source; }
    QStringList steps() const { return m_order; }
    /// The template rendered with `variables`; nothing, with the reason in `failure`, when it cannot be.
    std::optional<QString> render(const QString &step, const QVariantMap &variables, QString *failure) const;

    static QString versionOf(const QString &step, const QString &source);

private:
    struct Entry {
        Prompt::Template parsed;
        QString source;
        QString version;
    };
    QHash<QString, Entry> m_templates;
    QStringList m_order;
};

/// What a recipe is given to work with for the whole run.
struct RecipeContext {
    const Design::ProjectDesign *design = nullptr; ///< the run's design (its snapshot when resumed)
    const Planner *planner = nullptr;
    const QList<qint64> *documentIds = nullptr; ///< the project's ids of design->documents
    const TemplateSet *templates = nullptr;
    QSqlDatabase db; ///< the engine's connection, for reading what the run builds on
    quint64 seed = 0;
    const qint64 *runId = nullptr; ///< the run's id (set once its row is written)
};

/// One sample of a run as the engine drives it: its row in `conversations` (any mode's sample is one), the
/// messages it has so far, and what its recipe keeps between calls.
struct Sample {
    struct State {
        virtual ~State() = default;
    };

    qint64 id = 0; ///< 0 until its row is written
    int index = 0; ///< its row's plan_index, which names it in events (negative for a branch)
    ConversationPlan plan;
    QList<Llm::ChatMessage> history;
    int nextSeq = 0; ///< the seq of the next message: history.size() unless curation deleted one
    QList<int> seqs; ///< taken up from the project: the stored seq of each message of `history`
    QString lastSystem; ///< the system prompt of the last stored answer
    QJsonObject details; ///< stored with the row (`conversations.details`), the recipe's to fill
    bool resumed = false; ///< taken up from the project, not started in this session
    std::unique_ptr<State> state; ///< the recipe's
};

/// One provider call a sample asks for.
struct CallSpec {
    QString step; ///< the template it is written from: names it in messages, versions what it produces
    QString profile;
    Llm::ChatRequest request;
    /// The reply is the sample's next message, of this role (streamed to the live preview); none: only the
    /// recipe reads it (a judge's verdict, a list of queries).
    std::optional<Llm::Role> message;
    ChunkRef chunk; ///< what the message is grounded in
    QString system; ///< an answer's system prompt, stored with the message when it changed
};

/// A message a reply adds to the sample.
struct NewMessage {
    Llm::Role role = Llm::Role::User;
    QString content;
    bool fromReply = true; ///< written by the call (its model, tokens and cost); otherwise taken from a source
    ChunkRef chunk;
    QString step; ///< the template it came from (a source message: the step that chose it)
    /// Written by an earlier call (a preference pair's chosen response): its model, tokens and cost.
    std::optional<Store::NewAlternative> origin;
    /// An answer's system prompt when it is not the current call's (a chosen response's).
    std::optional<QString> system;
    /// Copied from one of the project's conversations: the template version it was stored under there.
    QString templateVersion;
};

/// The reply to `call` as a message of `role`, grounded as the call was.
NewMessage replyMessage(Llm::Role role, const QString &content, const CallSpec &call);

/// A row the reply adds beside the sample's messages; written in the same transaction as them.
using ExtraWrite = std::function<bool(Store::RunStore &store, qint64 conversationId, QString *error)>;

/// What the engine does with a reply.
struct Outcome {
    enum class Kind {
        Continue, ///< store `messages` and `writes` (either may be empty), then ask next()
        Retry, ///< the reply is unusable (empty, unreadable): ask the same again, up to a limit
        Finish, ///< store `messages` and `writes`, then end the sample in `state`
    };
    Kind kind = Kind::Continue;
    QList<NewMessage> messages;
    QList<ExtraWrite> writes;
    QString reason; ///< Retry: why (journaled); Finish: the failure or why it was dropped
    Store::ConversationState state = Store::ConversationState::Complete;
    bool endedEarly = false;
    QString journal; ///< the call's outcome in the journal; empty: "ok", or "discarded" for a retry

    static Outcome next(QList<NewMessage> messages = {}, QList<ExtraWrite> writes = {});
    static Outcome retry(const QString &reason);
    static Outcome finish(Store::ConversationState state, const QString &reason = {}, QList<NewMessage> messages = {},
                          QList<ExtraWrite> writes = {});
};

/// What a sample needs next.
struct Next {
    enum class Kind {
        Call, ///< make `call`
        Wait, ///< wait for another sample of the run to finish (an evolution waits for its parent)
        Finish, ///< end the sample in `state`
        /// store `messages` (taken from the project, not written by a call) and `writes`, then ask again
        Take,
    };
    Kind kind = Kind::Call;
    CallSpec call;
    QList<NewMessage> messages; ///< Take: the messages
    Store::ConversationState state = Store::ConversationState::Complete;
    QString reason;
    bool endedEarly = false;
    QList<ExtraWrite> writes; ///< rows to write first (what a resumed sample redoes)

    static Next make(CallSpec call);
    static Next wait();
    static Next finish(Store::ConversationState state, const QString &reason = {}, bool endedEarly = false);
    static Next take(QList<NewMessage> messages, QList<ExtraWrite> writes = {});
};

/// How one mode makes a sample: which calls, in what order, and what becomes of each reply. The engine
/// does everything else — concurrency, rate limits, retries of failed calls, budgets, storing, resuming —
/// the same for every mode. A recipe is driven on the engine's thread only.
///
/// Everything a recipe draws comes from Draw(seed, its stream, the sample's index), never from what
/// happened before, so a resumed run makes the same choices.
class Recipe
{
public:
    virtual ~Recipe() = default;

    /// The template steps the mode uses.
    virtual QStringList steps() const = 0;
    /// How many samples a new run of `count` plans (evol: each of `count` instructions over its generations).
    virtual int planned(int count) const { return count; }
    /// Checks that the design can make this mode's samples; false with the reason otherwise. `snapshot` is
    /// what the recipe stored with the run when it started (empty for a new run).
    virtual bool prepare(const RecipeContext &context, const QJsonObject &snapshot, QString *error) = 0;
    /// What to keep with a new run so a resumed one is the same (evol: the instructions it evolves).
    virtual QJsonObject snapshot() const { return {}; }
    /// The plan of sample `index`: the planner's draw, adjusted to the mode (a chunk walked in order, the
    /// plan of the conversation a preference pair is taken from).
    virtual ConversationPlan plan(int index) const;
    /// Sets up a sample, new or taken up from the project (its messages and details are filled in then).
    virtual void begin(Sample &sample) const { Q_UNUSED(sample); }
    /// What the sample needs next.
    virtual Next next(Sample &sample) const = 0;
    /// The reply to the call next() asked for.
    virtual Outcome read(Sample &sample, const CallSpec &call, const Llm::ChatResult &result) const = 0;
    /// Another sample ended (a waiting one may now go on).
    virtual void finished(int index, Store::ConversationState state, const Sample &sample)
    {
        Q_UNUSED(index);
        Q_UNUSED(state);
        Q_UNUSED(sample);
    }

protected:
    RecipeContext m_context;
};

/// The recipe of `mode`.
std::unique_ptr<Recipe> makeRecipe(Design::Mode mode);

/// The design's template of `step` (a key of the spec's "templates").
QString templateSource(const Design::PromptTemplates &templates, const QString &step);

} // namespace Dialogsmith::Engine

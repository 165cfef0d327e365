// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "engine/recipes/preferencerecipe.h"

#include "engine/turncontext.h"
#include "quality/textfingerprint.h"
#include "quality/verdict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Dialogsmith::Engine {

namespace {

const QString candidateKind = QStringLiteral("candidate");

/// What a sample from a conversation takes from it.
struct Taken {
    QList<NewMessage> messages; ///< up to the turn's question
    Store::NewAlternative answer; ///< the turn's own answer, as the first candidate
    QString system; ///< the system prompt the answer was written under (null: none stored)
    ChunkRef chunk; ///< what the answer was grounded in
};

} // namespace

struct PreferenceRecipe::State : Sample::State {
    QList<Store::NewAlternative> candidates;
    QString system; ///< the answers' system prompt
    ChunkRef chunk; ///< what the answers are grounded in
    bool loaded = false;
};

namespace {

/// Reads the turns of `conversation` up to the assistant turn `seq`; nothing, with the reason, when the turn
/// is gone or is no answer to a question.
std::optional<Taken> readSource(const QSqlDatabase &db, qint64 conversation, int seq, const QList<qint64> &documentIds,
                                QString *failure)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, role, content, document_id, chunk_index, template_version, system_prompt, "
                             "profile, model, params, finish_reason FROM turns WHERE conversation_id = ? AND seq <= ? "
                             "ORDER BY seq"));
    q.addBindValue(conversation);
    q.addBindValue(seq);
    if (!q.exec()) {
        *failure = PreferenceRecipe::tr("Cannot read conversation %1: %2").arg(conversation).arg(q.lastError().text());
        return std::nullopt;
    }
    Taken taken;
    bool found = false;
    while (q.next()) {
        NewMessage message;
        const bool user = q.value(1).toString() == u"user";
        message.role = user ? Llm::Role::User : Llm::Role::Assistant;
        message.content = q.value(2).toString();
        message.fromReply = false;
        message.step = user ? QStringLiteral("user_turn") : QStringLiteral("assistant_turn");
        message.templateVersion = q.value(5).toString();
        ChunkRef chunk;
        if (!q.value(3).isNull()) {
            const int document = int(documentIds.indexOf(q.value(3).toLongLong()));
            if (document >= 0)
                chunk = {document, q.value(4).toInt()};
        }
        message.chunk = chunk;
        if (!user && !q.value(6).isNull())
            taken.system = q.value(6).toString();
        if (q.value(0).toInt() == seq) {
            found = !user;
            taken.answer.seq = int(taken.messages.size());
            taken.answer.kind = candidateKind;
            taken.answer.rank = 1;
            taken.answer.content = message.content;
            taken.answer.profile = q.value(7).toString();
            taken.answer.model = q.value(8).toString();
            taken.answer.params = q.value(9).toByteArray();
            // Written and paid for by the run that made the conversation: its tokens and cost stay there.
            taken.answer.finishReason = q.value(10).toString();
            if (chunk.isValid()) {
                taken.answer.documentId = q.value(3).toLongLong();
                taken.answer.chunkIndex = q.value(4).toInt();
            }
            taken.chunk = chunk;
            break;
        }
        taken.messages.append(message);
    }
    if (!found || taken.messages.isEmpty() || taken.messages.constLast().role != Llm::Role::User) {
        *failure = PreferenceRecipe::tr("Conversation %1 no longer has an answer at message %2 to answer again.")
                       .arg(conversation)
                       .arg(seq + 1);
        return std::nullopt;
    }
    return taken;
}

} // namespace

QStringList PreferenceRecipe::steps() const
{
    return {QStringLiteral("system"), QStringLiteral("instruction"), QStringLiteral("assistant_turn"),
            QStringLiteral("preference_judge")};
}

bool PreferenceRecipe::check(const QJsonObject &snapshot, QString *error)
{
    for (const QString &profile : design().modes.responseProfiles) {
        if (!design().provider(profile)) {
            *error
                = tr("The preference responses name the profile \"%1\", which the project does not have.").arg(profile);
            return false;
        }
    }
    m_sources.clear();
    if (!fromConversations())
        return true;
    if (snapshot.contains(QStringLiteral("sources"))) {
        for (const QJsonValue &v : snapshot.value(QStringLiteral("sources")).toArray()) {
            const QJsonArray pair = v.toArray();
            m_sources.append({pair.at(0).toInteger(), pair.at(1).toInt()});
        }
        return true;
    }
    // The turns earlier runs made pairs of (and did not fail on) are not answered again.
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    QSet<std::pair<qint64, int>> answered;
    if (!q.exec(QStringLiteral("SELECT details FROM conversations WHERE mode = 'preference' AND state != 'failed'"))) {
        *error = tr("Cannot read the project's preference pairs: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        const QJsonObject source
            = QJsonDocument::fromJson(q.value(0).toByteArray()).object().value(QStringLiteral("source")).toObject();
        if (!source.isEmpty())
            answered.insert({source.value(QStringLiteral("conversation")).toInteger(),
                             source.value(QStringLiteral("seq")).toInt()});
    }
    if (!q.exec(QStringLiteral(
            "SELECT t.conversation_id, t.seq FROM turns t JOIN conversations c ON c.id = t.conversation_id "
            "WHERE t.role = 'assistant' AND c.mode = 'conversation' AND c.state = 'complete' "
            "AND c.review != 'rejected' ORDER BY t.conversation_id, t.seq"))) {
        *error = tr("Cannot read the project's conversations: %1").arg(q.lastError().text());
        return false;
    }
    const int count = design().generation.count;
    while (q.next() && m_sources.size() < count) {
        const Source source {q.value(0).toLongLong(), q.value(1).toInt()};
        if (!answered.contains({source.conversation, source.seq}))
            m_sources.append(source);
    }
    if (m_sources.isEmpty()) {
        *error = answered.isEmpty()
            ? tr("Preference pairs from conversations need conversations to answer again: make conversation "
                 "samples first (complete ones that are not rejected).")
            : tr("Every answer of the project's conversations already has its preference pair: make more "
                 "conversations first, or choose prompts as the source.");
        return false;
    }
    return true;
}

int PreferenceRecipe::planned(int count) const
{
    return fromConversations() ? int(std::min<qsizetype>(count, m_sources.size())) : count;
}

QJsonObject PreferenceRecipe::snapshot() const
{
    if (!fromConversations())
        return {};
    QJsonArray sources;
    for (const Source &source : m_sources)
        sources.append(QJsonArray {source.conversation, source.seq});
    return {{QStringLiteral("sources"), sources}};
}

ConversationPlan PreferenceRecipe::plan(int index) const
{
    if (!fromConversations())
        return Recipe::plan(index);
    // The plan of the conversation the pair is taken from, so that the sample is filed under its topic and
    // personas and its answers are written as that conversation's were. A sample already started keeps the
    // plan it was stored with, whatever became of the conversation since.
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    if (m_context.runId && *m_context.runId != 0) {
        q.prepare(QStringLiteral("SELECT draw FROM conversations WHERE run_id = ? AND plan_index = ?"));
        q.addBindValue(*m_context.runId);
        q.addBindValue(index);
    }
    if (!(m_context.runId && *m_context.runId != 0 && q.exec() && q.next())) {
        q.prepare(QStringLiteral("SELECT draw FROM conversations WHERE id = ?"));
        q.addBindValue(index < m_sources.size() ? m_sources.at(index).conversation : 0);
        if (!q.exec() || !q.next()) {
            ConversationPlan plan;
            plan.index = index;
            return plan;
        }
    }
    ConversationPlan plan
        = planFromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object(), *m_context.documentIds);
    if (m_context.planner->chunkText(plan.chunk).isNull())
        plan.chunk = {};
    plan.index = index;
    return plan;
}

bool PreferenceRecipe::fromConversations() const
{
    return design().modes.preferenceSource == Design::PreferenceSource::Conversations;
}

int PreferenceRecipe::exchange(const Sample &sample)
{
    return int(std::count_if(sample.history.cbegin(), sample.history.cend(),
                             [](const Llm::ChatMessage &m) { return m.role == Llm::Role::User; }));
}

Next PreferenceRecipe::takeConversation(Sample &sample) const
{
    auto &state = static_cast<State &>(*sample.state);
    const int index = sample.plan.index;
    if (index < 0 || index >= m_sources.size())
        return Next::finish(Store::ConversationState::Failed,
                            tr("Sample %1 has no conversation to answer again.").arg(index + 1));
    const Source &source = m_sources.at(index);
    QString failure;
    auto taken = readSource(m_context.db, source.conversation, source.seq, *m_context.documentIds, &failure);
    if (!taken)
        return Next::finish(Store::ConversationState::Failed, failure);
    sample.details = {{QStringLiteral("source"),
                       QJsonObject {{QStringLiteral("conversation"), source.conversation},
                                    {QStringLiteral("seq"), source.seq},
                                    {QStringLiteral("messages"), int(taken->messages.size())}}}};
    state.system = taken->system;
    state.chunk = taken->chunk;
    state.candidates = {taken->answer};
    state.loaded = true;
    Store::NewAlternative answer = taken->answer;
    return Next::take(taken->messages,
                      {details(sample), [answer](Store::RunStore &store, qint64 id, QString *error) mutable {
                           answer.conversationId = id;
                           return store.insertAlternative(answer, error);
                       }});
}

std::optional<CallSpec> PreferenceRecipe::responseCall(Sample &sample, QString *failure) const
{
    auto &state = static_cast<State &>(*sample.state);
    const bool sourced = fromConversations();
    auto call = answerCall(sample, sourced ? state.chunk : sample.plan.chunk, failure, sourced ? exchange(sample) : 1);
    if (!call)
        return std::nullopt;
    if (sourced && !state.system.isNull()) {
        // Answered as the conversation's own answer was.
        call->system = state.system;
        call->request.system = state.system;
    }
    // The responses asked for so far (a conversation's own answer is a candidate nobody asked for).
    const int r = int(state.candidates.size()) - (sourced ? 1 : 0);
    const QStringList &profiles = design().modes.responseProfiles;
    if (!profiles.isEmpty())
        call->profile = profiles.at(r % profiles.size());
    const QList<double> &temperatures = design().modes.responseTemperatures;
    if (!temperatures.isEmpty())
        call->request.temperature = temperatures.at(r % temperatures.size());
    // A candidate is no message of the sample until the judge has ranked it.
    call->message.reset();
    return call;
}

void PreferenceRecipe::begin(Sample &sample) const
{
    sample.state = std::make_unique<State>();
}

Next PreferenceRecipe::next(Sample &sample) const
{
    auto &state = static_cast<State &>(*sample.state);
    const bool sourced = fromConversations();
    QString failure;
    if (sample.history.isEmpty()) {
        if (sourced)
            return takeConversation(sample);
        auto call = instructionCall(sample, &failure);
        if (!call)
            return Next::finish(Store::ConversationState::Failed, failure);
        return Next::make(std::move(*call));
    }
    const QJsonObject source = sample.details.value(QStringLiteral("source")).toObject();
    const int promptMessages = sourced ? source.value(QStringLiteral("messages")).toInt(1) : 1;
    if (sample.history.size() > promptMessages)
        return Next::finish(Store::ConversationState::Complete);
    if (sample.resumed && !state.loaded) {
        // Candidates written before the run was interrupted are not paid for twice.
        Store::RunStore store(m_context.db);
        if (const auto stored = store.alternatives(sample.id, candidateKind, &failure))
            state.candidates = *stored;
        else
            return Next::finish(Store::ConversationState::Failed, failure);
        // The system prompt the stored candidates were written under, for the chosen one's provenance when
        // no response is asked for again.
        if (sourced) {
            const auto taken
                = readSource(m_context.db, source.value(QStringLiteral("conversation")).toInteger(),
                             source.value(QStringLiteral("seq")).toInt(), *m_context.documentIds, &failure);
            if (!taken)
                return Next::finish(Store::ConversationState::Failed, failure);
            state.system = taken->system;
            state.chunk = taken->chunk;
        }
        if (!sourced || state.system.isNull()) {
            if (const auto answer = answerCall(sample, sample.plan.chunk, &failure))
                state.system = answer->system;
            else
                return Next::finish(Store::ConversationState::Failed, failure);
        }
    }
    state.loaded = true;
    if (state.candidates.size() < design().modes.responses) {
        auto call = responseCall(sample, &failure);
        if (!call)
            return Next::finish(Store::ConversationState::Failed, failure);
        return Next::make(std::move(*call));
    }
    QVariantMap vars = variables(sample, sourced ? state.chunk : sample.plan.chunk, sample.history.constLast().content,
                                 sourced ? exchange(sample) : 1);
    QVariantList list;
    for (const Store::NewAlternative &c : std::as_const(state.candidates))
        list.append(QVariantMap {{QStringLiteral("content"), c.content}});
    vars.insert(QStringLiteral("responses"), list);
    const Design::QualitySettings &quality = design().quality;
    for (const Design::Rubric &rubric : quality.rubrics) {
        if (rubric.name == quality.rubric)
            vars.insert(QStringLiteral("rubric"),
                        QVariantMap {{QStringLiteral("name"), rubric.name},
                                     {QStringLiteral("minimum"), rubric.minimum},
                                     {QStringLiteral("maximum"), rubric.maximum},
                                     {QStringLiteral("text"), rubric.text}});
    }
    auto call = judgeCall(QStringLiteral("preference_judge"), vars, &failure);
    if (!call)
        return Next::finish(Store::ConversationState::Failed, failure);
    return Next::make(std::move(*call));
}

Outcome PreferenceRecipe::read(Sample &sample, const CallSpec &call, const Llm::ChatResult &result) const
{
    auto &state = static_cast<State &>(*sample.state);
    if (call.step == u"instruction")
        return readInstruction(sample, call, result, tr("The prompt was dropped: %1"));
    if (call.step == u"assistant_turn") {
        const QString text = result.text.trimmed();
        if (text.isEmpty())
            return Outcome::retry(QString());
        Store::NewAlternative candidate;
        candidate.seq = sample.nextSeq;
        candidate.kind = candidateKind;
        candidate.rank = int(state.candidates.size()) + 1;
        candidate.content = text;
        candidate.profile = call.profile;
        candidate.model = result.model.isEmpty() ? modelOf(call.profile) : result.model;
        QJsonObject params {{QStringLiteral("max_tokens"), call.request.maxTokens}};
        if (call.request.temperature)
            params.insert(QStringLiteral("temperature"), *call.request.temperature);
        candidate.params = QJsonDocument(params).toJson(QJsonDocument::Compact);
        candidate.usage = result.usage;
        candidate.costUsd = result.costUsd;
        candidate.latencyMs = result.latencyMs;
        candidate.finishReason
            = result.rawFinishReason.isEmpty() ? Llm::finishReasonName(result.finish) : result.rawFinishReason;
        state.candidates.append(candidate);
        state.system = call.system;
        return Outcome::next({}, {[candidate](Store::RunStore &store, qint64 id, QString *error) mutable {
                                 candidate.conversationId = id;
                                 return store.insertAlternative(candidate, error);
                             }});
    }

    // The judge's ranking.
    const int responses = int(state.candidates.size());
    const Quality::Verdict verdict = Quality::VerdictReader::ranking(result.text, responses);
    if (!verdict.isValid())
        return Outcome::retry(verdict.error);
    QList<int> order;
    for (int n : verdict.ranking)
        order.append(n - 1);
    QJsonArray ranking;
    for (int n : verdict.ranking)
        ranking.append(n);
    sample.details.insert(QStringLiteral("ranking"), ranking);
    sample.details.insert(QStringLiteral("reason"), verdict.reason);

    Store::NewJudgment judgment;
    judgment.purpose = QStringLiteral("preference");
    judgment.rubric = design().quality.rubric;
    judgment.reason = verdict.reason;
    judgment.profile = call.profile;
    judgment.model = result.model.isEmpty() ? modelOf(call.profile) : result.model;

    const Store::NewAlternative &best = state.candidates.at(order.constFirst());
    QList<ExtraWrite> writes {[](Store::RunStore &store, qint64 id, QString *error) {
        return store.removeAlternatives(id, QStringLiteral("candidate"), error);
    }};
    for (int i = 1; i < order.size(); ++i) {
        Store::NewAlternative rejected = state.candidates.at(order.at(i));
        rejected.kind = QStringLiteral("rejected");
        rejected.rank = i;
        rejected.reason = verdict.reason;
        writes.append([rejected](Store::RunStore &store, qint64 id, QString *error) mutable {
            rejected.conversationId = id;
            return store.insertAlternative(rejected, error);
        });
    }
    judgment.seq = sample.nextSeq;
    writes.append(RecipeBase::judgment(judgment));
    writes.append(details(sample));
    NewMessage chosen;
    chosen.role = Llm::Role::Assistant;
    chosen.content = best.content;
    chosen.fromReply = false;
    chosen.chunk = fromConversations() ? state.chunk : sample.plan.chunk;
    chosen.step = QStringLiteral("assistant_turn");
    chosen.origin = best;
    if (!state.system.isNull())
        chosen.system = state.system;

    // Responses that say the same give no preference to learn from.
    const QString first = Quality::normalizedForComparison(best.content);
    const bool allSame = std::all_of(state.candidates.cbegin(), state.candidates.cend(), [&](const auto &c) {
        return Quality::normalizedForComparison(c.content) == first;
    });
    if (allSame)
        return Outcome::finish(Store::ConversationState::Dropped,
                               tr("The pair was dropped: all %n response(s) say the same.", "", responses), {chosen},
                               writes);
    return Outcome::finish(Store::ConversationState::Complete, QString(), {chosen}, writes);
}

} // namespace Dialogsmith::Engine

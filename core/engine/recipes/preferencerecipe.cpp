// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "engine/recipes/preferencerecipe.h"

#include "quality/textfingerprint.h"
#include "quality/verdict.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Dialogsmith::Engine {

namespace {

const QString candidateKind = QStringLiteral("candidate");

} // namespace

struct PreferenceRecipe::State : Sample::State {
    QList<Store::NewAlternative> candidates;
    QString system; ///< the answers' system prompt
    bool loaded = false;
};

QStringList PreferenceRecipe::steps() const
{
    return {QStringLiteral("system"), QStringLiteral("instruction"), QStringLiteral("assistant_turn"),
            QStringLiteral("preference_judge")};
}

bool PreferenceRecipe::check(const QJsonObject &snapshot, QString *error)
{
    Q_UNUSED(snapshot);
    for (const QString &profile : design().modes.responseProfiles) {
        if (!design().provider(profile)) {
            *error
                = tr("The preference responses name the profile \"%1\", which the project does not have.").arg(profile);
            return false;
        }
    }
    return true;
}

void PreferenceRecipe::begin(Sample &sample) const
{
    sample.state = std::make_unique<State>();
}

Next PreferenceRecipe::next(Sample &sample) const
{
    auto &state = static_cast<State &>(*sample.state);
    QString failure;
    if (sample.history.isEmpty()) {
        auto call = instructionCall(sample, &failure);
        if (!call)
            return Next::finish(Store::ConversationState::Failed, failure);
        return Next::make(std::move(*call));
    }
    if (sample.history.size() > 1)
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
        if (const auto answer = answerCall(sample, sample.plan.chunk, &failure))
            state.system = answer->system;
        else
            return Next::finish(Store::ConversationState::Failed, failure);
    }
    state.loaded = true;
    const int responses = design().modes.responses;
    if (state.candidates.size() < responses) {
        const int r = int(state.candidates.size());
        auto call = answerCall(sample, sample.plan.chunk, &failure);
        if (!call)
            return Next::finish(Store::ConversationState::Failed, failure);
        const QStringList &profiles = design().modes.responseProfiles;
        if (!profiles.isEmpty())
            call->profile = profiles.at(r % profiles.size());
        const QList<double> &temperatures = design().modes.responseTemperatures;
        if (!temperatures.isEmpty())
            call->request.temperature = temperatures.at(r % temperatures.size());
        // A candidate is no message of the sample until the judge has ranked it.
        call->message.reset();
        return Next::make(std::move(*call));
    }
    QVariantMap vars = variables(sample, sample.plan.chunk, sample.history.constFirst().content);
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
    chosen.chunk = sample.plan.chunk;
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

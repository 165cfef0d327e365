// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "engine/recipes/judgerecipe.h"

#include "quality/verdict.h"

namespace Dialogsmith::Engine {

struct JudgeRecipe::State : Sample::State {
    QList<int> targets; ///< the messages judged, by their place in the history; -1: the whole conversation
    int position = 0;
    QList<double> scores;
};

QStringList JudgeRecipe::steps() const
{
    return {QStringLiteral("judge")};
}

bool JudgeRecipe::check(const QJsonObject &snapshot, QString *error)
{
    Q_UNUSED(snapshot);
    const Design::QualitySettings &quality = design().quality;
    for (const Design::Rubric &rubric : quality.rubrics) {
        if (rubric.name == quality.rubric) {
            m_rubric = rubric;
            return true;
        }
    }
    *error = tr("There is no rubric \"%1\" to judge with.").arg(quality.rubric);
    return false;
}

void JudgeRecipe::begin(Sample &sample) const
{
    auto state = std::make_unique<State>();
    if (design().quality.judgeTurns) {
        for (int i = 0; i < sample.history.size(); ++i) {
            if (sample.history.at(i).role == Llm::Role::Assistant)
                state->targets.append(i);
        }
    } else if (!sample.history.isEmpty()) {
        state->targets.append(-1);
    }
    sample.state = std::move(state);
}

Next JudgeRecipe::next(Sample &sample) const
{
    auto &state = static_cast<State &>(*sample.state);
    if (state.targets.isEmpty())
        return Next::finish(Store::ConversationState::Failed, tr("It has no message to judge."));
    if (state.position >= state.targets.size())
        return Next::finish(Store::ConversationState::Complete);
    const int target = state.targets.at(state.position);
    Sample shown;
    shown.plan = sample.plan;
    shown.history = target < 0 ? sample.history : sample.history.mid(0, target + 1);
    QVariantMap vars = variables(shown, sample.plan.chunk);
    vars.insert(QStringLiteral("answer"), target < 0 ? QString() : sample.history.at(target).content);
    vars.insert(QStringLiteral("rubric"),
                QVariantMap {{QStringLiteral("name"), m_rubric.name},
                             {QStringLiteral("minimum"), m_rubric.minimum},
                             {QStringLiteral("maximum"), m_rubric.maximum},
                             {QStringLiteral("text"), m_rubric.text}});
    QString failure;
    auto call = judgeCall(QStringLiteral("judge"), vars, &failure);
    if (!call)
        return Next::finish(Store::ConversationState::Failed, failure);
    call->profile = design().quality.judgeProfile;
    return Next::make(std::move(*call));
}

Outcome JudgeRecipe::read(Sample &sample, const CallSpec &call, const Llm::ChatResult &result) const
{
    auto &state = static_cast<State &>(*sample.state);
    const Quality::Verdict verdict = Quality::VerdictReader::score(result.text, m_rubric.minimum, m_rubric.maximum);
    if (!verdict.isValid())
        return Outcome::retry(verdict.error);
    const int target = state.targets.at(state.position++);
    Store::NewJudgment judgment;
    if (target >= 0)
        judgment.seq = sample.seqs.value(target, target);
    judgment.purpose = QStringLiteral("quality");
    judgment.rubric = m_rubric.name;
    judgment.score = verdict.score;
    judgment.scaleMin = m_rubric.minimum;
    judgment.scaleMax = m_rubric.maximum;
    judgment.reason = verdict.reason;
    judgment.profile = call.profile;
    judgment.model = result.model.isEmpty() ? modelOf(call.profile) : result.model;
    state.scores.append(*verdict.score);
    QList<ExtraWrite> writes {RecipeBase::judgment(judgment)};
    if (state.position < state.targets.size())
        return Outcome::next({}, writes);
    // A conversation is as good as its worst turn.
    const double score = *std::min_element(state.scores.cbegin(), state.scores.cend());
    const QString rubric = m_rubric.name;
    writes.append([score, rubric](Store::RunStore &store, qint64 id, QString *error) {
        return store.setJudgeScore(id, score, rubric, error);
    });
    return Outcome::finish(Store::ConversationState::Complete, QString(), {}, writes);
}

} // namespace Dialogsmith::Engine

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "engine/recipes/instructionrecipe.h"

#include "engine/draw.h"
#include "quality/filters.h"
#include "quality/textfingerprint.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Dialogsmith::Engine {

namespace {

constexpr quint64 seedStream = 16;
constexpr int minInstructionWords = 3;

} // namespace

QStringList InstructionRecipe::steps() const
{
    return {QStringLiteral("system"), QStringLiteral("instruction"), QStringLiteral("assistant_turn")};
}

QList<int> InstructionRecipe::seedsFor(int index) const
{
    const int seeds = int(design().modes.seeds.size());
    QList<int> all(seeds);
    std::iota(all.begin(), all.end(), 0);
    // A partial Fisher–Yates shuffle: the first `shown` of a shuffle fixed by the seed and the index.
    Draw draw(m_context.seed, seedStream, quint64(std::max(0, index)));
    const int shown = std::min(seeds, design().modes.seedsPerPrompt);
    for (int i = 0; i < shown; ++i)
        std::swap(all[i], all[i + draw.below(seeds - i)]);
    all.resize(shown);
    return all;
}

std::optional<CallSpec> InstructionRecipe::instructionCall(Sample &sample, QString *failure) const
{
    QVariantMap vars = variables(sample, sample.plan.chunk);
    QVariantList seeds;
    QJsonArray shown;
    for (int i : seedsFor(sample.plan.index)) {
        seeds.append(design().modes.seeds.at(i));
        shown.append(i);
    }
    vars.insert(QStringLiteral("seeds"), seeds);
    sample.details.insert(QStringLiteral("seeds"), shown);
    return userCall(QStringLiteral("instruction"), vars, sample.plan.chunk, Llm::Role::User, failure);
}

Next InstructionRecipe::next(Sample &sample) const
{
    QString failure;
    std::optional<CallSpec> call;
    if (sample.history.isEmpty())
        call = instructionCall(sample, &failure);
    else if (sample.history.size() == 1)
        call = answerCall(sample, sample.plan.chunk, &failure);
    else
        return Next::finish(Store::ConversationState::Complete);
    if (!call)
        return Next::finish(Store::ConversationState::Failed, failure);
    return Next::make(std::move(*call));
}

QString InstructionRecipe::cleanInstruction(const QString &text, const Sample &sample)
{
    static const QRegularExpression label(
        QStringLiteral("^\\s*(?:#+\\s*)?(?:\\d+[.)]\\s*|(?:new |rewritten |evolved )?(?:instruction|prompt|question)"
                       "\\s*#*\\s*[:：]\\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    QString cleaned = cleanMessage(text, sample);
    cleaned.remove(label);
    return cleanMessage(cleaned, sample);
}

QString InstructionRecipe::instructionProblem(const QString &instruction, const QStringList &examples)
{
    if (const auto phrase = Quality::refusalPhrase(instruction))
        return tr("It is a refusal or boilerplate (\"%1\").").arg(*phrase);
    const QString normalized = Quality::normalizedForComparison(instruction);
    if (normalized.count(u' ') + 1 < minInstructionWords)
        return tr("It is shorter than %n word(s).", "", minInstructionWords);
    for (qsizetype i = 0; i < examples.size(); ++i) {
        if (Quality::normalizedForComparison(examples.at(i)) == normalized)
            return tr("It copies the instruction it was made from: \"%1\".").arg(examples.at(i).left(80));
    }
    return {};
}

Outcome InstructionRecipe::read(Sample &sample, const CallSpec &call, const Llm::ChatResult &result) const
{
    if (call.message == Llm::Role::Assistant) {
        const QString answer = result.text.trimmed();
        if (answer.isEmpty())
            return Outcome::retry(QString());
        return Outcome::finish(Store::ConversationState::Complete, QString(),
                               {replyMessage(Llm::Role::Assistant, answer, call)});
    }
    return readInstruction(sample, call, result, tr("The instruction was dropped: %1"));
}

Outcome InstructionRecipe::readInstruction(Sample &sample, const CallSpec &call, const Llm::ChatResult &result,
                                           const QString &dropped) const
{
    const QString instruction = cleanInstruction(result.text, sample);
    if (instruction.isEmpty())
        return Outcome::retry(QString());
    QStringList examples;
    for (const QJsonValue &i : sample.details.value(QStringLiteral("seeds")).toArray())
        examples.append(design().modes.seeds.value(i.toInt()));
    const NewMessage message = replyMessage(Llm::Role::User, instruction, call);
    if (const QString problem = instructionProblem(instruction, examples); !problem.isEmpty())
        return Outcome::finish(Store::ConversationState::Dropped, dropped.arg(problem), {message}, {details(sample)});
    return Outcome::next({message}, {details(sample)});
}

} // namespace Dialogsmith::Engine

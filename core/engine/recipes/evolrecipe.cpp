// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "engine/recipes/evolrecipe.h"

#include "engine/draw.h"
#include "quality/filters.h"
#include "quality/textfingerprint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Dialogsmith::Engine {

namespace {

constexpr quint64 directionStream = 17;
constexpr int maxPool = 100'000;

bool isDepth(Design::EvolDirection direction)
{
    return direction != Design::EvolDirection::Breadth;
}

} // namespace

QStringList EvolRecipe::steps() const
{
    return {QStringLiteral("system"), QStringLiteral("evol"), QStringLiteral("assistant_turn")};
}

int EvolRecipe::planned(int count) const
{
    return count * design().modes.evolGenerations;
}

bool EvolRecipe::check(const QJsonObject &snapshot, QString *error)
{
    m_survivors.clear();
    if (snapshot.contains(QStringLiteral("pool"))) {
        m_pool.clear();
        for (const QJsonValue &v : snapshot.value(QStringLiteral("pool")).toArray())
            m_pool.append(v.toString());
        m_count = snapshot.value(QStringLiteral("count")).toInt();
    } else {
        m_pool.clear();
        // The project's instructions so far, the most evolved first: a second evol run evolves what the first
        // one made. The seeds come after them.
        QSqlQuery q(m_context.db);
        q.prepare(QStringLiteral(
            "SELECT t.content FROM conversations c JOIN turns t ON t.conversation_id = c.id AND t.role = 'user' "
            "WHERE c.mode IN ('instruction', 'evol') AND c.state = 'complete' AND c.review != 'rejected' "
            "AND t.seq = (SELECT MIN(seq) FROM turns WHERE conversation_id = c.id) "
            "ORDER BY c.mode = 'evol' DESC, c.id DESC LIMIT ?"));
        q.addBindValue(maxPool);
        if (!q.exec()) {
            *error = tr("Cannot read the project's instructions: %1").arg(q.lastError().text());
            return false;
        }
        while (q.next() && m_pool.size() < maxPool)
            m_pool.append(q.value(0).toString());
        m_pool.append(design().modes.seeds);
        m_count = design().generation.count;
    }
    m_pool.removeAll(QString());
    if (m_pool.isEmpty()) {
        *error = tr("Evol needs instructions to evolve: add seed instructions in the run settings, or make "
                    "instruction samples first.");
        return false;
    }
    if (m_count <= 0)
        m_count = design().generation.count;
    return true;
}

QJsonObject EvolRecipe::snapshot() const
{
    return {{QStringLiteral("pool"), QJsonArray::fromStringList(m_pool)}, {QStringLiteral("count"), m_count}};
}

std::optional<QString> EvolRecipe::survivor(int index) const
{
    if (const auto it = m_survivors.constFind(index); it != m_survivors.cend())
        return *it;
    // Ended in an earlier session of the run: read it from the project.
    QSqlQuery q(m_context.db);
    q.prepare(QStringLiteral(
        "SELECT c.state, c.details, (SELECT content FROM turns WHERE conversation_id = c.id AND role = 'user' "
        "ORDER BY seq LIMIT 1) FROM conversations c WHERE c.run_id = ? AND c.plan_index = ?"));
    q.addBindValue(*m_context.runId);
    q.addBindValue(index);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QString state = q.value(0).toString();
    if (state == u"running")
        return std::nullopt;
    const QString parent
        = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object().value(QStringLiteral("parent")).toString();
    QString text = state == u"complete" && !q.value(2).toString().isEmpty() ? q.value(2).toString() : parent;
    if (text.isEmpty()) {
        // It failed before it recorded its parent: go back to that parent.
        if (index < m_count) {
            text = m_pool.at(index % m_pool.size());
        } else {
            const auto earlier = survivor(index - m_count);
            if (!earlier)
                return std::nullopt;
            text = *earlier;
        }
    }
    m_survivors.insert(index, text);
    return text;
}

Next EvolRecipe::next(Sample &sample) const
{
    const int index = sample.plan.index;
    if (sample.history.isEmpty()) {
        QString parent;
        const int generation = index / m_count + 1;
        if (generation == 1) {
            parent = m_pool.at((index % m_count) % m_pool.size());
        } else {
            const auto text = survivor(index - m_count);
            if (!text)
                return Next::wait();
            parent = *text;
        }
        const QList<Design::EvolDirection> &directions = design().modes.evolDirections;
        Draw draw(m_context.seed, directionStream, quint64(index));
        const Design::EvolDirection direction = directions.at(draw.below(int(directions.size())));
        QVariantMap vars = variables(sample, sample.plan.chunk);
        vars.insert(QStringLiteral("instruction"), parent);
        QVariantMap flags;
        for (Design::EvolDirection d : Design::allEvolDirections())
            flags.insert(Design::evolDirectionName(d), d == direction);
        vars.insert(QStringLiteral("direction"), flags);
        vars.insert(QStringLiteral("generation"), generation);
        sample.details = {
            {QStringLiteral("parent"), parent},
            {QStringLiteral("direction"), Design::evolDirectionName(direction)},
            {QStringLiteral("generation"), generation},
        };
        if (generation > 1)
            sample.details.insert(QStringLiteral("parent_index"), index - m_count);
        QString failure;
        auto call = userCall(QStringLiteral("evol"), vars, sample.plan.chunk, Llm::Role::User, &failure);
        if (!call)
            return Next::finish(Store::ConversationState::Failed, failure);
        return Next::make(std::move(*call));
    }
    if (sample.history.size() == 1) {
        QString failure;
        auto call = answerCall(sample, sample.plan.chunk, &failure);
        if (!call)
            return Next::finish(Store::ConversationState::Failed, failure);
        return Next::make(std::move(*call));
    }
    return Next::finish(Store::ConversationState::Complete);
}

QString EvolRecipe::evolutionProblem(const QString &evolved, const QString &parent, Design::EvolDirection direction)
{
    if (const auto phrase = Quality::refusalPhrase(evolved))
        return tr("it is a refusal or boilerplate (\"%1\").").arg(*phrase);
    const QString normalized = Quality::normalizedForComparison(evolved);
    const QString parentNormalized = Quality::normalizedForComparison(parent);
    if (normalized == parentNormalized)
        return tr("it copies its parent.");
    // The template's own words, copied into the instruction instead of rewriting it.
    for (const char *marker : {"rewritten prompt", "given prompt", "rewritten instruction", "the instruction"}) {
        if (normalized.startsWith(QLatin1StringView(marker)))
            return tr("it copies the words of the prompt that asked for it (\"%1\").").arg(QLatin1StringView(marker));
    }
    if (isDepth(direction) && normalized.size() < parentNormalized.size())
        return tr("it is shorter than its parent (%1 characters, its parent %2).")
            .arg(normalized.size())
            .arg(parentNormalized.size());
    return {};
}

Outcome EvolRecipe::read(Sample &sample, const CallSpec &call, const Llm::ChatResult &result) const
{
    if (call.message == Llm::Role::Assistant) {
        const QString answer = result.text.trimmed();
        if (answer.isEmpty())
            return Outcome::retry(QString());
        const NewMessage message = replyMessage(Llm::Role::Assistant, answer, call);
        // Evol-Instruct's elimination: an instruction the model cannot answer is not a good one.
        if (const auto phrase = Quality::refusalPhrase(answer))
            return Outcome::finish(Store::ConversationState::Dropped,
                                   tr("The evolution was dropped: its answer is a refusal (\"%1\").").arg(*phrase),
                                   {message});
        return Outcome::finish(Store::ConversationState::Complete, QString(), {message});
    }
    const QString evolved = cleanInstruction(result.text, sample);
    if (evolved.isEmpty())
        return Outcome::retry(QString());
    const auto direction = Design::parseEvolDirection(sample.details.value(QStringLiteral("direction")).toString())
                               .value_or(Design::EvolDirection::Deepen);
    const NewMessage message = replyMessage(Llm::Role::User, evolved, call);
    const QString problem
        = evolutionProblem(evolved, sample.details.value(QStringLiteral("parent")).toString(), direction);
    if (!problem.isEmpty())
        return Outcome::finish(Store::ConversationState::Dropped, tr("The evolution was dropped: %1").arg(problem),
                               {message}, {details(sample)});
    return Outcome::next({message}, {details(sample)});
}

void EvolRecipe::finished(int index, Store::ConversationState state, const Sample &sample)
{
    const QString parent = sample.details.value(QStringLiteral("parent")).toString();
    const bool survived = state == Store::ConversationState::Complete && !sample.history.isEmpty();
    m_survivors.insert(index, survived ? sample.history.constFirst().content : parent);
}

} // namespace Dialogsmith::Engine

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "engine/plan.h"

#include "engine/draw.h"

#include <cmath>

namespace Dialogsmith::Engine {

namespace {

// Streams keep the draws of different purposes independent of one another.
enum Stream : quint64 { PlanStream = 1, DriftStream = 2 };

} // namespace

Planner::Planner(const Design::ProjectDesign &design, quint64 seed)
    : m_design(design)
    , m_seed(seed)
{
    if (design.topics.isEmpty())
        m_problem = noTopicsMessage();
    for (const Design::Document &document : design.documents) {
        m_chunks.append(Documents::chunkText(document.text, design.chunking));
        m_chunkCount += int(m_chunks.constLast().size());
    }
    for (const Design::Persona &persona : design.personas)
        (persona.side == Design::Side::User ? m_users : m_assistants).append(&persona);
}

QString Planner::noTopicsMessage()
{
    return tr("The project has no topics: add at least one topic to generate conversations about.");
}

Design::Persona Planner::defaultPersona(Design::Side side)
{
    Design::Persona persona;
    persona.side = side;
    if (side == Design::Side::User) {
        persona.name = tr("User");
        persona.description = tr("someone who wants to learn about the topic");
    } else {
        persona.name = tr("Assistant");
        persona.description = tr("a knowledgeable, helpful assistant");
    }
    return persona;
}

ConversationPlan Planner::plan(int index) const
{
    ConversationPlan plan;
    plan.index = index;
    Draw draw(m_seed, PlanStream, quint64(index));

    if (!m_design.topics.isEmpty()) {
        const QList<Design::Topic> *level = &m_design.topics;
        const Design::Topic *topic = nullptr;
        while (level && !level->isEmpty()) {
            topic = &level->at(draw.weighted(*level, [](const Design::Topic &t) { return t.weight; }));
            plan.topicPath.append(topic->name);
            level = &topic->children;
        }
        plan.topicDescription = topic->description;
    }
    auto persona = [&](const QList<const Design::Persona *> &list, Design::Side side) {
        if (list.isEmpty())
            return defaultPersona(side);
        return *list.at(draw.weighted(list, [](const Design::Persona *p) { return p->weight; }));
    };
    plan.user = persona(m_users, Design::Side::User);
    plan.assistant = persona(m_assistants, Design::Side::Assistant);
    if (!m_design.scenarios.isEmpty())
        plan.scenario = m_design.scenarios.at(
            draw.weighted(m_design.scenarios, [](const Design::Scenario &s) { return s.weight; }));
    if (!m_design.structures.isEmpty())
        plan.structure = m_design.structures.at(
            draw.weighted(m_design.structures, [](const Design::Structure &s) { return s.weight; }));
    const Design::GenerationSettings &g = m_design.generation;
    const int low = std::max(1, std::min(g.minTurns, g.maxTurns));
    const int high = std::max(low, g.maxTurns);
    plan.turns = low + draw.below(high - low + 1);
    // Every chunk of every document equally likely, so long documents ground more conversations.
    const bool grounded = draw.unit() < g.groundingProbability;
    const int pick = draw.below(std::max(1, m_chunkCount));
    if (grounded && m_chunkCount > 0) {
        int at = pick;
        for (int d = 0; d < m_chunks.size(); ++d) {
            if (at < m_chunks.at(d).size()) {
                plan.chunk = {d, at};
                break;
            }
            at -= int(m_chunks.at(d).size());
        }
    }
    return plan;
}

ChunkRef Planner::chunkForTurn(const ConversationPlan &plan, int turn) const
{
    ChunkRef ref = plan.chunk;
    if (!ref.isValid())
        return ref;
    const int count = int(m_chunks.at(ref.document).size());
    for (int t = 2; t <= turn && count > 1; ++t) {
        Draw draw(m_seed, DriftStream, (quint64(plan.index) << 16) ^ quint64(t));
        if (draw.unit() < m_design.generation.driftProbability) {
            // Another chunk of the same document, never the one it is on.
            const int other = draw.below(count - 1);
            ref.chunk = other >= ref.chunk ? other + 1 : other;
        }
    }
    return ref;
}

QString Planner::chunkText(ChunkRef ref) const
{
    if (!ref.isValid() || ref.document >= m_chunks.size() || ref.chunk >= m_chunks.at(ref.document).size())
        return {};
    const Documents::ChunkSpan span = m_chunks.at(ref.document).at(ref.chunk);
    return m_design.documents.at(ref.document).text.mid(span.start, span.length);
}

} // namespace Dialogsmith::Engine

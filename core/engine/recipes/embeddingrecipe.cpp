// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "engine/recipes/embeddingrecipe.h"

#include "engine/draw.h"
#include "quality/verdict.h"
#include "store/chunkstore.h"

#include <QJsonArray>

namespace Dialogsmith::Engine {

namespace {

constexpr quint64 easyStream = 19;
// BM25 candidates looked at per hard negative wanted: most close matches do answer the query.
constexpr int candidatesPerNegative = 4;

} // namespace

struct EmbeddingRecipe::Candidate {
    ChunkRef ref;
    QString text;
};

struct EmbeddingRecipe::State : Sample::State {
    bool mined = false;
    QList<Candidate> candidates; ///< BM25 order
    int position = 0; ///< the next candidate to check
    int accepted = 0; ///< hard negatives kept
    int refused = 0; ///< candidates the judge found to answer the query
};

EmbeddingRecipe::EmbeddingRecipe() = default;
EmbeddingRecipe::~EmbeddingRecipe() = default;

QStringList EmbeddingRecipe::steps() const
{
    return {QStringLiteral("embedding_queries"), QStringLiteral("negative_check")};
}

bool EmbeddingRecipe::check(const QJsonObject &snapshot, QString *error)
{
    Q_UNUSED(snapshot);
    if (chunkCount() == 0) {
        *error = tr("Embedding triplets need documents: add a document whose chunks the queries are about.");
        return false;
    }
    // Hard negatives are mined from the project's chunk index, cut as the run cuts its documents.
    m_chunks = std::make_unique<Store::ChunkStore>(m_context.db);
    return m_chunks->update(design().chunking, error).has_value();
}

ConversationPlan EmbeddingRecipe::plan(int index) const
{
    ConversationPlan plan = RecipeBase::plan(index);
    plan.chunk = chunkInOrder(index / design().modes.queriesPerChunk);
    plan.turns = 1;
    return plan;
}

void EmbeddingRecipe::begin(Sample &sample) const
{
    sample.state = std::make_unique<State>();
}

ChunkRef EmbeddingRecipe::refOf(qint64 documentId, int chunkIndex) const
{
    const int document = int(m_context.documentIds->indexOf(documentId));
    if (document < 0 || chunkIndex < 0 || chunkIndex >= m_context.planner->chunks().at(document).size())
        return {};
    return {document, chunkIndex};
}

Next EmbeddingRecipe::next(Sample &sample) const
{
    auto &state = static_cast<State &>(*sample.state);
    QString failure;
    if (sample.history.isEmpty()) {
        QVariantMap vars = variables(sample, sample.plan.chunk);
        vars.insert(QStringLiteral("count"), design().modes.queriesPerChunk);
        auto call = userCall(QStringLiteral("embedding_queries"), vars, sample.plan.chunk, std::nullopt, &failure);
        if (!call)
            return Next::finish(Store::ConversationState::Failed, failure);
        return Next::make(std::move(*call));
    }
    QList<ExtraWrite> redone;
    if (!state.mined) {
        // Taken up after an interruption: the anchor is stored, the negatives are mined again.
        redone = mine(sample, &failure);
        if (!state.mined)
            return Next::finish(Store::ConversationState::Failed, failure);
    }
    if (state.accepted >= design().modes.hardNegatives || state.position >= state.candidates.size()) {
        sample.details.insert(QStringLiteral("hard_negatives"), state.accepted);
        sample.details.insert(QStringLiteral("candidates_refused"), state.refused);
        redone.append(details(sample));
        Next done = Next::finish(Store::ConversationState::Complete);
        done.writes = redone;
        return done;
    }
    const Candidate &candidate = state.candidates.at(state.position);
    QVariantMap vars = variables(sample, candidate.ref);
    vars.insert(QStringLiteral("query"), sample.history.constFirst().content);
    auto call = judgeCall(QStringLiteral("negative_check"), vars, &failure);
    if (!call)
        return Next::finish(Store::ConversationState::Failed, failure);
    call->chunk = candidate.ref;
    Next check = Next::make(std::move(*call));
    check.writes = redone;
    return check;
}

QList<ExtraWrite> EmbeddingRecipe::mine(Sample &sample, QString *error) const
{
    auto &state = static_cast<State &>(*sample.state);
    const ChunkRef positive = sample.plan.chunk;
    const qint64 positiveDocument = documentId(positive);
    const auto isNear
        = [&](ChunkRef ref) { return ref.document == positive.document && std::abs(ref.chunk - positive.chunk) <= 1; };
    QList<ExtraWrite> writes;
    const auto negative = [&](ChunkRef ref, const QString &text, const QString &kind, int rank, const QString &reason) {
        Store::NewAlternative alternative;
        alternative.seq = 1;
        alternative.kind = kind;
        alternative.rank = rank;
        alternative.content = text;
        alternative.documentId = documentId(ref);
        alternative.chunkIndex = ref.chunk;
        alternative.reason = reason;
        return ExtraWrite([alternative](Store::RunStore &store, qint64 id, QString *e) mutable {
            alternative.conversationId = id;
            return store.insertAlternative(alternative, e);
        });
    };
    // Negatives written before an interruption are made again: the anchor is new.
    writes.append([](Store::RunStore &store, qint64 id, QString *e) {
        return store.removeAlternatives(id, QStringLiteral("hard_negative"), e)
            && store.removeAlternatives(id, QStringLiteral("easy_negative"), e);
    });

    const int wanted = design().modes.hardNegatives;
    if (wanted > 0) {
        const auto hits
            = m_chunks->retrieve(sample.history.constFirst().content, wanted * candidatesPerNegative + 3, error);
        if (!hits)
            return {};
        for (const Store::ChunkHit &hit : *hits) {
            const ChunkRef ref = refOf(hit.documentId, hit.chunkIndex);
            if (!ref.isValid() || ref == positive || isNear(ref))
                continue;
            state.candidates.append({ref, hit.text});
            if (state.candidates.size() >= wanted * candidatesPerNegative)
                break;
        }
    }
    if (!design().modes.verifyNegatives) {
        for (const Candidate &c : std::as_const(state.candidates)) {
            if (state.accepted >= wanted)
                break;
            writes.append(negative(c.ref, c.text, QStringLiteral("hard_negative"), ++state.accepted, QString()));
        }
        state.position = int(state.candidates.size());
    }

    // Easy negatives: chunks drawn at random from other documents (or far from the positive in the only one).
    const auto &documents = m_context.planner->chunks();
    QList<ChunkRef> pool;
    for (int d = 0; d < documents.size(); ++d) {
        for (int c = 0; c < documents.at(d).size(); ++c) {
            const ChunkRef ref {d, c};
            const bool otherDocument = documentId(ref) != positiveDocument;
            if ((otherDocument || documents.size() == 1) && !isNear(ref) && ref != positive)
                pool.append(ref);
        }
    }
    Draw draw(m_context.seed, easyStream, quint64(sample.plan.index));
    for (int rank = 1; rank <= design().modes.easyNegatives && !pool.isEmpty(); ++rank) {
        const ChunkRef ref = pool.takeAt(draw.below(int(pool.size())));
        writes.append(
            negative(ref, m_context.planner->chunkText(ref), QStringLiteral("easy_negative"), rank, QString()));
    }
    state.mined = true;
    return writes;
}

Outcome EmbeddingRecipe::finishIfDone(Sample &sample, QList<ExtraWrite> writes) const
{
    auto &state = static_cast<State &>(*sample.state);
    const int wanted = design().modes.hardNegatives;
    if (state.accepted < wanted && state.position < state.candidates.size())
        return Outcome::next({}, std::move(writes));
    sample.details.insert(QStringLiteral("hard_negatives"), state.accepted);
    sample.details.insert(QStringLiteral("candidates_refused"), state.refused);
    writes.append(details(sample));
    return Outcome::finish(Store::ConversationState::Complete, QString(), {}, std::move(writes));
}

Outcome EmbeddingRecipe::read(Sample &sample, const CallSpec &call, const Llm::ChatResult &result) const
{
    auto &state = static_cast<State &>(*sample.state);
    if (call.step == u"embedding_queries") {
        QString error;
        const QStringList queries = Quality::VerdictReader::texts(result.text, &error);
        if (queries.isEmpty())
            return Outcome::retry(error);
        const int slot = sample.plan.index % design().modes.queriesPerChunk;
        const QString query = queries.at(slot % queries.size());
        sample.details.insert(QStringLiteral("queries"), QJsonArray::fromStringList(queries));
        NewMessage anchor = replyMessage(Llm::Role::User, query, call);
        NewMessage positive;
        positive.role = Llm::Role::Assistant;
        positive.content = m_context.planner->chunkText(sample.plan.chunk);
        positive.fromReply = false;
        positive.chunk = sample.plan.chunk;
        positive.step = call.step;
        // The anchor is needed to mine: make it the sample's first message now.
        sample.history.append({Llm::Role::User, query});
        QList<ExtraWrite> writes = mine(sample, &error);
        sample.history.removeLast();
        if (!state.mined)
            return Outcome::finish(Store::ConversationState::Failed, error, {anchor, positive});
        writes.append(details(sample));
        Outcome outcome = finishIfDone(sample, writes);
        outcome.messages = {anchor, positive};
        return outcome;
    }

    // A judge's word on whether a candidate answers the query.
    const Quality::Verdict verdict = Quality::VerdictReader::check(result.text, QStringLiteral("answers"));
    if (!verdict.isValid())
        return Outcome::retry(verdict.error);
    const Candidate candidate = state.candidates.at(state.position++);
    Store::NewJudgment judgment;
    judgment.seq = 0;
    judgment.purpose = QStringLiteral("negative");
    judgment.rubric = QStringLiteral("negative_check");
    judgment.verdict = *verdict.pass ? QStringLiteral("fail") : QStringLiteral("pass");
    judgment.reason = verdict.reason;
    judgment.profile = call.profile;
    judgment.model = result.model.isEmpty() ? modelOf(call.profile) : result.model;
    QList<ExtraWrite> writes {RecipeBase::judgment(judgment)};
    if (*verdict.pass) {
        ++state.refused;
    } else {
        Store::NewAlternative alternative;
        alternative.seq = 1;
        alternative.kind = QStringLiteral("hard_negative");
        alternative.rank = ++state.accepted;
        alternative.content = candidate.text;
        alternative.profile = call.profile;
        alternative.model = judgment.model;
        alternative.documentId = documentId(candidate.ref);
        alternative.chunkIndex = candidate.ref.chunk;
        alternative.reason = verdict.reason;
        writes.append([alternative](Store::RunStore &store, qint64 id, QString *e) mutable {
            alternative.conversationId = id;
            return store.insertAlternative(alternative, e);
        });
    }
    return finishIfDone(sample, writes);
}

} // namespace Dialogsmith::Engine

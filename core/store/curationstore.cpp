// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/curationstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Dialogsmith::Store {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Qt binds a null QString as SQL NULL; these columns hold text, empty or not.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

template<typename T>
QVariant optional(const std::optional<T> &value, QMetaType::Type type)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType(type));
}

QVariant nullableText(const QString &value)
{
    return value.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

template<typename T>
std::optional<T> read(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<T>();
}

QString roleName(Llm::Role role)
{
    return role == Llm::Role::User ? QStringLiteral("user") : QStringLiteral("assistant");
}

const QString turnColumns = QStringLiteral(
    "SELECT id, seq, role, content, original, review, profile, model, input_tokens, output_tokens, cost_usd, "
    "latency_ms, finish_reason, document_id, chunk_index, created_at, rating, notes, params, attempts, "
    "template_version, system_version, system_prompt, conversation_id FROM turns ");

StoredTurn readTurn(const QSqlQuery &q)
{
    StoredTurn t;
    t.id = q.value(0).toLongLong();
    t.seq = q.value(1).toInt();
    t.role = q.value(2).toString() == QLatin1StringView("assistant") ? Llm::Role::Assistant : Llm::Role::User;
    t.content = q.value(3).toString();
    t.original = q.value(4).toString();
    t.review = parseReview(q.value(5).toString()).value_or(Review::Generated);
    t.profile = q.value(6).toString();
    t.model = q.value(7).toString();
    t.inputTokens = q.value(8).toLongLong();
    t.outputTokens = q.value(9).toLongLong();
    t.costUsd = q.value(10).toDouble();
    t.latencyMs = q.value(11).toLongLong();
    t.finishReason = q.value(12).toString();
    t.documentId = read<qint64>(q.value(13));
    t.chunkIndex = read<int>(q.value(14));
    t.createdAt = QDateTime::fromString(q.value(15).toString(), Qt::ISODateWithMs);
    t.rating = read<int>(q.value(16));
    t.notes = q.value(17).toString();
    t.params = q.value(18).toString().toUtf8();
    t.attempts = q.value(19).toInt();
    t.templateVersion = q.value(20).toString();
    t.systemVersion = q.value(21).toString();
    t.systemPrompt = q.value(22).isNull() ? QString() : q.value(22).toString();
    return t;
}

// One change, all or nothing: rolled back unless commit() succeeds.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
    { }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin(QString *error)
    {
        m_open = m_db.transaction();
        if (!m_open)
            *error = CurationStore::tr("Cannot change the project: %1").arg(m_db.lastError().text());
        return m_open;
    }
    bool commit(QString *error)
    {
        m_open = false;
        if (m_db.commit())
            return true;
        *error = CurationStore::tr("Cannot change the project: %1").arg(m_db.lastError().text());
        m_db.rollback();
        return false;
    }

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

bool failed(const QSqlQuery &q, QString *error)
{
    const QSqlError e = q.lastError();
    // SQLITE_READONLY (8) and its extended codes: say what the user can do about it.
    if (e.nativeErrorCode().toInt() % 256 == 8)
        *error = CurationStore::tr("Cannot change the project: its file is read-only. Open a writable copy to "
                                   "curate it.");
    else
        *error = CurationStore::tr("Cannot change the project: %1").arg(e.text());
    return false;
}

bool exec(QSqlQuery &q, QString *error)
{
    return q.exec() || failed(q, error);
}

QString noConversation(qint64 id)
{
    return CurationStore::tr("The project has no conversation %1.").arg(id);
}

bool validKeep(int keepThroughSeq, QString *error)
{
    if (keepThroughSeq >= -1)
        return true;
    *error = CurationStore::tr("Cannot keep the turns through %1: turns are counted from 0.").arg(keepThroughSeq);
    return false;
}

// A person's verdict, rating or notes on one conversation: one change of its own.
bool setConversationField(QSqlDatabase &db, qint64 conversationId, QLatin1StringView column, const QVariant &value,
                          QString *error)
{
    Transaction t(db);
    if (!t.begin(error))
        return false;
    QSqlQuery q(db);
    q.prepare(QLatin1StringView("UPDATE conversations SET ") + column
              + QLatin1StringView(" = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(value);
    q.addBindValue(nowText());
    q.addBindValue(conversationId);
    if (!exec(q, error))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = noConversation(conversationId);
        return false;
    }
    return t.commit(error);
}

} // namespace

QString reviewName(Review review)
{
    switch (review) {
    case Review::Generated:
        return QStringLiteral("generated");
    case Review::Edited:
        return QStringLiteral("edited");
    case Review::Approved:
        return QStringLiteral("approved");
    case Review::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<Review> parseReview(const QString &name)
{
    for (Review r : {Review::Generated, Review::Edited, Review::Approved, Review::Rejected}) {
        if (reviewName(r) == name)
            return r;
    }
    return std::nullopt;
}

CurationStore::CurationStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<StoredConversation> CurationStore::conversation(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, run_id, plan_index, state, failure, review, rating, notes, turns_planned, topic_path, "
        "user_persona, assistant_persona, scenario, structure, document_id, chunk_index, parent_id, judge_score, "
        "ended_early, draw, judge_rubric, mode, details FROM conversations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = tr("Cannot read conversation %1: %2").arg(id).arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        *error = noConversation(id);
        return std::nullopt;
    }
    StoredConversation c;
    c.id = q.value(0).toLongLong();
    c.runId = q.value(1).toLongLong();
    c.planIndex = q.value(2).toInt();
    c.state = parseConversationState(q.value(3).toString()).value_or(ConversationState::Failed);
    c.failure = q.value(4).toString();
    c.review = parseReview(q.value(5).toString()).value_or(Review::Generated);
    c.rating = read<int>(q.value(6));
    c.notes = q.value(7).toString();
    c.turnsPlanned = q.value(8).toInt();
    c.topicPath = q.value(9).toString();
    c.userPersona = q.value(10).toString();
    c.assistantPersona = q.value(11).toString();
    c.scenario = q.value(12).toString();
    c.structure = q.value(13).toString();
    c.documentId = read<qint64>(q.value(14));
    c.chunkIndex = read<int>(q.value(15));
    c.parentId = read<qint64>(q.value(16));
    c.judgeScore = read<double>(q.value(17));
    c.endedEarly = q.value(18).toInt() != 0;
    c.draw = q.value(19).toString().toUtf8();
    c.judgeRubric = q.value(20).toString();
    c.mode = q.value(21).toString();
    c.details = q.value(22).toString().toUtf8();

    QSqlQuery alternatives(m_db);
    alternatives.setForwardOnly(true);
    alternatives.prepare(QStringLiteral("SELECT id, seq, kind, rank, content, model, document_id, chunk_index, reason "
                                        "FROM alternatives WHERE conversation_id = ? ORDER BY seq, kind, rank"));
    alternatives.addBindValue(id);
    if (!alternatives.exec()) {
        *error = tr("Cannot read conversation %1: %2").arg(id).arg(alternatives.lastError().text());
        return std::nullopt;
    }
    while (alternatives.next()) {
        StoredAlternative a;
        a.id = alternatives.value(0).toLongLong();
        a.seq = alternatives.value(1).toInt();
        a.kind = alternatives.value(2).toString();
        a.rank = alternatives.value(3).toInt();
        a.content = alternatives.value(4).toString();
        a.model = alternatives.value(5).toString();
        a.documentId = read<qint64>(alternatives.value(6));
        a.chunkIndex = read<int>(alternatives.value(7));
        a.reason = alternatives.value(8).toString();
        c.alternatives.append(std::move(a));
    }
    QSqlQuery judgments(m_db);
    judgments.setForwardOnly(true);
    judgments.prepare(QStringLiteral(
        "SELECT t.seq, j.purpose, j.rubric, j.score, j.scale_min, j.scale_max, j.verdict, j.reason, j.model, "
        "j.created_at FROM judgments j LEFT JOIN turns t ON t.id = j.turn_id WHERE j.conversation_id = ? ORDER BY "
        "j.id"));
    judgments.addBindValue(id);
    if (!judgments.exec()) {
        *error = tr("Cannot read conversation %1: %2").arg(id).arg(judgments.lastError().text());
        return std::nullopt;
    }
    while (judgments.next()) {
        StoredJudgment j;
        j.seq = read<int>(judgments.value(0));
        j.purpose = judgments.value(1).toString();
        j.rubric = judgments.value(2).toString();
        j.score = read<double>(judgments.value(3));
        j.scaleMin = read<double>(judgments.value(4));
        j.scaleMax = read<double>(judgments.value(5));
        j.verdict = judgments.value(6).toString();
        j.reason = judgments.value(7).toString();
        j.model = judgments.value(8).toString();
        j.at = QDateTime::fromString(judgments.value(9).toString(), Qt::ISODateWithMs);
        c.judgments.append(std::move(j));
    }

    QSqlQuery turns(m_db);
    turns.setForwardOnly(true);
    turns.prepare(turnColumns + QStringLiteral("WHERE conversation_id = ? ORDER BY seq"));
    turns.addBindValue(id);
    if (!turns.exec()) {
        *error = tr("Cannot read conversation %1: %2").arg(id).arg(turns.lastError().text());
        return std::nullopt;
    }
    while (turns.next())
        c.turns.append(readTurn(turns));
    return c;
}

std::optional<QList<qint64>> CurationStore::conversationIds(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM conversations ORDER BY id"))) {
        *error = tr("Cannot read the project's conversations: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

bool CurationStore::setReview(qint64 conversationId, Review review, QString *error)
{
    return setConversationField(m_db, conversationId, QLatin1StringView("review"), reviewName(review), error);
}

bool CurationStore::setRating(qint64 conversationId, std::optional<int> rating, QString *error)
{
    if (rating && (*rating < 1 || *rating > 5)) {
        *error = tr("A rating is from 1 to 5, not %1.").arg(*rating);
        return false;
    }
    return setConversationField(m_db, conversationId, QLatin1StringView("rating"), optional(rating, QMetaType::Int),
                                error);
}

bool CurationStore::setNotes(qint64 conversationId, const QString &notes, QString *error)
{
    return setConversationField(m_db, conversationId, QLatin1StringView("notes"), text(notes), error);
}

bool CurationStore::markEdited(qint64 conversationId, QString *error)
{
    // A conversation with an edited turn is "edited" until a person approves or rejects it; when its last
    // edit is undone it is "generated" again. A verdict stays as it is.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE conversations SET updated_at = ?, review = CASE "
        "WHEN review = 'generated' AND EXISTS (SELECT 1 FROM turns WHERE conversation_id = ? AND original IS NOT "
        "NULL) THEN 'edited' "
        "WHEN review = 'edited' AND NOT EXISTS (SELECT 1 FROM turns WHERE conversation_id = ? AND original IS "
        "NOT NULL) THEN 'generated' "
        "ELSE review END WHERE id = ?"));
    q.addBindValue(nowText());
    q.addBindValue(conversationId);
    q.addBindValue(conversationId);
    q.addBindValue(conversationId);
    return exec(q, error);
}

bool CurationStore::setTurnText(qint64 turnId, const QString &text, QString *error)
{
    if (text.trimmed().isEmpty()) {
        *error = tr("A message cannot be empty: delete the turn instead.");
        return false;
    }
    Transaction t(m_db);
    if (!t.begin(error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT conversation_id, content, original FROM turns WHERE id = ?"));
    q.addBindValue(turnId);
    if (!exec(q, error))
        return false;
    if (!q.next()) {
        *error = tr("The project has no turn %1.").arg(turnId);
        return false;
    }
    const qint64 conversationId = q.value(0).toLongLong();
    const QString before = q.value(1).toString();
    const QString generated = q.value(2).isNull() ? before : q.value(2).toString();
    q.finish();
    if (text == before)
        return true;

    QSqlQuery update(m_db);
    if (text == generated) {
        update.prepare(QStringLiteral("UPDATE turns SET content = ?, original = NULL, review = CASE WHEN review = "
                                      "'edited' THEN 'generated' ELSE review END WHERE id = ?"));
        update.addBindValue(text);
    } else {
        update.prepare(QStringLiteral("UPDATE turns SET content = ?, original = ?, review = CASE WHEN review = "
                                      "'generated' THEN 'edited' ELSE review END WHERE id = ?"));
        update.addBindValue(text);
        update.addBindValue(generated);
    }
    update.addBindValue(turnId);
    if (!exec(update, error))
        return false;

    QSqlQuery log(m_db);
    log.prepare(
        QStringLiteral("INSERT INTO turn_edits (turn_id, conversation_id, before, after, at) VALUES (?, ?, ?, ?, ?)"));
    log.addBindValue(turnId);
    log.addBindValue(conversationId);
    log.addBindValue(before);
    log.addBindValue(text);
    log.addBindValue(nowText());
    if (!exec(log, error) || !markEdited(conversationId, error))
        return false;
    return t.commit(error);
}

namespace {

// What a turn and a response alternative both have and exchange in swapAlternative(): the text and what produced
// it, as the engine copies it from the chosen candidate to the turn (GenerationEngine::store). Not the grounding:
// a response's row names no chunk, while the turn keeps the chunk the sample was drawn on.
const QLatin1StringView swappedColumns[] = {
    QLatin1StringView("content"),  QLatin1StringView("profile"),      QLatin1StringView("model"),
    QLatin1StringView("params"),   QLatin1StringView("input_tokens"), QLatin1StringView("output_tokens"),
    QLatin1StringView("cost_usd"), QLatin1StringView("latency_ms"),   QLatin1StringView("finish_reason"),
};

QString swappedList()
{
    QStringList names;
    for (QLatin1StringView column : swappedColumns)
        names.append(QString(column));
    return names.join(QLatin1StringView(", "));
}

QString swappedAssignments()
{
    QStringList assignments;
    for (QLatin1StringView column : swappedColumns)
        assignments.append(QString(column) + QLatin1StringView(" = ?"));
    return assignments.join(QLatin1StringView(", "));
}

QVariantList swappedValues(const QSqlQuery &q, int from)
{
    QVariantList values;
    for (int i = 0; i < int(std::size(swappedColumns)); ++i)
        values.append(q.value(from + i));
    return values;
}

} // namespace

std::optional<TurnEditState> CurationStore::swapAlternative(qint64 alternativeId, QString *error)
{
    return swap(alternativeId, nullptr, error);
}

bool CurationStore::swapAlternative(qint64 alternativeId, const TurnEditState &before, QString *error)
{
    return swap(alternativeId, &before, error).has_value();
}

std::optional<TurnEditState> CurationStore::swap(qint64 alternativeId, const TurnEditState *restore, QString *error)
{
    Transaction t(m_db);
    if (!t.begin(error))
        return std::nullopt;
    QSqlQuery alternative(m_db);
    alternative.prepare(QStringLiteral("SELECT conversation_id, seq, kind, ") + swappedList()
                        + QStringLiteral(" FROM alternatives WHERE id = ?"));
    alternative.addBindValue(alternativeId);
    if (!exec(alternative, error))
        return std::nullopt;
    if (!alternative.next()) {
        *error = tr("The project has no alternative response %1.").arg(alternativeId);
        return std::nullopt;
    }
    const qint64 conversationId = alternative.value(0).toLongLong();
    const int seq = alternative.value(1).toInt();
    const QString kind = alternative.value(2).toString();
    const QVariantList response = swappedValues(alternative, 3);
    alternative.finish();
    if (kind != QLatin1StringView("rejected") && kind != QLatin1StringView("candidate")) {
        *error = tr("Alternative %1 is not a response but a %2: only a rejected or unranked response can become "
                    "the answer.")
                     .arg(alternativeId)
                     .arg(kind);
        return std::nullopt;
    }
    if (response.constFirst().toString().trimmed().isEmpty()) {
        *error = tr("Alternative response %1 is empty: it cannot become the answer.").arg(alternativeId);
        return std::nullopt;
    }

    QSqlQuery turn(m_db);
    turn.prepare(QStringLiteral("SELECT id, role, original, review, ") + swappedList()
                 + QStringLiteral(" FROM turns WHERE conversation_id = ? AND seq = ?"));
    turn.addBindValue(conversationId);
    turn.addBindValue(seq);
    if (!exec(turn, error))
        return std::nullopt;
    if (!turn.next()) {
        *error = tr("Conversation %1 has no message %2 for alternative response %3 to take the place of.")
                     .arg(conversationId)
                     .arg(seq + 1)
                     .arg(alternativeId);
        return std::nullopt;
    }
    if (turn.value(1).toString() != QLatin1StringView("assistant")) {
        *error = tr("Message %1 of conversation %2 is not an answer: alternative response %3 can only take the "
                    "place of an assistant's message.")
                     .arg(seq + 1)
                     .arg(conversationId)
                     .arg(alternativeId);
        return std::nullopt;
    }
    const qint64 turnId = turn.value(0).toLongLong();
    const TurnEditState before {turn.value(2).isNull() ? QString() : turn.value(2).toString(),
                                parseReview(turn.value(3).toString()).value_or(Review::Generated)};
    const QVariantList answer = swappedValues(turn, 4);
    turn.finish();

    // The answer goes among the alternatives as it was shown (edited or not): that is the text the person
    // preferred the response to. The response becomes the answer as the model wrote it, so the turn is not
    // edited any more — unless this is the undo of a swap, which gives the turn back the edit state it had.
    TurnEditState after {QString(), before.review == Review::Edited ? Review::Generated : before.review};
    if (restore)
        after = *restore;

    QSqlQuery toAlternative(m_db);
    toAlternative.prepare(QStringLiteral("UPDATE alternatives SET ") + swappedAssignments()
                          + QStringLiteral(" WHERE id = ?"));
    for (const QVariant &value : answer)
        toAlternative.addBindValue(value);
    toAlternative.addBindValue(alternativeId);
    if (!exec(toAlternative, error))
        return std::nullopt;

    QSqlQuery toTurn(m_db);
    toTurn.prepare(QStringLiteral("UPDATE turns SET ") + swappedAssignments()
                   + QStringLiteral(", original = ?, review = ? WHERE id = ?"));
    for (const QVariant &value : response)
        toTurn.addBindValue(value);
    toTurn.addBindValue(after.original.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(after.original));
    toTurn.addBindValue(reviewName(after.review));
    toTurn.addBindValue(turnId);
    if (!exec(toTurn, error))
        return std::nullopt;

    // A person changed the turn's text: the edit log says so, as for an edit.
    QSqlQuery log(m_db);
    log.prepare(
        QStringLiteral("INSERT INTO turn_edits (turn_id, conversation_id, before, after, at) VALUES (?, ?, ?, ?, ?)"));
    log.addBindValue(turnId);
    log.addBindValue(conversationId);
    log.addBindValue(answer.constFirst().toString());
    log.addBindValue(response.constFirst().toString());
    log.addBindValue(nowText());
    if (!exec(log, error) || !markEdited(conversationId, error) || !t.commit(error))
        return std::nullopt;
    return before;
}

std::optional<StoredTurn> CurationStore::deleteTurn(qint64 turnId, QString *error)
{
    Transaction t(m_db);
    if (!t.begin(error))
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(turnColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(turnId);
    if (!exec(q, error))
        return std::nullopt;
    if (!q.next()) {
        *error = tr("The project has no turn %1.").arg(turnId);
        return std::nullopt;
    }
    const StoredTurn turn = readTurn(q);
    const qint64 conversationId = q.value(23).toLongLong();
    q.finish();
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM turns WHERE id = ?"));
    remove.addBindValue(turnId);
    if (!exec(remove, error) || !markEdited(conversationId, error) || !t.commit(error))
        return std::nullopt;
    return turn;
}

bool CurationStore::insertTurn(qint64 conversationId, const StoredTurn &turn, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO turns (id, conversation_id, seq, role, content, original, review, rating, notes, profile, "
        "model, params, input_tokens, output_tokens, cost_usd, latency_ms, finish_reason, attempts, document_id, "
        "chunk_index, template_version, system_version, system_prompt, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(turn.id != 0 ? QVariant(turn.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(conversationId);
    q.addBindValue(turn.seq);
    q.addBindValue(roleName(turn.role));
    q.addBindValue(text(turn.content));
    q.addBindValue(turn.original.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(turn.original));
    q.addBindValue(reviewName(turn.review));
    q.addBindValue(optional(turn.rating, QMetaType::Int));
    q.addBindValue(text(turn.notes));
    q.addBindValue(text(turn.profile));
    q.addBindValue(text(turn.model));
    q.addBindValue(QString::fromUtf8(turn.params.isEmpty() ? QByteArray("{}") : turn.params));
    q.addBindValue(turn.inputTokens);
    q.addBindValue(turn.outputTokens);
    q.addBindValue(turn.costUsd);
    q.addBindValue(turn.latencyMs);
    q.addBindValue(text(turn.finishReason));
    q.addBindValue(turn.attempts);
    q.addBindValue(optional(turn.documentId, QMetaType::LongLong));
    q.addBindValue(optional(turn.chunkIndex, QMetaType::Int));
    q.addBindValue(text(turn.templateVersion));
    q.addBindValue(turn.systemVersion.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                : QVariant(turn.systemVersion));
    q.addBindValue(nullableText(turn.systemPrompt));
    q.addBindValue((turn.createdAt.isValid() ? turn.createdAt : QDateTime::currentDateTimeUtc())
                       .toUTC()
                       .toString(Qt::ISODateWithMs));
    if (q.exec())
        return true;
    if (q.lastError().nativeErrorCode().toInt() % 256 == 19) {
        // SQLITE_CONSTRAINT: the conversation exists (checked first), so another turn has its id or seq now.
        *error
            = tr("Cannot put turn %1 back into conversation %2: its place is taken.").arg(turn.seq).arg(conversationId);
        return false;
    }
    return failed(q, error);
}

bool CurationStore::restoreTurn(qint64 conversationId, const StoredTurn &turn, QString *error)
{
    Transaction t(m_db);
    if (!t.begin(error))
        return false;
    if (!requireConversation(conversationId, error) || !insertTurn(conversationId, turn, error)
        || !markEdited(conversationId, error))
        return false;
    return t.commit(error);
}

bool CurationStore::requireConversation(qint64 conversationId, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM conversations WHERE id = ?"));
    q.addBindValue(conversationId);
    if (!q.exec()) {
        *error = tr("Cannot read conversation %1: %2").arg(conversationId).arg(q.lastError().text());
        return false;
    }
    if (!q.next()) {
        *error = noConversation(conversationId);
        return false;
    }
    return true;
}

std::optional<QList<StoredTurn>> CurationStore::removeTail(qint64 conversationId, int keepThroughSeq, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(turnColumns + QStringLiteral("WHERE conversation_id = ? AND seq > ? ORDER BY seq"));
    q.addBindValue(conversationId);
    q.addBindValue(keepThroughSeq);
    if (!exec(q, error))
        return std::nullopt;
    QList<StoredTurn> removed;
    while (q.next())
        removed.append(readTurn(q));
    q.finish();
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM turns WHERE conversation_id = ? AND seq > ?"));
    remove.addBindValue(conversationId);
    remove.addBindValue(keepThroughSeq);
    if (!exec(remove, error))
        return std::nullopt;
    return removed;
}

bool CurationStore::setState(qint64 conversationId, ConversationState state, const QString &failure, bool endedEarly,
                             QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE conversations SET state = ?, failure = ?, ended_early = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(conversationStateName(state));
    q.addBindValue(text(failure));
    q.addBindValue(endedEarly ? 1 : 0);
    q.addBindValue(nowText());
    q.addBindValue(conversationId);
    return exec(q, error);
}

std::optional<QList<StoredTurn>> CurationStore::truncate(qint64 conversationId, int keepThroughSeq, QString *error)
{
    if (!validKeep(keepThroughSeq, error))
        return std::nullopt;
    Transaction t(m_db);
    if (!t.begin(error) || !requireConversation(conversationId, error))
        return std::nullopt;
    auto removed = removeTail(conversationId, keepThroughSeq, error);
    if (!removed || !setState(conversationId, ConversationState::Running, QString(), false, error)
        || !markEdited(conversationId, error) || !t.commit(error))
        return std::nullopt;
    return removed;
}

bool CurationStore::replaceTail(qint64 conversationId, int keepThroughSeq, const QList<StoredTurn> &turns,
                                ConversationState state, const QString &failure, bool endedEarly, QString *error)
{
    Transaction t(m_db);
    if (!t.begin(error) || !requireConversation(conversationId, error))
        return false;
    if (!removeTail(conversationId, keepThroughSeq, error))
        return false;
    for (const StoredTurn &turn : turns) {
        if (!insertTurn(conversationId, turn, error))
            return false;
    }
    if (!setState(conversationId, state, failure, endedEarly, error) || !markEdited(conversationId, error))
        return false;
    return t.commit(error);
}

std::optional<qint64> CurationStore::branch(qint64 conversationId, int keepThroughSeq, QString *error)
{
    if (!validKeep(keepThroughSeq, error))
        return std::nullopt;
    Transaction t(m_db);
    if (!t.begin(error))
        return std::nullopt;
    auto original = conversation(conversationId, error);
    if (!original)
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT min(0, coalesce(min(plan_index), 0)) - 1 FROM conversations WHERE run_id = ?"));
    q.addBindValue(original->runId);
    if (!exec(q, error) || !q.next()) {
        failed(q, error);
        return std::nullopt;
    }
    const int planIndex = q.value(0).toInt();
    q.finish();

    StoredConversation copy = *original;
    copy.id = 0;
    copy.planIndex = planIndex;
    copy.state = ConversationState::Running;
    copy.failure.clear();
    copy.review = Review::Generated;
    copy.rating.reset();
    copy.notes.clear();
    copy.judgeScore.reset();
    copy.endedEarly = false;
    copy.parentId = conversationId;
    copy.turns.clear();
    for (StoredTurn turn : std::as_const(original->turns)) {
        if (turn.seq > keepThroughSeq)
            break;
        turn.id = 0;
        copy.turns.append(turn);
    }
    const auto id = insertConversation(copy, error);
    if (!id || !markEdited(*id, error) || !t.commit(error))
        return std::nullopt;
    return id;
}

std::optional<qint64> CurationStore::insertConversation(const StoredConversation &c, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO conversations (id, run_id, plan_index, state, failure, review, rating, notes, turns_planned, "
        "ended_early, topic_path, user_persona, assistant_persona, scenario, structure, document_id, chunk_index, "
        "draw, parent_id, judge_score, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = nowText();
    q.addBindValue(c.id != 0 ? QVariant(c.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(c.runId);
    q.addBindValue(c.planIndex);
    q.addBindValue(conversationStateName(c.state));
    q.addBindValue(text(c.failure));
    q.addBindValue(reviewName(c.review));
    q.addBindValue(optional(c.rating, QMetaType::Int));
    q.addBindValue(text(c.notes));
    q.addBindValue(c.turnsPlanned);
    q.addBindValue(c.endedEarly ? 1 : 0);
    q.addBindValue(text(c.topicPath));
    q.addBindValue(text(c.userPersona));
    q.addBindValue(text(c.assistantPersona));
    q.addBindValue(text(c.scenario));
    q.addBindValue(text(c.structure));
    q.addBindValue(optional(c.documentId, QMetaType::LongLong));
    q.addBindValue(optional(c.chunkIndex, QMetaType::Int));
    q.addBindValue(QString::fromUtf8(c.draw));
    q.addBindValue(optional(c.parentId, QMetaType::LongLong));
    q.addBindValue(optional(c.judgeScore, QMetaType::Double));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!exec(q, error))
        return std::nullopt;
    const qint64 id = q.lastInsertId().toLongLong();
    for (const StoredTurn &turn : c.turns) {
        if (!insertTurn(id, turn, error))
            return std::nullopt;
    }
    return id;
}

bool CurationStore::removeBranch(qint64 conversationId, QString *error)
{
    Transaction t(m_db);
    if (!t.begin(error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT parent_id IS NOT NULL, "
                             "(SELECT count(*) FROM conversations c WHERE c.parent_id = conversations.id) "
                             "FROM conversations WHERE id = ?"));
    q.addBindValue(conversationId);
    if (!exec(q, error))
        return false;
    if (!q.next()) {
        *error = noConversation(conversationId);
        return false;
    }
    if (!q.value(0).toBool()) {
        *error = tr("Conversation %1 is not a branch: only branches can be removed this way.").arg(conversationId);
        return false;
    }
    if (q.value(1).toInt() > 0) {
        *error = tr("Conversation %1 has branches of its own: remove them first.").arg(conversationId);
        return false;
    }
    q.finish();
    // Its turns go with it. The edit log and the call journal stay: they are history (what was changed,
    // what was spent), and restoreBranch() brings the turns back under the same ids.
    for (const QString &sql : {QStringLiteral("DELETE FROM turns WHERE conversation_id = ?"),
                               QStringLiteral("DELETE FROM conversations WHERE id = ?")}) {
        QSqlQuery remove(m_db);
        remove.prepare(sql);
        remove.addBindValue(conversationId);
        if (!exec(remove, error))
            return false;
    }
    return t.commit(error);
}

bool CurationStore::restoreBranch(const StoredConversation &conversation, QString *error)
{
    if (!conversation.parentId || conversation.id == 0) {
        *error = tr("Only a removed branch can be put back.");
        return false;
    }
    Transaction t(m_db);
    if (!t.begin(error) || !insertConversation(conversation, error))
        return false;
    return t.commit(error);
}

} // namespace Dialogsmith::Store

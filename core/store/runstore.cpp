// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/runstore.h"

#include "store/datasetquery.h"

#include <QSqlError>
#include <QVariant>

namespace Dialogsmith::Store {

namespace {

QString nowText()
{
    // The engine writes thousands of rows a second, many in the same millisecond: format each one once.
    thread_local qint64 lastMs = -1;
    thread_local QString lastText;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const qint64 ms = now.toMSecsSinceEpoch(); ms != lastMs) {
        lastMs = ms;
        lastText = now.toString(Qt::ISODateWithMs);
    }
    return lastText;
}

// Qt binds a null QString as SQL NULL; these columns hold text, empty or not.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant optional(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant optional(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

bool failed(const QSqlQuery &q, QString *error)
{
    *error = RunStore::tr("Cannot write to the project: %1").arg(q.lastError().text());
    return false;
}

} // namespace

QString runStateName(RunState state)
{
    switch (state) {
    case RunState::Running:
        return QStringLiteral("running");
    case RunState::Complete:
        return QStringLiteral("complete");
    case RunState::Interrupted:
        return QStringLiteral("interrupted");
    case RunState::Stopped:
        return QStringLiteral("stopped");
    case RunState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<RunState> parseRunState(const QString &name)
{
    for (RunState s :
         {RunState::Running, RunState::Complete, RunState::Interrupted, RunState::Stopped, RunState::Failed}) {
        if (runStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString conversationStateName(ConversationState state)
{
    switch (state) {
    case ConversationState::Running:
        return QStringLiteral("running");
    case ConversationState::Complete:
        return QStringLiteral("complete");
    case ConversationState::Failed:
        return QStringLiteral("failed");
    case ConversationState::Dropped:
        return QStringLiteral("dropped");
    }
    return {};
}

std::optional<ConversationState> parseConversationState(const QString &name)
{
    for (ConversationState s : {ConversationState::Running, ConversationState::Complete, ConversationState::Failed,
                                ConversationState::Dropped}) {
        if (conversationStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

// Prepared once: the engine writes thousands of rows a second.
struct RunStore::Statements {
    explicit Statements(const QSqlDatabase &db)
        : conversation(db)
        , turn(db)
        , finish(db)
        , call(db)
        , templ(db)
    {
        conversation.prepare(QStringLiteral(
            "INSERT INTO conversations (run_id, plan_index, state, turns_planned, topic_path, user_persona, "
            "assistant_persona, scenario, structure, document_id, chunk_index, draw, created_at, updated_at, mode, "
            "details) VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        turn.prepare(QStringLiteral(
            "INSERT INTO turns (conversation_id, seq, role, content, profile, model, params, input_tokens, "
            "output_tokens, cost_usd, latency_ms, finish_reason, attempts, document_id, chunk_index, "
            "template_version, system_version, system_prompt, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?)"));
        finish.prepare(QStringLiteral(
            "UPDATE conversations SET state = ?, failure = ?, ended_early = ?, updated_at = ? WHERE id = ?"));
        call.prepare(QStringLiteral(
            "INSERT INTO calls (run_id, conversation_id, seq, profile, model, outcome, error, attempts, "
            "input_tokens, output_tokens, cost_usd, latency_ms, first_byte_ms, finished_at) VALUES (?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        templ.prepare(QStringLiteral("INSERT OR IGNORE INTO templates (version, step, source) VALUES (?, ?, ?)"));
    }
    QSqlQuery conversation;
    QSqlQuery turn;
    QSqlQuery finish;
    QSqlQuery call;
    QSqlQuery templ;
};

RunStore::RunStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_statements(std::make_unique<Statements>(m_db))
{ }

RunStore::~RunStore() = default;

namespace {

RunRecord readRun(const QSqlQuery &q)
{
    RunRecord run;
    run.id = q.value(0).toLongLong();
    run.state = parseRunState(q.value(1).toString()).value_or(RunState::Failed);
    run.stopReason = q.value(2).toString();
    run.planned = q.value(3).toInt();
    run.seed = q.value(4).toULongLong();
    run.snapshot = q.value(5).toString().toUtf8();
    run.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    return run;
}

const QString runColumns
    = QStringLiteral("SELECT id, state, stop_reason, planned, seed, snapshot, created_at FROM runs ");

} // namespace

std::optional<RunRecord> RunStore::latestRun(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(runColumns + QStringLiteral("WHERE kind = 'generate' ORDER BY id DESC LIMIT 1"))) {
        *error = tr("Cannot read the project's runs: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return RunRecord {};
    return readRun(q);
}

QSqlQuery RunStore::judgeableQuery(QSqlDatabase db, const QString &rubric, bool again, bool hideDuplicates,
                                   bool countOnly)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM conversations c WHERE c.state = 'complete' AND c.review != 'rejected' "
                             "AND (? OR c.judge_rubric IS NULL OR c.judge_rubric != ?) AND NOT (? AND %2)%3")
                  .arg(countOnly ? QStringLiteral("count(*)") : QStringLiteral("c.id"),
                       DatasetQuery::duplicateCondition(), countOnly ? QString() : QStringLiteral(" ORDER BY c.id")));
    q.addBindValue(again ? 1 : 0);
    q.addBindValue(rubric);
    q.addBindValue(hideDuplicates ? 1 : 0);
    return q;
}

std::optional<RunRecord> RunStore::latestUnfinishedRun(const QString &mode, QString *error) const
{
    QSqlQuery q(m_db);
    // The spec leaves a default out: a run whose design names no mode made conversations.
    q.prepare(runColumns
              + QStringLiteral("WHERE kind = 'generate' AND state != 'complete' AND "
                               "coalesce(json_extract(snapshot, '$.design.generation.mode'), 'conversation') = ? "
                               "ORDER BY id DESC LIMIT 1"));
    q.addBindValue(mode);
    if (!q.exec()) {
        *error = tr("Cannot read the project's runs: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return RunRecord {};
    return readRun(q);
}

std::optional<RunRecord> RunStore::run(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(runColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = tr("Cannot read the project's runs: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        *error = tr("The project has no run %1.").arg(id);
        return std::nullopt;
    }
    return readRun(q);
}

int RunStore::runCount(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM runs WHERE kind = 'generate'")) || !q.next()) {
        *error = tr("Cannot read the project's runs: %1").arg(q.lastError().text());
        return -1;
    }
    return q.value(0).toInt();
}

std::optional<QList<ConversationRecord>> RunStore::conversations(qint64 runId, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, plan_index, state, failure FROM conversations WHERE run_id = ? "
                             "ORDER BY plan_index"));
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = tr("Cannot read the run's conversations: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    QList<ConversationRecord> records;
    while (q.next()) {
        records.append({q.value(0).toLongLong(), q.value(1).toInt(),
                        parseConversationState(q.value(2).toString()).value_or(ConversationState::Failed),
                        q.value(3).toString()});
    }
    return records;
}

std::optional<QList<Llm::ChatMessage>> RunStore::messages(qint64 conversationId, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, role, content FROM turns WHERE conversation_id = ? ORDER BY seq"));
    q.addBindValue(conversationId);
    if (!q.exec()) {
        *error = tr("Cannot read conversation %1: %2").arg(conversationId).arg(q.lastError().text());
        return std::nullopt;
    }
    QList<Llm::ChatMessage> messages;
    while (q.next()) {
        if (q.value(0).toInt() != messages.size()) {
            *error = tr("Conversation %1 is damaged: message %2 is missing.").arg(conversationId).arg(messages.size());
            return std::nullopt;
        }
        messages.append(
            {q.value(1).toString() == QLatin1StringView("assistant") ? Llm::Role::Assistant : Llm::Role::User,
             q.value(2).toString()});
    }
    return messages;
}

std::optional<RunTotals> RunStore::totals(qint64 runId, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(sum(input_tokens), 0), coalesce(sum(output_tokens), 0), "
                             "coalesce(sum(cost_usd), 0), count(*) FROM calls WHERE run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next()) {
        *error = tr("Cannot read the run's calls: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    return RunTotals {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toDouble(), q.value(3).toLongLong()};
}

bool RunStore::begin(QString *error)
{
    if (m_db.transaction())
        return true;
    *error = tr("Cannot write to the project: %1").arg(m_db.lastError().text());
    return false;
}

bool RunStore::commit(QString *error)
{
    if (m_db.commit())
        return true;
    *error = tr("Cannot write to the project: %1").arg(m_db.lastError().text());
    m_db.rollback();
    return false;
}

void RunStore::rollback()
{
    m_db.rollback();
}

std::optional<qint64> RunStore::createRun(int planned, quint64 seed, const QByteArray &snapshot, QString *error,
                                          const QString &kind)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO runs (created_at, state, planned, seed, snapshot, kind) VALUES (?, "
                             "'running', ?, ?, ?, ?)"));
    q.addBindValue(nowText());
    q.addBindValue(planned);
    q.addBindValue(qint64(seed));
    q.addBindValue(QString::fromUtf8(snapshot));
    q.addBindValue(kind);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

bool RunStore::setRunState(qint64 runId, RunState state, const QString &reason, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE runs SET state = ?, stop_reason = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(runStateName(state));
    q.addBindValue(text(reason));
    q.addBindValue(state == RunState::Running ? QVariant(QMetaType(QMetaType::QString)) : QVariant(nowText()));
    q.addBindValue(runId);
    return q.exec() || failed(q, error);
}

bool RunStore::storeTemplate(const QString &version, const QString &step, const QString &source, QString *error)
{
    QSqlQuery &q = m_statements->templ;
    q.addBindValue(version);
    q.addBindValue(text(step));
    q.addBindValue(text(source));
    return q.exec() || failed(q, error);
}

std::optional<qint64> RunStore::insertConversation(const NewConversation &c, QString *error)
{
    QSqlQuery &q = m_statements->conversation;
    const QString now = nowText();
    q.addBindValue(c.runId);
    q.addBindValue(c.planIndex);
    q.addBindValue(c.turnsPlanned);
    q.addBindValue(text(c.topicPath));
    q.addBindValue(text(c.userPersona));
    q.addBindValue(text(c.assistantPersona));
    q.addBindValue(text(c.scenario));
    q.addBindValue(text(c.structure));
    q.addBindValue(optional(c.documentId));
    q.addBindValue(optional(c.chunkIndex));
    q.addBindValue(QString::fromUtf8(c.draw));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(text(c.mode));
    q.addBindValue(QString::fromUtf8(c.details));
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

bool RunStore::insertTurn(const NewTurn &t, QString *error)
{
    QSqlQuery &q = m_statements->turn;
    q.addBindValue(t.conversationId);
    q.addBindValue(t.seq);
    q.addBindValue(t.role == Llm::Role::User ? QStringLiteral("user") : QStringLiteral("assistant"));
    q.addBindValue(text(t.content));
    q.addBindValue(text(t.profile));
    q.addBindValue(text(t.model));
    q.addBindValue(QString::fromUtf8(t.params));
    q.addBindValue(t.usage.inputTokens);
    q.addBindValue(t.usage.outputTokens);
    q.addBindValue(t.costUsd);
    q.addBindValue(t.latencyMs);
    q.addBindValue(text(t.finishReason));
    q.addBindValue(t.attempts);
    q.addBindValue(optional(t.documentId));
    q.addBindValue(optional(t.chunkIndex));
    q.addBindValue(text(t.templateVersion));
    q.addBindValue(t.systemVersion.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t.systemVersion));
    q.addBindValue(t.systemPrompt.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t.systemPrompt));
    q.addBindValue(nowText());
    return q.exec() || failed(q, error);
}

bool RunStore::finishConversation(qint64 id, ConversationState state, const QString &failure, bool endedEarly,
                                  QString *error)
{
    QSqlQuery &q = m_statements->finish;
    q.addBindValue(conversationStateName(state));
    q.addBindValue(text(failure));
    q.addBindValue(endedEarly ? 1 : 0);
    q.addBindValue(nowText());
    q.addBindValue(id);
    return q.exec() || failed(q, error);
}

bool RunStore::insertCall(const CallRecord &c, QString *error)
{
    QSqlQuery &q = m_statements->call;
    q.addBindValue(c.runId);
    q.addBindValue(optional(c.conversationId));
    q.addBindValue(c.seq);
    q.addBindValue(text(c.profile));
    q.addBindValue(text(c.model));
    q.addBindValue(text(c.outcome));
    q.addBindValue(text(c.error));
    q.addBindValue(c.attempts);
    q.addBindValue(c.usage.inputTokens);
    q.addBindValue(c.usage.outputTokens);
    q.addBindValue(c.costUsd);
    q.addBindValue(c.latencyMs);
    q.addBindValue(c.firstByteMs);
    q.addBindValue(nowText());
    return q.exec() || failed(q, error);
}

std::optional<int> RunStore::resetFailed(qint64 runId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conversations SET state = 'running', failure = '', updated_at = ? "
                             "WHERE run_id = ? AND state = 'failed'"));
    q.addBindValue(nowText());
    q.addBindValue(runId);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    return q.numRowsAffected();
}

bool RunStore::insertAlternative(const NewAlternative &a, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO alternatives (conversation_id, seq, kind, rank, content, profile, model, params, input_tokens, "
        "output_tokens, cost_usd, latency_ms, finish_reason, document_id, chunk_index, reason, created_at) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.conversationId);
    q.addBindValue(a.seq);
    q.addBindValue(text(a.kind));
    q.addBindValue(a.rank);
    q.addBindValue(text(a.content));
    q.addBindValue(text(a.profile));
    q.addBindValue(text(a.model));
    q.addBindValue(QString::fromUtf8(a.params));
    q.addBindValue(a.usage.inputTokens);
    q.addBindValue(a.usage.outputTokens);
    q.addBindValue(a.costUsd);
    q.addBindValue(a.latencyMs);
    q.addBindValue(text(a.finishReason));
    q.addBindValue(optional(a.documentId));
    q.addBindValue(optional(a.chunkIndex));
    q.addBindValue(text(a.reason));
    q.addBindValue(nowText());
    return q.exec() || failed(q, error);
}

bool RunStore::removeAlternatives(qint64 conversationId, const QString &kind, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM alternatives WHERE conversation_id = ? AND kind = ?"));
    q.addBindValue(conversationId);
    q.addBindValue(kind);
    return q.exec() || failed(q, error);
}

bool RunStore::insertJudgment(const NewJudgment &j, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO judgments (conversation_id, turn_id, purpose, rubric, score, scale_min, scale_max, verdict, "
        "reason, profile, model, created_at) VALUES (?, (SELECT id FROM turns WHERE conversation_id = ? AND seq = ?), "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto real
        = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double)); };
    q.addBindValue(j.conversationId);
    q.addBindValue(j.conversationId);
    q.addBindValue(optional(j.seq));
    q.addBindValue(text(j.purpose));
    q.addBindValue(text(j.rubric));
    q.addBindValue(real(j.score));
    q.addBindValue(real(j.scaleMin));
    q.addBindValue(real(j.scaleMax));
    q.addBindValue(text(j.verdict));
    q.addBindValue(text(j.reason));
    q.addBindValue(text(j.profile));
    q.addBindValue(text(j.model));
    q.addBindValue(nowText());
    if (!q.exec())
        return failed(q, error);
    if (!j.setsScore)
        return true;
    QSqlQuery score(m_db);
    score.prepare(QStringLiteral("UPDATE conversations SET judge_score = ?, judge_rubric = ? WHERE id = ?"));
    score.addBindValue(real(j.score));
    score.addBindValue(text(j.rubric));
    score.addBindValue(j.conversationId);
    return score.exec() || failed(score, error);
}

bool RunStore::setDetails(qint64 conversationId, const QByteArray &details, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conversations SET details = ? WHERE id = ?"));
    q.addBindValue(QString::fromUtf8(details));
    q.addBindValue(conversationId);
    return q.exec() || failed(q, error);
}

bool RunStore::setJudgeScore(qint64 conversationId, double score, const QString &rubric, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conversations SET judge_score = ?, judge_rubric = ? WHERE id = ?"));
    q.addBindValue(score);
    q.addBindValue(rubric);
    q.addBindValue(conversationId);
    return q.exec() || failed(q, error);
}

std::optional<QByteArray> RunStore::details(qint64 conversationId, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT details FROM conversations WHERE id = ?"));
    q.addBindValue(conversationId);
    if (!q.exec()) {
        *error = tr("Cannot read the project: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    return q.next() ? q.value(0).toString().toUtf8() : QByteArrayLiteral("{}");
}

std::optional<QList<NewAlternative>> RunStore::alternatives(qint64 conversationId, const QString &kind,
                                                            QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT seq, rank, content, profile, model, params, input_tokens, output_tokens, cost_usd, latency_ms, "
        "finish_reason, document_id, chunk_index, reason FROM alternatives WHERE conversation_id = ? AND kind = ? "
        "ORDER BY rank"));
    q.addBindValue(conversationId);
    q.addBindValue(kind);
    if (!q.exec()) {
        *error = tr("Cannot read the project: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    QList<NewAlternative> list;
    while (q.next()) {
        NewAlternative a;
        a.conversationId = conversationId;
        a.kind = kind;
        a.seq = q.value(0).toInt();
        a.rank = q.value(1).toInt();
        a.content = q.value(2).toString();
        a.profile = q.value(3).toString();
        a.model = q.value(4).toString();
        a.params = q.value(5).toString().toUtf8();
        a.usage.inputTokens = q.value(6).toLongLong();
        a.usage.outputTokens = q.value(7).toLongLong();
        a.costUsd = q.value(8).toDouble();
        a.latencyMs = q.value(9).toLongLong();
        a.finishReason = q.value(10).toString();
        if (!q.value(11).isNull())
            a.documentId = q.value(11).toLongLong();
        if (!q.value(12).isNull())
            a.chunkIndex = q.value(12).toInt();
        a.reason = q.value(13).toString();
        list.append(std::move(a));
    }
    return list;
}

} // namespace Dialogsmith::Store

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/datasetquery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Dialogsmith::Store {

namespace {

QString failure(const QSqlQuery &q)
{
    return DatasetQuery::tr("Cannot read the conversations: %1").arg(q.lastError().text());
}

// The distinct values of `sql`'s one column that contain `needle`, ignoring case. Done here rather than
// with SQL's lower()/LIKE, which fold ASCII only; there are few distinct topics and personas.
std::optional<QStringList> matching(const QSqlDatabase &db, const QString &sql, const QString &needle, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        *error = failure(q);
        return std::nullopt;
    }
    QStringList values;
    while (q.next()) {
        QString value = q.value(0).toString();
        if (value.contains(needle, Qt::CaseInsensitive))
            values.append(std::move(value));
    }
    return values;
}

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

bool searchable(QStringView term)
{
    return std::any_of(term.begin(), term.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString phrase(QStringView term)
{
    return u'"' + term.toString().replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

DatasetQuery::DatasetQuery(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QStringList DatasetQuery::ftsTerms(const QString &text)
{
    QStringList terms;
    bool lastIsOpenWord = false;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        if (text[i] == u'"') {
            // A phrase, closed by the next quote or the end of the text.
            const qsizetype end = text.indexOf(u'"', i + 1);
            const QStringView inside = QStringView(text).mid(i + 1, (end < 0 ? n : end) - i - 1);
            if (searchable(inside))
                terms.append(phrase(inside.trimmed()));
            lastIsOpenWord = false;
            i = end < 0 ? n : end + 1;
            continue;
        }
        qsizetype end = i;
        while (end < n && !text[end].isSpace() && text[end] != u'"')
            ++end;
        const QStringView word = QStringView(text).mid(i, end - i);
        if (searchable(word)) {
            terms.append(phrase(word));
            lastIsOpenWord = end == n;
        } else {
            lastIsOpenWord = false;
        }
        i = end;
    }
    if (lastIsOpenWord)
        terms.last().append(u'*');
    return terms;
}

bool DatasetQuery::indexPendingTurns(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM turns_fts_pending)")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.value(0).toBool())
        return true;
    q.finish();
    // One transaction: the queue is emptied exactly as far as the index was filled, whoever writes meanwhile.
    QSqlDatabase db = m_db;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!q.exec(QStringLiteral("INSERT INTO turns_fts (rowid, content) SELECT t.id, t.content FROM turns_fts_pending p "
                               "JOIN turns t ON t.id = p.turn_id"))
        || !q.exec(QStringLiteral("DELETE FROM turns_fts_pending"))) {
        *error = q.lastError().text();
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

QString DatasetQuery::ftsQuery(const QString &text)
{
    return ftsTerms(text).join(u' ');
}

std::optional<QList<qint64>> DatasetQuery::ids(const DatasetFilter &filter, DatasetColumn sortBy, Qt::SortOrder order,
                                               QString *error) const
{
    QStringList where;
    QVariantList binds;
    if (filter.state) {
        where.append(QStringLiteral("c.state = ?"));
        binds.append(conversationStateName(*filter.state));
    }
    if (filter.review) {
        where.append(QStringLiteral("c.review = ?"));
        binds.append(reviewName(*filter.review));
    }
    if (filter.runId) {
        where.append(QStringLiteral("c.run_id = ?"));
        binds.append(*filter.runId);
    }
    if (filter.minRating) {
        where.append(QStringLiteral("c.rating >= ?"));
        binds.append(*filter.minRating);
    }
    if (filter.minJudgeScore) {
        where.append(QStringLiteral("c.judge_score >= ?"));
        binds.append(*filter.minJudgeScore);
    }
    if (const QString topic = filter.topic.trimmed(); !topic.isEmpty()) {
        const auto topics
            = matching(m_db, QStringLiteral("SELECT DISTINCT topic_path FROM conversations"), topic, error);
        if (!topics)
            return std::nullopt;
        if (topics->isEmpty())
            return QList<qint64>();
        where.append(QStringLiteral("c.topic_path IN (SELECT value FROM json_each(?))"));
        binds.append(jsonList(*topics));
    }
    if (const QString persona = filter.persona.trimmed(); !persona.isEmpty()) {
        const auto personas = matching(m_db,
                                       QStringLiteral("SELECT user_persona FROM conversations UNION "
                                                      "SELECT assistant_persona FROM conversations"),
                                       persona, error);
        if (!personas)
            return std::nullopt;
        if (personas->isEmpty())
            return QList<qint64>();
        where.append(QStringLiteral("(c.user_persona IN (SELECT value FROM json_each(?)) OR "
                                    "c.assistant_persona IN (SELECT value FROM json_each(?)))"));
        binds.append(jsonList(*personas));
        binds.append(jsonList(*personas));
    }
    // Each word or phrase may be in any turn of the conversation.
    const QStringList terms = ftsTerms(filter.search);
    if (!terms.isEmpty()) {
        QString indexError;
        if (!indexPendingTurns(&indexError))
            qWarning("full-text index not brought up to date: %s", qPrintable(indexError));
    }
    for (const QString &term : terms) {
        where.append(QStringLiteral("c.id IN (SELECT t.conversation_id FROM turns t WHERE t.id IN "
                                    "(SELECT rowid FROM turns_fts WHERE turns_fts MATCH ?))"));
        binds.append(term);
    }

    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // Missing values last in either order, then the column, then the id so equal values keep one order.
    QString orderBy;
    switch (sortBy) {
    case DatasetColumn::Id:
        break;
    case DatasetColumn::State:
        orderBy = QStringLiteral("c.state") + direction + QStringLiteral(", c.review") + direction;
        break;
    case DatasetColumn::Review:
        orderBy = QStringLiteral("c.review") + direction + QStringLiteral(", c.state") + direction;
        break;
    case DatasetColumn::Topic:
        orderBy = QStringLiteral("c.topic_path COLLATE NOCASE") + direction;
        break;
    case DatasetColumn::UserPersona:
        orderBy = QStringLiteral("c.user_persona COLLATE NOCASE") + direction;
        break;
    case DatasetColumn::AssistantPersona:
        orderBy = QStringLiteral("c.assistant_persona COLLATE NOCASE") + direction;
        break;
    case DatasetColumn::Turns:
        // Correlated, on the (conversation_id, seq) index: faster than grouping all the turns first.
        orderBy = QStringLiteral("(SELECT count(*) FROM turns t WHERE t.conversation_id = c.id)") + direction;
        break;
    case DatasetColumn::Tokens:
        orderBy
            = QStringLiteral("(SELECT coalesce(sum(t.output_tokens), 0) FROM turns t WHERE t.conversation_id = c.id)")
            + direction;
        break;
    case DatasetColumn::Rating:
        orderBy = QStringLiteral("c.rating IS NULL, c.rating") + direction;
        break;
    case DatasetColumn::JudgeScore:
        orderBy = QStringLiteral("c.judge_score IS NULL, c.judge_score") + direction;
        break;
    case DatasetColumn::Updated:
        orderBy = QStringLiteral("c.updated_at") + direction;
        break;
    }
    if (!orderBy.isEmpty())
        orderBy += QStringLiteral(", ");
    orderBy += QStringLiteral("c.id") + direction;

    QString sql = QStringLiteral("SELECT c.id FROM conversations c");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + orderBy;

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = failure(q);
        return std::nullopt;
    }
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    if (!q.exec()) {
        *error = failure(q);
        return std::nullopt;
    }
    QList<qint64> result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

std::optional<QList<DatasetRow>> DatasetQuery::rows(const QList<qint64> &ids, QString *error) const
{
    // The ids are numbers: they go into the statement as text, a chunk at a time.
    constexpr qsizetype chunk = 500;
    QHash<qint64, DatasetRow> found;
    found.reserve(ids.size());
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        QString list;
        for (qsizetype i = from; i < std::min(ids.size(), from + chunk); ++i) {
            if (i > from)
                list += u',';
            list += QString::number(ids[i]);
        }
        const QString sql
            = QStringLiteral("SELECT c.id, c.run_id, c.state, c.review, c.topic_path, c.user_persona, "
                             "c.assistant_persona, c.rating, c.judge_score, c.failure, c.updated_at, "
                             "(SELECT count(*) FROM turns t WHERE t.conversation_id = c.id), "
                             "(SELECT coalesce(sum(t.output_tokens), 0) FROM turns t WHERE t.conversation_id = c.id) "
                             "FROM conversations c WHERE c.id IN (")
            + list + u')';
        if (!q.exec(sql)) {
            *error = failure(q);
            return std::nullopt;
        }
        while (q.next()) {
            DatasetRow row;
            row.id = q.value(0).toLongLong();
            row.runId = q.value(1).toLongLong();
            row.state = parseConversationState(q.value(2).toString()).value_or(ConversationState::Running);
            row.review = parseReview(q.value(3).toString()).value_or(Review::Generated);
            row.topicPath = q.value(4).toString();
            row.userPersona = q.value(5).toString();
            row.assistantPersona = q.value(6).toString();
            if (!q.value(7).isNull())
                row.rating = q.value(7).toInt();
            if (!q.value(8).isNull())
                row.judgeScore = q.value(8).toDouble();
            row.failure = q.value(9).toString();
            row.updatedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
            row.messages = q.value(11).toInt();
            row.tokens = q.value(12).toLongLong();
            found.insert(row.id, std::move(row));
        }
    }
    QList<DatasetRow> result;
    result.reserve(found.size());
    for (qint64 id : ids) {
        if (auto it = found.constFind(id); it != found.cend())
            result.append(*it);
    }
    return result;
}

std::optional<qint64> DatasetQuery::count(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM conversations")) || !q.next()) {
        *error = failure(q);
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<DatasetStamp> DatasetQuery::stamp(QString *error) const
{
    QSqlQuery q(m_db);
    DatasetStamp stamp;
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next()) {
        *error = failure(q);
        return std::nullopt;
    }
    stamp.dataVersion = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("SELECT total_changes()")) || !q.next()) {
        *error = failure(q);
        return std::nullopt;
    }
    stamp.ownChanges = q.value(0).toLongLong();
    return stamp;
}

} // namespace Dialogsmith::Store

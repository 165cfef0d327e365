// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/datasetquery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QString scalesJson(const QualityFilter &quality)
{
    QJsonObject scales;
    for (auto it = quality.rubricScales.cbegin(); it != quality.rubricScales.cend(); ++it)
        scales.insert(it.key(), QJsonArray {it->first, it->second});
    return QString::fromUtf8(QJsonDocument(scales).toJson(QJsonDocument::Compact));
}

// True when a judged conversation's score, in proportion to its rubric's scale, is below the threshold's.
QString belowJudgeCondition(const QualityFilter &quality, QVariantList *binds)
{
    const double span = quality.scaleMax - quality.scaleMin;
    const double threshold = span > 0 ? (*quality.minJudgeScore - quality.scaleMin) / span : 0;
    const QString scales = scalesJson(quality);
    binds->append(scales);
    binds->append(quality.scaleMin);
    binds->append(scales);
    binds->append(span > 0 ? span : 1.0);
    binds->append(threshold - 1e-9);
    return QStringLiteral(
        "(c.judge_score IS NOT NULL AND (c.judge_score - coalesce((SELECT json_extract(value, '$[0]') FROM "
        "json_each(?) WHERE key = c.judge_rubric), ?)) / coalesce((SELECT nullif(json_extract(value, '$[1]') - "
        "json_extract(value, '$[0]'), 0) FROM json_each(?) WHERE key = c.judge_rubric), ?) < ?)");
}

QString ruleCondition(const QualityFilter &quality, QVariantList *binds)
{
    binds->append(jsonList(quality.rules));
    return QStringLiteral("EXISTS (SELECT 1 FROM filter_hits h WHERE h.conversation_id = c.id AND h.rule IN "
                          "(SELECT value FROM json_each(?)))");
}

} // namespace

QString DatasetQuery::duplicateCondition()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM signatures s WHERE s.conversation_id = c.id AND s.duplicate_of IS "
                          "NOT NULL)");
}

QualityFilter QualityFilter::fromDesign(const Design::QualitySettings &settings)
{
    QualityFilter filter;
    for (const Design::Rubric &rubric : settings.rubrics) {
        filter.rubricScales.insert(rubric.name, {rubric.minimum, rubric.maximum});
        if (rubric.name == settings.rubric) {
            filter.scaleMin = rubric.minimum;
            filter.scaleMax = rubric.maximum;
        }
    }
    filter.minJudgeScore = settings.minJudgeScore;
    filter.hideDuplicates = settings.hideDuplicates;
    const Design::FilterSettings &f = settings.filters;
    const std::pair<bool, const char16_t *> rules[] = {{f.refusals, u"refusal"},
                                                       {f.truncated, u"truncated"},
                                                       {f.wrongLanguage, u"wrong-language"},
                                                       {f.tooShort, u"too-short"},
                                                       {f.tooLong, u"too-long"}};
    for (const auto &[on, name] : rules) {
        if (on)
            filter.rules.append(QString::fromUtf16(name));
    }
    return filter;
}

QString DatasetQuery::removedCondition(const QualityFilter &quality, QVariantList *binds)
{
    QStringList parts;
    if (!quality.rules.isEmpty())
        parts.append(ruleCondition(quality, binds));
    if (quality.minJudgeScore)
        parts.append(belowJudgeCondition(quality, binds));
    if (quality.hideDuplicates)
        parts.append(duplicateCondition());
    if (parts.isEmpty())
        return QStringLiteral("0");
    return u'(' + parts.join(QStringLiteral(" OR ")) + u')';
}

std::optional<QualityCounts> DatasetQuery::qualityCounts(const QualityFilter &quality, const QString &scope,
                                                         QString *error) const
{
    QualityCounts counts;
    const QString where = scope.isEmpty() ? QStringLiteral("1") : scope;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT h.rule, count(*) FROM filter_hits h JOIN conversations c ON c.id = "
                               "h.conversation_id WHERE ")
                + where + QStringLiteral(" GROUP BY h.rule"))) {
        *error = failure(q);
        return std::nullopt;
    }
    while (q.next())
        counts.byRule.insert(q.value(0).toString(), q.value(1).toLongLong());

    QVariantList binds;
    const QString below = quality.minJudgeScore ? belowJudgeCondition(quality, &binds) : QStringLiteral("0");
    const QString removed = removedCondition(quality, &binds);
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(c.judge_score IS NULL), 0), coalesce(sum(") + below
              + QStringLiteral("), 0), coalesce(sum(") + duplicateCondition() + QStringLiteral("), 0), coalesce(sum(")
              + removed + QStringLiteral("), 0) FROM conversations c WHERE ") + where);
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    if (!q.exec() || !q.next()) {
        *error = failure(q);
        return std::nullopt;
    }
    counts.total = q.value(0).toLongLong();
    counts.unjudged = q.value(1).toLongLong();
    counts.belowJudge = q.value(2).toLongLong();
    counts.duplicates = q.value(3).toLongLong();
    counts.removed = q.value(4).toLongLong();
    return counts;
}

std::optional<qint64> DatasetQuery::indexPendingTurns(int limit, QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    q.prepare(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS fts_batch (turn_id INTEGER PRIMARY KEY)"));
    bool ok = q.exec() && q.exec(QStringLiteral("DELETE FROM temp.fts_batch"));
    if (ok) {
        q.prepare(QStringLiteral("INSERT INTO temp.fts_batch SELECT turn_id FROM turns_fts_pending ORDER BY turn_id "
                                 "LIMIT ?"));
        q.addBindValue(limit);
        ok = q.exec();
    }
    const qint64 taken = ok ? q.numRowsAffected() : 0;
    ok = ok
        && q.exec(QStringLiteral("INSERT INTO turns_fts (rowid, content) SELECT t.id, t.content FROM temp.fts_batch b "
                                 "JOIN turns t ON t.id = b.turn_id"))
        && q.exec(QStringLiteral("DELETE FROM turns_fts_pending WHERE turn_id IN (SELECT turn_id FROM temp.fts_batch)"))
        && q.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        *error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    }
    return taken;
}

std::optional<qint64> DatasetQuery::pendingTurns(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM turns_fts_pending")) || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

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
    if (!filter.mode.isEmpty()) {
        where.append(QStringLiteral("c.mode = ?"));
        binds.append(filter.mode);
    }
    if (!filter.showRemoved && !filter.quality.isEmpty())
        where.append(QStringLiteral("NOT ") + removedCondition(filter.quality, &binds));
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
    // Grouped, each duplicate sorts as the sample it repeats (alias g), right after it.
    const QString a = filter.groupDuplicates ? QStringLiteral("g") : QStringLiteral("c");
    // Missing values last in either order, then the column, then the id so equal values keep one order.
    QString orderBy;
    switch (sortBy) {
    case DatasetColumn::Id:
        break;
    case DatasetColumn::State:
        orderBy = a + QStringLiteral(".state") + direction + u',' + a + QStringLiteral(".review") + direction;
        break;
    case DatasetColumn::Review:
        orderBy = a + QStringLiteral(".review") + direction + u',' + a + QStringLiteral(".state") + direction;
        break;
    case DatasetColumn::Topic:
        orderBy = a + QStringLiteral(".topic_path COLLATE NOCASE") + direction;
        break;
    case DatasetColumn::UserPersona:
        orderBy = a + QStringLiteral(".user_persona COLLATE NOCASE") + direction;
        break;
    case DatasetColumn::AssistantPersona:
        orderBy = a + QStringLiteral(".assistant_persona COLLATE NOCASE") + direction;
        break;
    case DatasetColumn::Turns:
        // Correlated, on the (conversation_id, seq) index: faster than grouping all the turns first.
        orderBy = QStringLiteral("(SELECT count(*) FROM turns t WHERE t.conversation_id = ") + a
            + QStringLiteral(".id)") + direction;
        break;
    case DatasetColumn::Tokens:
        orderBy = QStringLiteral("(SELECT coalesce(sum(t.output_tokens), 0) FROM turns t WHERE t.conversation_id = ")
            + a + QStringLiteral(".id)") + direction;
        break;
    case DatasetColumn::Rating:
        orderBy = a + QStringLiteral(".rating IS NULL, ") + a + QStringLiteral(".rating") + direction;
        break;
    case DatasetColumn::JudgeScore:
        orderBy = a + QStringLiteral(".judge_score IS NULL, ") + a + QStringLiteral(".judge_score") + direction;
        break;
    case DatasetColumn::Updated:
        orderBy = a + QStringLiteral(".updated_at") + direction;
        break;
    case DatasetColumn::Mode:
        orderBy = a + QStringLiteral(".mode") + direction;
        break;
    }
    if (!orderBy.isEmpty())
        orderBy += QStringLiteral(", ");
    if (filter.groupDuplicates)
        orderBy += QStringLiteral("g.id") + direction + QStringLiteral(", c.id <> g.id, c.id ASC");
    else
        orderBy += QStringLiteral("c.id") + direction;

    QString sql = QStringLiteral("SELECT c.id FROM conversations c");
    if (filter.groupDuplicates)
        sql += QStringLiteral(" LEFT JOIN signatures gs ON gs.conversation_id = c.id LEFT JOIN conversations g ON "
                              "g.id = coalesce(gs.duplicate_of, c.id)");
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
                             "(SELECT coalesce(sum(t.output_tokens), 0) FROM turns t WHERE t.conversation_id = c.id), "
                             "c.mode, c.judge_rubric, s.duplicate_of, s.duplicate_kind, s.similarity, "
                             "(SELECT group_concat(h.rule || char(31) || h.detail, char(30)) FROM filter_hits h "
                             "WHERE h.conversation_id = c.id) "
                             "FROM conversations c LEFT JOIN signatures s ON s.conversation_id = c.id WHERE c.id IN (")
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
            row.mode = q.value(13).toString();
            row.judgeRubric = q.value(14).toString();
            if (!q.value(15).isNull())
                row.duplicateOf = q.value(15).toLongLong();
            row.duplicateKind = q.value(16).toString();
            if (!q.value(17).isNull())
                row.similarity = q.value(17).toDouble();
            for (const QString &hit : q.value(18).toString().split(QChar(30), Qt::SkipEmptyParts)) {
                const qsizetype at = hit.indexOf(QChar(31));
                row.hits.append({hit.left(at), at < 0 ? QString() : hit.mid(at + 1)});
            }
            std::sort(row.hits.begin(), row.hits.end());
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

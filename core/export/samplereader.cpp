// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "export/samplereader.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace Dialogsmith::Export {

namespace {

QString placeholders(qsizetype count)
{
    QString list;
    list.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        list += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return list;
}

} // namespace

// A prepared statement of SQLite's own interface, on the connection Qt's driver opened: reading a row costs
// no QVariant per column, and texts come out as the UTF-8 bytes stored.
class SampleReader::Statement final
{
public:
    Statement() = default;
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepare(sqlite3 *db, const QByteArray &sql)
    {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                                  nullptr)
            == SQLITE_OK;
    }
    bool isPrepared() const { return m_statement != nullptr; }
    void bind(const QList<qint64> &ids)
    {
        sqlite3_reset(m_statement);
        for (qsizetype i = 0; i < ids.size(); ++i)
            sqlite3_bind_int64(m_statement, int(i + 1), ids.at(i));
    }
    /// True with a row; false at the end or on an error (then `failed()`).
    bool step()
    {
        m_result = sqlite3_step(m_statement);
        return m_result == SQLITE_ROW;
    }
    bool failed() const { return m_result != SQLITE_DONE && m_result != SQLITE_ROW; }
    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    QByteArrayView bytes(int column) const
    {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return {data, sqlite3_column_bytes(m_statement, column)};
    }
    QString text(int column) const
    {
        if (isNull(column))
            return {};
        return QString::fromUtf8(bytes(column));
    }

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_result = SQLITE_DONE;
};

namespace {

// A message's role, shared: no allocation per row for the two every sample has.
QString role(QByteArrayView bytes)
{
    static const QString user = QStringLiteral("user");
    static const QString assistant = QStringLiteral("assistant");
    if (bytes == "assistant")
        return assistant;
    if (bytes == "user")
        return user;
    return QString::fromUtf8(bytes);
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() != nullptr ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

SampleReader::SampleReader(QSqlDatabase db, Needs needs)
    : m_db(std::move(db))
    , m_needs(needs)
    , m_conversations(std::make_unique<Statement>())
    , m_turns(std::make_unique<Statement>())
    , m_alternatives(std::make_unique<Statement>())
    , m_chunk(m_db)
{
    m_chunk.setForwardOnly(true);
}

SampleReader::~SampleReader() = default;

bool SampleReader::prepare(Statement &statement, const QString &sql, qsizetype count, QString *error)
{
    sqlite3 *handle = handleOf(m_db);
    if (handle == nullptr) {
        *error = tr("Cannot read the samples: the project is not an open SQLite database.");
        return false;
    }
    if (!statement.prepare(handle, sql.arg(placeholders(count)).toUtf8())) {
        *error = tr("Cannot read the samples: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)));
        return false;
    }
    return true;
}

bool SampleReader::read(const QList<qint64> &ids, QList<Sample> *samples, QString *error)
{
    samples->clear();
    if (ids.isEmpty())
        return true;
    if (m_prepared != ids.size()) {
        if (!prepare(*m_conversations,
                     QStringLiteral("SELECT id, run_id, mode, topic_path, user_persona, assistant_persona, ")
                         + (m_needs.details
                                ? QStringLiteral("scenario, structure, draw, details, judge_score, judge_rubric")
                                : QStringLiteral("NULL, NULL, NULL, NULL, NULL, NULL"))
                         + QStringLiteral(" FROM conversations WHERE id IN (%1)"),
                     ids.size(), error)
            || !prepare(*m_turns,
                        QStringLiteral("SELECT conversation_id, seq, role, content, system_prompt, ")
                            + (m_needs.provenance ? QStringLiteral("profile, model, template_version")
                                                  : QStringLiteral("NULL, NULL, NULL"))
                            + (m_needs.grounding ? QStringLiteral(", document_id, chunk_index")
                                                 : QStringLiteral(", NULL, NULL"))
                            + QStringLiteral(" FROM turns WHERE conversation_id IN (%1) ORDER BY conversation_id, seq"),
                        ids.size(), error)
            || (m_needs.alternatives
                && !prepare(*m_alternatives,
                            QStringLiteral("SELECT conversation_id, seq, kind, rank, content FROM alternatives "
                                           "WHERE conversation_id IN (%1) ORDER BY conversation_id, seq, kind, rank"),
                            ids.size(), error))) {
            m_prepared = -1;
            return false;
        }
        m_prepared = ids.size();
    }
    const auto failed = [&] {
        sqlite3 *handle = handleOf(m_db);
        *error = tr("Cannot read the samples: %1")
                     .arg(handle != nullptr ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString());
        return false;
    };

    QHash<qint64, qsizetype> at;
    at.reserve(ids.size());
    QList<Sample> read;
    read.reserve(ids.size());
    Statement &conversations = *m_conversations;
    conversations.bind(ids);
    while (conversations.step()) {
        Sample s;
        s.id = conversations.integer(0);
        s.runId = conversations.integer(1);
        s.mode = conversations.text(2);
        s.topicPath = conversations.text(3);
        s.userPersona = conversations.text(4);
        s.assistantPersona = conversations.text(5);
        s.scenario = conversations.text(6);
        s.structure = conversations.text(7);
        s.draw = conversations.bytes(8).toByteArray();
        s.details = conversations.bytes(9).toByteArray();
        if (!conversations.isNull(10))
            s.judgeScore = conversations.real(10);
        s.judgeRubric = conversations.text(11);
        at.insert(s.id, read.size());
        read.append(std::move(s));
    }
    if (conversations.failed())
        return failed();

    Statement &turns = *m_turns;
    turns.bind(ids);
    Sample *current = nullptr;
    qint64 currentId = -1;
    while (turns.step()) {
        const qint64 id = turns.integer(0);
        if (id != currentId) {
            currentId = id;
            const auto it = at.constFind(id);
            current = it == at.constEnd() ? nullptr : &read[*it];
        }
        if (current == nullptr)
            continue;
        SampleMessage m;
        m.seq = int(turns.integer(1));
        m.role = role(turns.bytes(2));
        // The bytes stored: no UTF-16 round trip for the texts, which are most of an export.
        m.content = turns.bytes(3).toByteArray();
        m.systemPrompt = turns.text(4);
        m.profile = turns.text(5);
        m.model = turns.text(6);
        m.templateVersion = turns.text(7);
        if (!turns.isNull(8)) {
            m.documentId = turns.integer(8);
            m.chunkIndex = int(turns.integer(9));
        }
        current->messages.append(std::move(m));
    }
    if (turns.failed())
        return failed();

    if (m_needs.alternatives) {
        Statement &alternatives = *m_alternatives;
        alternatives.bind(ids);
        while (alternatives.step()) {
            const auto it = at.constFind(alternatives.integer(0));
            if (it == at.constEnd())
                continue;
            SampleAlternative a;
            a.seq = int(alternatives.integer(1));
            a.kind = alternatives.text(2);
            a.rank = int(alternatives.integer(3));
            a.content = alternatives.text(4);
            read[*it].alternatives.append(std::move(a));
        }
        if (alternatives.failed())
            return failed();
    }

    samples->reserve(read.size());
    for (const qint64 id : ids) {
        if (const auto it = at.constFind(id); it != at.constEnd())
            samples->append(std::move(read[*it]));
    }
    return true;
}

ChunkText SampleReader::chunk(qint64 documentId, int chunkIndex)
{
    const std::pair<qint64, int> key {documentId, chunkIndex};
    if (const auto it = m_chunks.constFind(key); it != m_chunks.constEnd())
        return *it;
    ChunkText text;
    if (!m_chunkPrepared)
        m_chunkPrepared
            = m_chunk.prepare(QStringLiteral("SELECT d.title, ch.text FROM documents d LEFT JOIN chunks ch ON "
                                             "ch.document_id = d.id AND ch.chunk_index = ? WHERE d.id = ?"));
    m_chunk.bindValue(0, chunkIndex);
    m_chunk.bindValue(1, documentId);
    if (m_chunk.exec() && m_chunk.next()) {
        text.title = m_chunk.value(0).toString();
        text.text = m_chunk.value(1).toString();
    }
    m_chunk.finish();
    // Grounded turns come in runs of the same few chunks; a small cache is enough.
    if (m_chunks.size() > 4096)
        m_chunks.clear();
    m_chunks.insert(key, text);
    return text;
}

} // namespace Dialogsmith::Export

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "project/projectfile.h"
#include "store/datasetquery.h"
#include "store/runstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dialogsmith;
using namespace Dialogsmith::Store;
using namespace Qt::StringLiterals;

namespace {

// What format 2 (the engine's first release) wrote, kept verbatim: an upgrade test must start from the
// old tables, not from whatever the current code would create.
const char *const formatTwoTables[] = {
    R"(CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL))",
    R"(CREATE TABLE design (key TEXT PRIMARY KEY, value TEXT NOT NULL))",
    R"(CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        source TEXT NOT NULL,
        text TEXT NOT NULL,
        sha256 TEXT NOT NULL))",
    R"(CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        finished_at TEXT,
        state TEXT NOT NULL,
        stop_reason TEXT NOT NULL DEFAULT '',
        planned INTEGER NOT NULL,
        seed INTEGER NOT NULL,
        snapshot TEXT NOT NULL))",
    R"(CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id),
        plan_index INTEGER NOT NULL,
        state TEXT NOT NULL,
        failure TEXT NOT NULL DEFAULT '',
        review TEXT NOT NULL DEFAULT 'generated',
        rating INTEGER,
        notes TEXT NOT NULL DEFAULT '',
        turns_planned INTEGER NOT NULL,
        ended_early INTEGER NOT NULL DEFAULT 0,
        topic_path TEXT NOT NULL,
        user_persona TEXT NOT NULL,
        assistant_persona TEXT NOT NULL,
        scenario TEXT NOT NULL DEFAULT '',
        structure TEXT NOT NULL DEFAULT '',
        document_id INTEGER,
        chunk_index INTEGER,
        draw TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (run_id, plan_index)))",
    R"(CREATE INDEX conversations_by_state ON conversations (run_id, state))",
    R"(CREATE TABLE templates (
        version TEXT PRIMARY KEY,
        step TEXT NOT NULL,
        source TEXT NOT NULL))",
    R"(CREATE TABLE turns (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        role TEXT NOT NULL,
        content TEXT NOT NULL,
        original TEXT,
        review TEXT NOT NULL DEFAULT 'generated',
        rating INTEGER,
        notes TEXT NOT NULL DEFAULT '',
        profile TEXT NOT NULL,
        model TEXT NOT NULL,
        params TEXT NOT NULL,
        input_tokens INTEGER NOT NULL,
        output_tokens INTEGER NOT NULL,
        cost_usd REAL NOT NULL,
        latency_ms INTEGER NOT NULL,
        finish_reason TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        document_id INTEGER,
        chunk_index INTEGER,
        template_version TEXT NOT NULL REFERENCES templates(version),
        system_version TEXT REFERENCES templates(version),
        system_prompt TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (conversation_id, seq)))",
    R"(CREATE TABLE calls (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id),
        conversation_id INTEGER,
        seq INTEGER,
        profile TEXT NOT NULL,
        model TEXT NOT NULL,
        outcome TEXT NOT NULL,
        error TEXT NOT NULL DEFAULT '',
        attempts INTEGER NOT NULL,
        input_tokens INTEGER NOT NULL,
        output_tokens INTEGER NOT NULL,
        cost_usd REAL NOT NULL,
        latency_ms INTEGER NOT NULL,
        first_byte_ms INTEGER NOT NULL,
        finished_at TEXT NOT NULL))",
    R"(CREATE INDEX calls_by_run ON calls (run_id))",
};

const char *const formatTwoRows[] = {
    R"(INSERT INTO meta VALUES ('format', 'dialogsmith-project'), ('format_version', '2'),
        ('created_at', '2026-11-01T09:00:00Z'))",
    R"(INSERT INTO runs VALUES (1, '2026-11-01T09:00:00Z', NULL, 'complete', '', 2, 7, '{}'))",
    R"(INSERT INTO templates VALUES ('v1', 'starter', 'Ask.'))",
    R"(INSERT INTO conversations (id, run_id, plan_index, state, review, rating, turns_planned, topic_path,
        user_persona, assistant_persona, draw, created_at, updated_at)
        VALUES (1, 1, 0, 'complete', 'approved', 4, 1, 'Biology › Plants', 'Mia', 'Dr. Okafor', '{"index":0}',
                '2026-11-01T09:00:00Z', '2026-11-01T09:00:00Z'),
               (2, 1, 1, 'complete', 'generated', NULL, 1, 'Physics › Energy', 'Ben', 'Dr. Okafor', '{"index":1}',
                '2026-11-01T09:00:00Z', '2026-11-01T09:00:00Z'))",
    R"(INSERT INTO turns (id, conversation_id, seq, role, content, profile, model, params, input_tokens,
        output_tokens, cost_usd, latency_ms, finish_reason, attempts, template_version, created_at)
        VALUES (1, 1, 0, 'user', 'How does photosynthesis store energy?', 'p', 'm', '{}', 1, 1, 0, 1, 'stop', 1,
                'v1', '2026-11-01T09:00:00Z'),
               (2, 1, 1, 'assistant', 'Chlorophyll captures light and makes sugar.', 'p', 'm', '{}', 1, 1, 0, 1,
                'stop', 1, 'v1', '2026-11-01T09:00:00Z'),
               (3, 2, 0, 'user', 'What is kinetic energy?', 'p', 'm', '{}', 1, 1, 0, 1, 'stop', 1, 'v1',
                '2026-11-01T09:00:00Z'))",
};

bool writeFormatTwo(const QString &path)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"format-two"_s);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const char *sql : formatTwoTables)
            ok = ok && q.exec(QString::fromUtf8(sql));
        for (const char *sql : formatTwoRows)
            ok = ok && q.exec(QString::fromUtf8(sql));
        if (!ok)
            qWarning("%s", qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"format-two"_s);
    return ok;
}

// The conversations whose turns match an FTS5 query, as the dataset view searches them.
QList<qint64> search(const QSqlDatabase &db, const QString &match)
{
    // New turns reach the index when it is next used, as a search does.
    QString error;
    if (!Store::DatasetQuery(db).indexPendingTurns(&error))
        return {-2};
    QSqlQuery q(db);
    q.prepare(u"SELECT DISTINCT t.conversation_id FROM turns_fts JOIN turns t ON t.id = turns_fts.rowid "
              "WHERE turns_fts MATCH ? ORDER BY t.conversation_id"_s);
    q.addBindValue(match);
    QList<qint64> ids;
    if (!q.exec()) {
        qWarning("search failed: %s", qPrintable(q.lastError().text()));
        return {-1};
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return u"<error: %1>"_s.arg(q.lastError().text());
    return q.value(0);
}

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

class SchemaTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void open_formatTwo_upgradesKeepingEverything()
    {
        const QString path = m_dir->filePath(u"two.dialogsmith"_s);
        QVERIFY(writeFormatTwo(path));
        QString error;
        auto project = ProjectFile::open(path, &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(project->storedFormatVersion(), ProjectFile::formatVersion);
        const QSqlDatabase db = project->database();
        QCOMPARE(scalar(db, u"SELECT value FROM meta WHERE key = 'format_version'"_s).toString(),
                 QString::number(ProjectFile::formatVersion));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM turns"_s).toInt(), 3);
        QCOMPARE(scalar(db, u"SELECT review || rating FROM conversations WHERE id = 1"_s).toString(), u"approved4"_s);
        // The new columns exist and are empty.
        QCOMPARE(
            scalar(db, u"SELECT count(*) FROM conversations WHERE parent_id IS NULL AND judge_score IS NULL"_s).toInt(),
            2);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM turn_edits"_s).toInt(), 0);
        QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QVERIFY(exec(db, u"INSERT INTO turns_fts (turns_fts) VALUES ('integrity-check')"_s));
        // Format 4: the chunk tables exist, empty until the documents are chunked.
        QCOMPARE(scalar(db, u"SELECT count(*) FROM chunks"_s).toInt(), 0);
        QVERIFY(exec(db, u"INSERT INTO chunks_fts (chunks_fts) VALUES ('integrity-check')"_s));

        project.reset();
        project = ProjectFile::open(path, &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(project->storedFormatVersion(), ProjectFile::formatVersion);
    }

    void open_formatTwo_indexesExistingTurnsForSearch()
    {
        const QString path = m_dir->filePath(u"search.dialogsmith"_s);
        QVERIFY(writeFormatTwo(path));
        QString error;
        auto project = ProjectFile::open(path, &error);
        QVERIFY2(project, qPrintable(error));
        const QSqlDatabase db = project->database();
        QCOMPARE(search(db, u"photosynthesis"_s), QList<qint64> {1});
        QCOMPARE(search(db, u"chlorophyll sugar"_s), QList<qint64> {1});
        QCOMPARE(search(db, u"energy"_s), (QList<qint64> {1, 2}));
        QCOMPARE(search(db, u"gravity"_s), QList<qint64> {});
    }

    void open_formatTwoReadOnly_refusesAndLeavesItAlone()
    {
        const QString path = m_dir->filePath(u"shared.dialogsmith"_s);
        QVERIFY(writeFormatTwo(path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        if (QFileInfo(path).isWritable())
            QSKIP("running as root: every file is writable");
        QString error;
        QVERIFY(!ProjectFile::open(path, &error));
        QVERIFY2(error.contains(u"older Dialogsmith"_s), qPrintable(error));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        auto project = ProjectFile::open(path, &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(search(project->database(), u"kinetic"_s), QList<qint64> {2});
    }

    void turnsFts_followsInsertUpdateAndDelete()
    {
        const QString path = m_dir->filePath(u"new.dialogsmith"_s);
        QString error;
        QVERIFY2(ProjectFile::create(path, &error), qPrintable(error));
        auto project = ProjectFile::open(path, &error);
        QVERIFY2(project, qPrintable(error));
        const QSqlDatabase db = project->database();
        RunStore store(db);
        const auto run = store.createRun(1, 1, "{}", &error);
        QVERIFY2(run, qPrintable(error));
        QVERIFY(store.storeTemplate(u"v1"_s, u"starter"_s, u"Ask."_s, &error));
        NewConversation c;
        c.runId = *run;
        c.turnsPlanned = 1;
        c.topicPath = u"Astronomy"_s;
        c.draw = R"({"index":0})";
        const auto conversation = store.insertConversation(c, &error);
        QVERIFY2(conversation, qPrintable(error));
        NewTurn t;
        t.conversationId = *conversation;
        t.content = u"Why do comets have tails?"_s;
        t.profile = u"p"_s;
        t.model = u"m"_s;
        t.params = "{}";
        t.finishReason = u"stop"_s;
        t.templateVersion = u"v1"_s;
        QVERIFY2(store.insertTurn(t, &error), qPrintable(error));
        QCOMPARE(search(db, u"comets"_s), QList<qint64> {*conversation});

        QVERIFY(exec(db, u"UPDATE turns SET content = 'Why do planets orbit?'"_s));
        QCOMPARE(search(db, u"comets"_s), QList<qint64> {});
        QCOMPARE(search(db, u"planets"_s), QList<qint64> {*conversation});
        // A change of another column leaves the index as it is.
        QVERIFY(exec(db, u"UPDATE turns SET review = 'approved'"_s));
        QCOMPARE(search(db, u"planets"_s), QList<qint64> {*conversation});

        QVERIFY(exec(db, u"DELETE FROM turns"_s));
        QCOMPARE(search(db, u"planets"_s), QList<qint64> {});
        QVERIFY(exec(db, u"INSERT INTO turns_fts (turns_fts) VALUES ('integrity-check')"_s));
    }

    void conversations_branchReferencesItsParent()
    {
        const QString path = m_dir->filePath(u"branch.dialogsmith"_s);
        QVERIFY(writeFormatTwo(path));
        QString error;
        auto project = ProjectFile::open(path, &error);
        QVERIFY2(project, qPrintable(error));
        const QSqlDatabase db = project->database();
        // Foreign keys are on: a branch of a conversation that does not exist is refused.
        QVERIFY(!QSqlQuery(db).exec(u"UPDATE conversations SET parent_id = 99 WHERE id = 2"_s));
        QVERIFY(exec(db, u"UPDATE conversations SET parent_id = 1, judge_score = 0.75 WHERE id = 2"_s));
        QCOMPARE(scalar(db, u"SELECT judge_score FROM conversations WHERE parent_id = 1"_s).toDouble(), 0.75);
    }
};

QTEST_GUILESS_MAIN(SchemaTest)
#include "schema_test.moc"

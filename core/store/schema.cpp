// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Dialogsmith::Store::Schema {

namespace {

// Format 2: the design, documents, and what runs generate. Times are ISO 8601 UTC text. A conversation's
// `state` is where generation is (running, complete, failed); `review` is where curation is (generated,
// edited, approved, rejected). One row of `turns` is one message; `seq` orders them from 0 and is unique
// within a conversation, so a resumed run can never write a message twice. An assistant turn keeps the
// system prompt it was answered under when it differs from the one before it in the conversation.
const char *const formatTwo[] = {
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

// Format 3: curation. A branch is a conversation made from another one's first turns (`parent_id`); a
// judge model's score comes later (`judge_score`, NULL until then). Every change a person makes to a turn's
// text is logged in `turn_edits` (the log outlives the turn: it has no foreign key). `turns_fts` is an
// external-content FTS5 index over the turns' text, kept in step with `turns` by triggers, for the dataset
// view's full-text search: `SELECT rowid FROM turns_fts WHERE turns_fts MATCH ?` gives turn ids.
const char *const formatThree[] = {
    R"(ALTER TABLE conversations ADD COLUMN parent_id INTEGER REFERENCES conversations(id))",
    R"(ALTER TABLE conversations ADD COLUMN judge_score REAL)",
    R"(CREATE INDEX conversations_by_parent ON conversations (parent_id) WHERE parent_id IS NOT NULL)",
    R"(CREATE TABLE turn_edits (
        id INTEGER PRIMARY KEY,
        turn_id INTEGER NOT NULL,
        conversation_id INTEGER NOT NULL,
        before TEXT NOT NULL,
        after TEXT NOT NULL,
        at TEXT NOT NULL))",
    R"(CREATE INDEX turn_edits_by_turn ON turn_edits (turn_id))",
    R"(CREATE VIRTUAL TABLE turns_fts USING fts5(content, content='turns', content_rowid='id'))",
    R"(CREATE TRIGGER turns_fts_insert AFTER INSERT ON turns BEGIN
        INSERT INTO turns_fts (rowid, content) VALUES (new.id, new.content);
    END)",
    R"(CREATE TRIGGER turns_fts_delete AFTER DELETE ON turns BEGIN
        INSERT INTO turns_fts (turns_fts, rowid, content) VALUES ('delete', old.id, old.content);
    END)",
    R"(CREATE TRIGGER turns_fts_update AFTER UPDATE OF id, content ON turns BEGIN
        INSERT INTO turns_fts (turns_fts, rowid, content) VALUES ('delete', old.id, old.content);
        INSERT INTO turns_fts (rowid, content) VALUES (new.id, new.content);
    END)",
    // Indexes the turns a format-2 file already has; a no-op on a new file.
    R"(INSERT INTO turns_fts (turns_fts) VALUES ('rebuild'))",
};

// Format 4: grounding. `chunks` holds every document's chunks as the chunker cut them, with the settings
// and text hash they were cut from in `chunked_documents` (a document whose text or the project's chunk
// settings changed is cut again, and the chunks of a removed document are dropped, by ChunkStore::update —
// no foreign keys, so saving the design never waits on them). `chunks_fts` indexes the chunks' text
// (external content, kept in step by triggers, diacritics folded) for search and BM25 retrieval;
// `chunk_terms` counts the chunks each term occurs in, so retrieval can pick a text's rarest terms fast.
//
// Format 4 also takes the turns' full-text index off the engine's path: tokenising every message as it is
// written cost the engine thread a fifth of its time. A new turn is only queued (`turns_fts_pending`) and
// indexed the next time the index is used (DatasetQuery::indexPendingTurns, before a search). A turn changed
// or removed before it was indexed just leaves the queue; one already indexed leaves the index.
const char *const formatFour[] = {
    R"(CREATE TABLE turns_fts_pending (turn_id INTEGER PRIMARY KEY))",
    R"(DROP TRIGGER turns_fts_insert)",
    R"(DROP TRIGGER turns_fts_delete)",
    R"(DROP TRIGGER turns_fts_update)",
    R"(CREATE TRIGGER turns_fts_insert AFTER INSERT ON turns BEGIN
        INSERT OR IGNORE INTO turns_fts_pending (turn_id) VALUES (new.id);
    END)",
    R"(CREATE TRIGGER turns_fts_delete AFTER DELETE ON turns BEGIN
        INSERT INTO turns_fts (turns_fts, rowid, content) SELECT 'delete', old.id, old.content
            WHERE NOT EXISTS (SELECT 1 FROM turns_fts_pending WHERE turn_id = old.id);
        DELETE FROM turns_fts_pending WHERE turn_id = old.id;
    END)",
    R"(CREATE TRIGGER turns_fts_update AFTER UPDATE OF id, content ON turns BEGIN
        INSERT INTO turns_fts (turns_fts, rowid, content) SELECT 'delete', old.id, old.content
            WHERE NOT EXISTS (SELECT 1 FROM turns_fts_pending WHERE turn_id = old.id);
        DELETE FROM turns_fts_pending WHERE turn_id = old.id;
        INSERT OR IGNORE INTO turns_fts_pending (turn_id) VALUES (new.id);
    END)",
    R"(CREATE TABLE chunks (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL,
        chunk_index INTEGER NOT NULL,
        start INTEGER NOT NULL,
        length INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (document_id, chunk_index)))",
    R"(CREATE TABLE chunked_documents (
        document_id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        overlap INTEGER NOT NULL))",
    R"(CREATE TABLE chunk_terms (term TEXT PRIMARY KEY, chunks INTEGER NOT NULL) WITHOUT ROWID)",
    R"(CREATE VIRTUAL TABLE chunks_fts USING fts5(text, content='chunks', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'))",
    R"(CREATE TRIGGER chunks_fts_insert AFTER INSERT ON chunks BEGIN
        INSERT INTO chunks_fts (rowid, text) VALUES (new.id, new.text);
    END)",
    R"(CREATE TRIGGER chunks_fts_delete AFTER DELETE ON chunks BEGIN
        INSERT INTO chunks_fts (chunks_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END)",
};

// Format 5: every kind of training data, judged and de-duplicated.
//
// A run either generates (`runs.kind` generate) or judges samples already there (judge): a judge run writes
// only judgments, and only generating runs are resumed. A conversation row is one sample of any mode (`mode`:
// conversation, instruction, evol, knowledge-qa, preference, embedding); its turns are the sample's messages, and
// `details` is a JSON object with what the mode adds (an evolution's parent and direction, a knowledge-qa faithfulness
// verdict, ...). Texts that go with a turn without being one of its messages are `alternatives` of it: the rejected
// responses of a preference pair (ranked, with the judge's reason) and the negatives of an embedding triplet (chunks,
// with the document and chunk they came from). `judgments` keeps every verdict a judge model gave on a conversation
// (`turn_id` NULL) or a turn, with its rubric, score and reason; a conversation's latest quality score is also in
// `conversations.judge_score` (on the scale of `judge_rubric`) for fast filtering. `signatures` holds each
// conversation's duplicate-detection signature (exact fingerprint and MinHash, made from its text as `text_hash` says)
// and, when it repeats an earlier conversation, which one
// (`duplicate_of`) and how (`duplicate_kind` exact or near, `similarity`).
const char *const formatFive[] = {
    R"(ALTER TABLE conversations ADD COLUMN mode TEXT NOT NULL DEFAULT 'conversation')",
    R"(ALTER TABLE runs ADD COLUMN kind TEXT NOT NULL DEFAULT 'generate')",
    R"(ALTER TABLE conversations ADD COLUMN details TEXT NOT NULL DEFAULT '{}')",
    R"(ALTER TABLE conversations ADD COLUMN judge_rubric TEXT)",
    R"(CREATE INDEX conversations_by_mode ON conversations (mode))",
    R"(CREATE TABLE alternatives (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        rank INTEGER NOT NULL,
        content TEXT NOT NULL,
        profile TEXT NOT NULL DEFAULT '',
        model TEXT NOT NULL DEFAULT '',
        params TEXT NOT NULL DEFAULT '{}',
        input_tokens INTEGER NOT NULL DEFAULT 0,
        output_tokens INTEGER NOT NULL DEFAULT 0,
        cost_usd REAL NOT NULL DEFAULT 0,
        latency_ms INTEGER NOT NULL DEFAULT 0,
        finish_reason TEXT NOT NULL DEFAULT '',
        document_id INTEGER,
        chunk_index INTEGER,
        reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        UNIQUE (conversation_id, seq, kind, rank)))",
    R"(CREATE TABLE judgments (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        turn_id INTEGER REFERENCES turns(id) ON DELETE CASCADE,
        purpose TEXT NOT NULL,
        rubric TEXT NOT NULL,
        score REAL,
        scale_min REAL,
        scale_max REAL,
        verdict TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        profile TEXT NOT NULL,
        model TEXT NOT NULL,
        created_at TEXT NOT NULL))",
    R"(CREATE INDEX judgments_by_conversation ON judgments (conversation_id))",
    R"(CREATE TABLE signatures (
        conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
        text_hash TEXT NOT NULL,
        fingerprint BLOB NOT NULL,
        minhash BLOB NOT NULL,
        duplicate_of INTEGER,
        duplicate_kind TEXT,
        similarity REAL))",
    R"(CREATE INDEX signatures_by_original ON signatures (duplicate_of) WHERE duplicate_of IS NOT NULL)",
    // The quality filters' verdicts (Quality::FilterChecker): one row per sample and rule that catches it
    // (refusal, truncated, wrong-language, too-short, too-long) with what it found, whether or not the rule
    // is switched on, so the dataset view counts and filters in SQL. `filter_checks` holds what a sample's
    // text gave (lengths, languages reliably detected as " de en ") and the stamp of the text it was checked
    // on (updated_at, turn count, last turn id), so only samples written or changed since are read again;
    // `filter_state` the settings the settings-dependent hits were worked out with.
    R"(CREATE TABLE filter_checks (
        conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
        stamp TEXT NOT NULL,
        shortest INTEGER NOT NULL,
        longest INTEGER NOT NULL,
        languages TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE filter_hits (
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        rule TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (conversation_id, rule)) WITHOUT ROWID)",
    R"(CREATE INDEX filter_hits_by_rule ON filter_hits (rule, conversation_id))",
    R"(CREATE TABLE filter_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID)",
    // What the deduplicator (core/quality/deduplicator.h) must look at again without reading every text: a
    // signed conversation whose messages changed (inserted, edited, deleted, moved) or whose state changed
    // is queued in `signatures_pending`; a conversation without a signature is found by its absence. The
    // queue is only written for conversations that have a signature, so the engine's inserts cost one
    // primary-key lookup. `signature_state` says how the stored verdicts were made ('threshold', 'layout'; no
    // threshold: they are stale).
    R"(CREATE TABLE signatures_pending (conversation_id INTEGER PRIMARY KEY))",
    R"(CREATE TABLE signature_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID)",
    R"(CREATE TRIGGER signatures_turn_insert AFTER INSERT ON turns
        WHEN EXISTS (SELECT 1 FROM signatures WHERE conversation_id = new.conversation_id) BEGIN
        INSERT OR IGNORE INTO signatures_pending (conversation_id) VALUES (new.conversation_id);
    END)",
    R"(CREATE TRIGGER signatures_turn_update AFTER UPDATE OF content, seq, conversation_id ON turns BEGIN
        INSERT OR IGNORE INTO signatures_pending (conversation_id)
            SELECT conversation_id FROM signatures WHERE conversation_id IN (old.conversation_id, new.conversation_id);
    END)",
    R"(CREATE TRIGGER signatures_turn_delete AFTER DELETE ON turns
        WHEN EXISTS (SELECT 1 FROM signatures WHERE conversation_id = old.conversation_id) BEGIN
        INSERT OR IGNORE INTO signatures_pending (conversation_id) VALUES (old.conversation_id);
    END)",
    R"(CREATE TRIGGER signatures_conversation_state AFTER UPDATE OF state ON conversations
        WHEN old.state <> new.state AND EXISTS (SELECT 1 FROM signatures WHERE conversation_id = new.id) BEGIN
        INSERT OR IGNORE INTO signatures_pending (conversation_id) VALUES (new.id);
    END)",
    // A signature gone (its conversation deleted) sets free the samples that pointed at it: every verdict
    // is made again.
    R"(CREATE TRIGGER signatures_delete AFTER DELETE ON signatures BEGIN
        DELETE FROM signature_state WHERE key = 'threshold';
    END)",
};

bool run(QSqlDatabase &db, const char *const *begin, const char *const *end, QString *error)
{
    QSqlQuery q(db);
    for (auto it = begin; it != end; ++it) {
        if (!q.exec(QString::fromUtf8(*it))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

bool create(QSqlDatabase &db, QString *error)
{
    return run(db, std::begin(formatTwo), std::end(formatTwo), error)
        && run(db, std::begin(formatThree), std::end(formatThree), error)
        && run(db, std::begin(formatFour), std::end(formatFour), error)
        && run(db, std::begin(formatFive), std::end(formatFive), error);
}

bool upgrade(QSqlDatabase &db, int from, QString *error)
{
    // Format 1 (the first studio builds) held only the metadata.
    if (from < 2 && !run(db, std::begin(formatTwo), std::end(formatTwo), error))
        return false;
    if (from < 3 && !run(db, std::begin(formatThree), std::end(formatThree), error))
        return false;
    // Chunks are made on demand (ChunkStore::update), so an older file simply has none yet.
    if (from < 4 && !run(db, std::begin(formatFour), std::end(formatFour), error))
        return false;
    if (from < 5 && !run(db, std::begin(formatFive), std::end(formatFive), error))
        return false;
    return true;
}

} // namespace Dialogsmith::Store::Schema

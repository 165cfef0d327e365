// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the engine's tests share: projects made from a design, a read-only view of the project file, and the
// engine driven as its owner drives it, with what it reported.

#include "design/projectspec.h"
#include "engine/generationengine.h"
#include "llm/providerprofile.h"
#include "project/projectfile.h"
#include "store/designstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <functional>
#include <memory>

namespace Dialogsmith::EngineTest {

using namespace Qt::StringLiterals;
using Dialogsmith::Engine::ConversationInfo;
using Dialogsmith::Engine::GenerationEngine;
using Dialogsmith::Engine::RunOptions;
using Dialogsmith::Engine::RunProgress;
using Dialogsmith::Engine::RunSummary;
using Dialogsmith::Engine::TurnInfo;
using Dialogsmith::Store::ConversationState;

inline Llm::ProviderProfile profile(const QString &name, const QUrl &url, const QString &model)
{
    Llm::ProviderProfile p;
    p.name = name;
    p.model = model;
    p.endpoints = {{url.toString() + u"/v1"_s, {}}};
    // A failure is final at once: the tests that need failures do not wait for backoff.
    p.limits.maxAttempts = 1;
    p.limits.firstByteTimeoutMs = 20000;
    p.limits.idleTimeoutMs = 20000;
    return p;
}

inline bool createProject(const QString &path, const Design::ProjectDesign &design, QString *error)
{
    const QStringList problems = Design::ProjectSpec::check(design);
    if (!problems.isEmpty()) {
        *error = problems.join(u'\n');
        return false;
    }
    auto project = ProjectFile::create(path, error);
    return project && Store::DesignStore(project->database()).save(design, error);
}

inline bool saveDesign(const QString &path, const Design::ProjectDesign &design, QString *error)
{
    auto project = ProjectFile::open(path, error);
    return project && Store::DesignStore(project->database()).save(design, error);
}

// A connection of the test's own to the project, read-only, as a second process would have.
class Reader final
{
public:
    explicit Reader(const QString &path)
        : m_name(u"reader-%1"_s.arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open())
            qWarning("cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
    }
    ~Reader() { QSqlDatabase::removeDatabase(m_name); }
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    QList<QVariantList> rows(const QString &sql, const QVariantList &bind = {}) const
    {
        QList<QVariantList> result;
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return result;
        }
        for (const QVariant &value : bind)
            q.addBindValue(value);
        if (!q.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return result;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i));
            result.append(row);
        }
        return result;
    }

    QVariant value(const QString &sql, const QVariantList &bind = {}) const
    {
        const QList<QVariantList> r = rows(sql, bind);
        return r.isEmpty() || r.first().isEmpty() ? QVariant() : r.first().first();
    }

    int count(const QString &sql, const QVariantList &bind = {}) const { return value(sql, bind).toInt(); }

private:
    static inline int s_count = 0;
    QString m_name;
};

// The engine, on the test's thread or on one of its own as the studio and the CLI run it, and what it
// reported. The engine is driven the way its owner would: direct calls on the same thread, queued ones
// across threads.
class Session final : public QObject
{
public:
    Session(const QString &projectPath, bool ownThread)
        : m_path(projectPath)
        , m_reader(projectPath)
    {
        engine = new GenerationEngine();
        if (ownThread) {
            m_thread = std::make_unique<QThread>();
            m_thread->setObjectName(u"engine"_s);
            engine->moveToThread(m_thread.get());
            connect(m_thread.get(), &QThread::finished, engine, &QObject::deleteLater);
            m_thread->start();
        }
        connect(engine, &GenerationEngine::runStarted, this,
                [this](const RunProgress &, bool resumed) { startedResumed.append(resumed); });
        connect(engine, &GenerationEngine::conversationStarted, this,
                [this](const ConversationInfo &info) { conversations.append(info); });
        connect(engine, &GenerationEngine::turnCompleted, this, [this](const TurnInfo &turn) {
            if (!summaries.isEmpty())
                problems.append(u"turnCompleted after runFinished (conversation %1, seq %2)"_s.arg(turn.conversationId)
                                    .arg(turn.seq));
            // Reported means stored: the row is there, with the text reported, for anyone who reads the file.
            const QList<QVariantList> row = m_reader.rows(u"SELECT role, content FROM turns WHERE conversation_id = ? "
                                                          "AND seq = ?"_s,
                                                          {turn.conversationId, turn.seq});
            const QString role = turn.role == Llm::Role::User ? u"user"_s : u"assistant"_s;
            if (row.size() != 1 || row.first().at(0).toString() != role || row.first().at(1).toString() != turn.content)
                problems.append(
                    u"turn %1/%2 was reported before it was stored"_s.arg(turn.conversationId).arg(turn.seq));
            turns.append(turn);
            if (onTurn)
                onTurn(turn);
        });
        connect(engine, &GenerationEngine::conversationFinished, this,
                [this](qint64 id, int planIndex, ConversationState state, const QString &reason) {
                    if (!summaries.isEmpty())
                        problems.append(u"conversationFinished after runFinished (conversation %1)"_s.arg(id));
                    finished.append({id, planIndex, state, reason});
                });
        connect(engine, &GenerationEngine::progressed, this, [this](const RunProgress &p) { progress.append(p); });
        connect(engine, &GenerationEngine::runFinished, this,
                [this](const RunSummary &summary) { summaries.append(summary); });
    }

    ~Session() override
    {
        if (m_thread) {
            m_thread->quit();
            m_thread->wait();
        } else {
            delete engine;
        }
    }

    void start(const RunOptions &options = {})
    {
        summaries.clear();
        call([this, options] { engine->start(m_path, options); });
    }
    void judge(const Engine::JudgeOptions &options = {})
    {
        summaries.clear();
        call([this, options] { engine->judge(m_path, options); });
    }
    void pause()
    {
        call([this] { engine->pause(); });
    }
    void resume()
    {
        call([this] { engine->resume(); });
    }
    void cancel()
    {
        call([this] { engine->cancel(); });
    }

    RunSummary summary() const { return summaries.value(0); }

    struct Finished {
        qint64 id;
        int planIndex;
        ConversationState state;
        QString reason;
    };

    GenerationEngine *engine = nullptr;
    QList<bool> startedResumed;
    QList<ConversationInfo> conversations;
    QList<TurnInfo> turns;
    QList<Finished> finished;
    QList<RunProgress> progress;
    QList<RunSummary> summaries;
    QStringList problems; ///< what the checks inside the slots found wrong
    std::function<void(const TurnInfo &)> onTurn;

private:
    void call(std::function<void()> f)
    {
        if (m_thread)
            QMetaObject::invokeMethod(engine, std::move(f), Qt::QueuedConnection);
        else
            f();
    }

    QString m_path;
    Reader m_reader;
    std::unique_ptr<QThread> m_thread;
};

} // namespace Dialogsmith::EngineTest

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "project/projectfile.h"
#include "project/projectsession.h"
#include "store/runstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace Dialogsmith::Test {

/// A project with generated conversations, written as the engine writes them (RunStore), for the dataset
/// view and export tests. Conversation i (from 0) has:
/// - topic topics()[i % 5], user persona users()[i % 4], assistant "Dr. Okafor" or (every third) "Ms. Ünal";
/// - 2 + 2 * (i % 3) turns, each of 7 output tokens; the first mentions "zebra" when i % 25 == 3;
/// - state failed when i % 50 == 49, running when i % 50 == 48, else complete.
class DatasetFixture
{
public:
    static QStringList topics()
    {
        return {QStringLiteral("Mechanics › Energy"), QStringLiteral("Mechanics › Momentum"), QStringLiteral("Weather"),
                QStringLiteral("Biologie › Ökologie"), QStringLiteral("Cooking › Bread")};
    }
    static QStringList users()
    {
        return {QStringLiteral("Mia"), QStringLiteral("Ben"), QStringLiteral("Émile"), QStringLiteral("Zoë")};
    }
    static int turnsOf(int i) { return 2 + 2 * (i % 3); }
    static bool mentionsZebra(int i) { return i % 25 == 3; }

    QTemporaryDir dir;
    QString path;
    qint64 runId = 0;
    QList<qint64> ids; ///< in the order written

    /// Creates the project with `count` conversations.
    bool create(int count)
    {
        path = dir.filePath(QStringLiteral("dataset.dialogsmith"));
        QString error;
        auto file = ProjectFile::create(path, &error);
        if (!file) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        Store::RunStore store(file->database());
        const auto run = store.createRun(count, 7, R"({"design":{}})", &error);
        if (!run || !store.storeTemplate(QStringLiteral("v"), QStringLiteral("starter"), QStringLiteral("x"), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        runId = *run;
        return add(store, count);
    }

    /// Adds `count` more conversations through `store` (another connection, as the engine has).
    bool add(Store::RunStore &store, int count)
    {
        QString error;
        if (!store.begin(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        const int first = int(ids.size());
        for (int i = first; i < first + count; ++i) {
            Store::NewConversation c;
            c.runId = runId;
            c.planIndex = i;
            c.turnsPlanned = turnsOf(i);
            c.topicPath = topics()[i % 5];
            c.userPersona = users()[i % 4];
            c.assistantPersona = i % 3 == 0 ? QStringLiteral("Ms. Ünal") : QStringLiteral("Dr. Okafor");
            c.scenario = QStringLiteral("homework");
            c.draw = QStringLiteral(R"({"index":%1,"topic":"%2"})").arg(i).arg(c.topicPath).toUtf8();
            const auto id = store.insertConversation(c, &error);
            if (!id) {
                qWarning("%s", qPrintable(error));
                return false;
            }
            for (int seq = 0; seq < turnsOf(i); ++seq) {
                Store::NewTurn t;
                t.conversationId = *id;
                t.seq = seq;
                t.role = seq % 2 == 0 ? Llm::Role::User : Llm::Role::Assistant;
                t.content = seq == 0 && mentionsZebra(i)
                    ? QStringLiteral("Conversation %1: why does a zebra have stripes?").arg(i)
                    : QStringLiteral("Conversation %1, message %2, about %3.").arg(i).arg(seq).arg(c.topicPath);
                t.profile = QStringLiteral("local");
                t.model = QStringLiteral("local-model");
                t.params = "{}";
                t.usage.inputTokens = 100;
                t.usage.outputTokens = 7;
                t.finishReason = QStringLiteral("stop");
                t.templateVersion = QStringLiteral("v");
                if (t.role == Llm::Role::Assistant && seq == 1)
                    t.systemPrompt = QStringLiteral("You are a patient tutor.");
                if (!store.insertTurn(t, &error)) {
                    qWarning("%s", qPrintable(error));
                    return false;
                }
            }
            const Store::ConversationState state = i % 50 == 49 ? Store::ConversationState::Failed
                : i % 50 == 48                                  ? Store::ConversationState::Running
                                                                : Store::ConversationState::Complete;
            if (state != Store::ConversationState::Running
                && !store.finishConversation(*id, state,
                                             state == Store::ConversationState::Failed
                                                 ? QStringLiteral("The provider answered 500.")
                                                 : QString(),
                                             false, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
            ids.append(*id);
        }
        if (!store.commit(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    std::unique_ptr<ProjectSession> open()
    {
        QString error;
        auto file = ProjectFile::open(path, &error);
        if (!file) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        auto session = ProjectSession::open(std::move(file), &error);
        if (!session)
            qWarning("%s", qPrintable(error));
        return session;
    }

    static bool exec(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        qWarning("%s", qPrintable(sql));
        return false;
    }
};

} // namespace Dialogsmith::Test

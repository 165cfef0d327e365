// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "project/projectfile.h"
#include "store/runstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Dialogsmith::Test {

/// A project file of its own for a store test, with rows written through RunStore as the engine writes them.
/// A test class derives from it next to QObject, calls openNewProject() in init() and closeProject() in
/// cleanup() after it dropped its stores.
class StoreFixture
{
protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectFile> m_project;

    QSqlDatabase db() const { return m_project->database(); }

    /// Creates `fileName` in a new temporary folder and opens it again, as the engine opens a project.
    void openNewProject(const QString &fileName)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        const QString path = m_dir->filePath(fileName);
        QVERIFY2(ProjectFile::create(path, &error), qPrintable(error));
        m_project = ProjectFile::open(path, &error);
        QVERIFY2(m_project, qPrintable(error));
    }

    void closeProject()
    {
        m_project.reset();
        m_dir.reset();
    }

public:
    /// The first column of the first row `sql` selects, as a number; -1 when it fails.
    static int count(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    /// Message `seq` of a conversation as a local model wrote it: the user's on even places, the assistant's
    /// on odd ones, from the template version "v-user".
    static Store::NewTurn newTurn(qint64 conversationId, int seq, const QString &content)
    {
        using namespace Qt::StringLiterals;
        Store::NewTurn t;
        t.conversationId = conversationId;
        t.seq = seq;
        t.role = seq % 2 == 0 ? Llm::Role::User : Llm::Role::Assistant;
        t.content = content;
        t.profile = u"local"_s;
        t.model = u"local-model"_s;
        t.params = R"({"max_tokens":300})";
        t.finishReason = u"stop"_s;
        t.templateVersion = u"v-user"_s;
        return t;
    }
};

} // namespace Dialogsmith::Test

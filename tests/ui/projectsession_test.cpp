// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "project/projectsession.h"

#include "project/projectfile.h"
#include "ui/editors/readonlyproject.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Dialogsmith;
using Part = ProjectSession::Part;

class ProjectSessionTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<ProjectSession> openSession(const QString &name, bool create)
    {
        QString error;
        const QString path = m_dir.filePath(name);
        std::unique_ptr<ProjectFile> file
            = create ? ProjectFile::create(path, &error) : ProjectFile::open(path, &error);
        if (!file) {
            qWarning() << error;
            return nullptr;
        }
        std::unique_ptr<ProjectSession> session = ProjectSession::open(std::move(file), &error);
        if (!session)
            qWarning() << error;
        return session;
    }

private Q_SLOTS:
    void editsAreUndoableStepsThatNameWhatChanged()
    {
        auto session = openSession(QStringLiteral("edits.dialogsmith"), true);
        QVERIFY(session);
        QVERIFY(!session->isModified());
        QSignalSpy changed(session.get(), &ProjectSession::designChanged);
        QSignalSpy modified(session.get(), &ProjectSession::modifiedChanged);

        session->edit(QStringLiteral("Add Topic"), Part::Topics,
                      [](Design::ProjectDesign &d) { d.topics.append({QStringLiteral("Calculus"), {}, 1.0, {}}); });
        QCOMPARE(session->design().topics.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.last().first().value<ProjectSession::Parts>(), ProjectSession::Parts(Part::Topics));
        QVERIFY(session->isModified());
        QCOMPARE(modified.last().first().toBool(), true);
        QCOMPARE(session->undoStack()->undoText(), QStringLiteral("Add Topic"));

        session->undoStack()->undo();
        QVERIFY(session->design().topics.isEmpty());
        QVERIFY(!session->isModified());
        QCOMPARE(changed.size(), 2);
        session->undoStack()->redo();
        QCOMPARE(session->design().topics.constFirst().name, QStringLiteral("Calculus"));

        // A change that changes nothing is not a step.
        session->edit(QStringLiteral("Nothing"), Part::Topics, [](Design::ProjectDesign &) { });
        QCOMPARE(session->undoStack()->count(), 1);
    }

    void typingInOneFieldIsOneStep()
    {
        auto session = openSession(QStringLiteral("typing.dialogsmith"), true);
        QVERIFY(session);
        const int key = ProjectSession::mergeKey(Part::Overview, 1);
        for (const QString &text : {QStringLiteral("T"), QStringLiteral("Tu"), QStringLiteral("Tut")}) {
            session->edit(
                QStringLiteral("Edit Name"), Part::Overview, [&](Design::ProjectDesign &d) { d.name = text; }, key);
        }
        QCOMPARE(session->undoStack()->count(), 1);
        QCOMPARE(session->design().name, QStringLiteral("Tut"));
        session->edit(
            QStringLiteral("Edit Description"), Part::Overview,
            [](Design::ProjectDesign &d) { d.description = QStringLiteral("x"); },
            ProjectSession::mergeKey(Part::Overview, 2));
        QCOMPARE(session->undoStack()->count(), 2);
        session->undoStack()->undo();
        session->undoStack()->undo();
        QVERIFY(session->design().name.isEmpty());
    }

    void aHalfFinishedDesignIsSavedAndOpensAgainWithItsProblems()
    {
        {
            auto session = openSession(QStringLiteral("half.dialogsmith"), true);
            QVERIFY(session);
            session->edit(QStringLiteral("Edit Template"), Part::Templates, [](Design::ProjectDesign &d) {
                d.templates.starter = QStringLiteral("Ask about {{no_such_variable}}.");
            });
            QVERIFY(!session->problems().isEmpty());
            QSignalSpy saved(session.get(), &ProjectSession::saved);
            QString error;
            QVERIFY2(session->save(&error), qPrintable(error));
            QCOMPARE(saved.size(), 1);
            QVERIFY(!session->isModified());
        }
        auto reopened = openSession(QStringLiteral("half.dialogsmith"), false);
        QVERIFY(reopened);
        QCOMPARE(reopened->design().templates.starter, QStringLiteral("Ask about {{no_such_variable}}."));
        const QString problems = reopened->problems().join(u'\n');
        QVERIFY2(problems.contains(QStringLiteral("no_such_variable")), qPrintable(problems));
    }

    void aReadOnlyProjectTakesNoEdit()
    {
        auto writable = openSession(QStringLiteral("locked.dialogsmith"), true);
        QVERIFY(writable);
        QVERIFY(!writable->isReadOnly());
        QVERIFY(writable->readOnlyReason().isEmpty());
        writable->edit(QStringLiteral("Add Topic"), Part::Topics,
                       [](Design::ProjectDesign &d) { d.topics.append({QStringLiteral("Optics"), {}, 1.0, {}}); });
        QString error;
        QVERIFY2(writable->save(&error), qPrintable(error));
        const QString path = writable->file().path();
        writable.reset();

        QString why;
        QVERIFY2(Test::makeFileReadOnly(path, &why), qPrintable(why));
        auto session = openSession(QStringLiteral("locked.dialogsmith"), false);
        QVERIFY(session);
        QVERIFY(session->isReadOnly());
        QVERIFY2(session->readOnlyReason().contains(QStringLiteral("locked.dialogsmith")),
                 qPrintable(session->readOnlyReason()));
        QSignalSpy changed(session.get(), &ProjectSession::designChanged);
        session->edit(QStringLiteral("Delete Topic"), Part::Topics, [](Design::ProjectDesign &d) { d.topics.clear(); });
        QCOMPARE(session->design().topics.size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(session->undoStack()->count(), 0);
        QVERIFY(!session->isModified());
    }
};

QTEST_MAIN(ProjectSessionTest)
#include "projectsession_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/topics/topiceditor.h"

#include "editors/topics/expandtopicsdialog.h"
#include "editors/topics/topictreemodel.h"
#include "scriptedserver/scriptedresponses.h"
#include "scriptedserver/scriptedserver.h"
#include "support/studiofixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;
namespace Scripted = Dialogsmith::Test;

namespace {

Design::Topic topic(const QString &name, QList<Design::Topic> children = {}, double weight = 1.0)
{
    return {name, {}, weight, std::move(children)};
}

QList<Design::Topic> physics()
{
    return {topic(u"Mechanics"_s, {topic(u"Energy"_s), topic(u"Forces"_s), topic(u"Momentum"_s)}),
            topic(u"Optics"_s, {topic(u"Lenses"_s)}), topic(u"Waves"_s)};
}

QStringList names(const QList<Design::Topic> &topics)
{
    QStringList result;
    for (const Design::Topic &t : topics)
        result.append(t.name);
    return result;
}

Llm::ProviderProfile profileFor(const QUrl &url)
{
    Llm::ProviderProfile p = Scripted::scriptedProfile(url, u"teacher"_s, u"teacher-model"_s);
    p.limits.firstByteTimeoutMs = 20000;
    p.limits.idleTimeoutMs = 20000;
    return p;
}

Scripted::Response reply(const QString &text)
{
    return Scripted::openAiStream({text});
}

QString lastPrompt(const Scripted::Request &request)
{
    const QJsonArray messages = request.json().value(u"messages"_s).toArray();
    return messages.isEmpty() ? QString() : messages.last()[u"content"_s].toString();
}

} // namespace

class TopicEditorTest : public QObject, private Scripted::StudioFixture
{
    Q_OBJECT

private:
    std::unique_ptr<TopicEditor> m_editor;

    void openEditor(const QList<Design::Topic> &topics, const QList<Llm::ProviderProfile> &providers = {})
    {
        openProject(u"topics.dialogsmith"_s, [&](Design::ProjectDesign &d) {
            d.name = u"Physics tutor"_s;
            d.topics = topics;
            d.providers = providers;
        });
        if (QTest::currentTestFailed())
            return;
        m_editor = std::make_unique<TopicEditor>(*m_session, *m_models);
        m_editor->resize(900, 600);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    }

    QTreeView *view() const { return m_editor->view(); }
    const QList<Design::Topic> &topics() const { return m_session->design().topics; }

    void selectPath(const TopicTree::Path &path)
    {
        const QModelIndex index = m_editor->model()->indexOf(path);
        QVERIFY(index.isValid());
        view()->setFocus();
        view()->setCurrentIndex(index);
    }

    /// Types into the editor the view opened and commits with Enter.
    void typeIntoOpenEditor(const QString &text)
    {
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        line->selectAll();
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
        // The delegate commits on its next turn of the event loop.
        QTRY_COMPARE(QApplication::focusWidget(), view());
    }

    QAction *action(const QString &name) const { return m_editor->findChild<QAction *>(name); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { makeFolder(); }

    void cleanup()
    {
        m_editor.reset();
        closeProject();
    }

    void model_passesTheModelTesterThroughEdits()
    {
        openEditor(physics());
        TopicTreeModel model(*m_session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowCount(model.indexOf({0})), 3);
        QCOMPARE(model.indexOf({0, 2}).data().toString(), u"Momentum"_s);
        // Renames (same shape), additions, deletions and moves (new shape), undo and redo.
        QVERIFY(model.setData(model.indexOf({0, 1}), u"Dynamics"_s));
        QCOMPARE(topics()[0].children[1].name, u"Dynamics"_s);
        QVERIFY(model.setData(model.indexOf({1}, TopicTreeModel::WeightColumn), 3.0));
        QCOMPARE(topics()[1].weight, 3.0);
        QVERIFY(!model.setData(model.indexOf({1}, TopicTreeModel::WeightColumn), -1.0));
        QVERIFY(!model.setData(model.indexOf({1}), u"   "_s));
        m_editor->addTopic();
        m_editor->deleteTopic();
        auto *mime = model.mimeData({model.indexOf({2})});
        QVERIFY(model.dropMimeData(mime, Qt::MoveAction, 0, 0, model.indexOf({0})));
        delete mime;
        while (m_session->undoStack()->canUndo())
            m_session->undoStack()->undo();
        QCOMPARE(topics(), physics());
        while (m_session->undoStack()->canRedo())
            m_session->undoStack()->redo();
        QCOMPARE(topics()[0].children[0].name, u"Waves"_s);
    }

    void shares_multiplyWeightSharesDownThePath()
    {
        QList<Design::Topic> tree = physics();
        tree[0].weight = 2; // Mechanics 2 of 4
        tree[0].children[0].weight = 3; // Energy 3 of 5
        openEditor(tree);
        TopicTreeModel *model = m_editor->model();
        QCOMPARE(model->indexOf({0}, TopicTreeModel::ShareColumn).data(Qt::EditRole).toDouble(), 0.5);
        QCOMPARE(model->indexOf({0, 0}, TopicTreeModel::ShareColumn).data(Qt::EditRole).toDouble(), 0.5 * 0.6);
        QCOMPARE(model->indexOf({1, 0}, TopicTreeModel::ShareColumn).data(Qt::EditRole).toDouble(), 0.25);
        QVERIFY(model->indexOf({0, 0}, TopicTreeModel::ShareColumn).data().toString().startsWith(u"30"_s));

        // Changing a weight in the details changes every share below and beside it.
        selectPath({1});
        auto *weight = m_editor->findChild<QDoubleSpinBox *>(u"weightSpin"_s);
        QCOMPARE(weight->value(), 1.0);
        weight->setValue(6);
        QCOMPARE(topics()[1].weight, 6.0);
        QCOMPARE(model->indexOf({0}, TopicTreeModel::ShareColumn).data(Qt::EditRole).toDouble(), 2.0 / 9.0);
        QCOMPARE(model->indexOf({1, 0}, TopicTreeModel::ShareColumn).data(Qt::EditRole).toDouble(), 6.0 / 9.0);
        QVERIFY(m_editor->findChild<QLabel *>(u"shareLabel"_s)->text().startsWith(u"66.67"_s));
    }

    void keys_addRenameAndDeleteTopics()
    {
        openEditor({});
        QVERIFY(m_editor->findChild<QLabel *>(u"emptyHint"_s)->isVisible());
        saveScreenshot(m_editor.get(), u"topic-editor-empty"_s);
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Insert);
        QCOMPARE(topics().size(), 1);
        QCOMPARE(topics()[0].name, u"New topic"_s);
        typeIntoOpenEditor(u"Mechanics"_s);
        QCOMPARE(topics()[0].name, u"Mechanics"_s);
        QVERIFY(!m_editor->findChild<QLabel *>(u"emptyHint"_s)->isVisible());

        // Shift+Insert: a subtopic of the selected topic, named at once.
        QTest::keyClick(view(), Qt::Key_Insert, Qt::ShiftModifier);
        typeIntoOpenEditor(u"Energy"_s);
        QTest::keyClick(view(), Qt::Key_Insert);
        typeIntoOpenEditor(u"Forces"_s);
        QCOMPARE(names(topics()[0].children), (QStringList {u"Energy"_s, u"Forces"_s}));
        QCOMPARE(m_editor->findChild<QLabel *>(u"pathLabel"_s)->text(), u"Mechanics \u203a Forces"_s);

        // F2 renames the selected one.
        selectPath({0, 0});
        QTest::keyClick(view(), Qt::Key_F2);
        typeIntoOpenEditor(u"Work and energy"_s);
        QCOMPARE(topics()[0].children[0].name, u"Work and energy"_s);

        // A second new topic beside an existing "New topic" gets a name of its own.
        selectPath({0});
        QTest::keyClick(view(), Qt::Key_Insert);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE(QApplication::focusWidget(), view());
        QTest::keyClick(view(), Qt::Key_Insert);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE(QApplication::focusWidget(), view());
        QCOMPARE(names(topics()), (QStringList {u"Mechanics"_s, u"New topic"_s, u"New topic 2"_s}));

        // Delete removes the selected topic and selects its neighbour.
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(names(topics()), (QStringList {u"Mechanics"_s, u"New topic"_s}));
        QCOMPARE(m_editor->model()->pathOf(view()->currentIndex()), (TopicTree::Path {1}));
        selectPath({0});
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(names(topics()), (QStringList {u"New topic"_s}));
        QCOMPARE(m_session->undoStack()->undoText(), u"Delete Topic \u201cMechanics\u201d and Its Subtopics"_s);

        // Undo brings the subtree back exactly, expanded as it was.
        m_session->undoStack()->undo();
        QCOMPARE(topics()[0].name, u"Mechanics"_s);
        QCOMPARE(names(topics()[0].children), (QStringList {u"Work and energy"_s, u"Forces"_s}));
        QVERIFY(view()->isExpanded(m_editor->model()->indexOf({0})));
        while (m_session->undoStack()->canUndo())
            m_session->undoStack()->undo();
        QVERIFY(topics().isEmpty());
    }

    void keys_reorderTopicsAndUndoRestoresExactly()
    {
        openEditor(physics());
        selectPath({2});
        QTest::keyClick(view(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(names(topics()), (QStringList {u"Mechanics"_s, u"Waves"_s, u"Optics"_s}));
        QTest::keyClick(view(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(names(topics()), (QStringList {u"Waves"_s, u"Mechanics"_s, u"Optics"_s}));
        QVERIFY(!action(u"moveUpAction"_s)->isEnabled());
        QTest::keyClick(view(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(names(topics()), (QStringList {u"Mechanics"_s, u"Waves"_s, u"Optics"_s}));
        QCOMPARE(m_editor->model()->pathOf(view()->currentIndex()), (TopicTree::Path {1}));
        QCOMPARE(m_session->undoStack()->count(), 3);
        while (m_session->undoStack()->canUndo())
            m_session->undoStack()->undo();
        QCOMPARE(topics(), physics());
    }

    void dragAndDrop_movesAndReparentsTopics()
    {
        openEditor(physics());
        TopicTreeModel *model = m_editor->model();
        view()->expandAll();

        // Waves dropped on Optics becomes its last subtopic.
        std::unique_ptr<QMimeData> waves(model->mimeData({model->indexOf({2})}));
        QVERIFY(model->canDropMimeData(waves.get(), Qt::MoveAction, -1, -1, model->indexOf({1})));
        QVERIFY(model->dropMimeData(waves.get(), Qt::MoveAction, -1, -1, model->indexOf({1})));
        QCOMPARE(names(topics()), (QStringList {u"Mechanics"_s, u"Optics"_s}));
        QCOMPARE(names(topics()[1].children), (QStringList {u"Lenses"_s, u"Waves"_s}));
        QCOMPARE(model->pathOf(view()->currentIndex()), (TopicTree::Path {1, 1}));

        // A topic cannot go inside itself or its own subtopics.
        std::unique_ptr<QMimeData> mechanics(model->mimeData({model->indexOf({0})}));
        QVERIFY(!model->canDropMimeData(mechanics.get(), Qt::MoveAction, -1, -1, model->indexOf({0, 1})));
        QVERIFY(!model->dropMimeData(mechanics.get(), Qt::MoveAction, 0, 0, model->indexOf({0})));

        // Mechanics moved between Optics' children: rows count as they are before the move.
        QVERIFY(model->dropMimeData(mechanics.get(), Qt::MoveAction, 1, 0, model->indexOf({1})));
        QCOMPARE(names(topics()), (QStringList {u"Optics"_s}));
        QCOMPARE(names(topics()[0].children), (QStringList {u"Lenses"_s, u"Mechanics"_s, u"Waves"_s}));
        QCOMPARE(names(topics()[0].children[1].children), (QStringList {u"Energy"_s, u"Forces"_s, u"Momentum"_s}));

        // Reordering within one parent: Energy dropped after Momentum.
        std::unique_ptr<QMimeData> energy(model->mimeData({model->indexOf({0, 1, 0})}));
        QVERIFY(model->dropMimeData(energy.get(), Qt::MoveAction, 3, 0, model->indexOf({0, 1})));
        QCOMPARE(names(topics()[0].children[1].children), (QStringList {u"Forces"_s, u"Momentum"_s, u"Energy"_s}));

        // A real drop on the view: Lenses dropped on the middle of the Energy row becomes its subtopic.
        std::unique_ptr<QMimeData> lenses(model->mimeData({model->indexOf({0, 0})}));
        const QRect target = view()->visualRect(model->indexOf({0, 1, 2}));
        QVERIFY(target.isValid());
        QDragEnterEvent enter(target.center(), Qt::MoveAction, lenses.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view()->viewport(), &enter);
        QDragMoveEvent over(target.center(), Qt::MoveAction, lenses.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view()->viewport(), &over);
        QVERIFY(over.isAccepted());
        QDropEvent drop(target.center(), Qt::MoveAction, lenses.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view()->viewport(), &drop);
        QCOMPARE(names(topics()[0].children), (QStringList {u"Mechanics"_s, u"Waves"_s}));
        QCOMPARE(names(topics()[0].children[0].children[2].children), (QStringList {u"Lenses"_s}));

        QCOMPARE(m_session->undoStack()->count(), 4);
        QCOMPARE(m_session->undoStack()->undoText(), u"Move Topic"_s);
        while (m_session->undoStack()->canUndo())
            m_session->undoStack()->undo();
        QCOMPARE(topics(), physics());
    }

    void details_typingIsOneUndoStep()
    {
        openEditor(physics());
        selectPath({1});
        auto *description = m_editor->findChild<QPlainTextEdit *>(u"descriptionEdit"_s);
        auto *name = m_editor->findChild<QLineEdit *>(u"nameEdit"_s);
        QCOMPARE(name->text(), u"Optics"_s);
        description->setFocus();
        QTest::keyClicks(description, u"Light and lenses"_s);
        QCOMPARE(topics()[1].description, u"Light and lenses"_s);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, u"Light"_s);
        QCOMPARE(topics()[1].name, u"Light"_s);
        QCOMPARE(m_editor->model()->indexOf({1}).data().toString(), u"Light"_s);
        QCOMPARE(m_session->undoStack()->count(), 2);
        m_session->undoStack()->undo();
        QCOMPARE(name->text(), u"Optics"_s);
        m_session->undoStack()->undo();
        QCOMPARE(description->toPlainText(), QString());
        QCOMPARE(topics(), physics());
        // Selection and expansion survive undo and redo.
        QCOMPARE(m_editor->model()->pathOf(view()->currentIndex()), (TopicTree::Path {1}));
    }

    void expand_addsReviewedSubtopicsWithoutDuplicates()
    {
        Scripted::ScriptedServer server;
        QVERIFY(server.listen());
        openEditor(physics(), {profileFor(server.url())});
        // Forces exists under Mechanics already (the model says "forces"), and the model repeats itself.
        server.enqueue(reply(u"Here you go:\n```json\n[{\"name\": \"Friction\", \"description\": \"Forces that "
                             "resist sliding.\"}, {\"name\": \"forces\"}, \"Kinematics\", \"friction\"]\n```"_s));
        selectPath({0});
        QTest::keyClick(view(), Qt::Key_E, Qt::ControlModifier);
        ExpandTopicsDialog *dialog = m_editor->expandDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *tree = dialog->findChild<QTreeWidget *>(u"reviewTree"_s);
        auto *add = dialog->findChild<QPushButton *>(u"addButton"_s);
        QVERIFY(!add->isEnabled());
        dialog->findChild<QSpinBox *>(u"breadthSpin"_s)->setValue(4);
        QSignalSpy finished(dialog, &ExpandTopicsDialog::generationFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"generateButton"_s), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);

        QCOMPARE(server.requests().size(), 1);
        const QString prompt = lastPrompt(server.requests().constFirst());
        QVERIFY2(prompt.contains(u"Mechanics"_s) && prompt.contains(u"Energy; Forces; Momentum"_s), qPrintable(prompt));
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(0), u"Friction"_s);
        QCOMPARE(tree->topLevelItem(1)->text(0), u"Kinematics"_s);
        QVERIFY(dialog->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"2 suggestion"_s));
        QVERIFY(!dialog->findChild<QLabel *>(u"errorLabel"_s)->isVisible());

        saveScreenshot(dialog, u"expand-topics-dialog"_s);
        // The user unchecks one and renames the other before adding.
        tree->topLevelItem(1)->setCheckState(0, Qt::Unchecked);
        tree->topLevelItem(0)->setText(0, u"Friction and drag"_s);
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY(!m_editor->expandDialog());
        QCOMPARE(names(topics()[0].children),
                 (QStringList {u"Energy"_s, u"Forces"_s, u"Momentum"_s, u"Friction and drag"_s}));
        QCOMPARE(topics()[0].children[3].description, u"Forces that resist sliding."_s);
        QVERIFY(view()->isExpanded(m_editor->model()->indexOf({0})));
        selectPath({0, 3});
        saveScreenshot(m_editor.get(), u"topic-editor"_s);
        QCOMPARE(m_session->undoStack()->count(), 1);
        m_session->undoStack()->undo();
        QCOMPARE(topics(), physics());
    }

    void expand_growsATreeLevelByLevel()
    {
        Scripted::ScriptedServer server;
        QVERIFY(server.listen());
        openEditor({}, {profileFor(server.url())});
        server.setHandler([](const Scripted::Request &request) {
            const QString prompt = lastPrompt(request);
            if (prompt.contains(u"top-level"_s))
                return reply(u"[\"Algebra\", \"Geometry\"]"_s);
            const QString parent = prompt.contains(u"\"Algebra\""_s) ? u"Algebra"_s : u"Geometry"_s;
            return reply(u"[\"%1 basics\", \"Advanced %1\"]"_s.arg(parent));
        });
        m_editor->expandWithModel();
        ExpandTopicsDialog *dialog = m_editor->expandDialog();
        QVERIFY(dialog);
        dialog->findChild<QSpinBox *>(u"breadthSpin"_s)->setValue(2);
        dialog->findChild<QSpinBox *>(u"levelsSpin"_s)->setValue(2);
        auto *generate = dialog->findChild<QPushButton *>(u"generateButton"_s);
        // 1 + 20 + 400 requests: refused before anything is sent.
        dialog->findChild<QSpinBox *>(u"breadthSpin"_s)->setValue(20);
        dialog->findChild<QSpinBox *>(u"levelsSpin"_s)->setValue(3);
        QVERIFY(dialog->findChild<QLabel *>(u"requestsLabel"_s)->text().contains(u"too many"_s));
        QVERIFY(!generate->isEnabled());
        dialog->findChild<QSpinBox *>(u"breadthSpin"_s)->setValue(2);
        dialog->findChild<QSpinBox *>(u"levelsSpin"_s)->setValue(2);
        QVERIFY(dialog->findChild<QLabel *>(u"requestsLabel"_s)->text().startsWith(u"Up to 3 request"_s));
        QVERIFY(generate->isEnabled());
        QSignalSpy finished(dialog, &ExpandTopicsDialog::generationFinished);
        dialog->generate();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(server.requests().size(), 3);
        saveScreenshot(dialog, u"expand-topics-tree"_s);
        const QList<Design::Topic> accepted = dialog->acceptedTopics();
        QCOMPARE(names(accepted), (QStringList {u"Algebra"_s, u"Geometry"_s}));
        QCOMPARE(names(accepted[1].children), (QStringList {u"Geometry basics"_s, u"Advanced Geometry"_s}));
        dialog->accept();
        QCOMPARE(names(topics()), (QStringList {u"Algebra"_s, u"Geometry"_s}));
        QCOMPARE(names(topics()[0].children), (QStringList {u"Algebra basics"_s, u"Advanced Algebra"_s}));
    }

    void expand_showsWhatWentWrong()
    {
        // No profile: said at once, nothing to press.
        openEditor(physics());
        m_editor->expandWithModel();
        ExpandTopicsDialog *dialog = m_editor->expandDialog();
        QVERIFY(dialog->findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"no model profile"_s));
        QVERIFY(!dialog->findChild<QPushButton *>(u"generateButton"_s)->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!m_editor->expandDialog());
        cleanup();
        init();

        // A garbage answer: the error names the topic and quotes the answer; nothing is offered.
        auto server = std::make_unique<Scripted::ScriptedServer>();
        QVERIFY(server->listen());
        openEditor(physics(), {profileFor(server->url())});
        server->enqueue(reply(u"I would love to help! Topics are great."_s));
        selectPath({1});
        m_editor->expandWithModel();
        dialog = m_editor->expandDialog();
        QSignalSpy finished(dialog, &ExpandTopicsDialog::generationFinished);
        dialog->generate();
        QTRY_COMPARE(finished.size(), 1);
        auto *error = dialog->findChild<QLabel *>(u"errorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"Optics"_s) && error->text().contains(u"Topics are great"_s),
                 qPrintable(error->text()));
        saveScreenshot(dialog, u"expand-topics-garbage"_s);
        QCOMPARE(dialog->findChild<QTreeWidget *>(u"reviewTree"_s)->topLevelItemCount(), 0);
        QVERIFY(!dialog->findChild<QPushButton *>(u"addButton"_s)->isEnabled());

        // The server gone: the provider's error, and generating again is possible.
        server.reset();
        dialog->generate();
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"teacher"_s), qPrintable(error->text()));
        saveScreenshot(dialog, u"expand-topics-server-down"_s);
        QVERIFY(dialog->findChild<QPushButton *>(u"generateButton"_s)->isEnabled());
        dialog->reject();
        QCOMPARE(topics(), physics());
        QCOMPARE(m_session->undoStack()->count(), 0);
    }

    void expand_stopCancelsTheRequests()
    {
        Scripted::ScriptedServer server;
        QVERIFY(server.listen());
        openEditor(physics(), {profileFor(server.url())});
        Scripted::Response slow = reply(u"[\"Late\"]"_s);
        slow.stallBeforeHeaders = true;
        server.enqueue(slow);
        m_editor->expandWithModel();
        ExpandTopicsDialog *dialog = m_editor->expandDialog();
        QSignalSpy finished(dialog, &ExpandTopicsDialog::generationFinished);
        QSignalSpy received(&server, &Scripted::ScriptedServer::requestReceived);
        dialog->generate();
        QTRY_COMPARE(received.size(), 1);
        QVERIFY(dialog->isGenerating());
        QVERIFY(dialog->findChild<QPushButton *>(u"stopButton"_s)->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"stopButton"_s), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!dialog->isGenerating());
        QVERIFY(dialog->findChild<QPushButton *>(u"generateButton"_s)->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"Stopped"_s));
    }
};

QTEST_MAIN(TopicEditorTest)
#include "topiceditor_test.moc"

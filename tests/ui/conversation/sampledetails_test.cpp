// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
// What the conversation editor shows of a sample beyond its messages: mode, verdicts, alternatives; and
// "Prefer This Response", driven in the real conversation editor.
#include "conversation/sampledetails.h"

#include "conversation/conversationeditor.h"
#include "conversation/turnbubble.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "run/runcontroller.h"
#include "store/runstore.h"
#include "support/memorysecrets.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

namespace {

const QString question = u"Explain the chain rule."_s;
const QString chosen = u"Multiply the outer derivative by the inner one."_s;
const QString firstRejected = u"It is the product rule <b>again</b>."_s;
const QString secondRejected = u"Derivatives are slopes."_s;

} // namespace

class SampleDetailsTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Test::MemorySecrets m_secrets;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<RunController> m_run;
    QTemporaryDir m_settings;
    qint64 m_conversation = 0;

    // A preference pair as the engine leaves it: the prompt, the chosen answer, two rejected responses in rank
    // order with the judge's reason.
    void makePreferenceProject()
    {
        const QString path = m_dir->filePath(u"pairs.dialogsmith"_s);
        QString error;
        {
            auto file = ProjectFile::create(path, &error);
            QVERIFY2(file, qPrintable(error));
            Store::RunStore runs(file->database());
            QVERIFY(runs.begin(&error));
            const auto run = runs.createRun(1, 1, "{}", &error);
            QVERIFY2(run, qPrintable(error));
            QVERIFY(runs.storeTemplate(u"v1"_s, u"assistant_turn"_s, u"x"_s, &error));
            Store::NewConversation conversation;
            conversation.runId = *run;
            conversation.turnsPlanned = 1;
            conversation.topicPath = u"Calculus"_s;
            conversation.draw = "{}";
            conversation.mode = u"preference"_s;
            conversation.details = R"({"ranking": [2, 1, 3], "reason": "Response 2 names both derivatives."})";
            const auto id = runs.insertConversation(conversation, &error);
            QVERIFY2(id, qPrintable(error));
            m_conversation = *id;
            for (int seq = 0; seq < 2; ++seq) {
                Store::NewTurn turn;
                turn.conversationId = *id;
                turn.seq = seq;
                turn.role = seq ? Llm::Role::Assistant : Llm::Role::User;
                turn.content = seq ? chosen : question;
                turn.profile = seq ? u"teacher"_s : u"sim"_s;
                turn.model = seq ? u"big-model"_s : u"sim-model"_s;
                turn.params = "{}";
                turn.finishReason = u"stop"_s;
                turn.templateVersion = u"v1"_s;
                QVERIFY2(runs.insertTurn(turn, &error), qPrintable(error));
            }
            int rank = 0;
            for (const QString &text : {firstRejected, secondRejected}) {
                Store::NewAlternative rejected;
                rejected.conversationId = *id;
                rejected.seq = 1;
                rejected.kind = u"rejected"_s;
                rejected.rank = ++rank;
                rejected.content = text;
                rejected.profile = u"cheap"_s;
                rejected.model = u"small-model-%1"_s.arg(rank);
                rejected.finishReason = u"stop"_s;
                rejected.reason = u"Response 2 names both derivatives."_s;
                QVERIFY2(runs.insertAlternative(rejected, &error), qPrintable(error));
            }
            QVERIFY(runs.finishConversation(*id, Store::ConversationState::Complete, QString(), false, &error));
            QVERIFY(runs.setRunState(*run, Store::RunState::Complete, QString(), &error));
            QVERIFY(runs.commit(&error));
        }
        auto file = ProjectFile::open(path, &error);
        QVERIFY2(file, qPrintable(error));
        m_session = ProjectSession::open(std::move(file), &error);
        QVERIFY2(m_session, qPrintable(error));
        m_run = std::make_unique<RunController>(m_secrets);
        m_run->setSession(m_session.get());
    }

    // The editor as the main window holds it: Edit ▸ Undo (Ctrl+Z) acts on its undo stack.
    std::unique_ptr<ConversationEditor> makeEditor()
    {
        auto editor = std::make_unique<ConversationEditor>(*m_session, *m_run, m_conversation);
        QAction *undo = editor->undoStack()->createUndoAction(editor.get());
        undo->setShortcut(QKeySequence::Undo);
        editor->addAction(undo);
        editor->resize(1200, 800);
        editor->show();
        if (!QTest::qWaitForWindowExposed(editor.get()))
            qWarning("the editor was not shown");
        editor->activateWindow();
        if (!QTest::qWaitForWindowActive(editor.get()))
            qWarning("the editor did not become active");
        return editor;
    }

    Store::StoredConversation stored() const
    {
        QString error;
        const auto c = Store::CurationStore(m_session->file().database()).conversation(m_conversation, &error);
        if (!c)
            qWarning("%s", qPrintable(error));
        return c.value_or(Store::StoredConversation {});
    }

    // What the Sample box shows of each alternative.
    static QStringList alternativesShown(const ConversationEditor &editor)
    {
        QStringList out;
        for (const QLabel *label : editor.findChildren<QLabel *>(u"alternative"_s)) {
            if (label->isVisibleTo(&editor))
                out.append(label->text());
        }
        return out;
    }

    // The shown answer, the stored answer and what the box shows as rejected response 1, as they should be.
    void verifyAnswer(const ConversationEditor &editor, const QString &answer, const QString &model,
                      const QString &rejected, const QString &rejectedModel)
    {
        QCOMPARE(editor.bubbles().size(), 2);
        QCOMPARE(editor.bubbles().at(1)->text(), answer);
        const Store::StoredConversation c = stored();
        QCOMPARE(c.turns.at(1).content, answer);
        QCOMPARE(c.turns.at(1).model, model);
        QCOMPARE(c.alternatives.at(0).content, rejected);
        QCOMPARE(c.alternatives.at(0).rank, 1);
        QCOMPARE(c.alternatives.at(1).content, secondRejected);
        const QStringList shown = alternativesShown(editor);
        QCOMPARE(shown.size(), 2);
        QVERIFY2(shown.at(0).contains(u"Rejected response 1 · "_s + rejectedModel), qPrintable(shown.at(0)));
        QVERIFY2(shown.at(0).contains(rejected.toHtmlEscaped()), qPrintable(shown.at(0)));
        QVERIFY2(shown.at(1).contains(u"Rejected response 2 · small-model-2"_s), qPrintable(shown.at(1)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settings.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_run.reset();
        m_session.reset();
        m_dir.reset();
    }

    void preferThisResponse_makesItTheAnswer_ctrlZTakesItBack()
    {
        makePreferenceProject();
        auto editor = makeEditor();
        QVERIFY(editor->findChild<QGroupBox *>(u"sampleBox"_s)->isVisible());
        auto *details = editor->findChild<SampleDetails *>();
        QVERIFY(details);
        const QList<QPushButton *> buttons = details->preferButtons();
        QCOMPARE(buttons.size(), 2);
        QVERIFY(buttons.at(0)->isVisible() && buttons.at(0)->isEnabled());
        QVERIFY(buttons.at(0)->toolTip().contains(u"chosen answer"_s));
        verifyAnswer(*editor, chosen, u"big-model"_s, firstRejected, u"small-model-1"_s);

        QTest::mouseClick(buttons.at(0), Qt::LeftButton);
        verifyAnswer(*editor, firstRejected, u"small-model-1"_s, chosen, u"big-model"_s);
        QCOMPARE(editor->undoStack()->count(), 1);
        QCOMPARE(editor->undoStack()->undoText(), u"Prefer Response 1 for Message 2"_s);
        // The chosen one is a generated response, not an edit.
        QCOMPARE(stored().turns.at(1).review, Store::Review::Generated);
        QCOMPARE(stored().review, Store::Review::Generated);

        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : editor.get(), Qt::Key_Z,
                        Qt::ControlModifier);
        QTRY_COMPARE(editor->undoStack()->index(), 0);
        verifyAnswer(*editor, chosen, u"big-model"_s, firstRejected, u"small-model-1"_s);

        editor->undoStack()->redo();
        verifyAnswer(*editor, firstRejected, u"small-model-1"_s, chosen, u"big-model"_s);
    }

    void preferThisResponse_byKeyboard_keepsAnEditedAnswerEditedOnUndo()
    {
        makePreferenceProject();
        auto editor = makeEditor();
        // The answer was edited by hand first.
        TurnBubble *answer = editor->bubbles().at(1);
        QTest::mouseClick(answer->findChild<QWidget *>(u"editTurn"_s), Qt::LeftButton);
        QTRY_VERIFY(answer->isEditing());
        answer->textEdit()->setPlainText(u"Multiply the derivatives."_s);
        QTest::keyClick(answer->textEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(stored().turns.at(1).content, u"Multiply the derivatives."_s);
        QCOMPARE(stored().review, Store::Review::Edited);

        // Alt+P reaches the first "Prefer This Response" (there are two: it only moves the focus), Space
        // presses it.
        auto *details = editor->findChild<SampleDetails *>();
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : editor.get(), Qt::Key_P,
                        Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), details->preferButtons().at(0));
        QCOMPARE(stored().turns.at(1).content, u"Multiply the derivatives."_s);
        QTest::keyClick(details->preferButtons().at(0), Qt::Key_Space);
        // The person preferred the response to the answer as they had it: the edited text.
        verifyAnswer(*editor, firstRejected, u"small-model-1"_s, u"Multiply the derivatives."_s, u"big-model"_s);
        QCOMPARE(stored().review, Store::Review::Generated);
        QCOMPARE(QApplication::focusWidget(), details->preferButtons().at(0));

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(editor->undoStack()->index(), 1);
        verifyAnswer(*editor, u"Multiply the derivatives."_s, u"big-model"_s, firstRejected, u"small-model-1"_s);
        QCOMPARE(stored().turns.at(1).original, chosen);
        QCOMPARE(stored().review, Store::Review::Edited);
    }

    void preferThisResponse_readOnlyProject_isNotOffered()
    {
        makePreferenceProject();
        const QString path = m_session->file().path();
        m_run.reset();
        m_session.reset();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
        if (QFileInfo(path).isWritable())
            QSKIP("running as root: every file is writable");
        QString error;
        auto file = ProjectFile::open(path, &error);
        QVERIFY2(file && file->isReadOnly(), qPrintable(error));
        m_session = ProjectSession::open(std::move(file), &error);
        QVERIFY2(m_session, qPrintable(error));
        m_run = std::make_unique<RunController>(m_secrets);
        m_run->setSession(m_session.get());
        auto editor = makeEditor();
        const QList<QPushButton *> buttons = editor->findChild<SampleDetails *>()->preferButtons();
        QCOMPARE(buttons.size(), 2);
        QVERIFY(!buttons.at(0)->isEnabled());
        QTest::mouseClick(buttons.at(0), Qt::LeftButton);
        QCOMPARE(editor->bubbles().at(1)->text(), chosen);
        QCOMPARE(stored().turns.at(1).content, chosen);
        QCOMPARE(editor->undoStack()->count(), 0);
    }

    void preferencePair_showsRankingVerdictAndRejectedResponses()
    {
        Store::StoredConversation c;
        c.mode = u"preference"_s;
        c.state = Store::ConversationState::Complete;
        c.details = R"({"ranking": [2, 1], "reason": "Response 2 shows the steps.",
                        "source": {"conversation": 17, "seq": 3, "messages": 3}})";
        Store::StoredJudgment j;
        j.purpose = u"preference"_s;
        j.rubric = u"1-10"_s;
        j.seq = 1;
        j.reason = u"Response 2 shows the steps."_s;
        c.judgments = {j};
        Store::StoredAlternative a;
        a.id = 41;
        a.seq = 1;
        a.kind = u"rejected"_s;
        a.rank = 1;
        a.content = u"It is cos(x²) <b>."_s;
        a.model = u"small-model"_s;
        a.reason = j.reason;
        c.alternatives = {a};
        SampleDetails details;
        details.showSample(c, {});
        QVERIFY(details.hasContent());
        const QString text = details.text();
        QVERIFY2(text.contains(u"Preference pair"_s), qPrintable(text));
        QVERIFY2(text.contains(u"ranked the responses 2, 1"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Answers message 4 of conversation 17 again"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Rejected response 1"_s), qPrintable(text));
        QVERIFY2(text.contains(u"small-model"_s), qPrintable(text));
        // Generated text is shown as text, never as markup.
        QVERIFY2(text.contains(u"cos(x²) &lt;b&gt;."_s), qPrintable(text));
        QVERIFY2(text.contains(u"message 2"_s), qPrintable(text));

        // Its rejected response can be preferred, unless the sample cannot be changed now.
        QCOMPARE(details.preferButtons().size(), 1);
        QSignalSpy preferred(&details, &SampleDetails::preferRequested);
        details.show();
        QTest::mouseClick(details.preferButtons().constFirst(), Qt::LeftButton);
        QCOMPARE(preferred.size(), 1);
        QCOMPARE(preferred.constFirst().constFirst().toLongLong(), 41);
        details.setEditable(false);
        QVERIFY(!details.preferButtons().constFirst()->isEnabled());
        QTest::mouseClick(details.preferButtons().constFirst(), Qt::LeftButton);
        QCOMPARE(preferred.size(), 1);
    }

    void droppedEvolution_andTriplet_sayWhatTheyAre()
    {
        Store::StoredConversation evol;
        evol.mode = u"evol"_s;
        evol.state = Store::ConversationState::Dropped;
        evol.failure = u"The evolution was dropped: it copies its parent."_s;
        evol.details = R"({"generation": 2, "direction": "deepen", "parent": "Explain the chain rule."})";
        SampleDetails details;
        details.showSample(evol, {});
        QVERIFY(details.text().contains(u"Generation 2, deepened."_s));
        QVERIFY(details.text().contains(u"Explain the chain rule."_s));
        QVERIFY(details.text().contains(u"Dropped: The evolution was dropped: it copies its parent."_s));

        Store::StoredConversation triplet;
        triplet.mode = u"embedding"_s;
        Store::StoredAlternative negative;
        negative.kind = u"hard_negative"_s;
        negative.rank = 1;
        negative.content = u"Momentum is conserved."_s;
        negative.documentId = 7;
        negative.chunkIndex = 2;
        negative.reason = u"It is about momentum, not energy."_s;
        triplet.alternatives = {negative};
        details.showSample(triplet, {{7, u"Notes on mechanics"_s}});
        QVERIFY2(details.text().contains(u"Hard negative 1 · chunk 3 of Notes on mechanics"_s),
                 qPrintable(details.text()));
        QVERIFY(details.text().contains(u"Judge: It is about momentum, not energy."_s));
        QVERIFY(details.preferButtons().isEmpty()); // a negative is no answer to prefer

        // A plain conversation without verdicts has nothing to add.
        details.showSample(Store::StoredConversation {}, {});
        QVERIFY(!details.hasContent());
    }
};

QTEST_MAIN(SampleDetailsTest)
#include "sampledetails_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "conversation/conversationeditor.h"

#include "conversation/turnbubble.h"
#include "dataset/datasetmodel.h"
#include "design/projectspec.h"
#include "memorysecrets.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "run/runcontroller.h"
#include "scriptedserver/scriptedresponses.h"
#include "scriptedserver/scriptedserver.h"
#include "store/designstore.h"
#include "store/runstore.h"
#include "support/scriptedprofile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;
using Store::Review;

namespace {

constexpr int exchanges = 2;
constexpr int timeoutMs = 30000;

QString answerTo(const QString &question)
{
    return u"Answer to: "_s + question;
}

// The models behind the scripted server: new, numbered questions, and answers that quote their question.
struct FakeModels {
    int questions = 0;
    Test::Response operator()(const Test::Request &request)
    {
        const QJsonObject body = request.json();
        const QJsonArray messages = body.value(u"messages"_s).toArray();
        bool answer = false;
        for (const QJsonValue &m : messages)
            answer = answer || m[u"role"_s].toString() == u"system"_s;
        const QString text = answer ? answerTo(messages.last()[u"content"_s].toString().trimmed())
                                    : u"Regenerated question %1?"_s.arg(++questions);
        QStringList pieces = text.split(u' ');
        for (qsizetype i = 1; i < pieces.size(); ++i)
            pieces[i].prepend(u' ');
        Test::StreamOptions options;
        options.model = body.value(u"model"_s).toString();
        return Test::openAiStream(pieces, options);
    }
};

Design::ProjectDesign design(const QUrl &server)
{
    Design::ProjectDesign d;
    d.name = u"Curation"_s;
    d.topics = {{u"Oceans"_s, {}, 1, {}}};
    for (const auto &[name, side] :
         {std::pair {u"Mia"_s, Design::Side::User}, {u"Dr. Okafor"_s, Design::Side::Assistant}}) {
        Design::Persona p;
        p.name = name;
        p.side = side;
        p.description = u"someone curious"_s;
        d.personas.append(p);
    }
    d.documents = {{u"Tides primer"_s, u"tides.md"_s,
                    u"The Moon's gravity pulls on the oceans. Water on the near side is pulled most, water on the "
                    "far side least, so the oceans bulge on both sides and most coasts see two high tides a day."_s}};
    d.templates.system = u"SYSTEM You are {{assistant_persona.name}}."_s;
    d.templates.starter = u"STARTER {{user_persona.name}} asks about {{topic_path}}."_s;
    d.templates.userTurn = u"FOLLOWUP turn {{turn}}"_s;
    d.templates.assistantTurn = u"{{question}}"_s;
    d.providers = {Test::scriptedProfile(server, u"sim"_s, u"sim-model"_s)};
    d.generation.count = 3;
    d.generation.minTurns = exchanges;
    d.generation.maxTurns = exchanges;
    d.generation.seed = 3;
    return d;
}

// The text of conversation c's message seq, as written.
QString textOf(int c, int seq)
{
    static const QStringList questions = {u"How do tides work?"_s, u"Why are there two bulges?"_s};
    const QString question = u"%1 (conversation %2)"_s.arg(questions.at(seq / 2)).arg(c);
    return seq % 2 == 0 ? question : answerTo(question);
}

} // namespace

class ConversationEditorTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::ScriptedServer> m_server;
    std::shared_ptr<FakeModels> m_models;
    Test::MemorySecrets m_secrets;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<RunController> m_run;
    QList<qint64> m_ids;
    QTemporaryDir m_settings;

    // A project as the engine leaves it: a run planned from the design, three complete conversations of two
    // exchanges, written through RunStore.
    void makeProject()
    {
        const QString path = m_dir->filePath(u"curation.dialogsmith"_s);
        const Design::ProjectDesign d = design(m_server->url());
        QVERIFY2(Design::ProjectSpec::check(d).isEmpty(), qPrintable(Design::ProjectSpec::check(d).join(u'\n')));
        QString error;
        {
            auto file = ProjectFile::create(path, &error);
            QVERIFY2(file, qPrintable(error));
            QVERIFY2(Store::DesignStore(file->database()).save(d, &error), qPrintable(error));
            Store::RunStore runs(file->database());
            QVERIFY(runs.begin(&error));
            QSqlQuery documents(file->database());
            QVERIFY(documents.exec(u"SELECT id FROM documents"_s) && documents.next());
            const qint64 documentId = documents.value(0).toLongLong();
            // Runs keep documents by id beside the design, not in it.
            Design::ProjectDesign snapshot = d;
            snapshot.providers.clear();
            snapshot.documents.clear();
            const QJsonObject json {
                {u"design"_s, QJsonDocument::fromJson(Design::ProjectSpec::write(snapshot)).object()},
                {u"documents"_s, QJsonArray()},
            };
            const auto run = runs.createRun(3, d.generation.seed, QJsonDocument(json).toJson(), &error);
            QVERIFY2(run, qPrintable(error));
            QVERIFY(runs.storeTemplate(u"v1"_s, u"starter"_s, u"x"_s, &error));
            for (int c = 0; c < 3; ++c) {
                Store::NewConversation conversation;
                conversation.runId = *run;
                conversation.planIndex = c;
                conversation.turnsPlanned = exchanges;
                conversation.topicPath = u"Oceans"_s;
                conversation.userPersona = u"Mia"_s;
                conversation.assistantPersona = u"Dr. Okafor"_s;
                conversation.draw = u"{\"index\":%1}"_s.arg(c).toUtf8();
                if (c == 1) {
                    conversation.documentId = documentId;
                    conversation.chunkIndex = 0;
                }
                const auto id = runs.insertConversation(conversation, &error);
                QVERIFY2(id, qPrintable(error));
                m_ids.append(*id);
                for (int seq = 0; seq < 2 * exchanges; ++seq) {
                    Store::NewTurn turn;
                    turn.conversationId = *id;
                    turn.seq = seq;
                    turn.role = seq % 2 ? Llm::Role::Assistant : Llm::Role::User;
                    turn.content = textOf(c, seq);
                    turn.profile = u"sim"_s;
                    turn.model = seq % 2 ? u"teacher-7b"_s : u"student-1b"_s;
                    turn.params = "{}";
                    turn.usage.inputTokens = 120;
                    turn.usage.outputTokens = 45;
                    turn.costUsd = 0.0012;
                    turn.latencyMs = 1500;
                    turn.finishReason = u"stop"_s;
                    turn.templateVersion = u"v1"_s;
                    turn.documentId = conversation.documentId;
                    turn.chunkIndex = conversation.chunkIndex;
                    QVERIFY2(runs.insertTurn(turn, &error), qPrintable(error));
                }
                QVERIFY(runs.finishConversation(*id, Store::ConversationState::Complete, QString(), false, &error));
            }
            QVERIFY2(runs.setRunState(*run, Store::RunState::Complete, QString(), &error), qPrintable(error));
            QVERIFY(runs.commit(&error));
        }
        auto file = ProjectFile::open(path, &error);
        QVERIFY2(file, qPrintable(error));
        m_session = ProjectSession::open(std::move(file), &error);
        QVERIFY2(m_session, qPrintable(error));
        m_run = std::make_unique<RunController>(m_secrets);
        m_run->setSession(m_session.get());
    }

    std::unique_ptr<ConversationEditor> makeEditor(qint64 id)
    {
        auto editor = std::make_unique<ConversationEditor>(*m_session, *m_run, id);
        editor->resize(1100, 760);
        editor->show();
        if (!QTest::qWaitForWindowExposed(editor.get()))
            qWarning("the editor was not shown");
        editor->activateWindow();
        editor->setFocus();
        return editor;
    }

    Store::StoredConversation stored(qint64 id) const
    {
        QString error;
        const auto c = Store::CurationStore(m_session->file().database()).conversation(id, &error);
        if (!c)
            qWarning("%s", qPrintable(error));
        return c.value_or(Store::StoredConversation {});
    }

    static QStringList texts(const Store::StoredConversation &c)
    {
        QStringList out;
        for (const Store::StoredTurn &t : c.turns)
            out.append(t.content);
        return out;
    }

    static QStringList shownTexts(const ConversationEditor &editor)
    {
        QStringList out;
        for (TurnBubble *b : editor.bubbles())
            out.append(b->text());
        return out;
    }

    static void click(TurnBubble *bubble, const char *action)
    {
        auto *button = bubble->findChild<QToolButton *>(QString::fromLatin1(action));
        QVERIFY2(button, action);
        QVERIFY2(button->isEnabled(), action);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Whether all of `widget` is inside what `area` shows from left to right (nothing cut off at its side).
    static bool wholeAcross(QWidget *widget, QScrollArea *area)
    {
        const QPoint at = widget->mapTo(area->viewport(), QPoint(0, 0));
        return widget->isVisibleTo(area) && at.x() >= 0 && at.x() + widget->width() <= area->viewport()->width();
    }

    static QString position(const ConversationEditor &editor)
    {
        return editor.findChild<QLabel *>(u"conversationPosition"_s)->text();
    }

    // A conversation the way a run adds one while the editor is open.
    qint64 addConversation()
    {
        QString error;
        Store::RunStore runs(m_session->file().database());
        Store::NewConversation conversation;
        conversation.runId = stored(m_ids.at(0)).runId;
        conversation.planIndex = int(m_ids.size());
        conversation.turnsPlanned = exchanges;
        conversation.topicPath = u"Oceans"_s;
        conversation.userPersona = u"Mia"_s;
        conversation.assistantPersona = u"Dr. Okafor"_s;
        conversation.draw = "{\"index\":3}";
        if (!runs.begin(&error))
            qWarning("%s", qPrintable(error));
        const auto id = runs.insertConversation(conversation, &error);
        if (!id || !runs.commit(&error))
            qWarning("%s", qPrintable(error));
        return id.value_or(0);
    }

    // Keys go where a person's would: to the editor with the focus on the chat, not in a text field.
    static void key(ConversationEditor &editor, Qt::Key key)
    {
        editor.findChild<QWidget *>(u"chat"_s)->setFocus();
        QTest::keyClick(editor.findChild<QWidget *>(u"chat"_s), key);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The splitter's sizes are kept in the settings: the tests' own, never the user's.
        QVERIFY(m_settings.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<Test::ScriptedServer>();
        QVERIFY(m_server->listen());
        m_models = std::make_shared<FakeModels>();
        m_server->setHandler([models = m_models](const Test::Request &r) { return (*models)(r); });
        m_ids.clear();
        QSettings().clear();
        makeProject();
    }

    void cleanup()
    {
        m_run.reset();
        m_session.reset();
        m_server.reset();
        m_dir.reset();
    }

    void opening_showsTheConversationAsAChatWithProvenance()
    {
        auto editor = makeEditor(m_ids.at(1));
        QCOMPARE(editor->conversationId(), m_ids.at(1));
        QCOMPARE(shownTexts(*editor), texts(stored(m_ids.at(1))));
        const QList<TurnBubble *> bubbles = editor->bubbles();
        QCOMPARE(bubbles.size(), 4);
        QCOMPARE(bubbles.at(0)->findChild<QLabel *>(u"speaker"_s)->text(), u"Mia"_s);
        QCOMPARE(bubbles.at(1)->findChild<QLabel *>(u"speaker"_s)->text(), u"Dr. Okafor"_s);
        // The user speaks on the left, the assistant on the right.
        QVERIFY(bubbles.at(0)->geometry().left() < bubbles.at(1)->geometry().left());
        const QString provenance = bubbles.at(1)->toolTip();
        QVERIFY2(provenance.contains(u"teacher-7b"_s), qPrintable(provenance));
        QVERIFY2(provenance.contains(u"120"_s) && provenance.contains(u"45"_s), qPrintable(provenance));
        QVERIFY2(provenance.contains(u"1.50 s"_s) || provenance.contains(u"1,50 s"_s), qPrintable(provenance));
        QVERIFY2(provenance.contains(u"$0.00120"_s) || provenance.contains(u"$0,00120"_s), qPrintable(provenance));
        QVERIFY(editor->findChild<QLabel *>(u"conversationSubtitle"_s)->text().contains(u"Oceans"_s));
        QCOMPARE(editor->findChild<QLabel *>(u"conversationPosition"_s)->text(), u"2 of 3"_s);

        // What it is grounded in, as the run cut the document.
        auto *grounding = editor->findChild<QPlainTextEdit *>(u"grounding"_s);
        QVERIFY(grounding->isVisibleTo(editor.get()));
        QVERIFY2(grounding->toPlainText().startsWith(u"The Moon's gravity"_s), qPrintable(grounding->toPlainText()));
        QVERIFY2(provenance.contains(u"Tides primer, chunk 1"_s), qPrintable(provenance));

        const QString shots = qEnvironmentVariable("DIALOGSMITH_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            // As a reviewer leaves it: approved, rated, a note, one answer edited.
            key(*editor, Qt::Key_A);
            key(*editor, Qt::Key_4);
            auto *notes = editor->findChild<QPlainTextEdit *>(u"notes"_s);
            notes->setFocus();
            QTest::keyClicks(notes, u"Good explanation; the second question could be sharper."_s);
            click(editor->bubbles().at(3), "editTurn");
            editor->bubbles().at(3)->textEdit()->selectAll();
            QTest::keyClicks(editor->bubbles().at(3)->textEdit(),
                             u"Because the Earth is pulled towards the Moon too, the water on the far side is "
                             "left behind: a second bulge."_s);
            QTest::keyClick(editor->bubbles().at(3)->textEdit(), Qt::Key_Return, Qt::ControlModifier);
            QTRY_COMPARE(stored(m_ids.at(1)).notes, u"Good explanation; the second question could be sharper."_s);
            QCOMPARE(stored(m_ids.at(1)).review, Review::Approved);
            QTRY_VERIFY(editor->bubbles().at(3)->isVisible()); // laid out before the picture is taken
            QVERIFY(editor->grab().save(shots + u"/conversationeditor.png"_s));
            // And in a dark look.
            const QPalette light = QApplication::palette();
            QPalette dark = light;
            for (const auto &[role, color] : {std::pair {QPalette::Window, QColor(0x2b, 0x2b, 0x2b)},
                                              {QPalette::Base, QColor(0x1e, 0x1e, 0x1e)},
                                              {QPalette::AlternateBase, QColor(0x26, 0x26, 0x26)},
                                              {QPalette::Button, QColor(0x35, 0x35, 0x35)},
                                              {QPalette::Text, QColor(0xe0, 0xe0, 0xe0)},
                                              {QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0)},
                                              {QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0)},
                                              {QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a)},
                                              {QPalette::Highlight, QColor(0x3d, 0x7a, 0xb8)}})
                dark.setColor(role, color);
            QApplication::setPalette(dark);
            QTRY_COMPARE(editor->palette().color(QPalette::Window), QColor(0x2b, 0x2b, 0x2b));
            QTRY_VERIFY(editor->bubbles().at(0)->isVisible());
            QVERIFY(editor->bubbles().at(0)->styleSheet().contains(u"background-color: #2"_s)); // a dark bubble
            QVERIFY(editor->grab().save(shots + u"/conversationeditor-dark.png"_s));
            QApplication::setPalette(light);
        }
    }

    void narrowEditor_keepsTheReviewPanelWhole()
    {
        auto editor = makeEditor(m_ids.at(1));
        auto *panel = editor->findChild<QScrollArea *>(u"reviewPanel"_s);
        auto *chat = editor->findChild<QScrollArea *>(u"chat"_s);
        auto *splitter = editor->findChild<QSplitter *>(u"conversationSplitter"_s);
        const QStringList controls = {u"approve"_s, u"reject"_s, u"star1"_s, u"star5"_s, u"notes"_s, u"details"_s};
        const auto checkWhole = [&] {
            for (const QString &name : controls) {
                auto *control = panel->findChild<QWidget *>(name);
                QVERIFY2(wholeAcross(control, panel), qPrintable(name));
            }
            const QPoint at = panel->mapTo(editor.get(), QPoint(0, 0));
            QVERIFY(at.x() >= 0 && at.x() + panel->width() <= editor->width());
            // The chat's bubbles are not cut either.
            for (TurnBubble *bubble : editor->bubbles())
                QVERIFY(wholeAcross(bubble, chat));
        };

        // The central area of a 1440 px window with the navigator and the live preview docked: side by side.
        editor->resize(790, 700);
        QTRY_COMPARE(editor->width(), 790);
        QTRY_COMPARE(splitter->orientation(), Qt::Horizontal);
        QVERIFY(panel->geometry().left() > chat->geometry().left());
        checkWhole();
        if (const QString shots = qEnvironmentVariable("DIALOGSMITH_SCREENSHOTS"); !shots.isEmpty())
            QVERIFY(editor->grab().save(QDir(shots).filePath(u"conversationeditor-790.png"_s)));

        // Narrower than both need: the panel moves under the chat, whole.
        editor->resize(480, 760);
        QTRY_COMPARE(splitter->orientation(), Qt::Vertical);
        QVERIFY(panel->geometry().top() > chat->geometry().top());
        checkWhole();
        // The review still works from the keyboard there.
        key(*editor, Qt::Key_A);
        QCOMPARE(stored(m_ids.at(1)).review, Review::Approved);
        if (const QString shots = qEnvironmentVariable("DIALOGSMITH_SCREENSHOTS"); !shots.isEmpty())
            QVERIFY(editor->grab().save(QDir(shots).filePath(u"conversationeditor-480.png"_s)));

        // Wide again: side by side again.
        editor->resize(1100, 760);
        QTRY_COMPARE(splitter->orientation(), Qt::Horizontal);
        checkWhole();
    }

    void jk_followTheDatasetOrder_asItChanges()
    {
        DatasetModel model(m_session->file().database(), m_session->file().path());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &DatasetModel::loaded);
        model.sort(DatasetModel::IdColumn, Qt::DescendingOrder);
        QTRY_COMPARE(model.ids(), (QList<qint64> {m_ids.at(2), m_ids.at(1), m_ids.at(0)}));

        auto editor = makeEditor(m_ids.at(2));
        editor->setConversationOrder(&model);
        QCOMPARE(position(*editor), u"1 of 3"_s);
        key(*editor, Qt::Key_J);
        QCOMPARE(editor->conversationId(), m_ids.at(1));

        // The dataset is sorted the other way while the editor is open: J and K follow at once.
        model.sort(DatasetModel::IdColumn, Qt::AscendingOrder);
        QTRY_COMPARE(model.ids().constFirst(), m_ids.at(0));
        QCOMPARE(position(*editor), u"2 of 3"_s);
        key(*editor, Qt::Key_J);
        QCOMPARE(editor->conversationId(), m_ids.at(2));

        // Filtered to what is not reviewed yet: a conversation approved leaves the list, and J and K go on
        // from the place it had.
        Store::DatasetFilter unreviewed;
        unreviewed.review = Review::Generated;
        model.setFilter(unreviewed);
        key(*editor, Qt::Key_K);
        QCOMPARE(editor->conversationId(), m_ids.at(1));
        key(*editor, Qt::Key_A);
        QTRY_COMPARE(model.ids(), (QList<qint64> {m_ids.at(0), m_ids.at(2)}));
        QTRY_COMPARE(position(*editor), u"not in the list of 2"_s);
        key(*editor, Qt::Key_J);
        QCOMPARE(editor->conversationId(), m_ids.at(2));
        QCOMPARE(position(*editor), u"2 of 2"_s);
        key(*editor, Qt::Key_J); // the last one: nowhere further
        QCOMPARE(editor->conversationId(), m_ids.at(2));

        // A run adds a conversation: it is listed, and J reaches it.
        const qint64 added = addConversation();
        QVERIFY(added > 0);
        QTRY_COMPARE(position(*editor), u"2 of 3"_s);
        key(*editor, Qt::Key_J);
        QCOMPARE(editor->conversationId(), added);

        // The dataset view closes: the editor keeps the order it last had.
        editor->setConversationOrder(nullptr);
        QCOMPARE(position(*editor), u"3 of 3"_s);
        key(*editor, Qt::Key_K);
        QCOMPARE(editor->conversationId(), m_ids.at(2));
    }

    void longDocument_isCutOffTheGuiThread_andItsChunkShown()
    {
        const QString sentence = u"The Moon's gravity pulls on the oceans. "_s;
        QString text;
        while (text.size() < 200'000)
            text += sentence;
        QSqlQuery q(m_session->file().database());
        q.prepare(u"UPDATE documents SET text = ?"_s);
        q.addBindValue(text);
        QVERIFY(q.exec());
        auto editor = makeEditor(m_ids.at(1));
        auto *grounding = editor->findChild<QPlainTextEdit *>(u"grounding"_s);
        QTRY_VERIFY(grounding->isVisibleTo(editor.get()));
        QVERIFY2(grounding->toPlainText().startsWith(sentence), qPrintable(grounding->toPlainText().left(80)));
        QVERIFY(grounding->toPlainText().size() < 5000); // one chunk, not the whole document
        QVERIFY(editor->findChild<QLabel *>(u"groundingHeading"_s)->text().contains(u"Tides primer"_s));
    }

    void editingAMessage_isStoredAsAnEdit_andUndoRedoWork()
    {
        auto editor = makeEditor(m_ids.at(0));
        TurnBubble *answer = editor->bubbles().at(1);
        click(answer, "editTurn");
        QVERIFY(answer->isEditing());
        QPlainTextEdit *edit = answer->textEdit();
        QTRY_VERIFY(edit->hasFocus());
        edit->selectAll();
        QTest::keyClicks(edit, u"The Moon pulls the oceans."_s);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);

        Store::StoredConversation c = stored(m_ids.at(0));
        QCOMPARE(c.turns.at(1).content, u"The Moon pulls the oceans."_s);
        QCOMPARE(c.turns.at(1).original, textOf(0, 1));
        QCOMPARE(c.review, Review::Edited);
        QCOMPARE(editor->bubbles().at(1)->text(), u"The Moon pulls the oceans."_s);
        QTRY_VERIFY(editor->bubbles().at(1)->findChild<QLabel *>(u"editedTag"_s)->isVisibleTo(editor.get()));
        QVERIFY(editor->bubbles().at(1)->toolTip().contains(textOf(0, 1)));
        QCOMPARE(editor->undoStack()->count(), 1);

        editor->undoStack()->undo();
        c = stored(m_ids.at(0));
        QCOMPARE(c.turns.at(1).content, textOf(0, 1));
        QVERIFY(c.turns.at(1).original.isEmpty());
        QCOMPARE(c.review, Review::Generated);
        QCOMPARE(editor->bubbles().at(1)->text(), textOf(0, 1));
        editor->undoStack()->redo();
        QCOMPARE(stored(m_ids.at(0)).turns.at(1).content, u"The Moon pulls the oceans."_s);
        QCOMPARE(editor->bubbles().at(1)->text(), u"The Moon pulls the oceans."_s);
    }

    void cancellingAnEdit_changesNothing()
    {
        auto editor = makeEditor(m_ids.at(0));
        TurnBubble *question = editor->bubbles().at(0);
        QTest::mouseDClick(question->findChild<QLabel *>(u"turnText"_s), Qt::LeftButton);
        QVERIFY(question->isEditing());
        QTest::keyClicks(question->textEdit(), u" and waves"_s);
        QTest::keyClick(question->textEdit(), Qt::Key_Escape);
        QVERIFY(!question->isEditing());
        QCOMPARE(stored(m_ids.at(0)).turns.at(0).content, textOf(0, 0));
        QCOMPARE(editor->undoStack()->count(), 0);
    }

    void deletingAMessage_andUndo_restoresIt()
    {
        auto editor = makeEditor(m_ids.at(0));
        const Store::StoredConversation before = stored(m_ids.at(0));
        click(editor->bubbles().at(2), "deleteTurn");
        QCOMPARE(stored(m_ids.at(0)).turns.size(), 3);
        QCOMPARE(editor->bubbles().size(), 3);
        QVERIFY(!shownTexts(*editor).contains(textOf(0, 2)));
        editor->undoStack()->undo();
        const Store::StoredConversation after = stored(m_ids.at(0));
        QCOMPARE(texts(after), texts(before));
        QCOMPARE(after.turns.at(2).id, before.turns.at(2).id);
        QCOMPARE(shownTexts(*editor), texts(before));
    }

    void keys_approveRejectRateAndStep()
    {
        auto editor = makeEditor(m_ids.at(0));
        QSignalSpy changed(editor.get(), &ConversationEditor::conversationChanged);
        QSignalSpy edited(editor.get(), &ConversationEditor::conversationEdited);
        // The keys work as soon as the editor is open, without a click into it first.
        QTRY_VERIFY(editor->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A);
        QCOMPARE(stored(m_ids.at(0)).review, Review::Approved);
        QVERIFY(editor->findChild<QToolButton *>(u"approve"_s)->isChecked());
        key(*editor, Qt::Key_R);
        QCOMPARE(stored(m_ids.at(0)).review, Review::Rejected);
        QCOMPARE(edited.size(), 2);
        QCOMPARE(edited.constLast().constFirst().toLongLong(), m_ids.at(0));
        QVERIFY(!editor->findChild<QToolButton *>(u"approve"_s)->isChecked());
        QVERIFY(editor->findChild<QToolButton *>(u"reject"_s)->isChecked());
        editor->undoStack()->undo();
        QCOMPARE(stored(m_ids.at(0)).review, Review::Approved);

        key(*editor, Qt::Key_4);
        QCOMPARE(stored(m_ids.at(0)).rating, 4);
        QCOMPARE(editor->findChild<QToolButton *>(u"star4"_s)->text(), u"★"_s);
        QCOMPARE(editor->findChild<QToolButton *>(u"star5"_s)->text(), u"☆"_s);
        QTest::mouseClick(editor->findChild<QToolButton *>(u"star2"_s), Qt::LeftButton);
        QCOMPARE(stored(m_ids.at(0)).rating, 2);
        // The current rating clicked again clears it.
        QTest::mouseClick(editor->findChild<QToolButton *>(u"star2"_s), Qt::LeftButton);
        QVERIFY(!stored(m_ids.at(0)).rating);
        editor->undoStack()->undo();
        QCOMPARE(stored(m_ids.at(0)).rating, 2);

        key(*editor, Qt::Key_J);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constLast().constFirst().toLongLong(), m_ids.at(1));
        QCOMPARE(editor->conversationId(), m_ids.at(1));
        QCOMPARE(shownTexts(*editor), texts(stored(m_ids.at(1))));
        key(*editor, Qt::Key_J);
        key(*editor, Qt::Key_J); // the last one: nowhere further
        QCOMPARE(editor->conversationId(), m_ids.at(2));
        QCOMPARE(changed.size(), 2);
        key(*editor, Qt::Key_R);
        QCOMPARE(stored(m_ids.at(2)).review, Review::Rejected);
        key(*editor, Qt::Key_K);
        key(*editor, Qt::Key_K);
        QCOMPARE(editor->conversationId(), m_ids.at(0));
        QCOMPARE(changed.size(), 4);
        QVERIFY(editor->findChild<QToolButton *>(u"approve"_s)->isChecked());

        // Undo of a change to another conversation goes back to it.
        editor->undoStack()->undo();
        QCOMPARE(stored(m_ids.at(2)).review, Review::Generated);
        QCOMPARE(editor->conversationId(), m_ids.at(2));
    }

    void typingInATextField_keepsItsLetters()
    {
        auto editor = makeEditor(m_ids.at(0));
        auto *notes = editor->findChild<QPlainTextEdit *>(u"notes"_s);
        key(*editor, Qt::Key_N); // to the notes from the keyboard
        QVERIFY(notes->hasFocus());
        QTest::keyClicks(notes, u"Jar 1 are ok"_s);
        QCOMPARE(notes->toPlainText(), u"Jar 1 are ok"_s);
        QCOMPARE(stored(m_ids.at(0)).review, Review::Generated);
        QVERIFY(!stored(m_ids.at(0)).rating);
        QCOMPARE(editor->conversationId(), m_ids.at(0));
        // Leaving the field keeps the notes, as one step.
        editor->findChild<QWidget *>(u"chat"_s)->setFocus();
        QTRY_COMPARE(stored(m_ids.at(0)).notes, u"Jar 1 are ok"_s);
        QCOMPARE(editor->undoStack()->count(), 1);
        editor->undoStack()->undo();
        QCOMPARE(stored(m_ids.at(0)).notes, QString());
        QCOMPARE(notes->toPlainText(), QString());
    }

    void regenerateFromHere_dropsTheLaterMessagesAndContinues_undoBringsThemBack()
    {
        auto editor = makeEditor(m_ids.at(0));
        const Store::StoredConversation before = stored(m_ids.at(0));
        QSignalSpy finished(editor.get(), &ConversationEditor::generationFinished);
        click(editor->bubbles().at(2), "regenerateTurn");
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeoutMs);
        QCOMPARE(finished.constFirst().constFirst().toString(), QString());

        const Store::StoredConversation after = stored(m_ids.at(0));
        QCOMPARE(after.state, Store::ConversationState::Complete);
        QCOMPARE(after.turns.size(), 4);
        QCOMPARE(after.turns.at(0).id, before.turns.at(0).id);
        QCOMPARE(after.turns.at(1).content, before.turns.at(1).content);
        QCOMPARE(after.turns.at(2).content, u"Regenerated question 1?"_s);
        QCOMPARE(after.turns.at(3).content, answerTo(u"Regenerated question 1?"_s));
        QCOMPARE(shownTexts(*editor), texts(after));
        QCOMPARE(texts(stored(m_ids.at(1))), texts(stored(m_ids.at(1)))); // untouched below
        QCOMPARE(stored(m_ids.at(1)).turns.at(2).content, textOf(1, 2));

        QCOMPARE(editor->undoStack()->count(), 1);
        QVERIFY(editor->undoStack()->canUndo());
        editor->undoStack()->undo();
        QCOMPARE(texts(stored(m_ids.at(0))), texts(before));
        QCOMPARE(stored(m_ids.at(0)).turns.at(3).id, before.turns.at(3).id);
        QCOMPARE(stored(m_ids.at(0)).state, Store::ConversationState::Complete);
        QCOMPARE(shownTexts(*editor), texts(before));
        editor->undoStack()->redo();
        QCOMPARE(texts(stored(m_ids.at(0))), texts(after));
        QCOMPARE(m_models->questions, 1);
    }

    void branch_keepsTheOriginalAndOpensTheAlternative_undoRemovesIt()
    {
        auto editor = makeEditor(m_ids.at(1));
        const Store::StoredConversation original = stored(m_ids.at(1));
        QSignalSpy changed(editor.get(), &ConversationEditor::conversationChanged);
        QSignalSpy finished(editor.get(), &ConversationEditor::generationFinished);
        click(editor->bubbles().at(3), "branchTurn");
        QCOMPARE(changed.size(), 1);
        const qint64 branch = changed.constFirst().constFirst().toLongLong();
        QVERIFY(!m_ids.contains(branch));
        QCOMPARE(editor->conversationId(), branch);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeoutMs);

        const Store::StoredConversation alternative = stored(branch);
        QCOMPARE(alternative.parentId, m_ids.at(1));
        QCOMPARE(alternative.state, Store::ConversationState::Complete);
        QCOMPARE(texts(alternative).mid(0, 3), texts(original).mid(0, 3));
        QCOMPARE(alternative.turns.at(3).content, answerTo(textOf(1, 2)));
        QVERIFY(alternative.turns.at(3).id != original.turns.at(3).id);
        QCOMPARE(texts(stored(m_ids.at(1))), texts(original));
        QCOMPARE(shownTexts(*editor), texts(alternative));
        QVERIFY(editor->findChild<QLabel *>(u"conversationTitle"_s)->text().contains(u"branch"_s));
        QCOMPARE(editor->findChild<QLabel *>(u"conversationPosition"_s)->text(), u"3 of 4"_s);

        editor->undoStack()->undo();
        QCOMPARE(editor->conversationId(), m_ids.at(1));
        QString error;
        QVERIFY(!Store::CurationStore(m_session->file().database()).conversation(branch, &error));
        QCOMPARE(editor->findChild<QLabel *>(u"conversationPosition"_s)->text(), u"2 of 3"_s);
        editor->undoStack()->redo();
        QTRY_COMPARE(editor->conversationId(), branch);
        QCOMPARE(texts(stored(branch)), texts(alternative));
    }

    void anUnfinishedConversation_canBeContinued()
    {
        QString error;
        QVERIFY(Store::CurationStore(m_session->file().database()).truncate(m_ids.at(2), 0, &error));
        auto editor = makeEditor(m_ids.at(2));
        QCOMPARE(editor->bubbles().size(), 1);
        auto *resume = editor->findChild<QToolButton *>(u"continueGeneration"_s);
        QVERIFY(resume->isVisibleTo(editor.get()));
        if (const QString shots = qEnvironmentVariable("DIALOGSMITH_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(editor->grab().save(shots + u"/conversationeditor-unfinished.png"_s));
        QSignalSpy finished(editor.get(), &ConversationEditor::generationFinished);
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeoutMs);
        const Store::StoredConversation after = stored(m_ids.at(2));
        QCOMPARE(after.state, Store::ConversationState::Complete);
        QCOMPARE(after.turns.size(), 2 * exchanges);
        QCOMPARE(after.turns.at(0).content, textOf(2, 0));
        QCOMPARE(shownTexts(*editor), texts(after));
        QVERIFY(!resume->isVisibleTo(editor.get()));
    }

    void regenerate_whenTheProviderIsDown_saysSoAndUndoRestores()
    {
        m_server.reset(); // nobody answers at the profile's address any more
        auto editor = makeEditor(m_ids.at(2));
        const Store::StoredConversation before = stored(m_ids.at(2));
        QSignalSpy finished(editor.get(), &ConversationEditor::generationFinished);
        click(editor->bubbles().at(1), "regenerateTurn");
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeoutMs);
        const QString error = finished.constFirst().constFirst().toString();
        QVERIFY(!error.isEmpty());
        auto *message = editor->findChild<QLabel *>(u"editorMessage"_s);
        QVERIFY(message->isVisibleTo(editor.get()));
        QVERIFY2(message->text().contains(error), qPrintable(message->text()));
        editor->undoStack()->undo();
        QCOMPARE(texts(stored(m_ids.at(2))), texts(before));
        QCOMPARE(stored(m_ids.at(2)).state, Store::ConversationState::Complete);
    }

    void readOnlyProject_disablesEditingWithAHint()
    {
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
        m_run = std::make_unique<RunController>(m_secrets);
        auto editor = makeEditor(m_ids.at(0));
        QVERIFY(editor->findChild<QLabel *>(u"editorMessage"_s)->text().contains(u"read-only"_s));
        QVERIFY(!editor->findChild<QToolButton *>(u"approve"_s)->isEnabled());
        QVERIFY(!editor->bubbles().at(0)->findChild<QToolButton *>(u"editTurn"_s)->isEnabled());
        key(*editor, Qt::Key_A);
        QCOMPARE(stored(m_ids.at(0)).review, Review::Generated);
        QCOMPARE(editor->undoStack()->count(), 0);
    }
};

QTEST_MAIN(ConversationEditorTest)
#include "conversationeditor_test.moc"

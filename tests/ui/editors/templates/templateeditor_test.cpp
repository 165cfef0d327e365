// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/templates/templateeditor.h"

#include "editors/templates/syntaxsupport.h"
#include "editors/templates/templatetextedit.h"
#include "project/modelaccess.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "scriptedserver/scriptedresponses.h"
#include "scriptedserver/scriptedserver.h"
#include "support/memorysecrets.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDir>
#include <QHelpEvent>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QToolTip>
#include <QUndoStack>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;
namespace Scripted = Dialogsmith::Test;

namespace {

// The foreground the highlighter gave the character at `position`; invalid when it gave none.
QColor foregroundAt(const QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    const int offset = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.start <= offset && offset < range.start + range.length)
            return range.format.foreground().color();
    }
    return {};
}

} // namespace

class TemplateEditorTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Scripted::ScriptedServer> m_server;
    std::unique_ptr<ProjectSession> m_session;
    Test::MemorySecrets m_secrets;
    std::unique_ptr<ModelAccess> m_models;
    std::unique_ptr<TemplateEditor> m_editor;

    template<typename T>
    T *child(const QString &name) const
    {
        T *found = m_editor->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }

    TemplateTextEdit *edit(const QString &key) const { return child<TemplateTextEdit>(u"templateEdit_"_s + key); }
    QPlainTextEdit *preview() const { return child<QPlainTextEdit>(u"templatePreview"_s); }

    // Replaces the template's text by typing, as a person would.
    static void retype(TemplateTextEdit *editor, const QString &text)
    {
        editor->setFocus();
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(editor, Qt::Key_Return);
            QTest::keyClicks(editor, lines.at(i));
        }
    }

    void saveScreenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("DIALOGSMITH_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_editor->grab().save(QDir(dir).filePath(name)));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<Scripted::ScriptedServer>();
        QVERIFY(m_server->listen());
        QString error;
        auto file = ProjectFile::create(m_dir->filePath(u"templates."_s + ProjectFile::fileSuffix()), &error);
        QVERIFY2(file, qPrintable(error));
        m_session = ProjectSession::open(std::move(file), &error);
        QVERIFY2(m_session, qPrintable(error));
        m_session->edit(u"Set up"_s, ProjectSession::Part::All, [this](Design::ProjectDesign &d) {
            d.topics = {{u"Mechanics"_s, u"Forces and motion."_s, 1, {{u"Energy"_s, {}, 1, {}}}}};
            Design::Persona user;
            user.name = u"Mia"_s;
            user.side = Design::Side::User;
            user.description = u"A first-year student."_s;
            Design::Persona assistant;
            assistant.name = u"Dr. Okafor"_s;
            assistant.side = Design::Side::Assistant;
            d.personas = {user, assistant};
            d.documents = {{u"Energy notes"_s, u"pasted"_s, u"Work is force times distance. Energy is conserved."_s}};
            Llm::ProviderProfile profile;
            profile.name = u"Scripted"_s;
            profile.model = u"test-model"_s;
            profile.endpoints = {{m_server->url().toString() + u"/v1"_s, {}}};
            profile.limits.maxAttempts = 1;
            d.providers = {profile};
        });
        m_session->undoStack()->clear();
        m_models = std::make_unique<ModelAccess>(*m_session, m_secrets);
        m_editor = std::make_unique<TemplateEditor>(*m_session, *m_models);
        m_editor->resize(1200, 760);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    void cleanup()
    {
        m_editor.reset();
        m_models.reset();
        m_session.reset();
        m_server.reset();
        m_dir.reset();
    }

    void syntaxDefinition_isFound_andHighlightsVariablesApartFromText()
    {
        const KSyntaxHighlighting::Definition definition
            = SyntaxSupport::repository().definitionForName(SyntaxSupport::templateDefinitionName());
        QVERIFY(definition.isValid());
        QVERIFY(SyntaxSupport::repository().definitionForName(u"JSON"_s).isValid());
        QVERIFY(SyntaxSupport::repository().definitionForName(u"Markdown"_s).isValid());

        TemplateTextEdit *editor = edit(u"system"_s);
        QCOMPARE(editor->highlighter()->definition().name(), SyntaxSupport::templateDefinitionName());
        editor->setPlainText(u"Hello {{topic}} {{#if chunk}}x{{/if}} {{! note }}"_s);
        editor->highlighter()->rehighlight();
        const QColor text = foregroundAt(editor->document(), 1);
        const QColor variable = foregroundAt(editor->document(), 9);
        const QColor section = foregroundAt(editor->document(), 19);
        const QColor comment = foregroundAt(editor->document(), 44);
        QVERIFY(variable.isValid());
        QVERIFY2(variable != text, qPrintable(variable.name() + u" vs "_s + text.name()));
        QVERIFY(section.isValid() && section != text && section != variable);
        QVERIFY(comment.isValid() && comment != text);
    }

    void typing_showsTheRenderedPrompt_andUndoRestoresTheTemplate()
    {
        const QString original = m_session->design().templates.system;
        TemplateTextEdit *editor = edit(u"system"_s);
        QCOMPARE(editor->toPlainText(), original);
        QSignalSpy updated(m_editor.get(), &TemplateEditor::previewUpdated);
        retype(editor, u"You are {{assistant_persona.name}}, talking with {{user_persona.name}}."_s);
        QCOMPARE(m_session->design().templates.system,
                 u"You are {{assistant_persona.name}}, talking with {{user_persona.name}}."_s);
        QTRY_COMPARE(preview()->toPlainText(), u"You are Dr. Okafor, talking with Mia."_s);
        QVERIFY(!updated.isEmpty());
        // The whole retyping is one step.
        QCOMPARE(m_session->undoStack()->count(), 1);
        saveScreenshot(u"templateeditor-typing.png"_s);

        // Ctrl+Z in the editor undoes the project's step, not some private history of the editor.
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_session->design().templates.system, original);
        QCOMPARE(editor->toPlainText(), original);
        QTRY_VERIFY(preview()->toPlainText().startsWith(u"You are Dr. Okafor."_s));
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor->toPlainText(), u"You are {{assistant_persona.name}}, talking with {{user_persona.name}}."_s);
    }

    void undo_keepsTheCursorWhereTheTextDidNotChange()
    {
        TemplateTextEdit *editor = edit(u"system"_s);
        retype(editor, u"First line.\nSecond line."_s);
        m_session->undoStack()->clear();
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(int(QStringLiteral("First line.\nSecond").size()));
        editor->setTextCursor(cursor);
        QTest::keyClicks(editor, u" more"_s);
        QCOMPARE(editor->toPlainText(), u"First line.\nSecond more line."_s);
        // Put the cursor at the start: the undone text is after it, so it stays there.
        editor->moveCursor(QTextCursor::Start);
        editor->clearFocus();
        m_session->undoStack()->undo();
        QCOMPARE(editor->toPlainText(), u"First line.\nSecond line."_s);
        QCOMPARE(editor->textCursor().position(), 0);
    }

    void unknownVariable_isUnderlined_withTheMessageOnHover_andListed()
    {
        TemplateTextEdit *editor = edit(u"system"_s);
        retype(editor, u"Hello\nDear {{nope}} and {{topic}}"_s);
        auto *problems = child<QListWidget>(u"templateProblems"_s);
        QTRY_COMPARE(problems->count(), 1);
        QVERIFY2(problems->item(0)->text().contains(u"Line 2, column 6"_s), qPrintable(problems->item(0)->text()));
        QVERIFY2(problems->item(0)->text().contains(u"nope"_s), qPrintable(problems->item(0)->text()));

        const QList<QTextEdit::ExtraSelection> selections = editor->extraSelections();
        QCOMPARE(selections.size(), 1);
        QCOMPARE(selections.constFirst().format.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(selections.constFirst().cursor.selectedText(), u"{{nope}}"_s);

        // Hovering the tag shows the message.
        QTextCursor at(editor->document());
        at.setPosition(int(QStringLiteral("Hello\nDear {{no").size()));
        const QPoint point = editor->cursorRect(at).center();
        QHelpEvent help(QEvent::ToolTip, point, editor->viewport()->mapToGlobal(point));
        QApplication::sendEvent(editor->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(u"Unknown variable 'nope'"_s), qPrintable(QToolTip::text()));
        // Away from it, no tooltip.
        QTextCursor start(editor->document());
        const QPoint away = editor->cursorRect(start).center();
        QHelpEvent helpAway(QEvent::ToolTip, away, editor->viewport()->mapToGlobal(away));
        QApplication::sendEvent(editor->viewport(), &helpAway);
        QTRY_VERIFY(!QToolTip::isVisible());

        // The tab says the template has a problem; fixing it clears everything.
        QVERIFY(!child<QTabBar>(u"templateTabs"_s)->tabIcon(0).isNull());
        // The preview says why it cannot render.
        auto *previewTitle = child<QLabel>(u"previewTitle"_s);
        QTRY_VERIFY2(previewTitle->text().contains(u"Not rendered"_s), qPrintable(previewTitle->text()));
        QVERIFY(previewTitle->text().contains(u"nope"_s));
        saveScreenshot(u"templateeditor-problem.png"_s);
        retype(editor, u"Hello {{topic}}"_s);
        QTRY_VERIFY(editor->extraSelections().isEmpty());
        QCOMPARE(problems->count(), 0);
        QTRY_COMPARE(preview()->toPlainText(), u"Hello Energy"_s);
    }

    void typingBraces_offersVariableNames_andCompletesTheTag()
    {
        TemplateTextEdit *editor = edit(u"system"_s);
        retype(editor, u"About: "_s);
        QTest::keyClicks(editor, u"{{"_s);
        QCompleter *completer = editor->completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QStringList offered;
        for (int i = 0; i < completer->completionModel()->rowCount(); ++i)
            offered.append(completer->completionModel()->index(i, 0).data().toString());
        QVERIFY2(offered.contains(u"topic"_s) && offered.contains(u"user_persona.mood"_s)
                     && offered.contains(u"history"_s),
                 qPrintable(offered.join(u", "_s)));

        QTest::keyClicks(completer->popup(), u"topic_d"_s);
        QTRY_COMPARE(completer->completionCount(), 1);
        QVERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(editor->toPlainText(), u"About: {{topic_description}}"_s);
        QCOMPARE(m_session->design().templates.system, u"About: {{topic_description}}"_s);
        QTRY_COMPARE(preview()->toPlainText(), u"About: "_s);
    }

    void resetToDefault_isUndoable()
    {
        auto *reset = child<QPushButton>(u"resetTemplateButton"_s);
        QVERIFY(!reset->isEnabled());
        child<QTabBar>(u"templateTabs"_s)->setCurrentIndex(int(TemplateSlot::AssistantTurn));
        TemplateEditor &editor = *m_editor;
        QCOMPARE(editor.currentSlot(), TemplateSlot::AssistantTurn);
        retype(edit(u"assistant_turn"_s), u"Q: {{question}}"_s);
        QVERIFY(reset->isEnabled());
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(m_session->design().templates.assistantTurn, Design::PromptTemplates::defaults().assistantTurn);
        QCOMPARE(edit(u"assistant_turn"_s)->toPlainText(), Design::PromptTemplates::defaults().assistantTurn);
        QVERIFY(!reset->isEnabled());
        m_session->undoStack()->undo();
        QCOMPARE(edit(u"assistant_turn"_s)->toPlainText(), u"Q: {{question}}"_s);
    }

    void newSample_drawsFromTheDesign()
    {
        auto *label = child<QLabel>(u"sampleLabel"_s);
        QVERIFY2(label->text().contains(u"Mechanics › Energy"_s), qPrintable(label->text()));
        QVERIFY(label->text().contains(u"Mia"_s));
        QVERIFY(label->text().contains(u"Dr. Okafor"_s));
        QVERIFY(!m_editor->sample().isExample());
        // A design without topics cannot be planned: the example stands in, and says so.
        m_session->edit(u"No topics"_s, ProjectSession::Part::Topics,
                        [](Design::ProjectDesign &d) { d.topics.clear(); });
        QTRY_VERIFY(m_editor->sample().isExample());
        QVERIFY(label->text().contains(u"no topics"_s));
    }

    void tryIt_streamsTheReplyFromTheProfile()
    {
        child<QTabBar>(u"templateTabs"_s)->setCurrentIndex(int(TemplateSlot::Starter));
        QTRY_VERIFY(preview()->toPlainText().contains(u"You write as Mia."_s));
        Scripted::StreamOptions options;
        options.pieceDelayMs = 30;
        m_server->enqueue(Scripted::openAiStream({u"How much "_s, u"work does "_s, u"lifting a box take?"_s}, options));
        auto *reply = child<QPlainTextEdit>(u"templateReply"_s);
        QSignalSpy finished(m_editor.get(), &TemplateEditor::tryFinished);
        QTest::mouseClick(child<QPushButton>(u"tryItButton"_s), Qt::LeftButton);
        QVERIFY(child<QPushButton>(u"stopButton"_s)->isEnabled());
        // Streamed: a part of the reply shows before the whole has arrived.
        QTRY_VERIFY(reply->toPlainText().startsWith(u"How much"_s));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QCOMPARE(reply->toPlainText(), u"How much work does lifting a box take?"_s);
        QVERIFY2(child<QLabel>(u"tryStatus"_s)->text().startsWith(u"Done"_s),
                 qPrintable(child<QLabel>(u"tryStatus"_s)->text()));
        QVERIFY(!child<QPushButton>(u"stopButton"_s)->isEnabled());

        // The server got the rendered prompt.
        const QJsonObject body = m_server->requests().constLast().json();
        QCOMPARE(body.value(u"model"_s).toString(), u"test-model"_s);
        const QJsonArray messages = body.value(u"messages"_s).toArray();
        QCOMPARE(messages.last().toObject().value(u"content"_s).toString(), preview()->toPlainText());
        // The reply is the sample's question from now on, for the other templates.
        QCOMPARE(m_editor->sample().question(), u"How much work does lifting a box take?"_s);
        saveScreenshot(u"templateeditor-tryit.png"_s);
    }

    void tryIt_canBeStopped()
    {
        m_server->enqueue(Scripted::keepAliveForever(50));
        QSignalSpy finished(m_editor.get(), &TemplateEditor::tryFinished);
        QSignalSpy received(m_server.get(), &Scripted::ScriptedServer::requestReceived);
        QTest::mouseClick(child<QPushButton>(u"tryItButton"_s), Qt::LeftButton);
        QTRY_COMPARE(received.size(), 1);
        QTest::mouseClick(child<QPushButton>(u"stopButton"_s), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QCOMPARE(child<QLabel>(u"tryStatus"_s)->text(), u"Stopped."_s);
        QVERIFY(child<QPushButton>(u"tryItButton"_s)->isEnabled());
    }

    void tryIt_saysWhyTheModelFailed()
    {
        m_server->enqueue(Scripted::errorResponse(Scripted::WireFormat::OpenAi, 401, u"Incorrect API key"_s));
        QSignalSpy finished(m_editor.get(), &TemplateEditor::tryFinished);
        QTest::mouseClick(child<QPushButton>(u"tryItButton"_s), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        const QString status = child<QLabel>(u"tryStatus"_s)->text();
        QVERIFY2(status.contains(u"Scripted"_s), qPrintable(status));
        QVERIFY(child<QPushButton>(u"tryItButton"_s)->isEnabled());
        QVERIFY(child<QPlainTextEdit>(u"templateReply"_s)->toPlainText().isEmpty());
    }

    void darkPalette_switchesToTheDarkTheme()
    {
        TemplateTextEdit *editor = edit(u"system"_s);
        QCOMPARE(editor->highlighter()->theme().name(), SyntaxSupport::repository().defaultTheme().name());
        QVERIFY(editor->palette().color(QPalette::Base).lightness() > 128);
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        QApplication::setPalette(dark);
        const auto restore = qScopeGuard([&light] { QApplication::setPalette(light); });
        QTRY_COMPARE(editor->highlighter()->theme().name(),
                     SyntaxSupport::repository().defaultTheme(KSyntaxHighlighting::Repository::DarkTheme).name());
        QVERIFY(editor->palette().color(QPalette::Base).lightness() < 128);
        saveScreenshot(u"templateeditor-dark.png"_s);
    }

    void jsonReply_isHighlightedAsJson()
    {
        m_server->enqueue(Scripted::openAiStream({u"{\"answer\": "_s, u"42}"_s}));
        QSignalSpy finished(m_editor.get(), &TemplateEditor::tryFinished);
        QTest::mouseClick(child<QPushButton>(u"tryItButton"_s), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        auto *reply = child<QPlainTextEdit>(u"templateReply"_s);
        auto *highlighter = reply->document()->findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
        QVERIFY(highlighter);
        QCOMPARE(highlighter->definition().name(), u"JSON"_s);
    }

    void everyStep_hasItsTemplate_groupedByMode_andTheDefaultsHaveNoProblems()
    {
        auto *groups = child<QTabBar>(u"templateGroups"_s);
        auto *tabs = child<QTabBar>(u"templateTabs"_s);
        QCOMPARE(groups->count(), 6);
        QCOMPARE(tabs->count(), 4); // the conversation's
        int seen = 0;
        for (int group = 0; group < groups->count(); ++group) {
            QTest::mouseClick(groups, Qt::LeftButton, {}, groups->tabRect(group).center());
            QCOMPARE(groups->currentIndex(), group);
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                ++seen;
                const TemplateSlot slot = m_editor->currentSlot();
                QVERIFY(edit(templateKey(slot))->isVisibleTo(m_editor.get()));
                QVERIFY2(tabs->tabIcon(tab).isNull(), qPrintable(templateKey(slot)));
                QCOMPARE(child<QListWidget>(u"templateProblems"_s)->count(), 0);
                QTRY_VERIFY2(!preview()->toPlainText().isEmpty(), qPrintable(templateKey(slot)));
                QVERIFY(!child<QLabel>(u"previewTitle"_s)->text().contains(u"Not rendered"_s));
            }
        }
        QCOMPARE(seen, templateSlotCount);
    }

    void narrowEditor_reachesEveryGroup_byKeyboardAndByClick()
    {
        // As in a 1440 px window with the navigator and the preview docked: the group tabs do not all fit.
        m_editor->resize(640, 760);
        auto *groups = child<QTabBar>(u"templateGroups"_s);
        QTRY_VERIFY(groups->width() > 0);
        int allTabs = 0;
        for (int group = 0; group < groups->count(); ++group)
            allTabs += groups->tabRect(group).width();
        QVERIFY2(groups->width() < allTabs, qPrintable(u"%1 of %2"_s.arg(groups->width()).arg(allTabs)));
        // Whole names, never elided: the arrows scroll to the rest.
        QCOMPARE(groups->elideMode(), Qt::ElideNone);
        auto *left = groups->findChild<QToolButton *>(u"ScrollLeftButton"_s);
        auto *right = groups->findChild<QToolButton *>(u"ScrollRightButton"_s);
        QVERIFY(left && right);
        QVERIFY(right->isVisible());
        // A group shows when all of its tab is clear of the scroll arrows (at the ends, or both at the right).
        const auto shown = [groups, left, right](int group) {
            const QRect tab = groups->tabRect(group);
            int from = 0;
            int to = groups->width();
            for (const QToolButton *arrow : {left, right}) {
                if (!arrow->isVisible())
                    continue;
                if (arrow->x() > groups->width() / 2)
                    to = std::min(to, arrow->x());
                else
                    from = std::max(from, arrow->geometry().right() + 1);
            }
            return tab.isValid() && tab.left() >= from && tab.right() < to;
        };
        QVERIFY(!shown(groups->count() - 1));

        // By keyboard: the arrow keys walk the groups, each scrolled into view as it is reached.
        groups->setFocus();
        QCOMPARE(groups->currentIndex(), 0);
        for (int group = 1; group < groups->count(); ++group) {
            QTest::keyClick(groups, Qt::Key_Right);
            QCOMPARE(groups->currentIndex(), group);
            QVERIFY2(shown(group), qPrintable(groups->tabText(group)));
        }
        QCOMPARE(m_editor->currentSlot(), TemplateSlot::Judge);
        for (int group = groups->count() - 2; group >= 0; --group)
            QTest::keyClick(groups, Qt::Key_Left);
        QCOMPARE(groups->currentIndex(), 0);
        QCOMPARE(m_editor->currentSlot(), TemplateSlot::System);

        // By mouse: the right arrow until the last group shows, then a click on it.
        const int last = groups->count() - 1;
        for (int clicks = 0; !shown(last) && clicks < 20; ++clicks)
            QTest::mouseClick(right, Qt::LeftButton);
        QVERIFY(shown(last));
        QTest::mouseClick(groups, Qt::LeftButton, {}, groups->tabRect(last).center());
        QCOMPARE(groups->currentIndex(), last);
        QCOMPARE(m_editor->currentSlot(), TemplateSlot::Judge);
        QVERIFY(edit(templateKey(TemplateSlot::Judge))->isVisible());
    }

    void newStep_rendersItsPreview_flagsAnUnknownVariable_andCompletesItsOwnVariables()
    {
        auto *groups = child<QTabBar>(u"templateGroups"_s);
        auto *tabs = child<QTabBar>(u"templateTabs"_s);
        QTest::mouseClick(groups, Qt::LeftButton, {}, groups->tabRect(2).center()); // Knowledge Q&A
        QCOMPARE(m_editor->currentSlot(), TemplateSlot::KnowledgeQuestion);
        // Grounded in the design's chunk.
        QTRY_VERIFY2(preview()->toPlainText().contains(u"Work is force times distance."_s),
                     qPrintable(preview()->toPlainText()));
        tabs->setCurrentIndex(1);
        QCOMPARE(m_editor->currentSlot(), TemplateSlot::Faithfulness);

        TemplateTextEdit *editor = edit(u"faithfulness"_s);
        retype(editor, u"Does \"{{answer}}\" keep to {{document_title}}? {{verdict}}"_s);
        QCOMPARE(m_session->design().templates.faithfulness,
                 u"Does \"{{answer}}\" keep to {{document_title}}? {{verdict}}"_s);
        auto *problems = child<QListWidget>(u"templateProblems"_s);
        QTRY_COMPARE(problems->count(), 1); // answer is this step's variable; verdict is no one's
        QVERIFY2(problems->item(0)->text().contains(u"verdict"_s), qPrintable(problems->item(0)->text()));
        QVERIFY(!tabs->tabIcon(1).isNull());
        QVERIFY(!groups->tabIcon(2).isNull());
        QVERIFY(groups->tabIcon(0).isNull());
        retype(editor, u"Does \"{{answer}}\" keep to {{document_title}}?"_s);
        QTRY_COMPARE(problems->count(), 0);
        QVERIFY(groups->tabIcon(2).isNull());
        QTRY_VERIFY2(preview()->toPlainText().startsWith(u"Does \""_s)
                         && preview()->toPlainText().endsWith(u"keep to Energy notes?"_s),
                     qPrintable(preview()->toPlainText()));

        // The same variable is unknown where the step does not provide it.
        m_editor->setCurrentSlot(TemplateSlot::Starter);
        QCOMPARE(groups->currentIndex(), 0);
        QCOMPARE(tabs->currentIndex(), 1);
        retype(edit(u"starter"_s), u"{{answer}}"_s);
        QTRY_COMPARE(problems->count(), 1);

        // Completion offers what the step adds.
        m_editor->setCurrentSlot(TemplateSlot::PreferenceJudge);
        TemplateTextEdit *judge = edit(u"preference_judge"_s);
        QVERIFY(judge->isVisibleTo(m_editor.get()));
        retype(judge, u"Rank: "_s);
        QTest::keyClicks(judge, u"{{"_s);
        QCompleter *completer = judge->completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QStringList offered;
        for (int i = 0; i < completer->completionModel()->rowCount(); ++i)
            offered.append(completer->completionModel()->index(i, 0).data().toString());
        QVERIFY2(offered.contains(u"responses"_s) && offered.contains(u"rubric.text"_s)
                     && !offered.contains(u"query"_s),
                 qPrintable(offered.join(u", "_s)));
        QTest::keyClick(completer->popup(), Qt::Key_Escape);

        // Reset to default, undoable, on a new step too.
        auto *reset = child<QPushButton>(u"resetTemplateButton"_s);
        QVERIFY(reset->isEnabled());
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(m_session->design().templates.preferenceJudge, Design::PromptTemplates::defaults().preferenceJudge);
        m_session->undoStack()->undo();
        QCOMPARE(judge->toPlainText(), u"Rank: {{"_s);
    }

    void newSteps_previewTheDesignsSeedsAndRubric()
    {
        m_session->edit(u"Modes"_s, ProjectSession::Part::Generation, [](Design::ProjectDesign &d) {
            d.modes.seeds = {u"Explain why a pendulum swings."_s, u"Describe elastic collisions."_s};
            d.quality.rubric = Design::Rubric::defaults().constFirst().name;
        });
        m_editor->setCurrentSlot(TemplateSlot::Instruction);
        QTRY_VERIFY2(preview()->toPlainText().contains(u"Explain why a pendulum swings."_s),
                     qPrintable(preview()->toPlainText()));
        m_editor->setCurrentSlot(TemplateSlot::Judge);
        QTRY_VERIFY2(preview()->toPlainText().contains(Design::Rubric::defaults().constFirst().text.left(30)),
                     qPrintable(preview()->toPlainText()));
        saveScreenshot(u"templateeditor-judge.png"_s);
    }
};

QTEST_MAIN(TemplateEditorTest)
#include "templateeditor_test.moc"

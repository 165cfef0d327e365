// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// Each message's grounding in the conversation editor: the chunk it drew on named on its bubble, and shown in the
// review panel with the passages it shares marked when the message is picked.
#include "conversation/conversationeditor.h"
#include "conversation/passagematch.h"
#include "conversation/turnbubble.h"
#include "design/projectspec.h"
#include "documents/chunker.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "run/runcontroller.h"
#include "store/designstore.h"
#include "store/runstore.h"
#include "support/memorysecrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

namespace {

const Design::ChunkSettings chunking {120, 0};

QString tides()
{
    return u"The Moon's gravity pulls on the oceans. Water on the near side is pulled most.\n\n"
           u"The oceans bulge on both sides of the Earth, so most coasts see two high tides a day.\n\n"
           u"Spring tides come when the Sun and the Moon pull in a line."_s;
}

QString orbit()
{
    return u"The Moon circles the Earth once a month.\n\nIts orbit is an ellipse, so its distance from us changes by "
           u"about ten percent over the month.\n\nAt perigee the Moon looks a little larger."_s;
}

// The chunk of `text` (cut as the run cut it) that holds `needle`.
int chunkWith(const QString &text, const QString &needle)
{
    const QList<Documents::ChunkSpan> spans = Documents::chunkText(text, chunking);
    const qsizetype at = text.indexOf(needle);
    for (int i = 0; i < spans.size(); ++i) {
        if (at >= spans.at(i).start && at + needle.size() <= spans.at(i).start + spans.at(i).length)
            return i;
    }
    return -1;
}

QString chunkText(const QString &text, int index)
{
    const Documents::ChunkSpan span = Documents::chunkText(text, chunking).at(index);
    return text.mid(span.start, span.length);
}

} // namespace

class TurnGroundingTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Test::MemorySecrets m_secrets;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<RunController> m_run;
    QTemporaryDir m_settings;
    qint64 m_conversation = 0;
    int m_bulgeChunk = -1;
    int m_ellipseChunk = -1;

    struct Turn {
        QString text;
        QString document; ///< empty: not grounded
        int chunk = -1;
    };

    // A project as the engine leaves it, with a conversation whose messages drew on different chunks.
    void makeProject(const QList<Turn> &turns)
    {
        const QString path = m_dir->filePath(u"grounding.dialogsmith"_s);
        Design::ProjectDesign d;
        d.name = u"Grounding"_s;
        d.documents = {{u"Tides primer"_s, u"tides.md"_s, tides()}, {u"Lunar orbit"_s, u"orbit.md"_s, orbit()}};
        d.chunking = chunking;
        QString error;
        {
            auto file = ProjectFile::create(path, &error);
            QVERIFY2(file, qPrintable(error));
            QVERIFY2(Store::DesignStore(file->database()).save(d, &error), qPrintable(error));
            QHash<QString, qint64> ids;
            QSqlQuery q(file->database());
            QVERIFY(q.exec(u"SELECT id, title FROM documents"_s));
            while (q.next())
                ids.insert(q.value(1).toString(), q.value(0).toLongLong());
            Store::RunStore runs(file->database());
            QVERIFY(runs.begin(&error));
            Design::ProjectDesign snapshot = d;
            snapshot.documents.clear();
            const QJsonObject json {
                {u"design"_s, QJsonDocument::fromJson(Design::ProjectSpec::write(snapshot)).object()},
                {u"documents"_s, QJsonArray()},
            };
            const auto run = runs.createRun(1, 1, QJsonDocument(json).toJson(), &error);
            QVERIFY2(run, qPrintable(error));
            QVERIFY(runs.storeTemplate(u"v1"_s, u"starter"_s, u"x"_s, &error));
            Store::NewConversation conversation;
            conversation.runId = *run;
            conversation.turnsPlanned = int(turns.size()) / 2;
            conversation.topicPath = u"Tides"_s;
            conversation.draw = "{}";
            conversation.documentId = ids.value(turns.constFirst().document);
            conversation.chunkIndex = turns.constFirst().chunk;
            const auto id = runs.insertConversation(conversation, &error);
            QVERIFY2(id, qPrintable(error));
            m_conversation = *id;
            for (int seq = 0; seq < turns.size(); ++seq) {
                Store::NewTurn turn;
                turn.conversationId = *id;
                turn.seq = seq;
                turn.role = seq % 2 ? Llm::Role::Assistant : Llm::Role::User;
                turn.content = turns.at(seq).text;
                turn.profile = u"sim"_s;
                turn.model = u"m"_s;
                turn.params = "{}";
                turn.finishReason = u"stop"_s;
                turn.templateVersion = u"v1"_s;
                if (!turns.at(seq).document.isEmpty()) {
                    turn.documentId = ids.value(turns.at(seq).document);
                    turn.chunkIndex = turns.at(seq).chunk;
                }
                QVERIFY2(runs.insertTurn(turn, &error), qPrintable(error));
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

    std::unique_ptr<ConversationEditor> makeEditor()
    {
        auto editor = std::make_unique<ConversationEditor>(*m_session, *m_run, m_conversation);
        editor->resize(1200, 800);
        editor->show();
        if (!QTest::qWaitForWindowExposed(editor.get()))
            qWarning("the editor was not shown");
        return editor;
    }

    static QStringList marked(const ConversationEditor &editor)
    {
        QStringList texts;
        for (const auto &selection : editor.findChild<QPlainTextEdit *>(u"grounding"_s)->extraSelections())
            texts.append(selection.cursor.selectedText());
        return texts;
    }

    static QString heading(const ConversationEditor &editor)
    {
        return editor.findChild<QLabel *>(u"groundingHeading"_s)->text();
    }

    static QString shownChunk(const ConversationEditor &editor)
    {
        return editor.findChild<QPlainTextEdit *>(u"grounding"_s)->toPlainText();
    }

    QList<Turn> standardTurns()
    {
        m_bulgeChunk = chunkWith(tides(), u"bulge on both sides"_s);
        m_ellipseChunk = chunkWith(orbit(), u"an ellipse"_s);
        return {
            {u"How do tides work?"_s, u"Tides primer"_s, 0},
            {u"The OCEANS bulge on both sides — of the Earth! That is why you see two high tides a day."_s,
             u"Tides primer"_s, m_bulgeChunk},
            {u"And how far away is the Moon?"_s, u"Lunar orbit"_s, m_ellipseChunk},
            {u"Its orbit is an ellipse, so the distance changes over the month."_s, u"Lunar orbit"_s, m_ellipseChunk},
            {u"Thanks!"_s, QString(), -1},
            {u"You are welcome."_s, QString(), -1},
        };
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

    void sharedPassages_areWordTrigramsIgnoringCaseAndPunctuation()
    {
        const QString source = u"The oceans bulge on both sides of the Earth, so most coasts see two high tides."_s;
        const auto texts = [&](const QList<PassageMatch::Range> &ranges) {
            QStringList out;
            for (const auto &[start, length] : ranges)
                out.append(source.mid(start, length));
            return out;
        };
        // Case, punctuation and line breaks do not matter; the run is marked from its first word to its last.
        QCOMPARE(texts(PassageMatch::sharedPassages(source, {u"THE OCEANS—bulge on\nboth sides!"_s})),
                 QStringList {u"The oceans bulge on both sides"_s});
        // Two words in common are not a passage; nor are three short ones ("of the" ...).
        QCOMPARE(texts(PassageMatch::sharedPassages(source, {u"oceans bulge, they say"_s})), QStringList());
        QCOMPARE(texts(PassageMatch::sharedPassages(source, {u"sides of the"_s})), QStringList {u"sides of the"_s});
        QCOMPARE(texts(PassageMatch::sharedPassages(source, {u"on both of the"_s})), QStringList());
        // Separate runs stay separate; any of several texts counts.
        QCOMPARE(texts(PassageMatch::sharedPassages(source, {u"the oceans bulge"_s, u"see two high tides"_s})),
                 (QStringList {u"The oceans bulge"_s, u"see two high tides"_s}));
        QCOMPARE(texts(PassageMatch::sharedPassages(source, {})), QStringList());
        QCOMPARE(texts(PassageMatch::sharedPassages(u"Ça va très bien, merci."_s, {u"ça VA tres bien"_s})),
                 QStringList()); // accents are kept: "tres" is not "très"
        QCOMPARE(PassageMatch::sharedPassages(u"Ça va très bien, merci."_s, {u"ÇA VA TRÈS"_s}).size(), 1);
    }

    void bubbles_nameTheChunkEachMessageDrewOn_andThePanelListsThemAll()
    {
        makeProject(standardTurns());
        QVERIFY(m_bulgeChunk > 0 && m_ellipseChunk >= 0);
        auto editor = makeEditor();
        const QList<TurnBubble *> bubbles = editor->bubbles();
        QCOMPARE(bubbles.size(), 6);
        QCOMPARE(bubbles.at(0)->groundingLink()->text().contains(u"§1 · Tides primer"_s), true);
        QVERIFY(bubbles.at(1)->groundingLink()->text().contains(u"§%1 · Tides primer"_s.arg(m_bulgeChunk + 1)));
        QVERIFY(bubbles.at(2)->groundingLink()->text().contains(u"§%1 · Lunar orbit"_s.arg(m_ellipseChunk + 1)));
        QVERIFY(!bubbles.at(4)->groundingLink());

        // Nothing picked: the conversation's own chunk, and the list of every chunk it used.
        QTRY_VERIFY(heading(*editor).contains(u"Tides primer"_s));
        QCOMPARE(shownChunk(*editor), chunkText(tides(), 0));
        const QString list = editor->findChild<QLabel *>(u"groundingChunks"_s)->text();
        QVERIFY2(list.contains(u"§1 · Tides primer"_s) && list.contains(u"§%1 · Tides primer"_s.arg(m_bulgeChunk + 1))
                     && list.contains(u"§%1 · Lunar orbit"_s.arg(m_ellipseChunk + 1)),
                 qPrintable(list));
        QCOMPARE(list.count(u"<a "_s), 3);
    }

    void pickingAMessage_showsItsChunkWithTheSharedPassagesMarked()
    {
        makeProject(standardTurns());
        auto editor = makeEditor();
        QTRY_VERIFY(heading(*editor).contains(u"Tides primer"_s));
        const QList<TurnBubble *> bubbles = editor->bubbles();

        // The answer's link: its chunk, the passage it quotes marked.
        QLabel *link = bubbles.at(1)->groundingLink();
        QTest::mouseClick(link, Qt::LeftButton, {}, QPoint(4, link->height() / 2));
        QTRY_VERIFY(bubbles.at(1)->isSelected());
        QVERIFY(heading(*editor).contains(u"Message 2 drew on"_s));
        QCOMPARE(shownChunk(*editor), chunkText(tides(), m_bulgeChunk));
        QCOMPARE(marked(*editor),
                 (QStringList {u"The oceans bulge on both sides of the Earth"_s, u"see two high tides a day"_s}));

        // A click on another message's text moves there.
        QTest::mouseClick(bubbles.at(3)->findChild<QLabel *>(u"turnText"_s), Qt::LeftButton);
        QTRY_VERIFY(bubbles.at(3)->isSelected());
        QVERIFY(!bubbles.at(1)->isSelected());
        QVERIFY(heading(*editor).contains(u"Lunar orbit"_s));
        QCOMPARE(shownChunk(*editor), chunkText(orbit(), m_ellipseChunk));
        // "the distance" is not "its distance": only what it says word for word.
        QCOMPARE(marked(*editor).value(0), u"Its orbit is an ellipse, so"_s);

        // A message that is not grounded says so.
        QTest::mouseClick(bubbles.at(5), Qt::LeftButton, {}, QPoint(bubbles.at(5)->width() / 2, 4));
        QTRY_VERIFY(heading(*editor).contains(u"not grounded"_s));
        QVERIFY(!editor->findChild<QPlainTextEdit *>(u"grounding"_s)->isVisibleTo(editor.get()));

        // A chunk of the list: shown with the passages of every message that drew on it.
        Q_EMIT editor->findChild<QLabel *>(u"groundingChunks"_s)->linkActivated(u"chunk:1"_s);
        QVERIFY(heading(*editor).contains(u"Grounded in"_s));
        QCOMPARE(shownChunk(*editor), chunkText(tides(), m_bulgeChunk));
        QVERIFY(!bubbles.at(5)->isSelected());
    }

    void editingAMessage_updatesWhatItShares()
    {
        makeProject(standardTurns());
        auto editor = makeEditor();
        QTRY_VERIFY(heading(*editor).contains(u"Tides primer"_s));
        TurnBubble *answer = editor->bubbles().at(1);
        QTest::mouseClick(answer->groundingLink(), Qt::LeftButton, {},
                          QPoint(4, answer->groundingLink()->height() / 2));
        QTRY_COMPARE(marked(*editor).size(), 2);
        QTest::mouseClick(answer->findChild<QWidget *>(u"editTurn"_s), Qt::LeftButton);
        QTRY_VERIFY(answer->isEditing());
        answer->textEdit()->setPlainText(u"Coasts see two high tides a day."_s);
        QTest::keyClick(answer->textEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(marked(*editor), QStringList {u"coasts see two high tides a day"_s});
    }

    void longDocument_isCutOffTheGuiThread()
    {
        QList<Turn> turns = standardTurns();
        makeProject(turns);
        QString text;
        while (text.size() < 300'000)
            text += u"Filler sentence about nothing in particular. "_s;
        text += u"\n\nThe zeppelin moored at the tower."_s;
        QSqlQuery q(m_session->file().database());
        q.prepare(u"UPDATE documents SET text = ? WHERE title = 'Lunar orbit'"_s);
        q.addBindValue(text);
        QVERIFY(q.exec());
        auto editor = makeEditor();
        // At first the panel says it is reading; then the chunks are there.
        QTRY_VERIFY(heading(*editor).contains(u"Tides primer"_s));
        QTest::mouseClick(editor->bubbles().at(2)->findChild<QLabel *>(u"turnText"_s), Qt::LeftButton);
        QTRY_VERIFY(heading(*editor).contains(u"Lunar orbit"_s));
        QCOMPARE(shownChunk(*editor),
                 text.mid(Documents::chunkText(text, chunking).at(m_ellipseChunk).start,
                          Documents::chunkText(text, chunking).at(m_ellipseChunk).length));
    }
};

QTEST_MAIN(TurnGroundingTest)
#include "turngrounding_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// Searching the documents' chunks in the Documents editor, as a person does: Ctrl+F, typing, arrows, Return.
#include "documents/chunker.h"
#include "editors/documents/chunkmatch.h"
#include "editors/documents/chunksearchmodel.h"
#include "editors/documents/chunkview.h"
#include "editors/documents/documenteditor.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "support/scripteddialogs.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

namespace {

// Paragraphs about one subject each, so a word finds one chunk.
QString physics()
{
    QString text;
    for (int i = 1; i <= 12; ++i)
        text += u"Paragraph %1. Energy moves between objects when a force does work on them.\n\n"_s.arg(i);
    text += u"Friction turns kinetic energy into heat, which is why brakes get hot.\n\n"_s;
    for (int i = 13; i <= 24; ++i)
        text += u"Paragraph %1. Momentum is conserved when no outside force acts.\n\n"_s.arg(i);
    return text;
}

QString biology()
{
    return u"Photosynthesis turns light into sugar in the chloroplasts.\n\nCells divide by mitosis; Café owners "
           u"rarely know this."_s;
}

} // namespace

class ChunkSearchTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<Test::ScriptedDialogs> m_dialogs;
    std::unique_ptr<DocumentEditor> m_editor;
    QLineEdit *m_field = nullptr;
    QListView *m_results = nullptr;
    QLabel *m_status = nullptr;
    ChunkView *m_chunks = nullptr;

    void open(const QList<Design::Document> &documents, Design::ChunkSettings settings = {400, 50})
    {
        QString error;
        auto file = ProjectFile::create(m_dir->filePath(u"search."_s + ProjectFile::fileSuffix()), &error);
        QVERIFY2(file, qPrintable(error));
        m_session = ProjectSession::open(std::move(file), &error);
        QVERIFY2(m_session, qPrintable(error));
        m_session->edit(u"Set up"_s, ProjectSession::Part::Documents | ProjectSession::Part::Chunking,
                        [&](Design::ProjectDesign &d) {
                            d.documents = documents;
                            d.chunking = settings;
                        });
        m_session->undoStack()->clear();
        m_dialogs = std::make_unique<Test::ScriptedDialogs>();
        m_editor = std::make_unique<DocumentEditor>(*m_session, *m_dialogs);
        m_editor->resize(1100, 700);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
        m_field = m_editor->findChild<QLineEdit *>(u"chunkSearchField"_s);
        m_results = m_editor->findChild<QListView *>(u"chunkSearchResults"_s);
        m_status = m_editor->findChild<QLabel *>(u"chunkSearchStatus"_s);
        m_chunks = m_editor->findChild<ChunkView *>(u"chunkView"_s);
        QVERIFY(m_field && m_results && m_status && m_chunks);
        new QAbstractItemModelTester(m_results->model(), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                     m_editor.get());
    }

    void type(const QString &text)
    {
        QTest::keyClick(m_editor.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_field->hasFocus());
        QTest::keyClicks(m_field, text);
    }

    QStringList resultLabels() const
    {
        QStringList labels;
        for (int row = 0; row < m_results->model()->rowCount(); ++row)
            labels.append(m_results->model()->index(row, 0).data().toString().section(u'\n', 0, 0));
        return labels;
    }

    /// The text the chunk view marks as found.
    QStringList marked() const
    {
        QStringList texts;
        for (const QTextEdit::ExtraSelection &selection : m_chunks->extraSelections())
            texts.append(selection.cursor.selectedText());
        return texts;
    }

    int chunkOf(const QString &text, const QString &needle, Design::ChunkSettings settings)
    {
        const QList<Documents::ChunkSpan> spans = Documents::chunkText(text, settings);
        const qsizetype at = text.indexOf(needle);
        for (int i = 0; i < spans.size(); ++i) {
            if (at >= spans.at(i).start && at + needle.size() <= spans.at(i).start + spans.at(i).length)
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_editor.reset();
        m_dialogs.reset();
        m_session.reset();
        m_dir.reset();
    }

    void match_foldsCaseAndDiacritics_andTakesTheLastWordAsAPrefix()
    {
        const QString text = u"Brakes get HOT; the café's friction heats them."_s;
        const auto words = [&](const ChunkMatch &match) {
            QStringList found;
            for (const ChunkMatch::Range &range : match.ranges(text))
                found.append(text.mid(range.start, range.length));
            return found;
        };
        QCOMPARE(words(ChunkMatch(u"hot cafe"_s)), (QStringList {u"HOT"_s, u"café"_s}));
        QCOMPARE(words(ChunkMatch(u"fric"_s)), QStringList {u"friction"_s}); // still being typed
        QCOMPARE(words(ChunkMatch(u"fric "_s)), QStringList()); // a whole word now
        QCOMPARE(words(ChunkMatch(u"\"brakes get\""_s)), (QStringList {u"Brakes"_s, u"get"_s}));
        QVERIFY(ChunkMatch(u" \"\" "_s).isEmpty());
        const QString snippet = ChunkMatch(u"heats"_s).snippetHtml(u"<b>x</b> heats"_s);
        QCOMPARE(snippet, u"&lt;b&gt;x&lt;/b&gt; <b>heats</b>"_s);
    }

    void search_findsTheChunk_andSelectingItShowsItInItsDocumentWithTheWordsMarked()
    {
        const Design::ChunkSettings settings {400, 50};
        open({{u"Biology"_s, u"pasted"_s, biology()}, {u"Physics"_s, u"pasted"_s, physics()}}, settings);
        const int frictionChunk = chunkOf(physics(), u"Friction turns"_s, settings);
        QVERIFY(frictionChunk > 0);
        QSignalSpy shown(m_editor.get(), &DocumentEditor::searchResultsShown);

        type(u"FRICTION heat"_s);
        QTRY_COMPARE(m_results->model()->rowCount(), 1);
        QCOMPARE(resultLabels(), QStringList {u"§%1 · Physics"_s.arg(frictionChunk + 1)});
        const QString snippet = m_results->model()->index(0, 0).data(ChunkSearchModel::SnippetHtmlRole).toString();
        QVERIFY2(snippet.contains(u"<b>Friction</b>"_s) && snippet.contains(u"<b>heat</b>"_s), qPrintable(snippet));
        QCOMPARE(m_status->text(), u"1 chunk(s) found:"_s); // untranslated plural

        // ↓ in the field selects the result and shows it; the typing cursor stays in the field.
        QSignalSpy revealed(m_editor.get(), &DocumentEditor::searchResultRevealed);
        QTest::keyClick(m_field, Qt::Key_Down);
        QTRY_COMPARE(revealed.size(), 1);
        QVERIFY(m_field->hasFocus());
        QCOMPARE(revealed.constFirst().at(0).toInt(), 1);
        QCOMPARE(revealed.constFirst().at(1).toInt(), frictionChunk);
        auto *table = m_editor->findChild<QTableView *>(u"documentTable"_s);
        QCOMPARE(table->selectionModel()->selectedRows().constFirst().row(), 1);
        QCOMPARE(m_editor->findChild<QTabWidget *>(u"documentTabs"_s)->currentWidget(), m_chunks);
        QCOMPARE(m_chunks->revealedChunk(), frictionChunk);
        QCOMPARE(marked(), (QStringList {u"Friction"_s, u"heat"_s}));
        // The chunk's header is at the top of the view.
        const QTextBlock top = m_chunks->cursorForPosition(QPoint(4, 4)).block();
        QCOMPARE(top.blockNumber(), m_chunks->headerBlock(frictionChunk));
        QVERIFY(top.text().startsWith(u"Chunk %1 "_s.arg(frictionChunk + 1)));
    }

    void prefixAndPhrase_findWhatAPersonMeans_andReturnOpensTheBest()
    {
        open({{u"Biology"_s, u"pasted"_s, biology()}, {u"Physics"_s, u"pasted"_s, physics()}});
        type(u"photosynth"_s);
        QTRY_COMPARE(resultLabels(), QStringList {u"§1 · Biology"_s});
        m_field->clear();
        QTRY_VERIFY(!m_results->isVisible());
        QCOMPARE(m_results->model()->rowCount(), 0);

        QTest::keyClicks(m_field, u"\"outside force\""_s);
        QTRY_VERIFY(m_results->model()->rowCount() > 0);
        for (const QString &label : resultLabels())
            QVERIFY2(label.endsWith(u"· Physics"_s), qPrintable(label));
        QSignalSpy revealed(m_editor.get(), &DocumentEditor::searchResultRevealed);
        QTest::keyClick(m_field, Qt::Key_Return);
        QTRY_COMPARE(revealed.size(), 1);
        QCOMPARE(marked().constFirst(), u"outside"_s);

        m_field->clear();
        QTest::keyClicks(m_field, u"xylophone"_s);
        QTRY_COMPARE(m_status->text(), u"No chunk contains \"xylophone\"."_s);
        QCOMPARE(m_results->model()->rowCount(), 0);
    }

    void changedDocuments_neverLeaveStaleResults()
    {
        open({{u"Biology"_s, u"pasted"_s, biology()}});
        type(u"mitosis"_s);
        QTRY_COMPARE(resultLabels(), QStringList {u"§1 · Biology"_s});

        // The document renamed: the old result goes at once, the new one comes when it is indexed again.
        m_session->edit(u"Rename"_s, ProjectSession::Part::Documents,
                        [](Design::ProjectDesign &d) { d.documents[0].title = u"Cells"_s; });
        QCOMPARE(m_results->model()->rowCount(), 0);
        QTRY_COMPARE(resultLabels(), QStringList {u"§1 · Cells"_s});

        // Removed: nothing is found, and nothing from before is shown.
        m_session->edit(u"Delete"_s, ProjectSession::Part::Documents,
                        [](Design::ProjectDesign &d) { d.documents.clear(); });
        QCOMPARE(m_results->model()->rowCount(), 0);
        QTRY_VERIFY(m_status->text().contains(u"no documents"_s));
        QTRY_VERIFY(m_field->toolTip().endsWith(u"0 chunk(s) indexed."_s)); // indexed again: still nothing
        QVERIFY(m_status->text().contains(u"no documents"_s));
        QCOMPARE(m_results->model()->rowCount(), 0);

        // Undo brings it back, and the search finds it again without being typed again.
        m_session->undoStack()->undo();
        QTRY_COMPARE(resultLabels(), QStringList {u"§1 · Cells"_s});
    }

    void chunkSizeChanged_reindexes_andResultsNameTheNewChunks()
    {
        open({{u"Physics"_s, u"pasted"_s, physics()}}, {400, 0});
        type(u"brakes"_s);
        QTRY_COMPARE(resultLabels(),
                     QStringList {u"§%1 · Physics"_s.arg(chunkOf(physics(), u"brakes"_s, {400, 0}) + 1)});
        auto *size = m_editor->findChild<QSpinBox *>(u"chunkSize"_s);
        size->selectAll();
        QTest::keyClicks(size, u"2000"_s);
        QTest::keyClick(size, Qt::Key_Return);
        QCOMPARE(m_session->design().chunking.size, 2000);
        const int expected = chunkOf(physics(), u"brakes"_s, m_session->design().chunking);
        QTRY_COMPARE(resultLabels(), QStringList {u"§%1 · Physics"_s.arg(expected + 1)});
    }

    void resultInALongDocument_isShownEvenPastTheChunksTheViewShowsAtOnce()
    {
        QString text;
        for (int i = 0; i < 400; ++i)
            text += u"Section %1 talks about ordinary things at some length, again and again.\n\n"_s.arg(i);
        text += u"The zeppelin landed at last.\n\n"_s;
        open({{u"Long"_s, u"pasted"_s, text}}, {100, 0});
        const int chunk = chunkOf(text, u"zeppelin"_s, {100, 0});
        QVERIFY(chunk > ChunkView::maxShownChunks);
        type(u"zeppelin"_s);
        QTRY_COMPARE(m_results->model()->rowCount(), 1);
        QSignalSpy revealed(m_editor.get(), &DocumentEditor::searchResultRevealed);
        QTest::mouseClick(m_results->viewport(), Qt::LeftButton, {},
                          m_results->visualRect(m_results->model()->index(0, 0)).center());
        QTRY_COMPARE(revealed.size(), 1);
        QVERIFY(m_chunks->firstShownChunk() > 0);
        QCOMPARE(m_chunks->revealedChunk(), chunk);
        QCOMPARE(marked(), QStringList {u"zeppelin"_s});
    }

    void noDocuments_saysSo()
    {
        open({});
        type(u"anything"_s);
        QTRY_COMPARE(m_status->text(), u"There are no documents to search: add some first."_s);
        QCOMPARE(m_results->model()->rowCount(), 0);
    }
};

QTEST_MAIN(ChunkSearchTest)
#include "chunksearch_test.moc"

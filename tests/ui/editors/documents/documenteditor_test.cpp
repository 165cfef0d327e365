// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/documents/documenteditor.h"

#include "documents/chunker.h"
#include "editors/documents/chunkview.h"
#include "editors/documents/pastedocumentdialog.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "support/scripteddialogs.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

namespace {

QString longText()
{
    QString text;
    for (int i = 1; i <= 30; ++i) {
        text += u"Paragraph %1. Energy moves between objects when a force does work on them, and the work done "
                u"equals the change in kinetic energy. Friction turns some of it into heat.\n\n"_s.arg(i);
    }
    return text;
}

} // namespace

class DocumentEditorTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<Test::ScriptedDialogs> m_dialogs;
    std::unique_ptr<DocumentEditor> m_editor;
    QTableView *m_table = nullptr;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write the test file");
        return path;
    }

    const QList<Design::Document> &documents() const { return m_session->design().documents; }

    template<typename T>
    T *child(const QString &name) const
    {
        return m_editor->findChild<T *>(name);
    }

    QAction *action(const QString &name) const { return child<QAction>(name); }

    void addPasted(const QString &title, const QString &text)
    {
        m_session->edit(u"Add"_s, ProjectSession::Part::Documents,
                        [&](Design::ProjectDesign &d) { d.documents.append({title, u"pasted"_s, text}); });
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
        QString error;
        auto file = ProjectFile::create(m_dir->filePath(u"docs."_s + ProjectFile::fileSuffix()), &error);
        QVERIFY2(file, qPrintable(error));
        m_session = ProjectSession::open(std::move(file), &error);
        QVERIFY2(m_session, qPrintable(error));
        m_dialogs = std::make_unique<Test::ScriptedDialogs>();
        m_editor = std::make_unique<DocumentEditor>(*m_session, *m_dialogs);
        m_editor->resize(1100, 700);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
        m_table = child<QTableView>(u"documentTable"_s);
        QVERIFY(m_table);
        new QAbstractItemModelTester(m_table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                     m_editor.get());
    }

    void cleanup()
    {
        m_editor.reset();
        m_dialogs.reset();
        m_session.reset();
        m_dir.reset();
    }

    void emptyProject_showsHowToAddDocuments()
    {
        auto *stack = qobject_cast<QStackedWidget *>(m_table->parentWidget());
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), u"documentHint"_s);
        QVERIFY(!action(u"actionDeleteDocument"_s)->isEnabled());
    }

    void pasteAsDocument_addsTheClipboardWithItsTitle_asOneUndoableStep()
    {
        QApplication::clipboard()->setText(u"# Photosynthesis\n\nPlants turn light into sugar."_s);
        m_table->setFocus();
        QTest::keyClick(m_table, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        PasteDocumentDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_editor->findChild<PasteDocumentDialog *>()) && dialog->isVisible());
        auto *title = dialog->findChild<QLineEdit *>(u"pasteTitle"_s);
        QCOMPARE(title->text(), u"Photosynthesis"_s);
        title->selectAll();
        QTest::keyClicks(title, u"Plants and light"_s);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);

        QCOMPARE(documents().size(), 1);
        QCOMPARE(documents().constFirst().title, u"Plants and light"_s);
        QCOMPARE(documents().constFirst().source, u"pasted"_s);
        QCOMPARE(documents().constFirst().text, u"# Photosynthesis\n\nPlants turn light into sugar."_s);
        QCOMPARE(m_table->model()->rowCount(), 1);
        QCOMPARE(m_table->model()->index(0, 0).data().toString(), u"Plants and light"_s);
        QCOMPARE(m_table->selectionModel()->selectedRows().size(), 1);

        QCOMPARE(m_session->undoStack()->count(), 1);
        m_session->undoStack()->undo();
        QVERIFY(documents().isEmpty());
        QCOMPARE(m_table->model()->rowCount(), 0);
        m_session->undoStack()->redo();
        QCOMPARE(m_table->model()->rowCount(), 1);
    }

    void addFiles_readsUtf8Text_andNamesTheFilesItCannotRead()
    {
        const QString notes = write(u"notes.md"_s, u"# Größen\n\nKraft ist Masse mal Beschleunigung.\n"_s.toUtf8());
        const QString binary = write(u"image.txt"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        const QString latin1 = write(u"old.txt"_s,
                                     QByteArray("Gr\xf6\xdf"
                                                "e"));
        m_dialogs->openManyAnswers = {{notes, binary, latin1}};
        QSignalSpy added(m_editor.get(), &DocumentEditor::filesAdded);
        action(u"actionAddDocumentFiles"_s)->trigger();
        QTRY_COMPARE(added.size(), 1);
        QCOMPARE(added.constFirst().at(0).toInt(), 1);
        QCOMPARE(added.constFirst().at(1).toInt(), 2);

        QCOMPARE(documents().size(), 1);
        QCOMPARE(documents().constFirst().title, u"notes.md"_s);
        // Markdown is read as the text a reader sees: the heading without its marker.
        QCOMPARE(documents().constFirst().text, u"Größen\n\nKraft ist Masse mal Beschleunigung."_s);
        QCOMPARE(m_dialogs->errors.size(), 1);
        const QString error = m_dialogs->errors.constFirst();
        QVERIFY2(error.contains(u"image.txt"_s) && error.contains(u"old.txt"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"notes.md"_s), qPrintable(error));
        QVERIFY2(error.contains(u"UTF-8"_s), qPrintable(error));

        // The text preview shows the selected document.
        auto *preview = child<QPlainTextEdit>(u"documentPreview"_s);
        QCOMPARE(preview->toPlainText(), documents().constFirst().text);
    }

    void addFiles_readsHtmlAndPdf_asTheTextAReaderSees()
    {
        const QString page = write(u"page.html"_s,
                                   "<html><head><title>T</title><script>var x = 1;</script></head>"
                                   "<body><h1>Forces</h1><p>Force is mass times acceleration.</p></body></html>");
        const QString pdf = m_dir->filePath(u"pages.pdf"_s);
        {
            QPdfWriter writer(pdf);
            QPainter painter(&writer);
            painter.setFont(QFont(u"DejaVu Sans"_s, 12));
            painter.drawText(QPointF(200, 400), u"Momentum is conserved."_s);
            writer.newPage();
            painter.drawText(QPointF(200, 400), u"Energy is conserved too."_s);
        }
        m_dialogs->openManyAnswers = {{page, pdf}};
        QSignalSpy added(m_editor.get(), &DocumentEditor::filesAdded);
        action(u"actionAddDocumentFiles"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 20000);
        QCOMPARE(added.constFirst().at(0).toInt(), 2);
        QCOMPARE(documents().size(), 2);
        QCOMPARE(documents().at(0).title, u"page.html"_s);
        QVERIFY2(documents().at(0).text.contains(u"Force is mass times acceleration."_s),
                 qPrintable(documents().at(0).text));
        QVERIFY(!documents().at(0).text.contains(u"var x"_s));
        QCOMPARE(documents().at(1).title, u"pages.pdf"_s);
        QVERIFY2(documents().at(1).text.contains(u"Momentum is conserved."_s)
                     && documents().at(1).text.contains(u"Energy is conserved too."_s),
                 qPrintable(documents().at(1).text));
        QVERIFY(m_dialogs->errors.isEmpty());
    }

    void droppingFiles_addsThem_butLeavesProjectFilesToTheWindow()
    {
        const QString a = write(u"a.txt"_s, "First document.");
        const QString b = write(u"b.md"_s, "Second *document*.");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)});
        const QPointF at(200, 200);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_editor.get(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy added(m_editor.get(), &DocumentEditor::filesAdded);
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_editor.get(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(added.size(), 1);
        QCOMPARE(documents().size(), 2);
        QCOMPARE(documents().at(0).title, u"a.txt"_s);
        QCOMPARE(documents().at(1).text, u"Second document."_s);
        QCOMPARE(m_session->undoStack()->count(), 1);

        // The same file again gets a title of its own.
        m_editor->addFiles({a});
        QTRY_COMPARE(documents().size(), 3);
        QCOMPARE(documents().at(2).title, u"a.txt (2)"_s);

        QMimeData project;
        project.setUrls({QUrl::fromLocalFile(m_dir->filePath(u"other."_s + ProjectFile::fileSuffix()))});
        QDragEnterEvent projectEnter(at.toPoint(), Qt::CopyAction, &project, Qt::LeftButton, Qt::NoModifier);
        projectEnter.ignore();
        QApplication::sendEvent(m_editor.get(), &projectEnter);
        QVERIFY(!projectEnter.isAccepted());
    }

    void chunkView_followsTheChunkSize_andTheSizeIsUndoable()
    {
        const QString text = longText();
        addPasted(u"Energy"_s, text);
        addPasted(u"Short"_s, u"Just one sentence."_s);
        m_table->selectRow(0);
        auto *view = child<ChunkView>(u"chunkView"_s);
        const auto chunksFor
            = [&](int size, int overlap) { return int(Documents::chunkText(text, {size, overlap}).size()); };
        const int before = chunksFor(1500, 200);
        QVERIFY(before > 2);
        QTRY_COMPARE(view->shownChunks(), before);
        QVERIFY(view->toPlainText().contains(u"Chunk 1 ·"_s));
        QVERIFY(view->toPlainText().contains(u"Chunk %1 ·"_s.arg(before)));
        QVERIFY(view->toPlainText().contains(u"shared with chunk 1"_s));
        QCOMPARE(m_table->model()->index(0, 3).data().toString(), QString::number(before));
        QCOMPARE(m_table->model()->index(1, 3).data().toString(), u"1"_s);
        saveScreenshot(u"documenteditor.png"_s);

        auto *size = child<QSpinBox>(u"chunkSize"_s);
        auto *overlap = child<QSpinBox>(u"chunkOverlap"_s);
        const int steps = m_session->undoStack()->count();
        size->setFocus();
        size->selectAll();
        QTest::keyClicks(size, u"600"_s);
        QCOMPARE(m_session->design().chunking.size, 600);
        // Typing a number is one step.
        QCOMPARE(m_session->undoStack()->count(), steps + 1);
        const int after = chunksFor(600, 200);
        QVERIFY(after > before);
        QTRY_COMPARE(view->shownChunks(), after);
        QTRY_COMPARE(m_table->model()->index(0, 3).data().toString(), QString::number(after));

        // The overlap stays below the size, as the spec requires.
        size->selectAll();
        QTest::keyClicks(size, u"150"_s);
        QCOMPARE(m_session->design().chunking.size, 150);
        QCOMPARE(m_session->design().chunking.overlap, 149);
        QCOMPARE(overlap->maximum(), 149);
        QCOMPARE(overlap->value(), 149);
        QVERIFY(m_session->problems().filter(u"chunking"_s).isEmpty());

        m_session->undoStack()->undo();
        QCOMPARE(m_session->design().chunking.size, 1500);
        QCOMPARE(m_session->design().chunking.overlap, 200);
        QCOMPARE(size->value(), 1500);
        QCOMPARE(overlap->value(), 200);
        QTRY_COMPARE(view->shownChunks(), before);
    }

    void renameAndDelete_areUndoable()
    {
        addPasted(u"First"_s, u"One."_s);
        addPasted(u"Second"_s, u"Two."_s);
        m_table->setFocus();
        m_table->selectRow(1);
        QTest::keyClick(m_table, Qt::Key_F2);
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = qobject_cast<QLineEdit *>(QApplication::focusWidget())));
        editor->selectAll();
        QTest::keyClicks(editor, u"Renamed"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(documents().at(1).title, u"Renamed"_s);
        QCOMPARE(m_session->undoStack()->undoText(), u"Rename Document"_s);

        m_table->setFocus();
        m_table->selectRow(0);
        QTest::keyClick(m_table, Qt::Key_Delete);
        QCOMPARE(documents().size(), 1);
        QCOMPARE(documents().constFirst().title, u"Renamed"_s);
        // Something stays selected, so the keyboard can go on.
        QCOMPARE(m_table->selectionModel()->selectedRows().size(), 1);
        m_session->undoStack()->undo();
        QCOMPARE(documents().size(), 2);
        QCOMPARE(documents().constFirst().title, u"First"_s);
        m_session->undoStack()->undo();
        QCOMPARE(documents().at(1).title, u"Second"_s);
    }
};

QTEST_MAIN(DocumentEditorTest)
#include "documenteditor_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/documents/documenteditor.h"

#include "dialogs/userdialogs.h"
#include "documents/chunker.h"
#include "editors/documents/chunkmatch.h"
#include "editors/documents/chunksearch.h"
#include "editors/documents/chunksearchmodel.h"
#include "editors/documents/chunkview.h"
#include "editors/documents/documentimport.h"
#include "editors/documents/documentlistmodel.h"
#include "editors/documents/pastedocumentdialog.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "shell/editorparts.h"
#include "shell/icons.h"
#include "store/datasetquery.h"

#include <QAction>
#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <functional>
#include <utility>

namespace Dialogsmith {

using Part = ProjectSession::Part;

namespace {

// The ranges ProjectSpec accepts (core/design/projectspec.cpp): a saved design must open again.
constexpr int minChunkSize = 100;
constexpr int maxChunkSize = 1'000'000;
// More than this in the text preview makes the GUI sluggish for no one's benefit.
constexpr qsizetype maxPreviewCharacters = 1'000'000;
constexpr int chunkDelayMs = 150;
// Indexing waits for a pause in edits (typing a title, turning the chunk size up); searching for one in typing.
constexpr int indexDelayMs = 400;
constexpr int searchDelayMs = 150;

enum ChunkField { SizeField, OverlapField };

struct ChunkResult {
    QList<int> counts;
    QList<Documents::ChunkSpan> selected;
};

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QString projectSuffix = u'.' + ProjectFile::fileSuffix();
    for (const QUrl &url : mime->urls()) {
        // A project file dropped here is for the main window to open.
        if (url.isLocalFile() && !url.toLocalFile().endsWith(projectSuffix, Qt::CaseInsensitive))
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

DocumentEditor::DocumentEditor(ProjectSession &session, UserDialogs &dialogs, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_model(new DocumentListModel(session, this))
    , m_chunkTimer(new QTimer(this))
{
    setAcceptDrops(true);

    m_addFiles = new QAction(Icons::themed(QIcon::ThemeIcon::DocumentOpen, QStyle::SP_DialogOpenButton),
                             tr("Add &Files…"), this);
    m_addFiles->setObjectName(QStringLiteral("actionAddDocumentFiles"));
    m_addFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_addFiles->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_addFiles->setToolTip(tr("Add text or Markdown files as documents (%1)")
                               .arg(m_addFiles->shortcut().toString(QKeySequence::NativeText)));
    m_paste
        = new QAction(Icons::themed(QIcon::ThemeIcon::EditPaste, Icons::Drawn::Paste), tr("&Paste as Document…"), this);
    m_paste->setObjectName(QStringLiteral("actionPasteDocument"));
    m_paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_paste->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_paste->setToolTip(tr("Add the text on the clipboard as a document (%1)")
                            .arg(m_paste->shortcut().toString(QKeySequence::NativeText)));
    m_rename = new QAction(Icons::themed(QStringLiteral("edit-rename"), Icons::Drawn::Rename), tr("&Rename"), this);
    m_rename->setObjectName(QStringLiteral("actionRenameDocument"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetShortcut);
    m_rename->setToolTip(tr("Rename the selected document (F2)"));
    m_delete = new QAction(Icons::themed(QIcon::ThemeIcon::EditDelete, Icons::Drawn::Remove), tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("actionDeleteDocument"));
    m_delete->setShortcut(QKeySequence::Delete);
    // Only in the list: Delete in a text field deletes text.
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_delete->setToolTip(tr("Delete the selected documents (Del)"));
    addAction(m_addFiles);
    addAction(m_paste);

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_addFiles);
    toolBar->addAction(m_paste);
    toolBar->addSeparator();
    toolBar->addAction(m_rename);
    toolBar->addAction(m_delete);
    m_busy = new QLabel(this);
    m_busy->setObjectName(QStringLiteral("documentBusy"));
    m_busy->setContentsMargins(8, 0, 8, 0);
    toolBar->addWidget(m_busy);

    // The list, or a hint while there is none.
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("documentTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->addAction(m_rename);
    m_table->addAction(m_delete);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_table->addAction(m_addFiles);
    m_table->addAction(m_paste);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DocumentListModel::TitleColumn, QHeaderView::Stretch);
    for (int column : {DocumentListModel::SizeColumn, DocumentListModel::ChunksColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // A source can be a long path: it gets a fixed share (elided, whole in its tooltip), the title the rest.
    m_table->horizontalHeader()->setSectionResizeMode(DocumentListModel::SourceColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(DocumentListModel::SourceColumn,
                                               m_table->fontMetrics().horizontalAdvance(QString(12, u'n')));
    auto *hint = new QLabel(tr("<p><b>No documents yet.</b></p><p>Conversations can be grounded in documents: each "
                               "conversation draws a chunk of one and talks about it.</p><p>Drop text, Markdown, HTML "
                               "or PDF files here, choose <i>Add Files…</i>, or copy text and choose <i>Paste as "
                               "Document…</i>.</p>"),
                            this);
    hint->setObjectName(QStringLiteral("documentHint"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setMargin(24);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(hint);
    m_listStack->addWidget(m_table);

    // Chunk settings: one pair for every document, as the engine uses them.
    m_size = new QSpinBox(this);
    m_size->setObjectName(QStringLiteral("chunkSize"));
    m_size->setRange(minChunkSize, maxChunkSize);
    m_size->setSingleStep(100);
    m_size->setGroupSeparatorShown(true);
    m_size->setSuffix(tr(" characters"));
    m_size->setToolTip(tr("The longest a chunk may be. Chunks end after a paragraph or sentence where possible."));
    m_overlap = new QSpinBox(this);
    m_overlap->setObjectName(QStringLiteral("chunkOverlap"));
    m_overlap->setSingleStep(50);
    m_overlap->setGroupSeparatorShown(true);
    m_overlap->setSuffix(tr(" characters"));
    m_overlap->setToolTip(tr("How far a chunk may start before the previous one ends, so no passage is cut in two "
                             "for good. Less than the chunk size."));
    m_chunkSummary = new QLabel(this);
    m_chunkSummary->setObjectName(QStringLiteral("chunkSummary"));
    m_chunkSummary->setWordWrap(true);
    auto *settings = new QFormLayout;
    settings->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    settings->addRow(tr("Chunk &size:"), m_size);
    settings->addRow(tr("&Overlap:"), m_overlap);
    settings->addRow(m_chunkSummary);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("documentPreview"));
    m_preview->setReadOnly(true);
    m_preview->setAcceptDrops(false);
    m_preview->setUndoRedoEnabled(false);
    m_chunks = new ChunkView(this);
    m_chunks->setObjectName(QStringLiteral("chunkView"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("documentTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_chunks, tr("C&hunks"));
    m_tabs->addTab(m_preview, tr("&Text"));
    m_tabs->setTabToolTip(0,
                          tr("The selected document as generation cuts it: numbered chunks on alternating "
                             "backgrounds, the text shared with the previous chunk shaded darker."));
    m_tabs->setTabToolTip(1, tr("The selected document's text."));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *settingsTitle = new QLabel(tr("<b>Chunking</b> (all documents)"), right);
    rightLayout->addWidget(settingsTitle);
    rightLayout->addLayout(settings);
    rightLayout->addWidget(m_tabs, 1);
    auto *legend
        = new QLabel(tr("Chunks alternate in colour. The start of a chunk shaded in the previous chunk's colour "
                        "is the overlap: text both chunks contain."),
                     right);
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);
    rightLayout->addWidget(legend);
    connect(m_tabs, &QTabWidget::currentChanged, legend,
            [this, legend] { legend->setVisible(m_tabs->currentWidget() == m_chunks); });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("documentSplitter"));
    m_splitter->setChildrenCollapsible(false);
    auto *left = new QWidget(this);
    buildSearch(left);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    EditorParts::rememberSizes(m_splitter, {550, 450});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->addWidget(EditorParts::createReadOnlyBar(m_session, this));
    layout->addWidget(toolBar);
    layout->addWidget(m_splitter, 1);
    if (m_session.isReadOnly()) {
        EditorParts::markViewOnly(m_tabs);
        EditorParts::makeReadOnly(this, {m_addFiles, m_paste, m_rename, m_delete});
    }

    m_chunkTimer->setSingleShot(true);
    m_chunkTimer->setInterval(chunkDelayMs);
    connect(m_chunkTimer, &QTimer::timeout, this, &DocumentEditor::computeChunks);

    connect(m_addFiles, &QAction::triggered, this, &DocumentEditor::chooseFiles);
    connect(m_paste, &QAction::triggered, this, &DocumentEditor::pasteDocument);
    connect(m_rename, &QAction::triggered, this, &DocumentEditor::renameSelected);
    connect(m_delete, &QAction::triggered, this, &DocumentEditor::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showSelected();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DocumentEditor::updateActions);
    connect(m_size, &QSpinBox::valueChanged, this, [this](int size) {
        m_session.edit(
            tr("Change Chunk Size"), Part::Chunking,
            [size](Design::ProjectDesign &d) {
                d.chunking.size = size;
                d.chunking.overlap = std::min(d.chunking.overlap, size - 1);
            },
            ProjectSession::mergeKey(Part::Chunking, SizeField));
    });
    connect(m_overlap, &QSpinBox::valueChanged, this, [this](int overlap) {
        m_session.edit(
            tr("Change Chunk Overlap"), Part::Chunking,
            [overlap](Design::ProjectDesign &d) { d.chunking.overlap = overlap; },
            ProjectSession::mergeKey(Part::Chunking, OverlapField));
    });
    connect(&m_session, &ProjectSession::designChanged, this, [this](ProjectSession::Parts parts) {
        if (parts & Part::Chunking)
            refreshSettings();
        if (parts & Part::Documents)
            refreshFromDesign();
        if (parts & (Part::Documents | Part::Chunking)) {
            scheduleChunks();
            scheduleIndex();
        }
    });

    refreshSettings();
    refreshFromDesign();
    if (m_model->rowCount() > 0)
        selectRow(0);
    computeChunks();
    // The search index of the documents as they are, at once when the editor opens.
    m_search->setDocuments(m_session.design().documents, m_session.design().chunking);
}

DocumentEditor::~DocumentEditor()
{
    *m_closed = true;
    // Closing the window commits an open title editor: that edit must not reach this half-destroyed editor.
    disconnect(&m_session, nullptr, this, nullptr);
}

void DocumentEditor::refreshSettings()
{
    const Design::ChunkSettings &chunking = m_session.design().chunking;
    const QSignalBlocker blockSize(m_size);
    const QSignalBlocker blockOverlap(m_overlap);
    m_size->setValue(chunking.size);
    m_overlap->setRange(0, std::max(0, chunking.size - 1));
    m_overlap->setValue(chunking.overlap);
}

void DocumentEditor::refreshFromDesign()
{
    const bool empty = m_session.design().documents.isEmpty();
    m_listStack->setCurrentIndex(empty ? 0 : 1);
    // A delete or an undo resets the list: keep a selection where the user was.
    if (selectedRow() < 0 && !empty)
        selectRow(std::clamp(m_shownRow, 0, int(m_session.design().documents.size()) - 1));
    updateActions();
    showSelected();
}

int DocumentEditor::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row()) ? current.row()
                                                                                        : rows.constFirst().row();
}

void DocumentEditor::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, DocumentListModel::TitleColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void DocumentEditor::updateActions()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_rename->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void DocumentEditor::showSelected()
{
    const int row = selectedRow();
    const QList<Design::Document> &documents = m_session.design().documents;
    if (row < 0 || row >= documents.size()) {
        m_preview->clear();
        m_preview->setPlaceholderText(documents.isEmpty() ? tr("Add a document to see its text here.")
                                                          : tr("Select a document to see its text."));
        m_chunks->showMessage(documents.isEmpty() ? tr("Add a document to see how it is cut into chunks.")
                                                  : tr("Select a document to see its chunks."));
        m_shownRow = row < 0 ? m_shownRow : row;
        return;
    }
    const QString &text = documents.at(row).text;
    const QString shown = text.size() > maxPreviewCharacters ? text.left(maxPreviewCharacters) + u"\n\n"
            + tr("… (the preview shows the first %1 characters)").arg(QLocale().toString(maxPreviewCharacters))
                                                             : text;
    if (m_preview->toPlainText() != shown)
        m_preview->setPlainText(shown);
    if (row != m_shownRow) {
        m_shownRow = row;
        scheduleChunks();
    }
}

void DocumentEditor::scheduleChunks()
{
    m_chunksCurrent = false;
    ++m_chunkGeneration;
    m_chunkTimer->start();
}

void DocumentEditor::computeChunks()
{
    m_chunkTimer->stop();
    const quint64 generation = ++m_chunkGeneration;
    const Design::ChunkSettings settings = m_session.design().chunking;
    QStringList texts;
    for (const Design::Document &document : m_session.design().documents)
        texts.append(document.text);
    const int selected = selectedRow();
    // Chunking a long document takes a while: never on the GUI thread.
    QtConcurrent::run([texts, settings, selected] {
        ChunkResult result;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            QList<Documents::ChunkSpan> spans = Documents::chunkText(texts.at(i), settings);
            result.counts.append(int(spans.size()));
            if (i == selected)
                result.selected = std::move(spans);
        }
        return result;
    }).then(this, [this, generation, texts, selected](const ChunkResult &result) {
        if (generation != m_chunkGeneration)
            return;
        m_model->setChunkCounts(result.counts);
        int total = 0;
        for (int count : result.counts)
            total += count;
        const QLocale locale;
        if (texts.isEmpty())
            m_chunkSummary->setText(tr("No documents: conversations will not be grounded."));
        else
            m_chunkSummary->setText(
                tr("%1 in %n document(s).", "", int(texts.size())).arg(tr("%n chunk(s)", "", total)));
        if (selected >= 0 && selected < texts.size())
            m_chunks->showChunks(texts.at(selected), result.selected, m_reveal.row == selected ? m_reveal.chunk : -1);
        m_shownSpans = result.selected;
        m_chunksCurrent = true;
        Q_EMIT chunksShown();
        revealPending();
    });
}

void DocumentEditor::chooseFiles()
{
    m_dialogs.chooseFilesToOpen(this, tr("Add Documents"), DocumentReader::fileFilter(),
                                [this, guard = QPointer(this)](const QStringList &paths) {
                                    if (guard)
                                        addFiles(paths);
                                });
}

void DocumentEditor::addFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    ++m_reading;
    m_busy->setText(tr("Reading %n file(s)…", "", int(paths.size())));
    // Progress comes from the worker thread; the label is updated on this one (through the application
    // object, which outlives the editor). A closed editor cancels.
    const QPointer<DocumentEditor> guard(this);
    const auto progress = [guard, closed = m_closed](int file, int files, int step, int steps) {
        if (*closed)
            return false;
        QMetaObject::invokeMethod(qApp, [guard, file, files, step, steps] {
            if (!guard || guard->m_reading == 0)
                return;
            guard->m_busy->setText(
                steps > 1 ? tr("Reading file %1 of %2: page %3 of %4…").arg(file + 1).arg(files).arg(step).arg(steps)
                          : tr("Reading file %1 of %2…").arg(file + 1).arg(files));
        });
        return true;
    };
    QtConcurrent::run([paths, progress] {
        return DocumentReader::read(paths, progress);
    }).then(this, [this](const DocumentImport &result) {
        if (--m_reading == 0)
            m_busy->clear();
        addDocuments(result.documents);
        QStringList problems = result.errors;
        problems.append(result.warnings);
        if (!problems.isEmpty()) {
            const QString message = result.documents.isEmpty()
                ? problems.join(u'\n')
                : tr("%n document(s) added. Some files could not be added or were read with something left out:", "",
                     int(result.documents.size()))
                    + u'\n' + problems.join(u'\n');
            m_dialogs.showError(this, tr("Add Documents"), message);
        }
        Q_EMIT filesAdded(int(result.documents.size()), int(result.errors.size()));
    });
}

void DocumentEditor::addDocuments(const QList<Design::Document> &documents)
{
    if (documents.isEmpty())
        return;
    const int first = int(m_session.design().documents.size());
    m_session.edit(
        tr("Add %n Document(s)", "", int(documents.size())), Part::Documents, [&documents](Design::ProjectDesign &d) {
            for (Design::Document document : documents) {
                // Two documents of one name would be hard to tell apart in a run's results.
                const QString base = document.title;
                for (int n = 2;; ++n) {
                    const bool taken
                        = std::any_of(d.documents.cbegin(), d.documents.cend(),
                                      [&](const Design::Document &other) { return other.title == document.title; });
                    if (!taken)
                        break;
                    document.title = QStringLiteral("%1 (%2)").arg(base).arg(n);
                }
                d.documents.append(document);
            }
        });
    selectRow(first + int(documents.size()) - 1);
}

void DocumentEditor::pasteDocument()
{
    auto *dialog = new PasteDocumentDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { addDocuments({{dialog->title(), QStringLiteral("pasted"), dialog->text()}}); });
    dialog->open();
}

void DocumentEditor::renameSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, DocumentListModel::TitleColumn);
    m_table->setCurrentIndex(index);
    m_table->edit(index);
}

void DocumentEditor::deleteSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    m_shownRow = rows.constLast();
    const QString text = rows.size() == 1
        ? tr("Delete Document \"%1\"").arg(m_session.design().documents.at(rows.constFirst()).title)
        : tr("Delete %n Document(s)", "", int(rows.size()));
    m_table->clearSelection();
    m_session.edit(text, Part::Documents, [&rows](Design::ProjectDesign &d) {
        for (int row : rows)
            d.documents.removeAt(row);
    });
}

void DocumentEditor::buildSearch(QWidget *pane)
{
    m_search = new ChunkSearch(this);
    m_results = new ChunkSearchModel(this);
    m_indexTimer = new QTimer(this);
    m_indexTimer->setSingleShot(true);
    m_indexTimer->setInterval(indexDelayMs);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);

    auto *find = new QAction(tr("&Find in Chunks"), this);
    find->setObjectName(QStringLiteral("actionFindChunks"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);

    m_searchField = new QLineEdit(pane);
    m_searchField->setObjectName(QStringLiteral("chunkSearchField"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->addAction(Icons::themed(QIcon::ThemeIcon::EditFind, QStyle::SP_FileDialogContentsView),
                             QLineEdit::LeadingPosition);
    m_searchField->setPlaceholderText(
        tr("Search all chunks (%1)").arg(find->shortcut().toString(QKeySequence::NativeText)));
    m_searchField->setToolTip(tr("<p>Finds the chunks of every document that contain all the words typed. "
                                 "<code>\"exact phrase\"</code> finds words side by side; the last word also finds "
                                 "words it begins. ↓ and ↑ move through the results, Return shows one.</p>"));
    m_searchField->installEventFilter(this);

    m_indexProgress = new QProgressBar(pane);
    m_indexProgress->setObjectName(QStringLiteral("chunkIndexProgress"));
    m_indexProgress->setMaximumHeight(m_searchField->sizeHint().height() / 2);
    m_indexProgress->setTextVisible(false);
    m_indexProgress->setVisible(false);
    m_searchStatus = new QLabel(pane);
    m_searchStatus->setObjectName(QStringLiteral("chunkSearchStatus"));
    m_searchStatus->setWordWrap(true);
    m_searchStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_resultList = new QListView(pane);
    m_resultList->setObjectName(QStringLiteral("chunkSearchResults"));
    m_resultList->setModel(m_results);
    m_resultList->setItemDelegate(new ChunkSearchDelegate(m_resultList));
    m_resultList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_resultList->setAlternatingRowColors(true);
    m_resultList->setWordWrap(true);
    m_resultList->setToolTip(tr("Select a chunk to see it in its document"));
    m_resultPane = new QWidget(pane);
    auto *resultLayout = new QVBoxLayout(m_resultPane);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    auto *resultsTitle = new QLabel(tr("<b>Chunks found</b>"), m_resultPane);
    resultsTitle->setBuddy(m_resultList);
    resultLayout->addWidget(resultsTitle);
    resultLayout->addWidget(m_resultList, 1);
    m_resultPane->setVisible(false);

    auto *split = new QSplitter(Qt::Vertical, pane);
    split->setObjectName(QStringLiteral("documentSearchSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_listStack);
    split->addWidget(m_resultPane);
    EditorParts::rememberSizes(split, {300, 300});

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_searchField);
    layout->addWidget(m_indexProgress);
    layout->addWidget(m_searchStatus);
    layout->addWidget(split, 1);

    connect(find, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    connect(m_indexTimer, &QTimer::timeout, this,
            [this] { m_search->setDocuments(m_session.design().documents, m_session.design().chunking); });
    connect(m_searchTimer, &QTimer::timeout, this, &DocumentEditor::runSearch);
    connect(m_searchField, &QLineEdit::textChanged, this, [this] {
        // What is listed no longer answers what is typed.
        m_results->clear();
        m_resultPane->setVisible(!m_searchField->text().trimmed().isEmpty());
        m_searchTimer->start();
    });
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        if (m_results->rowCount() == 0)
            return;
        if (!m_resultList->currentIndex().isValid())
            m_resultList->setCurrentIndex(m_results->index(0));
        openResult(m_resultList->currentIndex());
    });
    connect(m_resultList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openResult(current);
            });
    connect(m_resultList, &QListView::activated, this, [this](const QModelIndex &index) {
        openResult(index);
        m_chunks->setFocus(Qt::OtherFocusReason);
    });
    connect(m_search, &ChunkSearch::indexingProgressed, this, [this](int done, int total) {
        m_indexProgress->setVisible(true);
        m_indexProgress->setRange(0, total); // 0 of 0: busy, before the documents to cut are known
        m_indexProgress->setValue(done);
        showSearchStatus(total > 0 ? tr("Indexing the chunks: %1 of %n document(s) cut…", "", total).arg(done)
                                   : tr("Indexing the chunks…"));
    });
    connect(m_search, &ChunkSearch::indexFinished, this, [this](qint64 chunks, const QString &error) {
        m_indexProgress->setVisible(false);
        if (!error.isEmpty()) {
            m_results->clear();
            showSearchStatus(tr("Search is not available: %1").arg(error), true);
            return;
        }
        // A search waiting for the index runs now and says what it found.
        if (m_searchField->text().trimmed().isEmpty())
            showSearchStatus(QString());
        else if (m_search->query() != m_searchField->text())
            runSearch();
        m_searchField->setToolTip(m_searchField->toolTip().section(u'\n', 0, 0) + u'\n'
                                  + tr("%n chunk(s) indexed.", "", int(chunks)));
    });
    connect(m_search, &ChunkSearch::resultsReady, this, &DocumentEditor::showSearchResults);
}

void DocumentEditor::scheduleIndex()
{
    // Results of the documents as they were are not answers any more: gone until the index is current.
    m_results->clear();
    m_resultPane->setVisible(!m_searchField->text().trimmed().isEmpty());
    m_indexTimer->start();
    if (m_searchField->text().trimmed().isEmpty())
        return;
    if (m_session.design().documents.isEmpty()) {
        m_search->search(QString());
        showSearchStatus(tr("There are no documents to search: add some first."));
    } else {
        showSearchStatus(tr("The documents changed: indexing them again…"));
    }
}

void DocumentEditor::runSearch()
{
    m_searchTimer->stop();
    const QString typed = m_searchField->text();
    const bool searching = !typed.trimmed().isEmpty();
    m_resultPane->setVisible(searching);
    if (!searching) {
        m_search->search(QString());
        showSearchStatus(QString());
        return;
    }
    if (m_session.design().documents.isEmpty()) {
        m_search->search(QString());
        showSearchStatus(tr("There are no documents to search: add some first."));
        return;
    }
    if (Store::DatasetQuery::ftsTerms(typed).isEmpty()) {
        m_search->search(QString());
        showSearchStatus(tr("Type a word to search for."));
        return;
    }
    if (!m_search->isCurrent() || m_indexTimer->isActive())
        showSearchStatus(tr("Searching once the chunks are indexed…"));
    else
        showSearchStatus(tr("Searching…"));
    m_search->search(typed);
}

void DocumentEditor::showSearchResults(const QString &typed, const QList<ChunkSearchHit> &hits, const QString &error)
{
    if (typed != m_searchField->text() || m_indexTimer->isActive())
        return;
    if (typed.trimmed().isEmpty())
        return;
    m_results->setHits(typed, hits);
    if (!error.isEmpty())
        showSearchStatus(tr("The search failed: %1").arg(error), true);
    else if (hits.isEmpty())
        showSearchStatus(tr("No chunk contains \"%1\".").arg(typed.trimmed()));
    else if (hits.size() >= ChunkSearch::maxResults)
        showSearchStatus(tr("The %n best matching chunk(s):", "", int(hits.size())));
    else
        showSearchStatus(tr("%n chunk(s) found:", "", int(hits.size())));
    Q_EMIT searchResultsShown();
}

void DocumentEditor::showSearchStatus(const QString &text, bool problem)
{
    m_searchStatus->setText(text);
    m_searchStatus->setVisible(!text.isEmpty());
    // A problem in the colour of a link: red would be lost on some palettes, this one is always readable.
    m_searchStatus->setForegroundRole(problem ? QPalette::Link : QPalette::WindowText);
    m_searchStatus->setProperty("problem", problem);
}

void DocumentEditor::openResult(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int row = index.data(ChunkSearchModel::DocumentRowRole).toInt();
    m_reveal = {row, index.data(ChunkSearchModel::ChunkIndexRole).toInt(), m_results->query()};
    m_tabs->setCurrentWidget(m_chunks);
    if (selectedRow() != row) {
        selectRow(row); // shows the document's chunks, then the result
        return;
    }
    // The chunks shown may not reach this one (a long document): shown again from around it.
    if (m_chunksCurrent && m_chunks->headerBlock(m_reveal.chunk) < 0) {
        scheduleChunks();
        return;
    }
    if (m_chunksCurrent)
        revealPending();
}

void DocumentEditor::revealPending()
{
    if (m_reveal.row < 0 || m_reveal.row != selectedRow() || !m_chunksCurrent)
        return;
    const Reveal reveal = std::exchange(m_reveal, {});
    const QList<Design::Document> &documents = m_session.design().documents;
    if (reveal.row >= documents.size())
        return;
    if (reveal.chunk < 0 || reveal.chunk >= m_shownSpans.size())
        return;
    const Documents::ChunkSpan span = m_shownSpans.at(reveal.chunk);
    QList<std::pair<qsizetype, qsizetype>> ranges;
    for (const ChunkMatch::Range &range :
         ChunkMatch(reveal.query).ranges(QStringView(documents.at(reveal.row).text).mid(span.start, span.length)))
        ranges.append({range.start, range.length});
    if (m_chunks->revealChunk(reveal.chunk, ranges))
        Q_EMIT searchResultRevealed(reveal.row, reveal.chunk);
}

void DocumentEditor::moveInResults(int delta)
{
    const int rows = m_results->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_resultList->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1) : 0;
    m_resultList->setCurrentIndex(m_results->index(row));
}

bool DocumentEditor::eventFilter(QObject *watched, QEvent *event)
{
    // ↓ and ↑ in the search field go through the results, the typing cursor staying in the field.
    if (watched == m_searchField && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            moveInResults(key == Qt::Key_Down ? 1 : -1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DocumentEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QWidget::dragEnterEvent(event);
}

void DocumentEditor::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty()) {
        QWidget::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    addFiles(paths);
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"
#include "documents/chunker.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPlainTextEdit;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace Dialogsmith {

class ChunkSearch;
struct ChunkSearchHit;
class ChunkSearchModel;
class ChunkView;
class DocumentListModel;
class ProjectSession;
class UserDialogs;

/// The Documents editor: documents added by paste, file dialog or drag and drop; their text; chunk settings with a live
/// view of the chunks.
class DocumentEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentEditor)

public:
    DocumentEditor(ProjectSession &session, UserDialogs &dialogs, QWidget *parent = nullptr);
    ~DocumentEditor() override;

    /// Reads the files on a worker thread and adds those that are text as one undoable step; reports the
    /// others by name.
    void addFiles(const QStringList &paths);

Q_SIGNALS:
    /// A batch of files was read and what could be added was added (tests and the status bar wait for it).
    void filesAdded(int added, int failed);
    /// The chunk view shows the chunks of the current settings.
    void chunksShown();
    /// The search results list shows what the search field asks for, from an index of the documents as they are.
    void searchResultsShown();
    /// The chunk view shows a search result's chunk with the words found marked.
    void searchResultRevealed(int documentRow, int chunkIndex);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void pasteDocument();
    void renameSelected();
    void deleteSelected();
    void addDocuments(const QList<Design::Document> &documents);
    void refreshFromDesign();
    void refreshSettings();
    void showSelected();
    void scheduleChunks();
    void computeChunks();
    int selectedRow() const;
    void selectRow(int row);
    void updateActions();
    void buildSearch(QWidget *pane);
    void scheduleIndex();
    void runSearch();
    void showSearchResults(const QString &typed, const QList<ChunkSearchHit> &hits, const QString &error);
    void showSearchStatus(const QString &text, bool problem = false);
    void openResult(const QModelIndex &index);
    void revealPending();
    void moveInResults(int delta);
    bool eventFilter(QObject *watched, QEvent *event) override;

    ProjectSession &m_session;
    UserDialogs &m_dialogs;
    DocumentListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QSplitter *m_splitter = nullptr;
    QSpinBox *m_size = nullptr;
    QSpinBox *m_overlap = nullptr;
    QLabel *m_chunkSummary = nullptr;
    QLabel *m_busy = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    ChunkView *m_chunks = nullptr;
    QAction *m_addFiles = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QTimer *m_chunkTimer = nullptr;
    quint64 m_chunkGeneration = 0;
    int m_reading = 0;
    /// Set when the editor closes: files still being read on a worker thread stop there.
    std::shared_ptr<std::atomic_bool> m_closed = std::make_shared<std::atomic_bool>(false);
    int m_shownRow = -2;

    ChunkSearch *m_search = nullptr;
    ChunkSearchModel *m_results = nullptr;
    QLineEdit *m_searchField = nullptr;
    QListView *m_resultList = nullptr;
    QWidget *m_resultPane = nullptr;
    QLabel *m_searchStatus = nullptr;
    QProgressBar *m_indexProgress = nullptr;
    QTimer *m_indexTimer = nullptr;
    QTimer *m_searchTimer = nullptr;
    QList<Documents::ChunkSpan> m_shownSpans; ///< of the document the chunk view shows
    bool m_chunksCurrent = false; ///< the chunk view shows the selected document as the settings cut it now
    struct Reveal {
        int row = -1;
        int chunk = -1;
        QString query;
    };
    Reveal m_reveal; ///< a search result to show once its document's chunks are shown
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace Dialogsmith {

class DatasetModel;
class DatasetUpkeep;
class ProjectSession;
class QualityBar;

/// The Dataset view: the project's conversations, lazily fetched, with filters and full-text search.
/// It follows the project: conversations a run writes and verdicts given elsewhere show up within about a
/// second while the view is shown (Ctrl+R reads at once).
class DatasetView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetView)

public:
    DatasetView(ProjectSession &session, QWidget *parent = nullptr);
    ~DatasetView() override;

    DatasetModel *model() const { return m_model; }
    /// The background work: full-text index, filter verdicts, quality counts.
    DatasetUpkeep *upkeep() const { return m_upkeep; }
    /// The conversations listed, in the order shown (for next / previous in the conversation editor).
    QList<qint64> listedConversations() const;
    /// The ids of the selected rows, in the order shown.
    QList<qint64> selectedConversations() const;
    /// Whether the view's own Ctrl+F action is active. The main window turns it off and reaches
    /// focusSearch() through Edit ▸ Find, so one shortcut, not two, answers Ctrl+F.
    void setOwnFindShortcut(bool enabled);

public Q_SLOTS:
    /// Reads the list again now (Ctrl+R).
    void refresh();
    /// Puts the cursor into the search field (Ctrl+F).
    void focusSearch();
    /// Clears every filter and the search.
    void clearFilters();

Q_SIGNALS:
    /// The user asked to open the conversation with this id (double-click, Return).
    void conversationActivated(qint64 conversationId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildFilterBar();
    void applyFilter();
    void updateCount();
    void updateActions();
    void setReview(int review);
    void showWriteError(const QString &error);
    void rememberSelection();
    void restoreSelection();
    void saveHeader();
    void showColumnMenu(const QPoint &pos);
    void readQualityInputs();

    ProjectSession &m_session;
    DatasetModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_review = nullptr;
    QComboBox *m_rating = nullptr;
    QComboBox *m_mode = nullptr;
    QualityBar *m_quality = nullptr;
    DatasetUpkeep *m_upkeep = nullptr;
    QDoubleSpinBox *m_judge = nullptr;
    QLineEdit *m_topic = nullptr;
    QLineEdit *m_persona = nullptr;
    QToolButton *m_clear = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
    QTimer *m_typing = nullptr;
    QTimer *m_saveHeader = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_find = nullptr;
    QAction *m_open = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_reject = nullptr;
    QList<qint64> m_keptSelection;
    qint64 m_keptCurrent = 0;
    int m_keptScroll = 0;
    bool m_reviewing = false;
};

} // namespace Dialogsmith

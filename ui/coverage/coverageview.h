// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "coverage/coveragedata.h"
#include "store/datasetquery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSplitter;
class QTableView;
class QTreeView;

namespace Dialogsmith {

class CoverageModel;
class CrossingModel;
class ProjectSession;

/// View ▸ Coverage: how the project's complete samples spread over topics, personas, scenarios, structures
/// and modes — counts, verdicts, approval rate, and the share the design plans beside the share made, so
/// that holes stand out before export — and two factors crossed as a heat map. Read on a worker thread;
/// read again when the project file changes (runs adding samples, reviews) and when the design changes.
class CoverageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageView)

public:
    static constexpr int watchIntervalMs = 1500;

    explicit CoverageView(ProjectSession &session, QWidget *parent = nullptr);
    ~CoverageView() override;

    CoverageModel *model() const { return m_model; }
    CrossingModel *crossing() const { return m_crossing; }
    bool isLoading() const { return m_loading; }

public Q_SLOTS:
    /// Reads the samples again.
    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    void checkForChanges();
    void rebuild();
    void updateCrossing();

    ProjectSession &m_session;
    CoverageModel *m_model = nullptr;
    CrossingModel *m_crossing = nullptr;
    QList<CoverageRow> m_rows;
    bool m_loading = false;
    bool m_again = false;
    bool m_withoutDuplicates = true; ///< the rows read leave out the samples that duplicate others
    std::optional<Store::DatasetStamp> m_stamp;
    QTimer m_watch;

    QLabel *m_summary = nullptr;
    QTreeView *m_tree = nullptr;
    QComboBox *m_down = nullptr;
    QComboBox *m_across = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace Dialogsmith {

class ProjectSession;
class UserDialogs;

namespace Import {
struct DesignAdditions;
}

/// File ▸ Import: asks for the file or folder (UserDialogs), reads it on a pool thread behind a progress
/// dialog that can cancel, and applies it. A JSONL dataset becomes samples of an import run, written in
/// one transaction by a connection of its own (a file with bad lines is imported only when the user agrees
/// to skip them); a taxonomy or an Auto Data Fountain folder is shown as a summary with its warnings and,
/// once the user confirms, merged into the design as one undoable step.
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    enum class Kind { Dataset, Taxonomy, Fountain };
    Q_ENUM(Kind)

    /// A child of `session`: closing the project ends it (and cancels what it was reading). `window` is the
    /// parent of its dialogs.
    ImportController(ProjectSession &session, UserDialogs &dialogs, QWidget *window);
    ~ImportController() override;

    /// Asks for what to import of `kind` and imports it.
    void start(Kind kind);
    /// Imports `path` (a JSONL file) without asking for it; `skipBadLines` as the user agreed.
    void importDataset(const QString &path, bool skipBadLines = false);
    /// Reads `folder` as `kind` (Taxonomy or Fountain) and asks before merging it.
    void importDesign(const QString &folder, Kind kind);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// A dataset import wrote `count` samples in run `runId`: views of the samples read again.
    void datasetImported(qint64 runId, qint64 count);
    /// A design import was merged into the design.
    void designImported();
    /// An import ended, whatever its outcome (for tests and the busy state).
    void importFinished();

private:
    void showProgress(const QString &label);
    void hideProgress();
    void finish();
    void applyDesign(const QString &folder, Kind kind, const Import::DesignAdditions &additions);

    ProjectSession &m_session;
    UserDialogs &m_dialogs;
    QPointer<QWidget> m_window;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic<qint64>> m_done;
    bool m_busy = false;
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "import/importcontroller.h"

#include "dialogs/userdialogs.h"
#include "import/datasetimport.h"
#include "import/designimport.h"
#include "import/fountainimport.h"
#include "import/taxonomyimport.h"
#include "project/projectfile.h"
#include "project/projectsession.h"

#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QLocale>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <climits>

namespace Dialogsmith {

namespace {

struct DesignRead {
    std::optional<Import::DesignAdditions> additions;
    QString error;
};

} // namespace

ImportController::ImportController(ProjectSession &session, UserDialogs &dialogs, QWidget *window)
    : QObject(&session)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_window(window)
{ }

ImportController::~ImportController()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportController::start(Kind kind)
{
    if (m_busy)
        return;
    if (m_session.isReadOnly()) {
        m_dialogs.showError(m_window, tr("Import"), tr("Nothing can be imported: %1").arg(m_session.readOnlyReason()));
        return;
    }
    switch (kind) {
    case Kind::Dataset:
        m_dialogs.chooseFileToOpen(m_window, tr("Import Dataset"), tr("JSONL datasets (*.jsonl);;All files (*)"),
                                   [this](const QString &path) {
                                       if (!path.isEmpty())
                                           importDataset(path);
                                       else
                                           finish();
                                   });
        break;
    case Kind::Taxonomy:
    case Kind::Fountain:
        m_dialogs.chooseDirectory(m_window,
                                  kind == Kind::Taxonomy ? tr("Import InstructLab Taxonomy")
                                                         : tr("Import Auto Data Fountain Folder"),
                                  [this, kind](const QString &folder) {
                                      if (!folder.isEmpty())
                                          importDesign(folder, kind);
                                      else
                                          finish();
                                  });
        break;
    }
}

void ImportController::showProgress(const QString &label)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_done = std::make_shared<std::atomic<qint64>>(0);
    auto *progress = new QProgressDialog(label, tr("Cancel"), 0, 1000, m_window);
    progress->setObjectName(QStringLiteral("importProgress"));
    progress->setWindowTitle(tr("Import"));
    // Not modal: a modal progress dialog runs the event loop inside setValue().
    progress->setWindowModality(Qt::NonModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    auto cancel = m_cancel;
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    // The worker only counts; the dialog reads the count on the GUI thread.
    auto *timer = new QTimer(progress);
    auto done = m_done;
    connect(timer, &QTimer::timeout, progress, [progress, done] { progress->setValue(int(done->load())); });
    timer->start(100);
    m_progress = progress;
}

void ImportController::hideProgress()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
}

void ImportController::finish()
{
    hideProgress();
    m_busy = false;
    Q_EMIT importFinished();
}

void ImportController::importDataset(const QString &path, bool skipBadLines)
{
    m_busy = true;
    const QString name = QFileInfo(path).fileName();
    showProgress(tr("Importing %1…").arg(name));
    const QString projectPath = m_session.file().path();
    auto cancel = m_cancel;
    auto done = m_done;
    QFuture<Import::DatasetImportResult> future = QtConcurrent::run([projectPath, path, skipBadLines, cancel, done] {
        // A connection of this thread's own: the import writes in one transaction while the studio reads.
        QString error;
        auto project = ProjectFile::open(projectPath, &error);
        if (!project) {
            Import::DatasetImportResult failed;
            failed.error = error;
            return failed;
        }
        Import::DatasetImportOptions options;
        options.skipBadLines = skipBadLines;
        return Import::DatasetImport::run(project->database(), path, options,
                                          [cancel, done](qint64 read, qint64 total) {
                                              if (total > 0)
                                                  done->store(read * 1000 / total);
                                              return !cancel->load();
                                          });
    });
    future.then(this, [this, path, name](const Import::DatasetImportResult &result) {
        hideProgress();
        if (result.cancelled) {
            finish();
            return;
        }
        if (!result.error.isEmpty()) {
            m_dialogs.showError(m_window, tr("Import Dataset"), result.error);
            finish();
            return;
        }
        if (result.refused) {
            const int bad = int(std::min<qint64>(result.badLineCount, INT_MAX));
            m_dialogs.confirm(m_window, tr("Import Dataset"),
                              tr("%1 has %n bad line(s). Skip them and import the rest?", nullptr, bad).arg(name),
                              Import::DatasetImport::describeBadLines(result, 20), tr("Skip and Import"),
                              [this, path](bool yes) {
                                  if (yes)
                                      importDataset(path, true);
                                  else
                                      finish();
                              });
            return;
        }
        Q_EMIT datasetImported(result.runId, result.imported);
        finish();
    });
}

void ImportController::importDesign(const QString &folder, Kind kind)
{
    m_busy = true;
    showProgress(kind == Kind::Taxonomy ? tr("Reading the taxonomy…") : tr("Reading the Auto Data Fountain folder…"));
    if (m_progress)
        m_progress->setRange(0, 0);
    auto cancel = m_cancel;
    QFuture<DesignRead> future = QtConcurrent::run([folder, kind, cancel] {
        DesignRead read;
        if (kind == Kind::Taxonomy)
            read.additions = Import::TaxonomyImport::read(folder, &read.error, [cancel] { return cancel->load(); });
        else
            read.additions = Import::FountainImport::read(folder, &read.error);
        return read;
    });
    future.then(this, [this, folder, kind](const DesignRead &read) {
        hideProgress();
        if (m_cancel && m_cancel->load()) {
            finish();
            return;
        }
        if (!read.additions) {
            m_dialogs.showError(m_window, tr("Import"), read.error);
            finish();
            return;
        }
        applyDesign(folder, kind, *read.additions);
    });
}

void ImportController::applyDesign(const QString &folder, Kind kind, const Import::DesignAdditions &additions)
{
    const QString title
        = kind == Kind::Taxonomy ? tr("Import InstructLab Taxonomy") : tr("Import Auto Data Fountain Folder");
    const Design::ProjectDesign &design = m_session.design();
    const QStringList problems = Import::DesignMerge::problems(design, additions);
    if (!problems.isEmpty()) {
        m_dialogs.showError(m_window, title,
                            tr("%1 cannot be merged into the design; nothing was changed:\n%2")
                                .arg(QDir::toNativeSeparators(folder), problems.join(QLatin1Char('\n'))));
        finish();
        return;
    }
    if (Import::DesignMerge::merged(design, additions) == design) {
        m_dialogs.showError(
            m_window, title,
            tr("Nothing new: the design already has everything in %1.").arg(QDir::toNativeSeparators(folder)));
        finish();
        return;
    }
    const QString summary = Import::DesignMerge::summary(design, additions);
    QString details;
    if (!additions.warnings.isEmpty())
        details = tr("Warnings:") + QLatin1Char('\n') + additions.warnings.join(QLatin1Char('\n'));
    m_dialogs.confirm(m_window, title, tr("Add to the design: %1?").arg(summary), details, tr("Import"),
                      [this, additions, title](bool yes) {
                          if (yes) {
                              m_session.edit(title,
                                             ProjectSession::Part::Topics | ProjectSession::Part::Personas
                                                 | ProjectSession::Part::Scenarios | ProjectSession::Part::Documents
                                                 | ProjectSession::Part::Templates | ProjectSession::Part::Generation,
                                             [additions](Design::ProjectDesign &edited) {
                                                 edited = Import::DesignMerge::merged(edited, additions);
                                             });
                              Q_EMIT designImported();
                          }
                          finish();
                      });
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "dataset/exportdialog.h"

#include "dataset/datasetmodel.h"
#include "dataset/workerconnection.h"
#include "dialogs/userdialogs.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "quality/filters.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace Dialogsmith {

namespace {

QString formatTitle(Export::Format format)
{
    return format == Export::Format::OpenAi ? ExportDialog::tr("OpenAI messages") : ExportDialog::tr("ShareGPT");
}

} // namespace

ExportDialog::ExportDialog(ProjectSession &session, UserDialogs &dialogs, Export::Format format, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_format(format)
{
    setWindowTitle(tr("Export as %1").arg(formatTitle(format)));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(format == Export::Format::OpenAi
                       ? tr("Writes one conversation per line (JSON Lines) as {\"messages\": [{\"role\", "
                            "\"content\"}, …]}, the chat format of OpenAI's fine-tuning and most trainers.")
                       : tr("Writes one conversation per line (JSON Lines) as {\"conversations\": [{\"from\", "
                            "\"value\"}, …]}, the ShareGPT format many open trainers read."));

    QString countError;
    const QSqlDatabase db = session.file().database();
    const qint64 approved = Export::ConversationExport::selected(db, true, &countError).value_or(0);
    const qint64 all = Export::ConversationExport::selected(db, false, &countError).value_or(0);

    auto *which = new QGroupBox(tr("Conversations"), this);
    m_approvedOnly = new QRadioButton(tr("&Approved only (%Ln)", nullptr, int(approved)), which);
    m_approvedOnly->setObjectName(QStringLiteral("exportApprovedOnly"));
    m_approvedOnly->setToolTip(tr("The complete conversations a reviewer approved"));
    m_all = new QRadioButton(tr("All that are not &rejected (%Ln)", nullptr, int(all)), which);
    m_all->setObjectName(QStringLiteral("exportAll"));
    m_all->setToolTip(tr("Every complete conversation except the rejected ones"));
    (approved > 0 ? m_approvedOnly : m_all)->setChecked(true);
    auto *whichLayout = new QVBoxLayout(which);
    whichLayout->addWidget(m_approvedOnly);
    whichLayout->addWidget(m_all);

    auto *options = new QGroupBox(tr("Options"), this);
    m_includeSystem = new QCheckBox(tr("Include the &system prompt"), options);
    m_includeSystem->setObjectName(QStringLiteral("exportIncludeSystem"));
    m_includeSystem->setToolTip(tr("Starts each conversation with the system prompt its first answer was written "
                                   "under"));
    m_includeSystem->setChecked(true);
    m_includeMetadata = new QCheckBox(tr("Include &metadata"), options);
    m_includeMetadata->setObjectName(QStringLiteral("exportIncludeMetadata"));
    m_includeMetadata->setToolTip(tr("Adds a \"metadata\" object to each line: topic, personas, scenario, "
                                     "structure, document and the models that wrote it"));
    auto *optionsLayout = new QVBoxLayout(options);
    optionsLayout->addWidget(m_includeSystem);
    optionsLayout->addWidget(m_includeMetadata);

    // What the dataset view hides, the export leaves out too (the counts as of the last check; samples
    // written since are checked before writing).
    m_qualityFilter = Store::QualityFilter::fromDesign(session.design().quality);
    m_approvedCounts = Export::ConversationExport::leftOut(db, true, m_qualityFilter, &countError);
    m_allCounts = Export::ConversationExport::leftOut(db, false, m_qualityFilter, &countError);
    auto *quality = new QGroupBox(tr("Quality"), this);
    m_passQuality = new QCheckBox(tr("Only samples that &pass the quality filters"), quality);
    m_passQuality->setObjectName(QStringLiteral("exportPassQuality"));
    m_passQuality->setToolTip(tr("Leaves out what the dataset view's quality settings hide: the filter rules "
                                 "switched on, samples judged below the threshold, and duplicates"));
    m_passQuality->setChecked(true);
    m_qualityCounts = new QLabel(quality);
    m_qualityCounts->setObjectName(QStringLiteral("exportQualityCounts"));
    m_qualityCounts->setWordWrap(true);
    auto *qualityLayout = new QVBoxLayout(quality);
    qualityLayout->addWidget(m_passQuality);
    qualityLayout->addWidget(m_qualityCounts);
    connect(m_passQuality, &QCheckBox::toggled, this, &ExportDialog::updateQualityText);
    connect(m_approvedOnly, &QRadioButton::toggled, this, &ExportDialog::updateQualityText);
    updateQualityText();
    if (!session.file().isReadOnly() && !m_qualityFilter.isEmpty()) {
        // Samples written or edited since the dataset view last checked them: checked now, in the
        // background, and the counts follow.
        m_qualityCounts->setText(m_qualityCounts->text() + u' ' + tr("(checking the latest samples…)"));
        struct Counts {
            std::optional<Store::QualityCounts> approved;
            std::optional<Store::QualityCounts> all;
        };
        QtConcurrent::run([project = session.file().path(),
                           inputs = Quality::FilterInputs::fromDesign(session.design()), quality = m_qualityFilter] {
            Counts counts;
            WorkerConnection connection(project, WorkerConnection::Access::ReadWrite);
            QString error;
            if (connection.isOpen() && Quality::FilterChecker(connection.database()).update(inputs, {}, &error)) {
                counts.approved = Export::ConversationExport::leftOut(connection.database(), true, quality, &error);
                counts.all = Export::ConversationExport::leftOut(connection.database(), false, quality, &error);
            }
            return counts;
        }).then(this, [this](const Counts &counts) {
            if (counts.approved && counts.all) {
                m_approvedCounts = counts.approved;
                m_allCounts = counts.all;
            }
            updateQualityText();
        });
    }

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!countError.isEmpty())
        m_status->setText(countError);
    else if (all == 0)
        m_status->setText(tr("The project has no complete conversation to export yet."));

    m_buttons = new QDialogButtonBox(this);
    m_export = m_buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("exportCloseButton"));
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(which);
    layout->addWidget(options);
    layout->addWidget(quality);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(&m_watcher, &QFutureWatcher<Outcome>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::finished);

    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

ExportDialog::~ExportDialog()
{
    // The worker has its own connection and writes only through QSaveFile: told to stop, it stops at its
    // next progress report and leaves no file.
    if (m_exporting)
        m_watcher.future().cancel();
}

void ExportDialog::chooseFile()
{
    const QString filter = tr("JSON Lines (*.jsonl);;All files (*)");
    QPointer<ExportDialog> self(this);
    m_dialogs.chooseFileToSave(this, tr("Export as %1").arg(formatTitle(m_format)), filter, QStringLiteral("jsonl"),
                               [self](const QString &path) {
                                   ExportDialog *dialog = self.data();
                                   if (dialog != nullptr && !dialog->isExporting())
                                       dialog->start(path);
                               });
}

void ExportDialog::start(const QString &path)
{
    Export::ExportOptions options;
    options.format = m_format;
    options.approvedOnly = m_approvedOnly->isChecked();
    options.includeSystem = m_includeSystem->isChecked();
    options.includeMetadata = m_includeMetadata->isChecked();
    if (m_passQuality->isChecked())
        options.quality = m_qualityFilter;
    const Quality::FilterInputs inputs = Quality::FilterInputs::fromDesign(m_session.design());
    const bool writable = !m_session.file().isReadOnly();
    m_path = path;
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    setExporting(true);

    const QString project = m_session.file().path();
    m_watcher.setFuture(QtConcurrent::run([project, path, options, inputs, writable](QPromise<Outcome> &promise) {
        Outcome outcome;
        const bool check = options.quality && writable;
        WorkerConnection connection(project,
                                    check ? WorkerConnection::Access::ReadWrite : WorkerConnection::Access::ReadOnly);
        if (!connection.isOpen()) {
            outcome.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(project), connection.errorText());
        } else if (check
                   && !Quality::FilterChecker(connection.database())
                           .update(
                               inputs, [&promise](qint64, qint64) { return !promise.isCanceled(); }, &outcome.error)) {
            // The verdicts on samples written since the last check come first (cancellable too).
        } else if (promise.isCanceled()) {
            return;
        } else {
            bool rangeSet = false;
            outcome.result = Export::ConversationExport::write(
                connection.database(), path, options,
                [&promise, &rangeSet](qint64 done, qint64 total) {
                    if (!rangeSet) {
                        promise.setProgressRange(0, int(std::min<qint64>(total, INT_MAX)));
                        rangeSet = true;
                    }
                    promise.setProgressValue(int(std::min<qint64>(done, INT_MAX)));
                    return !promise.isCanceled();
                },
                &outcome.error);
        }
        promise.addResult(std::move(outcome));
    }));
}

void ExportDialog::finished()
{
    setExporting(false);
    const QString shown = QDir::toNativeSeparators(m_path);
    const QFuture<Outcome> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_progress->hide();
        m_status->setText(tr("The export was cancelled; %1 was not written.").arg(shown));
        return;
    }
    const Outcome outcome = future.result();
    if (!outcome.result) {
        m_progress->hide();
        m_status->setText(tr("The export failed: %1").arg(outcome.error));
        m_dialogs.showError(this, tr("Export"), outcome.error);
        return;
    }
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->setFormat(tr("Done"));
    QString summary = tr("Wrote %Ln conversation(s) to %1.", nullptr, int(outcome.result->written)).arg(shown);
    if (outcome.result->skipped > 0)
        summary += u' '
            + tr("%Ln conversation(s) had no complete exchange and were left out.", nullptr,
                 int(outcome.result->skipped));
    if (outcome.result->quality && outcome.result->quality->removed > 0)
        summary += u' '
            + tr("The quality settings left out %Ln: %1.", nullptr, int(outcome.result->quality->removed))
                  .arg(leftOutText(*outcome.result->quality));
    m_status->setText(summary);
    m_close->setFocus();
    Q_EMIT exported(m_path, outcome.result->written);
}

QString ExportDialog::leftOutText(const Store::QualityCounts &counts) const
{
    const QLocale locale;
    QStringList parts;
    for (const QString &rule : m_qualityFilter.rules) {
        if (const qint64 n = counts.byRule.value(rule); n > 0)
            parts.append(tr("%1 — %2").arg(DatasetModel::ruleTitle(rule), locale.toString(n)));
    }
    if (m_qualityFilter.minJudgeScore && counts.belowJudge > 0)
        parts.append(tr("judged below %1 — %2")
                         .arg(locale.toString(*m_qualityFilter.minJudgeScore), locale.toString(counts.belowJudge)));
    if (m_qualityFilter.hideDuplicates && counts.duplicates > 0)
        parts.append(tr("duplicates — %1").arg(locale.toString(counts.duplicates)));
    return parts.join(QStringLiteral(", "));
}

void ExportDialog::updateQualityText()
{
    const std::optional<Store::QualityCounts> &counts = m_approvedOnly->isChecked() ? m_approvedCounts : m_allCounts;
    if (!counts) {
        m_qualityCounts->clear();
        return;
    }
    if (m_qualityFilter.isEmpty()) {
        m_qualityCounts->setText(tr("No quality filter is switched on (Dataset view ▸ Quality)."));
        return;
    }
    if (counts->removed == 0) {
        m_qualityCounts->setText(tr("None of them is caught by the quality filters."));
        return;
    }
    const QString text = m_passQuality->isChecked()
        ? tr("Leaves out %Ln sample(s): %1.", nullptr, int(counts->removed))
        : tr("Would leave out %Ln sample(s): %1.", nullptr, int(counts->removed));
    m_qualityCounts->setText(text.arg(leftOutText(*counts))
                             + (counts->unjudged > 0 && m_qualityFilter.minJudgeScore
                                    ? u' ' + tr("%Ln not judged yet (kept).", nullptr, int(counts->unjudged))
                                    : QString()));
}

void ExportDialog::reject()
{
    if (m_exporting) {
        m_status->setText(tr("Cancelling…"));
        m_close->setEnabled(false);
        m_watcher.future().cancel();
        return;
    }
    QDialog::reject();
}

void ExportDialog::setExporting(bool exporting)
{
    m_exporting = exporting;
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setVisible(true);
    m_export->setEnabled(!exporting);
    m_approvedOnly->setEnabled(!exporting);
    m_all->setEnabled(!exporting);
    m_includeSystem->setEnabled(!exporting);
    m_includeMetadata->setEnabled(!exporting);
    m_passQuality->setEnabled(!exporting);
    m_close->setEnabled(true);
    m_close->setText(exporting ? tr("Cancel") : tr("Close"));
    m_close->setToolTip(exporting ? tr("Stop the export; no file is written") : QString());
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/exporter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Dialogsmith {

class ProjectSession;
class UserDialogs;

/// File ▸ Export ▸ …: the format, which samples (approved, all, the dataset view's selection), what to
/// leave out (filter rules, duplicates, a minimum judge score), what each record holds, and the files
/// (shuffle, a train/validation split, a dataset card). The first records show as they will be written
/// and the counts follow every change. The files are written with a progress bar and never left half
/// written.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    /// `selection`: the samples selected in the dataset view (may be empty).
    ExportDialog(ProjectSession &session, UserDialogs &dialogs, Export::Format format,
                 const QList<qint64> &selection = {}, QWidget *parent = nullptr);
    ~ExportDialog() override;

    bool isExporting() const { return m_exporting; }
    /// The options as the dialog shows them now.
    Export::ExportOptions options() const;

    /// Escape, Close and the window's close button: while exporting, they cancel the export (the dialog
    /// stays to say so); otherwise they close.
    void reject() override;

    /// What the worker reports.
    struct Outcome {
        std::optional<Export::ExportResult> result;
        QString error;
    };
    /// What the preview worker reports.
    struct Preview {
        int generation = 0;
        std::optional<Export::ExportCount> count;
        std::optional<Export::ExportPreview> preview;
        QString error;
    };

Q_SIGNALS:
    /// An export finished and its files are complete; `path` is the file or the folder.
    void exported(const QString &path, qint64 written);
    /// The counts and the preview show the current options.
    void previewUpdated();

private:
    QWidget *makeFormatRow();
    QGroupBox *makeSamplesBox(qint64 approved, qint64 all);
    QGroupBox *makeLeaveOutBox();
    QGroupBox *makeRecordsBox();
    QGroupBox *makeFilesBox();
    QWidget *makePreviewPane();
    void formatChosen();
    void scheduleUpdate();
    void updatePreview();
    void showPreview(const Preview &preview);
    void chooseDestination();
    void confirmAndStart(const QString &path);
    void start(const QString &path);
    void finished();
    void setExporting(bool exporting);
    Store::QualityFilter qualityFilter() const;
    /// "Refusals and boilerplate — 12, duplicates — 3" for what `counts` says `filter` leaves out.
    static QString leftOutText(const Store::QualityFilter &filter, const Store::QualityCounts &counts);

    ProjectSession &m_session;
    UserDialogs &m_dialogs;
    QList<qint64> m_selection;
    Store::QualityFilter m_designFilter;

    QComboBox *m_format = nullptr;
    QLabel *m_description = nullptr;
    QRadioButton *m_approvedOnly = nullptr;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_selected = nullptr;
    QCheckBox *m_leaveOutFiltered = nullptr;
    QCheckBox *m_leaveOutDuplicates = nullptr;
    QCheckBox *m_minScore = nullptr;
    QDoubleSpinBox *m_minScoreValue = nullptr;
    QLabel *m_qualityCounts = nullptr;
    QCheckBox *m_includeSystem = nullptr;
    QCheckBox *m_includeMetadata = nullptr;
    QLabel *m_pairsLabel = nullptr;
    QComboBox *m_pairs = nullptr;
    QLabel *m_negativesLabel = nullptr;
    QComboBox *m_negatives = nullptr;
    QCheckBox *m_shuffle = nullptr;
    QCheckBox *m_split = nullptr;
    QSpinBox *m_trainPercent = nullptr;
    QCheckBox *m_stratify = nullptr;
    QSpinBox *m_seed = nullptr;
    QCheckBox *m_card = nullptr;
    QComboBox *m_license = nullptr;
    QLineEdit *m_languages = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
    QList<QWidget *> m_inputs; ///< disabled while exporting

    QTimer m_updateTimer;
    int m_generation = 0;
    bool m_checking = false; ///< the filter verdicts of the latest samples are being brought up to date
    QFutureWatcher<Outcome> m_watcher;
    QString m_path;
    bool m_exporting = false;
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/conversationexport.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Dialogsmith {

class ProjectSession;
class UserDialogs;

/// File ▸ Export ▸ …: which conversations (approved or all) and options, then the file, written with a
/// progress bar and never left half written.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(ProjectSession &session, UserDialogs &dialogs, Export::Format format, QWidget *parent = nullptr);
    ~ExportDialog() override;

    bool isExporting() const { return m_exporting; }

    /// Escape, Close and the window's close button: while exporting, they cancel the export (the dialog
    /// stays to say so); otherwise they close.
    void reject() override;

    /// What the worker reports.
    struct Outcome {
        std::optional<Export::ExportResult> result;
        QString error;
    };

Q_SIGNALS:
    /// An export finished and the file is complete.
    void exported(const QString &path, qint64 written);

private:
    void chooseFile();
    void start(const QString &path);
    void finished();
    void setExporting(bool exporting);
    void updateQualityText();
    /// "12 refusals and boilerplate, 3 duplicates" for what `counts` says the quality settings leave out.
    QString leftOutText(const Store::QualityCounts &counts) const;

    ProjectSession &m_session;
    UserDialogs &m_dialogs;
    Export::Format m_format;
    QRadioButton *m_approvedOnly = nullptr;
    QRadioButton *m_all = nullptr;
    QCheckBox *m_includeSystem = nullptr;
    QCheckBox *m_includeMetadata = nullptr;
    QCheckBox *m_passQuality = nullptr;
    QLabel *m_qualityCounts = nullptr;
    Store::QualityFilter m_qualityFilter;
    std::optional<Store::QualityCounts> m_approvedCounts;
    std::optional<Store::QualityCounts> m_allCounts;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
    QFutureWatcher<Outcome> m_watcher;
    QString m_path;
    bool m_exporting = false;
};

} // namespace Dialogsmith

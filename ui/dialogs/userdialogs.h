// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace Dialogsmith {

/// The questions the studio asks its user: which file, and what went wrong. The studio shows them as
/// window-modal dialogs without a nested event loop; tests substitute scripted answers.
class UserDialogs
{
public:
    using PathCallback = std::function<void(const QString &path)>;
    using PathsCallback = std::function<void(const QStringList &paths)>;
    enum class SaveChoice { Save, Discard, Cancel };
    using SaveChoiceCallback = std::function<void(SaveChoice choice)>;
    using ConfirmCallback = std::function<void(bool confirmed)>;

    virtual ~UserDialogs();

    /// Asks for an existing file. Calls `chosen` with its path, or never when the user cancels.
    virtual void chooseFileToOpen(QWidget *parent, const QString &title, const QString &filter, PathCallback chosen)
        = 0;
    /// Asks where to save; `suffix` is appended when the user types a name without one.
    virtual void chooseFileToSave(QWidget *parent, const QString &title, const QString &filter, const QString &suffix,
                                  PathCallback chosen)
        = 0;
    /// Asks for one or more existing files. Calls `chosen` with their paths, or never when the user cancels.
    virtual void chooseFilesToOpen(QWidget *parent, const QString &title, const QString &filter, PathsCallback chosen)
        = 0;
    /// Asks for a folder (one that exists, or a new one the dialog makes). Calls `chosen` with its path, or
    /// never when the user cancels.
    virtual void chooseDirectory(QWidget *parent, const QString &title, PathCallback chosen) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &message) = 0;
    /// A question with a button that goes ahead (`confirmLabel`, "&Replace", "&Skip and Import") and Cancel:
    /// `answered(true)` when the user goes ahead, `answered(false)` on Cancel or when the dialog is closed.
    /// `details` (optional) is shown in an expandable box: a list of problems, the files concerned.
    virtual void confirm(QWidget *parent, const QString &title, const QString &message, const QString &details,
                         const QString &confirmLabel, ConfirmCallback answered)
        = 0;
    /// "Save the changes to … before …?" with Save, Discard and Cancel; `answered` gets the choice (Cancel
    /// also when the dialog is closed).
    virtual void askToSaveChanges(QWidget *parent, const QString &title, const QString &message,
                                  SaveChoiceCallback answered)
        = 0;
};

/// The real dialogs.
class DesktopDialogs final : public UserDialogs
{
public:
    void chooseFileToOpen(QWidget *parent, const QString &title, const QString &filter, PathCallback chosen) override;
    void chooseFileToSave(QWidget *parent, const QString &title, const QString &filter, const QString &suffix,
                          PathCallback chosen) override;
    void chooseFilesToOpen(QWidget *parent, const QString &title, const QString &filter, PathsCallback chosen) override;
    void chooseDirectory(QWidget *parent, const QString &title, PathCallback chosen) override;
    void showError(QWidget *parent, const QString &title, const QString &message) override;
    void confirm(QWidget *parent, const QString &title, const QString &message, const QString &details,
                 const QString &confirmLabel, ConfirmCallback answered) override;
    void askToSaveChanges(QWidget *parent, const QString &title, const QString &message,
                          SaveChoiceCallback answered) override;
};

} // namespace Dialogsmith

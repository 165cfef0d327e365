// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "dialogs/userdialogs.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace Dialogsmith {

namespace {

QFileDialog *makeFileDialog(QWidget *parent, const QString &title, const QString &filter)
{
    auto *dialog
        = new QFileDialog(parent, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

} // namespace

UserDialogs::~UserDialogs() = default;

void DesktopDialogs::chooseFileToOpen(QWidget *parent, const QString &title, const QString &filter, PathCallback chosen)
{
    QFileDialog *dialog = makeFileDialog(parent, title, filter);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, std::move(chosen));
    dialog->open();
}

void DesktopDialogs::chooseFileToSave(QWidget *parent, const QString &title, const QString &filter,
                                      const QString &suffix, PathCallback chosen)
{
    QFileDialog *dialog = makeFileDialog(parent, title, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, std::move(chosen));
    dialog->open();
}

void DesktopDialogs::chooseFilesToOpen(QWidget *parent, const QString &title, const QString &filter,
                                       PathsCallback chosen)
{
    QFileDialog *dialog = makeFileDialog(parent, title, filter);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    QObject::connect(dialog, &QFileDialog::filesSelected, dialog, std::move(chosen));
    dialog->open();
}

void DesktopDialogs::chooseDirectory(QWidget *parent, const QString &title, PathCallback chosen)
{
    QFileDialog *dialog = makeFileDialog(parent, title, QString());
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, std::move(chosen));
    dialog->open();
}

void DesktopDialogs::showError(QWidget *parent, const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void DesktopDialogs::confirm(QWidget *parent, const QString &title, const QString &message, const QString &details,
                             const QString &confirmLabel, ConfirmCallback answered)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, message, QMessageBox::Cancel, parent);
    QPushButton *goAhead = box->addButton(confirmLabel, QMessageBox::AcceptRole);
    box->setDefaultButton(goAhead);
    box->setEscapeButton(QMessageBox::Cancel);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, goAhead, answered = std::move(answered)](int) {
        answered(box->clickedButton() == goAhead);
    });
    box->open();
}

void DesktopDialogs::askToSaveChanges(QWidget *parent, const QString &title, const QString &message,
                                      SaveChoiceCallback answered)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message,
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box->setDefaultButton(QMessageBox::Save);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, answered = std::move(answered)](int) {
        const QMessageBox::StandardButton button = box->standardButton(box->clickedButton());
        answered(button == QMessageBox::Save          ? SaveChoice::Save
                     : button == QMessageBox::Discard ? SaveChoice::Discard
                                                      : SaveChoice::Cancel);
    });
    box->open();
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dialogs/userdialogs.h"

#include <QStringList>
#include <QTimer>

namespace Dialogsmith::Test {

/// Answers the studio's questions from a script, as a user would a moment later, and records the errors
/// it was shown. An empty answer is a cancelled dialog.
class ScriptedDialogs final : public UserDialogs
{
public:
    QStringList openAnswers;
    QStringList saveAnswers;
    QList<QStringList> openManyAnswers;
    /// Answers to "save the changes?"; none left: Cancel.
    QList<SaveChoice> saveChoices;
    QStringList errors;
    QStringList saveQuestions; ///< the messages of the "save the changes?" questions asked
    QStringList directoryAnswers;
    /// Answers to confirm(); none left: Cancel.
    QList<bool> confirmAnswers;
    QStringList confirmQuestions; ///< the messages of the confirm() questions asked
    QStringList confirmDetails; ///< and their details
    int asked = 0;

    void chooseFileToOpen(QWidget *, const QString &, const QString &, PathCallback chosen) override
    {
        answer(openAnswers, std::move(chosen));
    }
    void chooseFileToSave(QWidget *, const QString &, const QString &, const QString &, PathCallback chosen) override
    {
        answer(saveAnswers, std::move(chosen));
    }
    void chooseFilesToOpen(QWidget *, const QString &, const QString &, PathsCallback chosen) override
    {
        ++asked;
        const QStringList paths = openManyAnswers.isEmpty() ? QStringList() : openManyAnswers.takeFirst();
        if (!paths.isEmpty())
            QTimer::singleShot(0, [chosen = std::move(chosen), paths] { chosen(paths); });
    }
    void chooseDirectory(QWidget *, const QString &, PathCallback chosen) override
    {
        answer(directoryAnswers, std::move(chosen));
    }
    void showError(QWidget *, const QString &, const QString &message) override { errors.append(message); }
    void confirm(QWidget *, const QString &, const QString &message, const QString &details, const QString &,
                 ConfirmCallback answered) override
    {
        ++asked;
        confirmQuestions.append(message);
        confirmDetails.append(details);
        const bool yes = !confirmAnswers.isEmpty() && confirmAnswers.takeFirst();
        QTimer::singleShot(0, [answered = std::move(answered), yes] { answered(yes); });
    }
    void askToSaveChanges(QWidget *, const QString &, const QString &message, SaveChoiceCallback answered) override
    {
        ++asked;
        saveQuestions.append(message);
        const SaveChoice choice = saveChoices.isEmpty() ? SaveChoice::Cancel : saveChoices.takeFirst();
        QTimer::singleShot(0, [answered = std::move(answered), choice] { answered(choice); });
    }

private:
    void answer(QStringList &answers, PathCallback chosen)
    {
        ++asked;
        const QString path = answers.isEmpty() ? QString() : answers.takeFirst();
        if (!path.isEmpty())
            QTimer::singleShot(0, [chosen = std::move(chosen), path] { chosen(path); });
    }
};

} // namespace Dialogsmith::Test

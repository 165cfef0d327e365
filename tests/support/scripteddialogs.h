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
    QStringList errors;
    int asked = 0;

    void chooseFileToOpen(QWidget *, const QString &, const QString &, PathCallback chosen) override
    {
        answer(openAnswers, std::move(chosen));
    }
    void chooseFileToSave(QWidget *, const QString &, const QString &, const QString &, PathCallback chosen) override
    {
        answer(saveAnswers, std::move(chosen));
    }
    void showError(QWidget *, const QString &, const QString &message) override { errors.append(message); }

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

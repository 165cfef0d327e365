// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "llm/llmclient.h"

#include <QJsonArray>
#include <QString>

class QBoxLayout;
class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QWidget;

namespace Dialogsmith {

namespace Design {
struct ProjectDesign;
}

class ModelAccess;

/// What the dialogs that ask a teacher model for a JSON list ("Expand with model…", "Suggest personas…")
/// share: the profile chooser, the error box, the request and the reading of the answer.
namespace ModelRequest {

/// A combo box of the project's model profiles with the default one chosen.
QComboBox *createProfileCombo(ModelAccess &models, const QString &toolTip, QWidget *parent);
/// The box that names what went wrong: plain, selectable text, hidden until there is an error.
QLabel *createErrorLabel(QWidget *parent);
/// Cancel and the button that adds what the user checked (`addText`) at the foot of `dialog`'s `layout`.
QPushButton *addReviewButtons(QDialog *dialog, QBoxLayout *layout, const QString &addText);
/// Shows `message` in an error box made by createErrorLabel(), or hides the box when it is empty.
void showError(QLabel *errorLabel, const QString &message);

/// Why nothing can be asked: the project has no model profile.
QString noProfileMessage();
/// What to do when a request failed and nothing came back.
QString failedMessage();

/// The opening of a prompt: the project's name and description.
QString projectPreamble(const Design::ProjectDesign &design);
/// A request for an answer in JSON only, with the system prompt every design helper uses.
Llm::ChatRequest jsonRequest(const QString &prompt, double temperature, int maxTokens);

/// The list in a model's answer: a JSON array, or the first array a JSON object holds; empty when there is
/// none. `error` (empty when given) says why when the answer holds no JSON at all, and stays empty otherwise.
QJsonArray extractList(const QString &answer, QString *error);
/// The start of an answer, quoted, for an error message that says what the model said instead.
QString quotedExcerpt(const QString &answer);

} // namespace ModelRequest

} // namespace Dialogsmith

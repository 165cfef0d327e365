// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "project/modelrequest.h"

#include "design/design.h"
#include "llm/jsonextract.h"
#include "project/modelaccess.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Dialogsmith::ModelRequest {

QComboBox *createProfileCombo(ModelAccess &models, const QString &toolTip, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(u"profileCombo"_s);
    combo->addItems(models.profileNames());
    combo->setCurrentText(models.defaultProfile());
    combo->setToolTip(toolTip);
    return combo;
}

QLabel *createErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"errorLabel"_s);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(u"QLabel { color: palette(highlighted-text); background: #b3261e; padding: 6px; "
                         "border-radius: 3px; }"_s);
    label->hide();
    return label;
}

QPushButton *addReviewButtons(QDialog *dialog, QBoxLayout *layout, const QString &addText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *add = buttons->addButton(addText, QDialogButtonBox::AcceptRole);
    add->setObjectName(u"addButton"_s);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return add;
}

void showError(QLabel *errorLabel, const QString &message)
{
    errorLabel->setText(message);
    errorLabel->setVisible(!message.isEmpty());
}

QString noProfileMessage()
{
    return QCoreApplication::translate("Dialogsmith::ModelRequest",
                                       "This project has no model profile yet. Add one in Tools \u203a "
                                       "Providers\u2026, then try again.");
}

QString failedMessage()
{
    return QCoreApplication::translate("Dialogsmith::ModelRequest",
                                       "The model could not be asked. Check the profile in Tools \u203a "
                                       "Providers\u2026 and try again.");
}

QString projectPreamble(const Design::ProjectDesign &design)
{
    QString text = u"Project: "_s + design.name;
    if (!design.description.isEmpty())
        text += u"\n"_s + design.description;
    return text;
}

Llm::ChatRequest jsonRequest(const QString &prompt, double temperature, int maxTokens)
{
    Llm::ChatRequest request;
    request.system = u"You help design datasets of synthetic conversations. You answer with JSON only."_s;
    request.messages = {{Llm::Role::User, prompt}};
    request.temperature = temperature;
    request.maxTokens = maxTokens;
    return request;
}

QJsonArray extractList(const QString &answer, QString *error)
{
    const QJsonDocument document = Llm::extractJson(answer, error);
    if (document.isArray())
        return document.array();
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it->isArray())
            return it->toArray();
    }
    return {};
}

QString quotedExcerpt(const QString &answer)
{
    const QString excerpt = answer.simplified().left(160);
    return excerpt.isEmpty() ? QCoreApplication::translate("Dialogsmith::ModelRequest", "nothing")
                             : u'\u201c' + excerpt + u'\u201d';
}

} // namespace Dialogsmith::ModelRequest

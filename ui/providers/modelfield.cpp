// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "providers/modelfield.h"

#include "llm/llmclient.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

ModelField::ModelField(Llm::LlmClient &client, std::function<QString()> probe, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_probe(std::move(probe))
{
    m_combo = new QComboBox(this);
    m_combo->setObjectName(u"model"_s);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->lineEdit()->setPlaceholderText(tr("Type a model name or list the server's models"));
    m_combo->setToolTip(tr("The model the server runs for this profile, exactly as the server names it"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    setFocusProxy(m_combo);
    m_list = new QPushButton(tr("&List Models"), this);
    m_list->setObjectName(u"listModels"_s);
    m_list->setToolTip(tr("Ask the server which models it offers"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"modelsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 0, 0);
    layout->addWidget(m_list, 0, 1);
    layout->addWidget(m_status, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);

    connect(m_combo, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (!m_loading)
            Q_EMIT modelChanged(text.trimmed());
    });
    connect(m_list, &QPushButton::clicked, this, &ModelField::listModels);
    connect(&m_client, &Llm::LlmClient::modelsListed, this,
            [this](quint64 id, const QStringList &names, const std::optional<Llm::ProviderError> &error) {
                if (id != m_request)
                    return;
                m_request = 0;
                m_list->setEnabled(m_askable);
                m_status->show();
                if (error) {
                    m_status->setText(tr("The server's models could not be listed: %1").arg(error->describe()));
                    return;
                }
                const QString typed = m_combo->currentText();
                m_loading = true;
                m_combo->clear();
                m_combo->addItems(names);
                m_loading = false;
                // A model typed before stays; an empty field takes the first the server offers.
                m_combo->setCurrentText(typed.isEmpty() && !names.isEmpty() ? names.constFirst() : typed);
                Q_EMIT modelChanged(model());
                m_status->setText(tr("The server offers %n model(s): pick one from the list.", "", int(names.size())));
                if (!names.isEmpty() && isVisible())
                    m_combo->showPopup();
            });
}

ModelField::~ModelField() = default;

QString ModelField::model() const
{
    return m_combo->currentText().trimmed();
}

void ModelField::setModel(const QString &model)
{
    m_loading = true;
    m_combo->clear();
    m_combo->setCurrentText(model);
    m_loading = false;
    clearStatus();
}

void ModelField::offerModels(const QStringList &models)
{
    if (models.isEmpty() || m_combo->count() > 0)
        return;
    const QString typed = m_combo->currentText();
    m_loading = true;
    m_combo->addItems(models);
    m_combo->setCurrentText(typed);
    m_loading = false;
}

void ModelField::setAskable(bool askable)
{
    m_askable = askable;
    m_list->setEnabled(askable && m_request == 0);
}

void ModelField::clearStatus()
{
    m_request = 0; // an answer about another profile is not shown here
    m_status->clear();
    m_status->hide();
    m_list->setEnabled(m_askable);
}

void ModelField::listModels()
{
    if (!m_askable || m_request != 0)
        return;
    m_list->setEnabled(false);
    m_status->setText(tr("Asking the server…"));
    m_status->show();
    m_request = m_client.listModels(m_probe());
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

namespace Dialogsmith {

namespace Llm {
class LlmClient;
}

/// A profile's model: typed, or picked from the list the server offers (List Models).
class ModelField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelField)

public:
    /// `probe` makes the client know the profile as the form has it now and returns the name to ask under.
    ModelField(Llm::LlmClient &client, std::function<QString()> probe, QWidget *parent = nullptr);
    ~ModelField() override;

    QString model() const;
    /// Shows `model`, forgetting the list of another profile's server.
    void setModel(const QString &model);
    /// Offers `models` (a connection test listed them) if the server was not asked yet.
    void offerModels(const QStringList &models);
    /// Whether the server can be asked (the profile has a name and an address).
    void setAskable(bool askable);
    void clearStatus();
    void listModels();

Q_SIGNALS:
    void modelChanged(const QString &model);

private:
    Llm::LlmClient &m_client;
    std::function<QString()> m_probe;
    quint64 m_request = 0;
    bool m_askable = false;
    bool m_loading = false;
    QComboBox *m_combo = nullptr;
    QPushButton *m_list = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "llm/pricetable.h"
#include "llm/providerprofile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Dialogsmith {

class ConnectionTest;
class KeyField;
class ModelAccess;
class ModelField;

/// One provider profile in the Providers dialog: name, kind, servers, model, key, limits and the model's
/// price, with "List models" and "Test connection" trying it as it stands, before OK. It edits a copy: the
/// dialog reads profile() and prices() back after each edit().
class ProfileForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileForm)

public:
    explicit ProfileForm(ModelAccess &models, QWidget *parent = nullptr);
    ~ProfileForm() override;

    /// Shows `profile`; `prices` holds the prices of every model of the project.
    void showProfile(const Llm::ProviderProfile &profile, const Llm::PriceTable &prices);
    const Llm::ProviderProfile &profile() const { return m_profile; }
    const Llm::PriceTable &prices() const { return m_prices; }
    /// Puts the cursor in the name, all of it selected (a new profile).
    void focusName();

Q_SIGNALS:
    /// The user changed the profile or its model's price.
    void edited();

private:
    void fromForm();
    void showPrice();
    void kindChosen(int choice);
    QString probe();

    ModelAccess &m_models;
    Llm::ProviderProfile m_profile;
    Llm::PriceTable m_prices;
    bool m_loading = false;

    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_moreUrls = nullptr;
    QCheckBox *m_insecure = nullptr;
    ModelField *m_model = nullptr;
    KeyField *m_key = nullptr;
    ConnectionTest *m_test = nullptr;
    QSpinBox *m_maxConcurrent = nullptr;
    QSpinBox *m_rpm = nullptr;
    QSpinBox *m_tpm = nullptr;
    QSpinBox *m_attempts = nullptr;
    QDoubleSpinBox *m_firstByte = nullptr;
    QDoubleSpinBox *m_idle = nullptr;
    QLabel *m_priceCaption = nullptr;
    QDoubleSpinBox *m_priceIn = nullptr;
    QDoubleSpinBox *m_priceOut = nullptr;
    QDoubleSpinBox *m_priceCached = nullptr;
    QDoubleSpinBox *m_priceCacheWrite = nullptr;
};

} // namespace Dialogsmith

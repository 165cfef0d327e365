// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "llm/pricetable.h"
#include "llm/providerprofile.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace Dialogsmith {

class ModelAccess;
class ProjectSession;
struct SecretResult;

namespace Llm {
struct ConnectionReport;
struct ProviderError;
} // namespace Llm

/// Tools ▸ Providers…: the project's provider profiles (kind, base URL, model picked from the server's list,
/// limits, prices), API keys written to the OS keychain and never shown again, and "Test connection".
///
/// The dialog edits a copy of the profiles and prices: OK applies them to the design as one undoable step
/// ("Undo Edit Providers"), Cancel leaves the design as it was. Keys are not part of the design: "Store" writes
/// a key to the keychain at once, and neither OK nor Cancel nor Undo takes it back (Remove does).
class ProvidersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersDialog)

public:
    ProvidersDialog(ProjectSession &session, ModelAccess &models, QWidget *parent = nullptr);
    ~ProvidersDialog() override;

    /// The profiles as edited so far.
    const QList<Llm::ProviderProfile> &profiles() const { return m_profiles; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm();
    void addProfile();
    void duplicateProfile();
    void removeProfile();
    void showProfile(int row);
    void fromForm();
    void refreshList();
    void validate();
    void updateKeyState();
    void storeKey();
    void removeKey();
    void keyWritten(const SecretResult &result);
    void listModels();
    void testConnection();
    QString probeProfile();
    void showReport(const Llm::ConnectionReport &report);
    Llm::ProviderProfile *current();
    QString uniqueName(const QString &base) const;

    ProjectSession &m_session;
    ModelAccess &m_models;
    QList<Llm::ProviderProfile> m_profiles;
    QStringList m_origins; ///< each profile's name in the design when the dialog opened; empty for new ones
    Llm::PriceTable m_prices;
    int m_row = -1;
    bool m_loading = false;
    quint64 m_listRequest = 0;
    quint64 m_testRequest = 0;
    quint64 m_keyCheck = 0; ///< which key look-up is current; older answers are ignored

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_remove = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_moreUrls = nullptr;
    QCheckBox *m_insecure = nullptr;
    QComboBox *m_model = nullptr;
    QPushButton *m_listModels = nullptr;
    QLabel *m_modelsStatus = nullptr;
    QRadioButton *m_keyNone = nullptr;
    QRadioButton *m_keyKeychain = nullptr;
    QRadioButton *m_keyEnvironment = nullptr;
    QLineEdit *m_account = nullptr;
    QLabel *m_keyStatus = nullptr;
    QLineEdit *m_keyInput = nullptr;
    QPushButton *m_storeKey = nullptr;
    QPushButton *m_replaceKey = nullptr;
    QPushButton *m_removeKey = nullptr;
    QLineEdit *m_variable = nullptr;
    QLabel *m_keyError = nullptr;
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
    QPushButton *m_test = nullptr;
    QLabel *m_report = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Dialogsmith

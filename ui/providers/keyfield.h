// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "llm/providerprofile.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Dialogsmith {

class SecretStore;
struct SecretResult;

/// Where a profile's API key comes from: none, the OS keychain or an environment variable. A key typed here
/// goes to the keychain when Store is pressed and is never shown again: the field says only whether one is
/// stored. When the keychain cannot be used it says so and names the environment variable to use instead.
class KeyField final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyField)

public:
    /// `secrets` must outlive the field.
    explicit KeyField(SecretStore &secrets, QWidget *parent = nullptr);
    ~KeyField() override;

    /// Shows `key` of the profile `profileName` of `kind` (an unset account defaults to the profile's name,
    /// an unset variable to the kind's usual one) and asks the keychain whether a key is stored.
    void showKey(const Llm::KeySource &key, const QString &profileName, Llm::ProviderKind kind);
    Llm::KeySource key() const;
    /// The profile's kind changed from `before`: a variable still at the old kind's default follows, and a
    /// hosted service, which always needs a key, is not left at "None".
    void followKind(Llm::ProviderKind before, Llm::ProviderKind now, bool needsKey);
    /// The profile was renamed from `before` to `now`: until the keychain is chosen, an account still at the
    /// profile's name follows it.
    void followName(const QString &before, const QString &now);

Q_SIGNALS:
    /// The user changed where the key comes from.
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateKeyState();
    void storeKey();
    void removeKey();
    void keyWritten(const SecretResult &result);
    QString variableOrDefault() const;

    SecretStore &m_secrets;
    quint64 m_keyCheck = 0; ///< which keychain look-up is current; older answers are ignored
    bool m_loading = false;
    QRadioButton *m_none = nullptr;
    QRadioButton *m_keychain = nullptr;
    QRadioButton *m_environment = nullptr;
    QLineEdit *m_account = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_input = nullptr;
    QPushButton *m_store = nullptr;
    QPushButton *m_replace = nullptr;
    QPushButton *m_remove = nullptr;
    QLineEdit *m_variable = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Dialogsmith

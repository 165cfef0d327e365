// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "providers/keyfield.h"

#include "secrets/secretstore.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcKeys, "dialogsmith.ui.providers.keys")

using namespace Qt::StringLiterals;

namespace Dialogsmith {

KeyField::KeyField(SecretStore &secrets, QWidget *parent)
    : QGroupBox(parent)
    , m_secrets(secrets)
{
    setTitle(tr("API key"));
    m_none = new QRadioButton(tr("N&one (a local server without a key)"), this);
    m_none->setObjectName(u"keyNone"_s);
    m_keychain = new QRadioButton(tr("Stored in the ke&ychain"), this);
    m_keychain->setObjectName(u"keyKeychain"_s);
    m_keychain->setToolTip(tr("The OS keychain (Secret Service, macOS Keychain, Windows Credential Manager) keeps "
                              "the key; the project names only the account"));
    m_environment = new QRadioButton(tr("From an en&vironment variable"), this);
    m_environment->setObjectName(u"keyEnvironment"_s);
    m_environment->setToolTip(tr("The studio and the CLI read the key from this variable when they start"));
    auto *sources = new QButtonGroup(this);
    sources->addButton(m_none);
    sources->addButton(m_keychain);
    sources->addButton(m_environment);

    m_account = new QLineEdit(this);
    m_account->setObjectName(u"keyAccount"_s);
    m_account->setToolTip(tr("The name the key is stored under in the keychain"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"keyStatus"_s);
    m_input = new QLineEdit(this);
    m_input->setObjectName(u"keyInput"_s);
    m_input->setEchoMode(QLineEdit::Password);
    m_input->setPlaceholderText(tr("Paste the API key"));
    m_input->setToolTip(tr("Written to the keychain when you press Store (or Return); never saved in the project"));
    m_input->installEventFilter(this);
    m_store = new QPushButton(tr("&Store"), this);
    m_store->setObjectName(u"storeKey"_s);
    m_store->setToolTip(tr("Write the key to the keychain now"));
    m_replace = new QPushButton(tr("Re&place…"), this);
    m_replace->setObjectName(u"replaceKey"_s);
    m_replace->setToolTip(tr("Type a new key in place of the stored one"));
    m_remove = new QPushButton(tr("R&emove Key"), this);
    m_remove->setObjectName(u"removeKey"_s);
    m_remove->setToolTip(tr("Delete the stored key from the keychain"));
    m_variable = new QLineEdit(this);
    m_variable->setObjectName(u"keyVariable"_s);
    m_variable->setToolTip(tr("The environment variable the studio and the CLI read the key from"));
    m_error = new QLabel(this);
    m_error->setObjectName(u"keyError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #c0392b;"_s);
    m_error->hide();

    // The status and the buttons may wrap under the field: a long translation never widens the dialog.
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_status);
    keyRow->addWidget(m_input, 1);
    keyRow->addWidget(m_store);
    keyRow->addWidget(m_replace);
    keyRow->addWidget(m_remove);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Keychain account:"), m_account);
    form->addRow(tr("Key:"), keyRow);
    form->addRow(tr("Variable:"), m_variable);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_none);
    layout->addWidget(m_keychain);
    layout->addWidget(m_environment);
    layout->addLayout(form);
    layout->addWidget(m_error);

    for (QRadioButton *radio : {m_none, m_keychain, m_environment}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (!on || m_loading)
                return;
            m_account->setEnabled(m_keychain->isChecked());
            m_variable->setEnabled(m_environment->isChecked());
            Q_EMIT edited();
            updateKeyState();
        });
    }
    for (QLineEdit *edit : {m_account, m_variable})
        connect(edit, &QLineEdit::textEdited, this, &KeyField::edited);
    connect(m_account, &QLineEdit::editingFinished, this, &KeyField::updateKeyState);
    connect(m_input, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_store->setEnabled(!text.isEmpty()); });
    connect(m_store, &QPushButton::clicked, this, &KeyField::storeKey);
    connect(m_replace, &QPushButton::clicked, this, [this] {
        m_input->show();
        m_store->show();
        m_replace->hide();
        m_input->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, &KeyField::removeKey);
}

KeyField::~KeyField() = default;

void KeyField::showKey(const Llm::KeySource &key, const QString &profileName, Llm::ProviderKind kind)
{
    m_loading = true;
    m_error->hide();
    m_input->clear();
    switch (key.type) {
    case Llm::KeySource::Type::None:
        m_none->setChecked(true);
        break;
    case Llm::KeySource::Type::Keychain:
        m_keychain->setChecked(true);
        break;
    case Llm::KeySource::Type::Environment:
        m_environment->setChecked(true);
        break;
    }
    m_account->setText(key.type == Llm::KeySource::Type::Keychain ? key.name : profileName);
    m_variable->setText(key.type == Llm::KeySource::Type::Environment ? key.name
                                                                      : Llm::ProviderProfile::defaultKeyVariable(kind));
    m_variable->setPlaceholderText(Llm::ProviderProfile::defaultKeyVariable(kind));
    m_account->setEnabled(m_keychain->isChecked());
    m_variable->setEnabled(m_environment->isChecked());
    m_loading = false;
    updateKeyState();
}

Llm::KeySource KeyField::key() const
{
    if (m_keychain->isChecked())
        return {Llm::KeySource::Type::Keychain, m_account->text().trimmed()};
    if (m_environment->isChecked())
        return {Llm::KeySource::Type::Environment, m_variable->text().trimmed()};
    return {Llm::KeySource::Type::None, {}};
}

void KeyField::followName(const QString &before, const QString &now)
{
    // Once the keychain is chosen the account is the user's to name, and a key may be stored under it.
    if (!m_keychain->isChecked() && m_account->text().trimmed() == before)
        m_account->setText(now);
}

void KeyField::followKind(Llm::ProviderKind before, Llm::ProviderKind now, bool needsKey)
{
    if (m_variable->text() == Llm::ProviderProfile::defaultKeyVariable(before))
        m_variable->setText(Llm::ProviderProfile::defaultKeyVariable(now));
    m_variable->setPlaceholderText(Llm::ProviderProfile::defaultKeyVariable(now));
    if (needsKey && m_none->isChecked())
        m_keychain->setChecked(true); // reports edited()
}

QString KeyField::variableOrDefault() const
{
    const QString variable = m_variable->text().trimmed();
    return variable.isEmpty() ? m_variable->placeholderText() : variable;
}

void KeyField::updateKeyState()
{
    const bool keychain = m_keychain->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *> {m_status, m_input, m_store, m_replace, m_remove})
        w->setVisible(false);
    m_error->hide();
    if (!keychain)
        return;
    m_status->setVisible(true);
    const QString account = m_account->text().trimmed();
    if (account.isEmpty()) {
        m_status->setText(tr("Name the keychain account first."));
        return;
    }
    m_status->setText(tr("Checking the keychain…"));
    const quint64 check = ++m_keyCheck;
    // The answer says only whether a key is there: the secret itself is dropped at once and never shown.
    m_secrets.read(account).then(this, [this, check](const SecretResult &result) {
        if (check != m_keyCheck)
            return;
        const bool stored = result.status == SecretResult::Status::Ok;
        if (result.status == SecretResult::Status::Failed) {
            m_status->setText(tr("The keychain cannot be read."));
            m_error->setText(tr("%1\nPut the key in an environment variable instead (for example %2) and choose "
                                "\"From an environment variable\".")
                                 .arg(result.error, variableOrDefault()));
            m_error->show();
        } else {
            m_status->setText(stored ? tr("Stored in the keychain") : tr("No key stored"));
        }
        m_input->setVisible(!stored);
        m_store->setVisible(!stored);
        m_store->setEnabled(!m_input->text().isEmpty());
        m_replace->setVisible(stored);
        m_remove->setVisible(stored);
    });
}

void KeyField::storeKey()
{
    const QString account = m_account->text().trimmed();
    QString key = m_input->text().trimmed();
    if (account.isEmpty() || key.isEmpty())
        return;
    m_input->clear();
    m_store->setEnabled(false);
    m_status->setText(tr("Storing…"));
    ++m_keyCheck;
    m_secrets.write(account, key).then(this, [this](const SecretResult &result) { keyWritten(result); });
    key.fill(u'\0');
}

void KeyField::keyWritten(const SecretResult &result)
{
    if (result.status == SecretResult::Status::Ok) {
        qCInfo(lcKeys) << "key stored in the keychain for a profile";
        updateKeyState();
        return;
    }
    m_status->setText(tr("Not stored"));
    m_error->setText(tr("The keychain could not store the key: %1\nThe key was not saved anywhere. Without a "
                        "keychain, set the environment variable %2 to the key before starting Dialogsmith and "
                        "choose \"From an environment variable\" above.")
                         .arg(result.error.isEmpty() ? tr("it is not available") : result.error, variableOrDefault()));
    m_error->show();
    m_input->show();
    m_store->show();
}

void KeyField::removeKey()
{
    const QString account = m_account->text().trimmed();
    if (account.isEmpty())
        return;
    ++m_keyCheck;
    m_secrets.remove(account).then(this, [this](const SecretResult &result) {
        if (result.status == SecretResult::Status::Failed) {
            m_error->setText(tr("The keychain could not remove the key: %1").arg(result.error));
            m_error->show();
            return;
        }
        updateKeyState();
    });
}

bool KeyField::eventFilter(QObject *watched, QEvent *event)
{
    // Return in the key field stores the key; it must not reach the dialog and close it as well.
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            storeKey();
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

} // namespace Dialogsmith

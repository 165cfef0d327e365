// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "providers/providersdialog.h"

#include "design/projectspec.h"
#include "llm/llmclient.h"
#include "project/modelaccess.h"
#include "project/projectsession.h"
#include "secrets/secretstore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcProviders, "dialogsmith.ui.providers")

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

/// The kinds offered, in order: OpenAI is the OpenAI-compatible kind at OpenAI's own address.
enum KindChoice { CompatibleChoice, OpenAiChoice, AnthropicChoice, GeminiChoice };

const QString openAiUrl = u"https://api.openai.com/v1"_s;
const QString localUrl = u"http://127.0.0.1:8080/v1"_s;

Llm::ProviderKind kindOf(int choice)
{
    switch (choice) {
    case AnthropicChoice:
        return Llm::ProviderKind::Anthropic;
    case GeminiChoice:
        return Llm::ProviderKind::Gemini;
    default:
        return Llm::ProviderKind::OpenAiCompatible;
    }
}

int choiceOf(const Llm::ProviderProfile &profile)
{
    switch (profile.kind) {
    case Llm::ProviderKind::Anthropic:
        return AnthropicChoice;
    case Llm::ProviderKind::Gemini:
        return GeminiChoice;
    case Llm::ProviderKind::OpenAiCompatible:
        break;
    }
    const QString url = profile.endpoints.isEmpty() ? QString() : profile.endpoints.constFirst().baseUrl;
    return url.startsWith(u"https://api.openai.com"_s) ? OpenAiChoice : CompatibleChoice;
}

QString defaultUrl(int choice)
{
    return choice == CompatibleChoice ? localUrl : Llm::ProviderProfile::defaultBaseUrl(kindOf(choice));
}

QDoubleSpinBox *priceSpin(QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0, 1e6);
    spin->setDecimals(3);
    spin->setPrefix(u"$ "_s);
    spin->setSingleStep(0.05);
    return spin;
}

QSpinBox *intSpin(int minimum, int maximum, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(minimum, maximum);
    spin->setGroupSeparatorShown(true);
    return spin;
}

QString mark(bool ok)
{
    return ok ? u"✔"_s : u"✘"_s;
}

} // namespace

ProvidersDialog::ProvidersDialog(ProjectSession &session, ModelAccess &models, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_models(models)
    , m_profiles(session.design().providers)
    , m_prices(session.design().prices)
{
    setWindowTitle(tr("Providers"));
    for (const Llm::ProviderProfile &p : std::as_const(m_profiles))
        m_origins.append(p.name);
    buildForm();
    resize(960, 720);

    connect(&m_models.client(), &Llm::LlmClient::modelsListed, this,
            [this](quint64 id, const QStringList &names, const std::optional<Llm::ProviderError> &error) {
                if (id != m_listRequest)
                    return;
                m_listRequest = 0;
                m_listModels->setEnabled(true);
                if (error) {
                    m_modelsStatus->setText(tr("The server's models could not be listed: %1").arg(error->describe()));
                    return;
                }
                const QString typed = m_model->currentText();
                m_loading = true;
                m_model->clear();
                m_model->addItems(names);
                m_model->setCurrentText(typed.isEmpty() && !names.isEmpty() ? names.constFirst() : typed);
                m_loading = false;
                fromForm();
                m_modelsStatus->setText(
                    tr("The server offers %n model(s): pick one from the list.", "", int(names.size())));
                if (!names.isEmpty())
                    m_model->showPopup();
            });
    connect(&m_models.client(), &Llm::LlmClient::connectionTested, this,
            [this](quint64 id, const Llm::ConnectionReport &report) {
                if (id != m_testRequest)
                    return;
                m_testRequest = 0;
                m_test->setEnabled(true);
                showReport(report);
            });

    refreshList();
    m_list->setCurrentRow(m_profiles.isEmpty() ? -1 : 0);
    showProfile(m_list->currentRow());
    validate();
}

ProvidersDialog::~ProvidersDialog() = default;

void ProvidersDialog::buildForm()
{
    // Left: the profiles.
    m_list = new QListWidget(this);
    m_list->setObjectName(u"profileList"_s);
    m_list->setToolTip(tr("The project's provider profiles: each is a model on a server"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(u"addProfile"_s);
    m_add->setToolTip(tr("Add a profile (Ctrl+N)"));
    m_add->setShortcut(QKeySequence::New);
    m_duplicate = new QPushButton(tr("D&uplicate"), this);
    m_duplicate->setToolTip(tr("Add a copy of the selected profile"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"removeProfile"_s);
    m_remove->setToolTip(tr("Remove the selected profile (its stored key stays in the keychain)"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_remove);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    // Right: the selected profile.
    auto *form = new QWidget(this);
    m_name = new QLineEdit(form);
    m_name->setObjectName(u"profileName"_s);
    m_name->setPlaceholderText(tr("e.g. teacher, local-llama"));
    m_name->setToolTip(tr("The profile's name, as the run settings refer to it"));
    m_kind = new QComboBox(form);
    m_kind->setObjectName(u"profileKind"_s);
    m_kind->addItem(tr("OpenAI-compatible server (llama.cpp, vLLM, Ollama, …)"));
    m_kind->addItem(tr("OpenAI"));
    m_kind->addItem(tr("Anthropic"));
    m_kind->addItem(tr("Google Gemini"));
    m_baseUrl = new QLineEdit(form);
    m_baseUrl->setObjectName(u"baseUrl"_s);
    m_baseUrl->setPlaceholderText(localUrl);
    m_baseUrl->setToolTip(tr("The server's address, used exactly as written (OpenAI-compatible: up to and "
                             "including /v1)"));
    m_moreUrls = new QLineEdit(form);
    m_moreUrls->setObjectName(u"moreUrls"_s);
    m_moreUrls->setPlaceholderText(tr("Further servers of the same model, separated by spaces (optional)"));
    m_moreUrls->setToolTip(tr("Calls are spread over all servers and fail over between them"));
    m_insecure = new QCheckBox(tr("Allow sending the key over plain http to other hosts than this computer"), form);
    m_insecure->setObjectName(u"allowInsecureHttp"_s);
    m_model = new QComboBox(form);
    m_model->setObjectName(u"model"_s);
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->lineEdit()->setPlaceholderText(tr("Type a model name or list the server's models"));
    m_listModels = new QPushButton(tr("&List Models"), form);
    m_listModels->setObjectName(u"listModels"_s);
    m_listModels->setToolTip(tr("Ask the server which models it offers"));
    m_modelsStatus = new QLabel(form);
    m_modelsStatus->setObjectName(u"modelsStatus"_s);
    m_modelsStatus->setWordWrap(true);
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_listModels);

    // The key.
    auto *keyBox = new QGroupBox(tr("API key"), form);
    m_keyNone = new QRadioButton(tr("N&one (a local server without a key)"), keyBox);
    m_keyKeychain = new QRadioButton(tr("Stored in the ke&ychain"), keyBox);
    m_keyKeychain->setObjectName(u"keyKeychain"_s);
    m_keyEnvironment = new QRadioButton(tr("From an en&vironment variable"), keyBox);
    m_keyEnvironment->setObjectName(u"keyEnvironment"_s);
    auto *sources = new QButtonGroup(keyBox);
    sources->addButton(m_keyNone);
    sources->addButton(m_keyKeychain);
    sources->addButton(m_keyEnvironment);
    m_account = new QLineEdit(keyBox);
    m_account->setObjectName(u"keyAccount"_s);
    m_account->setToolTip(tr("The name the key is stored under in the keychain"));
    m_keyStatus = new QLabel(keyBox);
    m_keyStatus->setObjectName(u"keyStatus"_s);
    m_keyInput = new QLineEdit(keyBox);
    m_keyInput->setObjectName(u"keyInput"_s);
    m_keyInput->setEchoMode(QLineEdit::Password);
    m_keyInput->setPlaceholderText(tr("Paste the API key"));
    m_keyInput->setToolTip(tr("Written to the keychain when you press Store; never saved in the project"));
    m_storeKey = new QPushButton(tr("&Store"), keyBox);
    m_storeKey->setObjectName(u"storeKey"_s);
    m_replaceKey = new QPushButton(tr("Re&place…"), keyBox);
    m_replaceKey->setObjectName(u"replaceKey"_s);
    m_removeKey = new QPushButton(tr("R&emove Key"), keyBox);
    m_removeKey->setObjectName(u"removeKey"_s);
    m_variable = new QLineEdit(keyBox);
    m_variable->setObjectName(u"keyVariable"_s);
    m_variable->setToolTip(tr("The environment variable the studio and the CLI read the key from"));
    m_keyError = new QLabel(keyBox);
    m_keyError->setObjectName(u"keyError"_s);
    m_keyError->setWordWrap(true);
    m_keyError->setStyleSheet(u"color: #c0392b;"_s);
    m_keyError->hide();
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyStatus);
    keyRow->addWidget(m_keyInput, 1);
    keyRow->addWidget(m_storeKey);
    keyRow->addWidget(m_replaceKey);
    keyRow->addWidget(m_removeKey);
    auto *keyForm = new QFormLayout;
    keyForm->addRow(tr("Keychain account:"), m_account);
    keyForm->addRow(tr("Key:"), keyRow);
    keyForm->addRow(tr("Variable:"), m_variable);
    auto *keyLayout = new QVBoxLayout(keyBox);
    keyLayout->addWidget(m_keyNone);
    keyLayout->addWidget(m_keyKeychain);
    keyLayout->addWidget(m_keyEnvironment);
    keyLayout->addLayout(keyForm);
    keyLayout->addWidget(m_keyError);

    auto *generalForm = new QFormLayout;
    generalForm->addRow(tr("&Name:"), m_name);
    generalForm->addRow(tr("&Kind:"), m_kind);
    generalForm->addRow(tr("&Base URL:"), m_baseUrl);
    generalForm->addRow(QString(), m_insecure);
    generalForm->addRow(tr("More servers:"), m_moreUrls);
    auto *modelLabel = new QLabel(tr("&Model:"), form);
    modelLabel->setBuddy(m_model);
    generalForm->addRow(modelLabel, modelRow);
    generalForm->addRow(QString(), m_modelsStatus);

    // Limits and prices.
    auto *limitsBox = new QGroupBox(tr("Limits"), form);
    m_maxConcurrent = intSpin(1, 4096, limitsBox);
    m_maxConcurrent->setToolTip(tr("Requests in flight at once, over all servers"));
    m_rpm = intSpin(0, 1'000'000'000, limitsBox);
    m_rpm->setSpecialValueText(tr("no limit"));
    m_tpm = intSpin(0, 1'000'000'000, limitsBox);
    m_tpm->setSpecialValueText(tr("no limit"));
    m_tpm->setToolTip(tr("Output is counted as max tokens up front"));
    m_attempts = intSpin(1, 100, limitsBox);
    m_attempts->setToolTip(tr("Tries per request, the first included; 429s and server errors are retried"));
    m_firstByte = new QDoubleSpinBox(limitsBox);
    m_firstByte->setRange(0.1, 3600);
    m_firstByte->setSuffix(tr(" s"));
    m_firstByte->setToolTip(tr("How long to wait for the first byte of an answer"));
    m_idle = new QDoubleSpinBox(limitsBox);
    m_idle->setRange(0.1, 3600);
    m_idle->setSuffix(tr(" s"));
    m_idle->setToolTip(tr("A stream that sends nothing for this long is dropped and retried"));
    auto *limitsForm = new QFormLayout(limitsBox);
    limitsForm->addRow(tr("Concurrent requests:"), m_maxConcurrent);
    limitsForm->addRow(tr("Requests per minute:"), m_rpm);
    limitsForm->addRow(tr("Tokens per minute:"), m_tpm);
    limitsForm->addRow(tr("Attempts:"), m_attempts);
    limitsForm->addRow(tr("First byte timeout:"), m_firstByte);
    limitsForm->addRow(tr("Idle timeout:"), m_idle);

    auto *pricesBox = new QGroupBox(tr("Price"), form);
    m_priceCaption = new QLabel(pricesBox);
    m_priceCaption->setWordWrap(true);
    m_priceIn = priceSpin(pricesBox);
    m_priceIn->setObjectName(u"priceInput"_s);
    m_priceOut = priceSpin(pricesBox);
    m_priceOut->setObjectName(u"priceOutput"_s);
    m_priceCached = priceSpin(pricesBox);
    m_priceCacheWrite = priceSpin(pricesBox);
    auto *pricesForm = new QFormLayout(pricesBox);
    pricesForm->addRow(m_priceCaption);
    pricesForm->addRow(tr("Input:"), m_priceIn);
    pricesForm->addRow(tr("Output:"), m_priceOut);
    pricesForm->addRow(tr("Cached input:"), m_priceCached);
    pricesForm->addRow(tr("Cache write:"), m_priceCacheWrite);

    auto *limitsRow = new QHBoxLayout;
    limitsRow->addWidget(limitsBox, 1);
    limitsRow->addWidget(pricesBox, 1);

    m_test = new QPushButton(tr("&Test Connection"), form);
    m_test->setObjectName(u"testConnection"_s);
    m_test->setToolTip(tr("Ask the server for its models, a streamed answer and JSON output"));
    m_report = new QLabel(form);
    m_report->setObjectName(u"connectionReport"_s);
    m_report->setWordWrap(true);
    m_report->setTextFormat(Qt::RichText);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_report, 1);

    auto *formLayout = new QVBoxLayout(form);
    formLayout->addLayout(generalForm);
    formLayout->addWidget(keyBox);
    formLayout->addLayout(testRow);
    formLayout->addLayout(limitsRow);
    formLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);

    auto *empty = new QLabel(tr("No provider profile yet.\nAdd one to say which model writes the conversations: "
                                "a local OpenAI-compatible server, OpenAI, Anthropic or Gemini."),
                             this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(scroll);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 700});
    splitter->setChildrenCollapsible(false);

    m_problems = new QLabel(this);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #c0392b;"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProvidersDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProvidersDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ProvidersDialog::addProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProvidersDialog::duplicateProfile);
    connect(m_remove, &QPushButton::clicked, this, &ProvidersDialog::removeProfile);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProvidersDialog::showProfile);
    connect(m_kind, &QComboBox::activated, this, [this](int choice) {
        // A URL or variable still at the previous kind's default follows the new kind.
        Llm::ProviderProfile *p = current();
        if (!p)
            return;
        const int before = choiceOf(*p);
        const QString url = m_baseUrl->text().trimmed();
        if (url.isEmpty() || url == defaultUrl(before))
            m_baseUrl->setText(defaultUrl(choice));
        if (m_variable->text() == Llm::ProviderProfile::defaultKeyVariable(kindOf(before)))
            m_variable->setText(Llm::ProviderProfile::defaultKeyVariable(kindOf(choice)));
        if (choice != CompatibleChoice && m_keyNone->isChecked())
            m_keyKeychain->setChecked(true);
        fromForm();
        updateKeyState();
    });
    for (QLineEdit *edit : {m_name, m_baseUrl, m_moreUrls, m_account, m_variable})
        connect(edit, &QLineEdit::textEdited, this, &ProvidersDialog::fromForm);
    connect(m_account, &QLineEdit::editingFinished, this, &ProvidersDialog::updateKeyState);
    connect(m_model, &QComboBox::currentTextChanged, this, &ProvidersDialog::fromForm);
    connect(m_insecure, &QCheckBox::toggled, this, &ProvidersDialog::fromForm);
    for (QRadioButton *radio : {m_keyNone, m_keyKeychain, m_keyEnvironment}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (!on)
                return;
            fromForm();
            updateKeyState();
        });
    }
    for (QSpinBox *spin : {m_maxConcurrent, m_rpm, m_tpm, m_attempts})
        connect(spin, &QSpinBox::valueChanged, this, &ProvidersDialog::fromForm);
    for (QDoubleSpinBox *spin : {m_firstByte, m_idle, m_priceIn, m_priceOut, m_priceCached, m_priceCacheWrite})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ProvidersDialog::fromForm);
    connect(m_keyInput, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_storeKey->setEnabled(!text.isEmpty()); });
    m_keyInput->installEventFilter(this);
    connect(m_storeKey, &QPushButton::clicked, this, &ProvidersDialog::storeKey);
    connect(m_replaceKey, &QPushButton::clicked, this, [this] {
        m_keyInput->show();
        m_storeKey->show();
        m_replaceKey->hide();
        m_keyInput->setFocus();
    });
    connect(m_removeKey, &QPushButton::clicked, this, &ProvidersDialog::removeKey);
    connect(m_listModels, &QPushButton::clicked, this, &ProvidersDialog::listModels);
    connect(m_test, &QPushButton::clicked, this, &ProvidersDialog::testConnection);
}

Llm::ProviderProfile *ProvidersDialog::current()
{
    return m_row >= 0 && m_row < m_profiles.size() ? &m_profiles[m_row] : nullptr;
}

QString ProvidersDialog::uniqueName(const QString &base) const
{
    QString name = base;
    for (int n = 2;; ++n) {
        if (std::none_of(m_profiles.cbegin(), m_profiles.cend(), [&](const auto &p) { return p.name == name; }))
            return name;
        name = u"%1 %2"_s.arg(base).arg(n);
    }
}

void ProvidersDialog::refreshList()
{
    const QSignalBlocker blocker(m_list);
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        const Llm::ProviderProfile &p = m_profiles.at(i);
        const QString text = p.model.isEmpty() ? p.name : tr("%1 — %2").arg(p.name, p.model);
        if (i < m_list->count())
            m_list->item(int(i))->setText(text);
        else
            m_list->addItem(text);
    }
    while (m_list->count() > m_profiles.size())
        delete m_list->takeItem(m_list->count() - 1);
    m_stack->setCurrentIndex(m_profiles.isEmpty() ? 0 : 1);
    m_duplicate->setEnabled(!m_profiles.isEmpty());
    m_remove->setEnabled(!m_profiles.isEmpty());
}

void ProvidersDialog::addProfile()
{
    Llm::ProviderProfile p;
    p.name = uniqueName(m_profiles.isEmpty() ? tr("teacher") : tr("profile"));
    p.endpoints = {{localUrl, {}}};
    p.key = {Llm::KeySource::Type::None, {}};
    m_profiles.append(p);
    m_origins.append(QString());
    refreshList();
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
    validate();
}

void ProvidersDialog::duplicateProfile()
{
    const Llm::ProviderProfile *p = current();
    if (!p)
        return;
    Llm::ProviderProfile copy = *p;
    copy.name = uniqueName(p->name);
    m_profiles.append(copy);
    m_origins.append(QString());
    refreshList();
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
    validate();
}

void ProvidersDialog::removeProfile()
{
    if (!current())
        return;
    const int row = m_row;
    m_profiles.removeAt(row);
    m_origins.removeAt(row);
    m_row = -1;
    refreshList();
    m_list->setCurrentRow(std::min(row, int(m_profiles.size()) - 1));
    showProfile(m_list->currentRow());
    validate();
}

void ProvidersDialog::showProfile(int row)
{
    m_row = row;
    const Llm::ProviderProfile *p = current();
    m_report->clear();
    m_modelsStatus->clear();
    m_keyError->hide();
    m_keyInput->clear();
    if (!p)
        return;
    m_loading = true;
    m_name->setText(p->name);
    const int choice = choiceOf(*p);
    m_kind->setCurrentIndex(choice);
    m_baseUrl->setText(p->endpoints.isEmpty() ? QString() : p->endpoints.constFirst().baseUrl);
    QStringList more;
    for (qsizetype i = 1; i < p->endpoints.size(); ++i)
        more.append(p->endpoints.at(i).baseUrl);
    m_moreUrls->setText(more.join(u' '));
    m_insecure->setChecked(p->allowInsecureHttp);
    m_model->clear();
    m_model->setCurrentText(p->model);
    switch (p->key.type) {
    case Llm::KeySource::Type::None:
        m_keyNone->setChecked(true);
        break;
    case Llm::KeySource::Type::Keychain:
        m_keyKeychain->setChecked(true);
        break;
    case Llm::KeySource::Type::Environment:
        m_keyEnvironment->setChecked(true);
        break;
    }
    m_account->setText(p->key.type == Llm::KeySource::Type::Keychain ? p->key.name : p->name);
    m_variable->setText(p->key.type == Llm::KeySource::Type::Environment
                            ? p->key.name
                            : Llm::ProviderProfile::defaultKeyVariable(p->kind));
    m_maxConcurrent->setValue(p->limits.maxConcurrent);
    m_rpm->setValue(p->limits.requestsPerMinute);
    m_tpm->setValue(p->limits.tokensPerMinute);
    m_attempts->setValue(p->limits.maxAttempts);
    m_firstByte->setValue(p->limits.firstByteTimeoutMs / 1000.0);
    m_idle->setValue(p->limits.idleTimeoutMs / 1000.0);
    const Llm::ModelPrice price = m_prices.prices().value(p->model);
    m_priceIn->setValue(price.inputPerMTok);
    m_priceOut->setValue(price.outputPerMTok);
    m_priceCached->setValue(price.cachedInputPerMTok);
    m_priceCacheWrite->setValue(price.cacheWritePerMTok);
    m_loading = false;
    fromForm();
    updateKeyState();
}

void ProvidersDialog::fromForm()
{
    Llm::ProviderProfile *p = current();
    if (m_loading || !p)
        return;
    const QString oldModel = p->model;
    p->name = m_name->text().trimmed();
    p->kind = kindOf(m_kind->currentIndex());
    p->endpoints.clear();
    p->endpoints.append({m_baseUrl->text().trimmed(), {}});
    static const QRegularExpression separators(u"[\\s,]+"_s);
    const QStringList more = m_moreUrls->text().split(separators, Qt::SkipEmptyParts);
    for (const QString &url : more) {
        if (!url.trimmed().isEmpty())
            p->endpoints.append({url.trimmed(), {}});
    }
    p->allowInsecureHttp = m_insecure->isChecked();
    p->model = m_model->currentText().trimmed();
    if (m_keyKeychain->isChecked())
        p->key = {Llm::KeySource::Type::Keychain, m_account->text().trimmed()};
    else if (m_keyEnvironment->isChecked())
        p->key = {Llm::KeySource::Type::Environment, m_variable->text().trimmed()};
    else
        p->key = {Llm::KeySource::Type::None, {}};
    p->limits.maxConcurrent = m_maxConcurrent->value();
    p->limits.requestsPerMinute = m_rpm->value();
    p->limits.tokensPerMinute = m_tpm->value();
    p->limits.maxAttempts = m_attempts->value();
    p->limits.firstByteTimeoutMs = int(std::lround(m_firstByte->value() * 1000));
    p->limits.idleTimeoutMs = int(std::lround(m_idle->value() * 1000));

    // The price belongs to the model: a model with a price shows it, a model typed anew starts from its own.
    if (p->model != oldModel) {
        m_loading = true;
        const Llm::ModelPrice price = m_prices.prices().value(p->model);
        m_priceIn->setValue(price.inputPerMTok);
        m_priceOut->setValue(price.outputPerMTok);
        m_priceCached->setValue(price.cachedInputPerMTok);
        m_priceCacheWrite->setValue(price.cacheWritePerMTok);
        m_loading = false;
    } else if (!p->model.isEmpty()) {
        const Llm::ModelPrice price {m_priceIn->value(), m_priceOut->value(), m_priceCached->value(),
                                     m_priceCacheWrite->value()};
        if (price == Llm::ModelPrice {})
            m_prices.remove(p->model); // no price: free, as a local server is
        else
            m_prices.set(p->model, price);
    }
    m_priceCaption->setText(
        p->model.isEmpty() ? tr("US dollars per million tokens, once the profile names a model")
                           : tr("US dollars per million tokens of %1, for cost estimates and budgets").arg(p->model));
    for (QDoubleSpinBox *spin : {m_priceIn, m_priceOut, m_priceCached, m_priceCacheWrite})
        spin->setEnabled(!p->model.isEmpty());
    m_account->setEnabled(m_keyKeychain->isChecked());
    m_variable->setEnabled(m_keyEnvironment->isChecked());
    m_variable->setPlaceholderText(Llm::ProviderProfile::defaultKeyVariable(p->kind));
    refreshList();
    validate();
}

void ProvidersDialog::validate()
{
    Design::ProjectDesign trial = m_session.design();
    trial.providers = m_profiles;
    trial.prices = m_prices;
    QStringList problems;
    for (const QString &problem : Design::ProjectSpec::check(trial)) {
        if (problem.startsWith(u"providers"_s) || problem.startsWith(u"prices"_s))
            problems.append(problem);
    }
    for (const Llm::ProviderProfile &p : std::as_const(m_profiles)) {
        if (p.key.type != Llm::KeySource::Type::None && p.key.name.isEmpty())
            problems.append(tr("%1: the key needs a keychain account or an environment variable.").arg(p.name));
    }
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    const bool usable = current() && !current()->name.isEmpty() && !m_baseUrl->text().trimmed().isEmpty();
    m_test->setEnabled(usable && m_testRequest == 0);
    m_listModels->setEnabled(usable && m_listRequest == 0);
}

void ProvidersDialog::updateKeyState()
{
    const bool keychain = m_keyKeychain->isChecked() && current();
    for (QWidget *w : std::initializer_list<QWidget *> {m_keyStatus, m_keyInput, m_storeKey, m_replaceKey, m_removeKey})
        w->setVisible(keychain);
    m_keyError->hide();
    if (!keychain)
        return;
    const QString account = m_account->text().trimmed();
    m_keyStatus->setText(tr("Checking the keychain…"));
    m_keyInput->hide();
    m_storeKey->hide();
    m_replaceKey->hide();
    m_removeKey->hide();
    if (account.isEmpty()) {
        m_keyStatus->setText(tr("Name the keychain account first."));
        return;
    }
    const quint64 check = ++m_keyCheck;
    // The answer says only whether a key is there: the secret itself is dropped at once and never shown.
    m_models.secrets().read(account).then(this, [this, check](const SecretResult &result) {
        if (check != m_keyCheck)
            return;
        const bool stored = result.status == SecretResult::Status::Ok;
        if (result.status == SecretResult::Status::Failed) {
            m_keyStatus->setText(tr("The keychain cannot be read."));
            m_keyError->setText(tr("%1\nPut the key in an environment variable instead (for example %2) and choose "
                                   "\"From an environment variable\".")
                                    .arg(result.error, m_variable->placeholderText()));
            m_keyError->show();
        } else {
            m_keyStatus->setText(stored ? tr("Stored in the keychain") : tr("No key stored"));
        }
        m_keyInput->setVisible(!stored);
        m_storeKey->setVisible(!stored);
        m_storeKey->setEnabled(!m_keyInput->text().isEmpty());
        m_replaceKey->setVisible(stored);
        m_removeKey->setVisible(stored);
    });
}

void ProvidersDialog::storeKey()
{
    const QString account = m_account->text().trimmed();
    QString key = m_keyInput->text().trimmed();
    if (account.isEmpty() || key.isEmpty())
        return;
    m_keyInput->clear();
    m_storeKey->setEnabled(false);
    m_keyStatus->setText(tr("Storing…"));
    ++m_keyCheck;
    m_models.secrets().write(account, key).then(this, [this](const SecretResult &result) { keyWritten(result); });
    key.fill(u'\0');
}

void ProvidersDialog::keyWritten(const SecretResult &result)
{
    if (result.status == SecretResult::Status::Ok) {
        qCInfo(lcProviders) << "key stored in the keychain for a profile";
        updateKeyState();
        return;
    }
    m_keyStatus->setText(tr("Not stored"));
    const QString variable
        = m_variable->text().trimmed().isEmpty() ? m_variable->placeholderText() : m_variable->text().trimmed();
    m_keyError->setText(tr("The keychain could not store the key: %1\nThe key was not saved anywhere. Without a "
                           "keychain, set the environment variable %2 to the key before starting Dialogsmith and "
                           "choose \"From an environment variable\" above.")
                            .arg(result.error.isEmpty() ? tr("it is not available") : result.error, variable));
    m_keyError->show();
    m_keyInput->show();
    m_storeKey->show();
}

void ProvidersDialog::removeKey()
{
    const QString account = m_account->text().trimmed();
    if (account.isEmpty())
        return;
    ++m_keyCheck;
    m_models.secrets().remove(account).then(this, [this](const SecretResult &result) {
        if (result.status == SecretResult::Status::Failed) {
            m_keyError->setText(tr("The keychain could not remove the key: %1").arg(result.error));
            m_keyError->show();
            return;
        }
        updateKeyState();
    });
}

QString ProvidersDialog::probeProfile()
{
    // The client tries the profile as the form has it now, under a name no design uses, so neither OK nor
    // Cancel is needed first.
    Llm::ProviderProfile probe = *current();
    probe.name = u"\u2063providers-dialog:"_s + probe.name;
    if (probe.endpoints.constFirst().baseUrl.isEmpty())
        probe.endpoints.first().baseUrl = m_baseUrl->placeholderText();
    m_models.client().setProfile(probe);
    return probe.name;
}

void ProvidersDialog::listModels()
{
    if (!current())
        return;
    m_listModels->setEnabled(false);
    m_modelsStatus->setText(tr("Asking the server…"));
    m_listRequest = m_models.client().listModels(probeProfile());
}

void ProvidersDialog::testConnection()
{
    if (!current())
        return;
    m_test->setEnabled(false);
    m_report->setText(tr("Testing %1…").arg(m_baseUrl->text().toHtmlEscaped()));
    m_testRequest = m_models.client().testConnection(probeProfile());
}

void ProvidersDialog::showReport(const Llm::ConnectionReport &r)
{
    QStringList lines;
    lines << tr("%1 Reachable").arg(mark(r.reachable));
    if (r.reachable) {
        lines << tr("%1 Key accepted").arg(mark(r.authorized));
        if (!r.models.isEmpty()) {
            lines << tr("%1 Model listed by the server (%n model(s) offered)", "", int(r.models.size()))
                         .arg(mark(r.modelListed));
        }
        lines << tr("%1 Streaming").arg(mark(r.streams)) << tr("%1 Reports token usage").arg(mark(r.reportsUsage))
              << tr("%1 JSON output").arg(mark(r.jsonOutput));
        if (r.firstByteMs > 0)
            lines << tr("First byte after %1 ms").arg(r.firstByteMs);
    }
    QString html = lines.join(u"<br>"_s);
    if (!r.error.isEmpty())
        html += u"<br><span style=\"color:#c0392b\">%1</span>"_s.arg(r.error.toHtmlEscaped());
    m_report->setText(html);
    if (!r.models.isEmpty() && m_model->count() == 0) {
        const QString typed = m_model->currentText();
        m_loading = true;
        m_model->addItems(r.models);
        m_model->setCurrentText(typed);
        m_loading = false;
    }
}

bool ProvidersDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Return in the key field stores the key; it must not reach the dialog and close it as well.
    if (watched == m_keyInput && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            storeKey();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ProvidersDialog::accept()
{
    fromForm();
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QHash<QString, QString> renamed;
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (!m_origins.at(i).isEmpty())
            renamed.insert(m_origins.at(i), m_profiles.at(i).name);
    }
    const QList<Llm::ProviderProfile> profiles = m_profiles;
    const Llm::PriceTable prices = m_prices;
    m_session.edit(tr("Edit Providers"),
                   ProjectSession::Part::Providers | ProjectSession::Part::Prices | ProjectSession::Part::Generation,
                   [profiles, prices, renamed](Design::ProjectDesign &design) {
                       // The run settings follow a renamed profile; one that is gone falls back to "unset".
                       for (QString *name : {&design.generation.userProfile, &design.generation.assistantProfile}) {
                           if (!name->isEmpty())
                               *name = renamed.value(*name);
                       }
                       design.providers = profiles;
                       design.prices = prices;
                   });
    QDialog::accept();
}

} // namespace Dialogsmith

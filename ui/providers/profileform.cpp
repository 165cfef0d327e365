// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "providers/profileform.h"

#include "llm/llmclient.h"
#include "project/modelaccess.h"
#include "providers/connectiontest.h"
#include "providers/keyfield.h"
#include "providers/modelfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

/// The kinds offered, in order: OpenAI is the OpenAI-compatible kind at OpenAI's own address.
enum KindChoice { CompatibleChoice, OpenAiChoice, AnthropicChoice, GeminiChoice };

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

QDoubleSpinBox *priceSpin(QWidget *parent, const QString &name, const QString &tip)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, 1e6);
    spin->setDecimals(3);
    spin->setPrefix(u"$ "_s);
    spin->setSingleStep(0.05);
    spin->setToolTip(tip);
    return spin;
}

QSpinBox *intSpin(int minimum, int maximum, QWidget *parent, const QString &tip)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(minimum, maximum);
    spin->setGroupSeparatorShown(true);
    spin->setToolTip(tip);
    return spin;
}

QDoubleSpinBox *secondsSpin(QWidget *parent, const QString &tip)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0.1, 3600);
    spin->setSuffix(ProfileForm::tr(" s"));
    spin->setToolTip(tip);
    return spin;
}

} // namespace

ProfileForm::ProfileForm(ModelAccess &models, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"profileName"_s);
    m_name->setPlaceholderText(tr("e.g. teacher, local-llama"));
    m_name->setToolTip(tr("The profile's name, as the run settings refer to it"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"profileKind"_s);
    m_kind->setToolTip(tr("The kind of server: it decides how requests are written"));
    m_kind->addItem(tr("OpenAI-compatible server (llama.cpp, vLLM, Ollama, …)"));
    m_kind->addItem(tr("OpenAI"));
    m_kind->addItem(tr("Anthropic"));
    m_kind->addItem(tr("Google Gemini"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(20);
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(u"baseUrl"_s);
    m_baseUrl->setPlaceholderText(localUrl);
    m_baseUrl->setToolTip(tr("The server's address, used exactly as written (OpenAI-compatible: up to and "
                             "including /v1)"));
    m_moreUrls = new QLineEdit(this);
    m_moreUrls->setObjectName(u"moreUrls"_s);
    m_moreUrls->setPlaceholderText(tr("Further servers of the same model, separated by spaces (optional)"));
    m_moreUrls->setToolTip(tr("Calls are spread over all servers and fail over between them"));
    m_insecure = new QCheckBox(tr("Allow sending the key over plain http to other hosts than this computer"), this);
    m_insecure->setObjectName(u"allowInsecureHttp"_s);
    m_insecure->setToolTip(tr("Only on a network you trust: anyone on the way can read a key sent over http"));
    const auto probeFn = [this] { return probe(); };
    m_model = new ModelField(m_models.client(), probeFn, this);
    m_key = new KeyField(m_models.secrets(), this);
    m_test = new ConnectionTest(m_models.client(), probeFn, this);

    auto *generalForm = new QFormLayout;
    generalForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    generalForm->addRow(tr("&Name:"), m_name);
    generalForm->addRow(tr("&Kind:"), m_kind);
    generalForm->addRow(tr("&Base URL:"), m_baseUrl);
    generalForm->addRow(QString(), m_insecure);
    generalForm->addRow(tr("More ser&vers:"), m_moreUrls);
    generalForm->addRow(tr("&Model:"), m_model);

    // Limits and prices.
    auto *limitsBox = new QGroupBox(tr("Limits"), this);
    m_maxConcurrent = intSpin(1, 4096, limitsBox, tr("Requests in flight at once, over all servers"));
    m_rpm = intSpin(0, 1'000'000'000, limitsBox, tr("Requests started per minute, over all servers"));
    m_rpm->setSpecialValueText(tr("no limit"));
    m_tpm = intSpin(0, 1'000'000'000, limitsBox, tr("Output is counted as max tokens up front"));
    m_tpm->setSpecialValueText(tr("no limit"));
    m_attempts
        = intSpin(1, 100, limitsBox, tr("Tries per request, the first included; 429s and server errors are retried"));
    m_firstByte = secondsSpin(limitsBox, tr("How long to wait for the first byte of an answer"));
    m_idle = secondsSpin(limitsBox, tr("A stream that sends nothing for this long is dropped and retried"));
    auto *limitsForm = new QFormLayout(limitsBox);
    limitsForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    limitsForm->addRow(tr("Concurrent requests:"), m_maxConcurrent);
    limitsForm->addRow(tr("Requests per minute:"), m_rpm);
    limitsForm->addRow(tr("Tokens per minute:"), m_tpm);
    limitsForm->addRow(tr("Attempts:"), m_attempts);
    limitsForm->addRow(tr("First byte timeout:"), m_firstByte);
    limitsForm->addRow(tr("Idle timeout:"), m_idle);

    auto *pricesBox = new QGroupBox(tr("Price"), this);
    m_priceCaption = new QLabel(pricesBox);
    m_priceCaption->setWordWrap(true);
    m_priceIn = priceSpin(pricesBox, u"priceInput"_s, tr("Per million tokens of the prompt"));
    m_priceOut = priceSpin(pricesBox, u"priceOutput"_s, tr("Per million tokens the model writes"));
    m_priceCached = priceSpin(pricesBox, u"priceCachedInput"_s,
                              tr("Per million prompt tokens the server had cached (often cheaper)"));
    m_priceCacheWrite = priceSpin(pricesBox, u"priceCacheWrite"_s,
                                  tr("Per million prompt tokens written to the server's cache (Anthropic)"));
    auto *pricesForm = new QFormLayout(pricesBox);
    pricesForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    pricesForm->addRow(m_priceCaption);
    pricesForm->addRow(tr("Input:"), m_priceIn);
    pricesForm->addRow(tr("Output:"), m_priceOut);
    pricesForm->addRow(tr("Cached input:"), m_priceCached);
    pricesForm->addRow(tr("Cache write:"), m_priceCacheWrite);

    auto *limitsRow = new QHBoxLayout;
    limitsRow->addWidget(limitsBox, 1);
    limitsRow->addWidget(pricesBox, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(generalForm);
    layout->addWidget(m_key);
    layout->addWidget(m_test);
    layout->addLayout(limitsRow);
    layout->addStretch();

    connect(m_kind, &QComboBox::activated, this, &ProfileForm::kindChosen);
    for (QLineEdit *edit : {m_name, m_baseUrl, m_moreUrls})
        connect(edit, &QLineEdit::textEdited, this, &ProfileForm::fromForm);
    connect(m_insecure, &QCheckBox::toggled, this, &ProfileForm::fromForm);
    connect(m_model, &ModelField::modelChanged, this, &ProfileForm::fromForm);
    connect(m_key, &KeyField::edited, this, &ProfileForm::fromForm);
    connect(m_test, &ConnectionTest::modelsReported, m_model, &ModelField::offerModels);
    for (QSpinBox *spin : {m_maxConcurrent, m_rpm, m_tpm, m_attempts})
        connect(spin, &QSpinBox::valueChanged, this, &ProfileForm::fromForm);
    for (QDoubleSpinBox *spin : {m_firstByte, m_idle, m_priceIn, m_priceOut, m_priceCached, m_priceCacheWrite})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ProfileForm::fromForm);
}

ProfileForm::~ProfileForm() = default;

void ProfileForm::focusName()
{
    m_name->setFocus();
    m_name->selectAll();
}

void ProfileForm::showProfile(const Llm::ProviderProfile &profile, const Llm::PriceTable &prices)
{
    m_profile = profile;
    m_prices = prices;
    m_loading = true;
    const Llm::ProviderProfile &p = m_profile;
    m_name->setText(p.name);
    m_kind->setCurrentIndex(choiceOf(p));
    m_baseUrl->setText(p.endpoints.isEmpty() ? QString() : p.endpoints.constFirst().baseUrl);
    QStringList more;
    for (qsizetype i = 1; i < p.endpoints.size(); ++i)
        more.append(p.endpoints.at(i).baseUrl);
    m_moreUrls->setText(more.join(u' '));
    m_insecure->setChecked(p.allowInsecureHttp);
    m_model->setModel(p.model);
    m_key->showKey(p.key, p.name, p.kind);
    m_maxConcurrent->setValue(p.limits.maxConcurrent);
    m_rpm->setValue(p.limits.requestsPerMinute);
    m_tpm->setValue(p.limits.tokensPerMinute);
    m_attempts->setValue(p.limits.maxAttempts);
    m_firstByte->setValue(p.limits.firstByteTimeoutMs / 1000.0);
    m_idle->setValue(p.limits.idleTimeoutMs / 1000.0);
    m_test->clear();
    showPrice();
    m_loading = false;
    fromForm();
}

void ProfileForm::showPrice()
{
    const bool wasLoading = std::exchange(m_loading, true);
    const QString &model = m_profile.model;
    const Llm::ModelPrice price = m_prices.prices().value(model);
    m_priceIn->setValue(price.inputPerMTok);
    m_priceOut->setValue(price.outputPerMTok);
    m_priceCached->setValue(price.cachedInputPerMTok);
    m_priceCacheWrite->setValue(price.cacheWritePerMTok);
    m_priceCaption->setText(model.isEmpty()
                                ? tr("US dollars per million tokens, once the profile names a model")
                                : tr("US dollars per million tokens of %1, for cost estimates and budgets").arg(model));
    for (QDoubleSpinBox *spin : {m_priceIn, m_priceOut, m_priceCached, m_priceCacheWrite})
        spin->setEnabled(!model.isEmpty());
    m_loading = wasLoading;
}

void ProfileForm::kindChosen(int choice)
{
    // A URL or variable still at the previous kind's default follows the new kind.
    const int before = choiceOf(m_profile);
    const QString url = m_baseUrl->text().trimmed();
    if (url.isEmpty() || url == defaultUrl(before))
        m_baseUrl->setText(defaultUrl(choice));
    m_loading = true;
    m_key->followKind(kindOf(before), kindOf(choice), choice != CompatibleChoice);
    m_loading = false;
    fromForm();
}

void ProfileForm::fromForm()
{
    if (m_loading)
        return;
    Llm::ProviderProfile &p = m_profile;
    const QString oldModel = p.model;
    m_key->followName(p.name, m_name->text().trimmed());
    p.name = m_name->text().trimmed();
    p.kind = kindOf(m_kind->currentIndex());
    p.endpoints.clear();
    p.endpoints.append({m_baseUrl->text().trimmed(), {}});
    static const QRegularExpression separators(u"[\\s,]+"_s);
    const QStringList more = m_moreUrls->text().split(separators, Qt::SkipEmptyParts);
    for (const QString &url : more)
        p.endpoints.append({url, {}});
    p.allowInsecureHttp = m_insecure->isChecked();
    p.model = m_model->model();
    p.key = m_key->key();
    p.limits.maxConcurrent = m_maxConcurrent->value();
    p.limits.requestsPerMinute = m_rpm->value();
    p.limits.tokensPerMinute = m_tpm->value();
    p.limits.maxAttempts = m_attempts->value();
    p.limits.firstByteTimeoutMs = int(std::lround(m_firstByte->value() * 1000));
    p.limits.idleTimeoutMs = int(std::lround(m_idle->value() * 1000));

    // The price belongs to the model: a model with a price shows it, a model typed anew starts from its own.
    if (p.model != oldModel) {
        showPrice();
    } else if (!p.model.isEmpty()) {
        const Llm::ModelPrice price {m_priceIn->value(), m_priceOut->value(), m_priceCached->value(),
                                     m_priceCacheWrite->value()};
        if (price == Llm::ModelPrice {})
            m_prices.remove(p.model); // no price: free, as a local server is
        else
            m_prices.set(p.model, price);
    }
    const bool askable = !p.name.isEmpty() && !p.endpoints.constFirst().baseUrl.isEmpty();
    m_model->setAskable(askable);
    m_test->setAskable(askable);
    Q_EMIT edited();
}

QString ProfileForm::probe()
{
    // The client tries the profile as the form has it now, under a name no design uses, so neither OK nor
    // Cancel is needed first.
    Llm::ProviderProfile probe = m_profile;
    probe.name = u"\u2063providers-dialog:"_s + probe.name;
    if (probe.endpoints.isEmpty() || probe.endpoints.constFirst().baseUrl.isEmpty())
        probe.endpoints = {{m_baseUrl->placeholderText(), {}}};
    m_models.client().setProfile(probe);
    return probe.name;
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/runsettingseditor.h"

#include "project/modelaccess.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "run/runestimate.h"
#include "run/runsmodel.h"
#include "shell/editorparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

// The ranges ProjectSpec accepts (core/design/projectspec.cpp): a saved design must open again.
constexpr int maxCount = 10'000'000;
constexpr int maxTurns = 100;
constexpr int maxConcurrency = 4096;
constexpr int maxMaxTokens = 1'000'000;
constexpr double maxSafeInteger = 9007199254740991.0;
constexpr double maxTemperature = 2;

enum Field {
    CountField = 1,
    MinTurnsField,
    MaxTurnsField,
    GroundingField,
    DriftField,
    UserProfileField,
    AssistantProfileField,
    TemperatureField, // + side
    TopPField = TemperatureField + 2,
    MaxTokensField = TopPField + 2,
    ConcurrencyField = MaxTokensField + 2,
    BudgetUsdField,
    BudgetTokensField,
    SeedField,
    EndMarkerField,
};

/// A spin box whose lowest value means "leave it to the provider".
QDoubleSpinBox *optionalSpin(double maximum, QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(-0.05, maximum);
    spin->setSingleStep(0.05);
    spin->setDecimals(2);
    spin->setSpecialValueText(RunSettingsEditor::tr("provider default"));
    return spin;
}

std::optional<double> optionalValue(const QDoubleSpinBox *spin)
{
    return spin->value() < 0 ? std::nullopt : std::optional<double>(spin->value());
}

void setOptional(QDoubleSpinBox *spin, const std::optional<double> &value)
{
    spin->setValue(value ? *value : spin->minimum());
}

QString tokensText(qint64 tokens)
{
    const QLocale locale;
    if (tokens >= 10'000'000)
        return RunSettingsEditor::tr("%1 M").arg(locale.toString(double(tokens) / 1e6, 'f', 1));
    if (tokens >= 10'000)
        return RunSettingsEditor::tr("%1 k").arg(locale.toString(double(tokens) / 1e3, 'f', 0));
    return locale.toString(tokens);
}

QString moneyText(double usd)
{
    // Prices are in US dollars whatever the locale: the sign goes first, the digits follow the locale.
    return u"$"_s + QLocale().toString(usd, 'f', usd < 1 ? 4 : 2);
}

QString durationText(double seconds)
{
    const qint64 s = qint64(std::ceil(seconds));
    if (s >= 48 * 3600)
        return RunSettingsEditor::tr("about %1 days").arg(QLocale().toString(double(s) / 86400, 'f', 1));
    if (s >= 3600)
        return RunSettingsEditor::tr("about %1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    if (s >= 60)
        return RunSettingsEditor::tr("about %1 min").arg((s + 59) / 60);
    return RunSettingsEditor::tr("under a minute");
}

} // namespace

RunSettingsEditor::RunSettingsEditor(ProjectSession &session, ModelAccess &models, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_models(models)
    , m_runs(new RunsModel(this))
    , m_runsTimer(this)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Narrower than the two columns need (long translations, a small window): scroll rather than clip.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setWidget(buildSettings());

    auto *runsBox = new QGroupBox(tr("Runs of this project"), this);
    m_runsView = new QTableView(runsBox);
    m_runsView->setObjectName(u"runsView"_s);
    m_runsView->setModel(m_runs);
    m_runsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsView->verticalHeader()->hide();
    m_runsView->horizontalHeader()->setStretchLastSection(true);
    m_runsView->setAlternatingRowColors(true);
    m_runsView->setWordWrap(false);
    m_runsError = new QLabel(runsBox);
    m_runsError->setWordWrap(true);
    m_runsError->hide();
    auto *refresh = new QPushButton(tr("Refresh"), runsBox);
    refresh->setToolTip(tr("Read the runs again from the project file (they also refresh every few seconds)"));
    connect(refresh, &QPushButton::clicked, this, &RunSettingsEditor::refreshRuns);
    auto *runsLayout = new QVBoxLayout(runsBox);
    auto *runsHint = new QLabel(tr("Run ▸ Start (F5) resumes the last run if it was interrupted, else starts a "
                                   "new one with the settings above."),
                                runsBox);
    runsHint->setWordWrap(true);
    runsHint->setEnabled(false);
    auto *runsTop = new QHBoxLayout;
    runsTop->addWidget(runsHint, 1);
    runsTop->addWidget(refresh);
    runsLayout->addLayout(runsTop);
    runsLayout->addWidget(m_runsError);
    runsLayout->addWidget(m_runsView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"runSettingsSplitter"_s);
    splitter->addWidget(scroll);
    splitter->addWidget(runsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    EditorParts::rememberSizes(splitter, {480, 200});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(EditorParts::createReadOnlyBar(m_session, this));
    layout->addWidget(splitter);
    // The settings take no input; the list of runs stays as it is.
    if (m_session.isReadOnly())
        EditorParts::makeReadOnly(scroll->widget(), {});

    m_runsTimer.setInterval(5000);
    connect(&m_runsTimer, &QTimer::timeout, this, &RunSettingsEditor::refreshRuns);

    connect(&m_session, &ProjectSession::designChanged, this, [this](ProjectSession::Parts parts) {
        if (parts
            & (ProjectSession::Part::Generation | ProjectSession::Part::Providers | ProjectSession::Part::Prices
               | ProjectSession::Part::Documents | ProjectSession::Part::Chunking))
            loadFromDesign();
        else
            updateEstimate();
    });
    connect(&m_models, &ModelAccess::profilesChanged, this, &RunSettingsEditor::loadFromDesign);
    loadFromDesign();
    refreshRuns();
}

RunSettingsEditor::~RunSettingsEditor() = default;

QWidget *RunSettingsEditor::buildSettings()
{
    auto *page = new QWidget(this);

    // Conversations.
    auto *what = new QGroupBox(tr("Conversations"), page);
    m_count = new QSpinBox(what);
    m_count->setObjectName(u"count"_s);
    m_count->setRange(1, maxCount);
    m_count->setGroupSeparatorShown(true);
    m_count->setMinimumWidth(120);
    m_count->setToolTip(tr("How many conversations a new run plans"));
    m_minTurns = new QSpinBox(what);
    m_minTurns->setObjectName(u"minTurns"_s);
    m_minTurns->setRange(1, maxTurns);
    m_maxTurns = new QSpinBox(what);
    m_maxTurns->setObjectName(u"maxTurns"_s);
    m_maxTurns->setRange(1, maxTurns);
    const QString turnsTip = tr("Exchanges (a question and its answer) per conversation, drawn from this range");
    m_minTurns->setToolTip(turnsTip);
    m_maxTurns->setToolTip(turnsTip);
    auto *turns = new QHBoxLayout;
    turns->addWidget(m_minTurns);
    turns->addWidget(new QLabel(tr("to"), what));
    turns->addWidget(m_maxTurns);
    turns->addStretch();
    m_grounding = new QDoubleSpinBox(what);
    m_grounding->setObjectName(u"grounding"_s);
    m_grounding->setRange(0, 1);
    m_grounding->setSingleStep(0.05);
    m_grounding->setToolTip(tr("Share of conversations grounded in a chunk of a document (when there are documents)"));
    m_drift = new QDoubleSpinBox(what);
    m_drift->setObjectName(u"drift"_s);
    m_drift->setRange(0, 1);
    m_drift->setSingleStep(0.05);
    m_drift->setToolTip(tr("Chance that a follow-up question moves on to another chunk of the same document"));
    m_endMarker = new QLineEdit(what);
    m_endMarker->setObjectName(u"endMarker"_s);
    m_endMarker->setPlaceholderText(u"[END]"_s);
    m_endMarker->setMinimumWidth(160);
    m_endMarker->setToolTip(tr("When the user simulator replies with this, the conversation ends early"));
    auto *whatForm = new QFormLayout(what);
    whatForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    whatForm->addRow(tr("&Count:"), m_count);
    auto *turnsLabel = new QLabel(tr("&Turns:"), what);
    turnsLabel->setBuddy(m_minTurns);
    whatForm->addRow(turnsLabel, turns);
    whatForm->addRow(tr("&Grounding probability:"), m_grounding);
    whatForm->addRow(tr("&Drift probability:"), m_drift);
    whatForm->addRow(tr("&End marker:"), m_endMarker);

    // Models.
    auto *modelsBox = new QGroupBox(tr("Models"), page);
    m_userProfile = new QComboBox(modelsBox);
    m_userProfile->setObjectName(u"userProfile"_s);
    m_userProfile->setToolTip(tr("The provider profile that plays the user and writes the questions"));
    m_assistantProfile = new QComboBox(modelsBox);
    m_assistantProfile->setObjectName(u"assistantProfile"_s);
    m_assistantProfile->setToolTip(tr("The provider profile that answers: the model being distilled"));
    // Profiles come and go while the editor is open (Tools ▸ Providers…): the boxes follow their names' width.
    for (QComboBox *combo : {m_userProfile, m_assistantProfile})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *modelsLayout = new QGridLayout(modelsBox);
    modelsLayout->addWidget(new QLabel(tr("User simulator"), modelsBox), 0, 1);
    modelsLayout->addWidget(new QLabel(tr("Assistant"), modelsBox), 0, 2);
    modelsLayout->addWidget(new QLabel(tr("Profile:"), modelsBox), 1, 0);
    modelsLayout->addWidget(m_userProfile, 1, 1);
    modelsLayout->addWidget(m_assistantProfile, 1, 2);
    const QString labels[] = {tr("Temperature:"), tr("Top p:"), tr("Max tokens:")};
    for (int i = 0; i < 3; ++i)
        modelsLayout->addWidget(new QLabel(labels[i], modelsBox), 2 + i, 0);
    for (const bool user : {true, false}) {
        SamplingFields &f = user ? m_user : m_assistant;
        const QString side = user ? u"user"_s : u"assistant"_s;
        f.temperature = optionalSpin(maxTemperature, modelsBox);
        f.temperature->setObjectName(side + u"Temperature"_s);
        f.temperature->setToolTip(tr("Sampling temperature, 0 to 2; lowest value: the provider's default"));
        f.topP = optionalSpin(1, modelsBox);
        f.topP->setObjectName(side + u"TopP"_s);
        f.topP->setToolTip(tr("Nucleus sampling, 0 to 1; lowest value: the provider's default"));
        f.maxTokens = new QSpinBox(modelsBox);
        f.maxTokens->setObjectName(side + u"MaxTokens"_s);
        f.maxTokens->setRange(1, maxMaxTokens);
        f.maxTokens->setGroupSeparatorShown(true);
        f.maxTokens->setToolTip(tr("The longest message this side may write, in tokens"));
        const int column = user ? 1 : 2;
        modelsLayout->addWidget(f.temperature, 2, column);
        modelsLayout->addWidget(f.topP, 3, column);
        modelsLayout->addWidget(f.maxTokens, 4, column);
    }
    modelsLayout->setColumnStretch(1, 1);
    modelsLayout->setColumnStretch(2, 1);

    // Pace and budget.
    auto *pace = new QGroupBox(tr("Pace and budget"), page);
    m_concurrency = new QSpinBox(pace);
    m_concurrency->setObjectName(u"concurrency"_s);
    m_concurrency->setRange(1, maxConcurrency);
    m_concurrency->setToolTip(tr("Conversations written at once; the profiles' own limits apply too"));
    m_budgetUsd = new QDoubleSpinBox(pace);
    m_budgetUsd->setObjectName(u"budgetUsd"_s);
    m_budgetUsd->setRange(0, 1e9);
    m_budgetUsd->setDecimals(2);
    m_budgetUsd->setPrefix(u"$ "_s);
    m_budgetUsd->setSpecialValueText(tr("no cap"));
    m_budgetUsd->setToolTip(tr("The run stops (resumably) once it has cost this much, by the project's prices"));
    m_budgetTokens = new QDoubleSpinBox(pace);
    m_budgetTokens->setObjectName(u"budgetTokens"_s);
    m_budgetTokens->setRange(0, maxSafeInteger);
    m_budgetTokens->setDecimals(0);
    m_budgetTokens->setSingleStep(100'000);
    m_budgetTokens->setGroupSeparatorShown(true);
    m_budgetTokens->setMinimumWidth(160);
    m_budgetTokens->setSpecialValueText(tr("no cap"));
    m_budgetTokens->setToolTip(tr("The run stops (resumably) once it has used this many tokens, input and output"));
    m_seed = new QDoubleSpinBox(pace);
    m_seed->setObjectName(u"seed"_s);
    m_seed->setRange(0, maxSafeInteger);
    m_seed->setDecimals(0);
    m_seed->setMinimumWidth(160);
    m_seed->setToolTip(tr("The same seed and design plan the same conversations"));
    auto *paceForm = new QFormLayout(pace);
    paceForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    paceForm->addRow(tr("C&oncurrency:"), m_concurrency);
    paceForm->addRow(tr("Budget (&USD):"), m_budgetUsd);
    paceForm->addRow(tr("Budget (to&kens):"), m_budgetTokens);
    paceForm->addRow(tr("&Seed:"), m_seed);

    // Estimate.
    auto *estimateBox = new QGroupBox(tr("Estimate"), page);
    m_estimate = new QLabel(estimateBox);
    m_estimate->setObjectName(u"estimate"_s);
    m_estimate->setWordWrap(true);
    m_estimate->setTextFormat(Qt::RichText);
    m_estimate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QLabel(estimateBox);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #c0392b;"_s);
    auto *estimateLayout = new QVBoxLayout(estimateBox);
    estimateLayout->addWidget(m_estimate);
    estimateLayout->addWidget(m_problems);

    auto *left = new QVBoxLayout;
    left->addWidget(what);
    left->addWidget(pace);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(modelsBox);
    right->addWidget(estimateBox);
    right->addStretch();
    auto *columns = new QHBoxLayout(page);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    // Edits.
    connect(m_count, &QSpinBox::valueChanged, this,
            [this](int v) { change(tr("Change Conversation Count"), CountField, [v](auto &g) { g.count = v; }); });
    connect(m_minTurns, &QSpinBox::valueChanged, this, [this](int v) {
        change(tr("Change Turns"), MinTurnsField, [v](auto &g) {
            g.minTurns = v;
            g.maxTurns = std::max(g.maxTurns, v);
        });
    });
    connect(m_maxTurns, &QSpinBox::valueChanged, this, [this](int v) {
        change(tr("Change Turns"), MaxTurnsField, [v](auto &g) {
            g.maxTurns = v;
            g.minTurns = std::min(g.minTurns, v);
        });
    });
    connect(m_grounding, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        change(tr("Change Grounding Probability"), GroundingField, [v](auto &g) { g.groundingProbability = v; });
    });
    connect(m_drift, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        change(tr("Change Drift Probability"), DriftField, [v](auto &g) { g.driftProbability = v; });
    });
    connect(m_endMarker, &QLineEdit::textEdited, this, [this](const QString &text) {
        // An empty marker does not open again; the field shows the problem while it is empty.
        if (text.trimmed().isEmpty())
            return;
        change(tr("Change End Marker"), EndMarkerField, [text](auto &g) { g.endMarker = text; });
    });
    const auto profileEdit = [this](QComboBox *combo, bool user) {
        connect(combo, &QComboBox::activated, this, [this, combo, user] {
            const QString name = combo->currentData().toString();
            change(user ? tr("Choose User Simulator Profile") : tr("Choose Assistant Profile"),
                   user ? UserProfileField : AssistantProfileField,
                   [name, user](auto &g) { (user ? g.userProfile : g.assistantProfile) = name; });
        });
    };
    profileEdit(m_userProfile, true);
    profileEdit(m_assistantProfile, false);
    for (const bool user : {true, false}) {
        const SamplingFields f = user ? m_user : m_assistant;
        const int side = user ? 0 : 1;
        connect(f.temperature, &QDoubleSpinBox::valueChanged, this, [this, f, user, side] {
            const std::optional<double> v = optionalValue(f.temperature);
            change(tr("Change Temperature"), TemperatureField + side,
                   [v, user](auto &g) { (user ? g.userSampling : g.assistantSampling).temperature = v; });
        });
        connect(f.topP, &QDoubleSpinBox::valueChanged, this, [this, f, user, side] {
            const std::optional<double> v = optionalValue(f.topP);
            change(tr("Change Top P"), TopPField + side,
                   [v, user](auto &g) { (user ? g.userSampling : g.assistantSampling).topP = v; });
        });
        connect(f.maxTokens, &QSpinBox::valueChanged, this, [this, user, side](int v) {
            change(tr("Change Max Tokens"), MaxTokensField + side,
                   [v, user](auto &g) { (user ? g.userSampling : g.assistantSampling).maxTokens = v; });
        });
    }
    connect(m_concurrency, &QSpinBox::valueChanged, this,
            [this](int v) { change(tr("Change Concurrency"), ConcurrencyField, [v](auto &g) { g.concurrency = v; }); });
    connect(m_budgetUsd, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { change(tr("Change Budget"), BudgetUsdField, [v](auto &g) { g.budgetUsd = v; }); });
    connect(m_budgetTokens, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        change(tr("Change Token Budget"), BudgetTokensField, [v](auto &g) { g.budgetTokens = qint64(v); });
    });
    connect(m_seed, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { change(tr("Change Seed"), SeedField, [v](auto &g) { g.seed = quint64(v); }); });
    return page;
}

void RunSettingsEditor::change(const QString &text, int field,
                               const std::function<void(Design::GenerationSettings &)> &apply)
{
    if (m_loading)
        return;
    m_session.edit(
        text, ProjectSession::Part::Generation, [apply](Design::ProjectDesign &design) { apply(design.generation); },
        ProjectSession::mergeKey(ProjectSession::Part::Generation, field));
}

void RunSettingsEditor::loadProfiles()
{
    const Design::ProjectDesign &design = m_session.design();
    const QStringList names = m_models.profileNames();
    for (const bool user : {true, false}) {
        QComboBox *combo = user ? m_userProfile : m_assistantProfile;
        const QString chosen = user ? design.generation.userProfile : design.generation.assistantProfile;
        combo->clear();
        if (names.isEmpty()) {
            combo->addItem(tr("No profile: add one under Tools ▸ Providers…"), QString());
        } else {
            // Unset works with one profile only: the engine then uses it for both sides.
            combo->addItem(names.size() == 1 ? tr("%1 (the only profile)").arg(names.constFirst())
                                             : tr("Choose a profile…"),
                           QString());
            for (const QString &name : names)
                combo->addItem(name, name);
        }
        if (!chosen.isEmpty() && !names.contains(chosen))
            combo->addItem(tr("%1 (missing)").arg(chosen), chosen);
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
        combo->setEnabled(!names.isEmpty() && !m_session.isReadOnly());
    }
}

void RunSettingsEditor::loadFromDesign()
{
    m_loading = true;
    const Design::GenerationSettings &g = m_session.design().generation;
    m_count->setValue(g.count);
    m_minTurns->setValue(g.minTurns);
    m_maxTurns->setValue(g.maxTurns);
    m_grounding->setValue(g.groundingProbability);
    m_drift->setValue(g.driftProbability);
    if (m_endMarker->text() != g.endMarker)
        m_endMarker->setText(g.endMarker);
    loadProfiles();
    for (const bool user : {true, false}) {
        const SamplingFields &f = user ? m_user : m_assistant;
        const Design::Sampling &s = user ? g.userSampling : g.assistantSampling;
        setOptional(f.temperature, s.temperature);
        setOptional(f.topP, s.topP);
        f.maxTokens->setValue(s.maxTokens);
    }
    m_concurrency->setValue(g.concurrency);
    m_budgetUsd->setValue(g.budgetUsd);
    m_budgetTokens->setValue(double(g.budgetTokens));
    m_seed->setValue(double(g.seed));
    m_loading = false;
    updateEstimate();
}

void RunSettingsEditor::updateEstimate()
{
    const Design::ProjectDesign &design = m_session.design();
    const RunEstimate e = RunEstimate::of(design);
    const QLocale locale;
    QString html;
    html += tr("<b>%1</b> tokens (%2 in, %3 out; at most %4 out if every message reaches its max tokens)")
                .arg(tokensText(e.inputTokens + e.outputTokens), tokensText(e.inputTokens), tokensText(e.outputTokens),
                     tokensText(e.maxOutputTokens));
    html += u"<br>"_s;
    if (e.costUsd)
        html += tr("Cost: <b>about %1</b> (at most %2)").arg(moneyText(*e.costUsd), moneyText(*e.maxCostUsd));
    else
        html += tr("Cost: <b>unknown</b>: the project has no prices for these models (Tools ▸ Providers…)");
    if (!e.unpriced.isEmpty() && e.costUsd)
        html += u"<br>"_s + tr("No price for %1: counted as free.").arg(e.unpriced.join(u", "_s).toHtmlEscaped());
    html += u"<br>"_s
        + tr("Time: <b>%1</b> with %n conversation(s) at once", "", e.parallel).arg(durationText(e.seconds));
    if (e.budgetStopsEarly)
        html += u"<br><span style=\"color:#d35400\">%1</span>"_s.arg(
            tr("The budget is likely to stop the run before it is complete (it can be resumed with a larger one)."));
    html += u"<br><small>"_s
        + tr("Assumes %1 exchanges a conversation, questions of about %2 and answers of about %3 tokens (at most "
             "their max tokens), prompts of %4 tokens plus the history and the chunk, %5 s to the first token and "
             "%6 tokens per second per stream.")
              .arg(locale.toString(e.exchanges, 'g', 3))
              .arg(RunEstimate::typicalUserTokens)
              .arg(RunEstimate::typicalAssistantTokens)
              .arg(RunEstimate::promptOverheadTokens)
              .arg(locale.toString(RunEstimate::firstTokenSeconds))
              .arg(RunEstimate::tokensPerSecond)
        + u"</small>"_s;
    m_estimate->setText(html);

    QStringList problems;
    for (const QString &problem : m_session.problems()) {
        if (problem.startsWith(u"generation"_s))
            problems.append(problem);
    }
    if (m_endMarker->text().trimmed().isEmpty())
        problems.append(tr("The end marker cannot be empty."));
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

void RunSettingsEditor::refreshRuns()
{
    QString error;
    const bool ok = m_runs->refresh(m_session.file().database(), &error);
    m_runsError->setText(ok ? QString() : tr("The runs could not be read: %1").arg(error));
    m_runsError->setVisible(!ok);
    if (ok && m_runs->rowCount() > 0)
        m_runsView->resizeColumnsToContents();
}

void RunSettingsEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshRuns();
    m_runsTimer.start();
}

void RunSettingsEditor::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_runsTimer.stop();
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/runsettingseditor.h"

#include "project/modelaccess.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "run/judgesettings.h"
#include "run/modesettingsbox.h"
#include "run/runestimate.h"
#include "run/runsmodel.h"
#include "shell/editorparts.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
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
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

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

// Merge keys of the generation settings' fields. The mode settings (modesettingsbox.cpp) go on from 40, the
// judge's (judgesettings.cpp) from 60; other editors edit the quality settings under Part::Generation too,
// with fields from 133 (901 & 0xff): these stay below.
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

/// Sets a number field, unless it shows the value already: setting it again would reformat what the user is
/// typing ("1." becomes "1.00") and the next key would land after the decimals.
void setNumber(QDoubleSpinBox *spin, double value)
{
    if (spin->value() != spin->valueFromText(spin->textFromValue(value)))
        spin->setValue(value);
}

void setOptional(QDoubleSpinBox *spin, const std::optional<double> &value)
{
    setNumber(spin, value ? *value : spin->minimum());
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

QString modeTitle(Design::Mode mode)
{
    switch (mode) {
    case Design::Mode::Conversation:
        break;
    case Design::Mode::Instruction:
        return RunSettingsEditor::tr("Instructions");
    case Design::Mode::Evol:
        return RunSettingsEditor::tr("Evolved instructions (Evol-Instruct)");
    case Design::Mode::KnowledgeQa:
        return RunSettingsEditor::tr("Knowledge Q&A");
    case Design::Mode::Preference:
        return RunSettingsEditor::tr("Preference pairs");
    case Design::Mode::Embedding:
        return RunSettingsEditor::tr("Embedding triplets");
    }
    return RunSettingsEditor::tr("Conversations");
}

QString modeHelp(Design::Mode mode)
{
    switch (mode) {
    case Design::Mode::Conversation:
        break;
    case Design::Mode::Instruction:
        return RunSettingsEditor::tr("Single-turn instruction and response pairs, modelled on your seed instructions; "
                                     "a bad instruction is dropped before it costs a response.");
    case Design::Mode::Evol:
        return RunSettingsEditor::tr("Instructions made harder (in depth) or new ones of the same domain (in breadth), "
                                     "over several generations, each answered.");
    case Design::Mode::KnowledgeQa:
        return RunSettingsEditor::tr("Questions and answers grounded in the chunks of your documents, each checked for "
                                     "faithfulness to its chunk.");
    case Design::Mode::Preference:
        return RunSettingsEditor::tr("Several responses to a prompt, ranked by a judge: chosen and rejected, with the "
                                     "judge's reasons.");
    case Design::Mode::Embedding:
        return RunSettingsEditor::tr("Search queries each chunk answers, with hard negatives from other chunks: "
                                     "anchor, positive and negative triplets.");
    }
    return RunSettingsEditor::tr("Multi-turn conversations between a simulated user and the assistant.");
}

QString countLabel(Design::Mode mode)
{
    switch (mode) {
    case Design::Mode::Conversation:
        break;
    case Design::Mode::Instruction:
        return RunSettingsEditor::tr("&Instructions:");
    case Design::Mode::Evol:
        return RunSettingsEditor::tr("&Instructions to evolve:");
    case Design::Mode::KnowledgeQa:
        return RunSettingsEditor::tr("&Questions:");
    case Design::Mode::Preference:
        return RunSettingsEditor::tr("&Prompts:");
    case Design::Mode::Embedding:
        return RunSettingsEditor::tr("&Triplets:");
    }
    return RunSettingsEditor::tr("&Conversations:");
}

QFormLayout *formLayout(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    // Long (German) labels go above their fields rather than push the page wider.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

/// Lays its boxes out in two columns when it is wide enough for both, else in one: the page never scrolls
/// sideways, whatever the language and however narrow the docks leave it.
class ColumnsWidget final : public QWidget
{
public:
    explicit ColumnsWidget(QWidget *parent)
        : QWidget(parent)
        , m_grid(new QGridLayout(this))
    { }

    void setColumns(QList<QWidget *> left, QList<QWidget *> right)
    {
        m_left = std::move(left);
        m_right = std::move(right);
        arrange(true);
    }

    QSize minimumSizeHint() const override
    {
        // One column is always possible: ask for no more than its width.
        const QSize two = QWidget::minimumSizeHint();
        return {std::min(two.width(), oneColumnWidth()), two.height()};
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        arrange(false);
    }

    bool event(QEvent *event) override
    {
        // A box grew (another mode's settings shown, a longer text): the columns may no longer fit.
        if (event->type() == QEvent::LayoutRequest)
            arrange(false);
        return QWidget::event(event);
    }

private:
    int columnWidth(const QList<QWidget *> &widgets) const
    {
        int width = 0;
        for (const QWidget *w : widgets)
            width = std::max(width, w->minimumSizeHint().width());
        return width;
    }

    int oneColumnWidth() const
    {
        const QMargins m = m_grid->contentsMargins();
        return std::max(columnWidth(m_left), columnWidth(m_right)) + m.left() + m.right();
    }

    void arrange(bool force)
    {
        const QMargins m = m_grid->contentsMargins();
        const int needed
            = columnWidth(m_left) + columnWidth(m_right) + m_grid->horizontalSpacing() + m.left() + m.right();
        // In a scroll area the viewport says how wide the page may be; the page itself may be wider already.
        const int available = parentWidget() ? std::min(width(), parentWidget()->width()) : width();
        const bool two = available >= needed;
        if (!force && two == m_two)
            return;
        m_two = two;
        for (QWidget *w : m_left + m_right)
            m_grid->removeWidget(w);
        while (m_grid->count() > 0)
            delete m_grid->takeAt(0);
        int row = 0;
        for (QWidget *w : std::as_const(m_left))
            m_grid->addWidget(w, row++, 0);
        int rightRow = two ? 0 : row;
        for (QWidget *w : std::as_const(m_right))
            m_grid->addWidget(w, rightRow++, two ? 1 : 0);
        m_grid->setRowStretch(std::max(row, rightRow), 1);
        m_grid->setColumnStretch(0, 1);
        m_grid->setColumnStretch(1, two ? 1 : 0);
    }

    QGridLayout *m_grid;
    QList<QWidget *> m_left;
    QList<QWidget *> m_right;
    bool m_two = true;
};

} // namespace

RunSettingsEditor::RunSettingsEditor(ProjectSession &session, ModelAccess &models, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_models(models)
    , m_runs(new RunsModel(this))
    , m_runsTimer(this)
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"runSettingsScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The columns fold into one before the page gets wider than the pane; a scroll bar is the last resort.
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
    runsHint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
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

QGroupBox *RunSettingsEditor::buildMode(QWidget *page)
{
    auto *box = new QGroupBox(tr("What to make"), page);
    m_mode = new QComboBox(box);
    m_mode->setObjectName(u"mode"_s);
    for (const Design::Mode mode : Design::allModes()) {
        m_mode->addItem(modeTitle(mode), int(mode));
        m_mode->setItemData(m_mode->count() - 1, modeHelp(mode), Qt::ToolTipRole);
    }
    m_mode->setToolTip(tr("The kind of training data a run makes (CLI: --mode)"));
    m_modeHelp = new QLabel(box);
    m_modeHelp->setObjectName(u"modeHelp"_s);
    m_modeHelp->setWordWrap(true);
    m_modeHelp->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_modeHint = new QLabel(box);
    m_modeHint->setObjectName(u"modeHint"_s);
    m_modeHint->setWordWrap(true);
    m_modeHint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_modeHint->setStyleSheet(u"color: #d35400;"_s);
    m_count = new QSpinBox(box);
    m_count->setObjectName(u"count"_s);
    m_count->setRange(1, maxCount);
    m_count->setGroupSeparatorShown(true);
    m_count->setMinimumWidth(120);
    m_count->setToolTip(tr("How many samples a new run plans"));
    m_planned = new QLabel(box);
    m_planned->setObjectName(u"planned"_s);
    m_planned->setWordWrap(true);
    m_planned->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *form = formLayout(box);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(m_modeHelp);
    form->addRow(m_modeHint);
    m_countLabel = new QLabel(box);
    m_countLabel->setBuddy(m_count);
    form->addRow(m_countLabel, m_count);
    form->addRow(m_planned);

    connect(m_mode, &QComboBox::activated, this, [this](int index) {
        const auto mode = Design::Mode(m_mode->itemData(index).toInt());
        change(tr("Choose Mode %1").arg(modeTitle(mode)), 0, [mode](auto &g) { g.mode = mode; });
    });
    connect(m_count, &QSpinBox::valueChanged, this,
            [this](int v) { change(tr("Change Count"), CountField, [v](auto &g) { g.count = v; }); });
    return box;
}

QWidget *RunSettingsEditor::buildSettings()
{
    auto *page = new ColumnsWidget(this);
    QGroupBox *modeBox = buildMode(page);

    // Conversations.
    m_conversationBox = new QGroupBox(tr("Conversations"), page);
    QGroupBox *what = m_conversationBox;
    m_minTurns = new QSpinBox(what);
    m_minTurns->setObjectName(u"minTurns"_s);
    m_minTurns->setRange(1, maxTurns);
    m_maxTurns = new QSpinBox(what);
    m_maxTurns->setObjectName(u"maxTurns"_s);
    m_maxTurns->setRange(1, maxTurns);
    const QString turnsTip = tr("Exchanges (a question and its answer) per conversation, drawn from this range");
    m_minTurns->setToolTip(turnsTip);
    m_maxTurns->setToolTip(turnsTip);
    m_turnsRow = new QWidget(what);
    auto *turns = new QHBoxLayout(m_turnsRow);
    turns->setContentsMargins(0, 0, 0, 0);
    turns->addWidget(m_minTurns);
    turns->addWidget(new QLabel(tr("to"), what));
    turns->addWidget(m_maxTurns);
    turns->addStretch();
    m_grounding = new QDoubleSpinBox(what);
    m_grounding->setObjectName(u"grounding"_s);
    m_grounding->setRange(0, 1);
    m_grounding->setSingleStep(0.05);
    m_grounding->setToolTip(tr("Share of samples grounded in a chunk of a document (when there are documents)"));
    m_drift = new QDoubleSpinBox(what);
    m_drift->setObjectName(u"drift"_s);
    m_drift->setRange(0, 1);
    m_drift->setSingleStep(0.05);
    m_drift->setToolTip(tr("Chance that a follow-up question moves on to another chunk of the same document"));
    m_endMarker = new QLineEdit(what);
    m_endMarker->setObjectName(u"endMarker"_s);
    m_endMarker->setPlaceholderText(u"[END]"_s);
    m_endMarker->setMinimumWidth(120);
    m_endMarker->setToolTip(tr("When the user simulator replies with this, the conversation ends early"));
    auto *whatForm = formLayout(what);
    m_turnsLabel = new QLabel(tr("&Turns:"), what);
    m_turnsLabel->setBuddy(m_minTurns);
    whatForm->addRow(m_turnsLabel, m_turnsRow);
    m_groundingLabel = new QLabel(tr("&Grounding probability:"), what);
    m_groundingLabel->setBuddy(m_grounding);
    whatForm->addRow(m_groundingLabel, m_grounding);
    m_driftLabel = new QLabel(tr("&Drift probability:"), what);
    m_driftLabel->setBuddy(m_drift);
    whatForm->addRow(m_driftLabel, m_drift);
    m_endMarkerLabel = new QLabel(tr("&End marker:"), what);
    m_endMarkerLabel->setBuddy(m_endMarker);
    whatForm->addRow(m_endMarkerLabel, m_endMarker);

    m_modeBox = new ModeSettingsBox(m_session, m_models, page);

    // Models.
    auto *modelsBox = new QGroupBox(tr("Models"), page);
    m_userProfile = new QComboBox(modelsBox);
    m_userProfile->setObjectName(u"userProfile"_s);
    m_userProfile->setToolTip(tr("The provider profile that plays the user and writes the questions and instructions"));
    m_assistantProfile = new QComboBox(modelsBox);
    m_assistantProfile->setObjectName(u"assistantProfile"_s);
    m_assistantProfile->setToolTip(tr("The provider profile that answers: the model being distilled"));
    // Profiles come and go while the editor is open (Tools ▸ Providers…); a long name is elided, not a
    // reason for the page to grow wider than the pane.
    for (QComboBox *combo : {m_userProfile, m_assistantProfile}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    auto *modelsLayout = new QGridLayout(modelsBox);
    auto *userHeader = new QLabel(tr("User simulator"), modelsBox);
    auto *assistantHeader = new QLabel(tr("Assistant"), modelsBox);
    for (QLabel *header : {userHeader, assistantHeader})
        header->setWordWrap(true);
    modelsLayout->addWidget(userHeader, 0, 1);
    modelsLayout->addWidget(assistantHeader, 0, 2);
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
    m_concurrency->setToolTip(tr("Samples written at once; the profiles' own limits apply too"));
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
    m_budgetTokens->setMinimumWidth(140);
    m_budgetTokens->setSpecialValueText(tr("no cap"));
    m_budgetTokens->setToolTip(tr("The run stops (resumably) once it has used this many tokens, input and output"));
    m_seed = new QDoubleSpinBox(pace);
    m_seed->setObjectName(u"seed"_s);
    m_seed->setRange(0, maxSafeInteger);
    m_seed->setDecimals(0);
    m_seed->setMinimumWidth(140);
    m_seed->setToolTip(tr("The same seed and design plan the same samples"));
    auto *paceForm = formLayout(pace);
    paceForm->addRow(tr("C&oncurrency:"), m_concurrency);
    paceForm->addRow(tr("Budget (&USD):"), m_budgetUsd);
    paceForm->addRow(tr("Budget (to&kens):"), m_budgetTokens);
    paceForm->addRow(tr("&Seed:"), m_seed);

    m_judge = new JudgeSettings(m_session, m_models, page);
    QGroupBox *judgeBox = m_judge;

    // Estimate.
    auto *estimateBox = new QGroupBox(tr("Estimate"), page);
    m_estimate = new QLabel(estimateBox);
    m_estimate->setObjectName(u"estimate"_s);
    m_estimate->setWordWrap(true);
    m_estimate->setTextFormat(Qt::RichText);
    m_estimate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_estimate->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_problems = new QLabel(estimateBox);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #c0392b;"_s);
    m_problems->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *estimateLayout = new QVBoxLayout(estimateBox);
    estimateLayout->addWidget(m_estimate);
    estimateLayout->addWidget(m_problems);

    page->setColumns({modeBox, m_conversationBox, m_modeBox, pace}, {modelsBox, estimateBox, judgeBox});

    // Edits.
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
    // Field 0: a step of its own (a choice), never merged with the next.
    m_session.edit(
        text, ProjectSession::Part::Generation, [apply](Design::ProjectDesign &design) { apply(design.generation); },
        field == 0 ? 0 : ProjectSession::mergeKey(ProjectSession::Part::Generation, field));
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
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(g.mode))));
    m_count->setValue(g.count);
    m_minTurns->setValue(g.minTurns);
    m_maxTurns->setValue(g.maxTurns);
    setNumber(m_grounding, g.groundingProbability);
    setNumber(m_drift, g.driftProbability);
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
    setNumber(m_budgetUsd, g.budgetUsd);
    setNumber(m_budgetTokens, double(g.budgetTokens));
    setNumber(m_seed, double(g.seed));
    m_modeBox->loadFromDesign();
    m_judge->loadFromDesign();
    m_loading = false;
    showMode();
    updateEstimate();
}

void RunSettingsEditor::showMode()
{
    using Design::Mode;
    const Design::ProjectDesign &design = m_session.design();
    const Mode mode = design.generation.mode;
    const Design::ModeSettings &m = design.modes;
    // Preference pairs from the project's conversations: no prompt to write, nothing to ground.
    const bool fromConversations
        = mode == Mode::Preference && m.preferenceSource == Design::PreferenceSource::Conversations;
    m_modeHelp->setText(modeHelp(mode));
    m_countLabel->setText(fromConversations ? tr("Samp&les, at most:") : countLabel(mode));

    const bool conversation = mode == Mode::Conversation;
    const bool grounded = conversation || mode == Mode::Instruction || (mode == Mode::Preference && !fromConversations);
    // Only what the mode uses: the conversation box holds turns and grounding.
    m_conversationBox->setVisible(grounded);
    m_conversationBox->setTitle(conversation ? tr("Conversations") : tr("Grounding"));
    for (QWidget *w : std::initializer_list<QWidget *> {m_turnsLabel, m_turnsRow, m_driftLabel, m_drift,
                                                        m_endMarkerLabel, m_endMarker})
        w->setVisible(conversation);

    m_modeBox->setVisible(!conversation);
    m_modeBox->setTitle(tr("%1: settings").arg(modeTitle(mode)));

    const int count = design.generation.count;
    m_planned->setVisible(mode == Mode::Evol || fromConversations);
    if (fromConversations)
        m_planned->setText(tr("Each answer of the project's complete, not rejected conversations that has no "
                              "preference pair yet is a prompt: the run makes at most %n sample(s), fewer when "
                              "there are fewer such answers.",
                              "", count));
    else
        m_planned->setText(tr("The run makes %1 × %n generation(s) = %2 samples.", "", m.evolGenerations)
                               .arg(QLocale().toString(count), QLocale().toString(count * m.evolGenerations)));

    // What keeps the mode from running, as the engine would say it when the run starts.
    QStringList hints;
    const bool documents = std::any_of(design.documents.cbegin(), design.documents.cend(),
                                       [](const Design::Document &d) { return !d.text.trimmed().isEmpty(); });
    if ((mode == Mode::KnowledgeQa || mode == Mode::Embedding) && !documents)
        hints.append(mode == Mode::KnowledgeQa
                         ? tr("Knowledge Q&A needs documents: add one under Documents to ground the questions in.")
                         : tr("Embedding triplets need documents: add one under Documents for the queries to be "
                              "about."));
    if (mode == Mode::Embedding && documents && design.documents.size() < 2 && m.easyNegatives > 0)
        hints.append(tr("Easy negatives come from other documents: with one document there are none."));
    if (mode == Mode::Evol && m.seeds.isEmpty()) {
        // Evol also evolves the project's instruction samples: look whether there are any.
        bool samples = false;
        QSqlQuery q(m_session.file().database());
        if (q.exec(
                u"SELECT 1 FROM conversations WHERE mode IN ('instruction', 'evol') AND state = 'complete' LIMIT 1"_s))
            samples = q.next();
        if (!samples)
            hints.append(tr("Evol needs instructions to evolve: add seed instructions below, or make instruction "
                            "samples first."));
    }
    if (mode == Mode::Evol && m.evolDirections.isEmpty())
        hints.append(tr("Choose at least one direction to evolve in."));
    if (mode == Mode::Preference && m.responses < 2)
        hints.append(tr("Preference pairs need at least two responses."));
    if (fromConversations) {
        // The prompts are the assistant turns of the project's conversations: look whether there is one.
        bool turns = false;
        QSqlQuery q(m_session.file().database());
        if (q.exec(u"SELECT 1 FROM conversations c JOIN turns t ON t.conversation_id = c.id WHERE c.mode = "
                   u"'conversation' AND c.state = 'complete' AND c.review <> 'rejected' AND t.role = 'assistant' "
                   u"LIMIT 1"_s))
            turns = q.next();
        if (!turns)
            hints.append(tr("Preference pairs from conversations need conversations to answer again: make "
                            "conversation samples first (complete ones that are not rejected), or choose prompts as "
                            "the source."));
    }
    m_modeHint->setText(hints.join(u'\n'));
    m_modeHint->setVisible(!hints.isEmpty());
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
    html += u"<br>"_s + tr("Time: <b>%1</b> with %n sample(s) at once", "", e.parallel).arg(durationText(e.seconds));
    if (e.budgetStopsEarly)
        html += u"<br><span style=\"color:#d35400\">%1</span>"_s.arg(
            tr("The budget is likely to stop the run before it is complete (it can be resumed with a larger one)."));
    html += u"<br><small>"_s;
    if (e.mode == Design::Mode::Conversation)
        html += tr("Assumes %1 exchanges a conversation, questions of about %2 and answers of about %3 tokens (at most "
                   "their max tokens), prompts of %4 tokens plus the history and the chunk, %5 s to the first token "
                   "and %6 tokens per second per stream.")
                    .arg(locale.toString(e.exchanges, 'g', 3))
                    .arg(RunEstimate::typicalUserTokens)
                    .arg(RunEstimate::typicalAssistantTokens)
                    .arg(RunEstimate::promptOverheadTokens)
                    .arg(locale.toString(RunEstimate::firstTokenSeconds))
                    .arg(RunEstimate::tokensPerSecond);
    else if (e.mode == Design::Mode::Preference
             && design.modes.preferenceSource == Design::PreferenceSource::Conversations)
        html += tr("Assumes %1 samples (the most the run makes) of %2 model calls each, each an assistant turn of a "
                   "conversation of %3 exchanges answered again with the conversation before it, questions of about "
                   "%4 and answers of about %5 tokens, verdicts of about %6, prompts of %7 tokens plus the history "
                   "and the chunk, %8 s to the first token and %9 tokens per second per stream.")
                    .arg(locale.toString(e.samples))
                    .arg(locale.toString(e.callsPerSample, 'g', 3))
                    .arg(locale.toString(e.exchanges, 'g', 3))
                    .arg(RunEstimate::typicalUserTokens)
                    .arg(RunEstimate::typicalAssistantTokens)
                    .arg(RunEstimate::typicalVerdictTokens)
                    .arg(RunEstimate::promptOverheadTokens)
                    .arg(locale.toString(RunEstimate::firstTokenSeconds))
                    .arg(RunEstimate::tokensPerSecond);
    else
        html += tr("Assumes %1 samples of %2 model calls each, instructions and questions of about %3 and answers of "
                   "about %4 tokens, verdicts of about %5, prompts of %6 tokens plus the chunk, %7 s to the first "
                   "token and %8 tokens per second per stream.")
                    .arg(locale.toString(e.samples))
                    .arg(locale.toString(e.callsPerSample, 'g', 3))
                    .arg(RunEstimate::typicalUserTokens)
                    .arg(RunEstimate::typicalAssistantTokens)
                    .arg(RunEstimate::typicalVerdictTokens)
                    .arg(RunEstimate::promptOverheadTokens)
                    .arg(locale.toString(RunEstimate::firstTokenSeconds))
                    .arg(RunEstimate::tokensPerSecond);
    html += u"</small>"_s;
    m_estimate->setText(html);

    QStringList problems;
    for (const QString &problem : m_session.problems()) {
        if (problem.startsWith(u"generation"_s) || problem.startsWith(u"modes"_s)
            || problem.startsWith(u"quality.judge"_s))
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
    // A run may have made the samples a mode's hint asks for.
    showMode();
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

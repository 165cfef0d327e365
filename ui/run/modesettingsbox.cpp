// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/modesettingsbox.h"

#include "project/modelaccess.h"
#include "project/projectsession.h"
#include "shell/editorparts.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

// The ranges ProjectSpec accepts (core/design/projectspec.cpp): a saved design must open again.
constexpr double maxTemperature = 2;
constexpr int maxSeedsPerPrompt = 20;
constexpr int maxEvolGenerations = 10;
constexpr int maxResponses = 8;
constexpr int maxQueriesPerChunk = 20;
constexpr int maxNegatives = 10;

// Merge keys under Part::Generation: the run settings' own fields are below 40 (runsettingseditor.cpp), the
// judge's from 60, the quality settings' from 133.
enum Field {
    SeedTextField = 40,
    SeedsPerPromptField,
    GenerationsField,
    ResponsesField,
    ResponseTemperatureField,
    QueriesField,
    HardNegativesField,
    EasyNegativesField,
};

QString directionText(Design::EvolDirection direction)
{
    switch (direction) {
    case Design::EvolDirection::Constraints:
        return ModeSettingsBox::tr("Add constraints");
    case Design::EvolDirection::Deepen:
        return ModeSettingsBox::tr("Deepen");
    case Design::EvolDirection::Concretise:
        return ModeSettingsBox::tr("Concretise");
    case Design::EvolDirection::Reasoning:
        return ModeSettingsBox::tr("Require more reasoning");
    case Design::EvolDirection::Breadth:
        break;
    }
    return ModeSettingsBox::tr("Breadth (a new instruction)");
}

QFormLayout *formLayout(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    // Long (German) labels go above their fields rather than push the page wider.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

/// Sets a number field, unless it shows the value already: setting it again would reformat what the user is
/// typing ("1." becomes "1.00") and the next key would land after the decimals.
void setNumber(QDoubleSpinBox *spin, double value)
{
    if (spin->value() != spin->valueFromText(spin->textFromValue(value)))
        spin->setValue(value);
}

} // namespace

ModeSettingsBox::ModeSettingsBox(ProjectSession &session, ModelAccess &models, QWidget *parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_models(models)
{
    setObjectName(u"modeSettings"_s);
    auto *layout = new QVBoxLayout(this);
    buildSeeds();
    buildEvol();
    buildKnowledge();
    buildPreference();
    buildEmbedding();
    buildJudge();
    for (QWidget *part : {m_seedsPart, m_evolPart, m_knowledgePart, m_preferencePart, m_embeddingPart, m_modeJudgeRow})
        layout->addWidget(part);
    // Room the column leaves goes to the seeds when they are shown, else below the settings (see showMode).
    layout->addStretch();
}

bool ModeSettingsBox::modeJudges(const Design::ModeSettings &modes, Design::Mode mode)
{
    return mode == Design::Mode::Preference || (mode == Design::Mode::KnowledgeQa && modes.checkFaithfulness)
        || (mode == Design::Mode::Embedding && modes.verifyNegatives && modes.hardNegatives > 0);
}

void ModeSettingsBox::buildSeeds()
{
    // Seeds: instruction, evol (its first generation) and preference (the prompts it writes).
    m_seedsPart = new QWidget(this);
    m_seeds = new QListWidget(m_seedsPart);
    m_seeds->setObjectName(u"seeds"_s);
    m_seeds->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_seeds->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_seeds->setWordWrap(true);
    m_seeds->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_seeds->setToolTip(tr("Example instructions the generated ones are modelled on. Double-click or F2 to edit; "
                           "Insert adds one, Delete removes the selected, Ctrl+V pastes one per line."));
    m_seeds->installEventFilter(this);
    m_seedsHint = EditorParts::createEmptyHint(m_seeds);
    m_seedsHint->setObjectName(u"seedsHint"_s);
    m_seedsHint->setText(tr("No seed instructions yet: add some, or paste several lines at once."));
    auto *add = new QPushButton(tr("&Add"), m_seedsPart);
    add->setObjectName(u"addSeed"_s);
    add->setToolTip(tr("Add a seed instruction (Insert)"));
    m_removeSeeds = new QPushButton(tr("&Remove"), m_seedsPart);
    m_removeSeeds->setObjectName(u"removeSeeds"_s);
    m_removeSeeds->setToolTip(tr("Remove the selected seed instructions (Delete)"));
    auto *paste = new QPushButton(tr("&Paste Lines"), m_seedsPart);
    paste->setObjectName(u"pasteSeeds"_s);
    paste->setToolTip(tr("Add every non-empty line of the clipboard as a seed instruction (Ctrl+V in the list)"));
    m_seedsPerPrompt = new QSpinBox(m_seedsPart);
    m_seedsPerPrompt->setObjectName(u"seedsPerPrompt"_s);
    m_seedsPerPrompt->setRange(1, maxSeedsPerPrompt);
    m_seedsPerPrompt->setToolTip(tr("How many seed instructions each request shows the model"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_removeSeeds);
    buttons->addWidget(paste);
    buttons->addStretch();
    m_seedsPerPromptRow = new QWidget(m_seedsPart);
    formLayout(m_seedsPerPromptRow)->addRow(tr("Seeds &per request:"), m_seedsPerPrompt);
    auto *seedsLayout = new QVBoxLayout(m_seedsPart);
    seedsLayout->setContentsMargins(0, 0, 0, 0);
    seedsLayout->addWidget(new QLabel(tr("Seed instructions:"), m_seedsPart));
    seedsLayout->addWidget(m_seeds);
    seedsLayout->addLayout(buttons);
    seedsLayout->addWidget(m_seedsPerPromptRow);
    connect(add, &QPushButton::clicked, this, &ModeSettingsBox::addSeed);
    connect(m_removeSeeds, &QPushButton::clicked, this, &ModeSettingsBox::removeSeeds);
    connect(paste, &QPushButton::clicked, this, &ModeSettingsBox::pasteSeeds);
    connect(m_seeds, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeSeeds->setEnabled(!m_seeds->selectedItems().isEmpty() && !m_session.isReadOnly()); });
    connect(m_seeds, &QListWidget::itemChanged, this, &ModeSettingsBox::seedChanged);
    connect(m_seedsPerPrompt, &QSpinBox::valueChanged, this, [this](int v) {
        changeModes(tr("Change Seeds per Request"), SeedsPerPromptField, [v](auto &m) { m.seedsPerPrompt = v; });
    });
}

void ModeSettingsBox::buildEvol()
{
    m_evolPart = new QWidget(this);
    auto *evol = formLayout(m_evolPart);
    auto *directions = new QVBoxLayout;
    for (const Design::EvolDirection direction : Design::allEvolDirections()) {
        auto *check = new QCheckBox(directionText(direction), m_evolPart);
        check->setObjectName(u"direction_"_s + Design::evolDirectionName(direction));
        m_directions.append(check);
        directions->addWidget(check);
        connect(check, &QCheckBox::toggled, this, [this, direction](bool on) {
            if (m_loading)
                return;
            changeModes(on ? tr("Evolve in Direction %1").arg(directionText(direction))
                           : tr("Do Not Evolve in Direction %1").arg(directionText(direction)),
                        0, [direction, on](auto &m) {
                            m.evolDirections.removeAll(direction);
                            if (on) {
                                // In the order the spec lists them.
                                QList<Design::EvolDirection> ordered;
                                for (const Design::EvolDirection d : Design::allEvolDirections()) {
                                    if (d == direction || m.evolDirections.contains(d))
                                        ordered.append(d);
                                }
                                m.evolDirections = ordered;
                            }
                        });
        });
    }
    m_generations = new QSpinBox(m_evolPart);
    m_generations->setObjectName(u"generations"_s);
    m_generations->setRange(1, maxEvolGenerations);
    m_generations->setToolTip(tr("How many times in a row each instruction is evolved; every generation is a sample"));
    evol->addRow(tr("Directions:"), directions);
    evol->addRow(tr("&Generations:"), m_generations);
    connect(m_generations, &QSpinBox::valueChanged, this, [this](int v) {
        changeModes(tr("Change Generations"), GenerationsField, [v](auto &m) { m.evolGenerations = v; });
    });
}

void ModeSettingsBox::buildKnowledge()
{
    m_knowledgePart = new QWidget(this);
    auto *knowledge = new QVBoxLayout(m_knowledgePart);
    knowledge->setContentsMargins(0, 0, 0, 0);
    m_faithfulness = new QCheckBox(tr("Check each answer's &faithfulness to its chunk"), m_knowledgePart);
    m_faithfulness->setObjectName(u"checkFaithfulness"_s);
    m_faithfulness->setToolTip(tr("A judge reads the chunk and the answer; an unfaithful answer is dropped with the "
                                  "judge's reason"));
    knowledge->addWidget(m_faithfulness);
    connect(m_faithfulness, &QCheckBox::toggled, this, [this](bool on) {
        changeModes(on ? tr("Check Faithfulness") : tr("Do Not Check Faithfulness"), 0,
                    [on](auto &m) { m.checkFaithfulness = on; });
    });
}

void ModeSettingsBox::buildPreference()
{
    m_preferencePart = new QWidget(this);
    auto *preference = formLayout(m_preferencePart);
    // The source's long choices take the width there is (and are elided when there is none).
    preference->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_preferenceSource = new QComboBox(m_preferencePart);
    m_preferenceSource->setObjectName(u"preferenceSource"_s);
    m_preferenceSource->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_preferenceSource->setMinimumContentsLength(16);
    m_preferenceSource->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_preferenceSource->addItem(tr("Prompts it writes"), int(Design::PreferenceSource::Prompts));
    m_preferenceSource->setItemData(0,
                                    tr("Prompts written as the instruction mode writes them, from the seed "
                                       "instructions; every response is new"),
                                    Qt::ToolTipRole);
    m_preferenceSource->addItem(tr("The assistant turns of the project's conversations"),
                                int(Design::PreferenceSource::Conversations));
    m_preferenceSource->setItemData(1,
                                    tr("Each assistant turn of the project's conversations is answered again; its "
                                       "own answer is one of the responses"),
                                    Qt::ToolTipRole);
    m_preferenceSource->setToolTip(
        tr("What the responses answer. From conversations, each assistant turn of the project's complete, not "
           "rejected conversation-mode samples is a prompt (the conversation up to that turn) and its own answer is "
           "one of the responses, so responses − 1 new answers are asked for. Turns that have a preference pair "
           "already are skipped; the run's count is the most samples it makes. The seed instructions are not "
           "used."));
    m_sourceNote = new QLabel(m_preferencePart);
    m_sourceNote->setObjectName(u"preferenceSourceNote"_s);
    m_sourceNote->setWordWrap(true);
    m_sourceNote->setEnabled(false);
    m_sourceNote->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_sourceNote->setText(tr("The seed instructions are not used: each prompt is one of the project's "
                             "conversations up to an assistant turn, and that turn's answer is one of the "
                             "responses."));
    m_responses = new QSpinBox(m_preferencePart);
    m_responses->setObjectName(u"responses"_s);
    m_responses->setRange(2, maxResponses);
    m_responses->setToolTip(tr("Responses per prompt for the judge to rank, at least two; from conversations, the "
                               "turn's own answer is one of them"));
    m_responseProfiles = new QListWidget(m_preferencePart);
    m_responseProfiles->setObjectName(u"responseProfiles"_s);
    m_responseProfiles->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_responseProfiles->setToolTip(tr("Who writes the responses, in turn; none ticked: the assistant profile"));
    m_temperaturesRow = new QWidget(m_preferencePart);
    auto *temperatures = new QHBoxLayout(m_temperaturesRow);
    temperatures->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < maxResponses; ++i) {
        auto *spin = new QDoubleSpinBox(m_temperaturesRow);
        spin->setObjectName(u"responseTemperature%1"_s.arg(i + 1));
        spin->setRange(0, maxTemperature);
        spin->setSingleStep(0.1);
        spin->setDecimals(2);
        spin->setToolTip(tr("The temperature of response %1").arg(i + 1));
        m_temperatures.append(spin);
        temperatures->addWidget(spin);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, i](double v) {
            changeModes(
                tr("Change Response Temperature"), ResponseTemperatureField,
                [i, v](auto &m) {
                    // The list is cycled over the responses: spell it out before changing one of them.
                    QList<double> list = m.responseTemperatures;
                    const int n = std::max(int(list.size()), std::max(m.responses, i + 1));
                    QList<double> spelled;
                    for (int k = 0; k < n; ++k)
                        spelled.append(list.isEmpty() ? 1.0 : list.at(k % list.size()));
                    spelled[i] = v;
                    m.responseTemperatures = spelled.mid(0, std::max(m.responses, i + 1));
                },
                i);
        });
    }
    temperatures->addStretch();
    preference->addRow(tr("Prompts &from:"), m_preferenceSource);
    preference->addRow(m_sourceNote);
    preference->addRow(tr("&Responses:"), m_responses);
    preference->addRow(tr("Response profiles:"), m_responseProfiles);
    preference->addRow(tr("Temperatures:"), m_temperaturesRow);
    connect(m_preferenceSource, &QComboBox::activated, this, [this](int index) {
        const auto source = Design::PreferenceSource(m_preferenceSource->itemData(index).toInt());
        if (source == m_session.design().modes.preferenceSource)
            return;
        changeModes(source == Design::PreferenceSource::Conversations ? tr("Answer the Project's Conversations")
                                                                      : tr("Answer Prompts It Writes"),
                    0, [source](auto &m) { m.preferenceSource = source; });
    });
    connect(m_responses, &QSpinBox::valueChanged, this,
            [this](int v) { changeModes(tr("Change Responses"), ResponsesField, [v](auto &m) { m.responses = v; }); });
    connect(m_responseProfiles, &QListWidget::itemChanged, this, [this] {
        if (m_loading)
            return;
        QStringList chosen;
        for (int i = 0; i < m_responseProfiles->count(); ++i) {
            if (m_responseProfiles->item(i)->checkState() == Qt::Checked)
                chosen.append(m_responseProfiles->item(i)->data(Qt::UserRole).toString());
        }
        changeModes(tr("Choose Response Profiles"), 0, [chosen](auto &m) { m.responseProfiles = chosen; });
    });
}

void ModeSettingsBox::buildEmbedding()
{
    m_embeddingPart = new QWidget(this);
    auto *embedding = formLayout(m_embeddingPart);
    const auto spin = [this](const QString &name, int minimum, int maximum, const QString &tip) {
        auto *box = new QSpinBox(m_embeddingPart);
        box->setObjectName(name);
        box->setRange(minimum, maximum);
        box->setToolTip(tip);
        return box;
    };
    m_queries = spin(u"queriesPerChunk"_s, 1, maxQueriesPerChunk,
                     tr("Search queries asked for each chunk; each becomes the anchor of one triplet"));
    m_hardNegatives = spin(u"hardNegatives"_s, 0, maxNegatives,
                           tr("Per query: chunks of other passages that BM25 ranks high but that do not answer it"));
    m_easyNegatives = spin(u"easyNegatives"_s, 0, maxNegatives, tr("Per query: random chunks of other documents"));
    m_verifyNegatives = new QCheckBox(tr("A judge &verifies each hard negative"), m_embeddingPart);
    m_verifyNegatives->setObjectName(u"verifyNegatives"_s);
    m_verifyNegatives->setToolTip(tr("A candidate that answers the query after all is not used as a negative"));
    embedding->addRow(tr("&Queries per chunk:"), m_queries);
    embedding->addRow(tr("&Hard negatives:"), m_hardNegatives);
    embedding->addRow(tr("&Easy negatives:"), m_easyNegatives);
    embedding->addRow(m_verifyNegatives);
    connect(m_queries, &QSpinBox::valueChanged, this, [this](int v) {
        changeModes(tr("Change Queries per Chunk"), QueriesField, [v](auto &m) { m.queriesPerChunk = v; });
    });
    connect(m_hardNegatives, &QSpinBox::valueChanged, this, [this](int v) {
        changeModes(tr("Change Hard Negatives"), HardNegativesField, [v](auto &m) { m.hardNegatives = v; });
    });
    connect(m_easyNegatives, &QSpinBox::valueChanged, this, [this](int v) {
        changeModes(tr("Change Easy Negatives"), EasyNegativesField, [v](auto &m) { m.easyNegatives = v; });
    });
    connect(m_verifyNegatives, &QCheckBox::toggled, this, [this](bool on) {
        changeModes(on ? tr("Verify Hard Negatives") : tr("Do Not Verify Hard Negatives"), 0,
                    [on](auto &m) { m.verifyNegatives = on; });
    });
}

void ModeSettingsBox::buildJudge()
{
    // The judge of the modes that judge.
    m_modeJudgeRow = new QWidget(this);
    m_modeJudgeProfile = new QComboBox(m_modeJudgeRow);
    m_modeJudgeProfile->setObjectName(u"modeJudgeProfile"_s);
    m_modeJudgeProfile->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_modeJudgeProfile->setMinimumContentsLength(16);
    m_modeJudgeProfile->setToolTip(tr("The profile that ranks responses, checks faithfulness and verifies negatives"));
    formLayout(m_modeJudgeRow)->addRow(tr("&Judge profile:"), m_modeJudgeProfile);
    connect(m_modeJudgeProfile, &QComboBox::activated, this, [this] {
        const QString name = m_modeJudgeProfile->currentData().toString();
        changeModes(tr("Choose Judge Profile"), 0, [name](auto &m) { m.judgeProfile = name; });
    });
}

void ModeSettingsBox::changeModes(const QString &text, int field,
                                  const std::function<void(Design::ModeSettings &)> &apply, int index)
{
    if (m_loading)
        return;
    // The modes' settings have no part of their own: they go with the generation settings.
    m_session.edit(
        text, ProjectSession::Part::Generation, [apply](Design::ProjectDesign &design) { apply(design.modes); },
        field == 0 ? 0 : ProjectSession::mergeKey(ProjectSession::Part::Generation, field, index));
}

void ModeSettingsBox::loadProfiles()
{
    const Design::ModeSettings &m = m_session.design().modes;
    const QStringList names = m_models.profileNames();
    // The judge: unset means the assistant's profile.
    m_modeJudgeProfile->clear();
    m_modeJudgeProfile->addItem(tr("The assistant's profile"), QString());
    for (const QString &name : names)
        m_modeJudgeProfile->addItem(name, name);
    if (!m.judgeProfile.isEmpty() && !names.contains(m.judgeProfile))
        m_modeJudgeProfile->addItem(tr("%1 (missing)").arg(m.judgeProfile), m.judgeProfile);
    m_modeJudgeProfile->setCurrentIndex(std::max(0, m_modeJudgeProfile->findData(m.judgeProfile)));
    m_modeJudgeProfile->setEnabled(!m_session.isReadOnly());
    // The responders of a preference pair.
    const QStringList responders = m.responseProfiles;
    m_responseProfiles->clear();
    QStringList listed = names;
    for (const QString &name : responders) {
        if (!listed.contains(name))
            listed.append(name);
    }
    for (const QString &name : std::as_const(listed)) {
        auto *item
            = new QListWidgetItem(names.contains(name) ? name : tr("%1 (missing)").arg(name), m_responseProfiles);
        item->setData(Qt::UserRole, name);
        item->setFlags(Qt::ItemIsEnabled | (m_session.isReadOnly() ? Qt::NoItemFlags : Qt::ItemIsUserCheckable));
        item->setCheckState(responders.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
}

void ModeSettingsBox::loadSeeds()
{
    const bool loading = std::exchange(m_loading, true);
    const QStringList &seeds = m_session.design().modes.seeds;
    const int current = m_seeds->currentRow();
    if (m_seeds->count() != seeds.size()) {
        m_seeds->clear();
        for (const QString &seed : seeds) {
            auto *item = new QListWidgetItem(seed, m_seeds);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    } else {
        // Same rows: keep the selection and the scroll position.
        for (int i = 0; i < seeds.size(); ++i) {
            if (m_seeds->item(i)->text() != seeds.at(i))
                m_seeds->item(i)->setText(seeds.at(i));
        }
    }
    if (current >= 0 && current < m_seeds->count() && m_seeds->currentRow() != current)
        m_seeds->setCurrentRow(current);
    m_seedsHint->setVisible(seeds.isEmpty());
    m_removeSeeds->setEnabled(!m_seeds->selectedItems().isEmpty() && !m_session.isReadOnly());
    m_loading = loading;
}

void ModeSettingsBox::loadFromDesign()
{
    const bool loading = std::exchange(m_loading, true);
    const Design::ModeSettings &m = m_session.design().modes;
    loadProfiles();
    loadSeeds();
    m_seedsPerPrompt->setValue(m.seedsPerPrompt);
    for (int i = 0; i < m_directions.size(); ++i)
        m_directions.at(i)->setChecked(m.evolDirections.contains(Design::allEvolDirections().at(i)));
    m_generations->setValue(m.evolGenerations);
    m_faithfulness->setChecked(m.checkFaithfulness);
    m_preferenceSource->setCurrentIndex(std::max(0, m_preferenceSource->findData(int(m.preferenceSource))));
    m_responses->setValue(m.responses);
    for (int i = 0; i < m_temperatures.size(); ++i) {
        QDoubleSpinBox *spin = m_temperatures.at(i);
        spin->setVisible(i < m.responses);
        if (!m.responseTemperatures.isEmpty())
            setNumber(spin, m.responseTemperatures.at(i % m.responseTemperatures.size()));
    }
    m_queries->setValue(m.queriesPerChunk);
    m_hardNegatives->setValue(m.hardNegatives);
    m_easyNegatives->setValue(m.easyNegatives);
    m_verifyNegatives->setChecked(m.verifyNegatives);
    m_loading = loading;
    showMode();
}

void ModeSettingsBox::showMode()
{
    using Design::Mode;
    const Design::ProjectDesign &design = m_session.design();
    const Mode mode = design.generation.mode;
    const Design::ModeSettings &m = design.modes;
    // Preference from the project's conversations writes no prompts: the seeds are not used.
    const bool writesPrompts = mode == Mode::Preference && m.preferenceSource == Design::PreferenceSource::Prompts;
    m_seedsPart->setVisible(mode == Mode::Instruction || mode == Mode::Evol || writesPrompts);
    m_seedsPerPromptRow->setVisible(mode == Mode::Instruction || writesPrompts);
    m_evolPart->setVisible(mode == Mode::Evol);
    m_knowledgePart->setVisible(mode == Mode::KnowledgeQa);
    m_preferencePart->setVisible(mode == Mode::Preference);
    m_sourceNote->setVisible(mode == Mode::Preference && !writesPrompts);
    m_embeddingPart->setVisible(mode == Mode::Embedding);
    m_modeJudgeRow->setVisible(modeJudges(m, mode));
    auto *parts = static_cast<QVBoxLayout *>(layout());
    const bool seeds = !m_seedsPart->isHidden();
    parts->setStretchFactor(m_seedsPart, seeds ? 1 : 0);
    parts->setStretch(parts->count() - 1, seeds ? 0 : 1);
}

void ModeSettingsBox::seedChanged(QListWidgetItem *item)
{
    if (m_loading)
        return;
    const int row = m_seeds->row(item);
    const QString text = item->text().trimmed();
    const qsizetype stored = m_session.design().modes.seeds.size();
    if (text.isEmpty()) {
        // An emptied seed is removed: the spec accepts none that is empty. Later, not while the list is still
        // telling about the item.
        QMetaObject::invokeMethod(
            this,
            [this, row, stored] {
                if (row < stored && row < m_session.design().modes.seeds.size())
                    changeModes(tr("Remove Seed Instruction"), 0, [row](auto &m) { m.seeds.removeAt(row); });
                else
                    loadSeeds();
            },
            Qt::QueuedConnection);
        return;
    }
    if (row >= stored)
        changeModes(tr("Add Seed Instruction"), 0, [text](auto &m) { m.seeds.append(text); });
    else
        changeModes(tr("Edit Seed Instruction"), SeedTextField, [row, text](auto &m) { m.seeds[row] = text; }, row);
}

void ModeSettingsBox::addSeed()
{
    if (m_session.isReadOnly())
        return;
    // The row joins the design once it holds text (see seedChanged): an empty seed is never stored.
    // Flags set before the row joins the list: a change of a listed row is an edit.
    auto *item = new QListWidgetItem;
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_seeds->addItem(item);
    m_seedsHint->hide();
    m_seeds->setCurrentItem(item);
    m_seeds->setFocus();
    m_seeds->editItem(item);
}

void ModeSettingsBox::removeSeeds()
{
    QList<int> rows;
    for (const QModelIndex &index : m_seeds->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    changeModes(tr("Remove %n Seed Instruction(s)", "", int(rows.size())), 0, [rows](auto &m) {
        for (const int row : rows) {
            if (row < m.seeds.size())
                m.seeds.removeAt(row);
        }
    });
    loadSeeds();
}

void ModeSettingsBox::pasteSeeds()
{
    QStringList lines;
    for (const QString &line : QApplication::clipboard()->text().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    if (lines.isEmpty())
        return;
    changeModes(tr("Paste %n Seed Instruction(s)", "", int(lines.size())), 0,
                [lines](auto &m) { m.seeds.append(lines); });
    m_seeds->scrollToBottom();
}

bool ModeSettingsBox::eventFilter(QObject *watched, QEvent *event)
{
    // Keys typed into a row being edited go to its editor, not to the list.
    if (watched == m_seeds && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste)) {
            pasteSeeds();
            return true;
        }
        if (key->key() == Qt::Key_Insert) {
            addSeed();
            return true;
        }
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            removeSeeds();
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

} // namespace Dialogsmith

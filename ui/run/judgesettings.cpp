// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/judgesettings.h"

#include "project/modelaccess.h"
#include "project/projectsession.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

constexpr double maxRubricScale = 1000; // as ProjectSpec accepts
// Merge keys under Part::Generation, apart from the run settings' and the dataset's (133 and up).
enum Field { RubricNameField = 60, RubricMinField, RubricMaxField, RubricTextField };

} // namespace

JudgeSettings::JudgeSettings(ProjectSession &session, ModelAccess &models, QWidget *parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_models(models)
{
    setTitle(tr("Judge"));
    setObjectName(u"judgeSettings"_s);
    QWidget *box = this;
    m_rubrics = new QListWidget(box);
    m_rubrics->setObjectName(u"rubrics"_s);
    m_rubrics->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_rubrics->setToolTip(tr("The scales a judge can score on; choose one to edit it below"));
    auto *add = new QPushButton(tr("Add R&ubric"), box);
    add->setObjectName(u"addRubric"_s);
    m_removeRubric = new QPushButton(tr("Remove Rubric"), box);
    m_removeRubric->setObjectName(u"removeRubric"_s);
    m_rubricName = new QLineEdit(box);
    m_rubricName->setObjectName(u"rubricName"_s);
    m_rubricName->setPlaceholderText(tr("A name, for example 1-10"));
    m_rubricMin = new QDoubleSpinBox(box);
    m_rubricMin->setObjectName(u"rubricMin"_s);
    m_rubricMax = new QDoubleSpinBox(box);
    m_rubricMax->setObjectName(u"rubricMax"_s);
    for (QDoubleSpinBox *spin : {m_rubricMin, m_rubricMax}) {
        spin->setRange(-maxRubricScale, maxRubricScale);
        spin->setDecimals(1);
    }
    m_rubricMin->setToolTip(tr("The lowest score of the scale"));
    m_rubricMax->setToolTip(tr("The highest score of the scale; more than the lowest"));
    auto *scale = new QHBoxLayout;
    scale->addWidget(m_rubricMin);
    scale->addWidget(new QLabel(tr("to"), box));
    scale->addWidget(m_rubricMax);
    scale->addStretch();
    m_rubricText = new QPlainTextEdit(box);
    m_rubricText->setObjectName(u"rubricText"_s);
    m_rubricText->setPlaceholderText(tr("What the judge looks for, and what each score means"));
    m_rubricText->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_rubricText->setTabChangesFocus(true);
    m_activeRubric = new QComboBox(box);
    m_activeRubric->setObjectName(u"activeRubric"_s);
    m_activeRubric->setToolTip(tr("The rubric judging uses; the dataset's score threshold is on its scale"));
    m_activeRubric->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_activeRubric->setMinimumContentsLength(12);
    m_judgeProfile = new QComboBox(box);
    m_judgeProfile->setObjectName(u"judgeProfile"_s);
    m_judgeProfile->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_judgeProfile->setMinimumContentsLength(16);
    m_judgeProfile->setToolTip(tr("The provider profile that scores samples"));
    m_judgeTurns = new QComboBox(box);
    m_judgeTurns->setObjectName(u"judgeTurns"_s);
    m_judgeTurns->addItem(tr("The whole conversation"), false);
    m_judgeTurns->addItem(tr("Each assistant turn"), true);
    m_judgeTurns->setToolTip(tr("Score a sample once, or each of its answers"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_removeRubric);
    buttons->addStretch();
    auto *form = new QFormLayout(box);
    // Long (German) labels go above their fields rather than push the page wider.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Rubrics:"), m_rubrics);
    form->addRow(buttons);
    form->addRow(tr("&Name:"), m_rubricName);
    form->addRow(tr("&Scale:"), scale);
    form->addRow(tr("Crite&ria:"), m_rubricText);
    form->addRow(tr("Rubric &in use:"), m_activeRubric);
    form->addRow(tr("Judge pro&file:"), m_judgeProfile);
    form->addRow(tr("Sc&ore:"), m_judgeTurns);

    connect(add, &QPushButton::clicked, this, &JudgeSettings::addRubric);
    connect(m_removeRubric, &QPushButton::clicked, this, &JudgeSettings::removeRubric);
    connect(m_rubrics, &QListWidget::currentRowChanged, this, &JudgeSettings::loadRubric);
    connect(m_rubricName, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int row = currentRubric();
        if (row < 0)
            return;
        changeQuality(
            tr("Rename Rubric"), RubricNameField,
            [row, text](auto &q) {
                // The rubric in use keeps being used under its new name.
                if (q.rubric == q.rubrics[row].name)
                    q.rubric = text;
                q.rubrics[row].name = text;
            },
            row);
    });
    connect(m_rubricMin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        const int row = currentRubric();
        if (row >= 0)
            changeQuality(
                tr("Change Rubric Scale"), RubricMinField, [row, v](auto &q) { q.rubrics[row].minimum = v; }, row);
    });
    connect(m_rubricMax, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        const int row = currentRubric();
        if (row >= 0)
            changeQuality(
                tr("Change Rubric Scale"), RubricMaxField, [row, v](auto &q) { q.rubrics[row].maximum = v; }, row);
    });
    connect(m_rubricText, &QPlainTextEdit::textChanged, this, [this] {
        const int row = currentRubric();
        const QString text = m_rubricText->toPlainText();
        if (row >= 0 && !m_loading && m_session.design().quality.rubrics.value(row).text != text)
            changeQuality(
                tr("Edit Rubric Criteria"), RubricTextField, [row, text](auto &q) { q.rubrics[row].text = text; }, row);
    });
    connect(m_activeRubric, &QComboBox::activated, this, [this] {
        const QString name = m_activeRubric->currentData().toString();
        changeQuality(tr("Choose Rubric"), 0, [name](auto &q) {
            // A threshold on another scale means something else: it goes with the rubric.
            if (q.rubric != name)
                q.minJudgeScore.reset();
            q.rubric = name;
        });
    });
    connect(m_judgeProfile, &QComboBox::activated, this, [this] {
        const QString name = m_judgeProfile->currentData().toString();
        changeQuality(tr("Choose Judge Profile"), 0, [name](auto &q) { q.judgeProfile = name; });
    });
    connect(m_judgeTurns, &QComboBox::activated, this, [this] {
        const bool turns = m_judgeTurns->currentData().toBool();
        changeQuality(turns ? tr("Judge Each Turn") : tr("Judge Whole Conversations"), 0,
                      [turns](auto &q) { q.judgeTurns = turns; });
    });
}

int JudgeSettings::currentRubric() const
{
    const int row = m_rubrics->currentRow();
    return row >= 0 && row < m_session.design().quality.rubrics.size() ? row : -1;
}

void JudgeSettings::loadFromDesign()
{
    const QSignalBlocker blocker(m_rubrics);
    const Design::QualitySettings &q = m_session.design().quality;
    const int current = m_rubrics->currentRow();
    m_rubrics->clear();
    m_activeRubric->clear();
    for (const Design::Rubric &rubric : q.rubrics) {
        const QString scale
            = tr("%1 (%2 to %3)")
                  .arg(rubric.name, QLocale().toString(rubric.minimum), QLocale().toString(rubric.maximum));
        m_rubrics->addItem(scale);
        m_activeRubric->addItem(rubric.name, rubric.name);
    }
    if (m_activeRubric->findData(q.rubric) < 0)
        m_activeRubric->addItem(tr("%1 (missing)").arg(q.rubric), q.rubric);
    m_activeRubric->setCurrentIndex(std::max(0, m_activeRubric->findData(q.rubric)));
    m_rubrics->setCurrentRow(q.rubrics.isEmpty() ? -1 : std::clamp(current, 0, int(q.rubrics.size()) - 1));
    m_judgeTurns->setCurrentIndex(q.judgeTurns ? 1 : 0);
    // The judge: unset means the assistant's profile.
    const QStringList names = m_models.profileNames();
    m_judgeProfile->clear();
    m_judgeProfile->addItem(tr("The assistant's profile"), QString());
    for (const QString &name : names)
        m_judgeProfile->addItem(name, name);
    if (!q.judgeProfile.isEmpty() && !names.contains(q.judgeProfile))
        m_judgeProfile->addItem(tr("%1 (missing)").arg(q.judgeProfile), q.judgeProfile);
    m_judgeProfile->setCurrentIndex(std::max(0, m_judgeProfile->findData(q.judgeProfile)));
    loadRubric();
}

void JudgeSettings::loadRubric()
{
    const bool loading = std::exchange(m_loading, true);
    const int row = currentRubric();
    const Design::Rubric rubric = row >= 0 ? m_session.design().quality.rubrics.at(row) : Design::Rubric {};
    for (QWidget *w : std::initializer_list<QWidget *> {m_rubricName, m_rubricMin, m_rubricMax, m_rubricText})
        w->setEnabled(row >= 0);
    if (m_rubricName->text() != rubric.name)
        m_rubricName->setText(rubric.name);
    // Not while it shows the value already: that would reformat what the user is typing.
    for (const auto &[spin, value] :
         {std::pair {m_rubricMin, rubric.minimum}, std::pair {m_rubricMax, rubric.maximum}}) {
        if (spin->value() != spin->valueFromText(spin->textFromValue(value)))
            spin->setValue(value);
    }
    if (m_rubricText->toPlainText() != rubric.text)
        m_rubricText->setPlainText(rubric.text);
    m_removeRubric->setEnabled(row >= 0 && !m_session.isReadOnly());
    m_loading = loading;
}

void JudgeSettings::addRubric()
{
    const QList<Design::Rubric> &rubrics = m_session.design().quality.rubrics;
    QString name;
    for (int n = int(rubrics.size()) + 1;; ++n) {
        name = tr("Rubric %1").arg(n);
        if (std::none_of(rubrics.cbegin(), rubrics.cend(), [&name](const auto &r) { return r.name == name; }))
            break;
    }
    Design::Rubric rubric;
    rubric.name = name;
    rubric.text = tr("Score how well the answer serves the user: correct, complete, clear.");
    changeQuality(tr("Add Rubric"), 0, [rubric](auto &q) { q.rubrics.append(rubric); });
    m_rubrics->setCurrentRow(m_rubrics->count() - 1);
    m_rubricName->setFocus();
    m_rubricName->selectAll();
}

void JudgeSettings::removeRubric()
{
    const int row = currentRubric();
    if (row < 0)
        return;
    changeQuality(tr("Remove Rubric"), 0, [row](auto &q) {
        const QString name = q.rubrics.at(row).name;
        q.rubrics.removeAt(row);
        // Judging goes on with another rubric, when there is one.
        if (q.rubric == name && !q.rubrics.isEmpty()) {
            q.rubric = q.rubrics.constFirst().name;
            q.minJudgeScore.reset();
        }
    });
}

void JudgeSettings::changeQuality(const QString &text, int field,
                                  const std::function<void(Design::QualitySettings &)> &apply, int index)
{
    if (m_loading)
        return;
    m_session.edit(
        text, ProjectSession::Part::Generation, [apply](Design::ProjectDesign &design) { apply(design.quality); },
        field == 0 ? 0 : ProjectSession::mergeKey(ProjectSession::Part::Generation, field, index));
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "dataset/qualitybar.h"

#include "dataset/flowlayout.h"
#include "project/projectsession.h"
#include "quality/filters.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace Dialogsmith {

namespace {

// Merge keys' fields: typing in one of them is one undo step. ProjectSession::mergeKey() keeps a field's
// low 8 bits, so they are below 256 and apart from the other editors of Part::Generation: the run settings
// take 1–39 (ui/run/runsettingseditor.cpp), the mode settings 40–59 (ui/run/modesettingsbox.cpp), the judge's
// rubrics 60–63 (ui/run/judgesettings.cpp), this bar 133–136 and the duplicates window 140
// (ui/duplicates/duplicateswindow.cpp).
enum Field { LanguageField = 133, MinCharactersField, MaxCharactersField, ThresholdField };
static_assert(ThresholdField < 140, "the duplicates window's threshold field follows");

// The rubric judging uses, or the default 1–10 scale.
Design::Rubric activeRubric(const Design::QualitySettings &quality)
{
    for (const Design::Rubric &rubric : quality.rubrics) {
        if (rubric.name == quality.rubric)
            return rubric;
    }
    return Design::Rubric {QStringLiteral("1-10"), 1, 10, {}};
}

// A check box and what goes with it, kept on one line when the bar wraps.
QWidget *group(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (QWidget *w : widgets) {
        w->setParent(box);
        layout->addWidget(w);
    }
    return box;
}

} // namespace

QualityBar::QualityBar(ProjectSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    using Part = ProjectSession::Part;
    const auto rule = [this](const QString &name, const QString &tip, bool Design::FilterSettings::*flag,
                             const QString &on, const QString &off) {
        auto *box = new QCheckBox(this);
        box->setObjectName(name);
        box->setToolTip(tip);
        connect(box, &QCheckBox::toggled, this, [this, flag, on, off](bool checked) {
            m_session.edit(checked ? on : off, Part::Generation,
                           [flag, checked](Design::ProjectDesign &d) { d.quality.filters.*flag = checked; });
        });
        return box;
    };
    m_refusals = rule(QStringLiteral("qualityRefusals"),
                      tr("Leaves out samples with a refusal or AI boilerplate (\"As an AI language model\", \"I'm "
                         "sorry, but I can't assist\"), in English, German, Indonesian and Chinese"),
                      &Design::FilterSettings::refusals, tr("Filter Refusals"), tr("Keep Refusals"));
    m_truncated
        = rule(QStringLiteral("qualityTruncated"),
               tr("Leaves out samples with an empty message or one the model stopped at its token limit"),
               &Design::FilterSettings::truncated, tr("Filter Truncated Samples"), tr("Keep Truncated Samples"));
    m_wrongLanguage
        = rule(QStringLiteral("qualityWrongLanguage"),
               tr("Leaves out samples with a message in another language than the user persona's (or, "
                  "when the persona names none, the language given here). Only messages long enough "
                  "for a sure detection count."),
               &Design::FilterSettings::wrongLanguage, tr("Filter Wrong Language"), tr("Keep Wrong Language"));
    m_tooShort = rule(QStringLiteral("qualityTooShort"),
                      tr("Leaves out samples whose shortest message has fewer characters than this"),
                      &Design::FilterSettings::tooShort, tr("Filter Short Samples"), tr("Keep Short Samples"));
    m_tooLong = rule(QStringLiteral("qualityTooLong"),
                     tr("Leaves out samples whose longest message has more characters than this"),
                     &Design::FilterSettings::tooLong, tr("Filter Long Samples"), tr("Keep Long Samples"));

    m_language = new QLineEdit(this);
    m_language->setObjectName(QStringLiteral("qualityLanguage"));
    m_language->setPlaceholderText(tr("Language"));
    m_language->setToolTip(tr("The expected language when the user persona names none, for example German"));
    m_language->setMaximumWidth(fontMetrics().averageCharWidth() * 14);
    connect(m_language, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_session.edit(
            tr("Change Expected Language"), Part::Generation,
            [text](Design::ProjectDesign &d) { d.quality.filters.language = text.trimmed(); },
            ProjectSession::mergeKey(Part::Generation, LanguageField));
    });

    const auto characters = [this](const QString &name, int minimum, int field, int Design::FilterSettings::*value) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(name);
        spin->setRange(minimum, 10'000'000); // as the spec reads them
        spin->setSuffix(tr(" characters"));
        spin->setAccelerated(true);
        connect(spin, &QSpinBox::valueChanged, this, [this, field, value](int v) {
            m_session.edit(
                tr("Change Length Limit"), Part::Generation,
                [value, v](Design::ProjectDesign &d) { d.quality.filters.*value = v; },
                ProjectSession::mergeKey(Part::Generation, field));
        });
        return spin;
    };
    m_minCharacters = characters(QStringLiteral("qualityMinCharacters"), 0, MinCharactersField,
                                 &Design::FilterSettings::minCharacters);
    m_minCharacters->setPrefix(tr("< "));
    m_maxCharacters = characters(QStringLiteral("qualityMaxCharacters"), 1, MaxCharactersField,
                                 &Design::FilterSettings::maxCharacters);
    m_maxCharacters->setPrefix(tr("> "));

    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("qualityJudgeThreshold"));
    m_threshold->setDecimals(1);
    m_threshold->setSingleStep(0.5);
    m_threshold->setPrefix(tr("Judge score ≥ "));
    m_threshold->setSpecialValueText(tr("No judge threshold"));
    m_threshold->setToolTip(tr("Leaves out samples the judge scored below this, on the scale of the rubric judging "
                               "uses. Samples not judged yet are kept."));
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        const std::optional<double> threshold
            = value > m_threshold->minimum() ? std::optional<double>(value) : std::nullopt;
        m_session.edit(
            tr("Change Judge Threshold"), Part::Generation,
            [threshold](Design::ProjectDesign &d) { d.quality.minJudgeScore = threshold; },
            ProjectSession::mergeKey(Part::Generation, ThresholdField));
    });
    m_judgeCount = new QLabel(this);
    m_judgeCount->setObjectName(QStringLiteral("qualityJudgeCount"));

    m_duplicates = new QComboBox(this);
    m_duplicates->setObjectName(QStringLiteral("qualityDuplicates"));
    m_duplicates->setToolTip(tr("Exact and near duplicates of an earlier sample: hidden (the first of each group "
                                "stays, and only it is exported), or listed right after the sample they repeat"));
    m_duplicates->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_duplicates, &QComboBox::activated, this, [this](int index) {
        const bool hide = index == 0;
        if (hide != m_session.design().quality.hideDuplicates)
            m_session.edit(hide ? tr("Hide Duplicates") : tr("Keep Duplicates"), Part::Generation,
                           [hide](Design::ProjectDesign &d) { d.quality.hideDuplicates = hide; });
        Q_EMIT viewOptionsChanged();
    });

    m_showRemoved = new QCheckBox(this);
    m_showRemoved->setObjectName(QStringLiteral("qualityShowRemoved"));
    m_showRemoved->setToolTip(tr("Lists the samples the quality settings leave out too, greyed, with what caught "
                                 "them in the Quality column"));
    connect(m_showRemoved, &QCheckBox::toggled, this, &QualityBar::viewOptionsChanged);

    m_checking = new QLabel(this);
    m_checking->setObjectName(QStringLiteral("qualityChecking"));

    auto *title = new QLabel(tr("Quality:"), this);
    auto *layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_refusals);
    layout->addWidget(m_truncated);
    layout->addWidget(group(this, {m_wrongLanguage, m_language}));
    layout->addWidget(group(this, {m_tooShort, m_minCharacters}));
    layout->addWidget(group(this, {m_tooLong, m_maxCharacters}));
    layout->addWidget(group(this, {m_threshold, m_judgeCount}));
    layout->addWidget(m_duplicates);
    layout->addWidget(m_showRemoved);
    layout->addWidget(m_checking);

    const bool writable = !m_session.isReadOnly();
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_refusals, m_truncated, m_wrongLanguage, m_language, m_tooShort,
                                           m_minCharacters, m_tooLong, m_maxCharacters, m_threshold})
        w->setEnabled(writable);

    connect(&m_session, &ProjectSession::designChanged, this, &QualityBar::readDesign);
    readDesign();
}

Store::QualityFilter QualityBar::filter() const
{
    return Store::QualityFilter::fromDesign(m_session.design().quality);
}

bool QualityBar::showRemoved() const
{
    return m_showRemoved->isChecked();
}

bool QualityBar::groupDuplicates() const
{
    return m_duplicates->currentIndex() == 1;
}

void QualityBar::readDesign()
{
    const Design::QualitySettings &q = m_session.design().quality;
    const Design::FilterSettings &f = q.filters;
    const QSignalBlocker blockers[]
        = {QSignalBlocker(m_refusals),  QSignalBlocker(m_truncated),     QSignalBlocker(m_wrongLanguage),
           QSignalBlocker(m_language),  QSignalBlocker(m_tooShort),      QSignalBlocker(m_minCharacters),
           QSignalBlocker(m_tooLong),   QSignalBlocker(m_maxCharacters), QSignalBlocker(m_threshold),
           QSignalBlocker(m_duplicates)};
    m_refusals->setChecked(f.refusals);
    m_truncated->setChecked(f.truncated);
    m_wrongLanguage->setChecked(f.wrongLanguage);
    if (m_language->text().trimmed() != f.language)
        m_language->setText(f.language);
    m_tooShort->setChecked(f.tooShort);
    m_minCharacters->setValue(f.minCharacters);
    m_tooLong->setChecked(f.tooLong);
    m_maxCharacters->setValue(f.maxCharacters);
    const Design::Rubric rubric = activeRubric(q);
    m_threshold->setRange(rubric.minimum, rubric.maximum);
    m_threshold->setValue(q.minJudgeScore.value_or(rubric.minimum));
    m_threshold->setToolTip(
        tr("Leaves out samples the judge scored below this, on the scale of the rubric "
           "\"%1\" (%2 to %3). Samples not judged yet are kept.")
            .arg(rubric.name, QLocale().toString(rubric.minimum), QLocale().toString(rubric.maximum)));
    if (m_duplicates->count() == 0) {
        m_duplicates->addItem(QString());
        m_duplicates->addItem(QString());
        m_duplicates->addItem(QString());
    }
    if (q.hideDuplicates)
        m_duplicates->setCurrentIndex(0);
    else if (m_duplicates->currentIndex() == 0)
        m_duplicates->setCurrentIndex(1);
    updateTexts();
}

void QualityBar::setCounts(const Store::QualityCounts &counts)
{
    m_counts = counts;
    m_haveCounts = true;
    updateTexts();
}

void QualityBar::setChecking(qint64 done, qint64 total)
{
    const QLocale locale;
    m_checking->setText(total > 0 ? tr("Checking samples… %1 of %2").arg(locale.toString(done), locale.toString(total))
                                  : QString());
    m_checking->setVisible(total > 0);
}

void QualityBar::updateTexts()
{
    const QLocale locale;
    const auto counted = [this, &locale](const QString &text, const QString &rule) {
        return m_haveCounts ? tr("%1 — %2").arg(text, locale.toString(m_counts.byRule.value(rule))) : text;
    };
    m_refusals->setText(counted(tr("Refusals and boilerplate"), QStringLiteral("refusal")));
    m_truncated->setText(counted(tr("Empty or truncated"), QStringLiteral("truncated")));
    m_wrongLanguage->setText(counted(tr("Wrong language"), QStringLiteral("wrong-language")));
    m_tooShort->setText(counted(tr("Too short"), QStringLiteral("too-short")));
    m_tooLong->setText(counted(tr("Too long"), QStringLiteral("too-long")));
    const bool threshold = m_threshold->value() > m_threshold->minimum();
    if (!m_haveCounts)
        m_judgeCount->clear();
    else if (threshold)
        m_judgeCount->setText(tr("%1 below, %Ln not judged (kept)", nullptr, int(m_counts.unjudged))
                                  .arg(locale.toString(m_counts.belowJudge)));
    else
        m_judgeCount->setText(tr("%Ln not judged", nullptr, int(m_counts.unjudged)));
    const QString duplicates = m_haveCounts ? locale.toString(m_counts.duplicates) : QStringLiteral("…");
    m_duplicates->setItemText(0, tr("Hide duplicates (keep the first) — %1").arg(duplicates));
    m_duplicates->setItemText(1, tr("Group duplicates — %1").arg(duplicates));
    m_duplicates->setItemText(2, tr("Duplicates in place — %1").arg(duplicates));
    m_showRemoved->setText(m_haveCounts ? tr("Show removed (%1)").arg(locale.toString(m_counts.removed))
                                        : tr("Show removed"));
}

} // namespace Dialogsmith

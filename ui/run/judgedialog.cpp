// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/judgedialog.h"

#include "project/projectfile.h"
#include "project/projectsession.h"
#include "store/runstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace Dialogsmith {

JudgeDialog::JudgeDialog(ProjectSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_rubric(new QComboBox(this))
    , m_profile(new QComboBox(this))
    , m_whole(new QRadioButton(this))
    , m_perTurn(new QRadioButton(this))
    , m_again(new QCheckBox(this))
    , m_count(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Judge Samples"));
    const Design::ProjectDesign &design = session.design();
    const Design::QualitySettings &quality = design.quality;

    m_rubric->setObjectName(QStringLiteral("judgeRubric"));
    for (const Design::Rubric &rubric : quality.rubrics)
        m_rubric->addItem(
            tr("%1 (%2 to %3)").arg(rubric.name, QString::number(rubric.minimum), QString::number(rubric.maximum)),
            rubric.name);
    m_rubric->setCurrentIndex(std::max(0, m_rubric->findData(quality.rubric)));

    m_profile->setObjectName(QStringLiteral("judgeProfile"));
    for (const Llm::ProviderProfile &profile : design.providers)
        m_profile->addItem(tr("%1 (%2)").arg(profile.name, profile.model), profile.name);
    QString profile = quality.judgeProfile;
    if (profile.isEmpty())
        profile = design.generation.assistantProfile;
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(profile)));

    m_whole->setText(tr("The whole &sample"));
    m_perTurn->setText(tr("Each &answer (the sample scores as its worst answer)"));
    (quality.judgeTurns ? m_perTurn : m_whole)->setChecked(true);
    m_again->setObjectName(QStringLiteral("judgeAgain"));
    m_again->setText(tr("Judge &again the samples this rubric already judged"));
    m_count->setObjectName(QStringLiteral("judgeCount"));
    m_count->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Rubric:"), m_rubric);
    form->addRow(tr("&Judge:"), m_profile);
    auto *what = new QVBoxLayout;
    what->addWidget(m_whole);
    what->addWidget(m_perTurn);
    form->addRow(tr("Score:"), what);
    form->addRow(QString(), m_again);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A judge model scores each complete sample on the rubric and says why. The scores "
                                "show in the dataset, which can keep only the samples above a threshold."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Judge"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rubric, &QComboBox::currentIndexChanged, this, &JudgeDialog::updateCount);
    connect(m_again, &QCheckBox::toggled, this, &JudgeDialog::updateCount);
    if (design.providers.isEmpty()) {
        m_count->setText(tr("The project has no provider profile to judge with: add one in Tools ▸ Providers…"));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    } else {
        updateCount();
    }
}

void JudgeDialog::updateCount()
{
    // A count over an index on a local file: fast enough for the GUI thread even for large projects.
    QSqlQuery q
        = Store::RunStore::judgeableQuery(m_session.file().database(), m_rubric->currentData().toString(),
                                          m_again->isChecked(), m_session.design().quality.hideDuplicates, true);
    const int count = q.exec() && q.next() ? q.value(0).toInt() : 0;
    m_count->setText(count == 0 ? tr("There is no sample to judge on this rubric.")
                                : tr("%n sample(s) will be judged.", "", count));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(count > 0);
}

Engine::JudgeOptions JudgeDialog::options() const
{
    Engine::JudgeOptions options;
    options.rubric = m_rubric->currentData().toString();
    options.profile = m_profile->currentData().toString();
    options.perTurn = m_perTurn->isChecked();
    options.again = m_again->isChecked();
    return options;
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/scenarios/scenarioeditor.h"

#include "editors/scenarios/weightedlistpane.h"
#include "project/projectsession.h"
#include "shell/editorparts.h"
#include "shell/icons.h"

#include <QAction>
#include <QMenu>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

QList<ScenarioEditor::Preset> ScenarioEditor::presets()
{
    return {
        {tr("Q&A"),
         tr("The user asks questions and the assistant answers them clearly and directly; follow-up questions dig "
            "deeper into the answers.")},
        {tr("Debate"),
         tr("The user takes a position and argues for it; the assistant challenges it with counter-arguments and "
            "evidence, and both refine their views.")},
        {tr("Lecture"),
         tr("The assistant explains the topic step by step and at length, like a teacher giving a lecture; the user "
            "asks for clarification or examples now and then.")},
        {tr("Tutoring"),
         tr("The assistant guides the user to work things out themselves with hints and questions instead of giving "
            "the answers away, and checks their understanding.")},
    };
}

ScenarioEditor::ScenarioEditor(ProjectSession &session, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"scenarioEditor"_s);
    auto *layout = new QVBoxLayout(this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"scenarioSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter);
    m_scenarios = new WeightedListPane(session, WeightedListModel::Kind::Scenarios, m_splitter);
    m_structures = new WeightedListPane(session, WeightedListModel::Kind::Structures, m_splitter);

    // The standard structures, one click each.
    auto *presetMenu = new QMenu(this);
    presetMenu->setObjectName(u"presetMenu"_s);
    const QList<Preset> standard = presets();
    for (const Preset &preset : standard) {
        // "Q&A" is no mnemonic.
        QAction *action = presetMenu->addAction(QString(preset.name).replace(u'&', u"&&"_s));
        action->setToolTip(preset.description);
        connect(action, &QAction::triggered, this,
                [this, preset] { m_structures->addStructure(preset.name, preset.description); });
    }
    presetMenu->setToolTipsVisible(true);
    presetMenu->addSeparator();
    QAction *all = presetMenu->addAction(tr("All Four"));
    all->setObjectName(u"addAllPresetsAction"_s);
    connect(all, &QAction::triggered, this, [this, standard] {
        for (const Preset &preset : standard)
            m_structures->addStructure(preset.name, preset.description);
    });
    auto *presetButton = new QToolButton(this);
    presetButton->setObjectName(u"presetButton"_s);
    presetButton->setText(tr("Add &Standard"));
    presetButton->setIcon(Icons::themed(QIcon::ThemeIcon::ListAdd, Icons::Drawn::Add));
    presetButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    presetButton->setToolTip(tr("Add one of the standard structures: Q&A, debate, lecture, tutoring"));
    presetButton->setPopupMode(QToolButton::InstantPopup);
    presetButton->setMenu(presetMenu);
    m_structures->toolBar()->addSeparator();
    m_structures->toolBar()->addWidget(presetButton);

    EditorParts::rememberSizes(m_splitter, {300, 300});

    layout->insertWidget(0, EditorParts::createReadOnlyBar(session, this));
    if (session.isReadOnly()) {
        QList<QAction *> edits = m_scenarios->toolBar()->actions() + m_structures->toolBar()->actions();
        edits += presetMenu->actions();
        EditorParts::makeReadOnly(this, edits);
        presetButton->setEnabled(false);
    }
}

} // namespace Dialogsmith

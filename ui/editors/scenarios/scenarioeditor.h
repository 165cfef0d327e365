// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QWidget>

class QSplitter;

namespace Dialogsmith {

class ProjectSession;
class WeightedListPane;

/// The Scenarios editor: the scenarios and the conversation structures a run draws from.
class ScenarioEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioEditor)

public:
    ScenarioEditor(ProjectSession &session, QWidget *parent = nullptr);

    /// A standard conversation structure, offered as a preset.
    struct Preset {
        QString name;
        QString description;
    };
    /// Q&A, debate, lecture and tutoring, in the interface's language.
    static QList<Preset> presets();

    WeightedListPane *scenarios() const { return m_scenarios; }
    WeightedListPane *structures() const { return m_structures; }

private:
    WeightedListPane *m_scenarios = nullptr;
    WeightedListPane *m_structures = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace Dialogsmith

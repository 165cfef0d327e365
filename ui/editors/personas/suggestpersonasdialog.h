// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"
#include "llm/llmclient.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Dialogsmith {

class ModelAccess;

/// "Suggest personas…": asks a teacher model for personas that fit the project, with every control factor
/// filled in, and shows them for review: the user unchecks and rewrites before anything is added. Names a
/// persona already has are skipped, whatever their case.
class SuggestPersonasDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestPersonasDialog)

public:
    enum Column {
        NameColumn,
        SideColumn,
        DescriptionColumn,
        RelationshipColumn,
        MoodColumn,
        KnowledgeColumn,
        GoalColumn,
        StyleColumn,
        LanguageColumn,
        ColumnCount
    };

    SuggestPersonasDialog(ModelAccess &models, const Design::ProjectDesign &design, QWidget *parent = nullptr);
    ~SuggestPersonasDialog() override;

    /// The checked personas, as edited; none with a name another persona has.
    QList<Design::Persona> acceptedPersonas() const;
    bool isGenerating() const { return m_call.has_value(); }

public Q_SLOTS:
    void generate();
    void stop();

Q_SIGNALS:
    /// The request ended (answered, failed or stopped).
    void generationFinished();

private:
    void onFinished(Llm::CallId id, const Llm::ChatResult &result);
    void onFailed(Llm::CallId id, const Llm::ProviderError &error);
    void finish(const QString &status, const QString &error);
    void updateState();

    ModelAccess &m_models;
    Design::ProjectDesign m_design;
    std::optional<Llm::CallId> m_call;

    QComboBox *m_profile = nullptr;
    QSpinBox *m_count = nullptr;
    QComboBox *m_side = nullptr;
    QLineEdit *m_guidance = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_stop = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QTreeWidget *m_review = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace Dialogsmith

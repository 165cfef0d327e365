// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"
#include "editors/topics/topictree.h"
#include "llm/llmclient.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace Dialogsmith {

class ModelAccess;

/// "Expand with model…": asks a teacher model for subtopics of one topic (or for top-level topics),
/// optionally several levels deep, and shows them for review: the user unchecks, renames and rewrites
/// before anything is added. Names a sibling already has are skipped, whatever their case.
class ExpandTopicsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpandTopicsDialog)

public:
    /// Expands the topic at `target` (empty: the top level) of `design`.
    ExpandTopicsDialog(ModelAccess &models, const Design::ProjectDesign &design, const TopicTree::Path &target,
                       QWidget *parent = nullptr);
    ~ExpandTopicsDialog() override;

    /// The checked topics, as edited, with their checked subtopics; none a duplicate of a sibling.
    QList<Design::Topic> acceptedTopics() const;
    const TopicTree::Path &target() const { return m_target; }
    bool isGenerating() const { return !m_calls.isEmpty(); }

public Q_SLOTS:
    void generate();
    void stop();

Q_SIGNALS:
    /// Every request of a generation has ended (or was stopped).
    void generationFinished();

private:
    struct Job {
        QTreeWidgetItem *parent = nullptr; ///< null: the target's own level
        int level = 1;
    };

    void submit(const Job &job);
    void onFinished(Llm::CallId id, const Llm::ChatResult &result);
    void onFailed(Llm::CallId id, const Llm::ProviderError &error);
    void addResults(const Job &job, const QList<Design::Topic> &topics);
    void showError(const QString &message);
    void updateState();
    QStringList siblingNames(QTreeWidgetItem *parent) const;
    QString pathText(QTreeWidgetItem *item) const;

    ModelAccess &m_models;
    Design::ProjectDesign m_design;
    TopicTree::Path m_target;
    int m_maxLevels = 1;
    QHash<Llm::CallId, Job> m_calls;
    int m_done = 0;
    int m_skipped = 0;
    QStringList m_errors;

    QComboBox *m_profile = nullptr;
    QSpinBox *m_breadth = nullptr;
    QSpinBox *m_levels = nullptr;
    QLineEdit *m_guidance = nullptr;
    QLabel *m_requests = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_stop = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QTreeWidget *m_review = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "editors/templates/sampledraw.h"

#include <QElapsedTimer>
#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabBar;
class QTimer;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Dialogsmith {

class ModelAccess;
class ProjectSession;
class TemplateTextEdit;

namespace Llm {
struct ChatResult;
struct ProviderError;
} // namespace Llm

/// The Templates editor: the twelve prompt templates, grouped by the mode that uses them, with highlighting,
/// completion and errors from each step's variables; a live rendered preview for a sample draw; "Try it".
class TemplateEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateEditor)

public:
    TemplateEditor(ProjectSession &session, ModelAccess &models, QWidget *parent = nullptr);
    ~TemplateEditor() override;

    TemplateSlot currentSlot() const;
    void setCurrentSlot(TemplateSlot slot);
    /// The sample conversation the preview renders.
    const SampleDraw &sample() const { return m_sample; }

Q_SIGNALS:
    /// The preview shows the current template rendered for the current sample (or why it cannot).
    void previewUpdated();
    /// "Try it" ended: finished, failed or stopped.
    void tryFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Shows the templates of `group` in the template tabs, `slot` (one of them) current.
    void showGroup(int group, TemplateSlot slot);
    void refreshFromDesign();
    void refreshProblems();
    void refreshPreview();
    void schedulePreview();
    void drawSample(quint64 seed);
    void showSample();
    void updateProfiles();
    void updateButtons();
    void tryIt();
    void stopTrying();
    void onDelta(quint64 id, const QString &text);
    void onFinished(quint64 id, const Llm::ChatResult &result);
    void onFailed(quint64 id, const Llm::ProviderError &error);
    void endTry(bool ok, const QString &status);
    TemplateTextEdit *editor(TemplateSlot slot) const { return m_editors.at(std::size_t(slot)); }
    /// `slot`'s template rendered for the sample; on failure a null string and `error`.
    QString render(TemplateSlot slot, QString *error) const;

    ProjectSession &m_session;
    ModelAccess &m_models;
    QTabBar *m_groups = nullptr;
    QTabBar *m_tabs = nullptr;
    QLabel *m_groupHelp = nullptr;
    bool m_fillingTabs = false;
    QStackedWidget *m_stack = nullptr;
    std::array<TemplateTextEdit *, templateSlotCount> m_editors {};
    QPushButton *m_reset = nullptr;
    QLabel *m_problemsTitle = nullptr;
    QListWidget *m_problems = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_previewSplitter = nullptr;
    QLabel *m_sampleLabel = nullptr;
    QPushButton *m_newSample = nullptr;
    QLabel *m_previewTitle = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_previewHighlighter = nullptr;
    QComboBox *m_profile = nullptr;
    QPushButton *m_try = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_reply = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_replyHighlighter = nullptr;
    QTimer *m_previewTimer = nullptr;

    SampleDraw m_sample;
    quint64 m_sampleSeed = 0;
    quint64 m_sampleRequest = 0;
    quint64 m_call = 0;
    TemplateSlot m_callSlot = TemplateSlot::System;
    TemplateSlot m_previewSlot = TemplateSlot::System;
    QString m_replyText;
    QElapsedTimer m_callClock;
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/datasetquery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Dialogsmith {

class ProjectSession;

/// The dataset view's quality settings: each filter rule a check box with how many samples it catches,
/// the judge-score threshold with how many fall below (unjudged samples are kept), how duplicates show,
/// and "Show removed". The project's settings change through ProjectSession::edit (undoable); how the list
/// shows removed samples and duplicates is the view's own.
class QualityBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QualityBar)

public:
    explicit QualityBar(ProjectSession &session, QWidget *parent = nullptr);

    /// What the project's settings leave out.
    Store::QualityFilter filter() const;
    bool showRemoved() const;
    bool groupDuplicates() const;

    void setCounts(const Store::QualityCounts &counts);
    /// Samples checked so far; 0 of 0: done.
    void setChecking(qint64 done, qint64 total);

Q_SIGNALS:
    /// The view options changed (show removed, grouping); design edits arrive as designChanged.
    void viewOptionsChanged();

private:
    void readDesign();
    void updateTexts();

    ProjectSession &m_session;
    QCheckBox *m_refusals = nullptr;
    QCheckBox *m_truncated = nullptr;
    QCheckBox *m_wrongLanguage = nullptr;
    QLineEdit *m_language = nullptr;
    QCheckBox *m_tooShort = nullptr;
    QSpinBox *m_minCharacters = nullptr;
    QCheckBox *m_tooLong = nullptr;
    QSpinBox *m_maxCharacters = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QLabel *m_judgeCount = nullptr;
    QComboBox *m_duplicates = nullptr;
    QCheckBox *m_showRemoved = nullptr;
    QLabel *m_checking = nullptr;
    Store::QualityCounts m_counts;
    bool m_haveCounts = false;
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/curationstore.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Dialogsmith {

/// What a sample's mode added, as the conversation editor shows it beside the messages: the mode and its
/// facts (an evolution's parent and direction, a Q&A pair's faithfulness, a preference pair's ranking), the
/// judges' verdicts with their reasons, and the alternatives of its turns — a preference pair's rejected
/// responses in rank order, an embedding triplet's negatives with the chunk each came from. Each rejected
/// response has a "Prefer This Response" button (preferRequested()); the editor makes the change.
class SampleDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleDetails)

public:
    explicit SampleDetails(QWidget *parent = nullptr);
    ~SampleDetails() override;

    /// Shows `conversation`; `hasContent()` says whether there was anything beyond the messages to show.
    void showSample(const Store::StoredConversation &conversation, const QHash<qint64, QString> &documentTitles);

    bool hasContent() const { return m_hasContent; }
    /// Everything shown, as rich text: the facts and verdicts, then each alternative.
    QString text() const;
    /// Whether a response can be preferred (a writable project, nothing being generated).
    void setEditable(bool editable);
    /// The "Prefer This Response" buttons of the rejected responses shown, in their order.
    QList<QPushButton *> preferButtons() const;

    static QString modeTitle(const QString &mode);

Q_SIGNALS:
    /// "Prefer This Response" was clicked on the rejected response `alternativeId`.
    void preferRequested(qint64 alternativeId);

private:
    struct Row {
        QWidget *widget = nullptr;
        QLabel *label = nullptr;
        QPushButton *prefer = nullptr;
        qint64 alternativeId = 0;
    };
    Row &row(qsizetype index);

    QLabel *m_summary = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QList<Row> m_rows; ///< one per alternative shown; kept and reused, so a button keeps the focus after a swap
    qsizetype m_shownRows = 0;
    bool m_editable = true;
    bool m_hasContent = false;
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/curationstore.h"

#include <QLabel>

namespace Dialogsmith {

/// What a sample's mode added, as the conversation editor shows it beside the messages: the mode and its
/// facts (an evolution's parent and direction, a Q&A pair's faithfulness, a preference pair's ranking), the
/// judges' verdicts with their reasons, and the alternatives of its turns — a preference pair's rejected
/// responses in rank order, an embedding triplet's negatives with the chunk each came from. Read-only.
class SampleDetails final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleDetails)

public:
    explicit SampleDetails(QWidget *parent = nullptr);

    /// Shows `conversation`; `hasContent()` says whether there was anything beyond the messages to show.
    void showSample(const Store::StoredConversation &conversation, const QHash<qint64, QString> &documentTitles);

    bool hasContent() const { return m_hasContent; }

    static QString modeTitle(const QString &mode);

private:
    bool m_hasContent = false;
};

} // namespace Dialogsmith

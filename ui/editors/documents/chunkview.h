// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "documents/chunker.h"

#include <QPlainTextEdit>

namespace Dialogsmith {

/// A document as the generation engine cuts it: each chunk under a numbered header, on alternating
/// backgrounds, with the text it shares with the previous chunk (the overlap) shaded darker. Read-only.
class ChunkView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChunkView)

public:
    explicit ChunkView(QWidget *parent = nullptr);

    /// Shows `chunks` of `text`, at most maxShownChunks of them and about maxShownCharacters.
    void showChunks(const QString &text, const QList<Documents::ChunkSpan> &chunks);
    /// Shows nothing but a hint.
    void showMessage(const QString &message);

    /// How many chunks the view shows now (the rest are summarised in a line at the end).
    int shownChunks() const { return m_shown; }

    static constexpr int maxShownChunks = 200;
    static constexpr qsizetype maxShownCharacters = 400'000;

protected:
    void changeEvent(QEvent *event) override;

private:
    QString m_text;
    QList<Documents::ChunkSpan> m_chunks;
    int m_shown = 0;
};

} // namespace Dialogsmith

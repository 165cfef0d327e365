// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "documents/chunker.h"

#include <QPlainTextEdit>

#include <utility>

namespace Dialogsmith {

/// A document as the generation engine cuts it: each chunk under a numbered header, on alternating
/// backgrounds, with the text it shares with the previous chunk (the overlap) shaded darker. Read-only.
class ChunkView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChunkView)

public:
    explicit ChunkView(QWidget *parent = nullptr);

    /// Shows `chunks` of `text`, at most maxShownChunks of them and about maxShownCharacters: from the first
    /// one, or from a little before `focus` when that would not be among them.
    void showChunks(const QString &text, const QList<Documents::ChunkSpan> &chunks, int focus = -1);
    /// Scrolls chunk `index` to the top and marks `ranges` of its text (from the chunk's start); false when
    /// the chunk is not shown (showChunks() with it as `focus` shows it).
    bool revealChunk(int index, const QList<std::pair<qsizetype, qsizetype>> &ranges);
    /// The chunk last revealed, -1 for none.
    int revealedChunk() const { return m_revealed; }
    /// The first chunk shown (from 0).
    int firstShownChunk() const { return m_first; }
    /// The block the header of chunk `index` is in, -1 when it is not shown.
    int headerBlock(int index) const;
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
    int m_first = 0;
    int m_focus = -1;
    int m_revealed = -1;
    QList<std::pair<qsizetype, qsizetype>> m_revealedRanges;
    QList<int> m_headerBlocks; ///< of the chunks shown
    QList<int> m_bodyPositions; ///< where each shown chunk's text starts in the document
};

} // namespace Dialogsmith

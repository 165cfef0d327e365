// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"

#include <QList>
#include <QString>

namespace Dialogsmith::Documents {

/// A piece of a document: where it is in the text, in UTF-16 code units.
struct ChunkSpan {
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const ChunkSpan &, const ChunkSpan &) = default;
};

/// Cuts a text into chunks of at most `settings.size` characters, each starting up to `settings.overlap`
/// characters before the previous one ends. Cuts fall after a paragraph if one ends in the second half of
/// the window, else after a sentence, else between words; only a word longer than the window is split.
/// Leading and trailing whitespace is left out of every chunk; a text of only whitespace has no chunks.
/// Deterministic: the same text and settings give the same chunks, so a run can be resumed.
QList<ChunkSpan> chunkText(QStringView text, const Design::ChunkSettings &settings);

} // namespace Dialogsmith::Documents

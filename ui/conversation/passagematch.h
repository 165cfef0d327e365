// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

#include <utility>

namespace Dialogsmith::PassageMatch {

/// A stretch of text: start and length in UTF-16 code units.
using Range = std::pair<qsizetype, qsizetype>;

/// The passages of `source` that `texts` draw on: runs of words of `source` covered by a word 3-gram that
/// also occurs in one of `texts`, after each word is normalised as duplicate detection does
/// (Quality::normalizedForComparison: NFKC, case folded) — so case, punctuation and line breaks do not
/// matter, and a phrase must be shared word for word. A 3-gram of short words only ("it is a", "in the") says
/// nothing about drawing on a source and is ignored. Ranges are in `source`, in order, not overlapping, from
/// the first shared word to the last one of each run.
QList<Range> sharedPassages(QStringView source, const QStringList &texts);

} // namespace Dialogsmith::PassageMatch

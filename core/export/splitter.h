// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/exportoptions.h"

#include <QList>
#include <QString>

namespace Dialogsmith::Export {

/// A selected sample before its texts are read: what order and split need.
struct SelectedSample {
    qint64 id = 0;
    QString topic;
};

/// The samples of one output file, in writing order.
struct SplitPart {
    QString name; ///< "train" or "validation"
    QList<qint64> ids;
};

/// Orders and splits the selected samples (in id order) as the options say: by id, or shuffled with the
/// seed; with a split, validation samples drawn with the seed (from each topic on its own when stratified,
/// validation getting round(n × (1 − ratio)) of each), and each part kept in the order above. The same
/// samples and seed always give the same parts. Without a split: one part, "train".
QList<SplitPart> splitSamples(const QList<SelectedSample> &samples, const ExportOptions &options);

} // namespace Dialogsmith::Export

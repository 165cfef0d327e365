// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"
#include "export/exportoptions.h"

#include <QByteArray>
#include <QMap>

#include <optional>

namespace Dialogsmith::Export {

/// What a dataset card says: gathered by the exporter while it writes.
struct CardFacts {
    ExportOptions options;
    std::optional<Design::ProjectDesign> design; ///< the project's design (settings, rubric, thresholds)
    QMap<QString, QString> splitFiles; ///< "train"/"validation" → file name in the folder
    QMap<QString, qint64> splitRecords; ///< "train"/"validation" → records
    qint64 samples = 0; ///< samples written
    QMap<QString, qint64> modes; ///< mode → samples written
    QMap<QString, QMap<QString, qint64>> models; ///< provider profile → model → messages written by it
    std::optional<Store::QualityCounts> quality; ///< what the quality settings left out
    QMap<QString, qint64> skippedReasons; ///< reason → samples
};

/// README.md for the Hugging Face Hub: YAML front matter (license, language, task_categories, tags,
/// size_categories, pretty_name, configs with data_files per split) written with yaml-cpp, then a body that
/// says how the data was made. In English, as cards on the Hub are, whatever the studio's language.
QByteArray datasetCard(const CardFacts &facts);

/// The Hub's size bucket for `records` ("n<1K", "1K<n<10K", ...).
QString sizeCategory(qint64 records);

} // namespace Dialogsmith::Export

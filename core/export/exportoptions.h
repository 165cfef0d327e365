// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/exportformat.h"
#include "store/datasetquery.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Dialogsmith::Export {

/// Which rejected responses of a preference sample become DPO records.
enum class PreferencePairs {
    EachRejected, ///< default: one record per rejected response (chosen vs rank 1, chosen vs rank 2, ...)
    BestVsWorst, ///< one record per sample: chosen vs the lowest-ranked rejected response
};

/// Which negatives of an embedding sample become triplets (one record per negative).
enum class Negatives {
    All, ///< default: hard negatives first (by rank), then easy ones
    HardOnly,
};

/// A train/validation split. Validation samples are drawn at random with ExportOptions::seed; every
/// record of a sample goes to the same split.
struct SplitOptions {
    double trainRatio = 0.9; ///< in (0, 1): the share of samples in train (validation gets the rest, rounded)
    bool stratifyByTopic = false; ///< draw the validation share from each topic (topic path) separately
    friend bool operator==(const SplitOptions &, const SplitOptions &) = default;
};

/// The dataset card (README.md with the Hugging Face Hub's YAML front matter).
struct CardOptions {
    QString license = QStringLiteral("other"); ///< a Hub licence id ("apache-2.0", "cc-by-4.0", "other", ...)
    QStringList languages {QStringLiteral("en")}; ///< ISO 639-1 codes
    QString prettyName; ///< empty: the project's name
    friend bool operator==(const CardOptions &, const CardOptions &) = default;
};

struct ExportOptions {
    Format format = Format::OpenAi;
    /// Selection: explicit sample ids (the dataset view's selection) when not empty; else approved only,
    /// or every complete sample a person did not reject. Only complete samples are ever written.
    QList<qint64> ids;
    bool approvedOnly = false;
    bool includeSystem = true; ///< the system prompt the first answer was written under
    /// A "metadata" object per record (CSV: columns): id, mode, topic, personas, scenario, structure,
    /// document, judge score, run, models, template versions.
    bool includeMetadata = false;
    /// Leaves out what the quality settings catch (filter rules switched on, judge threshold — set
    /// `quality->minJudgeScore` for a minimum score —, duplicates); nothing: no quality filter. The hits are
    /// read as `filter_hits` has them (Quality::FilterChecker brings it up to date first).
    std::optional<Store::QualityFilter> quality;
    PreferencePairs preferencePairs = PreferencePairs::EachRejected;
    Negatives negatives = Negatives::All;
    bool shuffle = false; ///< records in a random order fixed by `seed`; else by sample id
    quint64 seed = 1; ///< shuffle and split: the same seed gives the same files
    std::optional<SplitOptions> split;
    std::optional<CardOptions> card;

    /// With a split or a card the output is a folder (train.EXT, validation.EXT, README.md), else one file.
    bool writesFolder() const { return split.has_value() || card.has_value(); }
};

} // namespace Dialogsmith::Export

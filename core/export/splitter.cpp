// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "export/splitter.h"

#include "engine/draw.h"

#include <QSet>

#include <cmath>
#include <map>

namespace Dialogsmith::Export {

namespace {

// Streams of the seed, so the order and the split do not depend on each other.
constexpr quint64 shuffleStream = 0x5348554646ULL;
constexpr quint64 splitStream = 0x53504C4954ULL;

template<typename T>
void shuffle(QList<T> &items, Engine::Draw &draw)
{
    for (qsizetype i = items.size() - 1; i > 0; --i)
        items.swapItemsAt(i, draw.below(int(i + 1)));
}

} // namespace

QList<SplitPart> splitSamples(const QList<SelectedSample> &samples, const ExportOptions &options)
{
    QList<qint64> order;
    order.reserve(samples.size());
    for (const SelectedSample &s : samples)
        order.append(s.id);
    if (options.shuffle) {
        Engine::Draw draw(options.seed, shuffleStream);
        shuffle(order, draw);
    }
    if (!options.split)
        return {SplitPart {QStringLiteral("train"), order}};

    // Groups in a fixed order (by topic name, each in id order), so the draw does not depend on the order
    // the database returned them in.
    std::map<QString, QList<qint64>> groups;
    for (const SelectedSample &s : samples)
        groups[options.split->stratifyByTopic ? s.topic : QString()].append(s.id);
    const double ratio = std::clamp(options.split->trainRatio, 0.0, 1.0);
    QSet<qint64> validation;
    Engine::Draw draw(options.seed, splitStream);
    for (auto &[topic, ids] : groups) {
        const auto count = qsizetype(std::llround(double(ids.size()) * (1.0 - ratio)));
        shuffle(ids, draw);
        for (qsizetype i = 0; i < count && i < ids.size(); ++i)
            validation.insert(ids.at(i));
    }
    SplitPart train {QStringLiteral("train"), {}};
    SplitPart valid {QStringLiteral("validation"), {}};
    for (const qint64 id : std::as_const(order))
        (validation.contains(id) ? valid : train).ids.append(id);
    return {train, valid};
}

} // namespace Dialogsmith::Export

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "export/splitter.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

namespace {

// 60 samples of "Tides", 30 of "Waves", 10 of "Cooking", interleaved by id.
QList<Export::SelectedSample> samples()
{
    QList<Export::SelectedSample> list;
    for (qint64 id = 1; id <= 100; ++id)
        list.append({id, id % 10 == 0 ? u"Cooking"_s : id % 10 < 4 ? u"Waves"_s : u"Tides"_s});
    return list;
}

QSet<qint64> asSet(const QList<qint64> &ids)
{
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

} // namespace

/// The order and the train/validation split of an export: random, but fixed by the seed.
class SplitterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noSplit_keepsIdOrder()
    {
        const auto parts = Export::splitSamples(samples(), {});
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.constFirst().name, u"train"_s);
        QCOMPARE(parts.constFirst().ids.size(), 100);
        QVERIFY(std::is_sorted(parts.constFirst().ids.cbegin(), parts.constFirst().ids.cend()));
    }

    void shuffle_isFixedBySeed()
    {
        Export::ExportOptions o;
        o.shuffle = true;
        o.seed = 42;
        const QList<qint64> first = Export::splitSamples(samples(), o).constFirst().ids;
        QCOMPARE(Export::splitSamples(samples(), o).constFirst().ids, first);
        QVERIFY(!std::is_sorted(first.cbegin(), first.cend()));
        QCOMPARE(asSet(first).size(), 100);
        o.seed = 43;
        QVERIFY(Export::splitSamples(samples(), o).constFirst().ids != first);
    }

    void split_takesTheRatioAtRandom()
    {
        Export::ExportOptions o;
        o.split = Export::SplitOptions {0.8, false};
        o.seed = 7;
        const auto parts = Export::splitSamples(samples(), o);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).name, u"train"_s);
        QCOMPARE(parts.at(1).name, u"validation"_s);
        QCOMPARE(parts.at(0).ids.size(), 80);
        QCOMPARE(parts.at(1).ids.size(), 20);
        QVERIFY(!asSet(parts.at(0).ids).intersects(asSet(parts.at(1).ids)));
        // Not simply the last fifth.
        QVERIFY(parts.at(1).ids.constFirst() < 80);
        QCOMPARE(Export::splitSamples(samples(), o).at(1).ids, parts.at(1).ids);
        o.seed = 8;
        QVERIFY(Export::splitSamples(samples(), o).at(1).ids != parts.at(1).ids);
        // Shuffling changes the order within the parts, not which samples they hold.
        o.seed = 7;
        o.shuffle = true;
        const auto shuffled = Export::splitSamples(samples(), o);
        QCOMPARE(asSet(shuffled.at(1).ids), asSet(parts.at(1).ids));
        QVERIFY(shuffled.at(1).ids != parts.at(1).ids);
    }

    void stratified_takesTheShareOfEachTopic()
    {
        Export::ExportOptions o;
        o.split = Export::SplitOptions {0.7, true};
        o.seed = 3;
        const auto parts = Export::splitSamples(samples(), o);
        QHash<QString, int> validation;
        const auto all = samples();
        const QSet<qint64> valid = asSet(parts.at(1).ids);
        for (const auto &s : all) {
            if (valid.contains(s.id))
                ++validation[s.topic];
        }
        QCOMPARE(validation.value(u"Tides"_s), 18);
        QCOMPARE(validation.value(u"Waves"_s), 9);
        QCOMPARE(validation.value(u"Cooking"_s), 3);
        QCOMPARE(parts.at(0).ids.size(), 70);
    }
};

QTEST_GUILESS_MAIN(SplitterTest)
#include "splitter_test.moc"

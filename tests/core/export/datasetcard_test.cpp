// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "export/datasetcard.h"

#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

namespace {

// The YAML between the first two "---" lines.
std::string frontMatter(const QByteArray &card)
{
    if (!card.startsWith("---\n"))
        return {};
    const qsizetype end = card.indexOf("\n---\n", 4);
    return end < 0 ? std::string() : card.mid(4, end - 4).toStdString();
}

} // namespace

/// The dataset card as the Hugging Face Hub reads it: YAML front matter with its keys, and a body that says
/// how the data was made.
class DatasetCardTest : public QObject
{
    Q_OBJECT

    static Export::CardFacts facts()
    {
        Export::CardFacts f;
        f.options.format = Export::Format::Dpo;
        f.options.split = Export::SplitOptions {0.9, true};
        f.options.seed = 11;
        f.options.card = Export::CardOptions {u"apache-2.0"_s, {u"en"_s, u"de"_s}, u"Tides: \"a\" test: #1"_s};
        Store::QualityFilter quality;
        quality.rules = {u"refusal"_s};
        quality.minJudgeScore = 7;
        quality.hideDuplicates = true;
        f.options.quality = quality;
        Design::ProjectDesign design;
        design.name = u"Tides demo"_s;
        design.quality.duplicateThreshold = 0.85;
        design.generation.assistantProfile = u"teacher"_s;
        f.design = design;
        f.splitFiles = {{u"train"_s, u"train.jsonl"_s}, {u"validation"_s, u"validation.jsonl"_s}};
        f.splitRecords = {{u"train"_s, 9000}, {u"validation"_s, 1000}};
        f.samples = 5000;
        f.modes = {{u"preference"_s, 5000}};
        f.models = {{u"teacher"_s, {{u"gpt-4o"_s, 5000}}}, {u"local"_s, {{u"qwen | small"_s, 4000}}}};
        Store::QualityCounts counts;
        counts.byRule = {{u"refusal"_s, 12}};
        counts.belowJudge = 30;
        counts.duplicates = 4;
        counts.removed = 45;
        counts.total = 5045;
        f.quality = counts;
        return f;
    }

private Q_SLOTS:
    void frontMatter_parsesWithTheHubKeys()
    {
        const QByteArray card = Export::datasetCard(facts());
        const YAML::Node yaml = YAML::Load(frontMatter(card));
        QVERIFY(yaml.IsMap());
        QCOMPARE(yaml["license"].as<std::string>(), "apache-2.0");
        QCOMPARE(yaml["pretty_name"].as<std::string>(), "Tides: \"a\" test: #1");
        QCOMPARE(yaml["language"].size(), size_t(2));
        QCOMPARE(yaml["language"][1].as<std::string>(), "de");
        QCOMPARE(yaml["task_categories"][0].as<std::string>(), "text-generation");
        std::vector<std::string> tags = yaml["tags"].as<std::vector<std::string>>();
        QVERIFY(std::find(tags.begin(), tags.end(), "synthetic") != tags.end());
        QVERIFY(std::find(tags.begin(), tags.end(), "dialogsmith") != tags.end());
        QVERIFY(std::find(tags.begin(), tags.end(), "dpo") != tags.end());
        QCOMPARE(yaml["size_categories"][0].as<std::string>(), "10K<n<100K");
        const YAML::Node config = yaml["configs"][0];
        QCOMPARE(config["config_name"].as<std::string>(), "default");
        QCOMPARE(config["data_files"].size(), size_t(2));
        QCOMPARE(config["data_files"][0]["split"].as<std::string>(), "train");
        QCOMPARE(config["data_files"][0]["path"].as<std::string>(), "train.jsonl");
        QCOMPARE(config["data_files"][1]["split"].as<std::string>(), "validation");
        QCOMPARE(config["data_files"][1]["path"].as<std::string>(), "validation.jsonl");
    }

    void body_saysHowTheDataWasMade()
    {
        const QString card = QString::fromUtf8(Export::datasetCard(facts()));
        const QString body = card.mid(card.indexOf(u"\n---\n"_s, 4));
        QVERIFY(body.contains(u"# Tides: \"a\" test: #1"_s));
        QVERIFY(body.contains(u"| teacher | gpt-4o | 5,000 |"_s));
        QVERIFY2(body.contains(u"| local | qwen \\| small | 4,000 |"_s), qPrintable(body));
        QVERIFY(body.contains(u"| preference | 5,000 |"_s));
        QVERIFY(body.contains(u"| validation | validation.jsonl | 1,000 |"_s));
        QVERIFY(body.contains(u"seed 11, stratified by topic"_s));
        QVERIFY(body.contains(u"at least 7"_s));
        QVERIFY(body.contains(u"0.85"_s));
        QVERIFY2(body.contains(u"45 of 5,045 samples (12 refusal, 30 judged below the threshold, 4 duplicates)"_s),
                 qPrintable(body));
    }

    void sizeCategories_areTheHubBuckets()
    {
        QCOMPARE(Export::sizeCategory(0), u"n<1K"_s);
        QCOMPARE(Export::sizeCategory(999), u"n<1K"_s);
        QCOMPARE(Export::sizeCategory(1000), u"1K<n<10K"_s);
        QCOMPARE(Export::sizeCategory(100000), u"100K<n<1M"_s);
        QCOMPARE(Export::sizeCategory(2000000000), u"n>1B"_s);
    }

    void withoutSplit_oneTrainFile()
    {
        Export::CardFacts f = facts();
        f.options.split.reset();
        f.splitFiles = {{u"train"_s, u"train.jsonl"_s}};
        f.splitRecords = {{u"train"_s, 10}};
        const YAML::Node yaml = YAML::Load(frontMatter(Export::datasetCard(f)));
        QCOMPARE(yaml["configs"][0]["data_files"].size(), size_t(1));
        QCOMPARE(yaml["size_categories"][0].as<std::string>(), "n<1K");
    }
};

QTEST_GUILESS_MAIN(DatasetCardTest)
#include "datasetcard_test.moc"

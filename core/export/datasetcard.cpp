// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "export/datasetcard.h"

#include "product/productinfo.h"

#include <QLocale>

#include <yaml-cpp/yaml.h>

namespace Dialogsmith::Export {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QStringList taskCategories(Format format)
{
    switch (format) {
    case Format::Triplets:
        return {QStringLiteral("sentence-similarity"), QStringLiteral("feature-extraction")};
    case Format::Turns:
        return {QStringLiteral("text-generation"), QStringLiteral("question-answering")};
    case Format::OpenAi:
    case Format::ShareGpt:
    case Format::Alpaca:
    case Format::Dpo:
    case Format::DpoText:
    case Format::Csv:
        break;
    }
    return {QStringLiteral("text-generation")};
}

QStringList tags(Format format)
{
    QStringList list {QStringLiteral("synthetic"), QStringLiteral("dialogsmith")};
    switch (format) {
    case Format::Dpo:
    case Format::DpoText:
        list += {QStringLiteral("dpo"), QStringLiteral("preference")};
        break;
    case Format::Triplets:
        list += {QStringLiteral("sentence-transformers"), QStringLiteral("embeddings")};
        break;
    case Format::OpenAi:
    case Format::ShareGpt:
    case Format::Alpaca:
    case Format::Turns:
        list += {QStringLiteral("sft"), QStringLiteral("conversational")};
        break;
    case Format::Csv:
        break;
    }
    return list;
}

QString number(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n);
}

QString fixed(double value)
{
    return QString::number(value, 'g', 6);
}

QString sampling(const Design::Sampling &s)
{
    QStringList parts;
    if (s.temperature)
        parts.append(QStringLiteral("temperature %1").arg(fixed(*s.temperature)));
    if (s.topP)
        parts.append(QStringLiteral("top-p %1").arg(fixed(*s.topP)));
    parts.append(QStringLiteral("at most %1 tokens").arg(s.maxTokens));
    return parts.join(QStringLiteral(", "));
}

QString cell(QString text)
{
    return text.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ');
}

QString profileName(const QString &profile)
{
    return profile.isEmpty() ? QStringLiteral("(none set)") : u'`' + cell(profile) + u'`';
}

} // namespace

QString sizeCategory(qint64 records)
{
    static const std::pair<qint64, const char16_t *> buckets[] = {
        {1'000, u"n<1K"},
        {10'000, u"1K<n<10K"},
        {100'000, u"10K<n<100K"},
        {1'000'000, u"100K<n<1M"},
        {10'000'000, u"1M<n<10M"},
        {100'000'000, u"10M<n<100M"},
        {1'000'000'000, u"100M<n<1B"},
    };
    for (const auto &[below, name] : buckets) {
        if (records < below)
            return QString::fromUtf16(name);
    }
    return QStringLiteral("n>1B");
}

QByteArray datasetCard(const CardFacts &facts)
{
    const ExportOptions &options = facts.options;
    const CardOptions card = options.card.value_or(CardOptions {});
    const Design::ProjectDesign *design = facts.design ? &*facts.design : nullptr;
    qint64 records = 0;
    for (const qint64 n : facts.splitRecords)
        records += n;
    QString name = card.prettyName;
    if (name.isEmpty() && design != nullptr)
        name = design->name;
    if (name.isEmpty())
        name = QStringLiteral("Synthetic dataset");

    YAML::Emitter yaml;
    yaml.SetIndent(2);
    yaml << YAML::BeginMap;
    yaml << YAML::Key << "license" << YAML::Value
         << utf8(card.license.isEmpty() ? QStringLiteral("other") : card.license);
    yaml << YAML::Key << "language" << YAML::Value << YAML::BeginSeq;
    for (const QString &language : card.languages)
        yaml << utf8(language);
    yaml << YAML::EndSeq;
    yaml << YAML::Key << "pretty_name" << YAML::Value << utf8(name);
    yaml << YAML::Key << "task_categories" << YAML::Value << YAML::BeginSeq;
    for (const QString &task : taskCategories(options.format))
        yaml << utf8(task);
    yaml << YAML::EndSeq;
    yaml << YAML::Key << "tags" << YAML::Value << YAML::BeginSeq;
    for (const QString &tag : tags(options.format))
        yaml << utf8(tag);
    yaml << YAML::EndSeq;
    yaml << YAML::Key << "size_categories" << YAML::Value << YAML::BeginSeq << utf8(sizeCategory(records))
         << YAML::EndSeq;
    yaml << YAML::Key << "configs" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    yaml << YAML::Key << "config_name" << YAML::Value << "default";
    yaml << YAML::Key << "data_files" << YAML::Value << YAML::BeginSeq;
    for (const char16_t *split : {u"train", u"validation"}) {
        const QString file = facts.splitFiles.value(QString::fromUtf16(split));
        if (file.isEmpty())
            continue;
        yaml << YAML::BeginMap << YAML::Key << "split" << YAML::Value << utf8(QString::fromUtf16(split)) << YAML::Key
             << "path" << YAML::Value << utf8(file) << YAML::EndMap;
    }
    yaml << YAML::EndSeq << YAML::EndMap << YAML::EndSeq;
    yaml << YAML::EndMap;

    QString body;
    body += QStringLiteral("# %1\n\n").arg(name);
    if (design != nullptr && !design->description.trimmed().isEmpty())
        body += design->description.trimmed() + QStringLiteral("\n\n");
    body += QStringLiteral("Synthetic data made with %1 %2, exported in the **%3** format. %4\n\n")
                .arg(ProductInfo::name(), ProductInfo::version(), formatName(options.format),
                     formatSummary(options.format));

    body += QStringLiteral("## Files\n\n| split | file | records |\n| --- | --- | --- |\n");
    for (auto it = facts.splitFiles.cbegin(); it != facts.splitFiles.cend(); ++it)
        body += QStringLiteral("| %1 | %2 | %3 |\n")
                    .arg(it.key(), it.value(), number(facts.splitRecords.value(it.key())));
    body += QStringLiteral("\n%1 samples gave %2 records.").arg(number(facts.samples), number(records));
    if (options.split) {
        body += QStringLiteral(" Split %1 train / %2 validation by sample (every record of a sample is in the "
                               "same split), drawn with seed %3%4.")
                    .arg(fixed(options.split->trainRatio * 100) + u'%',
                         fixed((1 - options.split->trainRatio) * 100) + u'%')
                    .arg(options.seed)
                    .arg(options.split->stratifyByTopic ? QStringLiteral(", stratified by topic") : QString());
    }
    if (options.shuffle)
        body += QStringLiteral(" Records are shuffled with seed %1.").arg(options.seed);
    body += QStringLiteral("\n\n");

    body += QStringLiteral("## How it was made\n\n");
    if (!facts.modes.isEmpty()) {
        body += QStringLiteral("| mode | samples |\n| --- | --- |\n");
        for (auto it = facts.modes.cbegin(); it != facts.modes.cend(); ++it)
            body += QStringLiteral("| %1 | %2 |\n").arg(it.key(), number(it.value()));
        body += u'\n';
    }
    if (!facts.models.isEmpty()) {
        body += QStringLiteral("Models (by provider profile; messages in this export):\n\n"
                               "| profile | model | messages |\n| --- | --- | --- |\n");
        for (auto p = facts.models.cbegin(); p != facts.models.cend(); ++p) {
            for (auto m = p->cbegin(); m != p->cend(); ++m)
                body += QStringLiteral("| %1 | %2 | %3 |\n").arg(cell(p.key()), cell(m.key()), number(m.value()));
        }
        body += u'\n';
    }
    if (design != nullptr) {
        const Design::GenerationSettings &g = design->generation;
        body += QStringLiteral("Generation settings: user simulator %1 (%2), assistant %3 (%4); %5 to %6 "
                               "exchanges per conversation; seed %7.\n\n")
                    .arg(profileName(g.userProfile), sampling(g.userSampling), profileName(g.assistantProfile),
                         sampling(g.assistantSampling))
                    .arg(g.minTurns)
                    .arg(g.maxTurns)
                    .arg(g.seed);
        body += QStringLiteral("The design has %1 root topics, %2 personas, %3 scenarios and %4 documents.\n\n")
                    .arg(design->topics.size())
                    .arg(design->personas.size())
                    .arg(design->scenarios.size())
                    .arg(design->documents.size());
    }

    body += QStringLiteral("## Selection and filters\n\n");
    body += options.ids.isEmpty()
        ? (options.approvedOnly ? QStringLiteral("- Samples a reviewer approved.\n")
                                : QStringLiteral("- Every complete sample a reviewer did not reject.\n"))
        : QStringLiteral("- %1 samples chosen by hand.\n").arg(number(options.ids.size()));
    if (options.quality) {
        const Store::QualityFilter &q = *options.quality;
        if (!q.rules.isEmpty())
            body += QStringLiteral("- Quality filter rules: %1.\n").arg(q.rules.join(QStringLiteral(", ")));
        if (q.minJudgeScore) {
            QString rubric;
            if (design != nullptr)
                rubric = QStringLiteral(" on the rubric \"%1\"").arg(design->quality.rubric);
            body += QStringLiteral("- Judge threshold: at least %1 (scale %2–%3)%4; unjudged samples kept.\n")
                        .arg(fixed(*q.minJudgeScore), fixed(q.scaleMin), fixed(q.scaleMax), rubric);
        }
        if (q.hideDuplicates) {
            body += QStringLiteral("- Duplicates left out (exact, and near duplicates from a MinHash similarity "
                                   "of %1).\n")
                        .arg(design != nullptr ? fixed(design->quality.duplicateThreshold) : QStringLiteral("?"));
        }
        if (facts.quality) {
            const Store::QualityCounts &c = *facts.quality;
            QStringList parts;
            for (auto it = c.byRule.cbegin(); it != c.byRule.cend(); ++it) {
                if (q.rules.contains(it.key()) && it.value() > 0)
                    parts.append(QStringLiteral("%1 %2").arg(number(it.value()), it.key()));
            }
            if (q.minJudgeScore && c.belowJudge > 0)
                parts.append(QStringLiteral("%1 judged below the threshold").arg(number(c.belowJudge)));
            if (q.hideDuplicates && c.duplicates > 0)
                parts.append(QStringLiteral("%1 duplicates").arg(number(c.duplicates)));
            body += QStringLiteral("- Left out by them: %1 of %2 samples%3.\n")
                        .arg(number(c.removed), number(c.total),
                             parts.isEmpty() ? QString()
                                             : QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + u')');
        }
    } else {
        body += QStringLiteral("- No quality filter was applied.\n");
    }
    for (auto it = facts.skippedReasons.cbegin(); it != facts.skippedReasons.cend(); ++it)
        body += QStringLiteral("- Skipped %1 samples: %2.\n").arg(number(it.value()), it.key());
    body += QStringLiteral("- System prompts are %1.\n")
                .arg(options.includeSystem ? QStringLiteral("included") : QStringLiteral("left out"));
    body += QStringLiteral("\n## Licence\n\nThe licence above is the one chosen at export. The texts were written "
                           "by the models listed; their providers' terms of use may restrict how model outputs "
                           "are used for training.\n");

    QByteArray out("---\n");
    out.append(yaml.c_str(), qsizetype(yaml.size()));
    out.append("\n---\n\n");
    out.append(body.toUtf8());
    return out;
}

} // namespace Dialogsmith::Export

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "import/taxonomyimport.h"

#include "design/projectspec.h"
#include "import/designimport.h"

#include <QTest>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(DIALOGSMITH_IMPORT_DATA_DIR "/") + name;
}

const Design::Topic *findTopic(const QList<Design::Topic> &topics, const QStringList &path)
{
    for (const Design::Topic &topic : topics) {
        if (topic.name != path.constFirst())
            continue;
        return path.size() == 1 ? &topic : findTopic(topic.children, path.mid(1));
    }
    return nullptr;
}

} // namespace

class TaxonomyImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knowledgeAndSkills_becomeSeedsTopicsAndDocuments()
    {
        QString error;
        const auto additions = Import::TaxonomyImport::read(data(u"taxonomy"_s), &error);
        QVERIFY2(additions, qPrintable(error));

        // Skill questions (with their context when grounded) and knowledge questions are seeds.
        QVERIFY(additions->seeds.contains(u"Write a haiku about a cup of tea."_s));
        QVERIFY(
            additions->seeds.contains(u"Write a haiku about this object.\n\nA red umbrella left open on a balcony."_s));
        QVERIFY(additions->seeds.contains(u"What is the Phoenix constellation named after?"_s));
        QVERIFY(additions->seeds.contains(u"When was the Treaty of Westphalia signed?"_s));
        QCOMPARE(additions->seeds.size(), 7);

        // The folders below knowledge/ and compositional_skills/ are the topic tree.
        const Design::Topic *haiku = findTopic(additions->topics, {u"writing"_s, u"poetry"_s, u"haiku"_s});
        QVERIFY(haiku);
        QCOMPARE(haiku->description, u"Writing haiku about everyday things"_s);
        const Design::Topic *constellations
            = findTopic(additions->topics, {u"science"_s, u"astronomy"_s, u"constellations"_s});
        QVERIFY(constellations);
        QVERIFY(findTopic(additions->topics, {u"history"_s, u"missing docs"_s}));

        // The repository checked out next to the taxonomy is read (only the files its patterns name); the
        // one that is not on this machine is named, and its contexts stand in for it.
        QCOMPARE(additions->documents.size(), 2);
        // Files in order: history/missing_docs before science/astronomy.
        QCOMPARE(additions->documents.at(0).title, u"history/missing_docs (seed contexts)"_s);
        QVERIFY(additions->documents.at(0).text.contains(u"Treaty of Westphalia"_s));
        QCOMPARE(additions->documents.at(1).title, u"phoenix.md"_s);
        QVERIFY(additions->documents.at(1).text.contains(u"Uranometria"_s));
        QVERIFY(additions->documents.at(1).source.endsWith(u"astronomy-docs/phoenix.md"_s));
        const QString warnings = additions->warnings.join(u'\n');
        QVERIFY2(warnings.contains(u"https://github.com/example/history-docs-not-cloned.git"_s), qPrintable(warnings));
        QVERIFY2(warnings.contains(u"nothing is downloaded"_s), qPrintable(warnings));
    }

    void merge_addsWithoutDuplicates_andPassesTheSpecCheck()
    {
        QString error;
        const auto additions = Import::TaxonomyImport::read(data(u"taxonomy"_s), &error);
        QVERIFY2(additions, qPrintable(error));
        Design::ProjectDesign design;
        design.name = u"Mine"_s;
        design.modes.seeds = {u"Write a haiku about a cup of tea."_s};
        QVERIFY2(Import::DesignMerge::problems(design, *additions).isEmpty(),
                 qPrintable(Import::DesignMerge::problems(design, *additions).join(u'\n')));
        const Design::ProjectDesign merged = Import::DesignMerge::merged(design, *additions);
        QCOMPARE(merged.modes.seeds.size(), 7);
        QCOMPARE(merged.modes.seeds.constFirst(), u"Write a haiku about a cup of tea."_s);
        QCOMPARE(merged.documents.size(), 2);
        const QString summary = Import::DesignMerge::summary(design, *additions);
        QVERIFY2(summary.contains(u"6 seed"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"2 document"_s), qPrintable(summary));
        // Merging twice adds nothing more.
        QCOMPARE(Import::DesignMerge::merged(merged, *additions), merged);
        QCOMPARE(Import::DesignMerge::summary(merged, *additions), u"Nothing new to add."_s);
    }

    void brokenYaml_namesFileLineAndColumn()
    {
        QString error;
        QVERIFY(!Import::TaxonomyImport::read(data(u"broken-taxonomy"_s), &error));
        QVERIFY2(error.contains(u"qna.yaml, line "_s), qPrintable(error));
        QVERIFY2(error.contains(u"column"_s), qPrintable(error));
    }

    void readQna_reportsWrongShapes_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("message");
        QTest::newRow("list") << QByteArray("- a\n- b\n") << u"mapping"_s;
        QTest::newRow("no seeds") << QByteArray("version: 2\ntask_description: x\n") << u"seed_examples is missing"_s;
        QTest::newRow("seeds not list") << QByteArray("seed_examples: 3\n")
                                        << u"line 1, column 16: seed_examples must be a list"_s;
        QTest::newRow("no answer") << QByteArray("seed_examples:\n  - question: q\n")
                                   << u"seed_examples[0].answer is missing"_s;
        QTest::newRow("qa not list") << QByteArray(
            "domain: d\nseed_examples:\n  - context: c\n    questions_and_answers: x\n")
                                     << u"questions_and_answers must be a list"_s;
        QTest::newRow("version") << QByteArray("version: two\nseed_examples: []\n") << u"whole number"_s;
    }

    void readQna_reportsWrongShapes()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Import::TaxonomyImport::readQna(yaml, u"qna.yaml"_s, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TaxonomyImportTest)
#include "taxonomyimport_test.moc"

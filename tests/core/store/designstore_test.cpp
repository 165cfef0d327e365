// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/designstore.h"

#include "design/projectspec.h"
#include "project/projectfile.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;

namespace {

Design::ProjectDesign sampleDesign()
{
    Design::ProjectDesign d;
    d.name = u"Physics tutoring"_s;
    d.description = u"Students ask about mechanics."_s;
    Design::Topic mechanics {u"Mechanics"_s, u"Forces and motion."_s, 2, {}};
    mechanics.children = {{u"Newton's laws"_s, {}, 1, {}}, {u"Energy"_s, u"Work and power."_s, 1, {}}};
    d.topics = {mechanics, {u"Optics"_s, {}, 1, {}}};
    Design::Persona student;
    student.name = u"Mia"_s;
    student.side = Design::Side::User;
    student.mood = u"curious"_s;
    Design::Persona tutor;
    tutor.name = u"Dr. Okafor"_s;
    tutor.side = Design::Side::Assistant;
    d.personas = {student, tutor};
    d.scenarios = {{u"The evening before a quiz."_s, 1}};
    d.documents = {{u"Forces"_s, u"forces.md"_s, u"A force changes an object's motion. ✓"_s},
                   {u"Energy"_s, u"energy.md"_s, u"Energy is conserved."_s},
                   {u"Light"_s, u"pasted"_s, u"Light travels in straight lines."_s}};
    d.chunking = {400, 40};
    Llm::ProviderProfile local;
    local.name = u"local"_s;
    local.model = u"local-model"_s;
    local.endpoints = {{u"http://127.0.0.1:8080/v1"_s, {}}};
    d.providers = {local};
    d.generation.count = 12;
    d.generation.minTurns = 2;
    d.generation.maxTurns = 4;
    d.generation.userProfile = u"local"_s;
    d.generation.assistantProfile = u"local"_s;
    d.generation.seed = 77;
    return d;
}

struct DocumentRow {
    qint64 id = 0;
    int position = 0;
    QString title;
    friend bool operator==(const DocumentRow &, const DocumentRow &) = default;
};

QList<DocumentRow> documentRows(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(u"SELECT id, position, title FROM documents ORDER BY position"_s);
    QList<DocumentRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString()});
    return rows;
}

} // namespace

class DesignStoreTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectFile> m_project;

    QString path() const { return m_dir->filePath(u"design.dialogsmith"_s); }

    Store::StoredDesign loadOrFail()
    {
        QString error;
        const auto stored = Store::DesignStore(m_project->database()).load(&error);
        if (!stored)
            qWarning("load failed: %s", qPrintable(error));
        return stored.value_or(Store::StoredDesign {});
    }

    bool save(const Design::ProjectDesign &design)
    {
        QString error;
        const bool ok = Store::DesignStore(m_project->database()).save(design, &error);
        if (!ok)
            qWarning("save failed: %s", qPrintable(error));
        return ok;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_project = ProjectFile::create(path(), &error);
        QVERIFY2(m_project, qPrintable(error));
    }

    void cleanup()
    {
        m_project.reset();
        m_dir.reset();
    }

    void newProject_loadsTheDefaultDesign()
    {
        QString error;
        const auto stored = Store::DesignStore(m_project->database()).load(&error);
        QVERIFY2(stored, qPrintable(error));
        QVERIFY(stored->design == Design::ProjectDesign());
        QVERIFY(stored->documentIds.isEmpty());
    }

    void saveThenLoad_givesTheSameDesign_alsoAfterReopening()
    {
        const Design::ProjectDesign design = sampleDesign();
        QVERIFY(save(design));
        Store::StoredDesign stored = loadOrFail();
        QCOMPARE(stored.design.topics, design.topics);
        QCOMPARE(stored.design.personas, design.personas);
        QCOMPARE(stored.design.documents, design.documents);
        QCOMPARE(stored.design.generation, design.generation);
        QVERIFY(stored.design == design);
        QCOMPARE(stored.documentIds.size(), 3);
        QCOMPARE(stored.documentHashes.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(stored.documentHashes.at(i), Store::DesignStore::hashText(design.documents.at(i).text));

        // What is on disk, not what a connection cached.
        m_project.reset();
        QString error;
        m_project = ProjectFile::open(path(), &error);
        QVERIFY2(m_project, qPrintable(error));
        const Store::StoredDesign reopened = loadOrFail();
        QVERIFY(reopened.design == design);
        QCOMPARE(reopened.documentIds, stored.documentIds);
    }

    void hashText_isTheHexSha256OfTheUtf8Text()
    {
        QCOMPARE(Store::DesignStore::hashText(u"abc"_s),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void unchangedDocuments_keepTheirIds_changedOnesGetNewIds()
    {
        Design::ProjectDesign design = sampleDesign();
        QVERIFY(save(design));
        const QList<qint64> first = loadOrFail().documentIds;
        QCOMPARE(first.size(), 3);

        // Saving the same design again changes nothing.
        QVERIFY(save(design));
        QCOMPARE(loadOrFail().documentIds, first);

        // Another part of the design changes: the documents stay.
        design.topics.append({u"Thermodynamics"_s, {}, 1, {}});
        QVERIFY(save(design));
        QCOMPARE(loadOrFail().documentIds, first);

        // The second document's text changes: only it gets a new id, and its old row is gone.
        design.documents[1].text = u"Energy is conserved in a closed system."_s;
        QVERIFY(save(design));
        const Store::StoredDesign changed = loadOrFail();
        QCOMPARE(changed.documentIds.size(), 3);
        QCOMPARE(changed.documentIds.at(0), first.at(0));
        QVERIFY(!first.contains(changed.documentIds.at(1)));
        QCOMPARE(changed.documentIds.at(2), first.at(2));
        QCOMPARE(changed.design.documents.at(1).text, design.documents.at(1).text);
        QCOMPARE(changed.documentHashes.at(1), Store::DesignStore::hashText(design.documents.at(1).text));
        QCOMPARE(documentRows(m_project->database()).size(), 3);

        // A changed title is a changed document too.
        design.documents[0].title = u"Forces and motion"_s;
        QVERIFY(save(design));
        const QList<qint64> retitled = loadOrFail().documentIds;
        QVERIFY(retitled.at(0) != first.at(0));
        QCOMPARE(retitled.at(2), first.at(2));
    }

    void reorderedDocuments_keepTheirIds_removedOnesAreGone()
    {
        Design::ProjectDesign design = sampleDesign();
        QVERIFY(save(design));
        const QList<qint64> ids = loadOrFail().documentIds;

        // Light first, Forces last, Energy removed.
        design.documents = {design.documents.at(2), design.documents.at(0)};
        QVERIFY(save(design));
        const Store::StoredDesign stored = loadOrFail();
        QCOMPARE(stored.design.documents, design.documents);
        QCOMPARE(stored.documentIds, (QList<qint64> {ids.at(2), ids.at(0)}));
        QCOMPARE(documentRows(m_project->database()),
                 (QList<DocumentRow> {{ids.at(2), 0, u"Light"_s}, {ids.at(0), 1, u"Forces"_s}}));
    }

    void identicalDocuments_eachKeepTheirOwnRow()
    {
        Design::ProjectDesign design = sampleDesign();
        design.documents = {design.documents.at(0), design.documents.at(0)};
        QVERIFY(save(design));
        const QList<qint64> ids = loadOrFail().documentIds;
        QCOMPARE(ids.size(), 2);
        QVERIFY(ids.at(0) != ids.at(1));
        QVERIFY(save(design));
        QCOMPARE(loadOrFail().documentIds, ids);
        // One of the twins removed: the other keeps its id.
        design.documents.removeLast();
        QVERIFY(save(design));
        QCOMPARE(loadOrFail().documentIds, QList<qint64> {ids.at(0)});
    }

    void damagedDesign_isReportedWithWhereItIsDamaged()
    {
        QVERIFY(save(sampleDesign()));
        QSqlQuery q(m_project->database());
        // Cut short, as a half-written value would be.
        QVERIFY(q.exec(u"UPDATE design SET value = substr(value, 1, 60) WHERE key = 'spec'"_s));
        QString error;
        const auto stored = Store::DesignStore(m_project->database()).load(&error);
        QVERIFY(!stored);
        QVERIFY2(error.contains(u"the project's design"_s), qPrintable(error));
        QVERIFY2(error.contains(u"line "_s) && error.contains(u"column "_s), qPrintable(error));
    }

    void designWithAnInvalidValue_isReportedByItsPath()
    {
        QVERIFY(save(sampleDesign()));
        QSqlQuery q(m_project->database());
        QVERIFY(q.exec(u"SELECT value FROM design WHERE key = 'spec'"_s));
        QVERIFY(q.next());
        QString spec = q.value(0).toString();
        q.finish();
        QVERIFY(spec.contains(u"\"side\": \"user\""_s));
        spec.replace(u"\"side\": \"user\""_s, u"\"side\": \"narrator\""_s);
        QVERIFY(q.prepare(u"UPDATE design SET value = ? WHERE key = 'spec'"_s));
        q.addBindValue(spec);
        QVERIFY(q.exec());
        QString error;
        QVERIFY(!Store::DesignStore(m_project->database()).load(&error));
        QVERIFY2(error.contains(u"personas[0].side"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(DesignStoreTest)
#include "designstore_test.moc"

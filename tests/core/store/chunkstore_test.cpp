// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/chunkstore.h"

#include "documents/chunker.h"
#include "store/designstore.h"
#include "support/storefixture.h"

#include <QTest>

using namespace Dialogsmith;
using namespace Dialogsmith::Store;
using namespace Qt::StringLiterals;

namespace {

const QString cells = u"Mitochondria make ATP through oxidative phosphorylation. The ATP synthase enzyme sits in the "
                      u"inner membrane and turns as protons flow back across it."_s;
const QString energy = u"In the inner membrane of mitochondria, the ATP synthase turns like a rotor: protons "
                       u"crossing the membrane drive it, and each turn makes ATP from ADP."_s;
const QString cooking = u"A good café au lait needs strong coffee and hot milk in equal parts, poured together "
                        u"into a wide bowl."_s;
const QString rivers = u"The Danube flows through ten countries before it reaches the Black Sea, more than any "
                       u"other river in the world."_s;

QStringList titles(const QList<ChunkHit> &hits)
{
    QStringList out;
    for (const ChunkHit &hit : hits)
        out.append(hit.documentTitle + u'#' + QString::number(hit.chunkIndex));
    return out;
}

} // namespace

class ChunkStoreTest : public QObject, private Test::StoreFixture
{
    Q_OBJECT

private:
    Design::ProjectDesign m_design;

    void saveDocuments(const QList<std::pair<QString, QString>> &documents)
    {
        m_design.documents.clear();
        for (const auto &[title, text] : documents)
            m_design.documents.append({title, u"pasted"_s, text});
        QString error;
        QVERIFY2(DesignStore(db()).save(m_design, &error), qPrintable(error));
    }

    ChunkStore::Update update(const Design::ChunkSettings &settings)
    {
        QString error;
        const auto result = ChunkStore(db()).update(settings, &error);
        if (!result)
            qWarning("update failed: %s", qPrintable(error));
        return result.value_or(ChunkStore::Update {-1, -1});
    }

    QList<ChunkHit> search(const QString &typed)
    {
        QString error;
        const auto hits = ChunkStore(db()).search(typed, 10, &error);
        if (!hits)
            qWarning("search failed: %s", qPrintable(error));
        return hits.value_or(QList<ChunkHit>());
    }

    qint64 chunkId(const QString &title, int index)
    {
        QSqlQuery q(db());
        q.prepare(
            u"SELECT c.id FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.title = ? AND c.chunk_index = ?"_s);
        q.addBindValue(title);
        q.addBindValue(index);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    bool indexIsSound()
    {
        return QSqlQuery(db()).exec(u"INSERT INTO chunks_fts (chunks_fts) VALUES ('integrity-check')"_s);
    }

private Q_SLOTS:
    void init() { openNewProject(u"chunks.dialogsmith"_s); }
    void cleanup() { closeProject(); }

    void update_cutsEachDocumentOnce()
    {
        const QString longText = QString(cells + u"\n\n"_s + energy + u"\n\n"_s).repeated(4);
        saveDocuments({{u"Cells"_s, longText}, {u"Rivers"_s, rivers}});
        const Design::ChunkSettings settings {200, 40};
        const ChunkStore::Update first = update(settings);
        QCOMPARE(first.documentsChunked, 2);
        QCOMPARE(first.chunks, Documents::chunkText(longText, settings).size() + 1);

        const ChunkStore::Update again = update(settings);
        QCOMPARE(again.documentsChunked, 0);
        QCOMPARE(again.chunks, first.chunks);

        // Each chunk is the chunker's piece of its document, in order.
        QString error;
        const auto document = ChunkStore(db()).chunk(1, 0, &error);
        QVERIFY2(document, qPrintable(error));
        const auto chunks = ChunkStore(db()).chunksOf(document->documentId, &error);
        QVERIFY2(chunks, qPrintable(error));
        const QList<Documents::ChunkSpan> spans = Documents::chunkText(longText, settings);
        QCOMPARE(chunks->size(), spans.size());
        for (qsizetype i = 0; i < spans.size(); ++i) {
            QCOMPARE(chunks->at(i).chunkIndex, int(i));
            QCOMPARE(chunks->at(i).start, spans.at(i).start);
            QCOMPARE(chunks->at(i).text, longText.mid(spans.at(i).start, spans.at(i).length));
        }
        QVERIFY(!ChunkStore(db()).chunk(document->documentId, int(spans.size()), &error));
        QVERIFY(error.contains(u"no chunk"_s));
        QVERIFY(indexIsSound());
    }

    void changedDocument_isCutAgainAlone_removedOneLeavesNothing()
    {
        saveDocuments({{u"Cells"_s, cells}, {u"Cooking"_s, cooking}, {u"Rivers"_s, rivers}});
        QCOMPARE(update({1500, 200}).documentsChunked, 3);
        QCOMPARE(titles(search(u"Danube"_s)), QStringList {u"Rivers#0"_s});

        saveDocuments({{u"Cells"_s, cells}, {u"Rivers"_s, u"The Rhine rises in the Alps."_s}});
        const ChunkStore::Update after = update({1500, 200});
        QCOMPARE(after.documentsChunked, 1);
        QCOMPARE(after.chunks, 2);
        QVERIFY(search(u"Danube"_s).isEmpty()); // the old text is out of the index
        QVERIFY(search(u"coffee"_s).isEmpty()); // and so is the removed document
        QCOMPARE(titles(search(u"Rhine"_s)), QStringList {u"Rivers#0"_s});
        QCOMPARE(count(db(), u"SELECT count(*) FROM chunked_documents"_s), 2);
        // Term counts follow: "danube" and "coffee" are in no chunk now, "rhine" in one, "mitochondria" in one.
        QCOMPARE(count(db(), u"SELECT count(*) FROM chunk_terms WHERE term IN ('danube', 'coffee')"_s), 0);
        QCOMPARE(count(db(), u"SELECT chunks FROM chunk_terms WHERE term = 'rhine'"_s), 1);
        QCOMPARE(count(db(), u"SELECT chunks FROM chunk_terms WHERE term = 'mitochondria'"_s), 1);
        QVERIFY(indexIsSound());
    }

    void changedSettings_cutEveryDocumentAgain()
    {
        saveDocuments({{u"Cells"_s, cells + u' ' + energy}, {u"Rivers"_s, rivers}});
        QCOMPARE(update({1500, 200}).chunks, 2);
        const ChunkStore::Update smaller = update({100, 0});
        QCOMPARE(smaller.documentsChunked, 2);
        QVERIFY(smaller.chunks > 3);
        QVERIFY(indexIsSound());
    }

    void cancelledUpdate_changesNothing()
    {
        saveDocuments({{u"Cells"_s, cells}, {u"Rivers"_s, rivers}});
        QString error;
        int calls = 0;
        const auto result = ChunkStore(db()).update({1500, 200}, &error, [&calls](int done, int total) {
            ++calls;
            return done < total; // cancels after the last document was cut, before the commit
        });
        QVERIFY(!result);
        QVERIFY(error.contains(u"cancelled"_s));
        QCOMPARE(calls, 2);
        QCOMPARE(count(db(), u"SELECT count(*) FROM chunks"_s), 0);
        QCOMPARE(update({1500, 200}).documentsChunked, 2);
    }

    void search_ranksByRelevanceAndFoldsCaseAndAccents()
    {
        saveDocuments({{u"Cells"_s, cells}, {u"Energy"_s, energy}, {u"Cooking"_s, cooking}, {u"Rivers"_s, rivers}});
        update({1500, 200});
        // "synthase" is in two chunks; "rotor" only in one of them.
        QCOMPARE(titles(search(u"ATP synthase rotor"_s)), QStringList {u"Energy#0"_s});
        QCOMPARE(search(u"synthase"_s).size(), 2);
        QCOMPARE(titles(search(u"CAFE"_s)), QStringList {u"Cooking#0"_s});
        QCOMPARE(titles(search(u"café"_s)), QStringList {u"Cooking#0"_s});
        QCOMPARE(titles(search(u"phosphoryl"_s)), QStringList {u"Cells#0"_s}); // the last word is a prefix
        QVERIFY(search(u"phosphoryl "_s).isEmpty()); // unless a space ends it
        QVERIFY(search(u"?! \" -- OR AND NEAR("_s).isEmpty()); // never an FTS5 syntax error
        const QList<ChunkHit> hits = search(u"membrane"_s);
        QCOMPARE(hits.size(), 2);
        QVERIFY(hits.at(0).score >= hits.at(1).score);
        QVERIFY(hits.at(1).score > 0);
    }

    void related_findsChunksThatShareTheSubject()
    {
        saveDocuments({{u"Cells"_s, cells}, {u"Energy"_s, energy}, {u"Cooking"_s, cooking}, {u"Rivers"_s, rivers}});
        update({1500, 200});
        QString error;
        const auto related
            = ChunkStore(db()).related(chunkId(u"Cells"_s, 0), 3, ChunkStore::Scope::AnyDocument, &error);
        QVERIFY2(related, qPrintable(error));
        QVERIFY(!related->isEmpty());
        QCOMPARE(related->first().documentTitle, u"Energy"_s);
        QVERIFY(!titles(*related).contains(u"Cells#0"_s));

        const auto retrieved
            = ChunkStore(db()).retrieve(u"How does the ATP synthase in mitochondria work?"_s, 1, &error);
        QVERIFY2(retrieved, qPrintable(error));
        QCOMPARE(retrieved->size(), 1);
        QVERIFY(retrieved->first().documentTitle == u"Energy"_s || retrieved->first().documentTitle == u"Cells"_s);

        QVERIFY(!ChunkStore(db()).related(999999, 3, ChunkStore::Scope::AnyDocument, &error));
        QVERIFY(error.contains(u"999999"_s));
    }

    void related_inOtherDocumentsLeavesItsOwnOut()
    {
        const QString longCells = cells + u"\n\n"_s + cells.toUpper() + u" Also about mitochondria."_s;
        saveDocuments({{u"Cells"_s, longCells}, {u"Energy"_s, energy}, {u"Rivers"_s, rivers}});
        update({160, 0});
        QString error;
        const auto any = ChunkStore(db()).related(chunkId(u"Cells"_s, 0), 5, ChunkStore::Scope::AnyDocument, &error);
        QVERIFY2(any, qPrintable(error));
        QVERIFY(titles(*any).contains(u"Cells#1"_s));
        const auto others
            = ChunkStore(db()).related(chunkId(u"Cells"_s, 0), 5, ChunkStore::Scope::OtherDocuments, &error);
        QVERIFY2(others, qPrintable(error));
        QVERIFY(!others->isEmpty());
        QCOMPARE(titles(*others).first(), u"Energy#0"_s);
        for (const ChunkHit &hit : *others)
            QVERIFY(hit.documentTitle != u"Cells"_s);
    }

    void indexTerms_foldAsTheIndexDoes()
    {
        QCOMPARE(ChunkStore::indexTerms(u"Café CAFÉ naïve X-ray 42, x"_s),
                 (QStringList {u"cafe"_s, u"naive"_s, u"x"_s, u"ray"_s, u"42"_s}));
        QVERIFY(ChunkStore::indexTerms(u" -- !"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(ChunkStoreTest)
#include "chunkstore_test.moc"

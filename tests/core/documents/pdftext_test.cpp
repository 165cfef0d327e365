// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// PDF import on real files: written here with Qt's PDF writer (this test links QtGui for it; the importer
// does not), one hand-built RC4-encrypted PDF, and broken ones.
#include "documents/pdftext.h"

#include "documents/importer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrentRun>

#include <array>
#include <memory>
#include <poppler-document.h>
#include <poppler-page.h>

using namespace Dialogsmith;
using namespace Dialogsmith::Documents;

namespace {

// Pages of text, each laid out on A4 with word wrap; an empty line in a page's text is a paragraph gap.
void writePdf(const QString &path, const QStringList &pages, const QString &title = {})
{
    QPdfWriter writer(path);
    writer.setResolution(72); // painter units are points
    writer.setPageSize(QPageSize(QPageSize::A4));
    if (!title.isEmpty())
        writer.setTitle(title);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(11);
    painter.setFont(font);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QRectF(72, 72, 451, 700), Qt::TextWordWrap, pages[i]);
    }
}

QByteArray rc4(const QByteArray &key, const QByteArray &data)
{
    std::array<quint8, 256> s {};
    for (int i = 0; i < 256; ++i)
        s[size_t(i)] = quint8(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[size_t(i)] + quint8(key[i % key.size()])) & 0xFF;
        std::swap(s[size_t(i)], s[size_t(j)]);
    }
    QByteArray out = data;
    for (qsizetype n = 0, i = 0, j = 0; n < out.size(); ++n) {
        i = (i + 1) & 0xFF;
        j = (j + s[size_t(i)]) & 0xFF;
        std::swap(s[size_t(i)], s[size_t(j)]);
        out[n] = char(quint8(out[n]) ^ s[(s[size_t(i)] + s[size_t(j)]) & 0xFF]);
    }
    return out;
}

QByteArray md5(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5);
}

// A one-page PDF encrypted with the standard security handler, revision 2 (40-bit RC4), whose user
// password is `userPassword`: what PDF writers made for years, and what Poppler must refuse to open
// without the password.
QByteArray encryptedPdf(const QByteArray &userPassword, const QByteArray &ownerPassword, const QByteArray &text)
{
    static const unsigned char paddingBytes[32]
        = {0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
           0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A};
    const QByteArray padding(reinterpret_cast<const char *>(paddingBytes), 32);
    const auto pad
        = [&](const QByteArray &password) { return password.left(32) + padding.left(32 - password.left(32).size()); };
    const QByteArray id = "DialogsmithTest!";
    const qint32 permissions = -44;
    QByteArray p(4, '\0');
    for (int i = 0; i < 4; ++i)
        p[i] = char((quint32(permissions) >> (8 * i)) & 0xFF);

    const QByteArray owner = rc4(md5(pad(ownerPassword)).left(5), pad(userPassword));
    const QByteArray key = md5(pad(userPassword) + owner + p + id).left(5);
    const QByteArray user = rc4(key, padding);
    const QByteArray content = "BT /F1 24 Tf 72 720 Td (" + text + ") Tj ET";
    const QByteArray objectKey = md5(key + QByteArray("\x04\x00\x00\x00\x00", 5)).left(10);
    const QByteArray sealed = rc4(objectKey, content);

    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    const auto object = [&](const QByteArray &body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
           "/Resources << /Font << /F1 5 0 R >> >> >>");
    object("<< /Length " + QByteArray::number(sealed.size()) + " >>\nstream\n" + sealed + "\nendstream");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    object("<< /Filter /Standard /V 1 /R 2 /O <" + owner.toHex() + "> /U <" + user.toHex() + "> /P "
           + QByteArray::number(permissions) + " >>");
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R /Encrypt 6 0 R /ID [<"
        + id.toHex() + "> <" + id.toHex() + ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

const QString firstParagraph = QStringLiteral(
    "The first paragraph of the first page is long enough to wrap over several lines of the page, so that the "
    "importer has to put the lines of one paragraph back together in their reading order.");

} // namespace

class PdfTextTest : public QObject
{
    Q_OBJECT

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_dir;
    QString m_threePages;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_threePages = m_dir.filePath(QStringLiteral("three-pages.pdf"));
        writePdf(m_threePages,
                 {firstParagraph + QStringLiteral("\n\nA second paragraph, after a gap."),
                  QStringLiteral("Page two: Gr\u00FC\u00DFe aus K\u00F6ln, caf\u00E9 cr\u00E8me."),
                  QStringLiteral("Page three ends the document.")},
                 QStringLiteral("A Test Document"));
    }

    void multiPagePdf_givesItsTextPageByPage()
    {
        QList<std::pair<int, int>> calls;
        const ImportResult result = importFile(m_threePages, {}, [&](int done, int total) {
            calls.append({done, total});
            return true;
        });
        QVERIFY2(result, qPrintable(result.error));
        const ImportedDocument &imported = *result.imported;
        QCOMPARE(imported.kind, DocumentKind::Pdf);
        QCOMPARE(imported.pages, 3);
        QCOMPARE(imported.document.title, QStringLiteral("A Test Document"));
        QCOMPARE(imported.document.source, QStringLiteral("three-pages.pdf"));
        QVERIFY2(imported.warnings.isEmpty(), qPrintable(imported.warnings.join(u'\n')));
        QCOMPARE(calls, (QList<std::pair<int, int>> {{1, 3}, {2, 3}, {3, 3}}));

        // Paragraphs (and pages) apart by a blank line; the wrapped lines of one paragraph in order.
        const QStringList paragraphs = imported.document.text.split(QStringLiteral("\n\n"));
        QCOMPARE(paragraphs.size(), 4);
        QVERIFY2(paragraphs[0].contains(u'\n'), qPrintable(paragraphs[0]));
        QCOMPARE(paragraphs[0].simplified(), firstParagraph);
        QCOMPARE(paragraphs[1], QStringLiteral("A second paragraph, after a gap."));
        QCOMPARE(paragraphs[2], QStringLiteral("Page two: Gr\u00FC\u00DFe aus K\u00F6ln, caf\u00E9 cr\u00E8me."));
        QCOMPARE(paragraphs[3], QStringLiteral("Page three ends the document."));
    }

    void hyphenatedLineEnds_areJoined()
    {
        // Lines broken by hand at a hyphen: joined with the hyphen kept (a real compound stays whole), but
        // not before a capital, which starts something new.
        const QString path = m_dir.filePath(QStringLiteral("hyphens.pdf"));
        writePdf(path, {QStringLiteral("A manipu-\nlation of words, a well-\nknown trick, and a line-\nEnd kept.")});
        const ImportResult result = importFile(path);
        QVERIFY2(result, qPrintable(result.error));
        QCOMPARE(result.imported->document.text,
                 QStringLiteral("A manipu-lation of words, a well-known trick, and a line-\nEnd kept."));
    }

    void pdfWithoutATitle_isTitledByItsFileName()
    {
        const QString path = m_dir.filePath(QStringLiteral("Annual report 2025.pdf"));
        writePdf(path, {QStringLiteral("Some text.")});
        const ImportResult result = importFile(path);
        QVERIFY2(result, qPrintable(result.error));
        QCOMPARE(result.imported->document.title, QStringLiteral("Annual report 2025"));
    }

    void pdf_isFoundByItsHeaderWhateverItsName()
    {
        QFile file(m_threePages);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ImportResult result = importBytes(file.readAll(), QStringLiteral("download.txt"));
        QVERIFY2(result, qPrintable(result.error));
        QCOMPARE(result.imported->kind, DocumentKind::Pdf);
        QCOMPARE(result.imported->pages, 3);
    }

    void cancelling_stopsBetweenPages()
    {
        QList<int> pages;
        const ImportResult result = importFile(m_threePages, {}, [&](int done, int) {
            pages.append(done);
            return done < 2;
        });
        QVERIFY(!result);
        QVERIFY(result.cancelled);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(pages, (QList<int> {1, 2}));
    }

    void pdfs_importOnSeveralThreadsAtOnce()
    {
        const QString expected = importFile(m_threePages).imported->document.text;
        QList<QFuture<ImportResult>> futures;
        for (int i = 0; i < 6; ++i)
            futures.append(QtConcurrent::run([path = m_threePages] { return importFile(path); }));
        for (QFuture<ImportResult> &future : futures) {
            const ImportResult result = future.result();
            QVERIFY2(result, qPrintable(result.error));
            QCOMPARE(result.imported->document.text, expected);
        }
    }

    void scannedPdf_hasNoTextLayer()
    {
        const QString path = m_dir.filePath(QStringLiteral("scan.pdf"));
        {
            QPdfWriter writer(path);
            writer.setResolution(72);
            QPainter painter(&writer);
            QImage image(400, 300, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter onImage(&image);
            onImage.drawText(QRect(10, 10, 380, 280), Qt::TextWordWrap, QStringLiteral("Pixels that look like text"));
            onImage.end();
            painter.drawImage(QPointF(72, 72), image);
        }
        const ImportResult result = importFile(path);
        QVERIFY(!result);
        QCOMPARE(result.error,
                 QDir::toNativeSeparators(path)
                     + QStringLiteral(" has no text layer (a scanned PDF needs OCR first)."));
    }

    void encryptedPdf_needsItsPassword()
    {
        const QByteArray pdf = encryptedPdf("user secret", "owner secret", "Confidential tea recipe");
        // The file is a real encrypted PDF: with its password Poppler reads it.
        const std::unique_ptr<poppler::document> unlocked(
            poppler::document::load_from_raw_data(pdf.constData(), int(pdf.size()), {}, "user secret"));
        QVERIFY(unlocked);
        QVERIFY(!unlocked->is_locked());
        const std::unique_ptr<poppler::page> page(unlocked->create_page(0));
        QVERIFY(page);
        const QByteArray utf8 = [&] {
            const poppler::byte_array bytes = page->text().to_utf8();
            return QByteArray(bytes.data(), qsizetype(bytes.size()));
        }();
        QVERIFY2(utf8.contains("Confidential tea recipe"), utf8.constData());

        const QString path = write(QStringLiteral("locked.pdf"), pdf);
        const ImportResult result = importFile(path);
        QVERIFY(!result);
        QCOMPARE(result.error,
                 QDir::toNativeSeparators(path)
                     + QStringLiteral(" is encrypted; Dialogsmith cannot read it without its password."));
    }

    void truncatedPdf_isIncomplete()
    {
        QFile file(m_threePages);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray whole = file.readAll();
        const QString path = write(QStringLiteral("cut.pdf"), whole.left(whole.size() / 2));
        const ImportResult result = importFile(path);
        // Qt writes the cross-reference table and the fonts last: half a file has no text Poppler can read.
        QCOMPARE(result.error,
                 QDir::toNativeSeparators(path)
                     + QStringLiteral(" is incomplete (the file ends before the end of the PDF) and no "
                                      "text could be read from it."));
        // Only the header left.
        const QString header = write(QStringLiteral("header.pdf"), whole.left(9));
        QVERIFY(
            importFile(header).error.startsWith(QDir::toNativeSeparators(header) + QStringLiteral(" is incomplete")));
    }

    void damagedPdf_isNamed()
    {
        const QString path = write(QStringLiteral("garbage.pdf"),
                                   "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"
                                   "trailer << /Root 9 0 R >>\n%%EOF\n");
        const ImportResult result = importFile(path);
        QVERIFY(!result);
        // Poppler's last complaint says why.
        QCOMPARE(result.error,
                 QDir::toNativeSeparators(path)
                     + QStringLiteral(" is a damaged PDF that cannot be read: Couldn't read page catalog"));
    }

    void fileThatIsNotAPdf_isNamed()
    {
        const QString text = write(QStringLiteral("notes.pdf"), "Just some notes, saved with the wrong name.\n");
        QCOMPARE(importFile(text).error,
                 QDir::toNativeSeparators(text) + QStringLiteral(" is not a PDF file (it does not start with %PDF-)."));
        const QString page = write(QStringLiteral("error-page.pdf"), "<!DOCTYPE html><html><body>404</body></html>");
        QCOMPARE(importFile(page).error,
                 QDir::toNativeSeparators(page) + QStringLiteral(" is not a PDF file: it is an HTML page."));
    }
};

QTEST_MAIN(PdfTextTest)
#include "pdftext_test.moc"

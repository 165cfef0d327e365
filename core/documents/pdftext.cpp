// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "documents/pdftext.h"

#include <QLoggingCategory>

#include <algorithm>
#include <climits>
#include <memory>
#include <mutex>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <poppler-rectangle.h>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcDocuments)

namespace Dialogsmith::Documents {

namespace {

// Poppler reports problems through one process-wide function; each import collects its own on its thread.
thread_local QString *t_popplerComplaint = nullptr;

void popplerMessage(const std::string &message, void *)
{
    QString text = QString::fromStdString(message).trimmed();
    qCDebug(lcDocuments).noquote() << "poppler:" << text;
    // The last complaint is the one that made Poppler give up.
    if (t_popplerComplaint) {
        if (text.startsWith(QStringLiteral("error: ")))
            text.remove(0, 7);
        *t_popplerComplaint = text;
    }
}

class PopplerComplaints final
{
public:
    explicit PopplerComplaints(QString *sink)
    {
        static std::once_flag installed;
        std::call_once(installed, [] { poppler::set_debug_error_function(popplerMessage, nullptr); });
        t_popplerComplaint = sink;
    }
    ~PopplerComplaints() { t_popplerComplaint = nullptr; }
    Q_DISABLE_COPY_MOVE(PopplerComplaints)
};

QString toQString(const poppler::ustring &text)
{
    return QString::fromUtf16(text.data(), qsizetype(text.size()));
}

// Typeset ligatures (U+FB00–U+FB06) as their letters: "ﬁrst" must be found when someone searches "first".
QString withoutLigatures(QString word)
{
    static const char16_t *const letters[] = {u"ff", u"fi", u"fl", u"ffi", u"ffl", u"st", u"st"};
    for (qsizetype i = word.size() - 1; i >= 0; --i) {
        const char16_t c = word[i].unicode();
        if (c >= 0xFB00 && c <= 0xFB06)
            word.replace(i, 1, QString::fromUtf16(letters[c - 0xFB00]));
    }
    return word;
}

enum class Hyphen { None, Hard, Soft };

// A word broken over two lines: a soft hyphen (U+00AD) is only there to break a word, so the word is joined
// and the hyphen goes. An ordinary hyphen between letters may be a word's own ("well-known") or added to
// break it ("manip-ulation"), which text cannot tell apart: the lines are joined and the hyphen stays, as
// pdftotext does, so nothing is lost and no compound is merged.
Hyphen hyphenAtEnd(const QString &line, const QString &next)
{
    if (line.size() < 2 || next.isEmpty() || !line[line.size() - 2].isLetter() || !next[0].isLower())
        return Hyphen::None;
    const QChar last = line.back();
    if (last == u'\u00AD')
        return Hyphen::Soft;
    return last == u'-' || last == u'\u2010' ? Hyphen::Hard : Hyphen::None;
}

// The words of a page (Poppler's reading order) put back into lines and paragraphs by where they are: a
// word that sits beside the last one continues its line; one below starts a new line, or a new paragraph
// when the gap is wider than most of a line, or when it goes back up (the next column).
QString pageText(const poppler::page &page)
{
    const std::vector<poppler::text_box> words = page.text_list();
    QString text;
    double lineTop = 0, lineBottom = 0, lastRight = 0;
    bool spaceAfter = false;
    bool first = true;
    for (const poppler::text_box &word : words) {
        const QString piece = withoutLigatures(toQString(word.text()));
        if (piece.isEmpty())
            continue;
        const poppler::rectf box = word.bbox();
        const double top = box.y(), bottom = box.y() + box.height();
        if (first) {
            text += piece;
            lineTop = top;
            lineBottom = bottom;
            first = false;
        } else {
            const double height = std::max(1.0, std::min(bottom - top, lineBottom - lineTop));
            const double overlap = std::min(bottom, lineBottom) - std::max(top, lineTop);
            const bool sameLine = overlap >= 0.5 * height && box.x() >= lastRight - 0.5 * height;
            if (sameLine) {
                if (spaceAfter)
                    text += u' ';
                text += piece;
                lineTop = std::min(lineTop, top);
                lineBottom = std::max(lineBottom, bottom);
            } else {
                const double lineHeight = std::max(1.0, lineBottom - lineTop);
                const bool paragraph = top - lineBottom > 0.8 * lineHeight || bottom < lineTop;
                while (text.endsWith(u' '))
                    text.chop(1);
                const Hyphen hyphen = paragraph ? Hyphen::None : hyphenAtEnd(text, piece);
                if (hyphen == Hyphen::Soft)
                    text.chop(1);
                else if (hyphen == Hyphen::None)
                    text += paragraph ? QStringLiteral("\n\n") : QStringLiteral("\n");
                text += piece;
                lineTop = top;
                lineBottom = bottom;
            }
        }
        lastRight = box.x() + box.width();
        spaceAfter = word.has_space_after();
    }
    return text.trimmed();
}

} // namespace

bool looksLikePdf(QByteArrayView bytes)
{
    return bytes.first(std::min<qsizetype>(bytes.size(), 1024)).indexOf("%PDF-") >= 0;
}

PdfText pdfToText(const QByteArray &bytes, const std::function<bool(int, int)> &progress)
{
    PdfText result;
    if (!looksLikePdf(bytes)) {
        result.failure = PdfText::Failure::NotPdf;
        return result;
    }
    if (bytes.size() > INT_MAX) {
        result.failure = PdfText::Failure::Damaged;
        return result;
    }
    result.incomplete = bytes.last(std::min<qsizetype>(bytes.size(), 1024)).indexOf("%%EOF") < 0;

    PopplerComplaints complaints(&result.detail);
    const std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.constData(), int(bytes.size())));
    if (!document) {
        result.failure = PdfText::Failure::Damaged;
        return result;
    }
    if (document->is_locked()) {
        result.failure = PdfText::Failure::Locked;
        return result;
    }
    result.title = toQString(document->get_title()).simplified();
    result.pages = std::max(0, document->pages());

    QStringList pages;
    for (int i = 0; i < result.pages; ++i) {
        if (const std::unique_ptr<poppler::page> page(document->create_page(i)); page) {
            QString text = pageText(*page);
            if (!text.isEmpty()) {
                pages.append(std::move(text));
                ++result.pagesWithText;
            }
        }
        if (progress && !progress(i + 1, result.pages)) {
            result.failure = PdfText::Failure::Cancelled;
            return result;
        }
    }
    result.text = pages.join(QStringLiteral("\n\n"));
    if (result.text.trimmed().isEmpty())
        result.failure = result.pages == 0 ? PdfText::Failure::Damaged : PdfText::Failure::NoText;
    else
        result.detail.clear();
    return result;
}

} // namespace Dialogsmith::Documents

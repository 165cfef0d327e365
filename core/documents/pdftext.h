// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace Dialogsmith::Documents {

/// The text layer of a PDF, or why there is none.
struct PdfText {
    enum class Failure {
        None,
        NotPdf, ///< no `%PDF-` header
        Damaged, ///< Poppler cannot open it
        Locked, ///< encrypted, and it needs a password to be read
        NoText, ///< pages without any text: a scan, or only drawings
        Cancelled,
    };
    Failure failure = Failure::None;
    QString title; ///< the document information's Title; may be empty
    QString text;
    int pages = 0; ///< pages in the file
    int pagesWithText = 0;
    QString detail; ///< for Damaged: Poppler's last complaint, when it gave one
    bool incomplete = false; ///< no `%%EOF` at the end: the file was cut short, and pages may be missing
};

/// The text of a PDF, page by page, in reading order (Poppler's C++ interface, which needs no QtGui):
/// lines of a paragraph on lines of their own (a word broken at a hyphen joined, the hyphen kept; a soft hyphen
/// dropped), paragraphs (a gap wider than most of a line, or a new column) separated by a blank line, and
/// pages too; typeset ligatures (ﬁ, ﬂ) as their letters. `progress(done, total)` is called after each page; returning
/// false stops between pages with Failure::Cancelled. Thread-safe: each call has its own Poppler document.
PdfText pdfToText(const QByteArray &bytes, const std::function<bool(int done, int total)> &progress = {});

/// Whether `bytes` start like a PDF: `%PDF-` within the first 1024 bytes, as readers accept it.
bool looksLikePdf(QByteArrayView bytes);

} // namespace Dialogsmith::Documents

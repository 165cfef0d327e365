// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

#include <algorithm>

namespace Dialogsmith::Documents {

/// Plain text built from a stream of text and block boundaries, the way a browser lays out a page: runs of
/// white space collapse to one space, boundaries between blocks become line or paragraph breaks, and no
/// break or space is written before the first text or after the last. Used by the HTML and Markdown
/// importers, so both give paragraphs the chunker can cut at. A NUL becomes U+FFFD, as HTML parsers make it.
class PlainTextBuilder final
{
public:
    /// Text whose white space collapses (HTML's normal flow, a Markdown paragraph).
    void addText(QStringView text);
    /// Text kept as it is (`pre`, code blocks), with line endings made `\n`.
    void addPreformatted(QStringView text);
    /// An explicit line break (`br`): a second one in a row makes a blank line.
    void lineBreak();
    /// The start or end of a line-sized block (a list item, a table row).
    void lineBoundary() { m_pendingBreaks = std::max(m_pendingBreaks, 1); }
    /// The start or end of a paragraph-sized block (a paragraph, a heading, a `div`).
    void paragraphBoundary() { m_pendingBreaks = 2; }

    bool isEmpty() const { return m_text.isEmpty(); }
    qsizetype size() const { return m_text.size(); }
    /// The text, without trailing white space.
    QString take();

private:
    void flushBreaks();

    QString m_text;
    int m_pendingBreaks = 0;
    bool m_pendingSpace = false;
};

} // namespace Dialogsmith::Documents

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "documents/plaintextbuilder.h"

#include <utility>

namespace Dialogsmith::Documents {

namespace {

// HTML's white space: what collapses in normal flow. Other spaces (no-break, ideographic) are text.
bool isCollapsible(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

} // namespace

void PlainTextBuilder::flushBreaks()
{
    if (m_pendingBreaks > 0) {
        if (!m_text.isEmpty()) {
            while (m_text.endsWith(u' '))
                m_text.chop(1);
            // A break after text that already ends in line breaks (a preformatted block, `br`) adds only
            // what is missing.
            int have = 0;
            for (qsizetype i = m_text.size() - 1; i >= 0 && m_text[i] == u'\n' && have < 2; --i)
                ++have;
            for (int i = have; i < m_pendingBreaks; ++i)
                m_text += u'\n';
        }
        m_pendingBreaks = 0;
        m_pendingSpace = false;
    } else if (m_pendingSpace) {
        if (!m_text.isEmpty() && !m_text.endsWith(u'\n') && !m_text.endsWith(u' '))
            m_text += u' ';
        m_pendingSpace = false;
    }
}

void PlainTextBuilder::addText(QStringView text)
{
    for (const QChar c : text) {
        if (isCollapsible(c.unicode())) {
            m_pendingSpace = true;
            continue;
        }
        if (m_pendingBreaks > 0 || m_pendingSpace)
            flushBreaks();
        // A no-break space shows as a space; as a character of its own it would keep words apart from search.
        m_text += c == u'\u00A0' ? QChar(u' ') : c == u'\0' ? QChar(QChar::ReplacementCharacter) : c;
    }
}

void PlainTextBuilder::addPreformatted(QStringView text)
{
    if (text.isEmpty())
        return;
    flushBreaks();
    m_text.reserve(m_text.size() + text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\r') {
            m_text += u'\n';
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
        } else if (c == u'\0') {
            m_text += QChar(QChar::ReplacementCharacter); // what parsers make of a NUL; text never holds one
        } else {
            m_text += c;
        }
    }
}

void PlainTextBuilder::lineBreak()
{
    m_pendingSpace = false;
    if (m_pendingBreaks > 0 || m_text.isEmpty())
        return;
    while (m_text.endsWith(u' '))
        m_text.chop(1);
    m_text += u'\n';
}

QString PlainTextBuilder::take()
{
    qsizetype end = m_text.size();
    while (end > 0 && m_text[end - 1].isSpace())
        --end;
    m_text.truncate(end);
    m_pendingBreaks = 0;
    m_pendingSpace = false;
    return std::exchange(m_text, QString());
}

} // namespace Dialogsmith::Documents

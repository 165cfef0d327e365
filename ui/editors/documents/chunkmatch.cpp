// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/documents/chunkmatch.h"

#include "store/chunkstore.h"

#include <algorithm>

namespace Dialogsmith {

namespace {

QString fold(QStringView word)
{
    return Store::ChunkStore::indexTerms(word.toString()).join(QString());
}

} // namespace

ChunkMatch::ChunkMatch(const QString &typed)
{
    // As ftsTerms() reads it: words and "phrases"; the last word, with no space or quote after it, a prefix.
    const QString trimmedEnd = [&] {
        QString t = typed;
        while (!t.isEmpty() && t.back().isSpace())
            t.chop(1);
        return t;
    }();
    const bool open = trimmedEnd.size() == typed.size() && !typed.endsWith(u'"') && typed.count(u'"') % 2 == 0;
    m_words = Store::ChunkStore::indexTerms(typed);
    if (open && !m_words.isEmpty()) {
        const QStringList lastWord = Store::ChunkStore::indexTerms(typed.section(u' ', -1));
        if (!lastWord.isEmpty()) {
            m_prefix = lastWord.constLast();
            m_words.removeAll(m_prefix);
        }
    }
}

bool ChunkMatch::matches(const QString &folded) const
{
    return m_words.contains(folded) || (!m_prefix.isEmpty() && folded.startsWith(m_prefix));
}

QList<ChunkMatch::Range> ChunkMatch::ranges(QStringView text) const
{
    QList<Range> found;
    if (isEmpty())
        return found;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        // A word as the index's tokenizer sees one: letters, digits and the marks on them.
        if (!text[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && (text[end].isLetterOrNumber() || text[end].isMark()))
            ++end;
        if (matches(fold(text.mid(i, end - i))))
            found.append({i, end - i});
        i = end;
    }
    return found;
}

QString ChunkMatch::snippetHtml(const QString &text, qsizetype length) const
{
    const QList<Range> found = ranges(text);
    qsizetype start = 0;
    if (!found.isEmpty())
        start = std::max<qsizetype>(0, found.constFirst().start - length / 4);
    qsizetype end = std::min(text.size(), start + length);
    // Whole words at the edges.
    while (start > 0 && !text.at(start - 1).isSpace() && found.value(0).start - start < length / 2)
        --start;
    while (end < text.size() && !text.at(end).isSpace() && end - start < length + 20)
        ++end;
    QString html;
    if (start > 0)
        html += u'…';
    qsizetype at = start;
    for (const Range &range : found) {
        if (range.start < start)
            continue;
        if (range.start >= end)
            break;
        html += QStringView(text).mid(at, range.start - at).toString().toHtmlEscaped();
        html += u"<b>" + QStringView(text).mid(range.start, range.length).toString().toHtmlEscaped() + u"</b>";
        at = range.start + range.length;
    }
    html += QStringView(text).mid(at, std::max<qsizetype>(0, end - at)).toString().toHtmlEscaped();
    if (end < text.size())
        html += u'…';
    return html.simplified();
}

} // namespace Dialogsmith

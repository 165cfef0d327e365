// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "documents/chunker.h"

#include <algorithm>

namespace Dialogsmith::Documents {

namespace {

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u3002' || c == u'\uFF01' || c == u'\uFF1F';
}

// The best place to end a chunk that starts at `start` and may reach `limit` (exclusive).
qsizetype cutPoint(QStringView text, qsizetype start, qsizetype limit)
{
    if (limit >= text.size())
        return text.size();
    const qsizetype half = start + (limit - start) / 2;
    // After a paragraph: a blank line.
    for (qsizetype i = limit - 1; i > half; --i) {
        if (text[i] == u'\n' && text[i - 1] == u'\n')
            return i + 1;
    }
    // After a sentence: its end mark followed by whitespace (or a CJK full stop on its own).
    for (qsizetype i = limit - 1; i > half; --i) {
        const QChar c = text[i - 1];
        if (isSentenceEnd(c) && (text[i].isSpace() || c.unicode() >= 0x3000))
            return i;
    }
    // Between words.
    for (qsizetype i = limit - 1; i > start; --i) {
        if (text[i].isSpace())
            return i;
    }
    // A word longer than the window; never split a surrogate pair.
    if (text[limit - 1].isHighSurrogate() && limit - 1 > start)
        return limit - 1;
    return limit;
}

} // namespace

QList<ChunkSpan> chunkText(QStringView text, const Design::ChunkSettings &settings)
{
    const qsizetype size = std::max(1, settings.size);
    const qsizetype overlap = std::clamp<qsizetype>(settings.overlap, 0, size - 1);
    QList<ChunkSpan> chunks;
    qsizetype start = 0;
    while (start < text.size()) {
        while (start < text.size() && text[start].isSpace())
            ++start;
        if (start >= text.size())
            break;
        const qsizetype end = cutPoint(text, start, std::min(text.size(), start + size));
        qsizetype last = end;
        while (last > start && text[last - 1].isSpace())
            --last;
        chunks.append({start, last - start});
        if (end >= text.size())
            break;
        // Step back by the overlap, then forward to the start of a word, and always forward overall.
        qsizetype next = std::max(start + 1, end - overlap);
        if (next < end && next > 0 && !text[next - 1].isSpace()) {
            qsizetype word = next;
            while (word < end && !text[word].isSpace())
                ++word;
            next = word < end ? word : next;
        }
        if (text[next].isLowSurrogate())
            ++next;
        start = next;
    }
    return chunks;
}

} // namespace Dialogsmith::Documents

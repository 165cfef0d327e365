// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/ssereader.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace Dialogsmith::Llm {

namespace {

constexpr char bom[] = "\xEF\xBB\xBF";
constexpr int bomSize = 3;
constexpr char16_t replacementCharacter = u'\uFFFD';

// The WHATWG "UTF-8 decode without BOM", for the bytes QString::fromUtf8() reads differently: each maximal
// invalid subpart becomes one U+FFFD, and a byte that breaks a sequence is read again on its own (Qt's
// decoder replaces every byte of a broken sequence instead).
QString whatwgDecode(QByteArrayView bytes)
{
    QString text;
    text.reserve(bytes.size());
    char32_t codePoint = 0;
    int needed = 0;
    int seen = 0;
    unsigned lower = 0x80;
    unsigned upper = 0xBF;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const unsigned byte = static_cast<unsigned char>(bytes[i]);
        if (needed == 0) {
            if (byte <= 0x7F) {
                text.append(QChar(char16_t(byte)));
            } else if (byte >= 0xC2 && byte <= 0xDF) {
                needed = 1;
                codePoint = byte & 0x1F;
            } else if (byte >= 0xE0 && byte <= 0xEF) {
                if (byte == 0xE0)
                    lower = 0xA0;
                else if (byte == 0xED)
                    upper = 0x9F;
                needed = 2;
                codePoint = byte & 0xF;
            } else if (byte >= 0xF0 && byte <= 0xF4) {
                if (byte == 0xF0)
                    lower = 0x90;
                else if (byte == 0xF4)
                    upper = 0x8F;
                needed = 3;
                codePoint = byte & 0x7;
            } else {
                text.append(QChar(replacementCharacter));
            }
            continue;
        }
        if (byte < lower || byte > upper) {
            codePoint = 0;
            needed = 0;
            seen = 0;
            lower = 0x80;
            upper = 0xBF;
            text.append(QChar(replacementCharacter));
            --i; // this byte starts afresh
            continue;
        }
        lower = 0x80;
        upper = 0xBF;
        codePoint = (codePoint << 6) | (byte & 0x3F);
        if (++seen == needed) {
            if (QChar::requiresSurrogates(codePoint)) {
                text.append(QChar(QChar::highSurrogate(codePoint)));
                text.append(QChar(QChar::lowSurrogate(codePoint)));
            } else {
                text.append(QChar(char16_t(codePoint)));
            }
            codePoint = 0;
            needed = 0;
            seen = 0;
        }
    }
    if (needed != 0)
        text.append(QChar(replacementCharacter));
    return text;
}

QString decodeUtf8(QByteArrayView bytes)
{
    // QString::fromUtf8() drops a leading byte order mark (and another one right after it), but only the
    // mark that opens the stream is dropped, in feed(): inside a line it is a character like any other.
    if (!bytes.isValidUtf8() || bytes.startsWith(QByteArrayView(bom, bomSize)))
        return whatwgDecode(bytes);
    return QString::fromUtf8(bytes);
}

// Where the next `c` is in [from, size), or size when there is none.
qsizetype findByte(QByteArrayView bytes, qsizetype from, char c)
{
    const void *found = std::memchr(bytes.data() + from, c, size_t(bytes.size() - from));
    return found ? static_cast<const char *>(found) - bytes.data() : bytes.size();
}

// Empties a buffer for the next line or event. The capacity stays for the common case (the next one has a
// similar size), but not after a huge one, which would otherwise be held for the rest of the stream.
void reuse(QByteArray &buffer)
{
    if (buffer.capacity() > 64 * 1024)
        buffer.clear();
    else
        buffer.resize(0);
}

} // namespace

SseReader::SseReader(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
{ }

QList<SseEvent> SseReader::feed(QByteArrayView bytes)
{
    QList<SseEvent> events;
    if (m_failed || bytes.isEmpty())
        return events;

    qsizetype pos = 0;
    const qsizetype size = bytes.size();

    // The byte order mark may itself arrive split across feeds.
    while (!m_bomDecided && pos < size) {
        if (bytes[pos] != bom[m_bomBytesSeen]) {
            m_bomDecided = true;
            m_partialLine.append(bom, m_bomBytesSeen); // a lone start of a mark is text of the first line
            break;
        }
        ++pos;
        m_bomDecided = ++m_bomBytesSeen == bomSize;
    }

    if (m_afterCr && pos < size) {
        m_afterCr = false;
        if (bytes[pos] == '\n')
            ++pos;
    }

    // The next LF and the next CR at or after pos; each is searched again only once pos has passed it, so
    // a feed is scanned in linear time whichever line end the server uses.
    qsizetype nextLf = -1;
    qsizetype nextCr = -1;
    while (pos < size) {
        if (nextLf < pos)
            nextLf = findByte(bytes, pos, '\n');
        if (nextCr < pos)
            nextCr = findByte(bytes, pos, '\r');
        const qsizetype lineEnd = std::min(nextLf, nextCr);

        if (m_partialLine.size() + (lineEnd - pos) > m_maxLineBytes) {
            m_failed = true;
            m_partialLine.clear();
            m_data.clear();
            m_type.clear();
            break;
        }
        if (lineEnd == size) {
            m_partialLine.append(bytes.sliced(pos));
            break;
        }
        if (m_partialLine.isEmpty()) {
            readLine(bytes.sliced(pos, lineEnd - pos), events);
        } else {
            m_partialLine.append(bytes.sliced(pos, lineEnd - pos));
            readLine(m_partialLine, events);
            reuse(m_partialLine);
        }
        pos = lineEnd + 1;
        if (bytes[lineEnd] == '\r') {
            if (pos == size)
                m_afterCr = true;
            else if (bytes[pos] == '\n')
                ++pos;
        }
    }
    return events;
}

void SseReader::readLine(QByteArrayView line, QList<SseEvent> &events)
{
    if (line.isEmpty()) {
        dispatch(events);
        return;
    }
    if (line.front() == ':') {
        ++m_commentCount;
        return;
    }
    // Field names are ASCII, so comparing bytes is comparing the decoded names.
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = line;
    QByteArrayView value;
    if (colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }
    if (field == "data") {
        m_data.append(value);
        m_data.append('\n');
    } else if (field == "event") {
        m_type.assign(value);
    } else if (field == "id") {
        // UTF-8 encodes U+0000 only as the byte 0, and no broken sequence decodes to it.
        if (!value.contains('\0'))
            m_lastEventId = decodeUtf8(value);
    }
    // "retry" sets the reconnection time, and Dialogsmith does not reconnect; other fields mean nothing.
}

void SseReader::dispatch(QList<SseEvent> &events)
{
    if (m_data.isEmpty()) {
        m_type.resize(0);
        return;
    }
    SseEvent event;
    if (m_type.isEmpty()) {
        event.type = QStringLiteral("message");
    } else {
        if (m_type != m_cachedTypeBytes) {
            m_cachedTypeBytes.assign(m_type); // a copy of its own: sharing would make m_type reallocate
            m_cachedType = decodeUtf8(m_type);
        }
        event.type = m_cachedType;
    }
    event.data = decodeUtf8(QByteArrayView(m_data).chopped(1)); // every data line ended with "\n"
    event.id = m_lastEventId;
    events.append(std::move(event));
    reuse(m_data);
    m_type.resize(0);
}

bool SseReader::failed() const
{
    return m_failed;
}

qsizetype SseReader::commentCount() const
{
    return m_commentCount;
}

} // namespace Dialogsmith::Llm

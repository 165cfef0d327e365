// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// Fuzzes SseReader against a model written straight from the WHATWG text: decode the whole stream, then
// split lines and interpret them. The reader is fed the same bytes whole, in pieces whose sizes come from
// the input's first bytes (with a line limit that also comes from them), and one byte at a time, and must
// agree with the model every time.
#include "llm/ssereader.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using Dialogsmith::Llm::SseEvent;
using Dialogsmith::Llm::SseReader;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "sse_fuzz: invariant broken: %s\n", what);
        std::abort();
    }
}

// UTF-8 decoding as Unicode's "maximal subpart" practice puts it (which the WHATWG decoder implements):
// a well-formed sequence is a character, and every maximal prefix of one that cannot be completed is one
// U+FFFD. Written in this form, not the WHATWG state machine the reader uses, to be a second opinion.
QString referenceDecode(QByteArrayView bytes)
{
    QString text;
    qsizetype i = 0;
    const qsizetype size = bytes.size();
    const auto at = [&](qsizetype k) { return static_cast<unsigned char>(bytes[k]); };
    while (i < size) {
        const unsigned lead = at(i);
        if (lead < 0x80) {
            text.append(QChar(char16_t(lead)));
            ++i;
            continue;
        }
        int length = 0;
        unsigned secondLow = 0x80;
        unsigned secondHigh = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            secondLow = lead == 0xE0 ? 0xA0 : 0x80;
            secondHigh = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            secondLow = lead == 0xF0 ? 0x90 : 0x80;
            secondHigh = lead == 0xF4 ? 0x8F : 0xBF;
        }
        if (length == 0) {
            text.append(QChar(u'\uFFFD'));
            ++i;
            continue;
        }
        int valid = 1; // bytes of the sequence that fit so far
        while (valid < length && i + valid < size) {
            const unsigned byte = at(i + valid);
            const bool fits = valid == 1 ? (byte >= secondLow && byte <= secondHigh) : (byte >= 0x80 && byte <= 0xBF);
            if (!fits)
                break;
            ++valid;
        }
        if (valid < length) {
            text.append(QChar(u'\uFFFD'));
            i += valid;
            continue;
        }
        char32_t codePoint = lead & (0xFF >> (length + 1));
        for (int k = 1; k < length; ++k)
            codePoint = (codePoint << 6) | (at(i + k) & 0x3F);
        // Not QString::fromUcs4(), which would drop a U+FEFF.
        if (QChar::requiresSurrogates(codePoint)) {
            text.append(QChar(QChar::highSurrogate(codePoint)));
            text.append(QChar(QChar::lowSurrogate(codePoint)));
        } else {
            text.append(QChar(char16_t(codePoint)));
        }
        i += length;
    }
    return text;
}

struct Line {
    qsizetype bytes = 0;
    bool terminated = false;
    QString text;
};

// The stream's lines, as bytes (for the limit) and as text from decoding the stream in one piece.
QList<Line> referenceLines(QByteArrayView stream)
{
    const QByteArrayView bom("\xEF\xBB\xBF");
    if (stream.startsWith(bom))
        stream = stream.sliced(bom.size());
    else if (bom.startsWith(stream))
        return {}; // it may still become a byte order mark: nothing is known yet

    QList<Line> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < stream.size(); ++i) {
        if (stream[i] != '\r' && stream[i] != '\n')
            continue;
        lines.append(Line {i - start, true, {}});
        if (stream[i] == '\r' && i + 1 < stream.size() && stream[i + 1] == '\n')
            ++i;
        start = i + 1;
    }
    if (start < stream.size())
        lines.append(Line {stream.size() - start, false, {}});

    const QString text = referenceDecode(stream);
    qsizetype line = 0;
    qsizetype textStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'\r' && text[i] != u'\n')
            continue;
        check(line < lines.size(), "the decoded text has more lines than the bytes");
        lines[line++].text = text.sliced(textStart, i - textStart);
        if (text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i;
        textStart = i + 1;
    }
    if (textStart < text.size()) {
        check(line < lines.size(), "the decoded text has more lines than the bytes");
        lines[line++].text = text.sliced(textStart);
    }
    check(line == lines.size(), "the decoded text has fewer lines than the bytes");
    return lines;
}

struct Outcome {
    QList<SseEvent> events;
    qsizetype comments = 0;
    bool failed = false;
};

// The event stream interpretation of the WHATWG HTML standard, line by line.
Outcome referenceRead(const QList<Line> &lines, qsizetype maxLineBytes)
{
    Outcome outcome;
    QString type;
    QString data;
    QString lastEventId;
    for (const Line &line : lines) {
        if (line.bytes > maxLineBytes) {
            outcome.failed = true;
            break;
        }
        if (!line.terminated)
            break; // the stream ended inside this line
        const QString &text = line.text;
        if (text.isEmpty()) {
            if (!data.isEmpty()) {
                data.chop(1);
                outcome.events.append(SseEvent {type.isEmpty() ? QStringLiteral("message") : type, data, lastEventId});
            }
            type.clear();
            data.clear();
            continue;
        }
        if (text.startsWith(u':')) {
            ++outcome.comments;
            continue;
        }
        const qsizetype colon = text.indexOf(u':');
        const QString field = colon < 0 ? text : text.first(colon);
        QString value = colon < 0 ? QString() : text.sliced(colon + 1);
        if (value.startsWith(u' '))
            value.remove(0, 1);
        if (field == u"data")
            data += value + u'\n';
        else if (field == u"event")
            type = value;
        else if (field == u"id" && !value.contains(QChar(u'\0')))
            lastEventId = value;
    }
    return outcome;
}

// xorshift64*: deterministic piece sizes from the input's first bytes.
struct Random {
    uint64_t state;
    uint64_t next()
    {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 0x2545F4914F6CDD1DULL;
    }
};

void compare(const Outcome &expected, const QList<SseEvent> &events, const SseReader &reader, const char *how)
{
    if (events == expected.events && reader.commentCount() == expected.comments && reader.failed() == expected.failed)
        return;
    std::fprintf(stderr, "sse_fuzz: feeding %s: %lld events (expected %lld), %lld comments (expected %lld), %s\n", how,
                 static_cast<long long>(events.size()), static_cast<long long>(expected.events.size()),
                 static_cast<long long>(reader.commentCount()), static_cast<long long>(expected.comments),
                 reader.failed() ? "failed" : "not failed");
    for (qsizetype i = 0; i < std::min(events.size(), expected.events.size()); ++i) {
        if (events[i] != expected.events[i]) {
            std::fprintf(stderr, "sse_fuzz:   event %lld: got {%s|%s|%s}, expected {%s|%s|%s}\n",
                         static_cast<long long>(i), qPrintable(events[i].type), qPrintable(events[i].data),
                         qPrintable(events[i].id), qPrintable(expected.events[i].type),
                         qPrintable(expected.events[i].data), qPrintable(expected.events[i].id));
            break;
        }
    }
    check(false, how);
}

void checkStopsAfterFailure(SseReader &reader)
{
    if (!reader.failed())
        return;
    check(reader.feed("\n\ndata: x\n\n").isEmpty(), "a failed reader returned an event");
    check(reader.failed(), "a failed reader recovered");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView stream(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<Line> lines = referenceLines(stream);

    // Whole, without a practical limit.
    {
        SseReader reader;
        const QList<SseEvent> events = reader.feed(stream);
        compare(referenceRead(lines, SseReader::defaultMaxLineBytes), events, reader, "whole");
    }

    // In pieces, and half of the time with a line limit small enough to be hit.
    uint64_t seed = 0x9E3779B97F4A7C15ULL;
    for (size_t i = 0; i < std::min<size_t>(size, 8); ++i)
        seed = (seed << 8 | data[i]) ^ (seed >> 56);
    Random random {seed | 1};
    const qsizetype maxLineBytes
        = (random.next() & 1) != 0 ? qsizetype(random.next() % 128) : SseReader::defaultMaxLineBytes;
    {
        SseReader reader(maxLineBytes);
        QList<SseEvent> events;
        qsizetype pos = 0;
        while (pos < stream.size()) {
            const uint64_t pick = random.next();
            // Mostly short pieces, so line ends, CR LF pairs and UTF-8 sequences are often split; some empty.
            const qsizetype length
                = (pick & 3) == 0 ? qsizetype(pick >> 8) % (stream.size() - pos + 1) : qsizetype(pick >> 8) % 8;
            events += reader.feed(stream.sliced(pos, std::min(length, stream.size() - pos)));
            pos += length;
        }
        compare(referenceRead(lines, maxLineBytes), events, reader, "in pieces");
        checkStopsAfterFailure(reader);
    }

    // One byte at a time: the most splits there are.
    if (size <= 4096) {
        SseReader reader;
        QList<SseEvent> events;
        for (qsizetype i = 0; i < stream.size(); ++i)
            events += reader.feed(stream.sliced(i, 1));
        compare(referenceRead(lines, SseReader::defaultMaxLineBytes), events, reader, "one byte at a time");
    }
    return 0;
}

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/httpresponseparser.h"

namespace Dialogsmith::Llm {

HttpResponseParser::HttpResponseParser(bool noBody)
    : m_noBody(noBody)
{ }

void HttpResponseParser::fail(const char *what)
{
    m_state = State::Failed;
    m_keepAlive = false;
    m_error = tr("the server's answer is not valid HTTP (%1)").arg(QLatin1StringView(what));
}

void HttpResponseParser::complete()
{
    m_state = State::Complete;
}

void HttpResponseParser::connectionClosed()
{
    if (m_state != State::Reading)
        return;
    m_keepAlive = false;
    if (m_phase == Phase::UntilClose) {
        complete();
        return;
    }
    m_state = State::Failed;
    m_error = tr("the server closed the connection before the answer was complete");
}

qsizetype HttpResponseParser::feed(QByteArrayView data, const Sink &sink)
{
    qsizetype used = 0;
    while (used < data.size() && m_state == State::Reading) {
        const QByteArrayView rest = data.sliced(used);
        if (m_phase == Phase::Body || m_phase == Phase::ChunkData || m_phase == Phase::UntilClose) {
            const qsizetype take
                = m_phase == Phase::UntilClose ? rest.size() : qsizetype(std::min<qint64>(m_remaining, rest.size()));
            used += take;
            m_remaining -= take;
            const bool more = take == 0 || !sink.body || sink.body(rest.first(take));
            if (m_phase == Phase::Body && m_remaining == 0)
                complete();
            else if (m_phase == Phase::ChunkData && m_remaining == 0)
                m_phase = Phase::ChunkDataEnd;
            if (!more)
                return used;
            continue;
        }
        // Every other phase reads lines.
        const qsizetype newline = rest.indexOf('\n');
        const qsizetype take = newline < 0 ? rest.size() : newline + 1;
        if (m_line.size() + take > maxLineBytes) {
            fail("a line is too long");
            return used;
        }
        m_line += rest.first(take);
        used += take;
        if (newline < 0)
            break;
        QByteArray text = std::exchange(m_line, QByteArray());
        text.chop(text.endsWith("\r\n") ? 2 : 1);
        if (!line(text, sink))
            return used;
    }
    return used;
}

// One complete line of the head, of a chunk size or of the trailers. Returns false to stop reading.
bool HttpResponseParser::line(QByteArrayView text, const Sink &sink)
{
    switch (m_phase) {
    case Phase::StatusLine: {
        // "HTTP/1.1 200 OK"
        if (!text.startsWith("HTTP/1.") || text.size() < 12 || text.at(8) != ' ') {
            fail("status line");
            return false;
        }
        bool ok = false;
        m_status = text.sliced(9, 3).toInt(&ok);
        if (!ok || m_status < 100 || m_status > 999) {
            fail("status code");
            return false;
        }
        if (text.at(7) == '0')
            m_keepAlive = false;
        m_interim = m_status < 200;
        m_phase = Phase::Headers;
        return true;
    }
    case Phase::Headers: {
        if (text.isEmpty())
            return headersDone(sink);
        const qsizetype colon = text.indexOf(':');
        if (colon <= 0) {
            fail("header line");
            return false;
        }
        if (m_headers.size() >= maxHeaders) {
            fail("too many headers");
            return false;
        }
        m_headers.append(
            {text.first(colon).trimmed().toByteArray().toLower(), text.sliced(colon + 1).trimmed().toByteArray()});
        return true;
    }
    case Phase::ChunkSize: {
        const qsizetype semicolon = text.indexOf(';');
        const QByteArrayView digits = (semicolon >= 0 ? text.first(semicolon) : text).trimmed();
        bool ok = false;
        const qint64 size = digits.toLongLong(&ok, 16);
        if (!ok || size < 0 || digits.isEmpty() || digits.size() > 15) {
            fail("chunk size");
            return false;
        }
        m_remaining = size;
        m_phase = size == 0 ? Phase::Trailers : Phase::ChunkData;
        return true;
    }
    case Phase::ChunkDataEnd:
        if (!text.isEmpty()) {
            fail("chunk end");
            return false;
        }
        m_phase = Phase::ChunkSize;
        return true;
    case Phase::Trailers:
        if (text.isEmpty())
            complete();
        return true;
    case Phase::Body:
    case Phase::ChunkData:
    case Phase::UntilClose:
        break;
    }
    return true;
}

bool HttpResponseParser::headersDone(const Sink &sink)
{
    if (m_interim) {
        // 100 Continue and friends: the real response follows.
        m_headers.clear();
        m_phase = Phase::StatusLine;
        return true;
    }
    bool chunked = false;
    qint64 length = -1;
    for (const auto &[name, value] : std::as_const(m_headers)) {
        if (name == "transfer-encoding") {
            chunked = value.toLower().contains("chunked");
        } else if (name == "content-length") {
            bool ok = false;
            const qint64 parsed = value.toLongLong(&ok);
            if (!ok || parsed < 0 || (length >= 0 && parsed != length)) {
                fail("Content-Length");
                return false;
            }
            length = parsed;
        } else if (name == "connection" && value.toLower().contains("close")) {
            m_keepAlive = false;
        }
    }
    const bool more = !sink.head || sink.head(m_status, m_headers);
    if (m_noBody || m_status == 204 || m_status == 304) {
        complete();
    } else if (chunked) {
        m_phase = Phase::ChunkSize;
    } else if (length >= 0) {
        m_phase = Phase::Body;
        m_remaining = length;
        if (length == 0)
            complete();
    } else {
        m_phase = Phase::UntilClose;
        m_keepAlive = false;
    }
    return more;
}

} // namespace Dialogsmith::Llm

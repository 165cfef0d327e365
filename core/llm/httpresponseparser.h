// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace Dialogsmith::Llm {

/// Reads one HTTP/1.1 response as its bytes arrive, split anywhere: status line, headers (1xx interim
/// responses skipped), then a body framed by Content-Length, chunked transfer coding, or the end of the
/// connection. A plain value type: the transport feeds it, the fuzzer too.
class HttpResponseParser final
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)

public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>; ///< names lower-cased, values trimmed
    enum class State { Reading, Complete, Failed };

    struct Sink {
        /// The head arrived. Return false to stop reading.
        std::function<bool(int status, const Headers &headers)> head;
        /// Body bytes (de-chunked), valid during the call. Return false to stop reading.
        std::function<bool(QByteArrayView bytes)> body;
    };

    static constexpr qsizetype maxLineBytes = 64 * 1024;
    static constexpr int maxHeaders = 256;

    /// `noBody`: the request was HEAD, so no body follows whatever the headers say.
    explicit HttpResponseParser(bool noBody = false);

    /// Reads from the front of `data` and returns how many bytes this response took: fewer than given once
    /// it is complete (the rest is beyond its end), failed, or a sink asked to stop.
    qsizetype feed(QByteArrayView data, const Sink &sink);
    /// The connection ended: a body that runs until the close is complete, anything else failed.
    void connectionClosed();

    State state() const { return m_state; }
    QString error() const { return m_error; }
    int status() const { return m_status; }
    /// Whether the connection may carry another request after this response.
    bool keepAlive() const { return m_keepAlive; }

private:
    enum class Phase { StatusLine, Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, UntilClose };

    bool line(QByteArrayView text, const Sink &sink);
    bool headersDone(const Sink &sink);
    void fail(const char *what);
    void complete();

    bool m_noBody = false;
    Phase m_phase = Phase::StatusLine;
    State m_state = State::Reading;
    QString m_error;
    QByteArray m_line;
    qint64 m_remaining = 0;
    int m_status = 0;
    bool m_interim = false;
    bool m_keepAlive = true;
    Headers m_headers;
};

} // namespace Dialogsmith::Llm

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <queue>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace Dialogsmith::Test {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

/// One HTTP request as the scripted server received it.
struct Request {
    QByteArray method; ///< "GET", "POST", ...
    QByteArray path; ///< the request target as sent: path and query, "/v1/chat/completions?x=1"
    QByteArray version; ///< "HTTP/1.1"
    HeaderList headers; ///< in the order and spelling they arrived
    QByteArray body; ///< after Content-Length or chunked decoding
    int connectionId = 0; ///< the same for requests that shared a keep-alive connection
    int index = 0; ///< position among all requests this server received, from 0

    /// The first value of a header, compared without regard to case; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    /// The path without the query.
    QByteArray route() const;
    QUrlQuery query() const;
    /// The body as a JSON object; empty when it is not one.
    QJsonObject json() const;
};

/// Bytes the server writes after waiting `delayMs` since the previous piece was due.
struct BodyPiece {
    QByteArray bytes;
    int delayMs = 0;
};

/// What the scripted server answers to one request: a head, body pieces written on a schedule, and how the
/// connection ends. Plain value; build it field by field or with the helpers in scriptedresponses.h.
struct Response {
    enum class Framing {
        ContentLength, ///< `Content-Length` of all pieces together
        Chunked, ///< `Transfer-Encoding: chunked`, one chunk per non-empty piece (the streaming case)
        Raw, ///< no framing header: the body ends when the server closes the connection
    };
    enum class Ending {
        Finish, ///< complete the response; keep the connection alive unless the request asked to close
        Close, ///< complete the response, then close the connection (with `Connection: close`)
        Drop, ///< after the pieces, reset the connection (RST) without completing the framing
        Stall, ///< after the pieces, send nothing more and keep the socket open until the server goes away
    };

    int status = 200;
    QByteArray reason; ///< empty: the standard phrase for `status`
    /// Sent as given. The server adds the framing header and `Connection: close` only when these are absent,
    /// so a test can send a lying `Content-Length`.
    HeaderList headers;
    QList<BodyPiece> pieces;
    Framing framing = Framing::ContentLength;
    Ending ending = Ending::Finish;
    int headersDelayMs = 0; ///< wait before the status line: the time to first byte
    bool stallBeforeHeaders = false; ///< accept the request and never answer
    /// Written after the pieces, every `delayMs`, until the client goes away (keep-alive comments forever).
    std::optional<BodyPiece> repeatForever;

    /// A complete response with one piece and `Content-Type`.
    static Response withBody(int status, const QByteArray &contentType, const QByteArray &body);

    QByteArray body() const; ///< all pieces joined
    QByteArray header(QByteArrayView name) const;
    /// Replaces every header of that name (case-insensitively) with one.
    Response &setHeader(const QByteArray &name, const QByteArray &value);
    Response &addPiece(const QByteArray &bytes, int delayMs = 0);
    Response &insertPiece(qsizetype index, const BodyPiece &piece);
    /// Keeps the first `pieceCount` pieces and ends as `newEnding` (a stream that stops mid-way).
    Response &cutAfter(qsizetype pieceCount, Ending newEnding);
    /// For the stream builders' responses, whose piece 0 is the prelude and pieces 1..n the text pieces:
    /// keeps the prelude and the first `textPieces` text pieces.
    Response &cutAfterText(qsizetype textPieces, Ending newEnding) { return cutAfter(1 + textPieces, newEnding); }
    /// Splits every piece into 1-byte pieces; the first byte keeps the piece's delay, the others wait
    /// `delayMs`.
    Response &splitIntoBytes(int delayMs = 0);
};

/// A scripted HTTP/1.1 server on 127.0.0.1 for tests and benchmarks: answers each request with a
/// `Response` that a handler chooses (by default the next queued one, then 404), writing its pieces on a
/// schedule without ever blocking. One timer serves every connection, so thousands of streams cost little.
class ScriptedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedServer)

public:
    using Handler = std::function<Response(const Request &)>;

    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    /// Listens on 127.0.0.1, on a free port when `port` is 0.
    bool listen(quint16 port = 0);
    quint16 port() const;
    /// `http://127.0.0.1:PORT`
    QUrl url() const;
    /// `url()` with `path` (and query) appended: `url("/v1/models")`.
    QUrl url(const QString &path) const;

    /// Replaces the queue as the source of responses.
    void setHandler(Handler handler);
    /// Queues a response for the default handler, which answers 404 once the queue is empty.
    void enqueue(Response response);
    qsizetype queuedResponses() const;

    /// Every request so far, in order of arrival (unless recording is off).
    QList<Request> requests() const;
    void clearRequests();
    /// Long benchmark runs turn recording off; `requestReceived` is still emitted.
    void setRecordRequests(bool record);

    int acceptedConnections() const;
    int openConnections() const;
    int peakOpenConnections() const;

Q_SIGNALS:
    void requestReceived(const Dialogsmith::Test::Request &request);
    /// The last piece of the answer to request `requestIndex` was handed to the socket.
    void responseSent(int requestIndex);
    /// The connection is gone: the client left, or the server closed or reset it.
    void connectionClosed(int connectionId);

private:
    struct Connection;
    struct Due {
        qint64 atMs;
        quint64 sequence;
        int connectionId;
        bool operator>(const Due &other) const
        {
            return atMs != other.atMs ? atMs > other.atMs : sequence > other.sequence;
        }
    };

    void accept();
    void readFrom(Connection &connection);
    void parseRequests(Connection &connection);
    void startResponse(Connection &connection, const Request &request, Response response);
    void advance(Connection &connection);
    void finishResponse(Connection &connection);
    void rejectRequest(Connection &connection, int status);
    void reset(Connection &connection);
    void release(int connectionId);
    Connection *find(int connectionId) const;
    void schedule(Connection &connection);
    void runDue();
    void armTimer();
    qint64 nowMs() const;
    qint64 nowMsRoundedUp() const;

    QTcpServer m_server;
    Handler m_handler;
    QList<Response> m_queue;
    QList<Request> m_requests;
    bool m_recording = true;
    int m_requestCount = 0;
    int m_nextConnectionId = 1;
    int m_accepted = 0;
    int m_peakOpen = 0;
    quint64 m_sequence = 0;
    std::unordered_map<int, std::unique_ptr<Connection>> m_connections;
    // Closed connections live until the event loop is back, so no caller up the stack holds a dangling one.
    std::vector<std::unique_ptr<Connection>> m_released;
    QTimer m_reaper;
    std::priority_queue<Due, std::vector<Due>, std::greater<>> m_dueQueue;
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_timerAtMs = -1;
    bool m_dispatching = false; ///< in runDue(), which arms the timer once at the end
};

} // namespace Dialogsmith::Test

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "scriptedserver/scriptedserver.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpSocket>

#include <algorithm>
#include <chrono>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>

#include <cerrno>
#endif

namespace Dialogsmith::Test {

namespace {

// A request head larger than this is refused with 431, as real servers do (nginx: 8 KiB per line).
constexpr qsizetype maxHeadBytes = 64 * 1024;
constexpr QByteArrayView crlf = "\r\n";
constexpr QByteArrayView headEnd = "\r\n\r\n";

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArray findHeader(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (sameName(key, name))
            return value;
    }
    return {};
}

bool hasHeaderNamed(const HeaderList &headers, QByteArrayView name)
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [name](const auto &header) { return sameName(header.first, name); });
}

// True when a comma-separated header such as `Connection` lists `token`.
bool listsToken(QByteArrayView value, QByteArrayView token)
{
    for (const QByteArray &item : value.toByteArray().split(',')) {
        if (sameName(item.trimmed(), token))
            return true;
    }
    return false;
}

QByteArray standardReason(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    case 529:
        return "Overloaded";
    default:
        return "Unknown";
    }
}

enum class Parse { NeedMore, Invalid, Done };

// Decodes a chunked request body starting at `from`; on Done, `end` is where the message ends.
Parse decodeChunked(const QByteArray &data, qsizetype from, QByteArray &body, qsizetype &end)
{
    qsizetype position = from;
    for (;;) {
        const qsizetype lineEnd = data.indexOf(crlf, position);
        if (lineEnd < 0)
            return data.size() - position > 1024 ? Parse::Invalid : Parse::NeedMore;
        QByteArrayView sizeField = QByteArrayView(data).sliced(position, lineEnd - position);
        if (const qsizetype extension = sizeField.indexOf(';'); extension >= 0)
            sizeField = sizeField.first(extension);
        bool ok = false;
        const qlonglong size = sizeField.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return Parse::Invalid;
        position = lineEnd + crlf.size();
        if (size == 0) {
            // Trailer fields, then the empty line.
            for (;;) {
                const qsizetype trailerEnd = data.indexOf(crlf, position);
                if (trailerEnd < 0)
                    return Parse::NeedMore;
                const bool empty = trailerEnd == position;
                position = trailerEnd + crlf.size();
                if (empty) {
                    end = position;
                    return Parse::Done;
                }
            }
        }
        if (data.size() < position + size + crlf.size())
            return Parse::NeedMore;
        body.append(QByteArrayView(data).sliced(position, size));
        position += size;
        if (QByteArrayView(data).sliced(position, crlf.size()) != crlf)
            return Parse::Invalid;
        position += crlf.size();
    }
}

// Writes straight to the kernel while Qt has nothing queued for this socket. QTcpSocket::write() would
// switch the write notifier on and off around every piece, and with hundreds of streams that bookkeeping
// (the GLib dispatcher walks a list per change) costs more than the writes themselves. What the kernel does
// not take goes to QTcpSocket's buffer, which keeps the order.
void send(QTcpSocket *socket, const QByteArray &bytes)
{
#if defined(Q_OS_UNIX)
    if (socket->bytesToWrite() == 0 && socket->state() == QAbstractSocket::ConnectedState) {
        const auto sent = ::send(int(socket->socketDescriptor()), bytes.constData(), size_t(bytes.size()),
                                 MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent == bytes.size())
            return;
        if (sent > 0) {
            socket->write(bytes.sliced(sent));
            return;
        }
        // EAGAIN, or an error that Qt will report for the write below.
    }
#endif
    socket->write(bytes);
}

QByteArray chunk(const QByteArray &bytes)
{
    // An empty chunk would end the body: an empty piece only marks time.
    if (bytes.isEmpty())
        return {};
    return QByteArray::number(bytes.size(), 16) + crlf + bytes + crlf;
}

} // namespace

QByteArray Request::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

bool Request::hasHeader(QByteArrayView name) const
{
    return hasHeaderNamed(headers, name);
}

QByteArray Request::route() const
{
    const qsizetype question = path.indexOf('?');
    return question < 0 ? path : path.first(question);
}

QUrlQuery Request::query() const
{
    const qsizetype question = path.indexOf('?');
    return question < 0 ? QUrlQuery() : QUrlQuery(QString::fromUtf8(path.sliced(question + 1)));
}

QJsonObject Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

Response Response::withBody(int status, const QByteArray &contentType, const QByteArray &body)
{
    Response response;
    response.status = status;
    response.headers = {{"Content-Type", contentType}};
    response.pieces = {{body, 0}};
    return response;
}

QByteArray Response::body() const
{
    QByteArray joined;
    for (const BodyPiece &piece : pieces)
        joined += piece.bytes;
    return joined;
}

QByteArray Response::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

Response &Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&name](const auto &header) { return sameName(header.first, name); });
    headers.append({name, value});
    return *this;
}

Response &Response::addPiece(const QByteArray &bytes, int delayMs)
{
    pieces.append({bytes, delayMs});
    return *this;
}

Response &Response::insertPiece(qsizetype index, const BodyPiece &piece)
{
    pieces.insert(std::clamp<qsizetype>(index, 0, pieces.size()), piece);
    return *this;
}

Response &Response::cutAfter(qsizetype pieceCount, Ending newEnding)
{
    pieces.resize(std::clamp<qsizetype>(pieceCount, 0, pieces.size()));
    ending = newEnding;
    return *this;
}

Response &Response::splitIntoBytes(int delayMs)
{
    QList<BodyPiece> bytes;
    for (const BodyPiece &piece : std::as_const(pieces)) {
        for (qsizetype i = 0; i < piece.bytes.size(); ++i)
            bytes.append({piece.bytes.sliced(i, 1), i == 0 ? piece.delayMs : delayMs});
    }
    pieces = std::move(bytes);
    return *this;
}

struct ScriptedServer::Connection {
    enum class Phase {
        Reading, ///< waiting for (the rest of) a request
        Head, ///< the status line is due at `dueMs`
        Body, ///< piece `nextPiece` is due at `dueMs`
        Repeat, ///< `repeatForever` is due at `dueMs`
        Draining, ///< waiting for the kernel to take the pieces before a reset
        Done, ///< stalled, or closing: nothing more is written
    };

    int id = 0;
    QTcpSocket *socket = nullptr;
    QByteArray inbound;
    Phase phase = Phase::Reading;
    Response response;
    int requestIndex = -1;
    bool keepAlive = true;
    bool announceClose = false;
    bool continueSent = false;
    qsizetype nextPiece = 0;
    qint64 dueMs = 0;
};

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ScriptedServer::runDue);
    m_reaper.setSingleShot(true);
    m_reaper.setInterval(0);
    connect(&m_reaper, &QTimer::timeout, this, [this] { m_released.clear(); });
    // Benchmarks open hundreds of connections at once; the default backlog of 50 would make the kernel drop
    // SYNs and the clients wait a second to retry.
    m_server.setListenBacklogSize(4096);
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::accept);
    m_handler = [this](const Request &) {
        if (m_queue.isEmpty())
            return Response::withBody(404, "text/plain; charset=utf-8", "no scripted response left\n");
        return m_queue.takeFirst();
    };
}

ScriptedServer::~ScriptedServer()
{
    m_server.close();
    for (auto &[id, connection] : m_connections) {
        QObject::disconnect(connection->socket, nullptr, this, nullptr);
        connection->socket->abort();
    }
    m_connections.clear();
}

bool ScriptedServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 ScriptedServer::port() const
{
    return m_server.serverPort();
}

QUrl ScriptedServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QUrl ScriptedServer::url(const QString &path) const
{
    return QUrl(url().toString() + path);
}

void ScriptedServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void ScriptedServer::enqueue(Response response)
{
    m_queue.append(std::move(response));
}

qsizetype ScriptedServer::queuedResponses() const
{
    return m_queue.size();
}

QList<Request> ScriptedServer::requests() const
{
    return m_requests;
}

void ScriptedServer::clearRequests()
{
    m_requests.clear();
}

void ScriptedServer::setRecordRequests(bool record)
{
    m_recording = record;
}

int ScriptedServer::acceptedConnections() const
{
    return m_accepted;
}

int ScriptedServer::openConnections() const
{
    return int(m_connections.size());
}

int ScriptedServer::peakOpenConnections() const
{
    return m_peakOpen;
}

qint64 ScriptedServer::nowMs() const
{
    return m_clock.elapsed();
}

qint64 ScriptedServer::nowMsRoundedUp() const
{
    // Deadlines start from the next whole millisecond, so no delay is ever cut short by the rounding.
    return (m_clock.nsecsElapsed() + 999'999) / 1'000'000;
}

ScriptedServer::Connection *ScriptedServer::find(int connectionId) const
{
    const auto it = m_connections.find(connectionId);
    return it == m_connections.end() ? nullptr : it->second.get();
}

void ScriptedServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto owned = std::make_unique<Connection>();
        Connection *connection = owned.get();
        connection->id = m_nextConnectionId++;
        connection->socket = socket;
        // Each piece leaves when it is due instead of waiting for Nagle's algorithm to fill a segment.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connections.emplace(connection->id, std::move(owned));
        ++m_accepted;
        m_peakOpen = std::max(m_peakOpen, openConnections());

        const int id = connection->id;
        connect(socket, &QTcpSocket::readyRead, this, [this, connection] { readFrom(*connection); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, connection] {
            if (connection->phase == Connection::Phase::Draining && connection->socket->bytesToWrite() == 0)
                reset(*connection);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, id] { release(id); });
        if (socket->state() != QAbstractSocket::ConnectedState)
            release(id);
        else if (socket->bytesAvailable() > 0)
            readFrom(*connection);
    }
}

void ScriptedServer::readFrom(Connection &connection)
{
    connection.inbound.append(connection.socket->readAll());
    if (connection.phase == Connection::Phase::Reading)
        parseRequests(connection);
}

void ScriptedServer::parseRequests(Connection &connection)
{
    QByteArray &data = connection.inbound;
    // RFC 9112 §2.2: a server ignores empty lines before the request line.
    qsizetype start = 0;
    while (QByteArrayView(data).sliced(start).startsWith(crlf))
        start += crlf.size();
    const qsizetype end = data.indexOf(headEnd, start);
    if (end < 0) {
        if (data.size() - start > maxHeadBytes)
            rejectRequest(connection, 431);
        else if (start > 0)
            data.remove(0, start);
        return;
    }
    if (end - start > maxHeadBytes)
        return rejectRequest(connection, 431);

    const QList<QByteArray> lines = data.sliced(start, end - start).split('\n');
    Request request;
    const QList<QByteArray> requestLine = lines.first().chopped(lines.first().endsWith('\r') ? 1 : 0).split(' ');
    if (requestLine.size() != 3 || requestLine[0].isEmpty() || requestLine[1].isEmpty())
        return rejectRequest(connection, 400);
    if (!requestLine[2].startsWith("HTTP/1."))
        return rejectRequest(connection, 505);
    request.method = requestLine[0];
    request.path = requestLine[1];
    request.version = requestLine[2];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        // A field name is a token: no spaces, and obsolete line folding is refused (RFC 9112 §5.2).
        if (colon <= 0 || line.first(colon).contains(' ') || line.first(colon).contains('\t'))
            return rejectRequest(connection, 400);
        request.headers.append({line.first(colon), line.sliced(colon + 1).trimmed()});
    }

    const qsizetype bodyStart = end + headEnd.size();
    qsizetype messageEnd = bodyStart;
    const QByteArray transferEncoding = request.header("Transfer-Encoding");
    if (!transferEncoding.isEmpty()) {
        if (!sameName(transferEncoding.split(',').last().trimmed(), "chunked"))
            return rejectRequest(connection, 501);
        switch (decodeChunked(data, bodyStart, request.body, messageEnd)) {
        case Parse::Invalid:
            return rejectRequest(connection, 400);
        case Parse::NeedMore:
            messageEnd = -1;
            break;
        case Parse::Done:
            break;
        }
    } else if (request.hasHeader("Content-Length")) {
        bool ok = false;
        const QByteArray field = request.header("Content-Length");
        const qlonglong length = field.toLongLong(&ok);
        if (!ok || length < 0 || field.startsWith('+'))
            return rejectRequest(connection, 400);
        messageEnd = data.size() - bodyStart >= length ? bodyStart + length : -1;
        if (messageEnd >= 0)
            request.body = data.sliced(bodyStart, length);
    }
    if (messageEnd < 0) {
        if (!connection.continueSent && listsToken(request.header("Expect"), "100-continue")) {
            connection.continueSent = true;
            send(connection.socket, "HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    }
    data.remove(0, messageEnd);
    connection.continueSent = false;

    request.connectionId = connection.id;
    request.index = m_requestCount++;
    if (m_recording)
        m_requests.append(request);
    Q_EMIT requestReceived(request);
    startResponse(connection, request, m_handler(request));
}

void ScriptedServer::startResponse(Connection &connection, const Request &request, Response response)
{
    const bool http11 = request.version == "HTTP/1.1";
    const QByteArray connectionField = request.header("Connection");
    const bool clientKeepsAlive
        = http11 ? !listsToken(connectionField, "close") : listsToken(connectionField, "keep-alive");
    connection.response = std::move(response);
    const Response &answer = connection.response;
    connection.requestIndex = request.index;
    connection.announceClose = !clientKeepsAlive || answer.ending == Response::Ending::Close
        || answer.framing == Response::Framing::Raw || listsToken(answer.header("Connection"), "close");
    connection.keepAlive = !connection.announceClose && answer.ending == Response::Ending::Finish;
    connection.nextPiece = 0;
    if (answer.stallBeforeHeaders) {
        connection.phase = Connection::Phase::Done;
        return;
    }
    connection.phase = Connection::Phase::Head;
    connection.dueMs = nowMsRoundedUp() + std::max(0, answer.headersDelayMs);
    advance(connection);
}

void ScriptedServer::advance(Connection &connection)
{
    using Phase = Connection::Phase;
    const Response &answer = connection.response;
    const qint64 now = nowMs();
    // Everything due now goes to the socket in one write.
    QByteArray out;
    const auto framed = [&answer](const QByteArray &bytes) {
        return answer.framing == Response::Framing::Chunked ? chunk(bytes) : bytes;
    };
    for (;;) {
        if (connection.phase != Phase::Head && connection.phase != Phase::Body && connection.phase != Phase::Repeat)
            return;
        if (connection.dueMs > now) {
            if (!out.isEmpty())
                send(connection.socket, out);
            schedule(connection);
            return;
        }
        if (connection.phase == Phase::Head) {
            const QByteArray reason = answer.reason.isEmpty() ? standardReason(answer.status) : answer.reason;
            out += "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reason + crlf;
            for (const auto &[name, value] : answer.headers)
                out += name + ": " + value + crlf;
            const bool framingGiven = hasHeaderNamed(answer.headers, "Content-Length")
                || hasHeaderNamed(answer.headers, "Transfer-Encoding");
            if (!framingGiven && answer.framing == Response::Framing::ContentLength) {
                qsizetype length = 0;
                for (const BodyPiece &piece : answer.pieces)
                    length += piece.bytes.size();
                out += "Content-Length: " + QByteArray::number(length) + crlf;
            } else if (!framingGiven && answer.framing == Response::Framing::Chunked) {
                out += "Transfer-Encoding: chunked\r\n";
            }
            if (connection.announceClose && !hasHeaderNamed(answer.headers, "Connection"))
                out += "Connection: close\r\n";
            out += crlf;
            connection.phase = Phase::Body;
            if (!answer.pieces.isEmpty())
                connection.dueMs += std::max(0, answer.pieces.first().delayMs);
        } else if (connection.phase == Phase::Body && connection.nextPiece < answer.pieces.size()) {
            out += framed(answer.pieces[connection.nextPiece].bytes);
            ++connection.nextPiece;
            if (connection.nextPiece < answer.pieces.size())
                connection.dueMs += std::max(0, answer.pieces[connection.nextPiece].delayMs);
        } else if (connection.phase == Phase::Body) {
            if (!out.isEmpty())
                send(connection.socket, out);
            out.clear();
            const int id = connection.id;
            Q_EMIT responseSent(connection.requestIndex);
            if (find(id) != &connection)
                return;
            if (!answer.repeatForever) {
                finishResponse(connection);
                return;
            }
            connection.phase = Phase::Repeat;
            connection.dueMs += std::max(1, answer.repeatForever->delayMs);
        } else {
            out += framed(answer.repeatForever->bytes);
            connection.dueMs += std::max(1, answer.repeatForever->delayMs);
        }
    }
}

void ScriptedServer::finishResponse(Connection &connection)
{
    const Response &answer = connection.response;
    switch (answer.ending) {
    case Response::Ending::Drop:
        connection.phase = Connection::Phase::Draining;
        connection.socket->flush();
        if (connection.socket->bytesToWrite() == 0)
            reset(connection);
        return;
    case Response::Ending::Stall:
        connection.phase = Connection::Phase::Done;
        return;
    case Response::Ending::Finish:
    case Response::Ending::Close:
        break;
    }
    if (answer.framing == Response::Framing::Chunked)
        send(connection.socket, "0\r\n\r\n");
    if (connection.keepAlive) {
        connection.phase = Connection::Phase::Reading;
        connection.response = {};
        if (!connection.inbound.isEmpty())
            parseRequests(connection);
        return;
    }
    connection.phase = Connection::Phase::Done;
    // Sends what is buffered, then FIN; `disconnected` releases the connection.
    connection.socket->disconnectFromHost();
}

void ScriptedServer::rejectRequest(Connection &connection, int status)
{
    connection.phase = Connection::Phase::Done;
    send(connection.socket,
         "HTTP/1.1 " + QByteArray::number(status) + ' ' + standardReason(status)
             + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    connection.socket->disconnectFromHost();
}

void ScriptedServer::reset(Connection &connection)
{
    QTcpSocket *socket = connection.socket;
    release(connection.id);
#if defined(Q_OS_UNIX)
    // A zero linger time makes close() send RST instead of FIN: the peer sees "connection reset".
    const linger abortive {1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
#endif
    socket->abort();
}

void ScriptedServer::release(int connectionId)
{
    const auto it = m_connections.find(connectionId);
    if (it == m_connections.end())
        return;
    std::unique_ptr<Connection> connection = std::move(it->second);
    m_connections.erase(it);
    connection->phase = Connection::Phase::Done;
    QObject::disconnect(connection->socket, nullptr, this, nullptr);
    connection->socket->deleteLater();
    m_released.push_back(std::move(connection));
    m_reaper.start();
    Q_EMIT connectionClosed(connectionId);
}

void ScriptedServer::schedule(Connection &connection)
{
    m_dueQueue.push({connection.dueMs, m_sequence++, connection.id});
    if (!m_dispatching && (m_timerAtMs < 0 || connection.dueMs < m_timerAtMs))
        armTimer();
}

void ScriptedServer::runDue()
{
    m_timerAtMs = -1;
    m_dispatching = true;
    const qint64 now = nowMs();
    while (!m_dueQueue.empty() && m_dueQueue.top().atMs <= now) {
        const Due due = m_dueQueue.top();
        m_dueQueue.pop();
        // A connection has at most one entry; it is gone from the map when the client left.
        if (Connection *connection = find(due.connectionId))
            advance(*connection);
    }
    m_dispatching = false;
    armTimer();
}

void ScriptedServer::armTimer()
{
    // Entries of connections that are gone surface here and are dropped.
    while (!m_dueQueue.empty() && !find(m_dueQueue.top().connectionId))
        m_dueQueue.pop();
    if (m_dueQueue.empty()) {
        m_timer.stop();
        m_timerAtMs = -1;
        return;
    }
    const qint64 at = m_dueQueue.top().atMs;
    if (m_timer.isActive() && m_timerAtMs == at)
        return;
    m_timerAtMs = at;
    m_timer.start(std::chrono::milliseconds(std::max<qint64>(0, at - nowMs())));
}

} // namespace Dialogsmith::Test

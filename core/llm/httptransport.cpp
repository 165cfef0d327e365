// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/httptransport.h"

#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace Dialogsmith::Llm {

namespace {

constexpr qsizetype maxLineBytes = 64 * 1024;
constexpr int maxHeaders = 256;

} // namespace

struct HttpTransport::Exchange {
    Id id = 0;
    HttpRequest request;
    Callbacks callbacks;
    Connection *connection = nullptr;
    bool gotByte = false;
    bool reused = false;
    bool retried = false;
};

struct HttpTransport::Connection {
    enum class Phase { Idle, StatusLine, Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, UntilClose };

    QByteArray key;
    QTcpSocket *socket = nullptr;
    std::shared_ptr<Exchange> exchange;
    Phase phase = Phase::Idle;
    QByteArray line;
    qint64 remaining = 0;
    int status = 0;
    bool interim = false;
    Headers headers;
    bool keepAlive = true;
    bool used = false;
    bool dead = false;
};

HttpTransport::HttpTransport(QObject *parent)
    : QObject(parent)
{ }

HttpTransport::~HttpTransport()
{
    for (Connection *connection : std::as_const(m_connections)) {
        if (connection->socket) {
            disconnect(connection->socket, nullptr, this, nullptr);
            connection->socket->abort();
        }
        delete connection;
    }
}

int HttpTransport::openConnections() const
{
    return int(
        std::count_if(m_connections.cbegin(), m_connections.cend(), [](const Connection *c) { return !c->dead; }));
}

QByteArray HttpTransport::poolKey(const QUrl &url)
{
    const bool tls = url.scheme() == QLatin1StringView("https");
    return url.scheme().toLatin1() + "://" + url.host(QUrl::FullyEncoded).toLatin1() + ':'
        + QByteArray::number(url.port(tls ? 443 : 80));
}

HttpTransport::Id HttpTransport::send(const HttpRequest &request, Callbacks callbacks)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->id = m_nextId++;
    exchange->request = request;
    exchange->callbacks = std::move(callbacks);
    m_exchanges.insert(exchange->id, exchange);
    start(exchange);
    return exchange->id;
}

void HttpTransport::start(const std::shared_ptr<Exchange> &exchange)
{
    const QUrl &url = exchange->request.url;
    const bool tls = url.scheme() == QLatin1StringView("https");
    if ((!tls && url.scheme() != QLatin1StringView("http")) || url.host().isEmpty()
        || (tls && !QSslSocket::supportsSsl())) {
        const QString error = tls && !QSslSocket::supportsSsl()
            ? tr("TLS is not available on this system")
            : tr("%1 is not an http or https URL").arg(url.toDisplayString());
        QMetaObject::invokeMethod(
            this,
            [this, id = exchange->id, error] {
                if (const std::shared_ptr<Exchange> e = m_exchanges.take(id); e && e->callbacks.end)
                    e->callbacks.end(error);
            },
            Qt::QueuedConnection);
        return;
    }

    const QByteArray key = poolKey(url);
    Connection *connection = nullptr;
    for (Connection *candidate : std::as_const(m_connections)) {
        if (!candidate->dead && !candidate->exchange && candidate->key == key
            && candidate->socket->state() == QAbstractSocket::ConnectedState) {
            connection = candidate;
            break;
        }
    }
    if (!connection) {
        connection = new Connection;
        connection->key = key;
        connection->socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
        connection->socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connections.append(connection);
        connect(connection->socket, &QTcpSocket::readyRead, this, [this, connection] { readFrom(*connection); });
        connect(connection->socket, &QTcpSocket::disconnected, this, [this, connection] {
            dropConnection(connection, tr("the server closed the connection before the answer was complete"), true);
        });
        connect(connection->socket, &QTcpSocket::errorOccurred, this,
                [this, connection](QAbstractSocket::SocketError e) {
                    const bool closed = e == QAbstractSocket::RemoteHostClosedError;
                    dropConnection(connection,
                                   closed ? tr("the server closed the connection before the answer was complete")
                                          : connection->socket->errorString(),
                                   closed);
                });
        if (tls)
            static_cast<QSslSocket *>(connection->socket)->connectToHostEncrypted(url.host(), quint16(url.port(443)));
        else
            connection->socket->connectToHost(url.host(), quint16(url.port(80)));
    }

    exchange->connection = connection;
    exchange->reused = connection->used;
    exchange->gotByte = false;
    connection->used = true;
    connection->exchange = exchange;
    connection->phase = Connection::Phase::StatusLine;
    connection->line.clear();
    connection->headers.clear();
    connection->status = 0;
    connection->interim = false;
    connection->keepAlive = true;

    const HttpRequest &r = exchange->request;
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray head = r.method + ' ' + path + " HTTP/1.1\r\nHost: " + url.host(QUrl::FullyEncoded).toLatin1();
    if (url.port() != -1)
        head += ':' + QByteArray::number(url.port());
    head += "\r\n";
    for (const auto &[name, value] : r.headers)
        head += name + ": " + value + "\r\n";
    if (r.method != "GET" || !r.body.isEmpty())
        head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    head += "\r\n";
    connection->socket->write(head + r.body);
}

void HttpTransport::readFrom(Connection &connection)
{
    const QByteArray data = connection.socket->readAll();
    QByteArrayView rest(data);
    const std::shared_ptr<Exchange> current = connection.exchange;
    // Only the current answer is read: the end callback may already have started the next exchange on
    // this connection.
    while (current && !rest.isEmpty() && !connection.dead && connection.exchange == current) {
        if (!parse(connection, rest))
            return;
    }
    // Bytes beyond the end of an answer (or on an idle connection) cannot be trusted for the next one.
    if (!rest.isEmpty() && !connection.dead)
        dropConnection(&connection, {}, false);
}

// Consumes the front of `data`. Returns false when the connection can no longer be read.
bool HttpTransport::parse(Connection &connection, QByteArrayView &data)
{
    using Phase = Connection::Phase;
    const std::shared_ptr<Exchange> exchange = connection.exchange;
    exchange->gotByte = true;

    if (connection.phase == Phase::Body || connection.phase == Phase::ChunkData
        || connection.phase == Phase::UntilClose) {
        const qsizetype take = connection.phase == Phase::UntilClose
            ? data.size()
            : qsizetype(std::min<qint64>(connection.remaining, data.size()));
        const QByteArrayView piece = data.first(take);
        data = data.sliced(take);
        connection.remaining -= take;
        if (exchange->callbacks.body && !piece.isEmpty()) {
            exchange->callbacks.body(piece);
            if (connection.dead || connection.exchange != exchange)
                return false;
        }
        if (connection.phase == Phase::Body && connection.remaining == 0)
            finishExchange(connection, {});
        else if (connection.phase == Phase::ChunkData && connection.remaining == 0)
            connection.phase = Phase::ChunkDataEnd;
        return true;
    }

    // The other phases read lines.
    const qsizetype newline = data.indexOf('\n');
    if (newline < 0) {
        connection.line += data;
        data = {};
        if (connection.line.size() > maxLineBytes)
            dropConnection(&connection, tr("the server sent an over-long line in its answer's head"), false);
        return !connection.dead;
    }
    connection.line += data.first(newline + 1);
    data = data.sliced(newline + 1);
    if (connection.line.size() > maxLineBytes) {
        dropConnection(&connection, tr("the server sent an over-long line in its answer's head"), false);
        return false;
    }
    QByteArray line = std::exchange(connection.line, QByteArray());
    line.chop(line.endsWith("\r\n") ? 2 : 1);
    const auto malformed = [&](const char *what) {
        dropConnection(&connection, tr("the server's answer is not valid HTTP (%1)").arg(QLatin1StringView(what)),
                       false);
        return false;
    };

    switch (connection.phase) {
    case Phase::StatusLine: {
        // "HTTP/1.1 200 OK"
        if (!line.startsWith("HTTP/1.") || line.size() < 12 || line.at(8) != ' ')
            return malformed("status line");
        bool ok = false;
        connection.status = line.mid(9, 3).toInt(&ok);
        if (!ok || connection.status < 100)
            return malformed("status code");
        if (line.at(7) == '0')
            connection.keepAlive = false;
        connection.interim = connection.status < 200;
        connection.phase = Phase::Headers;
        return true;
    }
    case Phase::Headers: {
        if (!line.isEmpty()) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return malformed("header line");
            if (connection.headers.size() >= maxHeaders)
                return malformed("too many headers");
            connection.headers.append({line.first(colon).trimmed().toLower(), line.sliced(colon + 1).trimmed()});
            return true;
        }
        if (connection.interim) {
            connection.headers.clear();
            connection.phase = Phase::StatusLine;
            return true;
        }
        QByteArray transferEncoding;
        qint64 length = -1;
        for (const auto &[name, value] : std::as_const(connection.headers)) {
            if (name == "transfer-encoding")
                transferEncoding = value.toLower();
            else if (name == "content-length") {
                bool ok = false;
                length = value.toLongLong(&ok);
                if (!ok || length < 0)
                    return malformed("Content-Length");
            } else if (name == "connection" && value.toLower().contains("close")) {
                connection.keepAlive = false;
            }
        }
        if (exchange->callbacks.head) {
            exchange->callbacks.head(connection.status, connection.headers);
            if (connection.dead || connection.exchange != exchange)
                return false;
        }
        if (connection.status == 204 || connection.status == 304 || exchange->request.method == "HEAD") {
            finishExchange(connection, {});
        } else if (transferEncoding.contains("chunked")) {
            connection.phase = Phase::ChunkSize;
        } else if (length >= 0) {
            connection.phase = Phase::Body;
            connection.remaining = length;
            if (length == 0)
                finishExchange(connection, {});
        } else {
            connection.phase = Phase::UntilClose;
            connection.keepAlive = false;
        }
        return true;
    }
    case Phase::ChunkSize: {
        const qsizetype semicolon = line.indexOf(';');
        bool ok = false;
        const qint64 size = (semicolon >= 0 ? line.first(semicolon) : line).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return malformed("chunk size");
        connection.remaining = size;
        connection.phase = size == 0 ? Phase::Trailers : Phase::ChunkData;
        return true;
    }
    case Phase::ChunkDataEnd:
        if (!line.isEmpty())
            return malformed("chunk end");
        connection.phase = Phase::ChunkSize;
        return true;
    case Phase::Trailers:
        if (line.isEmpty())
            finishExchange(connection, {});
        return true;
    case Phase::Idle:
    case Phase::Body:
    case Phase::ChunkData:
    case Phase::UntilClose:
        break;
    }
    return true;
}

void HttpTransport::finishExchange(Connection &connection, const QString &error)
{
    const std::shared_ptr<Exchange> exchange = std::exchange(connection.exchange, nullptr);
    connection.phase = Connection::Phase::Idle;
    if (!exchange)
        return;
    exchange->connection = nullptr;
    m_exchanges.remove(exchange->id);
    if (!connection.keepAlive || !error.isEmpty())
        dropConnection(&connection, {}, false);
    if (exchange->callbacks.end)
        exchange->callbacks.end(error);
}

void HttpTransport::dropConnection(Connection *connection, const QString &error, bool closedByPeer)
{
    if (connection->dead)
        return;
    connection->dead = true;
    disconnect(connection->socket, nullptr, this, nullptr);
    const std::shared_ptr<Exchange> exchange = std::exchange(connection->exchange, nullptr);
    connection->socket->abort();
    std::exchange(connection->socket, nullptr)->deleteLater();
    // Freed later: this may run inside one of the connection's own signal handlers.
    QMetaObject::invokeMethod(
        this,
        [this, connection] {
            m_connections.removeOne(connection);
            delete connection;
        },
        Qt::QueuedConnection);

    if (!exchange)
        return;
    exchange->connection = nullptr;
    // A body without length or chunks ends when the server closes the connection.
    if (connection->phase == Connection::Phase::UntilClose && closedByPeer) {
        m_exchanges.remove(exchange->id);
        if (exchange->callbacks.end)
            exchange->callbacks.end({});
        return;
    }
    // A kept-alive connection the server had already closed: the request never reached it. Once more.
    if (!exchange->gotByte && exchange->reused && !exchange->retried) {
        exchange->retried = true;
        start(exchange);
        return;
    }
    m_exchanges.remove(exchange->id);
    if (exchange->callbacks.end)
        exchange->callbacks.end(error.isEmpty() ? tr("the connection was closed") : error);
}

void HttpTransport::abort(Id id)
{
    const std::shared_ptr<Exchange> exchange = m_exchanges.take(id);
    if (!exchange)
        return;
    exchange->callbacks = {};
    if (Connection *connection = exchange->connection) {
        // Detach first: an aborted exchange must not be sent again as a stale keep-alive would be.
        connection->exchange = nullptr;
        exchange->connection = nullptr;
        dropConnection(connection, {}, false);
    }
}

void HttpTransport::release(Id id, int graceMs)
{
    const std::shared_ptr<Exchange> exchange = m_exchanges.value(id);
    if (!exchange)
        return;
    exchange->callbacks = {};
    QTimer::singleShot(graceMs, this, [this, id] { abort(id); });
}

} // namespace Dialogsmith::Llm

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/httptransport.h"

#include "llm/httpresponseparser.h"

#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace Dialogsmith::Llm {

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
    QByteArray key;
    QTcpSocket *socket = nullptr;
    std::shared_ptr<Exchange> exchange;
    HttpResponseParser parser;
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
    // A request sent again because its kept-alive connection was stale goes on a new connection: the other
    // idle ones may be just as stale (llama.cpp's server, for one, closes every connection after a stream
    // without saying so), and a second stale one would fail the attempt.
    for (Connection *candidate : std::as_const(m_connections)) {
        if (!exchange->retried && !candidate->dead && !candidate->exchange && candidate->key == key
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
    connection->parser = HttpResponseParser(exchange->request.method == "HEAD");

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
    const std::shared_ptr<Exchange> current = connection.exchange;
    if (!current) {
        // An idle connection has nothing to say; whatever it sends cannot be trusted for the next answer.
        if (!data.isEmpty())
            dropConnection(&connection, {}, false);
        return;
    }
    if (!data.isEmpty())
        current->gotByte = true;
    // The callbacks may abort the exchange, or (once it ends) start the next one on this connection.
    const auto stillCurrent = [&connection, current] { return !connection.dead && connection.exchange == current; };
    const HttpResponseParser::Sink sink {[&](int status, const Headers &headers) {
                                             if (current->callbacks.head)
                                                 current->callbacks.head(status, headers);
                                             return stillCurrent();
                                         },
                                         [&](QByteArrayView bytes) {
                                             if (current->callbacks.body)
                                                 current->callbacks.body(bytes);
                                             return stillCurrent();
                                         }};
    const qsizetype used = connection.parser.feed(data, sink);
    if (!stillCurrent())
        return;
    switch (connection.parser.state()) {
    case HttpResponseParser::State::Reading:
        break;
    case HttpResponseParser::State::Failed:
        dropConnection(&connection, connection.parser.error(), false);
        break;
    case HttpResponseParser::State::Complete:
        finishExchange(connection, {});
        // Bytes beyond the end of an answer cannot be trusted for the next one.
        if (used < data.size() && !connection.dead)
            dropConnection(&connection, {}, false);
        break;
    }
}

void HttpTransport::finishExchange(Connection &connection, const QString &error)
{
    const std::shared_ptr<Exchange> exchange = std::exchange(connection.exchange, nullptr);
    if (!exchange)
        return;
    exchange->connection = nullptr;
    m_exchanges.remove(exchange->id);
    if (!connection.parser.keepAlive() || !error.isEmpty())
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
    if (closedByPeer) {
        connection->parser.connectionClosed();
        if (connection->parser.state() == HttpResponseParser::State::Complete) {
            m_exchanges.remove(exchange->id);
            if (exchange->callbacks.end)
                exchange->callbacks.end({});
            return;
        }
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

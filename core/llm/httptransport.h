// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "llm/wire/wireformat.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class QTcpSocket;

namespace Dialogsmith::Llm {

/// HTTP/1.1 for streamed completions, on the thread of its owner: a keep-alive pool of TCP and TLS
/// sockets, responses parsed as they arrive (Content-Length, chunked, or until close) and body bytes
/// handed straight to the caller. QNetworkAccessManager costs a thread hop and a copy per network read,
/// which dominates the CPU of hundreds of token streams; this does one read and no hop.
class HttpTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTransport)

public:
    using Id = quint64;
    using Headers = QList<std::pair<QByteArray, QByteArray>>; ///< names lower-cased, as HttpResponseParser gives them

    struct Callbacks {
        /// The status line and headers arrived.
        std::function<void(int status, const Headers &headers)> head;
        /// Body bytes, de-chunked; the view is valid during the call only.
        std::function<void(QByteArrayView bytes)> body;
        /// The exchange ended: `error` is empty when the whole body arrived.
        std::function<void(const QString &error)> end;
    };

    explicit HttpTransport(QObject *parent = nullptr);
    ~HttpTransport() override;

    /// Sends `request`; the callbacks run on this object's thread, never before send() returns. An exchange
    /// on a reused connection that fails before any byte of the answer is sent again on a new connection.
    Id send(const HttpRequest &request, Callbacks callbacks);
    /// Stops reporting on `id` at once; its connection is closed unless the answer is already complete.
    void abort(Id id);
    /// Stops reporting on `id`, but lets its answer finish within `graceMs` so the connection can be reused.
    void release(Id id, int graceMs);

    int openConnections() const;

private:
    struct Connection;
    struct Exchange;

    void start(const std::shared_ptr<Exchange> &exchange);
    void readFrom(Connection &connection);
    void finishExchange(Connection &connection, const QString &error);
    void dropConnection(Connection *connection, const QString &error, bool closedByPeer);
    static QByteArray poolKey(const QUrl &url);

    Id m_nextId = 1;
    QHash<Id, std::shared_ptr<Exchange>> m_exchanges;
    QList<Connection *> m_connections;
};

} // namespace Dialogsmith::Llm

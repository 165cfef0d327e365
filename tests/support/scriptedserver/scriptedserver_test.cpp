// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "scriptedserver/scriptedserver.h"

#include "scriptedserver/scriptedresponses.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

#if defined(Q_OS_LINUX)
#include <sys/socket.h>

#include <cerrno>
#endif

using namespace Dialogsmith::Test;

namespace {

// One HTTP response as a client reads it, decoded independently of the server's own code.
struct ClientResponse {
    int status = 0;
    QByteArray reason;
    HeaderList headers;
    QByteArray body;
    QList<QByteArray> chunks; ///< the chunks of a chunked body, as framed
    bool complete = false;
    qsizetype size = 0; ///< bytes of the connection this response took

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// Parses the response that starts at `from`; `closed` says the server closed the connection after the data.
ClientResponse parseResponse(const QByteArray &data, qsizetype from, bool closed)
{
    ClientResponse response;
    const qsizetype headEnd = data.indexOf("\r\n\r\n", from);
    if (headEnd < 0)
        return response;
    const QList<QByteArray> lines = data.sliced(from, headEnd - from).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 3 || statusLine[0] != "HTTP/1.1")
        return response;
    response.status = statusLine[1].toInt();
    response.reason = lines.first().trimmed().sliced(statusLine[0].size() + statusLine[1].size() + 2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        response.headers.append({line.first(colon), line.sliced(colon + 1).trimmed()});
    }
    qsizetype position = headEnd + 4;
    if (response.header("Transfer-Encoding") == "chunked") {
        for (;;) {
            const qsizetype lineEnd = data.indexOf("\r\n", position);
            if (lineEnd < 0)
                return response;
            bool ok = false;
            const qsizetype size = data.sliced(position, lineEnd - position).toLongLong(&ok, 16);
            if (!ok || data.size() < lineEnd + 2 + size + 2)
                return response;
            position = lineEnd + 2;
            if (size == 0) {
                response.complete = data.sliced(position, 2) == "\r\n";
                response.size = position + 2 - from;
                return response;
            }
            response.chunks.append(data.sliced(position, size));
            response.body += data.sliced(position, size);
            position += size + 2;
        }
    }
    if (response.headers.isEmpty() || response.header("Content-Length").isEmpty()) {
        response.body = data.sliced(position);
        response.complete = closed;
        response.size = data.size() - from;
        return response;
    }
    const qsizetype length = response.header("Content-Length").toLongLong();
    response.body = data.sliced(position, std::min(length, data.size() - position));
    response.complete = response.body.size() == length;
    response.size = position + response.body.size() - from;
    return response;
}

QList<ClientResponse> parseResponses(const QByteArray &data, bool closed)
{
    QList<ClientResponse> responses;
    qsizetype from = 0;
    while (from < data.size()) {
        ClientResponse response = parseResponse(data, from, closed);
        responses.append(response);
        if (!response.complete)
            break;
        from += response.size;
    }
    return responses;
}

// A client on a bare socket that remembers when each byte arrived.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] {
            data += socket.readAll();
            arrivals.append({clock.elapsed(), data.size()});
        });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this] { closed = true; });
        socket.connectToHost(QHostAddress::LocalHost, port);
        clock.start();
    }

    void send(const QByteArray &bytes)
    {
        clock.restart();
        socket.write(bytes);
    }

    QList<ClientResponse> responses() const { return parseResponses(data, closed); }
    ClientResponse response() const { return parseResponse(data, 0, closed); }
    bool hasCompleteResponses(qsizetype count) const
    {
        const QList<ClientResponse> all = responses();
        return all.size() >= count && all[count - 1].complete;
    }
    /// Milliseconds from the last send() until more than `bytes` bytes had arrived; -1 if they never did.
    qint64 msUntilMoreThan(qsizetype bytes) const
    {
        for (const auto &[ms, total] : arrivals) {
            if (total > bytes)
                return ms;
        }
        return -1;
    }

    QTcpSocket socket;
    QByteArray data;
    QList<std::pair<qint64, qsizetype>> arrivals;
    bool closed = false;

private:
    QElapsedTimer clock;
};

QByteArray getRequest(const QByteArray &path, const QByteArray &extraHeaders = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

struct SseEvent {
    QByteArray event;
    QByteArray data;
};

// Splits an event stream on its blank lines; `lineEnding` is "\n" or "\r\n".
QList<SseEvent> parseEvents(const QByteArray &body, const QByteArray &lineEnding = "\n")
{
    QList<SseEvent> events;
    const QByteArray separator = lineEnding + lineEnding;
    qsizetype position = 0;
    for (;;) {
        const qsizetype end = body.indexOf(separator, position);
        if (end < 0)
            break;
        SseEvent event;
        const QByteArray block = body.sliced(position, end - position);
        qsizetype linePosition = 0;
        while (linePosition <= block.size()) {
            qsizetype lineEnd = block.indexOf(lineEnding, linePosition);
            if (lineEnd < 0)
                lineEnd = block.size();
            const QByteArray line = block.sliced(linePosition, lineEnd - linePosition);
            if (line.startsWith("event: "))
                event.event = line.sliced(7);
            else if (line.startsWith("data: "))
                event.data += (event.data.isEmpty() ? "" : "\n") + line.sliced(6);
            linePosition = lineEnd + lineEnding.size();
        }
        events.append(event);
        position = end + separator.size();
    }
    return events;
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not a JSON object: %s", json.constData());
    return document.object();
}

struct Fetched {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    qint64 elapsedMs = 0;
};

} // namespace

class ScriptedServerTest : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    // Sends a request and collects everything the reply delivered, also after an error.
    Fetched fetch(const QUrl &url, const QByteArray &postBody = {}, int transferTimeoutMs = 0)
    {
        QNetworkRequest request(url);
        if (transferTimeoutMs > 0)
            request.setTransferTimeout(transferTimeoutMs);
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = nullptr;
        if (postBody.isNull()) {
            reply = m_network.get(request);
        } else {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            reply = m_network.post(request, postBody);
        }
        Fetched fetched;
        connect(reply, &QNetworkReply::readyRead, this, [reply, &fetched] { fetched.body += reply->readAll(); });
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(20000))
            qWarning("no reply within 20 s from %s", qPrintable(url.toString()));
        reply->disconnect(this);
        if (reply->isOpen())
            fetched.body += reply->readAll();
        fetched.elapsedMs = clock.elapsed();
        fetched.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        fetched.error = reply->error();
        reply->deleteLater();
        return fetched;
    }

private Q_SLOTS:
    void listen_choosesAFreeLoopbackPort()
    {
        ScriptedServer first;
        ScriptedServer second;
        QVERIFY(first.listen());
        QVERIFY(second.listen());
        QVERIFY(first.port() != 0);
        QVERIFY(first.port() != second.port());
        QCOMPARE(first.url(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(first.port())));
        QCOMPARE(first.url(QStringLiteral("/v1/models?x=1")).path(), QStringLiteral("/v1/models"));
        QCOMPARE(first.url(QStringLiteral("/v1/models?x=1")).query(), QStringLiteral("x=1"));
    }

    void queuedResponses_areServedInOrderThen404()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        Response created = Response::withBody(201, "text/plain", "made");
        created.setHeader("X-Scripted", "yes");
        created.reason = "Made It";
        server.enqueue(created);
        server.enqueue(Response::withBody(200, "text/plain", "second"));
        QCOMPARE(server.queuedResponses(), 2);

        RawClient client(server.port());
        client.send(getRequest("/a") + getRequest("/b") + getRequest("/c"));
        QTRY_VERIFY(client.hasCompleteResponses(3));
        const QList<ClientResponse> responses = client.responses();
        QCOMPARE(responses[0].status, 201);
        QCOMPARE(responses[0].reason, QByteArray("Made It"));
        QCOMPARE(responses[0].header("x-scripted"), QByteArray("yes"));
        QCOMPARE(responses[0].header("Content-Type"), QByteArray("text/plain"));
        QCOMPARE(responses[0].body, QByteArray("made"));
        QCOMPARE(responses[1].status, 200);
        QCOMPARE(responses[1].reason, QByteArray("OK"));
        QCOMPARE(responses[1].body, QByteArray("second"));
        QCOMPARE(responses[2].status, 404);
        QCOMPARE(responses[2].reason, QByteArray("Not Found"));
        QCOMPARE(server.queuedResponses(), 0);
    }

    void handler_choosesTheResponseFromTheRequest()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](const Request &request) {
            return Response::withBody(request.route() == "/v1/models" ? 200 : 418, "text/plain", request.path);
        });
        const Fetched models = fetch(server.url(QStringLiteral("/v1/models?limit=2")));
        QCOMPARE(models.status, 200);
        QCOMPARE(models.body, QByteArray("/v1/models?limit=2"));
        QCOMPARE(fetch(server.url(QStringLiteral("/other"))).status, 418);
    }

    void request_isRecordedWithMethodPathHeadersAndJsonBody()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::withBody(200, "application/json", "{}"));
        QSignalSpy received(&server, &ScriptedServer::requestReceived);

        QNetworkRequest request(server.url(QStringLiteral("/v1/chat/completions?alt=sse")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer sk-test");
        request.setRawHeader("anthropic-version", "2023-06-01");
        const QByteArray body = R"({"model":"m","stream":true,"messages":[{"role":"user","content":"hi"}]})";
        QNetworkReply *reply = m_network.post(request, body);
        QTRY_VERIFY(reply->isFinished());
        reply->deleteLater();

        QCOMPARE(received.size(), 1);
        const auto signalled = received.first().first().value<Request>();
        QCOMPARE(server.requests().size(), 1);
        const Request recorded = server.requests().first();
        QCOMPARE(signalled.body, recorded.body);
        QCOMPARE(recorded.method, QByteArray("POST"));
        QCOMPARE(recorded.path, QByteArray("/v1/chat/completions?alt=sse"));
        QCOMPARE(recorded.route(), QByteArray("/v1/chat/completions"));
        QCOMPARE(recorded.query().queryItemValue(QStringLiteral("alt")), QStringLiteral("sse"));
        QCOMPARE(recorded.version, QByteArray("HTTP/1.1"));
        QCOMPARE(recorded.header("authorization"), QByteArray("Bearer sk-test"));
        QCOMPARE(recorded.header("ANTHROPIC-VERSION"), QByteArray("2023-06-01"));
        QVERIFY(!recorded.hasHeader("x-api-key"));
        QCOMPARE(recorded.body, body);
        QCOMPARE(recorded.json().value(QStringLiteral("stream")).toBool(), true);
        QCOMPARE(recorded.json().value(QStringLiteral("messages")).toArray().size(), 1);
        QCOMPARE(recorded.index, 0);
    }

    void rawRequest_inPiecesWithMixedCaseHeaders_isParsedWhenComplete()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        QSignalSpy received(&server, &ScriptedServer::requestReceived);
        RawClient client(server.port());

        client.send("\r\nPOST /v1/messages HTTP/1.1\r\nHost: 127.0.0.1\r\ncOnTeNt-LeNgTh: 11\r\nX-Api-");
        QVERIFY(!received.wait(100));
        client.send("Key:   secret  \r\n\r\nhello");
        QVERIFY(!received.wait(100));
        client.send(" world");
        QVERIFY(received.wait());

        const Request request = server.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.header("content-length"), QByteArray("11"));
        QCOMPARE(request.header("x-api-key"), QByteArray("secret"));
        QCOMPARE(request.body, QByteArray("hello world"));
    }

    void chunkedRequestBody_isDecoded()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        RawClient client(server.port());
        client.send("POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "5\r\nhello\r\n6;name=value\r\n world\r\n0\r\nTrailer: t\r\n\r\n");
        QTRY_COMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().body, QByteArray("hello world"));
        QTRY_VERIFY(client.hasCompleteResponses(1));
        QCOMPARE(client.response().status, 404);
    }

    void expectContinue_getsAnInterimResponseBeforeTheBody()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::withBody(200, "text/plain", "done"));
        RawClient client(server.port());
        client.send("POST /v1 HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
        QTRY_COMPARE(client.data, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        client.send("body");
        QTRY_VERIFY(client.data.endsWith("done"));
        QCOMPARE(server.requests().first().body, QByteArray("body"));
    }

    void malformedRequest_isAnswered400AndClosed()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        RawClient client(server.port());
        client.send("NONSENSE\r\n\r\n");
        QTRY_VERIFY(client.closed);
        QCOMPARE(client.response().status, 400);
        QVERIFY(server.requests().isEmpty());
    }

    void chunkedResponse_decodesToTheExactBytesOneChunkPerPiece()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        Response response;
        response.framing = Response::Framing::Chunked;
        const QList<QByteArray> pieces {"first piece", QByteArray(5000, 'x'), "", "\r\n0\r\n\r\n", "last"};
        for (const QByteArray &piece : pieces)
            response.addPiece(piece);
        server.enqueue(response);
        server.enqueue(response);

        RawClient client(server.port());
        client.send(getRequest("/raw"));
        QTRY_VERIFY(client.hasCompleteResponses(1));
        const ClientResponse raw = client.response();
        QCOMPARE(raw.header("Transfer-Encoding"), QByteArray("chunked"));
        QVERIFY(raw.header("Content-Length").isEmpty());
        QCOMPARE(raw.body, response.body());
        // The empty piece marks time only: an empty chunk would end the body.
        QCOMPARE(raw.chunks, (QList<QByteArray> {pieces[0], pieces[1], pieces[3], pieces[4]}));

        const Fetched fetched = fetch(server.url(QStringLiteral("/qnam")));
        QCOMPARE(fetched.error, QNetworkReply::NoError);
        QCOMPARE(fetched.body, response.body());
    }

    void contentLengthResponse_announcesTheExactLength()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        Response response;
        response.addPiece("abc").addPiece("défg", 10);
        server.enqueue(response);
        RawClient client(server.port());
        client.send(getRequest("/"));
        QTRY_VERIFY(client.hasCompleteResponses(1));
        QCOMPARE(client.response().header("Content-Length"), QByteArray::number(response.body().size()));
        QCOMPARE(client.response().body, response.body());
        QVERIFY(!client.closed);
    }

    void keepAlive_servesSeveralRequestsOnOneConnection()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        RawClient client(server.port());
        for (int i = 0; i < 3; ++i) {
            server.enqueue(openAiStream({QStringLiteral("n%1").arg(i)}));
            client.send(getRequest("/" + QByteArray::number(i)));
            QTRY_VERIFY(client.hasCompleteResponses(i + 1));
        }
        QVERIFY(!client.closed);
        QCOMPARE(server.acceptedConnections(), 1);
        const QList<Request> requests = server.requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests[2].path, QByteArray("/2"));
        QCOMPARE(requests[0].connectionId, requests[2].connectionId);

        // QNetworkAccessManager reuses the connection as well.
        ScriptedServer second;
        QVERIFY(second.listen());
        for (int i = 0; i < 3; ++i) {
            second.enqueue(anthropicStream({QStringLiteral("x")}));
            QCOMPARE(fetch(second.url(QStringLiteral("/v1/messages"))).status, 200);
        }
        QCOMPARE(second.acceptedConnections(), 1);
    }

    void connectionClose_fromTheClient_isHonoured()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::withBody(200, "text/plain", "bye"));
        RawClient client(server.port());
        client.send(getRequest("/", "Connection: close\r\n"));
        QTRY_VERIFY(client.closed);
        QCOMPARE(client.response().header("Connection"), QByteArray("close"));
        QCOMPARE(client.response().body, QByteArray("bye"));
    }

    void delays_areHonoured()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        Response response;
        response.framing = Response::Framing::Chunked;
        response.headersDelayMs = 150;
        response.addPiece("a").addPiece("b", 100).addPiece("c", 100);
        server.enqueue(response);

        RawClient client(server.port());
        QTRY_COMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
        client.send(getRequest("/slow"));
        QTRY_VERIFY(client.hasCompleteResponses(1));
        const qsizetype beforeB = client.data.indexOf("1\r\nb\r\n");
        const qsizetype beforeC = client.data.indexOf("1\r\nc\r\n");
        QVERIFY(beforeB > 0 && beforeC > beforeB);
        const qint64 firstByte = client.msUntilMoreThan(0);
        const qint64 b = client.msUntilMoreThan(beforeB);
        const qint64 c = client.msUntilMoreThan(beforeC);
        QVERIFY2(firstByte >= 150, qPrintable(QString::number(firstByte)));
        QVERIFY2(b >= 250, qPrintable(QString::number(b)));
        QVERIFY2(c >= 350, qPrintable(QString::number(c)));
        // The head and piece "a" (due at once) left together, before "b".
        QVERIFY(client.msUntilMoreThan(client.data.indexOf("1\r\na\r\n")) < b);
    }

    void drop_resetsTheConnectionMidBody()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(openAiStream({QStringLiteral("Hel"), QStringLiteral("lo"), QStringLiteral(" never")})
                           .cutAfterText(2, Response::Ending::Drop));
        QSignalSpy closed(&server, &ScriptedServer::connectionClosed);

        const Fetched fetched = fetch(server.url(QStringLiteral("/v1/chat/completions")));
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(fetched.body.contains("\"Hel\""));
        QVERIFY(fetched.body.contains("\"lo\""));
        QVERIFY(!fetched.body.contains("never"));
        QVERIFY(!fetched.body.contains("[DONE]"));
        QCOMPARE(closed.size(), 1);

        // With Content-Length framing the body simply comes up short.
        Response counted = Response::withBody(200, "text/plain", "0123456789");
        counted.addPiece("never sent").cutAfter(1, Response::Ending::Drop);
        counted.setHeader("Content-Length", "20");
        server.enqueue(counted);
        const Fetched shortBody = fetch(server.url(QStringLiteral("/counted")));
        QCOMPARE(shortBody.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(shortBody.body, QByteArray("0123456789"));
    }

#if defined(Q_OS_LINUX)
    // Drop is a TCP reset, not an orderly close: the client's kernel reports ECONNRESET.
    void drop_isATcpReset()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(openAiStream({QStringLiteral("a")}).cutAfterText(1, Response::Ending::Drop));
        QSignalSpy closed(&server, &ScriptedServer::connectionClosed);
        QTcpSocket socket;
        // Nobody reads and Qt stops reading once a byte is buffered, so the reset stays pending in the kernel.
        socket.setReadBufferSize(1);
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        socket.write(getRequest("/"));
        QVERIFY(closed.wait());
        // Reading SO_ERROR clears it: keep the first error seen.
        int error = 0;
        const auto pendingError = [&socket, &error] {
            socklen_t size = sizeof error;
            if (error == 0)
                ::getsockopt(int(socket.socketDescriptor()), SOL_SOCKET, SO_ERROR, &error, &size);
            return error;
        };
        QTRY_VERIFY(pendingError() != 0);
        QCOMPARE(error, ECONNRESET);
    }
#endif

    void close_endsTheConnectionAfterACompleteBody()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(geminiStream({QStringLiteral("a"), QStringLiteral("b")}).cutAfter(99, Response::Ending::Close));
        RawClient client(server.port());
        client.send(getRequest("/"));
        QTRY_VERIFY(client.closed);
        const ClientResponse response = client.response();
        QVERIFY(response.complete);
        QCOMPARE(response.header("Connection"), QByteArray("close"));
        QCOMPARE(response.body, geminiStream({QStringLiteral("a"), QStringLiteral("b")}).body());
    }

    void rawFraming_bodyEndsWhenTheServerCloses()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        Response response;
        response.framing = Response::Framing::Raw;
        response.addPiece("until ").addPiece("close", 20);
        server.enqueue(response);
        const Fetched fetched = fetch(server.url(QStringLiteral("/raw")));
        QCOMPARE(fetched.error, QNetworkReply::NoError);
        QCOMPARE(fetched.body, QByteArray("until close"));
    }

    void stall_keepsTheSocketOpenWithoutData()
    {
        auto server = std::make_unique<ScriptedServer>();
        QVERIFY(server->listen());
        server->enqueue(
            anthropicStream({QStringLiteral("one"), QStringLiteral("two")}).cutAfterText(1, Response::Ending::Stall));
        QSignalSpy sent(server.get(), &ScriptedServer::responseSent);
        RawClient client(server->port());
        client.send(getRequest("/v1/messages"));
        QVERIFY(sent.wait());
        QTRY_VERIFY(client.data.contains("one"));

        const qsizetype received = client.data.size();
        QSignalSpy readyRead(&client.socket, &QTcpSocket::readyRead);
        QVERIFY(!readyRead.wait(300));
        QCOMPARE(client.data.size(), received);
        QVERIFY(!client.data.contains("two"));
        QVERIFY(!client.data.contains("message_stop"));
        QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(server->openConnections(), 1);

        // The stall lasts as long as the server.
        server.reset();
        QTRY_VERIFY(client.closed);
    }

    void stallBeforeHeaders_sendsNothing()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        Response silent = openAiStream({QStringLiteral("never")});
        silent.stallBeforeHeaders = true;
        server.enqueue(silent);
        server.enqueue(silent);
        QSignalSpy received(&server, &ScriptedServer::requestReceived);

        RawClient client(server.port());
        client.send(getRequest("/v1/chat/completions"));
        QVERIFY(received.wait());
        QSignalSpy readyRead(&client.socket, &QTcpSocket::readyRead);
        QVERIFY(!readyRead.wait(300));
        QVERIFY(client.data.isEmpty());
        QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);

        // What a client with a first-byte timeout sees: no status, no body, an error of its own.
        const Fetched fetched = fetch(server.url(QStringLiteral("/v1/chat/completions")), {}, 200);
        QVERIFY(fetched.error != QNetworkReply::NoError);
        QCOMPARE(fetched.status, 0);
        QVERIFY(fetched.body.isEmpty());
        QCOMPARE(server.requests().size(), 2);
    }

    void clientAbort_closesTheConnectionOnTheServer()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(keepAliveForever(20));
        QSignalSpy closed(&server, &ScriptedServer::connectionClosed);
        QNetworkReply *reply = m_network.get(QNetworkRequest(server.url(QStringLiteral("/sse"))));
        QTRY_VERIFY(reply->bytesAvailable() > 0);
        QCOMPARE(server.openConnections(), 1);
        reply->abort();
        reply->deleteLater();
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(server.openConnections(), 0);
    }

    void keepAliveComments_repeatUntilTheClientLeaves()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(keepAliveForever(30));
        RawClient client(server.port());
        client.send(getRequest("/sse"));
        QTRY_VERIFY(client.response().body.count(keepAliveComment()) >= 4);
        const ClientResponse response = client.response();
        QCOMPARE(response.status, 200);
        QVERIFY(response.header("Content-Type").startsWith("text/event-stream"));
        QVERIFY(!response.complete);
        // Four comments 30 ms apart cannot come sooner than 90 ms after the head.
        QVERIFY(client.msUntilMoreThan(client.data.lastIndexOf(": keep-alive")) >= 90);
        QSignalSpy closed(&server, &ScriptedServer::connectionClosed);
        client.socket.abort();
        QVERIFY(closed.wait());
    }

    void singleBytePieces_arriveSpreadOutAndIntact()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        Response whole;
        whole.framing = Response::Framing::Chunked;
        whole.addPiece(sseEvent(R"({"text":"byte by byte"})"));
        Response split = whole;
        split.splitIntoBytes(2);
        QCOMPARE(split.pieces.size(), whole.body().size());
        server.enqueue(split);
        QSignalSpy sent(&server, &ScriptedServer::responseSent);
        RawClient client(server.port());
        client.send(getRequest("/"));
        // A real event loop: QTRY_* polls in 10 ms steps, which would bunch the bytes up.
        QVERIFY(sent.wait());
        QTRY_VERIFY(client.hasCompleteResponses(1));
        QCOMPARE(client.response().body, whole.body());
        QCOMPARE(client.response().chunks.size(), whole.body().size());
        QVERIFY2(client.arrivals.size() > 10, qPrintable(QString::number(client.arrivals.size())));
    }

    void invalidJsonEvent_isNotJson()
    {
        const QList<std::pair<WireFormat, QByteArray>> formats {
            {WireFormat::OpenAi, "\n"}, {WireFormat::Anthropic, "\n"}, {WireFormat::Gemini, "\r\n"}};
        for (const auto &[format, lineEnding] : formats) {
            const QList<SseEvent> events = parseEvents(invalidJsonEvent(format), lineEnding);
            QCOMPARE(events.size(), 1);
            QVERIFY(events.first().data.startsWith('{'));
            QJsonParseError error;
            QJsonDocument::fromJson(events.first().data, &error);
            QVERIFY(error.error != QJsonParseError::NoError);
        }
        // Placed mid-stream, it reaches the client as it is.
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(openAiStream({QStringLiteral("a"), QStringLiteral("b")})
                           .insertPiece(2, {invalidJsonEvent(WireFormat::OpenAi), 0}));
        const Fetched fetched = fetch(server.url(QStringLiteral("/")));
        QVERIFY(fetched.body.contains(invalidJsonEvent(WireFormat::OpenAi)));
    }

    void openAiStream_hasTheDocumentedChunkShape()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        const QStringList pieces {QStringLiteral("Hel"), QStringLiteral("lo \"wörld\"\n"), QStringLiteral("!")};
        server.enqueue(openAiStream(
            pieces, {.pieceDelayMs = 30, .model = QStringLiteral("gpt-test"), .inputTokens = 7, .outputTokens = 3}));
        const Fetched fetched = fetch(server.url(QStringLiteral("/v1/chat/completions")), R"({"stream":true})");
        QCOMPARE(fetched.error, QNetworkReply::NoError);
        QVERIFY(fetched.elapsedMs >= 90);

        const QList<SseEvent> events = parseEvents(fetched.body);
        QCOMPARE(events.size(), 1 + 3 + 1 + 1 + 1);
        QCOMPARE(events.last().data, QByteArray("[DONE]"));
        QString text;
        for (qsizetype i = 0; i + 1 < events.size(); ++i) {
            QVERIFY(events[i].event.isEmpty());
            const QJsonObject chunk = parseObject(events[i].data);
            QCOMPARE(chunk.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion.chunk"));
            QCOMPARE(chunk.value(QStringLiteral("id")).toString(), QStringLiteral("chatcmpl-scripted"));
            QCOMPARE(chunk.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-test"));
            QVERIFY(chunk.value(QStringLiteral("created")).toInteger() > 0);
            const QJsonArray choices = chunk.value(QStringLiteral("choices")).toArray();
            if (i + 2 == events.size()) {
                // The usage chunk: no choices, the totals for the whole request.
                QVERIFY(choices.isEmpty());
                const QJsonObject usage = chunk.value(QStringLiteral("usage")).toObject();
                QCOMPARE(usage.value(QStringLiteral("prompt_tokens")).toInt(), 7);
                QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInt(), 3);
                QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInt(), 10);
                continue;
            }
            QVERIFY(chunk.value(QStringLiteral("usage")).isNull());
            QCOMPARE(choices.size(), 1);
            const QJsonObject choice = choices.first().toObject();
            QCOMPARE(choice.value(QStringLiteral("index")).toInt(), 0);
            const QJsonObject delta = choice.value(QStringLiteral("delta")).toObject();
            if (i == 0)
                QCOMPARE(delta.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
            text += delta.value(QStringLiteral("content")).toString();
            const QJsonValue finish = choice.value(QStringLiteral("finish_reason"));
            if (i + 3 == events.size())
                QCOMPARE(finish.toString(), QStringLiteral("stop"));
            else
                QVERIFY(finish.isNull());
        }
        QCOMPARE(text, pieces.join(QString()));

        const Response withoutUsage = openAiStream(pieces, {.includeUsage = false});
        const QList<SseEvent> plain = parseEvents(withoutUsage.body());
        QCOMPARE(plain.size(), 1 + 3 + 1 + 1);
        QVERIFY(!parseObject(plain.first().data).contains(QStringLiteral("usage")));
    }

    void anthropicStream_hasTheDocumentedEventSequence()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        const QStringList pieces {QStringLiteral("Hello"), QStringLiteral(", "), QStringLiteral("Claude")};
        server.enqueue(anthropicStream(pieces, {.inputTokens = 25}));
        const Fetched fetched = fetch(server.url(QStringLiteral("/v1/messages")), R"({"stream":true})");
        QCOMPARE(fetched.error, QNetworkReply::NoError);

        const QList<SseEvent> events = parseEvents(fetched.body);
        QStringList names;
        QString text;
        for (const SseEvent &event : events) {
            names.append(QString::fromUtf8(event.event));
            const QJsonObject data = parseObject(event.data);
            QCOMPARE(data.value(QStringLiteral("type")).toString(), QString::fromUtf8(event.event));
            if (event.event == "content_block_delta") {
                QCOMPARE(data.value(QStringLiteral("index")).toInt(), 0);
                const QJsonObject delta = data.value(QStringLiteral("delta")).toObject();
                QCOMPARE(delta.value(QStringLiteral("type")).toString(), QStringLiteral("text_delta"));
                text += delta.value(QStringLiteral("text")).toString();
            } else if (event.event == "message_start") {
                const QJsonObject message = data.value(QStringLiteral("message")).toObject();
                QCOMPARE(message.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
                QVERIFY(message.value(QStringLiteral("content")).toArray().isEmpty());
                QVERIFY(message.value(QStringLiteral("stop_reason")).isNull());
                QCOMPARE(message.value(QStringLiteral("usage"))[QStringLiteral("input_tokens")].toInt(), 25);
            } else if (event.event == "content_block_start") {
                QCOMPARE(data.value(QStringLiteral("content_block"))[QStringLiteral("type")].toString(),
                         QStringLiteral("text"));
            } else if (event.event == "message_delta") {
                QCOMPARE(data.value(QStringLiteral("delta"))[QStringLiteral("stop_reason")].toString(),
                         QStringLiteral("end_turn"));
                QCOMPARE(data.value(QStringLiteral("usage"))[QStringLiteral("output_tokens")].toInt(), 3);
            }
        }
        QCOMPARE(
            names,
            QStringList({QStringLiteral("message_start"), QStringLiteral("content_block_start"), QStringLiteral("ping"),
                         QStringLiteral("content_block_delta"), QStringLiteral("content_block_delta"),
                         QStringLiteral("content_block_delta"), QStringLiteral("content_block_stop"),
                         QStringLiteral("message_delta"), QStringLiteral("message_stop")}));
        QCOMPARE(text, pieces.join(QString()));
    }

    void geminiStream_hasTheDocumentedShape()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        const QStringList pieces {QStringLiteral("Gem"), QStringLiteral("ini")};
        server.enqueue(geminiStream(pieces, {.model = QStringLiteral("gemini-test"), .inputTokens = 4}));
        const Fetched fetched
            = fetch(server.url(QStringLiteral("/v1beta/models/gemini-test:streamGenerateContent?alt=sse")), "{}");
        QCOMPARE(fetched.error, QNetworkReply::NoError);

        QVERIFY(fetched.body.endsWith("\r\n\r\n"));
        const QList<SseEvent> events = parseEvents(fetched.body, "\r\n");
        QCOMPARE(events.size(), 2);
        QString text;
        for (qsizetype i = 0; i < events.size(); ++i) {
            QVERIFY(events[i].event.isEmpty());
            const QJsonObject response = parseObject(events[i].data);
            const QJsonObject candidate = response.value(QStringLiteral("candidates")).toArray().first().toObject();
            const QJsonObject content = candidate.value(QStringLiteral("content")).toObject();
            QCOMPARE(content.value(QStringLiteral("role")).toString(), QStringLiteral("model"));
            text += content.value(QStringLiteral("parts")).toArray().first()[QStringLiteral("text")].toString();
            const QJsonObject usage = response.value(QStringLiteral("usageMetadata")).toObject();
            QCOMPARE(usage.value(QStringLiteral("promptTokenCount")).toInt(), 4);
            QCOMPARE(usage.value(QStringLiteral("candidatesTokenCount")).toInt(), int(i) + 1);
            QCOMPARE(usage.value(QStringLiteral("totalTokenCount")).toInt(), 4 + int(i) + 1);
            QCOMPARE(response.value(QStringLiteral("modelVersion")).toString(), QStringLiteral("gemini-test"));
            if (i + 1 == events.size())
                QCOMPARE(candidate.value(QStringLiteral("finishReason")).toString(), QStringLiteral("STOP"));
            else
                QVERIFY(!candidate.contains(QStringLiteral("finishReason")));
        }
        QCOMPARE(text, pieces.join(QString()));
    }

    void completions_haveTheDocumentedShapes()
    {
        const QJsonObject openAi = parseObject(openAiCompletion(QStringLiteral("two words")).body());
        QCOMPARE(openAi.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
        const QJsonObject choice = openAi.value(QStringLiteral("choices")).toArray().first().toObject();
        QCOMPARE(choice.value(QStringLiteral("message"))[QStringLiteral("content")].toString(),
                 QStringLiteral("two words"));
        QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
        QCOMPARE(openAi.value(QStringLiteral("usage"))[QStringLiteral("completion_tokens")].toInt(), 2);

        const QJsonObject anthropic = parseObject(anthropicMessage(QStringLiteral("hi")).body());
        QCOMPARE(anthropic.value(QStringLiteral("type")).toString(), QStringLiteral("message"));
        QCOMPARE(anthropic.value(QStringLiteral("content")).toArray().first()[QStringLiteral("text")].toString(),
                 QStringLiteral("hi"));
        QCOMPARE(anthropic.value(QStringLiteral("stop_reason")).toString(), QStringLiteral("end_turn"));

        const QJsonObject gemini
            = parseObject(geminiResponse(QStringLiteral("ok"), {.finishReason = QStringLiteral("MAX_TOKENS")}).body());
        const QJsonObject candidate = gemini.value(QStringLiteral("candidates")).toArray().first().toObject();
        QCOMPARE(candidate.value(QStringLiteral("finishReason")).toString(), QStringLiteral("MAX_TOKENS"));
        QCOMPARE(
            candidate.value(QStringLiteral("content"))[QStringLiteral("parts")][0][QStringLiteral("text")].toString(),
            QStringLiteral("ok"));
        QCOMPARE(completion(WireFormat::Gemini, QStringLiteral("ok")).header("Content-Type"),
                 QByteArray("application/json"));
    }

    void errorBodies_haveTheProvidersShapes()
    {
        const Response openAi = openAiError(401, QStringLiteral("bad key"), QStringLiteral("invalid_request_error"),
                                            QStringLiteral("invalid_api_key"));
        QCOMPARE(openAi.status, 401);
        const QJsonObject openAiBody = parseObject(openAi.body()).value(QStringLiteral("error")).toObject();
        QCOMPARE(openAiBody.value(QStringLiteral("message")).toString(), QStringLiteral("bad key"));
        QCOMPARE(openAiBody.value(QStringLiteral("type")).toString(), QStringLiteral("invalid_request_error"));
        QCOMPARE(openAiBody.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_api_key"));

        const QJsonObject anthropic = parseObject(overloaded().body());
        QCOMPARE(overloaded().status, 529);
        QCOMPARE(anthropic.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
        QCOMPARE(anthropic.value(QStringLiteral("error"))[QStringLiteral("type")].toString(),
                 QStringLiteral("overloaded_error"));
        QCOMPARE(anthropic.value(QStringLiteral("error"))[QStringLiteral("message")].toString(),
                 QStringLiteral("Overloaded"));

        const QJsonObject gemini
            = parseObject(geminiError(429, QStringLiteral("quota"), QStringLiteral("RESOURCE_EXHAUSTED"), 2).body())
                  .value(QStringLiteral("error"))
                  .toObject();
        QCOMPARE(gemini.value(QStringLiteral("code")).toInt(), 429);
        QCOMPARE(gemini.value(QStringLiteral("status")).toString(), QStringLiteral("RESOURCE_EXHAUSTED"));
        const QJsonObject retryInfo = gemini.value(QStringLiteral("details")).toArray().first().toObject();
        QCOMPARE(retryInfo.value(QStringLiteral("@type")).toString(),
                 QStringLiteral("type.googleapis.com/google.rpc.RetryInfo"));
        QCOMPARE(retryInfo.value(QStringLiteral("retryDelay")).toString(), QStringLiteral("2s"));

        QCOMPARE(parseObject(errorResponse(WireFormat::Anthropic, 429).body())
                     .value(QStringLiteral("error"))[QStringLiteral("type")]
                     .toString(),
                 QStringLiteral("rate_limit_error"));
        QCOMPARE(parseObject(serverError(503, WireFormat::Gemini).body())
                     .value(QStringLiteral("error"))[QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("UNAVAILABLE"));
    }

    void streamErrors_arriveAfterStatus200()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(anthropicStreamError({QStringLiteral("partial")}, QStringLiteral("overloaded_error"),
                                            QStringLiteral("Overloaded")));
        const Fetched anthropic = fetch(server.url(QStringLiteral("/v1/messages")));
        QCOMPARE(anthropic.status, 200);
        QCOMPARE(anthropic.error, QNetworkReply::NoError);
        const QList<SseEvent> events = parseEvents(anthropic.body);
        QCOMPARE(events.last().event, QByteArray("error"));
        const QJsonObject error = parseObject(events.last().data);
        QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
        QCOMPARE(error.value(QStringLiteral("error"))[QStringLiteral("type")].toString(),
                 QStringLiteral("overloaded_error"));
        QCOMPARE(events[events.size() - 2].event, QByteArray("content_block_delta"));

        const QList<SseEvent> openAi = parseEvents(
            openAiStreamError({QStringLiteral("x")}, QStringLiteral("boom"), QStringLiteral("server_error")).body());
        QCOMPARE(parseObject(openAi.last().data).value(QStringLiteral("error"))[QStringLiteral("message")].toString(),
                 QStringLiteral("boom"));
    }

    void faults_carryTheirStatusesAndRetryHints()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.enqueue(rateLimitedRetryAfter(7));
        server.enqueue(rateLimitedRetryAfterMs(1500, WireFormat::Anthropic));
        server.enqueue(rateLimited(WireFormat::Gemini));
        server.enqueue(overloaded());
        server.enqueue(serverError(500));
        server.enqueue(serverError(502));
        server.enqueue(serverError(503));

        RawClient client(server.port());
        QByteArray requests;
        for (int i = 0; i < 7; ++i)
            requests += getRequest("/" + QByteArray::number(i));
        client.send(requests);
        QTRY_VERIFY(client.hasCompleteResponses(7));
        const QList<ClientResponse> responses = client.responses();
        QCOMPARE(responses[0].status, 429);
        QCOMPARE(responses[0].header("Retry-After"), QByteArray("7"));
        QVERIFY(responses[0].header("retry-after-ms").isEmpty());
        QCOMPARE(responses[1].status, 429);
        QCOMPARE(responses[1].header("retry-after-ms"), QByteArray("1500"));
        QVERIFY(responses[1].header("Retry-After").isEmpty());
        QCOMPARE(responses[2].status, 429);
        QVERIFY(responses[2].header("Retry-After").isEmpty());
        QVERIFY(responses[2].header("retry-after-ms").isEmpty());
        QCOMPARE(responses[3].status, 529);
        QCOMPARE(responses[4].status, 500);
        QCOMPARE(responses[5].status, 502);
        QCOMPARE(responses[5].reason, QByteArray("Bad Gateway"));
        QCOMPARE(responses[6].status, 503);
        for (const ClientResponse &response : responses)
            QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
    }

    void concurrentRequests_areAllAnswered()
    {
        constexpr int clients = 300;
        ScriptedServer server;
        QVERIFY(server.listen());
        QStringList pieces;
        for (int i = 0; i < 25; ++i)
            pieces.append(QStringLiteral("p%1 ").arg(i));
        // Each stream lasts a second, so every client is connected while the first streams still run.
        const Response answer = openAiStream(pieces, {.pieceDelayMs = 40});
        server.setHandler([answer](const Request &) { return answer; });

        std::vector<std::unique_ptr<RawClient>> raw;
        for (int i = 0; i < clients; ++i) {
            raw.push_back(std::make_unique<RawClient>(server.port()));
            raw.back()->send(getRequest("/v1/chat/completions?client=" + QByteArray::number(i)));
        }
        const auto answered = [&raw] {
            return std::all_of(raw.cbegin(), raw.cend(),
                               [](const auto &client) { return client->hasCompleteResponses(1); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(answered(), 30000);
        for (const auto &client : raw) {
            QCOMPARE(client->response().status, 200);
            QCOMPARE(client->response().body, answer.body());
        }
        QCOMPARE(server.requests().size(), clients);
        QCOMPARE(server.acceptedConnections(), clients);
        QCOMPARE(server.peakOpenConnections(), clients);
    }

    void executable_streamsTheChosenFormatAtTheChosenRate()
    {
        QProcess process;
        process.start(QStringLiteral(DIALOGSMITH_SCRIPTED_SERVER_PATH),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--format"),
                       QStringLiteral("anthropic"), QStringLiteral("--latency-ms"), QStringLiteral("100"),
                       QStringLiteral("--tokens"), QStringLiteral("5"), QStringLiteral("--tokens-per-second"),
                       QStringLiteral("50"), QStringLiteral("--piece"), QStringLiteral("ab")});
        QTRY_VERIFY(process.canReadLine());
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:[1-9][0-9]*)$")).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));

        const Fetched fetched = fetch(QUrl(match.captured(1) + QStringLiteral("/v1/messages")), "{}");
        QCOMPARE(fetched.status, 200);
        // 100 ms to the first byte, then five pieces at 50 per second.
        QVERIFY2(fetched.elapsedMs >= 200, qPrintable(QString::number(fetched.elapsedMs)));
        const QList<SseEvent> events = parseEvents(fetched.body);
        QCOMPARE(events.first().event, QByteArray("message_start"));
        QCOMPARE(events.last().event, QByteArray("message_stop"));
        QString text;
        for (const SseEvent &event : events) {
            if (event.event == "content_block_delta")
                text += parseObject(event.data).value(QStringLiteral("delta"))[QStringLiteral("text")].toString();
        }
        QCOMPARE(text, QStringLiteral("ababababab"));
        process.kill();
        QVERIFY(process.waitForFinished(10000));
    }

    void executable_refusesAnUnknownFormat()
    {
        QProcess process;
        process.start(QStringLiteral(DIALOGSMITH_SCRIPTED_SERVER_PATH),
                      {QStringLiteral("--format"), QStringLiteral("cohere")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--format"));
    }
};

QTEST_GUILESS_MAIN(ScriptedServerTest)
#include "scriptedserver_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/httptransport.h"

#include "scriptedserver/scriptedresponses.h"
#include "scriptedserver/scriptedserver.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace Dialogsmith::Llm;
using Dialogsmith::Test::Response;
using Dialogsmith::Test::ScriptedServer;
namespace Scripted = Dialogsmith::Test;

namespace {

// What one exchange reported.
struct Outcome {
    int status = 0;
    HttpTransport::Headers headers;
    QByteArray body;
    std::optional<QString> end;
    int bodyCalls = 0;
};

HttpTransport::Callbacks record(Outcome &outcome)
{
    return {[&outcome](int status, const HttpTransport::Headers &headers) {
                outcome.status = status;
                outcome.headers = headers;
            },
            [&outcome](QByteArrayView bytes) {
                outcome.body += bytes;
                ++outcome.bodyCalls;
            },
            [&outcome](const QString &error) { outcome.end = error; }};
}

HttpRequest post(const QUrl &url, const QByteArray &body = "{}")
{
    HttpRequest request;
    request.url = url;
    request.headers = {{"Content-Type", "application/json"}};
    request.body = body;
    return request;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The streaming HTTP/1.1 client under LlmClient: framing, keep-alive, faults, and TLS.
class HttpTransportTest : public QObject
{
    Q_OBJECT

private:
    ScriptedServer m_server;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init() { m_server.clearRequests(); }

    void chunkedStream_arrivesWholeAndTheConnectionIsReused()
    {
        HttpTransport transport;
        for (int i = 0; i < 3; ++i) {
            m_server.enqueue(
                Scripted::openAiStream({QStringLiteral("Hello"), QStringLiteral(" there")}, {.pieceDelayMs = 5}));
            Outcome outcome;
            transport.send(post(m_server.url(QStringLiteral("/v1/chat/completions?x=1"))), record(outcome));
            QTRY_VERIFY(outcome.end.has_value());
            QCOMPARE(*outcome.end, QString());
            QCOMPARE(outcome.status, 200);
            QVERIFY(outcome.body.contains("Hello") && outcome.body.endsWith("data: [DONE]\n\n"));
            QVERIFY(outcome.bodyCalls >= 2);
        }
        const QList<Scripted::Request> requests = m_server.requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.first().path, QByteArray("/v1/chat/completions?x=1"));
        QCOMPARE(requests.first().body, QByteArray("{}"));
        QCOMPARE(requests.first().header("content-type"), QByteArray("application/json"));
        QCOMPARE(requests.at(2).connectionId, requests.first().connectionId);
        QCOMPARE(transport.openConnections(), 1);
    }

    void contentLengthAndCloseDelimitedBodies()
    {
        HttpTransport transport;
        m_server.enqueue(Response::withBody(404, "application/json", R"({"error":{"message":"no such model"}})"));
        Outcome sized;
        transport.send(post(m_server.url(QStringLiteral("/v1/x"))), record(sized));
        QTRY_VERIFY(sized.end.has_value());
        QCOMPARE(sized.status, 404);
        QCOMPARE(sized.body, QByteArray(R"({"error":{"message":"no such model"}})"));

        Response raw = Response::withBody(200, "text/plain", "until the end");
        raw.framing = Response::Framing::Raw;
        raw.ending = Response::Ending::Close;
        m_server.enqueue(raw);
        Outcome closed;
        transport.send(post(m_server.url(QStringLiteral("/v1/y"))), record(closed));
        QTRY_VERIFY(closed.end.has_value());
        QCOMPARE(*closed.end, QString());
        QCOMPARE(closed.body, QByteArray("until the end"));
    }

    void droppedStream_endsWithAnError()
    {
        HttpTransport transport;
        m_server.enqueue(Scripted::openAiStream({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
                             .cutAfterText(1, Response::Ending::Drop));
        Outcome outcome;
        transport.send(post(m_server.url(QStringLiteral("/v1/z"))), record(outcome));
        QTRY_VERIFY(outcome.end.has_value());
        QVERIFY(!outcome.end->isEmpty());
        QCOMPARE(outcome.status, 200);
    }

    void refusedConnection_endsWithAnError()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        HttpTransport transport;
        Outcome outcome;
        transport.send(post(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port))), record(outcome));
        QTRY_VERIFY(outcome.end.has_value());
        QVERIFY2(outcome.end->contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(*outcome.end));
        QCOMPARE(outcome.status, 0);
    }

    void serverClosingAfterAnAnswer_losesNoLaterRequest()
    {
        HttpTransport transport;
        Response first = Response::withBody(200, "text/plain", "one");
        m_server.enqueue(first);
        Outcome a;
        transport.send(post(m_server.url(QStringLiteral("/a"))), record(a));
        QTRY_VERIFY(a.end.has_value());
        // The server closes the connection after this answer: the next request must still arrive.
        Response second = Response::withBody(200, "text/plain", "two");
        second.ending = Response::Ending::Close;
        m_server.enqueue(second);
        Outcome b;
        transport.send(post(m_server.url(QStringLiteral("/b"))), record(b));
        QTRY_VERIFY(b.end.has_value());
        QCOMPARE(*b.end, QString());
        QCOMPARE(b.body, QByteArray("two"));
        m_server.enqueue(Response::withBody(200, "text/plain", "three"));
        Outcome c;
        transport.send(post(m_server.url(QStringLiteral("/c"))), record(c));
        QTRY_VERIFY(c.end.has_value());
        QCOMPARE(*c.end, QString());
        QCOMPARE(c.body, QByteArray("three"));
    }

    void garbage_isNotHttp()
    {
        HttpTransport transport;
        QTcpServer liar;
        QVERIFY(liar.listen(QHostAddress::LocalHost));
        connect(&liar, &QTcpServer::newConnection, this, [&liar] {
            QTcpSocket *socket = liar.nextPendingConnection();
            socket->write("SSH-2.0-OpenSSH_9.2\r\n\r\n");
        });
        Outcome outcome;
        transport.send(post(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(liar.serverPort()))), record(outcome));
        QTRY_VERIFY(outcome.end.has_value());
        QVERIFY2(outcome.end->contains(QStringLiteral("not valid HTTP")), qPrintable(*outcome.end));
    }

    void abort_reportsNothingMore()
    {
        HttpTransport transport;
        m_server.enqueue(Scripted::openAiStream({QStringLiteral("slow")}, {.pieceDelayMs = 3000}));
        Outcome outcome;
        const HttpTransport::Id id = transport.send(post(m_server.url(QStringLiteral("/slow"))), record(outcome));
        QTRY_COMPARE(outcome.status, 200);
        transport.abort(id);
        QTRY_COMPARE(m_server.openConnections(), 0);
        QVERIFY(!outcome.end.has_value());
    }

    void tls_streamsFromATrustedServer_andRefusesAnUntrustedOne()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        const QString dir = QStringLiteral(DIALOGSMITH_TEST_DATA_DIR "/tls");
        const QSslCertificate certificate(readFile(dir + QStringLiteral("/localhost.crt")));
        const QSslKey key(readFile(dir + QStringLiteral("/localhost.key")), QSsl::Rsa);
        QVERIFY(!certificate.isNull() && !key.isNull());

        QSslServer server;
        QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
        serverConfig.setLocalCertificate(certificate);
        serverConfig.setPrivateKey(key);
        serverConfig.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(serverConfig);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QByteArray answer = Scripted::openAiStream({QStringLiteral("secure"), QStringLiteral(" hello")}).body();
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&server, answer] {
            auto *socket = static_cast<QSslSocket *>(server.nextPendingConnection());
            connect(socket, &QSslSocket::readyRead, socket, [socket, answer] {
                if (!socket->readAll().contains("\r\n\r\n{}"))
                    return;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: "
                              + QByteArray::number(answer.size()) + "\r\n\r\n" + answer);
            });
        });
        const QUrl url(QStringLiteral("https://127.0.0.1:%1/v1/chat/completions").arg(server.serverPort()));

        // Not trusted: the handshake fails and says so.
        {
            HttpTransport transport;
            Outcome outcome;
            transport.send(post(url), record(outcome));
            QTRY_VERIFY_WITH_TIMEOUT(outcome.end.has_value(), 10000);
            QVERIFY(!outcome.end->isEmpty());
            QCOMPARE(outcome.status, 0);
        }
        // Trusted (as a user's system CA store would make it): the stream arrives.
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificate(certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        HttpTransport transport;
        Outcome outcome;
        transport.send(post(url), record(outcome));
        QTRY_VERIFY_WITH_TIMEOUT(outcome.end.has_value(), 10000);
        QCOMPARE(*outcome.end, QString());
        QCOMPARE(outcome.status, 200);
        QCOMPARE(outcome.body, answer);
    }
};

QTEST_GUILESS_MAIN(HttpTransportTest)
#include "httptransport_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llamaserver/llamaserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Dialogsmith::Test {

namespace {

constexpr int replyTimeoutMs = 30000;

struct Response {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A streamed chat completion, event by event.
struct Stream {
    QString text; ///< the content deltas joined
    int contentChunks = 0;
    QString finishReason;
    QJsonObject usage;
    QSet<QString> ids; ///< every chunk's "id": one per completion
    qsizetype finishEvent = -1; ///< the index of the event that carried finish_reason
    qsizetype usageEvent = -1;
    qsizetype doneEvent = -1; ///< the index of "data: [DONE]"
    qsizetype events = 0;
    QString malformed; ///< the first line that is no SSE data line or no JSON chunk
};

Stream parseStream(const QByteArray &body)
{
    Stream stream;
    for (const QByteArray &line : body.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        if (!line.startsWith("data: ")) {
            if (stream.malformed.isEmpty())
                stream.malformed = QString::fromUtf8(line);
            continue;
        }
        const QByteArray data = line.mid(6).trimmed();
        const qsizetype index = stream.events++;
        if (data == "[DONE]") {
            stream.doneEvent = index;
            continue;
        }
        const QJsonObject chunk = QJsonDocument::fromJson(data).object();
        if (chunk.value("object"_L1).toString() != "chat.completion.chunk"_L1 && stream.malformed.isEmpty())
            stream.malformed = QString::fromUtf8(line);
        stream.ids.insert(chunk.value("id"_L1).toString());
        if (chunk.contains("usage"_L1) && !chunk.value("usage"_L1).isNull()) {
            stream.usage = chunk.value("usage"_L1).toObject();
            stream.usageEvent = index;
        }
        const QJsonArray choices = chunk.value("choices"_L1).toArray();
        if (choices.isEmpty())
            continue;
        const QJsonObject choice = choices.first().toObject();
        const QJsonValue content = choice.value("delta"_L1).toObject().value("content"_L1);
        if (content.isString() && !content.toString().isEmpty()) {
            stream.text += content.toString();
            ++stream.contentChunks;
        }
        if (choice.value("finish_reason"_L1).isString()) {
            stream.finishReason = choice.value("finish_reason"_L1).toString();
            stream.finishEvent = index;
        }
    }
    return stream;
}

// The tiny model's chat template wraps a lone user message as
// "<s><|im_start|>user\n" TEXT "<|im_end|>\n<|im_start|>assistant\n": 20 tokens around the text, and each
// ASCII character of a text without the reply's words is one token (byte fallback).
qsizetype promptTokensForUserText(const QString &text)
{
    return 20 + text.size();
}

} // namespace

class LlamaServerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        QElapsedTimer clock;
        clock.start();
        if (!m_server.start()) {
            if (!m_server.available())
                QSKIP(qPrintable(m_server.unavailableReason()));
            QFAIL(qPrintable(m_server.errorString()));
        }
        qInfo("llama-server answered /health after %lld ms at %s", static_cast<long long>(clock.elapsed()),
              qPrintable(m_server.baseUrl().toString()));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            m_server.printLog();
    }

    void health_answersOk()
    {
        const Response response = get(u"/health"_s);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json().value("status"_L1).toString(), u"ok"_s);
        QVERIFY(m_server.baseUrl().toString().startsWith("http://127.0.0.1:"_L1));
    }

    void models_listsTheServedModel()
    {
        const Response response = get(u"/v1/models"_s);
        QCOMPARE(response.status, 200);
        const QJsonObject json = response.json();
        QCOMPARE(json.value("object"_L1).toString(), u"list"_s);
        const QJsonArray models = json.value("data"_L1).toArray();
        QCOMPARE(models.size(), 1);
        QCOMPARE(models.first().toObject().value("id"_L1).toString(), m_server.modelName());
    }

    void chatCompletion_repliesWithTheModelsTextAndUsage()
    {
        const QString text = u"Hi"_s;
        const Response response = post(u"/v1/chat/completions"_s, chatRequest(text));
        QCOMPARE(response.status, 200);
        const QJsonObject json = response.json();
        QCOMPARE(json.value("object"_L1).toString(), u"chat.completion"_s);
        QCOMPARE(json.value("model"_L1).toString(), m_server.modelName());
        const QJsonArray choices = json.value("choices"_L1).toArray();
        QCOMPARE(choices.size(), 1);
        const QJsonObject choice = choices.first().toObject();
        QCOMPARE(choice.value("message"_L1).toObject().value("role"_L1).toString(), u"assistant"_s);
        QCOMPARE(choice.value("message"_L1).toObject().value("content"_L1).toString(), m_server.reply());
        QCOMPARE(m_server.reply(), u"Hello from a tiny model."_s);
        QCOMPARE(choice.value("finish_reason"_L1).toString(), u"stop"_s);

        const QJsonObject usage = json.value("usage"_L1).toObject();
        // The count proves the server rendered the prompt with the model's own ChatML template.
        QCOMPARE(usage.value("prompt_tokens"_L1).toInteger(), promptTokensForUserText(text));
        QVERIFY2(usage.value("completion_tokens"_L1).toInteger() >= 6, qPrintable(QString::fromUtf8(response.body)));
        QCOMPARE(usage.value("total_tokens"_L1).toInteger(),
                 usage.value("prompt_tokens"_L1).toInteger() + usage.value("completion_tokens"_L1).toInteger());
    }

    void chatCompletion_cutShortByMaxTokens_finishesForLength()
    {
        const Response response = post(u"/v1/chat/completions"_s, chatRequest(u"Hi"_s, {{u"max_tokens"_s, 2}}));
        QCOMPARE(response.status, 200);
        const QJsonObject json = response.json();
        const QJsonObject choice = json.value("choices"_L1).toArray().first().toObject();
        QCOMPARE(choice.value("finish_reason"_L1).toString(), u"length"_s);
        QCOMPARE(choice.value("message"_L1).toObject().value("content"_L1).toString(), u"Hello from"_s);
        QCOMPARE(json.value("usage"_L1).toObject().value("completion_tokens"_L1).toInteger(), 2);
    }

    void streamingChatCompletion_sendsDeltasFinishUsageAndDone()
    {
        const QString text = u"Stream it"_s;
        const Response response = post(u"/v1/chat/completions"_s, chatRequest(text, streaming()));
        QCOMPARE(response.status, 200);
        QVERIFY2(response.contentType.startsWith("text/event-stream"), response.contentType.constData());

        const Stream stream = parseStream(response.body);
        QVERIFY2(stream.malformed.isEmpty(), qPrintable(stream.malformed));
        QCOMPARE(stream.text, m_server.reply());
        QVERIFY2(stream.contentChunks >= 6, qPrintable(QString::fromUtf8(response.body))); // one per token
        QCOMPARE(stream.finishReason, u"stop"_s);
        QCOMPARE(stream.ids.size(), 1);
        QCOMPARE(stream.usage.value("prompt_tokens"_L1).toInteger(), promptTokensForUserText(text));
        QVERIFY(stream.usage.value("completion_tokens"_L1).toInteger() >= 6);
        // The order clients rely on: the finish reason, then the usage chunk, then [DONE] as the last event.
        QVERIFY(stream.finishEvent >= 0);
        QVERIFY(stream.finishEvent < stream.usageEvent);
        QCOMPARE(stream.doneEvent, stream.usageEvent + 1);
        QCOMPARE(stream.doneEvent, stream.events - 1);
    }

    void parallelStreams_allCompleteWithTheirOwnReply()
    {
        constexpr int requests = 20;
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        QStringList texts;
        for (int i = 0; i < requests; ++i) {
            // Prompts of different lengths, so each usage chunk shows whose request it counts.
            texts.append(u"Question "_s + QString(i + 1, u'?'));
            replies.emplace_back(
                m_network.post(request(u"/v1/chat/completions"_s), chatRequest(texts.last(), streaming())));
        }
        QVERIFY(QTest::qWaitFor(
            [&] { return std::all_of(replies.begin(), replies.end(), [](const auto &r) { return r->isFinished(); }); },
            60000));

        QSet<QString> ids;
        for (int i = 0; i < requests; ++i) {
            QNetworkReply *reply = replies[i].get();
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            const Stream stream = parseStream(reply->readAll());
            QVERIFY2(stream.malformed.isEmpty(), qPrintable(stream.malformed));
            QCOMPARE(stream.text, m_server.reply());
            QCOMPARE(stream.finishReason, u"stop"_s);
            QCOMPARE(stream.usage.value("prompt_tokens"_L1).toInteger(), promptTokensForUserText(texts[i]));
            QVERIFY(stream.doneEvent >= 0);
            QCOMPARE(stream.ids.size(), 1);
            ids += stream.ids;
        }
        QCOMPARE(ids.size(), requests);
    }

    void replyPieces_becomeTheModelsReply()
    {
        LlamaServer::Options options;
        options.parallel = 1;
        options.replyPieces = u"Guten| Tag|,| Welt|!"_s;
        LlamaServer server(options);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QCOMPARE(server.reply(), u"Guten Tag, Welt!"_s);
        const Response response = post(server, u"/v1/chat/completions"_s, chatRequest(u"Hi"_s));
        QCOMPARE(response.status, 200);
        const QJsonObject message
            = response.json().value("choices"_L1).toArray().first().toObject().value("message"_L1).toObject();
        QCOMPARE(message.value("content"_L1).toString(), server.reply());
    }

    void destroyedServer_refusesConnections()
    {
        QUrl health;
        {
            LlamaServer::Options options;
            options.parallel = 1;
            LlamaServer server(options);
            QVERIFY2(server.start(), qPrintable(server.errorString()));
            health = server.baseUrl().resolved(QUrl(u"/health"_s));
            QCOMPARE(finish(m_network.get(QNetworkRequest(health))).status, 200);
        }
        QCOMPARE(finish(m_network.get(QNetworkRequest(health))).error, QNetworkReply::ConnectionRefusedError);
    }

    void serverThatExits_failsWithItsExitCodeAndPrintsItsLog()
    {
        LlamaServer::Options options;
        options.extraArguments = QStringList {u"--no-such-flag"_s};
        LlamaServer server(options);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^LlamaServer: llama-server exited with code [1-9]"_s));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"^llama-server's log .*--no-such-flag"_s,
                                                QRegularExpression::DotMatchesEverythingOption));
        QVERIFY(!server.start());
        QVERIFY(server.available());
        QVERIFY2(server.errorString().startsWith("llama-server exited with code"_L1), qPrintable(server.errorString()));
        QVERIFY(!server.isRunning());
    }

    void repeatedReplyPiece_failsWithTheGeneratorsReason()
    {
        LlamaServer::Options options;
        options.replyPieces = u"again| and|again"_s;
        LlamaServer server(options);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^LlamaServer: make_tiny_gguf.py failed"_s));
        QVERIFY(!server.start());
        QVERIFY(server.available());
        QVERIFY2(server.errorString().contains("distinct"_L1), qPrintable(server.errorString()));
    }

private:
    static QJsonObject streaming()
    {
        return {{u"stream"_s, true}, {u"stream_options"_s, QJsonObject {{u"include_usage"_s, true}}}};
    }

    QByteArray chatRequest(const QString &userText, const QJsonObject &extra = {}) const
    {
        QJsonObject body {
            {u"model"_s, m_server.modelName()},
            {u"messages"_s, QJsonArray {QJsonObject {{u"role"_s, u"user"_s}, {u"content"_s, userText}}}},
        };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    static QNetworkRequest request(const LlamaServer &server, const QString &path)
    {
        QNetworkRequest request(server.baseUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        return request;
    }
    QNetworkRequest request(const QString &path) const { return request(m_server, path); }

    static Response finish(QNetworkReply *reply)
    {
        const std::unique_ptr<QNetworkReply> owner(reply);
        Response response;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, replyTimeoutMs)) {
            response.error = QNetworkReply::TimeoutError;
            return response;
        }
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.error = reply->error();
        response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        response.body = reply->readAll();
        return response;
    }

    Response get(const QString &path) { return finish(m_network.get(request(path))); }
    Response post(const QString &path, const QByteArray &body) { return post(m_server, path, body); }
    Response post(const LlamaServer &server, const QString &path, const QByteArray &body)
    {
        return finish(m_network.post(request(server, path), body));
    }

    LlamaServer m_server;
    QNetworkAccessManager m_network;
};

} // namespace Dialogsmith::Test

QTEST_GUILESS_MAIN(Dialogsmith::Test::LlamaServerTest)
#include "llamaserver_test.moc"

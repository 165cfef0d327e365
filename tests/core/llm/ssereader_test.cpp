// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/ssereader.h"

#include <QTest>

#include <memory>

using namespace Dialogsmith::Llm;

namespace Dialogsmith::Llm {
// Failure messages show the events, not "Compared lists differ".
char *toString(const SseEvent &event)
{
    const auto pretty = [](const QString &text) {
        const std::unique_ptr<char[]> quoted(QTest::toPrettyUnicode(text));
        return QString::fromUtf8(quoted.get());
    };
    return QTest::toString(
        QStringLiteral("{type %1, data %2, id %3}").arg(pretty(event.type), pretty(event.data), pretty(event.id)));
}
} // namespace Dialogsmith::Llm

namespace {

// Expected values in UTF-8 (QString::fromUtf8 drops a leading byte order mark: spell such text as UTF-16).
SseEvent sseEvent(const char *type, const char *data, const char *id = "")
{
    return SseEvent {QString::fromUtf8(type), QString::fromUtf8(data), QString::fromUtf8(id)};
}

SseEvent message(const char *data, const char *id = "")
{
    return sseEvent("message", data, id);
}

QList<SseEvent> readPieces(const QList<QByteArray> &pieces, SseReader &reader)
{
    QList<SseEvent> events;
    for (const QByteArray &piece : pieces)
        events += reader.feed(piece);
    return events;
}

QList<SseEvent> readPieces(const QList<QByteArray> &pieces)
{
    SseReader reader;
    return readPieces(pieces, reader);
}

QList<SseEvent> readWhole(const QByteArray &stream)
{
    return readPieces({stream});
}

QList<SseEvent> readByteByByte(const QByteArray &stream)
{
    SseReader reader;
    QList<SseEvent> events;
    for (char byte : stream)
        events += reader.feed(QByteArrayView(&byte, 1));
    return events;
}

// Feeds `stream` split in two at every offset, and fails at the first offset that reads differently.
void compareAtEverySplit(const QByteArray &stream, const QList<SseEvent> &expected)
{
    for (qsizetype at = 0; at <= stream.size(); ++at) {
        const QList<SseEvent> events = readPieces({stream.first(at), stream.sliced(at)});
        QVERIFY2(events == expected, qPrintable(QStringLiteral("split at byte %1").arg(at)));
    }
}

// A chat completion as OpenAI and OpenAI-compatible servers (llama.cpp, vLLM) stream it.
const QByteArray openAiStream
    = "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
      "\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}\n"
      "\n"
      "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
      "\"delta\":{\"content\":\"Hello\"},\"finish_reason\":null}]}\n"
      "\n"
      ": keep-alive\n"
      "\n"
      "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
      "\"delta\":{\"content\":\" world\"},\"finish_reason\":null}]}\n"
      "\n"
      "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
      "\"delta\":{},\"finish_reason\":\"stop\"}]}\n"
      "\n"
      "data: [DONE]\n"
      "\n";

QList<SseEvent> openAiEvents()
{
    return {
        message("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
                "\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}"),
        message("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
                "\"delta\":{\"content\":\"Hello\"},\"finish_reason\":null}]}"),
        message("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
                "\"delta\":{\"content\":\" world\"},\"finish_reason\":null}]}"),
        message("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
                "\"delta\":{},\"finish_reason\":\"stop\"}]}"),
        message("[DONE]"),
    };
}

} // namespace

class SseReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataLine_thenBlankLine_returnsMessageEvent()
    {
        QCOMPARE(readWhole("data: hello\n\n"), QList<SseEvent> {message("hello")});
    }

    void lineEndings_everyStyleReadsTheSame_data()
    {
        QTest::addColumn<QByteArray>("stream");
        const auto stream = [](const char *end) {
            QByteArray bytes = "event: greeting|id: 7|data: hi|data: there||: note|data: second||";
            return bytes.replace('|', end);
        };
        QTest::newRow("LF") << stream("\n");
        QTest::newRow("CRLF") << stream("\r\n");
        QTest::newRow("CR") << stream("\r");
        QTest::newRow("mixed") << QByteArray("event: greeting\r\nid: 7\rdata: hi\ndata: there\r\r\n: note\n"
                                             "data: second\r\n\r");
    }

    void lineEndings_everyStyleReadsTheSame()
    {
        QFETCH(QByteArray, stream);
        const QList<SseEvent> expected {sseEvent("greeting", "hi\nthere", "7"), message("second", "7")};
        QCOMPARE(readWhole(stream), expected);
        QCOMPARE(readByteByByte(stream), expected);
        compareAtEverySplit(stream, expected);
    }

    void crLfSplitAcrossFeeds_isOneLineEnd()
    {
        // Were the LF a line end of its own, it would be a blank line and dispatch "a" alone.
        QCOMPARE(readPieces({"data: a\r", "\ndata: b\r\n\r\n"}), QList<SseEvent> {message("a\nb")});
    }

    void crLfSplitAcrossFeeds_survivesEmptyFeedsBetween()
    {
        QCOMPARE(readPieces({"data: a\r", "", "", "\ndata: b\r\n\r\n"}), QList<SseEvent> {message("a\nb")});
    }

    void crAtEndOfFeed_dispatchesWithoutWaitingForMoreBytes()
    {
        SseReader reader;
        QCOMPARE(reader.feed("data: a\r\r"), QList<SseEvent> {message("a")});
        QCOMPARE(reader.feed("\ndata: b\r\r"), QList<SseEvent> {message("b")});
    }

    void openAiStream_sameEventsWhateverTheSplit_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::newRow("LF") << openAiStream;
        QTest::newRow("CRLF") << QByteArray(openAiStream).replace("\n", "\r\n");
        QTest::newRow("CR") << QByteArray(openAiStream).replace('\n', '\r');
    }

    void openAiStream_sameEventsWhateverTheSplit()
    {
        QFETCH(QByteArray, stream);
        const QList<SseEvent> expected = openAiEvents();
        SseReader whole;
        QCOMPARE(readPieces({stream}, whole), expected);
        QCOMPARE(whole.commentCount(), 1);
        compareAtEverySplit(stream, expected);
        QCOMPARE(readByteByByte(stream), expected);
    }

    void utf8SplitInsideCharacters_decodesWholeCharacters()
    {
        const QString text = QStringLiteral("你好，世界 🙂👍🏽 naïve ∑");
        const QByteArray stream = "event: 事件\ndata: " + text.toUtf8() + "\nid: 标识🙂\n\n";
        const QList<SseEvent> expected {SseEvent {QStringLiteral("事件"), text, QStringLiteral("标识🙂")}};
        QCOMPARE(readWhole(stream), expected);
        QCOMPARE(readByteByByte(stream), expected);
        compareAtEverySplit(stream, expected);
    }

    void invalidUtf8_becomesOneReplacementCharacterPerBrokenSequence()
    {
        // As the WHATWG UTF-8 decoder does: "E4 B8" is one broken sequence, and "b" after it is read again.
        QCOMPARE(readWhole("data: a\xE4\xB8"
                           "b\xFF\xF0\x9F\x98\n\n"),
                 QList<SseEvent> {message("a\xEF\xBF\xBD"
                                          "b\xEF\xBF\xBD\xEF\xBF\xBD")});
        // A sequence broken by the end of its line does not swallow the line end.
        QCOMPARE(readWhole("data: \xE4\ndata: x\n\n"), QList<SseEvent> {message("\xEF\xBF\xBD\nx")});
        // Surrogates and overlong forms are not characters.
        QCOMPARE(readWhole("data: \xED\xA0\x80\xC0\xAF\n\n"),
                 QList<SseEvent> {message("\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD")});
    }

    void multiLineData_isJoinedWithNewlines()
    {
        QCOMPARE(readWhole("data: a\ndata: b\ndata:\ndata: c\n\n"), QList<SseEvent> {message("a\nb\n\nc")});
        // Only the last line's newline is removed.
        QCOMPARE(readWhole("data: a\ndata:\n\n"), QList<SseEvent> {message("a\n")});
    }

    void emptyDataLine_isStillAnEvent()
    {
        QCOMPARE(readWhole("data:\n\n"), QList<SseEvent> {message("")});
        QCOMPARE(readWhole("data\n\n"), QList<SseEvent> {message("")});
    }

    void blankLineWithoutData_dispatchesNothingAndForgetsType()
    {
        QCOMPARE(readWhole("event: ping\n\n\n\ndata: x\n\n"), QList<SseEvent> {message("x")});
    }

    void comments_areCountedAndProduceNothing()
    {
        SseReader reader;
        QCOMPARE(reader.feed(": keep-alive\n\n:\n:x\r\n"), QList<SseEvent> {});
        QCOMPARE(reader.commentCount(), 3);
        // A comment inside an event neither ends nor splits it.
        QCOMPARE(reader.feed("data: a\n: between\ndata: b\n\n"), QList<SseEvent> {message("a\nb")});
        QCOMPARE(reader.commentCount(), 4);
    }

    void anthropicStream_pingIsAnEventOfTypePing()
    {
        const QByteArray stream = "event: message_start\n"
                                  "data: {\"type\":\"message_start\"}\n"
                                  "\n"
                                  "event: ping\n"
                                  "data: {\"type\": \"ping\"}\n"
                                  "\n"
                                  ": comment\n"
                                  "\n"
                                  "event: content_block_delta\n"
                                  "data: {\"type\":\"content_block_delta\",\"delta\":{\"text\":\"Hi\"}}\n"
                                  "\n"
                                  "event: content_block_delta\n"
                                  "data: {\"type\":\"content_block_delta\",\"delta\":{\"text\":\"!\"}}\n"
                                  "\n"
                                  "event: message_stop\n"
                                  "data: {\"type\":\"message_stop\"}\n"
                                  "\n";
        const QList<SseEvent> expected {
            sseEvent("message_start", "{\"type\":\"message_start\"}"),
            sseEvent("ping", "{\"type\": \"ping\"}"),
            sseEvent("content_block_delta", "{\"type\":\"content_block_delta\",\"delta\":{\"text\":\"Hi\"}}"),
            sseEvent("content_block_delta", "{\"type\":\"content_block_delta\",\"delta\":{\"text\":\"!\"}}"),
            sseEvent("message_stop", "{\"type\":\"message_stop\"}"),
        };
        SseReader reader;
        QCOMPARE(readPieces({stream}, reader), expected);
        QCOMPARE(reader.commentCount(), 1);
        QCOMPARE(readByteByByte(stream), expected);
    }

    void fieldValue_losesOnlyOneLeadingSpace_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("data");
        QTest::newRow("no space") << QByteArray("data:x") << QStringLiteral("x");
        QTest::newRow("one space") << QByteArray("data: x") << QStringLiteral("x");
        QTest::newRow("two spaces") << QByteArray("data:  x") << QStringLiteral(" x");
        QTest::newRow("tab") << QByteArray("data:\tx") << QStringLiteral("\tx");
        QTest::newRow("trailing space") << QByteArray("data: x ") << QStringLiteral("x ");
        QTest::newRow("second colon") << QByteArray("data: a: b") << QStringLiteral("a: b");
        QTest::newRow("only a space") << QByteArray("data: ") << QString();
    }

    void fieldValue_losesOnlyOneLeadingSpace()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, data);
        const QList<SseEvent> events = readWhole(line + "\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data, data);
    }

    void fieldWithoutColon_hasEmptyValue()
    {
        QCOMPARE(readWhole("data\ndata\n\n"), QList<SseEvent> {message("\n")});
        QCOMPARE(readWhole("event: custom\nevent\ndata: x\n\n"), QList<SseEvent> {message("x")});
        QCOMPARE(readWhole("id: 5\nid\ndata: x\n\n"), QList<SseEvent> {message("x", "")});
    }

    void unknownFieldsAndRetry_areIgnored()
    {
        SseReader reader;
        QCOMPARE(
            readPieces({"retry: 3000\nfoo: bar\nDATA: upper\n data: indented\ndata : spaced\ndata: yes\n\n"}, reader),
            QList<SseEvent> {message("yes")});
        QCOMPARE(reader.commentCount(), 0);
    }

    void lastEventId_persistsUntilChanged()
    {
        QCOMPARE(readWhole("id: 1\ndata: a\n\n"
                           "data: b\n\n"
                           "id: 2\n\n" // no data: nothing dispatched, the id is kept all the same
                           "data: c\n\n"
                           "id\ndata: d\n\n"),
                 (QList<SseEvent> {message("a", "1"), message("b", "1"), message("c", "2"), message("d", "")}));
    }

    void idContainingNul_isIgnored()
    {
        static const char raw[] = "id: 1\ndata: a\n\nid: 2\0x\ndata: b\0c\n\n";
        const QByteArray stream(raw, sizeof(raw) - 1);
        const QList<SseEvent> events = readWhole(stream);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[1].id, QStringLiteral("1"));
        // NUL is allowed in data.
        QCOMPARE(events[1].data, QStringView(u"b\0c", 3).toString());
    }

    void byteOrderMark_atStreamStart_isDropped()
    {
        const QByteArray stream = "\xEF\xBB\xBF: first line is a comment\ndata: a\n\n";
        SseReader whole;
        QCOMPARE(readPieces({stream}, whole), QList<SseEvent> {message("a")});
        QCOMPARE(whole.commentCount(), 1);
        QCOMPARE(readByteByByte(stream), QList<SseEvent> {message("a")});
        compareAtEverySplit(stream, {message("a")});
    }

    void byteOrderMark_elsewhere_isText()
    {
        // The second mark belongs to the first line, whose field is then "\uFEFFdata": unknown.
        QCOMPARE(readWhole("\xEF\xBB\xBF\xEF\xBB\xBF"
                           "data: a\n\n"
                           "data: \xEF\xBB\xBF\xEF\xBB\xBF"
                           "b\n\n"),
                 (QList<SseEvent> {SseEvent {QStringLiteral("message"), QStringLiteral("\uFEFF\uFEFFb"), QString()}}));
    }

    void partialByteOrderMark_isKeptAsText()
    {
        // Had the lone EF been dropped, ":x" would be a comment.
        SseReader reader;
        QCOMPARE(readPieces({"\xEF", ":x\n", "data: a\n\n"}, reader), QList<SseEvent> {message("a")});
        QCOMPARE(reader.commentCount(), 0);
    }

    void unterminatedEvent_isNotReturned()
    {
        SseReader reader;
        QCOMPARE(reader.feed("data: a\n\ndata: b\n"), QList<SseEvent> {message("a")});
        QCOMPARE(reader.feed("data: c"), QList<SseEvent> {});
        // It was only waiting for its blank line.
        QCOMPARE(reader.feed("\n\n"), QList<SseEvent> {message("b\nc")});
    }

    void lineAtTheLimit_isRead()
    {
        SseReader reader(16);
        QCOMPARE(reader.feed("data: 0123456789\n\n"), QList<SseEvent> {message("0123456789")});
        QVERIFY(!reader.failed());
    }

    void lineOverTheLimit_failsTheReaderForGood()
    {
        SseReader reader(16);
        QCOMPARE(reader.feed("data: a\n\ndata: 01234567890\n\n"), QList<SseEvent> {message("a")});
        QVERIFY(reader.failed());
        QCOMPARE(reader.feed("data: b\n\n"), QList<SseEvent> {});
        QVERIFY(reader.failed());
    }

    void lineOverTheLimit_failsBeforeItsEndArrives()
    {
        SseReader reader(16);
        QCOMPARE(reader.feed("data: 01234"), QList<SseEvent> {});
        QVERIFY(!reader.failed());
        QCOMPARE(reader.feed("567890"), QList<SseEvent> {});
        QVERIFY(reader.failed());
        QCOMPARE(reader.feed("\n\ndata: b\n\n"), QList<SseEvent> {});
    }

    void lineLimit_countsNoLineEnd()
    {
        SseReader reader(7);
        QCOMPARE(readPieces({"data: a\r\n", "data: b\r", "\n\r\n"}, reader), QList<SseEvent> {message("a\nb")});
        QVERIFY(!reader.failed());
    }
};

QTEST_GUILESS_MAIN(SseReaderTest)
#include "ssereader_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/wire/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Dialogsmith::Llm;

namespace {

/// `text` written as the only element of an array, read back by QJsonDocument.
QString roundTrip(const QString &text, QByteArray *json = nullptr)
{
    JsonWriter writer;
    writer.beginArray().string(text).endArray();
    const QByteArray bytes = writer.take();
    if (json)
        *json = bytes;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << bytes << error.errorString();
    return doc.array().first().toString(QStringLiteral("<not a string>"));
}

} // namespace

class JsonWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structureIsCompactAndInOrder()
    {
        JsonWriter w;
        w.beginObject()
            .key("model")
            .string(u"m")
            .key("messages")
            .beginArray()
            .beginObject()
            .key("role")
            .string(u"user")
            .endObject()
            .beginObject()
            .endObject()
            .endArray()
            .key("n")
            .number(qint64(-42))
            .key("t")
            .number(0.7)
            .key("s")
            .boolean(true)
            .key("f")
            .boolean(false)
            .key("z")
            .null()
            .key("raw")
            .raw("{\"a\":[1]}")
            .key("empty")
            .beginArray()
            .endArray()
            .endObject();
        QCOMPARE(w.take(),
                 QByteArray("{\"model\":\"m\",\"messages\":[{\"role\":\"user\"},{}],\"n\":-42,\"t\":0.7,"
                            "\"s\":true,\"f\":false,\"z\":null,\"raw\":{\"a\":[1]},\"empty\":[]}"));
        QVERIFY(w.take().isEmpty());
    }

    void numbersAreShortestAndNonFiniteIsNull()
    {
        JsonWriter w;
        w.beginArray()
            .number(0.1)
            .number(1.0)
            .number(1e21)
            .number(-2.5e-7)
            .number(std::numeric_limits<double>::quiet_NaN())
            .number(std::numeric_limits<double>::infinity())
            .number(std::numeric_limits<qint64>::min())
            .endArray();
        const QByteArray json = w.take();
        const QJsonArray array = QJsonDocument::fromJson(json).array();
        QCOMPARE(array.size(), 7);
        QCOMPARE(array.at(0).toDouble(), 0.1);
        QCOMPARE(array.at(1).toDouble(), 1.0);
        QCOMPARE(array.at(2).toDouble(), 1e21);
        QCOMPARE(array.at(3).toDouble(), -2.5e-7);
        QVERIFY(array.at(4).isNull());
        QVERIFY(array.at(5).isNull());
        QVERIFY(json.contains("0.1,1,"));
        QVERIFY(json.endsWith("null,null,-9223372036854775808]"));
    }

    void stringsEscapeWhatJsonRequires()
    {
        QByteArray json;
        QCOMPARE(roundTrip(QStringLiteral("a\"b\\c/d\ne\rf\tg\bh\fi"), &json),
                 QStringLiteral("a\"b\\c/d\ne\rf\tg\bh\fi"));
        QCOMPARE(json, QByteArray("[\"a\\\"b\\\\c/d\\ne\\rf\\tg\\bh\\fi\"]"));
        const QString controls = QString(QChar(0)) + QChar(1) + QChar(0x1f) + QChar(0x7f);
        QCOMPARE(roundTrip(controls, &json), controls);
        QCOMPARE(json, QByteArray("[\"\\u0000\\u0001\\u001f\x7f\"]"));
        const QString unicode = QStringLiteral("wörld 世界 😀 ") + QChar(0x202e) + QChar(0x2028);
        QCOMPARE(roundTrip(unicode, &json), unicode);
        QCOMPARE(json, "[\"" + unicode.toUtf8() + "\"]");
    }

    void loneSurrogatesBecomeReplacementCharacters()
    {
        const QString broken = QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b") + QChar(0xdc00);
        QCOMPARE(roundTrip(broken), QString::fromUtf8(broken.toUtf8()));
    }

    void randomTextSurvivesTheRoundTrip()
    {
        QRandomGenerator random(20261121);
        for (int round = 0; round < 2000; ++round) {
            QString text;
            const int length = int(random.bounded(40));
            for (int i = 0; i < length; ++i) {
                const quint32 pick = random.bounded(10);
                // Mostly the characters that need care: controls, quotes, backslashes, surrogates.
                const char16_t unit = pick < 3 ? char16_t(random.bounded(0x20))
                    : pick == 3                ? u'"'
                    : pick == 4                ? u'\\'
                    : pick == 5                ? char16_t(0xd800 + random.bounded(0x800))
                    : pick == 6                ? char16_t(0x80 + random.bounded(0xff80))
                                               : char16_t(0x20 + random.bounded(0x5f));
                text.append(QChar(unit));
            }
            // Text as UTF-8 can carry it: what QString::toUtf8() makes of lone surrogates.
            const QString expected = QString::fromUtf8(text.toUtf8());
            QCOMPARE(roundTrip(text), expected);
        }
    }
};

QTEST_GUILESS_MAIN(JsonWriterTest)
#include "jsonwriter_test.moc"

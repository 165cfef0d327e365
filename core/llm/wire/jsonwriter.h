// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <vector>

namespace Dialogsmith::Llm {

/// Writes compact JSON (RFC 8259) straight into bytes, in the order it is told: the request bodies the
/// engine sends thousands of times a second, where building a QJsonObject and serialising it cost more than
/// the rest of a call. Strings are UTF-8 with `"`, `\` and control characters escaped; a lone surrogate
/// becomes U+FFFD, as QString::toUtf8() makes it. Non-finite numbers are written as null.
///
/// The caller keeps the structure well formed: a key before every value inside an object, none in an
/// array, every begin matched by an end (checked with Q_ASSERT in debug builds).
class JsonWriter final
{
public:
    explicit JsonWriter(qsizetype reserve = 256);

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    /// `name` is written as given: ASCII letters, digits and `_` only, which is every key the wire formats use.
    JsonWriter &key(QByteArrayView name);
    JsonWriter &string(QStringView text);
    /// A string given as UTF-8 bytes (as SQLite stores texts), escaped without a round trip through UTF-16.
    /// Invalid UTF-8 is replaced as QString::fromUtf8 replaces it.
    JsonWriter &utf8String(QByteArrayView utf8);
    JsonWriter &number(qint64 value);
    JsonWriter &number(double value);
    JsonWriter &boolean(bool value);
    JsonWriter &null();
    /// Complete, valid JSON from elsewhere (QJsonDocument::toJson), written as one value.
    JsonWriter &raw(QByteArrayView json);

    /// The document; the writer is empty afterwards.
    QByteArray take();

    /// `text` as a JSON string literal, quotes included, appended to `out`.
    static void appendString(QByteArray &out, QStringView text);
    /// The same from valid UTF-8.
    static void appendUtf8String(QByteArray &out, QByteArrayView utf8);

private:
    void beforeValue();

    QByteArray m_out;
    std::vector<bool> m_hasItems; ///< per open object or array: something was written in it
    bool m_afterKey = false;
};

} // namespace Dialogsmith::Llm

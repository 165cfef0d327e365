// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "llm/wire/jsonwriter.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Dialogsmith::Llm {

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasItems.empty()) {
        if (m_hasItems.back())
            m_out.append(',');
        m_hasItems.back() = true;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    m_out.append('{');
    m_hasItems.push_back(false);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    Q_ASSERT(!m_hasItems.empty() && !m_afterKey);
    m_hasItems.pop_back();
    m_out.append('}');
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    beforeValue();
    m_out.append('[');
    m_hasItems.push_back(false);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    Q_ASSERT(!m_hasItems.empty() && !m_afterKey);
    m_hasItems.pop_back();
    m_out.append(']');
    return *this;
}

JsonWriter &JsonWriter::key(QByteArrayView name)
{
    Q_ASSERT(!m_hasItems.empty() && !m_afterKey);
    beforeValue();
    m_out.append('"').append(name).append("\":");
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::string(QStringView text)
{
    beforeValue();
    appendString(m_out, text);
    return *this;
}

JsonWriter &JsonWriter::utf8String(QByteArrayView utf8)
{
    if (!utf8.isValidUtf8())
        return string(QString::fromUtf8(utf8));
    beforeValue();
    appendUtf8String(m_out, utf8);
    return *this;
}

JsonWriter &JsonWriter::number(qint64 value)
{
    beforeValue();
    m_out.append(QByteArray::number(value));
    return *this;
}

JsonWriter &JsonWriter::number(double value)
{
    beforeValue();
    if (!std::isfinite(value))
        m_out.append("null");
    else
        m_out.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
    return *this;
}

JsonWriter &JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out.append(value ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    m_out.append("null");
    return *this;
}

JsonWriter &JsonWriter::raw(QByteArrayView json)
{
    beforeValue();
    m_out.append(json);
    return *this;
}

QByteArray JsonWriter::take()
{
    Q_ASSERT(m_hasItems.empty() && !m_afterKey);
    return std::exchange(m_out, {});
}

void JsonWriter::appendString(QByteArray &out, QStringView text)
{
    appendUtf8String(out, text.toUtf8());
}

void JsonWriter::appendUtf8String(QByteArray &out, QByteArrayView utf8)
{
    // Every byte of a multi-byte UTF-8 sequence is >= 0x80, so only ASCII bytes can need escaping.
    static constexpr char hex[] = "0123456789abcdef";
    // Grown geometrically: a long document of many strings must not reallocate for each one.
    if (const qsizetype needed = out.size() + utf8.size() + 2; out.capacity() < needed)
        out.reserve(std::max(needed, 2 * out.capacity()));
    out.append('"');
    const char *p = utf8.data();
    const char *const end = p + utf8.size();
    const char *run = p;
    for (; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(escaped, sizeof escaped);
        }
        }
    }
    out.append(run, p - run);
    out.append('"');
}

} // namespace Dialogsmith::Llm

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// Fuzzes one provider's wire format (chosen at build time by DIALOGSMITH_FUZZ_KIND): the input as a
// streamed body through the SSE reader and the stream decoder, split where the first byte says, and the
// same bytes as a complete answer, an error body and a model list. Servers are not trusted: nothing they
// send may crash, hang or invoke undefined behaviour, and the decoder must agree with itself however the
// bytes arrive. The OpenAI decoder reads chunks with simdjson and falls back to QJsonDocument; every event
// is also read here the plain QJsonDocument way, and the two must agree.
#include "llm/jsonextract.h"
#include "llm/wire/wireformat.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <simdjson.h>

using namespace Dialogsmith::Llm;

namespace {

constexpr ProviderKind fuzzedKind = ProviderKind::DIALOGSMITH_FUZZ_KIND;

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "decoder_fuzz: invariant broken: %s\n", what);
        std::abort();
    }
}

/// True when some object in `element` names a key twice. Readers differ there (simdjson finds the first,
/// QJsonObject keeps the last) and no server sends such chunks, so they are left out of the comparison.
bool hasDuplicateKeys(simdjson::dom::element element, int depth = 0)
{
    if (depth > 64)
        return true;
    if (simdjson::dom::array array; element.get(array) == simdjson::SUCCESS) {
        for (simdjson::dom::element item : array) {
            if (hasDuplicateKeys(item, depth + 1))
                return true;
        }
    } else if (simdjson::dom::object object; element.get(object) == simdjson::SUCCESS) {
        QList<QByteArray> keys;
        for (simdjson::dom::key_value_pair field : object) {
            keys.append(QByteArray(field.key.data(), qsizetype(field.key.size())));
            if (hasDuplicateKeys(field.value, depth + 1))
                return true;
        }
        std::sort(keys.begin(), keys.end());
        return std::adjacent_find(keys.begin(), keys.end()) != keys.end();
    }
    return false;
}

/// What one OpenAI chat.completion.chunk event means, read with QJsonDocument alone.
struct OpenAiReading {
    bool terminal = false;
    bool failed = false;
    QString text;
    std::optional<QString> finish;
    std::optional<QString> model;
    std::optional<Usage> usage;
};

qint64 countOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return 0;
    const double number = value.toDouble();
    return !(number > 0) ? 0 : number >= 1e15 ? qint64(1e15) : qint64(number);
}

std::optional<OpenAiReading> readOpenAiPlainly(const SseEvent &event)
{
    OpenAiReading r;
    if (event.data == QLatin1StringView("[DONE]")) {
        r.terminal = true;
        return r;
    }
    const QByteArray bytes = event.data.toUtf8();
    {
        simdjson::dom::parser parser;
        simdjson::dom::element element;
        if (parser.parse(bytes.constData(), size_t(bytes.size())).get(element) == simdjson::SUCCESS
            && hasDuplicateKeys(element))
            return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || doc.object().contains(u"error")
        || event.type == QLatin1StringView("error")) {
        r.failed = true;
        return r;
    }
    const QJsonObject chunk = doc.object();
    if (const QString m = chunk.value(u"model").toString(); !m.isEmpty())
        r.model = m;
    const QJsonArray choices = chunk.value(u"choices").toArray();
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.first().toObject();
        r.text = choice.value(u"delta").toObject().value(u"content").toString();
        if (const QJsonValue reason = choice.value(u"finish_reason"); reason.isString())
            r.finish = reason.toString();
    }
    if (const QJsonValue u = chunk.value(u"usage"); u.isObject()) {
        const QJsonObject usage = u.toObject();
        Usage counted;
        counted.reported = true;
        counted.inputTokens = countOf(usage.value(u"prompt_tokens"));
        counted.outputTokens = countOf(usage.value(u"completion_tokens"));
        counted.cachedInputTokens = countOf(usage.value(u"prompt_tokens_details").toObject().value(u"cached_tokens"));
        r.usage = counted;
    }
    return r;
}

/// The decoder's reading of `event` against the plain one: text, end, failure, finish, model and usage.
void compareWithPlainReading(StreamDecoder &decoder, const SseEvent &event, const StreamDecoder::Step &step,
                             const QString &finishBefore, const QString &modelBefore, const Usage &usageBefore)
{
    const std::optional<OpenAiReading> plain = readOpenAiPlainly(event);
    if (!plain)
        return;
    check(plain->failed == step.error.has_value(), "simdjson and QJsonDocument agree whether a chunk fails");
    check(plain->terminal == step.terminal, "and whether it ends the stream");
    if (plain->failed || plain->terminal)
        return;
    check(plain->text == step.text, "and on its text");
    check(decoder.rawFinishReason == plain->finish.value_or(finishBefore), "and on its finish reason");
    check(decoder.model == plain->model.value_or(modelBefore), "and on its model");
    check(decoder.usage == plain->usage.value_or(usageBefore), "and on its usage");
}

struct Outcome {
    QString text;
    bool terminal = false;
    bool failed = false;
    Usage usage;
    QString finish;
};

Outcome decode(const WireFormat &wire, QByteArrayView body, qsizetype split)
{
    Outcome out;
    auto decoder = wire.newStreamDecoder();
    SseReader reader;
    const auto run = [&](QByteArrayView part) {
        for (const SseEvent &event : reader.feed(part)) {
            if (out.terminal || out.failed)
                return;
            const QString finishBefore = decoder->rawFinishReason;
            const QString modelBefore = decoder->model;
            const Usage usageBefore = decoder->usage;
            const StreamDecoder::Step step = decoder->decode(event);
            if constexpr (fuzzedKind == ProviderKind::OpenAiCompatible)
                compareWithPlainReading(*decoder, event, step, finishBefore, modelBefore, usageBefore);
            if (step.error) {
                check(step.error->kind != ProviderError::Kind::Cancelled, "a stream error is never a cancellation");
                out.failed = true;
                return;
            }
            out.text += step.text;
            out.terminal = step.terminal;
        }
    };
    run(body.first(split));
    run(body.sliced(split));
    out.usage = decoder->usage;
    out.finish = decoder->rawFinishReason;
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 64 * 1024)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArrayView body = input.sliced(1);
    const WireFormat &wire = WireFormat::forKind(fuzzedKind);

    const Outcome whole = decode(wire, body, 0);
    const Outcome pieces = decode(wire, body, body.isEmpty() ? 0 : qsizetype(data[0]) % (body.size() + 1));
    check(whole.text == pieces.text, "the text does not depend on how the bytes arrive");
    check(whole.terminal == pieces.terminal && whole.failed == pieces.failed, "nor does the end");
    check(whole.usage == pieces.usage && whole.finish == pieces.finish, "nor do usage and finish");
    check(whole.usage.inputTokens >= 0 && whole.usage.outputTokens >= 0 && whole.usage.cachedInputTokens >= 0,
          "token counts are never negative");

    const QByteArray bytes = body.toByteArray();
    (void)wire.parseResponse(bytes);
    (void)wire.parseModels(bytes);
    const ProviderError error = wire.parseError(400 + data[0] % 200, bytes, bytes.left(12), bytes.right(6));
    check(!error.retryAfterMs || *error.retryAfterMs >= 0, "a server-asked delay is never negative");
    (void)extractJson(QString::fromUtf8(bytes));
    return 0;
}

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// Fuzzes one provider's wire format (chosen at build time by DIALOGSMITH_FUZZ_KIND): the input as a
// streamed body through the SSE reader and the stream decoder, split where the first byte says, and the
// same bytes as a complete answer, an error body and a model list. Servers are not trusted: nothing they
// send may crash, hang or invoke undefined behaviour, and the decoder must agree with itself however the
// bytes arrive.
#include "llm/jsonextract.h"
#include "llm/wire/wireformat.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Dialogsmith::Llm;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "decoder_fuzz: invariant broken: %s\n", what);
        std::abort();
    }
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
            const StreamDecoder::Step step = decoder->decode(event);
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
    const WireFormat &wire = WireFormat::forKind(ProviderKind::DIALOGSMITH_FUZZ_KIND);

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

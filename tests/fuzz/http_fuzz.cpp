// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the HTTP/1.1 response parser with what a server might send: the input whole, then split where
// its first byte says, must give the same head, body, end state and keep-alive verdict, and the parser
// may never claim more bytes than it was given.
#include "llm/httpresponseparser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using Dialogsmith::Llm::HttpResponseParser;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "http_fuzz: invariant broken: %s\n", what);
        std::abort();
    }
}

struct Outcome {
    int status = -1;
    HttpResponseParser::Headers headers;
    QByteArray body;
    HttpResponseParser::State state = HttpResponseParser::State::Reading;
    bool keepAlive = true;
    qsizetype used = 0;
};

Outcome run(QByteArrayView input, qsizetype split, bool closeAtEnd)
{
    Outcome out;
    HttpResponseParser parser;
    const HttpResponseParser::Sink sink {[&](int status, const HttpResponseParser::Headers &headers) {
                                             out.status = status;
                                             out.headers = headers;
                                             return true;
                                         },
                                         [&](QByteArrayView bytes) {
                                             out.body += bytes;
                                             return true;
                                         }};
    const qsizetype first = parser.feed(input.first(split), sink);
    check(first <= split, "never more than given");
    out.used = first;
    if (first == split && parser.state() == HttpResponseParser::State::Reading) {
        const qsizetype second = parser.feed(input.sliced(split), sink);
        check(second <= input.size() - split, "never more than given");
        out.used += second;
    }
    if (closeAtEnd)
        parser.connectionClosed();
    out.state = parser.state();
    out.keepAlive = parser.keepAlive();
    check(out.body.size() <= input.size(), "the body comes from the input");
    check(out.state != HttpResponseParser::State::Failed || !parser.error().isEmpty(), "a failure says why");
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 256 * 1024)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const bool closeAtEnd = data[0] & 0x80;
    const Outcome whole = run(input, 0, closeAtEnd);
    const Outcome split = run(input, input.isEmpty() ? 0 : qsizetype(data[0]) % (input.size() + 1), closeAtEnd);
    check(whole.status == split.status && whole.headers == split.headers, "the head does not depend on the split");
    check(whole.body == split.body, "nor does the body");
    check(whole.state == split.state && whole.keepAlive == split.keepAlive, "nor does the end");
    check(whole.state != HttpResponseParser::State::Complete || whole.used == split.used, "nor where it ends");
    return 0;
}

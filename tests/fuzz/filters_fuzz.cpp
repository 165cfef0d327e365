// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the quality filters' text rules on what a model may write: the refusal phrase matcher, the
// language detector (Compact Language Detector 2, behind our UTF-8 conversion and code stripping) and the
// language-name reader. The input is split at NUL bytes into messages; the first byte of each picks its
// finish reason. Besides the sanitizers' findings it checks that a phrase found is one of the list and that
// the lengths reported are those of the messages.
#include "quality/filters.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace Dialogsmith::Quality;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "filters_fuzz: invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<FilterMessage> messages;
    int shortest = std::numeric_limits<int>::max();
    int longest = 0;
    for (const QByteArray &part : input.split('\0')) {
        FilterMessage m;
        m.role = QStringLiteral("assistant");
        m.finishReason = !part.isEmpty() && (part.at(0) & 1) ? QStringLiteral("length") : QStringLiteral("stop");
        m.content = QString::fromUtf8(part);
        const int length = int(m.content.trimmed().size());
        shortest = std::min(shortest, length);
        longest = std::max(longest, length);
        if (const auto phrase = refusalPhrase(m.content))
            check(refusalPhrases().contains(*phrase), "a phrase found is on the list");
        const LanguageGuess guess = detectLanguage(m.content);
        check(!guess.reliable || !guess.code.isEmpty(), "a reliable guess names a language");
        languageCode(m.content);
        messages.append(m);
    }
    const TextFacts facts = examine(messages);
    check(facts.shortest == shortest && facts.longest == longest, "lengths are the messages'");
    check(facts.refusal.isEmpty() || refusalPhrases().contains(facts.refusal), "the refusal is on the list");
    return 0;
}

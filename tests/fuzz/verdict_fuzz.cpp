// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the reading of judges' replies (Quality::VerdictReader) on whatever a model may write: JSON in
// prose, code fences and reasoning tags, of any shape. The first byte picks the scale and the number of
// responses; the rest is the reply. Besides the sanitizers' findings it checks what a caller relies on: a
// valid verdict holds what was asked for (a score on the scale, a pass, a ranking of every response once),
// an invalid one holds none of it and says why, and a query list has no blank or repeated entry.
#include "quality/verdict.h"

#include <QSet>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Dialogsmith::Quality;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "verdict_fuzz: invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int responses = 1 + data[0] % 6;
    const double maximum = data[0] & 0x80 ? 3 : 10;
    const QString reply = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const Verdict score = VerdictReader::score(reply, 1, maximum);
    check(score.isValid() == score.score.has_value(), "a score exactly when valid");
    if (score.score)
        check(*score.score >= 1 && *score.score <= maximum, "the score is on the scale");
    check(score.reason.size() <= 2000, "the reason is cut to its length");

    for (const QString &key : {QStringLiteral("faithful"), QStringLiteral("answers")}) {
        const Verdict v = VerdictReader::check(reply, key);
        check(v.isValid() == v.pass.has_value(), "a pass exactly when valid");
    }

    const Verdict ranking = VerdictReader::ranking(reply, responses);
    if (ranking.isValid()) {
        check(ranking.ranking.size() == responses, "every response is ranked");
        QSet<int> seen;
        for (int n : ranking.ranking) {
            check(n >= 1 && n <= responses, "a ranked number names a response");
            seen.insert(n);
        }
        check(seen.size() == responses, "no response is ranked twice");
    } else {
        check(ranking.ranking.isEmpty() && !ranking.error.isEmpty(), "an invalid ranking says why, ranks none");
    }

    QString error;
    const QStringList texts = VerdictReader::texts(reply, &error);
    check(texts.isEmpty() != error.isEmpty(), "texts, or an error");
    QSet<QString> unique;
    for (const QString &t : texts) {
        check(!t.isEmpty() && t == t.trimmed(), "no blank or padded text");
        unique.insert(t);
    }
    check(unique.size() == texts.size(), "no repeated text");
    return 0;
}

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dialogsmith::Quality {

/// What a judge model answered, read from its reply. Judges are asked for a JSON object (the judge,
/// faithfulness, preference and negative-check templates say which); models wrap it in prose, code fences or
/// reasoning tags, which Llm::extractJson looks through. A reply that does not hold what was asked for is
/// not guessed at: `error` says what is wrong, for the call journal and the retry that follows.
struct Verdict {
    std::optional<double> score; ///< judge: the score, within the rubric's scale
    std::optional<bool> pass; ///< faithfulness: faithful; negative check: the chunk answers the query
    QList<int> ranking; ///< preference: response numbers from 1, best first, each once
    QString reason;
    QString error; ///< empty when the verdict could be read
    bool isValid() const { return error.isEmpty(); }
};

class VerdictReader final
{
    Q_DECLARE_TR_FUNCTIONS(VerdictReader)

public:
    /// {"score": n, "reason": "..."}, n within [minimum, maximum].
    static Verdict score(const QString &reply, double minimum, double maximum);
    /// {"<key>": true|false, "reason": "..."}: key "faithful" or "answers".
    static Verdict check(const QString &reply, const QString &key);
    /// {"ranking": [numbers], "reason": "..."}: every number from 1 to `responses` exactly once.
    static Verdict ranking(const QString &reply, int responses);
    /// A JSON array of texts (the embedding queries), or an object holding one under "queries"; empty and
    /// repeated entries dropped.
    static QStringList texts(const QString &reply, QString *error);
};

} // namespace Dialogsmith::Quality

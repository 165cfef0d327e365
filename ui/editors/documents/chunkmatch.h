// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Dialogsmith {

/// What a typed chunk search looks for, to mark it in the text found: the words of the query as the index folds
/// them (case and diacritics), the last one also as a prefix while it is being typed (as
/// Store::DatasetQuery::ftsTerms() searches).
class ChunkMatch final
{
public:
    struct Range {
        qsizetype start = 0;
        qsizetype length = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };

    explicit ChunkMatch(const QString &typed);

    bool isEmpty() const { return m_words.isEmpty() && m_prefix.isEmpty(); }
    /// The words of `text` the query matches, in order.
    QList<Range> ranges(QStringView text) const;
    /// About `length` characters of `text` around its first match, as HTML with the matches in <b>, "…"
    /// where it was cut.
    QString snippetHtml(const QString &text, qsizetype length = 220) const;

private:
    bool matches(const QString &folded) const;

    QStringList m_words;
    QString m_prefix;
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "conversation/passagematch.h"

#include "quality/textfingerprint.h"

#include <QSet>

namespace Dialogsmith::PassageMatch {

namespace {

constexpr int gram = 3;
// A 3-gram counts only with a word this long in it: shorter ones are mostly function words.
constexpr qsizetype contentWordLength = 4;

struct Word {
    qsizetype start = 0;
    qsizetype end = 0;
    QString normalized;
};

QList<Word> wordsOf(QStringView text)
{
    QList<Word> words;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!text[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && (text[end].isLetterOrNumber() || text[end].isMark()))
            ++end;
        words.append({i, end, Quality::normalizedForComparison(text.mid(i, end - i))});
        i = end;
    }
    return words;
}

// The 3-gram of words from `first`, or nothing when it is only short words.
QString gramAt(const QList<Word> &words, qsizetype first)
{
    bool content = false;
    QString joined;
    for (qsizetype k = first; k < first + gram; ++k) {
        content = content || words.at(k).normalized.size() >= contentWordLength;
        if (k > first)
            joined += u' ';
        joined += words.at(k).normalized;
    }
    return content ? joined : QString();
}

} // namespace

QList<Range> sharedPassages(QStringView source, const QStringList &texts)
{
    QSet<QString> grams;
    for (const QString &text : texts) {
        const QList<Word> words = wordsOf(text);
        for (qsizetype i = 0; i + gram <= words.size(); ++i) {
            const QString g = gramAt(words, i);
            if (!g.isEmpty())
                grams.insert(g);
        }
    }
    QList<Range> ranges;
    if (grams.isEmpty())
        return ranges;
    const QList<Word> words = wordsOf(source);
    QList<bool> covered(words.size(), false);
    for (qsizetype i = 0; i + gram <= words.size(); ++i) {
        if (grams.contains(gramAt(words, i))) {
            for (qsizetype k = i; k < i + gram; ++k)
                covered[k] = true;
        }
    }
    for (qsizetype i = 0; i < words.size();) {
        if (!covered.at(i)) {
            ++i;
            continue;
        }
        qsizetype last = i;
        while (last + 1 < words.size() && covered.at(last + 1))
            ++last;
        ranges.append({words.at(i).start, words.at(last).end - words.at(i).start});
        i = last + 1;
    }
    return ranges;
}

} // namespace Dialogsmith::PassageMatch

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Dialogsmith::Bench {

/// Text for benchmarks that behaves like prose where it matters: 20,000 pseudo-words with Zipf weights (a
/// few very common, most rare), sentences with capitals and commas. The same seed gives the same text.
class Prose
{
public:
    Prose()
    {
        QRandomGenerator random(1);
        double total = 0;
        for (int i = 0; i < 20'000; ++i) {
            QString word;
            const int length = 2 + int(random.bounded(8));
            for (int c = 0; c < length; ++c)
                word.append(QChar(u'a' + char16_t(random.bounded(26))));
            m_words.append(word);
            total += 1.0 / (i + 1);
            m_cumulative.push_back(total);
        }
    }

    /// About `characters` characters of prose for `seed`.
    QString text(quint64 seed, int characters) const
    {
        QRandomGenerator random(seed);
        QString out;
        out.reserve(characters + 16);
        bool sentenceStart = true;
        while (out.size() < characters) {
            QString word = m_words.at(pick(random));
            if (sentenceStart)
                word[0] = word.at(0).toUpper();
            out += word;
            const int r = int(random.bounded(100));
            sentenceStart = r < 7;
            out += sentenceStart ? QStringLiteral(". ") : r < 12 ? QStringLiteral(", ") : QStringLiteral(" ");
        }
        return out;
    }

    /// `text` with `share` of its words (at least one) replaced by others, at random places.
    QString edited(const QString &text, quint64 seed, double share) const
    {
        QRandomGenerator random(seed);
        QStringList words = text.split(u' ');
        const int changes = std::max(1, int(std::lround(double(words.size()) * share)));
        for (int i = 0; i < changes; ++i)
            words[random.bounded(int(words.size()))] = m_words.at(pick(random));
        return words.join(u' ');
    }

    /// The word of rank `rank` (0 is the most common).
    const QString &word(qsizetype rank) const { return m_words.at(rank); }

private:
    qsizetype pick(QRandomGenerator &random) const
    {
        const double x = random.generateDouble() * m_cumulative.back();
        return qsizetype(std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x) - m_cumulative.begin());
    }

    QStringList m_words;
    std::vector<double> m_cumulative;
};

} // namespace Dialogsmith::Bench

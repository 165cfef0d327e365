// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "quality/textfingerprint.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace Dialogsmith::Quality {

namespace {

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Scripts whose words are not separated by spaces: each of their characters is a word of its own.
bool isUnspacedScript(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
    case QChar::Script_Tibetan:
        return true;
    default:
        return false;
    }
}

// The ASCII fast path: most generated text is ASCII, and NFKC and case folding of ASCII are tolower().
QString normalizedAscii(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *write = out.data();
    QChar *const begin = write;
    bool pendingSpace = false;
    for (const QChar c : text) {
        char16_t u = c.unicode();
        const bool word = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z');
        if (!word) {
            pendingSpace = write != begin;
            continue;
        }
        if (pendingSpace) {
            *write++ = u' ';
            pendingSpace = false;
        }
        if (u >= u'A' && u <= u'Z')
            u = char16_t(u + (u'a' - u'A'));
        *write++ = QChar(u);
    }
    out.truncate(write - begin);
    return out;
}

} // namespace

QString normalizedForComparison(QStringView text)
{
    if (isAscii(text))
        return normalizedAscii(text);

    const QString folded = text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    bool pendingSpace = false;
    bool lastUnspaced = false;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        char32_t c = folded.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < folded.size() && folded.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(folded.at(i), folded.at(i + 1));
            width = 2;
        }
        const QStringView character = QStringView(folded).mid(i, width);
        i += width - 1;
        const bool mark = QChar::isMark(c);
        if (!mark && !QChar::isLetterOrNumber(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        // A combining mark belongs to the character before it (Thai vowels, accents NFKC left apart).
        if (mark && !out.isEmpty() && !pendingSpace) {
            out.append(character);
            continue;
        }
        const bool unspaced = isUnspacedScript(c);
        if (!out.isEmpty() && (pendingSpace || unspaced || lastUnspaced))
            out.append(u' ');
        pendingSpace = false;
        lastUnspaced = unspaced;
        out.append(character);
    }
    return out;
}

Fingerprint fingerprintOfNormalized(QStringView normalized)
{
    const XXH128_hash_t hash = XXH3_128bits(normalized.utf16(), size_t(normalized.size()) * sizeof(char16_t));
    return {hash.high64, hash.low64};
}

quint64 hash64(QStringView text, quint64 seed)
{
    return XXH3_64bits_withSeed(text.utf16(), size_t(text.size()) * sizeof(char16_t), seed);
}

} // namespace Dialogsmith::Quality

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/documents/chunkview.h"

#include <QEvent>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>

#include <algorithm>
#include <cmath>

namespace Dialogsmith {

namespace {

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace

ChunkView::ChunkView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setAcceptDrops(false);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
}

void ChunkView::showMessage(const QString &message)
{
    m_text.clear();
    m_chunks.clear();
    m_shown = 0;
    m_first = 0;
    m_revealed = -1;
    m_headerBlocks.clear();
    m_bodyPositions.clear();
    setExtraSelections({});
    setPlainText(QString());
    setPlaceholderText(message);
}

void ChunkView::showChunks(const QString &text, const QList<Documents::ChunkSpan> &chunks, int focus)
{
    m_text = text;
    m_chunks = chunks;
    m_shown = 0;
    m_focus = focus;
    m_revealed = -1;
    m_headerBlocks.clear();
    m_bodyPositions.clear();
    setExtraSelections({});
    setPlaceholderText(QString());
    clear();

    // From the start, unless the chunk to focus on would be past what is shown: then from a few before it.
    m_first = 0;
    if (focus > 0 && focus < chunks.size()) {
        qsizetype before = 0;
        for (int i = 0; i < focus; ++i)
            before += chunks.at(i).length;
        if (focus >= maxShownChunks / 2 || before > maxShownCharacters / 2)
            m_first = std::max(0, focus - 5);
    }

    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor accent = pal.color(QPalette::Highlight);
    // A second hue that differs from the accent in light and dark palettes alike.
    const float hue = accent.hslHueF() < 0 ? 0.6f : accent.hslHueF();
    const QColor second = QColor::fromHslF(std::fmod(hue + 0.35f, 1.0f), 0.55f, 0.5f);
    const QColor backgrounds[2] = {mix(base, accent, 0.10), mix(base, second, 0.12)};
    const QColor headerBackground = mix(base, pal.color(QPalette::Text), 0.10);

    QTextCharFormat plain;
    QTextCharFormat header;
    header.setFontWeight(QFont::Bold);
    header.setForeground(mix(pal.color(QPalette::Text), base, 0.25));
    // The text a chunk shares with the previous one, in a deeper shade of the previous chunk's colour.
    QTextCharFormat shared[2];
    shared[0].setBackground(mix(base, accent, 0.30));
    shared[1].setBackground(mix(base, second, 0.34));

    const QLocale locale;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    qsizetype characters = 0;
    if (m_first > 0) {
        QTextBlockFormat headerBlock;
        cursor.setBlockFormat(headerBlock);
        cursor.insertText(tr("%n earlier chunk(s), not shown here.", "", m_first), header);
        cursor.insertBlock(headerBlock, header);
    }
    for (qsizetype i = m_first; i < chunks.size(); ++i) {
        if (m_shown >= maxShownChunks || characters > maxShownCharacters)
            break;
        const Documents::ChunkSpan span = chunks.at(i);
        qsizetype sharedLength = 0;
        if (i > 0) {
            const Documents::ChunkSpan previous = chunks.at(i - 1);
            sharedLength = std::clamp<qsizetype>(previous.start + previous.length - span.start, 0, span.length);
        }
        QTextBlockFormat headerBlock;
        headerBlock.setBackground(headerBackground);
        if (i > m_first)
            cursor.insertBlock(headerBlock, header);
        else
            cursor.setBlockFormat(headerBlock);
        m_headerBlocks.append(cursor.blockNumber());
        const QString title = sharedLength > 0
            ? tr("Chunk %1 · characters %2–%3 · %4 long · first %5 shared with chunk %6")
                  .arg(locale.toString(i + 1), locale.toString(span.start + 1),
                       locale.toString(span.start + span.length), locale.toString(span.length),
                       locale.toString(sharedLength), locale.toString(i))
            : tr("Chunk %1 · characters %2–%3 · %4 long")
                  .arg(locale.toString(i + 1), locale.toString(span.start + 1),
                       locale.toString(span.start + span.length), locale.toString(span.length));
        cursor.insertText(title, header);

        QTextBlockFormat body;
        body.setBackground(backgrounds[i % 2]);
        cursor.insertBlock(body, plain);
        m_bodyPositions.append(cursor.position());
        const QStringView chunk = QStringView(text).mid(span.start, span.length);
        if (sharedLength > 0)
            cursor.insertText(chunk.left(sharedLength).toString(), shared[(i - 1) % 2]);
        cursor.insertText(chunk.mid(sharedLength).toString(), plain);
        characters += span.length;
        ++m_shown;
    }
    if (m_first + m_shown < chunks.size()) {
        cursor.insertBlock(QTextBlockFormat(), header);
        cursor.insertText(tr("… and %n more chunk(s), not shown here.", "", int(chunks.size() - m_first - m_shown)),
                          header);
    }
    cursor.endEditBlock();
    moveCursor(QTextCursor::Start);
}

void ChunkView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // Light and dark: the shades come from the palette.
    if (event->type() == QEvent::PaletteChange && !m_chunks.isEmpty()) {
        const int revealed = m_revealed;
        const auto ranges = m_revealedRanges;
        showChunks(m_text, m_chunks, m_focus);
        if (revealed >= 0)
            revealChunk(revealed, ranges);
    }
}

int ChunkView::headerBlock(int index) const
{
    const int shown = index - m_first;
    return shown >= 0 && shown < m_headerBlocks.size() ? m_headerBlocks.at(shown) : -1;
}

bool ChunkView::revealChunk(int index, const QList<std::pair<qsizetype, qsizetype>> &ranges)
{
    const int shown = index - m_first;
    if (shown < 0 || shown >= m_bodyPositions.size())
        return false;
    m_revealed = index;
    m_revealedRanges = ranges;
    const int body = m_bodyPositions.at(shown);
    const qsizetype length = m_chunks.at(index).length;
    QTextCharFormat found;
    found.setBackground(palette().color(QPalette::Highlight));
    found.setForeground(palette().color(QPalette::HighlightedText));
    QList<QTextEdit::ExtraSelection> selections;
    for (const auto &[start, size] : ranges) {
        if (start < 0 || start + size > length)
            continue;
        QTextCursor cursor(document());
        cursor.setPosition(body + int(start));
        cursor.setPosition(body + int(start + size), QTextCursor::KeepAnchor);
        selections.append({cursor, found});
    }
    setExtraSelections(selections);
    // The chunk's header at the top; the cursor on its first match, so the keyboard starts there.
    // From the end back to the header scrolls the header to the top.
    moveCursor(QTextCursor::End);
    setTextCursor(QTextCursor(document()->findBlockByNumber(m_headerBlocks.at(shown))));
    if (!selections.isEmpty()) {
        QTextCursor first(document());
        first.setPosition(selections.constFirst().cursor.selectionStart());
        setTextCursor(first);
    }
    return true;
}

} // namespace Dialogsmith

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
    setPlainText(QString());
    setPlaceholderText(message);
}

void ChunkView::showChunks(const QString &text, const QList<Documents::ChunkSpan> &chunks)
{
    m_text = text;
    m_chunks = chunks;
    m_shown = 0;
    setPlaceholderText(QString());
    clear();

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
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        if (i >= maxShownChunks || characters > maxShownCharacters)
            break;
        const Documents::ChunkSpan span = chunks.at(i);
        qsizetype sharedLength = 0;
        if (i > 0) {
            const Documents::ChunkSpan previous = chunks.at(i - 1);
            sharedLength = std::clamp<qsizetype>(previous.start + previous.length - span.start, 0, span.length);
        }
        QTextBlockFormat headerBlock;
        headerBlock.setBackground(headerBackground);
        if (i > 0)
            cursor.insertBlock(headerBlock, header);
        else
            cursor.setBlockFormat(headerBlock);
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
        const QStringView chunk = QStringView(text).mid(span.start, span.length);
        if (sharedLength > 0)
            cursor.insertText(chunk.left(sharedLength).toString(), shared[(i - 1) % 2]);
        cursor.insertText(chunk.mid(sharedLength).toString(), plain);
        characters += span.length;
        ++m_shown;
    }
    if (m_shown < chunks.size()) {
        cursor.insertBlock(QTextBlockFormat(), header);
        cursor.insertText(tr("… and %n more chunk(s), not shown here.", "", int(chunks.size() - m_shown)), header);
    }
    cursor.endEditBlock();
    moveCursor(QTextCursor::Start);
}

void ChunkView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // Light and dark: the shades come from the palette.
    if (event->type() == QEvent::PaletteChange && !m_chunks.isEmpty())
        showChunks(m_text, m_chunks);
}

} // namespace Dialogsmith

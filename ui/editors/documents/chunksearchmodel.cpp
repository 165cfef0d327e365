// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/documents/chunksearchmodel.h"

#include "editors/documents/chunkmatch.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QStyle>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include <algorithm>

namespace Dialogsmith {

namespace {

constexpr int snippetLines = 3;

QString titleHtml(const QModelIndex &index)
{
    return u"<b>" + index.data(Qt::DisplayRole).toString().section(u'\n', 0, 0).toHtmlEscaped() + u"</b>";
}

void prepare(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index, bool selected)
{
    document.setDocumentMargin(4);
    document.setDefaultFont(option.font);
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor mark = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Link);
    document.setDefaultStyleSheet(
        QStringLiteral("body { color: %1; } b.m { color: %2; }").arg(text.name(), mark.name()));
    QString snippet = index.data(ChunkSearchModel::SnippetHtmlRole).toString();
    snippet.replace(QStringLiteral("<b>"), QStringLiteral("<b class=\"m\">"));
    document.setHtml(u"<body>" + titleHtml(index) + u"<br>" + snippet + u"</body>");
    document.setTextWidth(std::max(option.rect.width(), 120));
}

} // namespace

ChunkSearchModel::ChunkSearchModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

QString ChunkSearchModel::chunkLabel(const QString &title, int chunkIndex)
{
    return tr("§%1 · %2").arg(QLocale().toString(chunkIndex + 1), title);
}

void ChunkSearchModel::setHits(const QString &typed, const QList<ChunkSearchHit> &hits)
{
    beginResetModel();
    m_query = typed;
    m_hits = hits;
    m_snippets.clear();
    m_plain.clear();
    const ChunkMatch match(typed);
    for (const ChunkSearchHit &hit : hits) {
        m_snippets.append(match.snippetHtml(hit.hit.text));
        m_plain.append(QTextDocumentFragment::fromHtml(m_snippets.constLast()).toPlainText());
    }
    endResetModel();
}

void ChunkSearchModel::clear()
{
    setHits(QString(), {});
}

int ChunkSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant ChunkSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChunkSearchHit &found = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(chunkLabel(found.hit.documentTitle, found.hit.chunkIndex) + u'\n' + m_plain.at(index.row()));
    case Qt::ToolTipRole:
        return tr("Chunk %1 of \"%2\", from character %3. Select it to see it in its document.")
            .arg(QLocale().toString(found.hit.chunkIndex + 1), found.hit.documentTitle,
                 QLocale().toString(found.hit.start + 1));
    case SnippetHtmlRole:
        return m_snippets.at(index.row());
    case DocumentRowRole:
        return found.documentRow;
    case ChunkIndexRole:
        return found.hit.chunkIndex;
    default:
        return {};
    }
}

void ChunkSearchDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    // The background, selection and focus as the style draws them; the text is ours.
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    QTextDocument document;
    prepare(document, opt, index, selected);
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize ChunkSearchDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The view decides the width; the text is wrapped to it and cut after a few lines.
    return {opt.fontMetrics.averageCharWidth() * 30, opt.fontMetrics.lineSpacing() * (1 + snippetLines) + 8};
}

} // namespace Dialogsmith

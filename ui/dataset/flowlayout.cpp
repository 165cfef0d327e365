// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "dataset/flowlayout.h"

#include <QStyle>
#include <QWidget>

namespace Dialogsmith {

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
    , m_spacing(spacing)
{ }

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

int FlowLayout::gap() const
{
    if (m_spacing >= 0)
        return m_spacing;
    const QWidget *parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent) : 6;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row, as wide as everything wants.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? gap() : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int spacing = gap();
    int y = area.y();
    qsizetype first = 0;
    while (first < m_items.size()) {
        // Fill a row with what fits at the preferred widths (at least one item).
        int used = 0;
        int stretch = 0;
        int height = 0;
        qsizetype end = first;
        for (; end < m_items.size(); ++end) {
            const QLayoutItem *item = m_items[end];
            if (item->isEmpty())
                continue;
            const int width = item->sizeHint().width();
            if (used > 0 && used + spacing + width > area.width())
                break;
            used += (used > 0 ? spacing : 0) + width;
            height = std::max(height, item->sizeHint().height());
            if (const QWidget *widget = item->widget())
                stretch += widget->sizePolicy().horizontalStretch();
        }
        if (apply) {
            const int spare = std::max(0, area.width() - used);
            int x = area.x();
            for (qsizetype i = first; i < end; ++i) {
                QLayoutItem *item = m_items[i];
                if (item->isEmpty())
                    continue;
                int width = item->sizeHint().width();
                const int share = item->widget() ? item->widget()->sizePolicy().horizontalStretch() : 0;
                if (stretch > 0 && share > 0)
                    width += spare * share / stretch;
                width = std::min(width, area.right() - x + 1);
                item->setGeometry(
                    QRect(x, y + (height - item->sizeHint().height()) / 2, width, item->sizeHint().height()));
                x += width + spacing;
            }
        }
        y += height + spacing;
        first = end;
    }
    const int bottom = y > area.y() ? y - spacing : y; // no spacing after the last row; none at all without rows
    return bottom - rect.y() + contentsMargins().bottom();
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "conversation/fittingscrollarea.h"

#include <QEvent>
#include <QScrollBar>
#include <QStyle>

namespace Dialogsmith {

FittingScrollArea::FittingScrollArea(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
}

FittingScrollArea::~FittingScrollArea() = default;

void FittingScrollArea::setContent(QWidget *content)
{
    setWidget(content);
    content->installEventFilter(this);
    updateGeometry();
}

QSize FittingScrollArea::minimumSizeHint() const
{
    QSize size = QScrollArea::minimumSizeHint();
    if (const QWidget *content = widget()) {
        // Room for the vertical scroll bar too, whether it shows now or not, so it never covers the content.
        const int bar = verticalScrollBar()->sizeHint().width();
        size.setWidth(std::max(size.width(), content->minimumSizeHint().width() + bar + 2 * frameWidth()));
    }
    return size;
}

bool FittingScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    // The content's layout changed (a label got a longer text, a widget was shown): its minimum may have too.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace Dialogsmith

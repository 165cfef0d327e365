// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "shell/icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace Dialogsmith::Icons {

namespace {

/// Paints a shape in the palette's text colour at any size, so it is sharp on every screen.
class DrawnIconEngine final : public QIconEngine
{
public:
    explicit DrawnIconEngine(Drawn shape)
        : m_shape(shape)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        QColor color
            = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Selected)
            color = palette.color(QPalette::HighlightedText);
        const qreal s = std::min(rect.width(), rect.height()) / 16.0;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - 16 * s) / 2, rect.y() + (rect.height() - 16 * s) / 2);
        painter->scale(s, s);
        QPen pen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        switch (m_shape) {
        case Drawn::Add:
            painter->drawLine(QPointF(8, 3), QPointF(8, 13));
            painter->drawLine(QPointF(3, 8), QPointF(13, 8));
            break;
        case Drawn::Remove:
            painter->drawLine(QPointF(4, 4), QPointF(12, 12));
            painter->drawLine(QPointF(12, 4), QPointF(4, 12));
            break;
        case Drawn::Up:
            painter->drawLine(QPointF(8, 13), QPointF(8, 3));
            painter->drawPolyline(QList<QPointF> {{4, 7}, {8, 3}, {12, 7}});
            break;
        case Drawn::Down:
            painter->drawLine(QPointF(8, 3), QPointF(8, 13));
            painter->drawPolyline(QList<QPointF> {{4, 9}, {8, 13}, {12, 9}});
            break;
        case Drawn::Rename:
            painter->drawPolygon(QList<QPointF> {{3, 13}, {3.5, 10.5}, {11, 3}, {13, 5}, {5.5, 12.5}});
            painter->drawLine(QPointF(9.5, 4.5), QPointF(11.5, 6.5));
            break;
        case Drawn::Copy:
            painter->drawRoundedRect(QRectF(2.5, 2.5, 8, 9), 1, 1);
            painter->drawRoundedRect(QRectF(5.5, 5, 8, 9), 1, 1);
            break;
        case Drawn::Paste:
            painter->drawRoundedRect(QRectF(3, 3.5, 10, 10.5), 1, 1);
            painter->drawRect(QRectF(6, 2, 4, 3));
            break;
        case Drawn::Cut:
            painter->drawEllipse(QPointF(5, 12), 2, 2);
            painter->drawEllipse(QPointF(11, 12), 2, 2);
            painter->drawLine(QPointF(6.3, 10.5), QPointF(11, 2.5));
            painter->drawLine(QPointF(9.7, 10.5), QPointF(5, 2.5));
            break;
        case Drawn::Wizard:
            painter->drawLine(QPointF(3, 13), QPointF(10, 6));
            for (const auto &[a, b] :
                 {std::pair {QPointF(12, 1.5), QPointF(12, 5.5)}, std::pair {QPointF(10, 3.5), QPointF(14, 3.5)},
                  std::pair {QPointF(5, 2.5), QPointF(5, 5.5)}, std::pair {QPointF(3.5, 4), QPointF(6.5, 4)}})
                painter->drawLine(a, b);
            break;
        case Drawn::Find:
            painter->drawEllipse(QPointF(7, 7), 4, 4);
            painter->drawLine(QPointF(10, 10), QPointF(13.5, 13.5));
            break;
        case Drawn::Apply:
            painter->drawPolyline(QList<QPointF> {{3, 8.5}, {6.5, 12}, {13, 4}});
            break;
        case Drawn::Reject:
            painter->drawEllipse(QPointF(8, 8), 5.5, 5.5);
            painter->drawLine(QPointF(4.2, 11.8), QPointF(11.8, 4.2));
            break;
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new DrawnIconEngine(m_shape); }
    QString key() const override { return QStringLiteral("DialogsmithDrawn"); }

private:
    Drawn m_shape;
};

QIcon standard(QStyle::StandardPixmap pixmap)
{
    return QApplication::style()->standardIcon(pixmap);
}

} // namespace

QIcon drawn(Drawn shape)
{
    return QIcon(new DrawnIconEngine(shape));
}

QIcon themed(QIcon::ThemeIcon icon, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(icon, standard(fallback));
}

QIcon themed(QIcon::ThemeIcon icon, Drawn fallback)
{
    return QIcon::fromTheme(icon, drawn(fallback));
}

QIcon themed(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, standard(fallback));
}

QIcon themed(const QString &name, Drawn fallback)
{
    return QIcon::fromTheme(name, drawn(fallback));
}

} // namespace Dialogsmith::Icons

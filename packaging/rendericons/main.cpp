// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0

// Renders the application icon's SVG into the PNG sizes of the hicolor icon theme, at build time, so the
// PNGs can never drift from the SVG. Qt's SVG renderer is the one the studio draws its window icon with.
//
//   dialogsmith-rendericons ICON.svg OUTDIR NAME SIZE...
//
// writes OUTDIR/SIZExSIZE/apps/NAME.png for every SIZE.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: dialogsmith-rendericons ICON.svg OUTDIR NAME SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "dialogsmith-rendericons: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    for (qsizetype i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 4096) {
            std::fprintf(stderr, "dialogsmith-rendericons: not a size: %s\n", qPrintable(args.at(i)));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString dir = args.at(2) + u'/' + QString::number(size) + u'x' + QString::number(size) + u"/apps"_s;
        const QString path = dir + u'/' + args.at(3) + u".png"_s;
        if (!QDir().mkpath(dir) || !image.save(path, "PNG")) {
            std::fprintf(stderr, "dialogsmith-rendericons: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}

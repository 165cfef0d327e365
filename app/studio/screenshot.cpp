// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "screenshot.h"

#include <QApplication>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace Dialogsmith {

namespace {

void grab(QWidget &window, const QString &path)
{
    QScreen *screen = window.screen();
    const QPixmap shot = screen->grabWindow(window.winId());
    const bool saved = !shot.isNull() && shot.save(path, "PNG");
    if (!saved)
        std::fprintf(stderr, "dialogsmith: could not save a screenshot to %s\n", qPrintable(path));
    QApplication::exit(saved ? 0 : 1);
}

// Waits for the window's first expose, then gives layouts and the first paint a moment to settle.
class ExposeWatcher final : public QObject
{
public:
    ExposeWatcher(QWidget &window, QString path)
        : QObject(&window)
        , m_window(window)
        , m_path(std::move(path))
    { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && m_window.windowHandle()->isExposed() && !m_done) {
            m_done = true;
            QTimer::singleShot(400, &m_window, [this] { grab(m_window, m_path); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget &m_window;
    QString m_path;
    bool m_done = false;
};

} // namespace

void screenshotAndQuit(QWidget &window, const QString &path)
{
    window.winId(); // creates the native window, so there is a QWindow to watch
    window.windowHandle()->installEventFilter(new ExposeWatcher(window, path));
}

} // namespace Dialogsmith

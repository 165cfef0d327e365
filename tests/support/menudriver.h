// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

namespace Dialogsmith::Test {

/// Opens the menu named `objectName` of the window's menu bar by clicking its title, as a person does;
/// null when the window has no such menu or it did not show.
inline QMenu *openMenu(QMainWindow *window, const QString &objectName)
{
    auto *menu = window->findChild<QMenu *>(objectName);
    if (!menu)
        return nullptr;
    QMenuBar *bar = window->menuBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
    if (!QTest::qWaitForWindowExposed(menu))
        return nullptr;
    return menu;
}

/// Moves the keyboard highlight of an open menu to `action` with the arrow keys.
inline void highlightEntry(QMenu *menu, QAction *action)
{
    QVERIFY(menu->actions().contains(action));
    QVERIFY2(action->isEnabled(), qPrintable(action->text()));
    for (qsizetype step = 0; step <= menu->actions().size() && menu->activeAction() != action; ++step)
        QTest::keyClick(menu, Qt::Key_Down);
    QCOMPARE(menu->activeAction(), action);
}

/// Picks an entry of an open menu with the keyboard: arrow down to it, then Return.
inline void chooseEntry(QMenu *menu, QAction *action)
{
    highlightEntry(menu, action);
    if (QTest::currentTestFailed())
        return;
    QTest::keyClick(menu, Qt::Key_Return);
}

/// Opens `submenu` of an open menu with the keyboard (arrow down to it, then Right); null when it did not show.
inline QMenu *openSubmenu(QMenu *menu, QMenu *submenu)
{
    highlightEntry(menu, submenu->menuAction());
    if (QTest::currentTestFailed())
        return nullptr;
    QTest::keyClick(menu, Qt::Key_Right);
    if (!QTest::qWaitForWindowExposed(submenu))
        return nullptr;
    return submenu;
}

} // namespace Dialogsmith::Test

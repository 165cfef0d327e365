// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QStyle>

namespace Dialogsmith {

/// Icons for actions and buttons: the icon theme's where it has one, else a fallback that is always there,
/// so no toolbar button or menu entry goes without an icon on a desktop without an icon theme (or one that
/// lacks a name). Every icon of the studio comes from here.
namespace Icons {

/// Simple drawn icons for the actions the style has no standard pixmap for. They take the palette's text
/// colour, so they suit a light and a dark look.
enum class Drawn { Add, Remove, Up, Down, Rename, Copy, Paste, Cut, Wizard, Find, Apply, Reject };

/// The theme's `icon`, else the style's `fallback`.
QIcon themed(QIcon::ThemeIcon icon, QStyle::StandardPixmap fallback);
/// The theme's `icon`, else a drawn one.
QIcon themed(QIcon::ThemeIcon icon, Drawn fallback);
/// The theme's icon called `name` (a freedesktop name that QIcon::ThemeIcon lacks), else the style's `fallback`.
QIcon themed(const QString &name, QStyle::StandardPixmap fallback);
/// The theme's icon called `name`, else a drawn one.
QIcon themed(const QString &name, Drawn fallback);
/// The drawn icon alone.
QIcon drawn(Drawn shape);

} // namespace Icons

} // namespace Dialogsmith

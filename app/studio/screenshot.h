// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QWidget;

namespace Dialogsmith {

/// Once `window` is on screen and painted, saves what the screen shows of it to `path` as PNG and quits
/// the application: exit code 0 when the file was written, 1 otherwise.
void screenshotAndQuit(QWidget &window, const QString &path);

} // namespace Dialogsmith

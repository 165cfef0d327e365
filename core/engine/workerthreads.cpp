// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "engine/workerthreads.h"

#include <QByteArrayView>
#include <QtGlobal>

namespace Dialogsmith::Engine {

void preferQtEventLoopsInWorkerThreads()
{
    if (!qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB"))
        qputenv("QT_NO_THREADED_GLIB", "1");
}

} // namespace Dialogsmith::Engine

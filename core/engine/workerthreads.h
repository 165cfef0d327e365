// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Dialogsmith::Engine {

/// Makes threads started from now on (the engine's) run Qt's own poll() event loop instead of GLib's; the
/// main thread keeps whatever it has, so a desktop's GLib integration is untouched. The engine thread
/// serves hundreds of sockets and thousands of events a second, and under GLib's loop each answer waited
/// longer to be read: the generation benchmark reached ~80 % of its limit with it and ~91 % without.
///
/// Call it first thing in main(), before any thread exists: it sets QT_NO_THREADED_GLIB, which Qt reads
/// when a thread starts (unless the environment already sets it, to either value).
void preferQtEventLoopsInWorkerThreads();

} // namespace Dialogsmith::Engine

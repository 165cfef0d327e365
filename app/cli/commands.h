// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Dialogsmith::Cli {

/// What the process exits with: scripts tell the outcomes apart by it.
enum ExitCode {
    Done = 0,
    Failed = 1,
    UsageError = 2,
    Resumable = 3, ///< interrupted, or stopped at the budget: `generate` again goes on
};

/// Each runs one command; `arguments` starts with the program name, then the command's own arguments.
int newProject(const QStringList &arguments);
int spec(const QStringList &arguments);
int generate(const QStringList &arguments);
int judge(const QStringList &arguments);
int exportDataset(const QStringList &arguments);
int providers(const QStringList &arguments);
int importDocuments(const QStringList &arguments);
int dedup(const QStringList &arguments);

} // namespace Dialogsmith::Cli

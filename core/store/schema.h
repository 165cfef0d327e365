// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QSqlDatabase;

namespace Dialogsmith::Store {

/// The tables of a project file beyond its metadata, and the steps that bring an older file up to date.
/// Both run inside the caller's transaction.
namespace Schema {

/// Creates the tables of the newest format in an empty project.
bool create(QSqlDatabase &db, QString *error);
/// Brings a project of format `from` up to the newest format.
bool upgrade(QSqlDatabase &db, int from, QString *error);

} // namespace Schema

} // namespace Dialogsmith::Store

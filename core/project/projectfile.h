// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Dialogsmith {

/// A project on disk: one SQLite database (`*.dialogsmith`, WAL mode) that holds the design and everything
/// generated from it. Opening validates the file read-only first, so a file that is not a project, is
/// damaged or comes from a newer version is reported and never written to.
class ProjectFile final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)

public:
    /// The newest project format this version reads and writes.
    static constexpr int formatVersion = 5;
    static QString fileSuffix();

    /// Creates a new, empty project at `path`, replacing a file that is there. On failure returns null
    /// and sets `error` to a message that names the file and the problem.
    static std::unique_ptr<ProjectFile> create(const QString &path, QString *error);
    /// Opens an existing project. A project file that cannot be written is opened read-only.
    static std::unique_ptr<ProjectFile> open(const QString &path, QString *error);

    ~ProjectFile();
    ProjectFile(const ProjectFile &) = delete;
    ProjectFile &operator=(const ProjectFile &) = delete;

    QString path() const { return m_path; }
    /// The file name without its suffix, for window titles and lists.
    QString displayName() const;
    bool isReadOnly() const { return m_readOnly; }
    /// The format version stored in the file.
    int storedFormatVersion() const { return m_storedFormatVersion; }
    /// The open connection, for the stores. Use it only on the thread that opened the project.
    QSqlDatabase database() const;

    /// Writes a consistent copy of the whole project to `path` (which must not be this project's file),
    /// replacing a file that is there.
    bool saveCopyAs(const QString &path, QString *error) const;

private:
    ProjectFile(QString path, QString connection, bool readOnly, int storedFormatVersion);

    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
    int m_storedFormatVersion = 0;
};

} // namespace Dialogsmith

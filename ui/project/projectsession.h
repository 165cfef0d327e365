// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QUndoStack;

namespace Dialogsmith {

class ProjectFile;

/// An open project as the studio edits it: the project file, the design being edited, its undo history
/// and whether it has unsaved changes.
///
/// Every design edit goes through edit(), which makes it one undoable step (Edit ▸ Undo); editors read
/// design() and refresh on designChanged(), which names the parts that changed, whether by an edit, an
/// undo or a redo. Generated data (runs, conversations) is not part of the design: it is written to the
/// project file as it arrives and has its own undo in the curation views.
class ProjectSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectSession)

public:
    enum class Part {
        Overview = 0x1, ///< name, description
        Topics = 0x2,
        Personas = 0x4,
        Scenarios = 0x8,
        Structures = 0x10,
        Documents = 0x20,
        Chunking = 0x40,
        Templates = 0x80,
        Providers = 0x100,
        Prices = 0x200,
        Generation = 0x400,
        All = 0x7ff,
    };
    Q_DECLARE_FLAGS(Parts, Part)
    Q_FLAG(Parts)

    /// Loads the design of `file`. A design with problems (ProjectSpec::check()) opens, and problems()
    /// lists them; a damaged one does not: returns nothing and sets `error`.
    static std::unique_ptr<ProjectSession> open(std::unique_ptr<ProjectFile> file, QString *error);
    ~ProjectSession() override;

    ProjectFile &file() const { return *m_file; }
    const Design::ProjectDesign &design() const { return m_design; }
    QUndoStack *undoStack() const { return m_undo; }

    /// True when the project file cannot be written: the design is shown, never changed (edit() does
    /// nothing), and the editors say so.
    bool isReadOnly() const;
    /// Why the project is read-only, for a message ("the file /x/y.dialogsmith cannot be written"); empty
    /// when it is not.
    QString readOnlyReason() const;

    /// Applies `change` to a copy of the design as one undoable step named `text` (shown as "Undo
    /// <text>"). `parts` says what the change touches. Consecutive edits with the same non-zero
    /// `mergeKey` (typing in one field) become one step. A change that leaves the design as it was is
    /// dropped, and so is every change to a read-only project.
    void edit(const QString &text, Parts parts, const std::function<void(Design::ProjectDesign &)> &change,
              int mergeKey = 0);

    /// True when the design differs from the one last saved (or loaded).
    bool isModified() const;
    /// Writes the design to the project file in one transaction. On failure keeps the changes, returns
    /// false and sets `error`.
    bool save(QString *error);

    /// What ProjectSpec::check() finds in the design now: empty when it is ready to run. Each message
    /// names where ("generation.turns.min: …").
    QStringList problems() const;

    /// A merge key for edits of one field: the same `field` and `index` give the same key.
    static int mergeKey(Part part, int field, int index = 0);

Q_SIGNALS:
    void designChanged(Dialogsmith::ProjectSession::Parts parts);
    void modifiedChanged(bool modified);
    void saved();

private:
    class EditCommand;
    friend class EditCommand;

    ProjectSession(std::unique_ptr<ProjectFile> file, Design::ProjectDesign design);
    void setDesign(const Design::ProjectDesign &design, Parts parts);

    std::unique_ptr<ProjectFile> m_file;
    Design::ProjectDesign m_design;
    QUndoStack *m_undo = nullptr;
};

} // namespace Dialogsmith

Q_DECLARE_OPERATORS_FOR_FLAGS(Dialogsmith::ProjectSession::Parts)

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "project/projectsession.h"

#include "design/projectspec.h"
#include "project/projectfile.h"
#include "store/designstore.h"

#include <QDir>
#include <QUndoCommand>
#include <QUndoStack>

namespace Dialogsmith {

/// One design edit: the design before and after, so undo and redo restore either exactly.
class ProjectSession::EditCommand final : public QUndoCommand
{
public:
    EditCommand(ProjectSession &session, const QString &text, Parts parts, Design::ProjectDesign before,
                Design::ProjectDesign after, int mergeKey)
        : QUndoCommand(text)
        , m_session(session)
        , m_parts(parts)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    { }

    void undo() override { m_session.setDesign(m_before, m_parts); }
    void redo() override { m_session.setDesign(m_after, m_parts); }
    int id() const override { return m_mergeKey == 0 ? -1 : m_mergeKey; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const EditCommand *>(other);
        m_after = next->m_after;
        m_parts |= next->m_parts;
        // Typed back to where it started: the step is gone.
        if (m_after == m_before)
            setObsolete(true);
        return true;
    }

private:
    ProjectSession &m_session;
    Parts m_parts;
    Design::ProjectDesign m_before;
    Design::ProjectDesign m_after;
    int m_mergeKey;
};

std::unique_ptr<ProjectSession> ProjectSession::open(std::unique_ptr<ProjectFile> file, QString *error)
{
    QStringList problems;
    auto stored = Store::DesignStore(file->database()).load(error, &problems);
    if (!stored)
        return nullptr;
    return std::unique_ptr<ProjectSession>(new ProjectSession(std::move(file), std::move(stored->design)));
}

ProjectSession::ProjectSession(std::unique_ptr<ProjectFile> file, Design::ProjectDesign design)
    : m_file(std::move(file))
    , m_design(std::move(design))
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ProjectSession::~ProjectSession() = default;

bool ProjectSession::isReadOnly() const
{
    return m_file->isReadOnly();
}

QString ProjectSession::readOnlyReason() const
{
    if (!isReadOnly())
        return {};
    return tr("the file %1 cannot be written").arg(QDir::toNativeSeparators(m_file->path()));
}

void ProjectSession::edit(const QString &text, Parts parts, const std::function<void(Design::ProjectDesign &)> &change,
                          int mergeKey)
{
    // The editors of a read-only project allow no edit; this is the guarantee that none gets through.
    if (isReadOnly())
        return;
    Design::ProjectDesign after = m_design;
    change(after);
    if (after == m_design)
        return;
    m_undo->push(new EditCommand(*this, text, parts, m_design, std::move(after), mergeKey));
}

void ProjectSession::setDesign(const Design::ProjectDesign &design, Parts parts)
{
    m_design = design;
    Q_EMIT designChanged(parts);
}

bool ProjectSession::isModified() const
{
    return !m_undo->isClean();
}

bool ProjectSession::save(QString *error)
{
    if (!Store::DesignStore(m_file->database()).save(m_design, error))
        return false;
    m_undo->setClean();
    Q_EMIT saved();
    return true;
}

QStringList ProjectSession::problems() const
{
    return Design::ProjectSpec::check(m_design);
}

int ProjectSession::mergeKey(Part part, int field, int index)
{
    // Part in the high bits, then the field, then the item: distinct for any realistic field and index.
    return (int(part) << 20) | ((field & 0xff) << 12) | (index & 0xfff);
}

} // namespace Dialogsmith

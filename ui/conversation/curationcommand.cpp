// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "conversation/curationcommand.h"

namespace Dialogsmith {

CurationCommand::CurationCommand(const QString &text, qint64 conversationId, Change undo, Change redo, Applied applied)
    : QUndoCommand(text)
    , m_conversationId(conversationId)
    , m_undo(std::move(undo))
    , m_redo(std::move(redo))
    , m_applied(std::move(applied))
{ }

CurationCommand::~CurationCommand() = default;

void CurationCommand::undo()
{
    run(m_undo);
}

void CurationCommand::redo()
{
    // Pushing calls redo(): the change is already made.
    if (std::exchange(m_first, false))
        return;
    run(m_redo);
}

void CurationCommand::run(const Change &change)
{
    QString error;
    const bool ok = change(&error);
    if (m_applied)
        m_applied(m_conversationId, ok, error);
}

} // namespace Dialogsmith

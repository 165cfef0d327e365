// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QUndoCommand>

#include <functional>

namespace Dialogsmith {

/// One step of the conversation editor's undo history. The change itself is made before the command is
/// pushed (so a change the project refuses never becomes a step); undo() and redo() then replay its inverse
/// and itself, and report to `applied` which conversation they changed and whether it worked.
class CurationCommand final : public QUndoCommand
{
public:
    using Change = std::function<bool(QString *error)>;
    using Applied = std::function<void(qint64 conversationId, bool ok, const QString &error)>;

    CurationCommand(const QString &text, qint64 conversationId, Change undo, Change redo, Applied applied);
    ~CurationCommand() override;
    Q_DISABLE_COPY_MOVE(CurationCommand)

    void undo() override;
    void redo() override;

private:
    void run(const Change &change);

    qint64 m_conversationId;
    Change m_undo;
    Change m_redo;
    Applied m_applied;
    bool m_first = true;
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>

namespace Dialogsmith {

class ProjectSession;

/// The project's personas for views: name, side and weight. Renames and weights edited in place are one
/// undoable edit each; the model follows the design as edits, undo and redo change it.
class PersonaListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonaListModel)

public:
    enum Column { NameColumn, SideColumn, WeightColumn, ColumnCount };
    enum Role {
        SideRole = Qt::UserRole + 1, ///< "user" or "assistant", for filtering
    };
    static constexpr double maxWeight = 1'000'000; ///< as ProjectSpec accepts

    explicit PersonaListModel(ProjectSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void follow();

    ProjectSession &m_session;
    qsizetype m_rows = 0;
};

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>

namespace Dialogsmith {

class ProjectSession;

/// The project's scenarios or conversation structures for a table: name (structures), description, weight and
/// the share of conversations each gets. Edits in place are one undoable edit each; the model follows the
/// design as edits, undo and redo change it.
class WeightedListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeightedListModel)

public:
    enum class Kind { Scenarios, Structures };
    enum class Field { Name, Description, Weight, Share };
    static constexpr double maxWeight = 1'000'000; ///< as ProjectSpec accepts

    WeightedListModel(ProjectSession &session, Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    /// The column showing `field`; -1 when this kind has none (scenarios have no name).
    int column(Field field) const;
    Field field(int column) const;
    /// How many items the design holds now.
    int itemCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void follow();
    double weightSum() const;

    ProjectSession &m_session;
    Kind m_kind;
    int m_rows = 0;
};

} // namespace Dialogsmith

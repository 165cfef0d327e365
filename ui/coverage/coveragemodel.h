// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "coverage/coveragedata.h"

#include <QAbstractItemModel>
#include <QAbstractTableModel>

namespace Dialogsmith {

/// The coverage tree: one root per factor, its values under it (topics by their path), with counts,
/// approval rate and planned versus actual share. Rows clearly rarer than planned are tinted.
class CoverageModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageModel)

public:
    enum Column {
        NameColumn,
        SamplesColumn,
        ApprovedColumn,
        RejectedColumn,
        UnreviewedColumn,
        ApprovalColumn,
        PlannedColumn,
        ActualColumn,
        ColumnCount
    };
    enum Role { UnderRepresentedRole = Qt::UserRole + 1, KeyRole };

    explicit CoverageModel(QObject *parent = nullptr);

    /// Replaces the tree; rows whose factor and value stay keep their place when the shape is the same.
    void setTree(CoverageTree tree);
    const CoverageTree &tree() const { return m_tree; }
    /// The row of a value (a topic's full path); invalid when there is none.
    QModelIndex find(CoverageFactor factor, const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QModelIndex indexOfNode(int node, int column) const;
    static bool sameShape(const CoverageTree &a, const CoverageTree &b);

    CoverageTree m_tree;
    int m_roots = 0;
};

/// Two factors crossed: samples per pair as a heat map (the row factor's values down, the column factor's
/// across). A pair the design plans but that has clearly fewer samples than its planned share (the
/// product of the two factors' shares, as they are drawn apart) is marked.
class CrossingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrossingModel)

public:
    enum Role { CountRole = Qt::UserRole + 1, UnderRepresentedRole };

    explicit CrossingModel(QObject *parent = nullptr);

    void setCrossing(const Design::ProjectDesign &design, const QList<CoverageRow> &rows, CoverageFactor across,
                     CoverageFactor down);
    CoverageFactor rowFactor() const { return m_down; }
    CoverageFactor columnFactor() const { return m_across; }
    qint64 count(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell {
        CoverageCounts counts;
        double planned = 0;
    };
    CoverageFactor m_across = CoverageFactor::UserPersona;
    CoverageFactor m_down = CoverageFactor::Topic;
    QStringList m_rows;
    QStringList m_columns;
    QList<Cell> m_cells; ///< row by row
    qint64 m_samples = 0;
    qint64 m_max = 0;
};

} // namespace Dialogsmith

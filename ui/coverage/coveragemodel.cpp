// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "coverage/coveragemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace Dialogsmith {

namespace {

// Internal ids: the node's number + 1 (0 is never used, so a null index stays distinct).
constexpr double holeTint = 0.35;

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', share > 0 && share < 0.1 ? 1 : 0) + QStringLiteral(" %");
}

QColor mix(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

const QColor warning(0xe0, 0x6c, 0x3c);

} // namespace

CoverageModel::CoverageModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

bool CoverageModel::sameShape(const CoverageTree &a, const CoverageTree &b)
{
    if (a.nodes.size() != b.nodes.size())
        return false;
    for (qsizetype i = 0; i < a.nodes.size(); ++i) {
        if (a.nodes.at(i).key != b.nodes.at(i).key || a.nodes.at(i).factor != b.nodes.at(i).factor
            || a.nodes.at(i).children != b.nodes.at(i).children)
            return false;
    }
    return true;
}

void CoverageModel::setTree(CoverageTree tree)
{
    // Counts that change in place keep the view's selection and expansion.
    if (sameShape(m_tree, tree)) {
        m_tree = std::move(tree);
        if (!m_tree.nodes.isEmpty()) {
            for (int node = 0; node < m_tree.nodes.size(); ++node)
                Q_EMIT dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_tree = std::move(tree);
    m_roots = 0;
    for (const CoverageNode &n : std::as_const(m_tree.nodes))
        m_roots += n.parent < 0 ? 1 : 0;
    endResetModel();
}

QModelIndex CoverageModel::indexOfNode(int node, int column) const
{
    const int parent = m_tree.nodes.at(node).parent;
    const int row = parent < 0 ? node : int(m_tree.nodes.at(parent).children.indexOf(node));
    return createIndex(row, column, quintptr(node) + 1);
}

QModelIndex CoverageModel::find(CoverageFactor factor, const QString &key) const
{
    for (int node = 0; node < m_tree.nodes.size(); ++node) {
        const CoverageNode &n = m_tree.nodes.at(node);
        if (n.factor == factor && n.key == key && n.parent >= 0)
            return indexOfNode(node, 0);
    }
    return {};
}

QModelIndex CoverageModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(row) + 1);
    const int node = m_tree.nodes.at(int(parent.internalId() - 1)).children.at(row);
    return createIndex(row, column, quintptr(node) + 1);
}

QModelIndex CoverageModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_tree.nodes.at(int(child.internalId() - 1)).parent;
    return parent < 0 ? QModelIndex() : indexOfNode(parent, 0);
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_roots;
    if (parent.column() != 0)
        return 0;
    return int(m_tree.nodes.at(int(parent.internalId() - 1)).children.size());
}

int CoverageModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const CoverageNode &n = m_tree.nodes.at(int(index.internalId() - 1));
    const bool root = n.parent < 0;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return n.name;
        case SamplesColumn:
            return locale.toString(n.counts.total());
        case ApprovedColumn:
            return locale.toString(n.counts.approved);
        case RejectedColumn:
            return locale.toString(n.counts.rejected);
        case UnreviewedColumn:
            return locale.toString(n.counts.unreviewed);
        case ApprovalColumn:
            return n.counts.approvalRate() ? percent(*n.counts.approvalRate()) : QStringLiteral("—");
        case PlannedColumn:
            return root || !n.planned ? QString() : percent(*n.planned);
        case ActualColumn:
            return root ? QString() : percent(n.actual);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (root) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (n.underRepresented())
            return QBrush(mix(QGuiApplication::palette().color(QPalette::Base), warning, holeTint));
        return {};
    case Qt::ToolTipRole:
        if (n.underRepresented())
            return tr("Under-represented: planned %1 of the samples, made %2")
                .arg(percent(*n.planned), percent(n.actual));
        if (!n.inDesign)
            return tr("Not in the design any more: samples made before it changed");
        return {};
    case UnderRepresentedRole:
        return n.underRepresented();
    case KeyRole:
        return n.key;
    }
    return {};
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ApprovalColumn:
            return tr("Approved among the reviewed samples");
        case PlannedColumn:
            return tr("The share of samples the design's weights plan for it");
        case ActualColumn:
            return tr("The share of the complete samples that have it");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Factor");
    case SamplesColumn:
        return tr("Samples");
    case ApprovedColumn:
        return tr("Approved");
    case RejectedColumn:
        return tr("Rejected");
    case UnreviewedColumn:
        return tr("Unreviewed");
    case ApprovalColumn:
        return tr("Approval");
    case PlannedColumn:
        return tr("Planned");
    case ActualColumn:
        return tr("Actual");
    }
    return {};
}

CrossingModel::CrossingModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CrossingModel::setCrossing(const Design::ProjectDesign &design, const QList<CoverageRow> &rows,
                                CoverageFactor across, CoverageFactor down)
{
    beginResetModel();
    m_across = across;
    m_down = down;
    const QHash<QString, double> plannedDown = plannedShares(design, down);
    const QHash<QString, double> plannedAcross = plannedShares(design, across);
    // The design's values, then the ones only samples have, each sorted.
    const auto values = [&](const QHash<QString, double> &planned, CoverageFactor factor) {
        QStringList out = planned.keys();
        std::sort(out.begin(), out.end());
        QStringList extra;
        for (const CoverageRow &row : rows) {
            const QString &v = row.values[int(factor)];
            if (!planned.contains(v) && !extra.contains(v))
                extra.append(v);
        }
        std::sort(extra.begin(), extra.end());
        return out + extra;
    };
    m_rows = values(plannedDown, down);
    m_columns = values(plannedAcross, across);
    m_cells = QList<Cell>(m_rows.size() * m_columns.size());
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        for (qsizetype c = 0; c < m_columns.size(); ++c)
            m_cells[r * m_columns.size() + c].planned
                = plannedDown.value(m_rows.at(r)) * plannedAcross.value(m_columns.at(c));
    }
    m_samples = 0;
    for (const CoverageRow &row : rows) {
        const qsizetype r = m_rows.indexOf(row.values[int(down)]);
        const qsizetype c = m_columns.indexOf(row.values[int(across)]);
        Cell &cell = m_cells[r * m_columns.size() + c];
        cell.counts += CoverageCounts {row.approved, row.rejected, row.unreviewed};
        m_samples += row.approved + row.rejected + row.unreviewed;
    }
    m_max = 0;
    for (const Cell &cell : std::as_const(m_cells))
        m_max = std::max(m_max, cell.counts.total());
    endResetModel();
}

qint64 CrossingModel::count(int row, int column) const
{
    return m_cells.at(qsizetype(row) * m_columns.size() + column).counts.total();
}

int CrossingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CrossingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant CrossingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Cell &cell = m_cells.at(qsizetype(index.row()) * m_columns.size() + index.column());
    const qint64 total = cell.counts.total();
    const double actual = m_samples > 0 ? double(total) / double(m_samples) : 0;
    const bool under = m_samples > 0 && cell.planned > 0 && actual < cell.planned * 0.5;
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(total);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        const QColor base = QGuiApplication::palette().color(QPalette::Base);
        if (under)
            return QBrush(mix(base, warning, total == 0 ? 0.55 : holeTint));
        const QColor heat = QGuiApplication::palette().color(QPalette::Highlight);
        return QBrush(mix(base, heat, m_max > 0 ? 0.7 * double(total) / double(m_max) : 0));
    }
    case Qt::ToolTipRole: {
        QString tip = tr("%1 × %2: %n sample(s)", nullptr, int(total))
                          .arg(m_rows.at(index.row()), m_columns.at(index.column()));
        tip += u'\n'
            + tr("%1 approved, %2 rejected, %3 unreviewed")
                  .arg(cell.counts.approved)
                  .arg(cell.counts.rejected)
                  .arg(cell.counts.unreviewed);
        if (cell.planned > 0)
            tip += u'\n' + tr("Planned %1 of the samples, made %2").arg(percent(cell.planned), percent(actual));
        return tip;
    }
    case CountRole:
        return total;
    case UnderRepresentedRole:
        return under;
    }
    return {};
}

QVariant CrossingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QStringList &names = orientation == Qt::Horizontal ? m_columns : m_rows;
    if (section < 0 || section >= names.size())
        return {};
    const QString name = names.at(section);
    if (name.isEmpty())
        return tr("(none)");
    return name;
}

} // namespace Dialogsmith

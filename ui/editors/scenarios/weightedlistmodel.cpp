// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/scenarios/weightedlistmodel.h"

#include "project/projectsession.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

WeightedListModel::WeightedListModel(ProjectSession &session, Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_kind(kind)
{
    m_rows = itemCount();
    const ProjectSession::Part part
        = kind == Kind::Scenarios ? ProjectSession::Part::Scenarios : ProjectSession::Part::Structures;
    connect(&m_session, &ProjectSession::designChanged, this, [this, part](ProjectSession::Parts parts) {
        if (parts & part)
            follow();
    });
}

int WeightedListModel::itemCount() const
{
    return int(m_kind == Kind::Scenarios ? m_session.design().scenarios.size() : m_session.design().structures.size());
}

void WeightedListModel::follow()
{
    const int rows = itemCount();
    if (rows == m_rows) {
        if (rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int WeightedListModel::column(Field field) const
{
    const int offset = m_kind == Kind::Structures ? 1 : 0;
    switch (field) {
    case Field::Name:
        return m_kind == Kind::Structures ? 0 : -1;
    case Field::Description:
        return offset;
    case Field::Weight:
        return offset + 1;
    case Field::Share:
        return offset + 2;
    }
    return -1;
}

WeightedListModel::Field WeightedListModel::field(int column) const
{
    return Field(m_kind == Kind::Structures ? column : column + 1);
}

double WeightedListModel::weightSum() const
{
    double sum = 0;
    if (m_kind == Kind::Scenarios) {
        for (const Design::Scenario &scenario : m_session.design().scenarios)
            sum += std::max(0.0, scenario.weight);
    } else {
        for (const Design::Structure &structure : m_session.design().structures)
            sum += std::max(0.0, structure.weight);
    }
    return sum;
}

int WeightedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int WeightedListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_kind == Kind::Structures ? 4 : 3);
}

QVariant WeightedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Design::ProjectDesign &design = m_session.design();
    const bool scenario = m_kind == Kind::Scenarios;
    const QString name = scenario ? QString() : design.structures.at(index.row()).name;
    const QString description
        = scenario ? design.scenarios.at(index.row()).description : design.structures.at(index.row()).description;
    const double weight = scenario ? design.scenarios.at(index.row()).weight : design.structures.at(index.row()).weight;
    const Field what = field(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (what) {
        case Field::Name:
            return name;
        case Field::Description:
            // One line in the table; the whole text below it.
            return description.simplified();
        case Field::Weight:
            return QLocale().toString(weight, 'g', 6);
        case Field::Share: {
            const double sum = weightSum();
            const double share = sum > 0 ? std::max(0.0, weight) / sum : 0.0;
            return QString(QLocale().toString(share * 100, 'f', 1) + u"\u2009%"_s);
        }
        }
        break;
    case Qt::EditRole:
        switch (what) {
        case Field::Name:
            return name;
        case Field::Description:
            return description;
        case Field::Weight:
            return weight;
        case Field::Share: {
            const double sum = weightSum();
            return sum > 0 ? std::max(0.0, weight) / sum : 0.0;
        }
        }
        break;
    case Qt::ToolTipRole:
        if (what == Field::Description && !description.isEmpty())
            return description;
        if (what == Field::Share)
            return tr("The share of all conversations drawn with this one.");
        break;
    case Qt::TextAlignmentRole:
        if (what == Field::Weight || what == Field::Share)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

bool WeightedListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    const int row = index.row();
    const bool scenario = m_kind == Kind::Scenarios;
    const ProjectSession::Part part = scenario ? ProjectSession::Part::Scenarios : ProjectSession::Part::Structures;
    switch (field(index.column())) {
    case Field::Name: {
        const QString name = value.toString().simplified();
        if (name.isEmpty())
            return false;
        m_session.edit(tr("Rename Structure"), part, [&](Design::ProjectDesign &d) { d.structures[row].name = name; });
        return true;
    }
    case Field::Description: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty() && scenario)
            return false;
        m_session.edit(scenario ? tr("Edit Scenario") : tr("Edit Structure Description"), part,
                       [&](Design::ProjectDesign &d) {
                           if (scenario)
                               d.scenarios[row].description = text;
                           else
                               d.structures[row].description = text;
                       });
        return true;
    }
    case Field::Weight: {
        bool ok = false;
        const double weight = value.toDouble(&ok);
        if (!ok || !(weight >= 0 && weight <= maxWeight))
            return false;
        m_session.edit(scenario ? tr("Change Scenario Weight") : tr("Change Structure Weight"), part,
                       [&](Design::ProjectDesign &d) {
                           if (scenario)
                               d.scenarios[row].weight = weight;
                           else
                               d.structures[row].weight = weight;
                       });
        return true;
    }
    case Field::Share:
        break;
    }
    return false;
}

QVariant WeightedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (field(section)) {
    case Field::Name:
        return tr("Structure");
    case Field::Description:
        return m_kind == Kind::Scenarios ? tr("Scenario") : tr("Description");
    case Field::Weight:
        return tr("Weight");
    case Field::Share:
        return tr("Share");
    }
    return {};
}

Qt::ItemFlags WeightedListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (field(index.column()) != Field::Share)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace Dialogsmith

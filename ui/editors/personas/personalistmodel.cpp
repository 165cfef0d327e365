// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/personas/personalistmodel.h"

#include "project/projectsession.h"

#include <QLocale>

namespace Dialogsmith {

PersonaListModel::PersonaListModel(ProjectSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_rows(session.design().personas.size())
{
    connect(&m_session, &ProjectSession::designChanged, this, [this](ProjectSession::Parts parts) {
        if (parts & ProjectSession::Part::Personas)
            follow();
    });
}

void PersonaListModel::follow()
{
    const qsizetype rows = m_session.design().personas.size();
    if (rows == m_rows) {
        if (rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(int(rows) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int PersonaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows);
}

int PersonaListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonaListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Design::Persona &persona = m_session.design().personas.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return persona.name.isEmpty() ? tr("(unnamed)") : persona.name;
        case SideColumn:
            return persona.side == Design::Side::User ? tr("User") : tr("Assistant");
        case WeightColumn:
            return QLocale().toString(persona.weight, 'g', 6);
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return persona.name;
        case SideColumn:
            return Design::sideName(persona.side);
        case WeightColumn:
            return persona.weight;
        }
        break;
    case SideRole:
        return Design::sideName(persona.side);
    case Qt::ToolTipRole:
        if (index.column() == SideColumn)
            return persona.side == Design::Side::User ? tr("Plays the user: the simulator asks its questions.")
                                                      : tr("Plays the assistant: answers the user.");
        if (index.column() == WeightColumn)
            return tr("How often this persona is drawn compared with the others of its side.");
        return persona.description.isEmpty() ? QVariant() : QVariant(persona.description);
    case Qt::TextAlignmentRole:
        if (index.column() == WeightColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        break;
    default:
        break;
    }
    return {};
}

bool PersonaListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    const int row = index.row();
    if (index.column() == NameColumn) {
        const QString name = value.toString().simplified();
        if (name.isEmpty())
            return false;
        m_session.edit(tr("Rename Persona"), ProjectSession::Part::Personas,
                       [&](Design::ProjectDesign &d) { d.personas[row].name = name; });
        return true;
    }
    if (index.column() == WeightColumn) {
        bool ok = false;
        const double weight = value.toDouble(&ok);
        if (!ok || !(weight >= 0 && weight <= maxWeight))
            return false;
        m_session.edit(tr("Change Persona Weight"), ProjectSession::Part::Personas,
                       [&](Design::ProjectDesign &d) { d.personas[row].weight = weight; });
        return true;
    }
    return false;
}

QVariant PersonaListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Persona");
    case SideColumn:
        return tr("Side");
    case WeightColumn:
        return tr("Weight");
    }
    return {};
}

Qt::ItemFlags PersonaListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() != SideColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/topics/topictreemodel.h"

#include "design/projectspec.h"
#include "project/projectsession.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

/// What the view sees of one topic. The tree mirrors the design's; the root stands for the top level.
struct TopicTreeModel::Node {
    Node *parent = nullptr;
    int row = 0;
    QString name;
    QString description;
    double weight = 1.0;
    double share = 0.0;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

bool sameShape(const auto &node, const QList<Design::Topic> &topics)
{
    if (node.children.size() != std::size_t(topics.size()))
        return false;
    for (qsizetype i = 0; i < topics.size(); ++i) {
        if (!sameShape(*node.children[std::size_t(i)], topics[i].children))
            return false;
    }
    return true;
}

QString formatWeight(double weight)
{
    return QLocale().toString(weight, 'g', 6);
}

} // namespace

TopicTreeModel::TopicTreeModel(ProjectSession &session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
    , m_root(std::make_unique<Node>())
{
    follow();
    connect(&m_session, &ProjectSession::designChanged, this, [this](ProjectSession::Parts parts) {
        if (parts & ProjectSession::Part::Topics)
            follow();
    });
}

TopicTreeModel::~TopicTreeModel() = default;

QString TopicTreeModel::mimeType()
{
    return u"application/x-dialogsmith-topic-path"_s;
}

void TopicTreeModel::follow()
{
    const QList<Design::Topic> &topics = m_session.design().topics;
    // Fill `node`'s children from `list`; with `notify`, report the rows whose values changed.
    const auto update
        = [this](auto &self, Node &node, const QList<Design::Topic> &list, double parentShare, bool notify) -> void {
        double sum = 0;
        for (const Design::Topic &topic : list)
            sum += std::max(0.0, topic.weight);
        if (!notify) {
            node.children.clear();
            node.children.reserve(std::size_t(list.size()));
        }
        int firstChanged = -1;
        int lastChanged = -1;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Design::Topic &topic = list[i];
            if (!notify) {
                auto child = std::make_unique<Node>();
                child->parent = &node;
                child->row = int(i);
                node.children.push_back(std::move(child));
            }
            Node &child = *node.children[std::size_t(i)];
            const double share = sum > 0 ? parentShare * std::max(0.0, topic.weight) / sum : 0.0;
            if (child.name != topic.name || child.description != topic.description || child.weight != topic.weight
                || child.share != share) {
                if (firstChanged < 0)
                    firstChanged = int(i);
                lastChanged = int(i);
            }
            child.name = topic.name;
            child.description = topic.description;
            child.weight = topic.weight;
            child.share = share;
            self(self, child, topic.children, share, notify);
        }
        if (notify && firstChanged >= 0) {
            const QModelIndex parent = &node == m_root.get() ? QModelIndex() : createIndex(node.row, 0, &node);
            Q_EMIT dataChanged(index(firstChanged, 0, parent), index(lastChanged, ColumnCount - 1, parent));
        }
    };
    if (sameShape(*m_root, topics)) {
        // Renames and weights: the view keeps its expansion, selection and editors.
        update(update, *m_root, topics, 1.0, true);
        return;
    }
    beginResetModel();
    update(update, *m_root, topics, 1.0, false);
    endResetModel();
}

TopicTreeModel::Node *TopicTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *node = nodeOf(parent);
    if (std::size_t(row) >= node->children.size())
        return {};
    return createIndex(row, column, node->children[std::size_t(row)].get());
}

QModelIndex TopicTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *parent = nodeOf(child)->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(parent->row, 0, parent);
}

int TopicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int TopicTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TopicTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node->name;
        case WeightColumn:
            return formatWeight(node->weight);
        case ShareColumn:
            return QString(QLocale().toString(node->share * 100.0, 'f', node->share >= 0.01 ? 1 : 2) + u"\u2009%"_s);
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return node->name;
        case WeightColumn:
            return node->weight;
        case ShareColumn:
            return node->share;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return node->description.isEmpty() ? node->name : node->name + u"\n\n"_s + node->description;
        case WeightColumn:
            return tr("How often this topic is drawn compared with its siblings. Double-click to change it.");
        case ShareColumn:
            return node->children.empty()
                ? tr("The share of all conversations that will be about this topic.")
                : tr("The share of all conversations that will be about this topic or one of its subtopics.");
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

bool TopicTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const TopicTree::Path path = pathOf(index);
    if (index.column() == NameColumn) {
        const QString name = value.toString().simplified();
        if (name.isEmpty())
            return false;
        m_session.edit(tr("Rename Topic"), ProjectSession::Part::Topics,
                       [&](Design::ProjectDesign &d) { TopicTree::at(d.topics, path)->name = name; });
        return true;
    }
    if (index.column() == WeightColumn) {
        bool ok = false;
        const double weight = value.toDouble(&ok);
        if (!ok || !(weight >= 0 && weight <= maxWeight))
            return false;
        m_session.edit(tr("Change Topic Weight"), ProjectSession::Part::Topics,
                       [&](Design::ProjectDesign &d) { TopicTree::at(d.topics, path)->weight = weight; });
        return true;
    }
    return false;
}

QVariant TopicTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Topic");
        case WeightColumn:
            return tr("Weight");
        case ShareColumn:
            return tr("Share");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr("What conversations are about. Generation draws a topic, then one of its subtopics, down "
                      "to a leaf.");
        case WeightColumn:
            return tr("How often a topic is drawn compared with its siblings.");
        case ShareColumn:
            return tr("The share of all conversations each topic gets: the weight shares multiplied down the "
                      "path.");
        }
    }
    return {};
}

Qt::ItemFlags TopicTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn || index.column() == WeightColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

TopicTree::Path TopicTreeModel::pathOf(const QModelIndex &index) const
{
    TopicTree::Path path;
    for (const Node *node = index.isValid() ? nodeOf(index) : nullptr; node && node != m_root.get();
         node = node->parent)
        path.prepend(node->row);
    return path;
}

QModelIndex TopicTreeModel::indexOf(const TopicTree::Path &path, int column) const
{
    QModelIndex current;
    for (const int row : path) {
        current = index(row, 0, current);
        if (!current.isValid())
            return {};
    }
    return current.isValid() ? current.siblingAtColumn(column) : current;
}

QStringList TopicTreeModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *TopicTreeModel::mimeData(const QModelIndexList &indexes) const
{
    // One topic at a time: the view selects single rows.
    const auto first = std::find_if(indexes.cbegin(), indexes.cend(), [](const QModelIndex &i) { return i.isValid(); });
    if (first == indexes.cend())
        return nullptr;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    // The session identifies the project: a topic dragged to another project's window is not moved there.
    stream << quintptr(&m_session) << pathOf(*first);
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    data->setText(TopicTree::displayPath(m_session.design().topics, pathOf(*first)));
    return data;
}

std::optional<std::pair<TopicTree::Path, int>>
TopicTreeModel::dropTarget(const QMimeData *data, int row, const QModelIndex &parent, TopicTree::Path *source) const
{
    if (!data || !data->hasFormat(mimeType()) || (parent.isValid() && parent.model() != this))
        return std::nullopt;
    QDataStream stream(data->data(mimeType()));
    quintptr session = 0;
    stream >> session >> *source;
    if (session != quintptr(&m_session))
        return std::nullopt;
    const QList<Design::Topic> &topics = m_session.design().topics;
    const Design::Topic *moved = TopicTree::at(topics, *source);
    if (stream.status() != QDataStream::Ok || source->isEmpty() || !moved)
        return std::nullopt;
    TopicTree::Path target = pathOf(parent.siblingAtColumn(0));
    // Not into itself or below itself.
    if (target.size() >= source->size() && target.mid(0, source->size()) == *source)
        return std::nullopt;
    if (target.size() + TopicTree::height(*moved) > Design::ProjectSpec::maxTopicDepth)
        return std::nullopt;
    const QList<Design::Topic> *siblings = TopicTree::childrenOf(topics, target);
    if (!siblings)
        return std::nullopt;
    if (row < 0 || row > siblings->size())
        row = int(siblings->size());
    // The source leaves its place first: rows after it in its list move up by one.
    const TopicTree::Path sourceParent = source->mid(0, source->size() - 1);
    const int sourceRow = source->constLast();
    if (target.size() > sourceParent.size() && target.mid(0, sourceParent.size()) == sourceParent
        && target[sourceParent.size()] > sourceRow)
        --target[sourceParent.size()];
    if (target == sourceParent && row > sourceRow)
        --row;
    return std::pair {target, row};
}

bool TopicTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                     const QModelIndex &parent) const
{
    TopicTree::Path source;
    return action == Qt::MoveAction && dropTarget(data, row, parent, &source).has_value();
}

bool TopicTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    TopicTree::Path source;
    const auto target = dropTarget(data, row, parent, &source);
    if (action != Qt::MoveAction || !target)
        return false;
    const auto &[targetParent, targetRow] = *target;
    TopicTree::Path moved = targetParent;
    moved.append(targetRow);
    if (moved == source)
        return false;
    m_session.edit(tr("Move Topic"), ProjectSession::Part::Topics, [&](Design::ProjectDesign &d) {
        QList<Design::Topic> *from = TopicTree::childrenOf(d.topics, source.mid(0, source.size() - 1));
        Design::Topic topic = from->takeAt(source.constLast());
        TopicTree::childrenOf(d.topics, targetParent)->insert(targetRow, std::move(topic));
    });
    Q_EMIT topicMoved(moved);
    // The move is done: the view must not remove the dragged rows as for a copy between models, which it
    // does not, because this model has no removeRows().
    return true;
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/topics/topictree.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dialogsmith::TopicTree {

const Design::Topic *at(const QList<Design::Topic> &roots, const Path &path)
{
    const QList<Design::Topic> *list = &roots;
    const Design::Topic *topic = nullptr;
    for (const int row : path) {
        if (row < 0 || row >= list->size())
            return nullptr;
        topic = &list->at(row);
        list = &topic->children;
    }
    return topic;
}

Design::Topic *at(QList<Design::Topic> &roots, const Path &path)
{
    QList<Design::Topic> *list = &roots;
    Design::Topic *topic = nullptr;
    for (const int row : path) {
        if (row < 0 || row >= list->size())
            return nullptr;
        topic = &(*list)[row];
        list = &topic->children;
    }
    return topic;
}

QList<Design::Topic> *childrenOf(QList<Design::Topic> &roots, const Path &parent)
{
    if (parent.isEmpty())
        return &roots;
    Design::Topic *topic = at(roots, parent);
    return topic ? &topic->children : nullptr;
}

const QList<Design::Topic> *childrenOf(const QList<Design::Topic> &roots, const Path &parent)
{
    if (parent.isEmpty())
        return &roots;
    const Design::Topic *topic = at(roots, parent);
    return topic ? &topic->children : nullptr;
}

int height(const Design::Topic &topic)
{
    int below = 0;
    for (const Design::Topic &child : topic.children)
        below = std::max(below, height(child));
    return below + 1;
}

bool hasName(const QList<Design::Topic> &siblings, const QString &name)
{
    const QString wanted = name.trimmed();
    return std::any_of(siblings.cbegin(), siblings.cend(), [&](const Design::Topic &topic) {
        return topic.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
    });
}

QString uniqueName(const QList<Design::Topic> &siblings, const QString &base)
{
    if (!hasName(siblings, base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + u' ' + QString::number(n);
        if (!hasName(siblings, candidate))
            return candidate;
    }
}

QStringList namePath(const QList<Design::Topic> &roots, const Path &path)
{
    QStringList names;
    const QList<Design::Topic> *list = &roots;
    for (const int row : path) {
        if (row < 0 || row >= list->size())
            break;
        names.append(list->at(row).name);
        list = &list->at(row).children;
    }
    return names;
}

QString displayPath(const QList<Design::Topic> &roots, const Path &path)
{
    return namePath(roots, path).join(u" \u203a "_s);
}

double share(const QList<Design::Topic> &roots, const Path &path)
{
    double result = 1.0;
    const QList<Design::Topic> *list = &roots;
    for (const int row : path) {
        if (row < 0 || row >= list->size())
            return 0.0;
        double sum = 0.0;
        for (const Design::Topic &sibling : *list)
            sum += std::max(0.0, sibling.weight);
        if (sum <= 0.0)
            return 0.0;
        result *= std::max(0.0, list->at(row).weight) / sum;
        list = &list->at(row).children;
    }
    return result;
}

} // namespace Dialogsmith::TopicTree

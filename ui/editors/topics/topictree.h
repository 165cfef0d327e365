// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "design/design.h"

#include <QList>
#include <QString>

namespace Dialogsmith::TopicTree {

/// Where a topic is in the tree: its row among the roots, then among each parent's children.
using Path = QList<int>;

const Design::Topic *at(const QList<Design::Topic> &roots, const Path &path);
Design::Topic *at(QList<Design::Topic> &roots, const Path &path);
/// The list `parent`'s children live in: the roots for an empty path; null when there is no such topic.
QList<Design::Topic> *childrenOf(QList<Design::Topic> &roots, const Path &parent);
const QList<Design::Topic> *childrenOf(const QList<Design::Topic> &roots, const Path &parent);

/// Levels in the subtree of `topic`, itself included: 1 for a leaf.
int height(const Design::Topic &topic);
/// Whether a sibling already has `name`, compared without regard to case or surrounding space.
bool hasName(const QList<Design::Topic> &siblings, const QString &name);
/// `base`, or "base 2", "base 3", … whichever no sibling has.
QString uniqueName(const QList<Design::Topic> &siblings, const QString &base);
/// "Physics › Mechanics › Energy"
QString displayPath(const QList<Design::Topic> &roots, const Path &path);
/// The names down to the topic, for finding it again after the tree changed shape.
QStringList namePath(const QList<Design::Topic> &roots, const Path &path);
/// The share of generated conversations drawn under the topic: the product, down the path, of each
/// topic's weight over the sum of its siblings' weights.
double share(const QList<Design::Topic> &roots, const Path &path);

} // namespace Dialogsmith::TopicTree

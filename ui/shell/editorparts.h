// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAbstractItemView;
class QAction;
class QDoubleSpinBox;
class QLabel;
class QObject;
class QSplitter;
class QToolBar;
class QVBoxLayout;
class QWidget;

namespace Dialogsmith {

/// The pieces every design editor is built from, so that they look and behave alike: a toolbar over a
/// splitter, a hint in an empty list, actions whose shortcuts stay where they belong.
namespace EditorParts {

/// An editor's frame: a toolbar above a horizontal splitter, edge to edge in `editor`.
struct Frame {
    QVBoxLayout *layout = nullptr;
    QToolBar *toolBar = nullptr;
    QSplitter *splitter = nullptr;
};
Frame createFrame(QWidget *editor, const QString &toolBarName, const QString &splitterName);

/// Gives `splitter` the sizes it had when the user last moved it (kept under `settingsKey`), else
/// `defaultSizes`, and keeps them from now on.
void rememberSizes(QSplitter *splitter, const QString &settingsKey, const QList<int> &defaultSizes);

/// A hint in the middle of `view` for when it shows nothing: how to begin. Hide it while the view has rows.
QLabel *createEmptyHint(QAbstractItemView *view);

/// A weight field as the spec accepts it: from 0 to `maximum`.
QDoubleSpinBox *createWeightSpinBox(double maximum, QWidget *parent);

/// Makes an editor's actions. An action added to the editor's list view works where that view has focus only
/// (Delete in a text field stays a key); one added to another widget works in it and its children.
class ActionMaker final
{
public:
    /// The actions are children of `owner`; `view` is the editor's list or tree.
    ActionMaker(QObject *owner, QWidget *view);

    /// An action with `icon` from the theme, added to `scope`; its tooltip `tip` names the shortcut.
    QAction *operator()(const QString &name, const QString &icon, const QString &text, const QKeySequence &key,
                        const QString &tip, QWidget *scope) const;

private:
    QObject *m_owner;
    QWidget *m_view;
};

} // namespace EditorParts

} // namespace Dialogsmith

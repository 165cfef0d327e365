// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QString>

class QAbstractItemView;
class QAction;
class QFrame;
class QDoubleSpinBox;
class QLabel;
class QObject;
class QSplitter;
class QToolBar;
class QVBoxLayout;
class QWidget;

namespace Dialogsmith {

class ProjectSession;

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

/// Gives `splitter` the sizes it had when the user last moved it, else `defaultSizes`, and keeps them from now
/// on (UiSettings::splitterState(), under the splitter's object name, which must be set and unique in the
/// studio: "topicSplitter"). Every splitter of the studio remembers its sizes this way.
void rememberSizes(QSplitter *splitter, const QList<int> &defaultSizes);

/// A hint in the middle of `view` for when it shows nothing: how to begin. Hide it while the view has rows.
QLabel *createEmptyHint(QAbstractItemView *view);

/// The bar at the top of a design editor of a read-only project: what is wrong and how to get an editable
/// copy. Hidden when `session` is writable. Named "readOnlyBar".
QFrame *createReadOnlyBar(const ProjectSession &session, QWidget *parent);

/// Makes the editor `root` read-only: its text fields and number fields take no input, its other inputs and
/// `editActions` are disabled for good (whatever the editor enables later), its views allow no in-place
/// editing, dragging or dropping. Widgets that only steer the view (a preview's sample, a filter) keep
/// working when marked with markViewOnly().
void makeReadOnly(QWidget *root, const QList<QAction *> &editActions);
/// Keeps `widget` working in an editor made read-only.
void markViewOnly(QWidget *widget);

/// A weight field as the spec accepts it: from 0 to `maximum`.
QDoubleSpinBox *createWeightSpinBox(double maximum, QWidget *parent);

/// Makes an editor's actions. An action added to the editor's list view works where that view has focus only
/// (Delete in a text field stays a key); one added to another widget works in it and its children.
class ActionMaker final
{
public:
    /// The actions are children of `owner`; `view` is the editor's list or tree.
    ActionMaker(QObject *owner, QWidget *view);

    /// An action with `icon` (see Icons::themed()), added to `scope`; its tooltip `tip` names the shortcut.
    QAction *operator()(const QString &name, const QIcon &icon, const QString &text, const QKeySequence &key,
                        const QString &tip, QWidget *scope) const;

private:
    QObject *m_owner;
    QWidget *m_view;
};

} // namespace EditorParts

} // namespace Dialogsmith

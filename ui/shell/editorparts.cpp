// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "shell/editorparts.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dialogsmith::EditorParts {

Frame createFrame(QWidget *editor, const QString &toolBarName, const QString &splitterName)
{
    Frame frame;
    frame.layout = new QVBoxLayout(editor);
    frame.layout->setContentsMargins(0, 0, 0, 0);
    frame.layout->setSpacing(0);

    frame.toolBar = new QToolBar(editor);
    frame.toolBar->setObjectName(toolBarName);
    frame.toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    frame.layout->addWidget(frame.toolBar);

    frame.splitter = new QSplitter(Qt::Horizontal, editor);
    frame.splitter->setObjectName(splitterName);
    frame.splitter->setChildrenCollapsible(false);
    frame.layout->addWidget(frame.splitter, 1);
    return frame;
}

void rememberSizes(QSplitter *splitter, const QString &settingsKey, const QList<int> &defaultSizes)
{
    if (!splitter->restoreState(QSettings().value(settingsKey).toByteArray()))
        splitter->setSizes(defaultSizes);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, settingsKey] { QSettings().setValue(settingsKey, splitter->saveState()); });
}

QLabel *createEmptyHint(QAbstractItemView *view)
{
    auto *hint = new QLabel(view->viewport());
    hint->setObjectName(u"emptyHint"_s);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *layout = new QVBoxLayout(view->viewport());
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(hint);
    return hint;
}

QDoubleSpinBox *createWeightSpinBox(double maximum, QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0, maximum);
    spin->setDecimals(2);
    spin->setSingleStep(0.5);
    spin->setAccelerated(true);
    return spin;
}

ActionMaker::ActionMaker(QObject *owner, QWidget *view)
    : m_owner(owner)
    , m_view(view)
{ }

QAction *ActionMaker::operator()(const QString &name, const QString &icon, const QString &text, const QKeySequence &key,
                                 const QString &tip, QWidget *scope) const
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, m_owner);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(scope == m_view ? Qt::WidgetShortcut : Qt::WidgetWithChildrenShortcut);
    action->setToolTip(key.isEmpty() ? tip : tip + u" ("_s + key.toString(QKeySequence::NativeText) + u')');
    scope->addAction(action);
    return action;
}

} // namespace Dialogsmith::EditorParts

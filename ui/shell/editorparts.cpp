// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "shell/editorparts.h"

#include "project/projectsession.h"
#include "shell/uisettings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
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

void rememberSizes(QSplitter *splitter, const QList<int> &defaultSizes)
{
    const QString name = splitter->objectName();
    Q_ASSERT_X(!name.isEmpty(), "rememberSizes", "the splitter needs an object name");
    if (!splitter->restoreState(UiSettings::splitterState(name)))
        splitter->setSizes(defaultSizes);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, name] { UiSettings::setSplitterState(name, splitter->saveState()); });
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

QFrame *createReadOnlyBar(const ProjectSession &session, QWidget *parent)
{
    auto *bar = new QFrame(parent);
    bar->setObjectName(u"readOnlyBar"_s);
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setAutoFillBackground(true);
    QPalette palette = bar->palette();
    // A calm warning colour that reads on a light and a dark look alike.
    const QColor base = palette.color(QPalette::Window);
    palette.setColor(QPalette::Window, base.lightness() > 128 ? QColor(0xfc, 0xf3, 0xcf) : QColor(0x5c, 0x4b, 0x12));
    bar->setPalette(palette);
    auto *label = new QLabel(bar);
    label->setObjectName(u"readOnlyMessage"_s);
    label->setWordWrap(true);
    label->setText(QCoreApplication::translate("Dialogsmith::EditorParts",
                                               "This project is read-only: %1. You can look at the design but not "
                                               "change it; File ▸ Save As… makes a copy you can edit.")
                       .arg(session.readOnlyReason()));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(label, 1);
    bar->setVisible(session.isReadOnly());
    return bar;
}

void markViewOnly(QWidget *widget)
{
    widget->setProperty("dialogsmithViewOnly", true);
}

void makeReadOnly(QWidget *root, const QList<QAction *> &editActions)
{
    // Actions in a disabled group stay disabled whatever the editor does with them later.
    auto *group = new QActionGroup(root);
    group->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
    for (QAction *action : editActions)
        group->addAction(action);
    group->setEnabled(false);

    root->setAcceptDrops(false);
    const auto viewOnly = [root](QWidget *w) {
        for (; w && w != root; w = w->parentWidget()) {
            if (w->property("dialogsmithViewOnly").toBool())
                return true;
        }
        return false;
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (viewOnly(w))
            continue;
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            // A spin box's own line edit follows its spin box.
            if (!qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                line->setReadOnly(true);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            plain->setReadOnly(true);
            plain->setAcceptDrops(false);
        } else if (auto *text = qobject_cast<QTextEdit *>(w)) {
            text->setReadOnly(true);
            text->setAcceptDrops(false);
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
            spin->setReadOnly(true);
            spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
        } else if (qobject_cast<QComboBox *>(w)) {
            w->setEnabled(false);
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            // Check boxes and radio buttons are inputs; push and tool buttons run actions, which are
            // disabled above when they edit.
            const auto *tool = qobject_cast<QToolButton *>(button);
            if (button->isCheckable() && !(tool && tool->defaultAction()))
                button->setEnabled(false);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
            view->setDragDropMode(QAbstractItemView::NoDragDrop);
            view->setDragEnabled(false);
            view->setAcceptDrops(false);
            view->viewport()->setAcceptDrops(false);
        }
        w->setAcceptDrops(false);
    }
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

QAction *ActionMaker::operator()(const QString &name, const QIcon &icon, const QString &text, const QKeySequence &key,
                                 const QString &tip, QWidget *scope) const
{
    auto *action = new QAction(icon, text, m_owner);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(scope == m_view ? Qt::WidgetShortcut : Qt::WidgetWithChildrenShortcut);
    action->setToolTip(key.isEmpty() ? tip : tip + u" ("_s + key.toString(QKeySequence::NativeText) + u')');
    scope->addAction(action);
    return action;
}

} // namespace Dialogsmith::EditorParts

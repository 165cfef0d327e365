// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/topics/topiceditor.h"

#include "design/projectspec.h"
#include "editors/topics/expandtopicsdialog.h"
#include "editors/topics/topictreemodel.h"
#include "project/modelaccess.h"
#include "project/projectsession.h"
#include "shell/editorparts.h"
#include "shell/icons.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

enum Field { NameField = 1, DescriptionField, WeightField };

/// Weights as the spec accepts them: from 0 to a million.
class WeightDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != TopicTreeModel::WeightColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(0, TopicTreeModel::maxWeight);
        spin->setDecimals(3);
        spin->setFrame(false);
        spin->setAlignment(Qt::AlignRight);
        return spin;
    }
};

int pathKey(const TopicTree::Path &path)
{
    return int(qHash(path) & 0xfff);
}

} // namespace

TopicEditor::TopicEditor(ProjectSession &session, ModelAccess &models, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_models(models)
    , m_model(new TopicTreeModel(session, this))
{
    setObjectName(u"topicEditor"_s);

    const EditorParts::Frame frame = EditorParts::createFrame(this, u"topicToolBar"_s, u"topicSplitter"_s);
    QToolBar *toolBar = frame.toolBar;
    m_splitter = frame.splitter;

    m_view = new QTreeView(m_splitter);
    m_view->setObjectName(u"topicView"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new WeightDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    // Not InternalMove: that refuses drops whose QDrag is not the view's own; the model takes only its own topics.
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TopicTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TopicTreeModel::WeightColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TopicTreeModel::ShareColumn, QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Drag a topic to move it, or drop it on another to make it a subtopic."));

    // The empty tree says how to begin.
    m_emptyHint = EditorParts::createEmptyHint(m_view);
    m_emptyHint->setText(tr("No topics yet.\n\nAdd one with Add Topic (Insert), or let a model suggest some with "
                            "Expand with Model (Ctrl+E)."));

    // The selected topic in full.
    auto *detailsPane = new QWidget(m_splitter);
    auto *paneLayout = new QVBoxLayout(detailsPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QWidget(detailsPane);
    m_details->setObjectName(u"topicDetails"_s);
    paneLayout->addWidget(m_details, 1);
    auto *detailsLayout = new QVBoxLayout(m_details);
    m_path = new QLabel(m_details);
    m_path->setObjectName(u"pathLabel"_s);
    m_path->setWordWrap(true);
    m_path->setTextFormat(Qt::PlainText);
    QFont pathFont = m_path->font();
    pathFont.setBold(true);
    m_path->setFont(pathFont);
    detailsLayout->addWidget(m_path);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_name = new QLineEdit(m_details);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("What conversations under this topic are about"));
    form->addRow(tr("&Name:"), m_name);
    m_weight = EditorParts::createWeightSpinBox(TopicTreeModel::maxWeight, m_details);
    m_weight->setObjectName(u"weightSpin"_s);
    m_weight->setToolTip(tr("How often this topic is drawn compared with its siblings: a topic of weight 2 is "
                            "drawn twice as often as one of weight 1; 0 never."));
    form->addRow(tr("&Weight:"), m_weight);
    m_share = new QLabel(m_details);
    m_share->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_share->setObjectName(u"shareLabel"_s);
    m_share->setToolTip(tr("The share of all conversations drawn under this topic: the weight shares "
                           "multiplied down the path."));
    form->addRow(tr("Share:"), m_share);
    detailsLayout->addLayout(form);
    auto *descriptionLabel = new QLabel(tr("&Description:"), m_details);
    detailsLayout->addWidget(descriptionLabel);
    m_description = new QPlainTextEdit(m_details);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setPlaceholderText(tr("Optional: what the topic covers, for the prompts ({{topic_description}}) "
                                         "and for the model when it suggests subtopics."));
    m_description->setTabChangesFocus(true);
    descriptionLabel->setBuddy(m_description);
    detailsLayout->addWidget(m_description, 1);
    m_noSelection = new QLabel(tr("Select a topic to edit its description and weight."), detailsPane);
    m_noSelection->setObjectName(u"noSelectionLabel"_s);
    m_noSelection->setAlignment(Qt::AlignCenter);
    m_noSelection->setWordWrap(true);
    m_noSelection->setForegroundRole(QPalette::PlaceholderText);
    paneLayout->addWidget(m_noSelection, 1);

    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    EditorParts::rememberSizes(m_splitter, {600, 360});

    // Actions: the tree's keys work where the tree has focus, so Delete in a text field stays a key.
    const EditorParts::ActionMaker makeAction(this, m_view);
    m_addAction
        = makeAction(u"addTopicAction"_s, Icons::themed(QIcon::ThemeIcon::ListAdd, Icons::Drawn::Add), tr("&Add Topic"),
                     QKeySequence(Qt::Key_Insert), tr("Add a topic after the selected one"), m_view);
    m_addChildAction = makeAction(u"addSubtopicAction"_s, Icons::themed(QIcon::ThemeIcon::ListAdd, Icons::Drawn::Add),
                                  tr("Add &Subtopic"), QKeySequence(Qt::SHIFT | Qt::Key_Insert),
                                  tr("Add a subtopic to the selected topic"), m_view);
    m_renameAction = makeAction(u"renameTopicAction"_s, Icons::themed(u"edit-rename"_s, Icons::Drawn::Rename),
                                tr("&Rename"), QKeySequence(Qt::Key_F2), tr("Rename the selected topic"), m_view);
    m_deleteAction = makeAction(
        u"deleteTopicAction"_s, Icons::themed(QIcon::ThemeIcon::EditDelete, Icons::Drawn::Remove), tr("&Delete"),
        QKeySequence(QKeySequence::Delete), tr("Delete the selected topic and its subtopics"), m_view);
    m_upAction
        = makeAction(u"moveUpAction"_s, Icons::themed(QIcon::ThemeIcon::GoUp, Icons::Drawn::Up), tr("Move &Up"),
                     QKeySequence(Qt::ALT | Qt::Key_Up), tr("Move the selected topic up among its siblings"), m_view);
    m_downAction = makeAction(u"moveDownAction"_s, Icons::themed(QIcon::ThemeIcon::GoDown, Icons::Drawn::Down),
                              tr("Move Do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down),
                              tr("Move the selected topic down among its siblings"), m_view);
    m_expandAction = makeAction(u"expandWithModelAction"_s, Icons::themed(u"tools-wizard"_s, Icons::Drawn::Wizard),
                                tr("&Expand with Model\u2026"), QKeySequence(Qt::CTRL | Qt::Key_E),
                                tr("Let a model suggest subtopics of the selected topic (or top-level topics), for "
                                   "review before they are added"),
                                this);
    // F2 is the view's own edit key; the action is there for the menu and the toolbar.
    m_renameAction->setShortcut({});
    m_renameAction->setToolTip(tr("Rename the selected topic (F2)"));
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->insertAction(m_renameAction, separator);
    m_view->addAction(m_expandAction);

    for (QAction *action : {m_addAction, m_addChildAction, m_deleteAction})
        toolBar->addAction(action);
    toolBar->addSeparator();
    toolBar->addAction(m_upAction);
    toolBar->addAction(m_downAction);
    toolBar->addSeparator();
    toolBar->addAction(m_expandAction);

    frame.layout->insertWidget(0, EditorParts::createReadOnlyBar(m_session, this));
    if (m_session.isReadOnly()) {
        EditorParts::makeReadOnly(
            this,
            {m_addAction, m_addChildAction, m_renameAction, m_deleteAction, m_upAction, m_downAction, m_expandAction});
    }

    connect(m_addAction, &QAction::triggered, this, &TopicEditor::addTopic);
    connect(m_addChildAction, &QAction::triggered, this, &TopicEditor::addSubtopic);
    connect(m_renameAction, &QAction::triggered, this, &TopicEditor::renameTopic);
    connect(m_deleteAction, &QAction::triggered, this, &TopicEditor::deleteTopic);
    connect(m_upAction, &QAction::triggered, this, &TopicEditor::moveUp);
    connect(m_downAction, &QAction::triggered, this, &TopicEditor::moveDown);
    connect(m_expandAction, &QAction::triggered, this, &TopicEditor::expandWithModel);

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &TopicEditor::rememberTree);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TopicEditor::restoreTree);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TopicEditor::showDetails);
    connect(m_model, &TopicTreeModel::topicMoved, this, [this](const TopicTree::Path &path) { select(path); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_lastSelection = currentPath();
        updateActions();
        showDetails();
    });
    connect(&m_models, &ModelAccess::profilesChanged, this, &TopicEditor::updateActions);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        const TopicTree::Path path = currentPath();
        const QString name = text.simplified();
        if (path.isEmpty() || name.isEmpty())
            return;
        m_session.edit(
            tr("Rename Topic"), ProjectSession::Part::Topics,
            [&](Design::ProjectDesign &d) { TopicTree::at(d.topics, path)->name = name; },
            ProjectSession::mergeKey(ProjectSession::Part::Topics, NameField, pathKey(path)));
    });
    connect(m_weight, &QDoubleSpinBox::valueChanged, this, [this](double weight) {
        const TopicTree::Path path = currentPath();
        if (path.isEmpty())
            return;
        m_session.edit(
            tr("Change Topic Weight"), ProjectSession::Part::Topics,
            [&](Design::ProjectDesign &d) { TopicTree::at(d.topics, path)->weight = weight; },
            ProjectSession::mergeKey(ProjectSession::Part::Topics, WeightField, pathKey(path)));
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        const TopicTree::Path path = currentPath();
        const Design::Topic *topic = TopicTree::at(m_session.design().topics, path);
        const QString text = m_description->toPlainText();
        if (!topic || topic->description == text)
            return;
        m_session.edit(
            tr("Edit Topic Description"), ProjectSession::Part::Topics,
            [&](Design::ProjectDesign &d) { TopicTree::at(d.topics, path)->description = text; },
            ProjectSession::mergeKey(ProjectSession::Part::Topics, DescriptionField, pathKey(path)));
    });

    restoreTree();
    if (m_model->rowCount() > 0) {
        m_view->expandToDepth(0);
        select({0});
    }
}

TopicEditor::~TopicEditor()
{
    // Closing commits a name still being typed in the tree; that edit must not reach a half-destroyed editor.
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
    disconnect(&m_models, nullptr, this, nullptr);
}

ExpandTopicsDialog *TopicEditor::expandDialog() const
{
    return m_expandDialog;
}

TopicTree::Path TopicEditor::currentPath() const
{
    return m_model->pathOf(m_view->currentIndex());
}

void TopicEditor::select(const TopicTree::Path &wanted)
{
    // The topic there, else the one before it, else its parent: where the eye was.
    TopicTree::Path path = wanted;
    QModelIndex index;
    while (!path.isEmpty()) {
        index = m_model->indexOf(path);
        if (index.isValid())
            break;
        if (path.constLast() > 0) {
            --path.last();
            index = m_model->indexOf(path);
            if (index.isValid())
                break;
        }
        path.removeLast();
    }
    if (!index.isValid()) {
        m_view->selectionModel()->clearCurrentIndex();
        m_view->selectionModel()->clearSelection();
        showDetails();
        updateActions();
        return;
    }
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_view->expand(parent);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void TopicEditor::rememberTree()
{
    // The model still holds the tree as it was: read the names from it. Topics that are gone keep their
    // entry, so a deleted subtree comes back expanded on undo.
    const std::function<void(const QModelIndex &, const QStringList &)> walk
        = [&](const QModelIndex &parent, const QStringList &names) {
              for (int row = 0; row < m_model->rowCount(parent); ++row) {
                  const QModelIndex index = m_model->index(row, 0, parent);
                  QStringList path = names;
                  path.append(index.data().toString());
                  if (m_view->isExpanded(index)) {
                      m_expanded.insert(path);
                      walk(index, path);
                  } else {
                      m_expanded.remove(path);
                  }
              }
          };
    walk({}, {});
    m_lastSelection = currentPath();
}

void TopicEditor::restoreTree()
{
    const std::function<void(const QModelIndex &, QStringList)> walk
        = [&](const QModelIndex &parent, const QStringList &names) {
              for (int row = 0; row < m_model->rowCount(parent); ++row) {
                  const QModelIndex index = m_model->index(row, 0, parent);
                  QStringList path = names;
                  path.append(index.data().toString());
                  if (m_expanded.contains(path)) {
                      m_view->expand(index);
                      walk(index, path);
                  }
              }
          };
    walk({}, {});
    const TopicTree::Path wanted = m_pendingSelection.value_or(m_lastSelection);
    m_pendingSelection.reset();
    if (!wanted.isEmpty())
        select(wanted);
    m_emptyHint->setVisible(m_model->rowCount() == 0);
    showDetails();
    updateActions();
}

void TopicEditor::updateActions()
{
    const TopicTree::Path path = currentPath();
    const bool selected = !path.isEmpty();
    const QList<Design::Topic> &topics = m_session.design().topics;
    const QList<Design::Topic> *siblings = TopicTree::childrenOf(topics, path.mid(0, path.size() - 1));
    m_addChildAction->setEnabled(selected && path.size() < Design::ProjectSpec::maxTopicDepth);
    m_renameAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_upAction->setEnabled(selected && path.constLast() > 0);
    m_downAction->setEnabled(selected && siblings && path.constLast() + 1 < siblings->size());
    m_expandAction->setEnabled(path.size() < Design::ProjectSpec::maxTopicDepth);
    m_expandAction->setText(selected ? tr("&Expand with Model\u2026") : tr("&Suggest Topics with Model\u2026"));
}

void TopicEditor::showDetails()
{
    const TopicTree::Path path = currentPath();
    const QList<Design::Topic> &topics = m_session.design().topics;
    const Design::Topic *topic = TopicTree::at(topics, path);
    for (QWidget *widget : std::initializer_list<QWidget *> {m_path, m_name, m_weight, m_share, m_description})
        widget->setEnabled(topic);
    m_noSelection->setVisible(!topic);
    m_details->setVisible(topic);
    if (!topic) {
        m_path->clear();
        const QSignalBlocker blockName(m_name);
        const QSignalBlocker blockWeight(m_weight);
        const QSignalBlocker blockDescription(m_description);
        m_name->clear();
        m_weight->setValue(1);
        m_share->clear();
        m_description->clear();
        return;
    }
    m_path->setText(TopicTree::displayPath(topics, path));
    // Only what differs: the field being typed in keeps its cursor.
    if (m_name->text().simplified() != topic->name) {
        const QSignalBlocker block(m_name);
        m_name->setText(topic->name);
    }
    if (m_weight->value() != topic->weight) {
        const QSignalBlocker block(m_weight);
        m_weight->setValue(topic->weight);
    }
    if (m_description->toPlainText() != topic->description) {
        const QSignalBlocker block(m_description);
        m_description->setPlainText(topic->description);
    }
    const double share = TopicTree::share(topics, path);
    m_share->setText(topic->children.isEmpty()
                         ? tr("%1 %").arg(QLocale().toString(share * 100, 'f', 2))
                         : tr("%1 %, spread over %n subtopic(s)", nullptr, int(topic->children.size()))
                               .arg(QLocale().toString(share * 100, 'f', 2)));
}

void TopicEditor::insertTopic(const TopicTree::Path &parent, int row, bool startRename)
{
    const QList<Design::Topic> *siblings = TopicTree::childrenOf(m_session.design().topics, parent);
    if (!siblings)
        return;
    const QString name = TopicTree::uniqueName(*siblings, tr("New topic"));
    TopicTree::Path path = parent;
    path.append(std::clamp(row, 0, int(siblings->size())));
    m_pendingSelection = path;
    m_session.edit(parent.isEmpty() ? tr("Add Topic") : tr("Add Subtopic"), ProjectSession::Part::Topics,
                   [&](Design::ProjectDesign &d) {
                       TopicTree::childrenOf(d.topics, parent)->insert(path.constLast(), {name, {}, 1.0, {}});
                   });
    select(path);
    if (startRename) {
        m_view->setFocus();
        m_view->edit(m_model->indexOf(path));
    }
}

void TopicEditor::addTopic()
{
    const TopicTree::Path current = currentPath();
    if (current.isEmpty()) {
        insertTopic({}, int(m_session.design().topics.size()), true);
        return;
    }
    insertTopic(current.mid(0, current.size() - 1), current.constLast() + 1, true);
}

void TopicEditor::addSubtopic()
{
    const TopicTree::Path current = currentPath();
    if (current.isEmpty() || current.size() >= Design::ProjectSpec::maxTopicDepth)
        return;
    const Design::Topic *topic = TopicTree::at(m_session.design().topics, current);
    insertTopic(current, int(topic->children.size()), true);
}

void TopicEditor::renameTopic()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid()) {
        m_view->setFocus();
        m_view->edit(index.siblingAtColumn(TopicTreeModel::NameColumn));
    }
}

void TopicEditor::deleteTopic()
{
    const TopicTree::Path path = currentPath();
    const Design::Topic *topic = TopicTree::at(m_session.design().topics, path);
    if (!topic)
        return;
    const QString text = topic->children.isEmpty()
        ? tr("Delete Topic \u201c%1\u201d").arg(topic->name)
        : tr("Delete Topic \u201c%1\u201d and Its Subtopics").arg(topic->name);
    m_pendingSelection = path;
    m_session.edit(text, ProjectSession::Part::Topics, [&](Design::ProjectDesign &d) {
        TopicTree::childrenOf(d.topics, path.mid(0, path.size() - 1))->removeAt(path.constLast());
    });
}

void TopicEditor::move(int delta)
{
    const TopicTree::Path path = currentPath();
    const TopicTree::Path parent = path.mid(0, path.size() - 1);
    const QList<Design::Topic> *siblings = TopicTree::childrenOf(m_session.design().topics, parent);
    if (path.isEmpty() || !siblings)
        return;
    const int from = path.constLast();
    const int to = from + delta;
    if (to < 0 || to >= siblings->size())
        return;
    TopicTree::Path moved = parent;
    moved.append(to);
    m_pendingSelection = moved;
    m_session.edit(delta < 0 ? tr("Move Topic Up") : tr("Move Topic Down"), ProjectSession::Part::Topics,
                   [&](Design::ProjectDesign &d) { TopicTree::childrenOf(d.topics, parent)->move(from, to); });
    select(moved);
}

void TopicEditor::moveUp()
{
    move(-1);
}

void TopicEditor::moveDown()
{
    move(1);
}

void TopicEditor::expandWithModel()
{
    if (m_expandDialog) {
        m_expandDialog->raise();
        m_expandDialog->activateWindow();
        return;
    }
    m_expandDialog = new ExpandTopicsDialog(m_models, m_session.design(), currentPath(), this);
    m_expandDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_expandDialog, &QDialog::accepted, this, [this, dialog = m_expandDialog] { applyExpansion(dialog); });
    m_expandDialog->open();
}

void TopicEditor::applyExpansion(ExpandTopicsDialog *dialog)
{
    const QList<Design::Topic> topics = dialog->acceptedTopics();
    const TopicTree::Path target = dialog->target();
    if (topics.isEmpty() || !TopicTree::childrenOf(m_session.design().topics, target))
        return;
    int added = 0;
    const std::function<int(const QList<Design::Topic> &)> count = [&](const QList<Design::Topic> &list) {
        int n = int(list.size());
        for (const Design::Topic &topic : list)
            n += count(topic.children);
        return n;
    };
    added = count(topics);
    if (!target.isEmpty()) {
        // Show what arrived.
        m_expanded.insert(TopicTree::namePath(m_session.design().topics, target));
    }
    m_pendingSelection = target.isEmpty() ? TopicTree::Path {0} : target;
    m_session.edit(tr("Add %n Suggested Topic(s)", nullptr, added), ProjectSession::Part::Topics,
                   [&](Design::ProjectDesign &d) {
                       QList<Design::Topic> *siblings = TopicTree::childrenOf(d.topics, target);
                       // The design may have changed while the model was asked: still no duplicates.
                       for (const Design::Topic &topic : topics) {
                           if (!TopicTree::hasName(*siblings, topic.name))
                               siblings->append(topic);
                       }
                   });
    if (!target.isEmpty())
        m_view->expand(m_model->indexOf(target));
}

} // namespace Dialogsmith

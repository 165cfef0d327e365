// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/scenarios/weightedlistpane.h"

#include "shell/editorparts.h"
#include "shell/icons.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

enum FieldKey { DescriptionKey = 1 };

class WeightDelegate final : public QStyledItemDelegate
{
public:
    WeightDelegate(int weightColumn, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_weightColumn(weightColumn)
    { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != m_weightColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(0, WeightedListModel::maxWeight);
        spin->setDecimals(2);
        spin->setFrame(false);
        return spin;
    }

private:
    int m_weightColumn;
};

bool hasStructure(const QList<Design::Structure> &structures, const QString &name, int *row = nullptr)
{
    for (qsizetype i = 0; i < structures.size(); ++i) {
        if (structures[i].name.simplified().compare(name.simplified(), Qt::CaseInsensitive) == 0) {
            if (row)
                *row = int(i);
            return true;
        }
    }
    return false;
}

} // namespace

WeightedListPane::WeightedListPane(ProjectSession &session, WeightedListModel::Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new WeightedListModel(session, kind, this))
{
    const bool scenarios = kind == WeightedListModel::Kind::Scenarios;
    setObjectName(scenarios ? u"scenarioPane"_s : u"structurePane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *title = new QLabel(this);
    title->setWordWrap(true);
    title->setText(scenarios ? tr("<b>Scenarios</b>: the situations conversations happen in. Each conversation "
                                  "draws one ({{scenario}} in the templates).")
                             : tr("<b>Conversation structures</b>: what kind of conversation it is and how it goes. "
                                  "Each conversation draws one ({{structure}}, {{structure_description}})."));
    layout->addWidget(title);

    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize({16, 16});
    layout->addWidget(m_toolBar);

    m_view = new QTableView(this);
    m_view->setObjectName(scenarios ? u"scenarioView"_s : u"structureView"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new WeightDelegate(m_model->column(WeightedListModel::Field::Weight), m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(m_model->column(WeightedListModel::Field::Description), QHeaderView::Stretch);
    layout->addWidget(m_view, 3);

    m_emptyHint = EditorParts::createEmptyHint(m_view);
    m_emptyHint->setText(scenarios ? tr("No scenarios: conversations happen in no particular situation. Add one "
                                        "with Add Scenario (Insert).")
                                   : tr("No structures: conversations are free-form. Add one, or the standard "
                                        "ones with Add Standard."));

    m_descriptionLabel = new QLabel(scenarios ? tr("Scenario &text:") : tr("&Description:"), this);
    layout->addWidget(m_descriptionLabel);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(
        scenarios ? tr("e.g. \u201cThe night before an exam, the student is revising alone and is stuck.\u201d")
                  : tr("How this kind of conversation goes, for the prompts, e.g. \u201cThe user takes a "
                       "position; the assistant challenges it.\u201d"));
    m_descriptionLabel->setBuddy(m_description);
    layout->addWidget(m_description, 1);

    const auto makeAction = [this](const QString &name, const QIcon &icon, const QString &text, const QKeySequence &key,
                                   const QString &tip) {
        auto *action = new QAction(icon, text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setToolTip(key.isEmpty() ? tip : tip + u" ("_s + key.toString(QKeySequence::NativeText) + u')');
        m_view->addAction(action);
        m_toolBar->addAction(action);
        return action;
    };
    QAction *add = makeAction(u"addAction"_s, Icons::themed(QIcon::ThemeIcon::ListAdd, Icons::Drawn::Add),
                              scenarios ? tr("&Add Scenario") : tr("&Add Structure"), QKeySequence(Qt::Key_Insert),
                              scenarios ? tr("Add a scenario") : tr("Add a structure"));
    m_deleteAction = makeAction(u"deleteAction"_s, Icons::themed(QIcon::ThemeIcon::EditDelete, Icons::Drawn::Remove),
                                tr("&Delete"), QKeySequence(QKeySequence::Delete),
                                scenarios ? tr("Delete the selected scenario") : tr("Delete the selected structure"));
    m_upAction = makeAction(u"moveUpAction"_s, Icons::themed(QIcon::ThemeIcon::GoUp, Icons::Drawn::Up), tr("Move &Up"),
                            QKeySequence(Qt::ALT | Qt::Key_Up), tr("Move the selected one up"));
    m_downAction = makeAction(u"moveDownAction"_s, Icons::themed(QIcon::ThemeIcon::GoDown, Icons::Drawn::Down),
                              tr("Move Do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down), tr("Move the selected one down"));
    connect(add, &QAction::triggered, this, &WeightedListPane::addItem);
    connect(m_deleteAction, &QAction::triggered, this, &WeightedListPane::deleteItem);
    connect(m_upAction, &QAction::triggered, this, &WeightedListPane::moveUp);
    connect(m_downAction, &QAction::triggered, this, &WeightedListPane::moveDown);

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_lastRow = currentRow(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int wanted = m_pendingRow.value_or(m_lastRow);
        m_pendingRow.reset();
        selectRow(std::min(wanted, m_model->itemCount() - 1));
        showCurrent();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WeightedListPane::showCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &WeightedListPane::showCurrent);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        const QString text = m_description->toPlainText();
        const bool isScenario = m_model->kind() == WeightedListModel::Kind::Scenarios;
        m_session.edit(
            isScenario ? tr("Edit Scenario") : tr("Edit Structure Description"), part(),
            [&](Design::ProjectDesign &d) {
                if (isScenario)
                    d.scenarios[row].description = text;
                else
                    d.structures[row].description = text;
            },
            ProjectSession::mergeKey(part(), DescriptionKey, row));
    });

    if (m_model->rowCount() > 0)
        selectRow(0);
    showCurrent();
}

WeightedListPane::~WeightedListPane()
{
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
}

ProjectSession::Part WeightedListPane::part() const
{
    return m_model->kind() == WeightedListModel::Kind::Scenarios ? ProjectSession::Part::Scenarios
                                                                 : ProjectSession::Part::Structures;
}

int WeightedListPane::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void WeightedListPane::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid()) {
        m_view->selectionModel()->clearCurrentIndex();
        m_view->selectionModel()->clearSelection();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void WeightedListPane::showCurrent()
{
    const int row = currentRow();
    const int count = m_model->itemCount();
    m_emptyHint->setVisible(count == 0);
    m_deleteAction->setEnabled(row >= 0);
    m_upAction->setEnabled(row > 0);
    m_downAction->setEnabled(row >= 0 && row + 1 < count);
    m_description->setEnabled(row >= 0);
    m_descriptionLabel->setEnabled(row >= 0);
    QString text;
    if (row >= 0 && row < count) {
        text = m_model->kind() == WeightedListModel::Kind::Scenarios
            ? m_session.design().scenarios.at(row).description
            : m_session.design().structures.at(row).description;
    }
    if (m_description->toPlainText() != text) {
        const QSignalBlocker block(m_description);
        m_description->setPlainText(text);
    }
}

void WeightedListPane::addItem()
{
    const int row = m_model->itemCount();
    m_pendingRow = row;
    if (m_model->kind() == WeightedListModel::Kind::Scenarios) {
        const QString text = tr("New scenario");
        m_session.edit(tr("Add Scenario"), part(), [&](Design::ProjectDesign &d) { d.scenarios.append({text, 1.0}); });
        selectRow(row);
        // A scenario is its text: write it at once.
        m_description->setFocus();
        m_description->selectAll();
        return;
    }
    QString name = tr("New structure");
    for (int n = 2; hasStructure(m_session.design().structures, name); ++n)
        name = tr("New structure %1").arg(n);
    m_session.edit(tr("Add Structure"), part(),
                   [&](Design::ProjectDesign &d) { d.structures.append({name, {}, 1.0}); });
    selectRow(row);
    m_view->setFocus();
    m_view->edit(m_model->index(row, m_model->column(WeightedListModel::Field::Name)));
}

void WeightedListPane::addStructure(const QString &name, const QString &description)
{
    int row = -1;
    if (hasStructure(m_session.design().structures, name, &row)) {
        selectRow(row);
        return;
    }
    row = m_model->itemCount();
    m_pendingRow = row;
    m_session.edit(tr("Add Structure \u201c%1\u201d").arg(name), part(),
                   [&](Design::ProjectDesign &d) { d.structures.append({name, description, 1.0}); });
    selectRow(row);
}

void WeightedListPane::deleteItem()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_pendingRow = row;
    if (m_model->kind() == WeightedListModel::Kind::Scenarios)
        m_session.edit(tr("Delete Scenario"), part(), [&](Design::ProjectDesign &d) { d.scenarios.removeAt(row); });
    else
        m_session.edit(tr("Delete Structure \u201c%1\u201d").arg(m_session.design().structures.at(row).name), part(),
                       [&](Design::ProjectDesign &d) { d.structures.removeAt(row); });
}

void WeightedListPane::move(int delta)
{
    const int from = currentRow();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_model->itemCount())
        return;
    const bool isScenario = m_model->kind() == WeightedListModel::Kind::Scenarios;
    m_session.edit(delta < 0 ? tr("Move Up") : tr("Move Down"), part(), [&](Design::ProjectDesign &d) {
        if (isScenario)
            d.scenarios.move(from, to);
        else
            d.structures.move(from, to);
    });
    selectRow(to);
}

void WeightedListPane::moveUp()
{
    move(-1);
}

void WeightedListPane::moveDown()
{
    move(1);
}

} // namespace Dialogsmith

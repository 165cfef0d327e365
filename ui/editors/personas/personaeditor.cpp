// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/personas/personaeditor.h"

#include "editors/personas/personalistmodel.h"
#include "editors/personas/suggestpersonasdialog.h"
#include "project/modelaccess.h"
#include "project/projectsession.h"
#include "shell/editorparts.h"
#include "shell/icons.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

enum Field {
    NameField = 1,
    SideField,
    DescriptionField,
    RelationshipField,
    MoodField,
    KnowledgeField,
    GoalField,
    StyleField,
    LanguageField,
    WeightField,
};

class WeightDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != PersonaListModel::WeightColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(0, PersonaListModel::maxWeight);
        spin->setDecimals(2);
        spin->setFrame(false);
        return spin;
    }
};

QComboBox *suggestionBox(QWidget *parent, const QString &name, const QStringList &suggestions,
                         const QString &placeholder)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(suggestions);
    combo->setCurrentIndex(-1);
    combo->lineEdit()->setPlaceholderText(placeholder);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return combo;
}

QStringList languages()
{
    QStringList names;
    for (const QLocale::Language language :
         {QLocale::English, QLocale::German, QLocale::French, QLocale::Spanish, QLocale::Italian, QLocale::Portuguese,
          QLocale::Dutch, QLocale::Polish, QLocale::Indonesian, QLocale::Chinese, QLocale::Japanese, QLocale::Korean,
          QLocale::Hindi, QLocale::Arabic, QLocale::Russian, QLocale::Turkish})
        names.append(QLocale::languageToString(language));
    return names;
}

void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text) {
        const QSignalBlocker block(edit);
        edit->setText(text);
    }
}

void setText(QComboBox *combo, const QString &text)
{
    if (combo->currentText() != text) {
        const QSignalBlocker block(combo);
        combo->setEditText(text);
    }
}

} // namespace

PersonaEditor::PersonaEditor(ProjectSession &session, ModelAccess &models, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_models(models)
    , m_model(new PersonaListModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"personaEditor"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(PersonaListModel::SideRole);

    const EditorParts::Frame frame = EditorParts::createFrame(this, u"personaToolBar"_s, u"personaSplitter"_s);
    QToolBar *toolBar = frame.toolBar;
    m_splitter = frame.splitter;

    // The list, with its filter above it.
    auto *listPane = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(6, 6, 6, 0);
    m_filter = new QComboBox(listPane);
    m_filter->setObjectName(u"sideFilter"_s);
    m_filter->addItem(tr("All personas"), QString());
    m_filter->addItem(tr("Users"), Design::sideName(Design::Side::User));
    m_filter->addItem(tr("Assistants"), Design::sideName(Design::Side::Assistant));
    m_filter->setToolTip(tr("Show the personas of one side only"));
    auto *filterLabel = new QLabel(tr("S&how:"), listPane);
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    listLayout->addLayout(filterRow);

    m_view = new QTableView(listPane);
    m_view->setObjectName(u"personaView"_s);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new WeightDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(PersonaListModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(PersonaListModel::SideColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PersonaListModel::WeightColumn, QHeaderView::ResizeToContents);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    listLayout->addWidget(m_view, 1);

    m_emptyHint = EditorParts::createEmptyHint(m_view);

    // The form: every control factor of the selected persona.
    auto *scroll = new QScrollArea(m_splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *formPane = new QWidget(scroll);
    scroll->setWidget(formPane);
    auto *formPaneLayout = new QVBoxLayout(formPane);
    m_form = new QWidget(formPane);
    m_form->setObjectName(u"personaForm"_s);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_name = new QLineEdit(m_form);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. Mia, Dr. Okafor"));
    form->addRow(tr("&Name:"), m_name);
    m_side = new QComboBox(m_form);
    m_side->setObjectName(u"sideCombo"_s);
    m_side->addItem(tr("User: asks the questions"), Design::sideName(Design::Side::User));
    m_side->addItem(tr("Assistant: answers them"), Design::sideName(Design::Side::Assistant));
    m_side->setToolTip(tr("Each conversation draws one user persona and one assistant persona."));
    form->addRow(tr("&Side:"), m_side);
    m_description = new QPlainTextEdit(m_form);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setPlaceholderText(tr("Who this is, in a sentence or two: background, age, situation"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(72);
    m_description->setMaximumHeight(140);
    form->addRow(tr("&Description:"), m_description);
    m_relationship
        = suggestionBox(m_form, u"relationshipCombo"_s,
                        {tr("student of the tutor"), tr("customer of the support agent"), tr("patient of the doctor"),
                         tr("client of the counsellor"), tr("new employee and their mentor"), tr("colleague"),
                         tr("journalist interviewing an expert"), tr("curious stranger")},
                        tr("How the two speakers relate"));
    form->addRow(tr("&Relationship:"), m_relationship);
    m_mood = suggestionBox(m_form, u"moodCombo"_s,
                           {tr("curious"), tr("calm"), tr("cheerful"), tr("confident"), tr("anxious"), tr("confused"),
                            tr("frustrated"), tr("impatient"), tr("sceptical"), tr("tired"), tr("patient"),
                            tr("encouraging")},
                           tr("How they feel during the conversation"));
    form->addRow(tr("&Mood:"), m_mood);
    m_knowledge = suggestionBox(m_form, u"knowledgeCombo"_s,
                                {tr("knows nothing about the subject"), tr("beginner"), tr("high-school level"),
                                 tr("intermediate"), tr("university level"), tr("advanced"), tr("expert")},
                                tr("What they know about the topic"));
    form->addRow(tr("&Knowledge level:"), m_knowledge);
    m_goal = new QLineEdit(m_form);
    m_goal->setObjectName(u"goalEdit"_s);
    m_goal->setPlaceholderText(tr("e.g. pass tomorrow's exam, fix the printer, understand the diagnosis"));
    form->addRow(tr("&Goal:"), m_goal);
    m_style = new QLineEdit(m_form);
    m_style->setObjectName(u"styleEdit"_s);
    m_style->setPlaceholderText(tr("e.g. short questions, informal, many typos; precise and formal"));
    form->addRow(tr("Speaking s&tyle:"), m_style);
    m_language = suggestionBox(m_form, u"languageCombo"_s, languages(), tr("The language they speak"));
    form->addRow(tr("&Language:"), m_language);
    m_weight = EditorParts::createWeightSpinBox(PersonaListModel::maxWeight, m_form);
    m_weight->setObjectName(u"weightSpin"_s);
    m_weight->setToolTip(tr("How often this persona is drawn compared with the others of its side: weight 2 is "
                            "drawn twice as often as weight 1; 0 never."));
    form->addRow(tr("&Weight:"), m_weight);
    formPaneLayout->addWidget(m_form);
    formPaneLayout->addStretch(1);
    m_noSelection = new QLabel(tr("Select a persona to edit it."), formPane);
    m_noSelection->setObjectName(u"noSelectionLabel"_s);
    m_noSelection->setAlignment(Qt::AlignCenter);
    m_noSelection->setWordWrap(true);
    m_noSelection->setForegroundRole(QPalette::PlaceholderText);
    formPaneLayout->addWidget(m_noSelection);
    formPaneLayout->addStretch(1);

    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    EditorParts::rememberSizes(m_splitter, {340, 560});

    // Actions. The list's keys work where the list has focus: Delete in a text field stays a key.
    const EditorParts::ActionMaker makeAction(this, m_view);
    m_addAction = makeAction(u"addPersonaAction"_s, Icons::themed(QIcon::ThemeIcon::ListAdd, Icons::Drawn::Add),
                             tr("&Add Persona"), QKeySequence(Qt::Key_Insert), tr("Add a persona"), m_view);
    m_duplicateAction = makeAction(u"duplicatePersonaAction"_s,
                                   Icons::themed(QIcon::ThemeIcon::EditCopy, Icons::Drawn::Copy), tr("D&uplicate"),
                                   QKeySequence(Qt::CTRL | Qt::Key_D), tr("Add a copy of the selected persona"), this);
    m_deleteAction
        = makeAction(u"deletePersonaAction"_s, Icons::themed(QIcon::ThemeIcon::EditDelete, Icons::Drawn::Remove),
                     tr("&Delete"), QKeySequence(QKeySequence::Delete), tr("Delete the selected persona"), m_view);
    m_suggestAction = makeAction(u"suggestPersonasAction"_s, Icons::themed(u"tools-wizard"_s, Icons::Drawn::Wizard),
                                 tr("&Suggest Personas\u2026"), QKeySequence(Qt::CTRL | Qt::Key_E),
                                 tr("Let a model suggest personas, for review before they are added"), this);
    m_view->addAction(m_duplicateAction);
    m_view->addAction(m_suggestAction);
    for (QAction *action : {m_addAction, m_duplicateAction, m_deleteAction})
        toolBar->addAction(action);
    toolBar->addSeparator();
    toolBar->addAction(m_suggestAction);

    frame.layout->insertWidget(0, EditorParts::createReadOnlyBar(m_session, this));
    if (m_session.isReadOnly()) {
        EditorParts::markViewOnly(m_filter);
        EditorParts::makeReadOnly(this, {m_addAction, m_duplicateAction, m_deleteAction, m_suggestAction});
    }

    connect(m_addAction, &QAction::triggered, this, &PersonaEditor::addPersona);
    connect(m_duplicateAction, &QAction::triggered, this, &PersonaEditor::duplicatePersona);
    connect(m_deleteAction, &QAction::triggered, this, &PersonaEditor::deletePersona);
    connect(m_suggestAction, &QAction::triggered, this, &PersonaEditor::suggestPersonas);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const int row = currentRow();
        m_proxy->setFilterFixedString(m_filter->currentData().toString());
        selectRow(row);
        if (m_view->currentIndex().isValid() || m_proxy->rowCount() == 0)
            return;
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_lastRow = currentRow(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int wanted = m_pendingRow.value_or(m_lastRow);
        m_pendingRow.reset();
        selectRow(std::min(wanted, int(m_session.design().personas.size()) - 1));
        showPersona();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PersonaEditor::showPersona);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &PersonaEditor::showPersona);

    // The form: typing in one field is one undo step.
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.simplified().isEmpty())
            return;
        editCurrent(NameField, tr("Rename Persona"), [&](Design::Persona &p) { p.name = text.simplified(); });
    });
    connect(m_side, &QComboBox::currentIndexChanged, this, [this] {
        const Design::Side side = m_side->currentIndex() == 0 ? Design::Side::User : Design::Side::Assistant;
        const int row = currentRow();
        editCurrent(0, tr("Change Persona Side"), [&](Design::Persona &p) { p.side = side; });
        // The list shows one side only: show all rather than lose the persona being edited.
        if (row >= 0 && !m_proxy->mapFromSource(m_model->index(row, 0)).isValid()) {
            m_filter->setCurrentIndex(0);
            selectRow(row);
        }
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_description->toPlainText();
        editCurrent(DescriptionField, tr("Edit Persona Description"),
                    [&](Design::Persona &p) { p.description = text; });
    });
    const auto connectCombo
        = [this](QComboBox *combo, int field, const QString &undoText, QString Design::Persona::*member) {
              connect(combo, &QComboBox::editTextChanged, this, [this, field, undoText, member](const QString &text) {
                  editCurrent(field, undoText, [&](Design::Persona &p) { p.*member = text; });
              });
          };
    connectCombo(m_relationship, RelationshipField, tr("Edit Persona Relationship"), &Design::Persona::relationship);
    connectCombo(m_mood, MoodField, tr("Edit Persona Mood"), &Design::Persona::mood);
    connectCombo(m_knowledge, KnowledgeField, tr("Edit Persona Knowledge Level"), &Design::Persona::knowledgeLevel);
    connectCombo(m_language, LanguageField, tr("Edit Persona Language"), &Design::Persona::language);
    connect(m_goal, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCurrent(GoalField, tr("Edit Persona Goal"), [&](Design::Persona &p) { p.goal = text; });
    });
    connect(m_style, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCurrent(StyleField, tr("Edit Persona Speaking Style"), [&](Design::Persona &p) { p.speakingStyle = text; });
    });
    connect(m_weight, &QDoubleSpinBox::valueChanged, this, [this](double weight) {
        editCurrent(WeightField, tr("Change Persona Weight"), [&](Design::Persona &p) { p.weight = weight; });
    });
    connect(&m_models, &ModelAccess::profilesChanged, this, &PersonaEditor::updateActions);

    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    showPersona();
}

PersonaEditor::~PersonaEditor()
{
    // Closing commits a name still being typed in the list; that edit must not reach a half-destroyed editor.
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
    disconnect(&m_models, nullptr, this, nullptr);
}

SuggestPersonasDialog *PersonaEditor::suggestDialog() const
{
    return m_suggestDialog;
}

int PersonaEditor::currentRow() const
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    return index.isValid() ? index.row() : -1;
}

void PersonaEditor::selectRow(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_view->selectionModel()->clearCurrentIndex();
        m_view->selectionModel()->clearSelection();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

template<typename Apply>
void PersonaEditor::editCurrent(int field, const QString &undoText, Apply apply)
{
    const int row = currentRow();
    if (row < 0 || row >= m_session.design().personas.size())
        return;
    m_session.edit(
        undoText, ProjectSession::Part::Personas, [&](Design::ProjectDesign &d) { apply(d.personas[row]); },
        field == 0 ? 0 : ProjectSession::mergeKey(ProjectSession::Part::Personas, field, row));
}

void PersonaEditor::updateActions()
{
    const bool selected = currentRow() >= 0;
    m_duplicateAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
}

void PersonaEditor::showPersona()
{
    updateActions();
    const QList<Design::Persona> &personas = m_session.design().personas;
    m_emptyHint->setVisible(m_proxy->rowCount() == 0);
    m_emptyHint->setText(personas.isEmpty()
                             ? tr("No personas yet.\n\nAdd one (Insert) or let a model suggest some (Ctrl+E). A run "
                                  "needs at least one user and one assistant persona.")
                             : tr("No persona of this side."));
    const int row = currentRow();
    const bool shown = row >= 0 && row < personas.size();
    m_form->setVisible(shown);
    m_noSelection->setVisible(!shown);
    if (!shown)
        return;
    const Design::Persona &persona = personas.at(row);
    if (m_name->text().simplified() != persona.name)
        setText(m_name, persona.name);
    {
        const QSignalBlocker block(m_side);
        m_side->setCurrentIndex(persona.side == Design::Side::User ? 0 : 1);
    }
    if (m_description->toPlainText() != persona.description) {
        const QSignalBlocker block(m_description);
        m_description->setPlainText(persona.description);
    }
    setText(m_relationship, persona.relationship);
    setText(m_mood, persona.mood);
    setText(m_knowledge, persona.knowledgeLevel);
    setText(m_goal, persona.goal);
    setText(m_style, persona.speakingStyle);
    setText(m_language, persona.language);
    if (m_weight->value() != persona.weight) {
        const QSignalBlocker block(m_weight);
        m_weight->setValue(persona.weight);
    }
}

namespace {

QString uniquePersonaName(const QList<Design::Persona> &personas, const QString &base)
{
    const auto taken = [&](const QString &name) {
        return std::any_of(personas.cbegin(), personas.cend(), [&](const Design::Persona &p) {
            return p.name.simplified().compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + u' ' + QString::number(n);
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace

void PersonaEditor::addPersona()
{
    Design::Persona persona;
    persona.name = uniquePersonaName(m_session.design().personas, tr("New persona"));
    // In a list filtered to assistants, a new persona is an assistant.
    if (m_filter->currentData().toString() == Design::sideName(Design::Side::Assistant))
        persona.side = Design::Side::Assistant;
    const int row = int(m_session.design().personas.size());
    m_pendingRow = row;
    m_session.edit(tr("Add Persona"), ProjectSession::Part::Personas,
                   [&](Design::ProjectDesign &d) { d.personas.append(persona); });
    selectRow(row);
    m_name->setFocus();
    m_name->selectAll();
}

void PersonaEditor::duplicatePersona()
{
    const int row = currentRow();
    if (row < 0)
        return;
    Design::Persona copy = m_session.design().personas.at(row);
    copy.name = uniquePersonaName(m_session.design().personas, tr("%1 (copy)").arg(copy.name));
    m_pendingRow = row + 1;
    m_session.edit(tr("Duplicate Persona"), ProjectSession::Part::Personas,
                   [&](Design::ProjectDesign &d) { d.personas.insert(row + 1, copy); });
    selectRow(row + 1);
}

void PersonaEditor::deletePersona()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_pendingRow = row;
    m_session.edit(tr("Delete Persona \u201c%1\u201d").arg(m_session.design().personas.at(row).name),
                   ProjectSession::Part::Personas, [&](Design::ProjectDesign &d) { d.personas.removeAt(row); });
    if (currentRow() < 0 && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(std::min(m_proxy->rowCount() - 1, 0), 0));
}

void PersonaEditor::suggestPersonas()
{
    if (m_suggestDialog) {
        m_suggestDialog->raise();
        m_suggestDialog->activateWindow();
        return;
    }
    m_suggestDialog = new SuggestPersonasDialog(m_models, m_session.design(), this);
    m_suggestDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_suggestDialog, &QDialog::accepted, this, [this, dialog = m_suggestDialog] {
        const QList<Design::Persona> personas = dialog->acceptedPersonas();
        if (personas.isEmpty())
            return;
        m_pendingRow = int(m_session.design().personas.size());
        m_filter->setCurrentIndex(0);
        m_session.edit(tr("Add %n Suggested Persona(s)", nullptr, int(personas.size())), ProjectSession::Part::Personas,
                       [&](Design::ProjectDesign &d) {
                           for (const Design::Persona &persona : personas) {
                               // The design may have changed while the model was asked: still no duplicates.
                               if (uniquePersonaName(d.personas, persona.name) == persona.name)
                                   d.personas.append(persona);
                           }
                       });
    });
    m_suggestDialog->open();
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/personas/suggestpersonasdialog.h"

#include "project/modelaccess.h"
#include "project/modelrequest.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

constexpr int maxCount = 20;

/// The JSON keys of a persona's fields, as the spec file names them, in column order after name and side.
constexpr std::array fieldKeys {"description"_L1, "relationship"_L1,   "mood"_L1,    "knowledge_level"_L1,
                                "goal"_L1,        "speaking_style"_L1, "language"_L1};

QString Design::Persona::*const fieldMembers[]
    = {&Design::Persona::description,    &Design::Persona::relationship, &Design::Persona::mood,
       &Design::Persona::knowledgeLevel, &Design::Persona::goal,         &Design::Persona::speakingStyle,
       &Design::Persona::language};

QString sideText(Design::Side side)
{
    return side == Design::Side::User ? SuggestPersonasDialog::tr("User") : SuggestPersonasDialog::tr("Assistant");
}

/// The side column: picked from the two sides, not typed.
class SideDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItem(sideText(Design::Side::User), int(Design::Side::User));
        combo->addItem(sideText(Design::Side::Assistant), int(Design::Side::Assistant));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::UserRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        model->setData(index, combo->currentData(), Qt::UserRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
    }
};

QList<Design::Persona> parsePersonas(const QString &text, std::optional<Design::Side> onlySide, QString *error)
{
    QString jsonError;
    const QJsonArray array = ModelRequest::extractList(text, &jsonError);
    if (error)
        *error = jsonError;
    QList<Design::Persona> personas;
    for (const QJsonValue &value : std::as_const(array)) {
        if (!value.isObject())
            continue;
        const QJsonObject object = value.toObject();
        Design::Persona persona;
        persona.name = object.value("name"_L1).toString().simplified();
        if (persona.name.isEmpty())
            continue;
        const QString side = object.value("side"_L1).toString().trimmed().toLower();
        persona.side = side == Design::sideName(Design::Side::Assistant) ? Design::Side::Assistant : Design::Side::User;
        if (onlySide)
            persona.side = *onlySide;
        for (std::size_t i = 0; i < fieldKeys.size(); ++i)
            persona.*fieldMembers[i] = object.value(fieldKeys[i]).toString().simplified();
        personas.append(persona);
    }
    if (personas.isEmpty() && error && jsonError.isEmpty())
        *error = SuggestPersonasDialog::tr("the answer holds no list of personas with names");
    return personas;
}

} // namespace

SuggestPersonasDialog::SuggestPersonasDialog(ModelAccess &models, const Design::ProjectDesign &design, QWidget *parent)
    : QDialog(parent)
    , m_models(models)
    , m_design(design)
{
    setWindowTitle(tr("Suggest Personas"));
    setObjectName(u"suggestPersonasDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Let a model suggest personas for this project. You review and edit them before "
                                  "they are added."),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_profile = ModelRequest::createProfileCombo(
        m_models, tr("The model profile that writes the personas (Tools \u203a Providers\u2026)."), this);
    form->addRow(tr("&Model profile:"), m_profile);
    m_count = new QSpinBox(this);
    m_count->setObjectName(u"countSpin"_s);
    m_count->setRange(1, maxCount);
    m_count->setValue(5);
    form->addRow(tr("&How many:"), m_count);
    m_side = new QComboBox(this);
    m_side->setObjectName(u"sideCombo"_s);
    m_side->addItem(tr("Users and assistants"), QString());
    m_side->addItem(tr("Users only"), Design::sideName(Design::Side::User));
    m_side->addItem(tr("Assistants only"), Design::sideName(Design::Side::Assistant));
    form->addRow(tr("&Side:"), m_side);
    m_guidance = new QLineEdit(this);
    m_guidance->setObjectName(u"guidanceEdit"_s);
    m_guidance->setPlaceholderText(tr("Optional, e.g. \u201cstudents aged 14 to 18, some struggling\u201d"));
    form->addRow(tr("&Guidance:"), m_guidance);
    layout->addLayout(form);

    auto *actions = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    actions->addWidget(m_progress, 1);
    actions->addStretch();
    m_generate = new QPushButton(tr("&Generate"), this);
    m_generate->setObjectName(u"generateButton"_s);
    actions->addWidget(m_generate);
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(u"stopButton"_s);
    actions->addWidget(m_stop);
    layout->addLayout(actions);
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_error = ModelRequest::createErrorLabel(this);
    layout->addWidget(m_error);

    m_review = new QTreeWidget(this);
    m_review->setObjectName(u"reviewTree"_s);
    m_review->setRootIsDecorated(false);
    m_review->setHeaderLabels({tr("Name"), tr("Side"), tr("Description"), tr("Relationship"), tr("Mood"),
                               tr("Knowledge level"), tr("Goal"), tr("Speaking style"), tr("Language")});
    m_review->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_review->setToolTip(tr("Uncheck what you do not want; double-click or press F2 to rewrite a field."));
    m_review->setItemDelegateForColumn(SideColumn, new SideDelegate(m_review));
    m_review->header()->setDefaultSectionSize(140);
    m_review->setColumnWidth(NameColumn, 160);
    m_review->setColumnWidth(SideColumn, 90);
    m_review->setColumnWidth(DescriptionColumn, 260);
    layout->addWidget(m_review, 1);

    m_add = ModelRequest::addReviewButtons(this, layout, tr("&Add Personas"));

    connect(m_generate, &QPushButton::clicked, this, &SuggestPersonasDialog::generate);
    connect(m_stop, &QPushButton::clicked, this, &SuggestPersonasDialog::stop);
    connect(m_review, &QTreeWidget::itemChanged, this, &SuggestPersonasDialog::updateState);
    connect(&m_models.client(), &Llm::LlmClient::callFinished, this, &SuggestPersonasDialog::onFinished);
    connect(&m_models.client(), &Llm::LlmClient::callFailed, this, &SuggestPersonasDialog::onFailed);

    if (m_models.profileNames().isEmpty())
        ModelRequest::showError(m_error, ModelRequest::noProfileMessage());
    resize(860, 520);
    updateState();
}

SuggestPersonasDialog::~SuggestPersonasDialog()
{
    if (m_call)
        m_models.client().cancel(*std::exchange(m_call, std::nullopt));
}

void SuggestPersonasDialog::updateState()
{
    const bool busy = isGenerating();
    m_generate->setEnabled(!busy && !m_models.profileNames().isEmpty());
    m_stop->setEnabled(busy);
    m_progress->setVisible(busy);
    for (QWidget *widget : std::initializer_list<QWidget *> {m_profile, m_count, m_side, m_guidance})
        widget->setEnabled(!busy);
    int checked = 0;
    for (int i = 0; i < m_review->topLevelItemCount(); ++i)
        checked += m_review->topLevelItem(i)->checkState(NameColumn) == Qt::Checked ? 1 : 0;
    m_add->setEnabled(!busy && checked > 0);
    m_add->setText(checked > 0 ? tr("&Add %n Persona(s)", nullptr, checked) : tr("&Add Personas"));
}

void SuggestPersonasDialog::generate()
{
    if (isGenerating() || m_models.profileNames().isEmpty())
        return;
    m_review->clear();
    m_error->hide();
    const int count = m_count->value();
    const QString side = m_side->currentData().toString();

    QString prompt = ModelRequest::projectPreamble(m_design);
    QStringList topics;
    for (const Design::Topic &topic : std::as_const(m_design.topics))
        topics.append(topic.name);
    if (!topics.isEmpty())
        prompt += u"\nTopics of the conversations: "_s + topics.join(u"; "_s) + u'.';
    prompt += u"\n\nThe dataset is made of conversations between a user and an assistant. Suggest %1 distinct "_s.arg(
        count);
    if (side.isEmpty())
        prompt += u"personas, some for the user side and some for the assistant side, "_s;
    else
        prompt += u"personas for the %1 side "_s.arg(side);
    prompt += u"that would make varied, realistic conversations."_s;
    QStringList existing;
    for (const Design::Persona &persona : std::as_const(m_design.personas))
        existing.append(persona.name + u" ("_s + Design::sideName(persona.side) + u')');
    if (!existing.isEmpty())
        prompt += u"\nThese exist already; do not repeat them: "_s + existing.join(u"; "_s) + u'.';
    if (!m_guidance->text().trimmed().isEmpty())
        prompt += u"\nKeep in mind: "_s + m_guidance->text().trimmed();
    prompt += u"\nAnswer with a JSON array of %1 objects and nothing else. Each object has the string fields "
              "\"name\", \"side\" (\"user\" or \"assistant\"), \"description\" (one or two sentences), "
              "\"relationship\" (to the other speaker), \"mood\", \"knowledge_level\", \"goal\", "
              "\"speaking_style\" and \"language\"."_s.arg(count);

    m_call = m_models.client().submit(m_profile->currentText(),
                                      ModelRequest::jsonRequest(prompt, 0.9, std::max(1024, 260 * count)));
    m_status->setText(tr("Asking %1\u2026").arg(m_profile->currentText()));
    updateState();
}

void SuggestPersonasDialog::stop()
{
    if (!m_call)
        return;
    m_models.client().cancel(*std::exchange(m_call, std::nullopt));
    finish(tr("Stopped."), {});
}

void SuggestPersonasDialog::finish(const QString &status, const QString &error)
{
    m_call.reset();
    m_status->setText(status);
    ModelRequest::showError(m_error, error);
    updateState();
    Q_EMIT generationFinished();
}

void SuggestPersonasDialog::onFinished(Llm::CallId id, const Llm::ChatResult &result)
{
    if (m_call != id)
        return;
    QString error;
    const QString side = m_side->currentData().toString();
    const std::optional<Design::Side> onlySide = side.isEmpty() ? std::nullopt
        : side == Design::sideName(Design::Side::User)          ? std::optional(Design::Side::User)
                                                                : std::optional(Design::Side::Assistant);
    const QList<Design::Persona> personas = parsePersonas(result.text, onlySide, &error);
    if (personas.isEmpty()) {
        finish(tr("Nothing to review."),
               tr("The model's answer was not a list of personas (%1). It said: %2")
                   .arg(error.isEmpty() ? tr("no JSON") : error, ModelRequest::quotedExcerpt(result.text)));
        return;
    }
    QStringList names;
    for (const Design::Persona &persona : std::as_const(m_design.personas))
        names.append(persona.name.simplified());
    int skipped = 0;
    const QSignalBlocker block(m_review);
    for (const Design::Persona &persona : personas) {
        if (names.contains(persona.name, Qt::CaseInsensitive)) {
            ++skipped;
            continue;
        }
        names.append(persona.name);
        auto *item = new QTreeWidgetItem(m_review);
        item->setText(NameColumn, persona.name);
        item->setText(SideColumn, sideText(persona.side));
        item->setData(SideColumn, Qt::UserRole, int(persona.side));
        for (std::size_t i = 0; i < fieldKeys.size(); ++i) {
            item->setText(DescriptionColumn + int(i), persona.*fieldMembers[i]);
            item->setToolTip(DescriptionColumn + int(i), persona.*fieldMembers[i]);
        }
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsUserCheckable
                       | Qt::ItemNeverHasChildren);
        item->setCheckState(NameColumn, Qt::Checked);
    }
    QString status = tr("%n persona(s) to review.", nullptr, m_review->topLevelItemCount());
    if (skipped > 0)
        status += u' ' + tr("%n suggestion(s) skipped: a persona already has the name.", nullptr, skipped);
    finish(status, {});
}

void SuggestPersonasDialog::onFailed(Llm::CallId id, const Llm::ProviderError &error)
{
    if (m_call != id)
        return;
    finish(ModelRequest::failedMessage(), error.describe());
}

QList<Design::Persona> SuggestPersonasDialog::acceptedPersonas() const
{
    QList<Design::Persona> personas;
    QStringList names;
    for (const Design::Persona &persona : std::as_const(m_design.personas))
        names.append(persona.name.simplified());
    for (int i = 0; i < m_review->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_review->topLevelItem(i);
        Design::Persona persona;
        persona.name = item->text(NameColumn).simplified();
        if (item->checkState(NameColumn) != Qt::Checked || persona.name.isEmpty()
            || names.contains(persona.name, Qt::CaseInsensitive))
            continue;
        names.append(persona.name);
        persona.side = Design::Side(item->data(SideColumn, Qt::UserRole).toInt());
        for (std::size_t f = 0; f < fieldKeys.size(); ++f)
            persona.*fieldMembers[f] = item->text(DescriptionColumn + int(f)).simplified();
        personas.append(persona);
    }
    return personas;
}

} // namespace Dialogsmith

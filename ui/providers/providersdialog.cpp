// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "providers/providersdialog.h"

#include "design/projectspec.h"
#include "project/projectsession.h"
#include "providers/profileform.h"
#include "shell/editorparts.h"
#include "shell/icons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

ProvidersDialog::ProvidersDialog(ProjectSession &session, ModelAccess &models, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_profiles(session.design().providers)
    , m_prices(session.design().prices)
{
    setWindowTitle(tr("Providers"));
    for (const Llm::ProviderProfile &p : std::as_const(m_profiles))
        m_origins.append(p.name);
    buildUi(models);
    resize(960, 720);

    refreshList();
    m_list->setCurrentRow(m_profiles.isEmpty() ? -1 : 0);
    showProfile(m_list->currentRow());
    validate();
}

ProvidersDialog::~ProvidersDialog() = default;

void ProvidersDialog::buildUi(ModelAccess &models)
{
    // Left: the profiles.
    m_list = new QListWidget(this);
    m_list->setObjectName(u"profileList"_s);
    m_list->setToolTip(tr("The project's provider profiles: each is a model on a server"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(u"addProfile"_s);
    m_add->setIcon(Icons::themed(QIcon::ThemeIcon::ListAdd, Icons::Drawn::Add));
    m_add->setToolTip(tr("Add a profile (Ctrl+N)"));
    m_add->setShortcut(QKeySequence::New);
    m_duplicate = new QPushButton(tr("D&uplicate"), this);
    m_duplicate->setObjectName(u"duplicateProfile"_s);
    m_duplicate->setIcon(Icons::themed(QIcon::ThemeIcon::EditCopy, Icons::Drawn::Copy));
    m_duplicate->setToolTip(tr("Add a copy of the selected profile"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"removeProfile"_s);
    m_remove->setIcon(Icons::themed(QIcon::ThemeIcon::ListRemove, Icons::Drawn::Remove));
    m_remove->setToolTip(tr("Remove the selected profile (its stored key stays in the keychain)"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_remove);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    // Right: the selected profile, or how to begin.
    m_form = new ProfileForm(models, this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    auto *empty = new QLabel(tr("No provider profile yet.\nAdd one to say which model writes the conversations: "
                                "a local OpenAI-compatible server, OpenAI, Anthropic or Gemini."),
                             this);
    empty->setObjectName(u"emptyHint"_s);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(scroll);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"providersSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    EditorParts::rememberSizes(splitter, {220, 700});

    m_problems = new QLabel(this);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(u"color: #c0392b;"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    // A read-only project's providers can be looked at, not changed: the dialog says why and only closes.
    if (m_session.isReadOnly()) {
        layout->insertWidget(0, EditorParts::createReadOnlyBar(m_session, this));
        EditorParts::makeReadOnly(m_stack, {});
        for (QPushButton *button : {m_add, m_duplicate, m_remove})
            button->hide();
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
    }

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProvidersDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProvidersDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ProvidersDialog::addProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProvidersDialog::duplicateProfile);
    connect(m_remove, &QPushButton::clicked, this, &ProvidersDialog::removeProfile);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProvidersDialog::showProfile);
    connect(m_form, &ProfileForm::edited, this, &ProvidersDialog::formEdited);
}

QString ProvidersDialog::uniqueName(const QString &base) const
{
    QString name = base;
    for (int n = 2;; ++n) {
        if (std::none_of(m_profiles.cbegin(), m_profiles.cend(), [&](const auto &p) { return p.name == name; }))
            return name;
        name = u"%1 %2"_s.arg(base).arg(n);
    }
}

void ProvidersDialog::refreshList()
{
    const QSignalBlocker blocker(m_list);
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        const Llm::ProviderProfile &p = m_profiles.at(i);
        const QString text = p.model.isEmpty() ? p.name : tr("%1 — %2").arg(p.name, p.model);
        if (i < m_list->count())
            m_list->item(int(i))->setText(text);
        else
            m_list->addItem(text);
    }
    while (m_list->count() > m_profiles.size())
        delete m_list->takeItem(m_list->count() - 1);
    m_stack->setCurrentIndex(m_profiles.isEmpty() ? 0 : 1);
    m_duplicate->setEnabled(!m_profiles.isEmpty());
    m_remove->setEnabled(!m_profiles.isEmpty());
}

void ProvidersDialog::addProfile()
{
    Llm::ProviderProfile p;
    // Not translated: a profile's name is an identifier the CLI and the spec use, so it stays plain ASCII.
    p.name = uniqueName(m_profiles.isEmpty() ? u"teacher"_s : u"profile"_s);
    p.endpoints = {{u"http://127.0.0.1:8080/v1"_s, {}}};
    p.key = {Llm::KeySource::Type::None, {}};
    m_profiles.append(p);
    m_origins.append(QString());
    refreshList();
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
    m_form->focusName();
    validate();
}

void ProvidersDialog::duplicateProfile()
{
    if (m_row < 0 || m_row >= m_profiles.size())
        return;
    Llm::ProviderProfile copy = m_profiles.at(m_row);
    copy.name = uniqueName(copy.name);
    m_profiles.append(copy);
    m_origins.append(QString());
    refreshList();
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
    m_form->focusName();
    validate();
}

void ProvidersDialog::removeProfile()
{
    if (m_row < 0 || m_row >= m_profiles.size())
        return;
    const int row = m_row;
    m_profiles.removeAt(row);
    m_origins.removeAt(row);
    m_row = -1;
    refreshList();
    m_list->setCurrentRow(std::min(row, int(m_profiles.size()) - 1));
    showProfile(m_list->currentRow());
    validate();
}

void ProvidersDialog::showProfile(int row)
{
    m_row = row >= 0 && row < m_profiles.size() ? row : -1;
    if (m_row >= 0)
        m_form->showProfile(m_profiles.at(m_row), m_prices);
}

void ProvidersDialog::formEdited()
{
    if (m_row < 0)
        return;
    m_profiles[m_row] = m_form->profile();
    m_prices = m_form->prices();
    refreshList();
    validate();
}

void ProvidersDialog::validate()
{
    Design::ProjectDesign trial = m_session.design();
    trial.providers = m_profiles;
    trial.prices = m_prices;
    QStringList problems;
    for (const QString &problem : Design::ProjectSpec::check(trial)) {
        if (problem.startsWith(u"providers"_s) || problem.startsWith(u"prices"_s))
            problems.append(problem);
    }
    for (const Llm::ProviderProfile &p : std::as_const(m_profiles)) {
        if (p.key.type != Llm::KeySource::Type::None && p.key.name.isEmpty())
            problems.append(tr("%1: the key needs a keychain account or an environment variable.").arg(p.name));
    }
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(problems.isEmpty());
}

void ProvidersDialog::accept()
{
    validate();
    const QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    if (!ok || !ok->isEnabled())
        return;
    QHash<QString, QString> renamed;
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (!m_origins.at(i).isEmpty())
            renamed.insert(m_origins.at(i), m_profiles.at(i).name);
    }
    const QList<Llm::ProviderProfile> profiles = m_profiles;
    const Llm::PriceTable prices = m_prices;
    m_session.edit(tr("Edit Providers"),
                   ProjectSession::Part::Providers | ProjectSession::Part::Prices | ProjectSession::Part::Generation,
                   [profiles, prices, renamed](Design::ProjectDesign &design) {
                       // The run settings follow a renamed profile; one that is gone falls back to "unset".
                       for (QString *name : {&design.generation.userProfile, &design.generation.assistantProfile}) {
                           if (!name->isEmpty())
                               *name = renamed.value(*name);
                       }
                       design.providers = profiles;
                       design.prices = prices;
                   });
    QDialog::accept();
}

} // namespace Dialogsmith

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/templates/templateeditor.h"

#include "editors/templates/syntaxsupport.h"
#include "editors/templates/templatetextedit.h"
#include "engine/turncontext.h"
#include "llm/jsonextract.h"
#include "llm/llmclient.h"
#include "project/modelaccess.h"
#include "project/projectsession.h"
#include "prompt/template.h"
#include "prompt/variableschema.h"
#include "shell/editorparts.h"
#include "shell/icons.h"

#include <QApplication>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTextBlock>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <KSyntaxHighlighting/SyntaxHighlighter>

namespace Dialogsmith {

using Part = ProjectSession::Part;

namespace {

constexpr int previewDelayMs = 200;
// A preview longer than this is cut: the model would get it all, the reader needs the start.
constexpr qsizetype maxPreviewCharacters = 200'000;
constexpr std::array allSlots {TemplateSlot::System,
                               TemplateSlot::Starter,
                               TemplateSlot::UserTurn,
                               TemplateSlot::AssistantTurn,
                               TemplateSlot::Instruction,
                               TemplateSlot::Evol,
                               TemplateSlot::KnowledgeQuestion,
                               TemplateSlot::Faithfulness,
                               TemplateSlot::PreferenceJudge,
                               TemplateSlot::EmbeddingQueries,
                               TemplateSlot::NegativeCheck,
                               TemplateSlot::Judge};
static_assert(allSlots.size() == templateSlotCount);

/// The templates grouped by the mode that uses them, as the group tabs show them.
const QList<QList<TemplateSlot>> &slotGroups()
{
    static const QList<QList<TemplateSlot>> groups {
        {TemplateSlot::System, TemplateSlot::Starter, TemplateSlot::UserTurn, TemplateSlot::AssistantTurn},
        {TemplateSlot::Instruction, TemplateSlot::Evol},
        {TemplateSlot::KnowledgeQuestion, TemplateSlot::Faithfulness},
        {TemplateSlot::PreferenceJudge},
        {TemplateSlot::EmbeddingQueries, TemplateSlot::NegativeCheck},
        {TemplateSlot::Judge},
    };
    return groups;
}

int groupOf(TemplateSlot slot)
{
    const QList<QList<TemplateSlot>> &groups = slotGroups();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (groups.at(i).contains(slot))
            return int(i);
    }
    return 0;
}

QString groupName(int group)
{
    switch (group) {
    case 0:
        return TemplateEditor::tr("Conversation");
    case 1:
        return TemplateEditor::tr("Instruction && Evol");
    case 2:
        return TemplateEditor::tr("Knowledge Q&&A");
    case 3:
        return TemplateEditor::tr("Preference");
    case 4:
        return TemplateEditor::tr("Embedding");
    default:
        break;
    }
    return TemplateEditor::tr("Judge");
}

QString groupHelp(int group)
{
    switch (group) {
    case 0:
        return TemplateEditor::tr("The templates of a conversation. The system prompt and the answer turn also "
                                  "write the answers of the instruction, evol, knowledge Q&A and preference modes.");
    case 1:
        return TemplateEditor::tr("Instruction mode writes new instructions from seed examples; evol rewrites "
                                  "them. Their answers use the conversation's system prompt and answer turn.");
    case 2:
        return TemplateEditor::tr("Questions a chunk answers, and the judge's check that an answer keeps to its "
                                  "chunk.");
    case 3:
        return TemplateEditor::tr("The judge that ranks the responses to a prompt. The prompts come from the "
                                  "instruction template, the responses from the answer turn.");
    case 4:
        return TemplateEditor::tr("Search queries a chunk answers, and the judge's check that a hard negative does "
                                  "not answer its query.");
    default:
        break;
    }
    return TemplateEditor::tr("The judge that scores samples on the rubric in use (Run ▸ Judge Samples…).");
}

QString slotName(TemplateSlot slot)
{
    switch (slot) {
    case TemplateSlot::System:
        return TemplateEditor::tr("System Prompt");
    case TemplateSlot::Starter:
        return TemplateEditor::tr("Opening Question");
    case TemplateSlot::UserTurn:
        return TemplateEditor::tr("Follow-up Question");
    case TemplateSlot::AssistantTurn:
        break;
    case TemplateSlot::Instruction:
        return TemplateEditor::tr("New Instruction");
    case TemplateSlot::Evol:
        return TemplateEditor::tr("Evolved Instruction");
    case TemplateSlot::KnowledgeQuestion:
        return TemplateEditor::tr("Question from a Chunk");
    case TemplateSlot::Faithfulness:
        return TemplateEditor::tr("Faithfulness Check");
    case TemplateSlot::PreferenceJudge:
        return TemplateEditor::tr("Ranking Judge");
    case TemplateSlot::EmbeddingQueries:
        return TemplateEditor::tr("Search Queries");
    case TemplateSlot::NegativeCheck:
        return TemplateEditor::tr("Negative Check");
    case TemplateSlot::Judge:
        return TemplateEditor::tr("Rubric Judge");
    }
    return TemplateEditor::tr("Answer Turn");
}

QString slotHelp(TemplateSlot slot)
{
    switch (slot) {
    case TemplateSlot::System:
        return TemplateEditor::tr("The assistant's system prompt: who it is, who it talks with and what grounds its "
                                  "answers.");
    case TemplateSlot::Starter:
        return TemplateEditor::tr("Asks the user simulator for the message that opens a conversation.");
    case TemplateSlot::UserTurn:
        return TemplateEditor::tr("Asks the user simulator for each follow-up message, from the conversation so far.");
    case TemplateSlot::AssistantTurn:
        break;
    case TemplateSlot::Instruction:
        return TemplateEditor::tr("Asks for a new instruction modelled on some of the seed instructions (instruction "
                                  "and preference modes).");
    case TemplateSlot::Evol:
        return TemplateEditor::tr("Asks for an instruction evolved in the direction drawn (evol mode).");
    case TemplateSlot::KnowledgeQuestion:
        return TemplateEditor::tr("Asks for a question the chunk answers (knowledge Q&A mode).");
    case TemplateSlot::Faithfulness:
        return TemplateEditor::tr("Asks a judge whether an answer keeps to its chunk (knowledge Q&A mode).");
    case TemplateSlot::PreferenceJudge:
        return TemplateEditor::tr("Asks a judge to rank the responses to a prompt (preference mode).");
    case TemplateSlot::EmbeddingQueries:
        return TemplateEditor::tr("Asks for search queries the chunk answers (embedding mode).");
    case TemplateSlot::NegativeCheck:
        return TemplateEditor::tr("Asks a judge whether a chunk answers a query, to confirm a hard negative "
                                  "(embedding mode).");
    case TemplateSlot::Judge:
        return TemplateEditor::tr("Asks a judge to score a sample on the rubric in use.");
    }
    return TemplateEditor::tr("The latest user message as the assistant model receives it.");
}

QString previewTitle(TemplateSlot slot)
{
    switch (slot) {
    case TemplateSlot::System:
        return TemplateEditor::tr("<b>Rendered</b> — the assistant's system prompt");
    case TemplateSlot::Starter:
        return TemplateEditor::tr("<b>Rendered</b> — what the user simulator is asked for the opening question");
    case TemplateSlot::UserTurn:
        return TemplateEditor::tr("<b>Rendered</b> — what the user simulator is asked for the second question");
    case TemplateSlot::AssistantTurn:
        break;
    case TemplateSlot::Instruction:
        return TemplateEditor::tr("<b>Rendered</b> — the request for a new instruction");
    case TemplateSlot::Evol:
        return TemplateEditor::tr("<b>Rendered</b> — the request to evolve the first instruction");
    case TemplateSlot::KnowledgeQuestion:
        return TemplateEditor::tr("<b>Rendered</b> — the request for a question about the chunk");
    case TemplateSlot::Faithfulness:
        return TemplateEditor::tr("<b>Rendered</b> — what the judge is asked about the sample answer");
    case TemplateSlot::PreferenceJudge:
        return TemplateEditor::tr("<b>Rendered</b> — what the judge is asked to rank");
    case TemplateSlot::EmbeddingQueries:
        return TemplateEditor::tr("<b>Rendered</b> — the request for search queries about the chunk");
    case TemplateSlot::NegativeCheck:
        return TemplateEditor::tr("<b>Rendered</b> — what the judge is asked about a chunk and a query");
    case TemplateSlot::Judge:
        return TemplateEditor::tr("<b>Rendered</b> — what the judge is asked to score");
    }
    return TemplateEditor::tr("<b>Rendered</b> — the question as the assistant model receives it");
}

// The names completion offers in the template of `step`, with the fields of the lists' items, valid only
// inside {{#each}}.
QList<std::pair<QString, QString>> completionNames(const QString &step)
{
    const Prompt::VariableSchema schema = Prompt::VariableSchema::forTemplate(step);
    QList<std::pair<QString, QString>> names;
    for (const QString &path : schema.paths())
        names.append({path, schema.description(path)});
    for (const Prompt::VariableSchema::Variable &variable : schema.variables()) {
        if (variable.kind != Prompt::VariableKind::List)
            continue;
        for (const Prompt::VariableSchema::Variable &field : variable.fields.variables()) {
            const bool known = std::any_of(names.cbegin(), names.cend(),
                                           [&field](const auto &name) { return name.first == field.name; });
            if (!known)
                names.append(
                    {field.name, TemplateEditor::tr("Inside {{#each %1}}: %2").arg(variable.name, field.description)});
        }
    }
    names.append({QStringLiteral("this"), TemplateEditor::tr("Inside {{#each}}: the item itself.")});
    names.append({QStringLiteral("@index"), TemplateEditor::tr("Inside {{#each}}: the item's position from 0.")});
    names.append({QStringLiteral("@number"), TemplateEditor::tr("Inside {{#each}}: the item's position from 1.")});
    names.append({QStringLiteral("@first"), TemplateEditor::tr("Inside {{#each}}: true for the first item.")});
    names.append({QStringLiteral("@last"), TemplateEditor::tr("Inside {{#each}}: true for the last item.")});
    return names;
}

// The document position of a 1-based line and column as Prompt::TemplateError counts them (a character
// outside the BMP is one column).
int positionOf(const QTextDocument *document, int line, int column)
{
    const QTextBlock block = document->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return std::max(0, document->characterCount() - 1);
    const QString text = block.text();
    int offset = 0;
    for (int c = 1; c < column && offset < text.size(); ++c)
        offset += text[offset].isHighSurrogate() && offset + 1 < text.size() ? 2 : 1;
    return block.position() + offset;
}

QFont monospace()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QPlainTextEdit *makePreview(const QString &name, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setUndoRedoEnabled(false);
    view->setFont(monospace());
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return view;
}

} // namespace

TemplateEditor::TemplateEditor(ProjectSession &session, ModelAccess &models, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_models(models)
    , m_previewTimer(new QTimer(this))
{
    // The templates: a row of groups (the modes that use them), a row of the group's templates.
    m_groups = new QTabBar(this);
    m_groups->setObjectName(QStringLiteral("templateGroups"));
    m_groups->setExpanding(false);
    m_groups->setElideMode(Qt::ElideNone);
    m_groups->setUsesScrollButtons(true);
    for (int group = 0; group < int(slotGroups().size()); ++group) {
        m_groups->addTab(groupName(group));
        m_groups->setTabToolTip(group, groupHelp(group));
    }
    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("templateTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    // Whole names ("Follow-up question"), with scroll arrows when the pane is narrower than all four.
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->setUsesScrollButtons(true);
    m_stack = new QStackedWidget(this);
    for (const TemplateSlot slot : allSlots) {
        auto *edit = new TemplateTextEdit(m_stack);
        edit->setObjectName(QStringLiteral("templateEdit_") + templateKey(slot));
        edit->setCompletions(completionNames(templateKey(slot)));
        edit->setPlainText(templateText(m_session.design().templates, slot));
        edit->setPlaceholderText(tr("An empty template renders nothing. Type {{ to insert a variable."));
        edit->setToolTip(QString());
        m_editors.at(std::size_t(slot)) = edit;
        m_stack->addWidget(edit);
        connect(edit, &TemplateTextEdit::textEdited, this, [this, slot](const QString &text) {
            m_session.edit(
                tr("Edit %1 Template").arg(slotName(slot)), Part::Templates,
                [slot, &text](Design::ProjectDesign &d) { templateText(d.templates, slot) = text; },
                ProjectSession::mergeKey(Part::Templates, int(slot)));
        });
        connect(edit, &TemplateTextEdit::undoRequested, this, [this] { m_session.undoStack()->undo(); });
        connect(edit, &TemplateTextEdit::redoRequested, this, [this] { m_session.undoStack()->redo(); });
    }
    m_reset = new QPushButton(tr("Reset to Default"), this);
    m_reset->setObjectName(QStringLiteral("resetTemplateButton"));
    m_reset->setToolTip(tr("Replace this template with the one Dialogsmith ships (undoable)."));

    m_problemsTitle = new QLabel(this);
    m_problemsTitle->setWordWrap(true);
    m_problemsTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("templateProblems"));
    m_problems->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_problems->setToolTip(tr("Double-click a problem to go to it."));

    // The reset button sits under the template, beside what is wrong with it, so that the steps' tabs have the
    // row to themselves (a longer translation of the button left room for one tab and a half).
    auto *problemsRow = new QHBoxLayout;
    problemsRow->addWidget(m_problemsTitle, 1);
    problemsRow->addWidget(m_reset, 0, Qt::AlignTop);
    m_groupHelp = new QLabel(this);
    m_groupHelp->setObjectName(QStringLiteral("templateGroupHelp"));
    m_groupHelp->setWordWrap(true);
    m_groupHelp->setEnabled(false);
    m_groupHelp->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_groups);
    leftLayout->addWidget(m_groupHelp);
    leftLayout->addWidget(m_tabs);
    leftLayout->addWidget(m_stack, 1);
    leftLayout->addLayout(problemsRow);
    leftLayout->addWidget(m_problems);

    // The preview.
    m_sampleLabel = new QLabel(this);
    m_sampleLabel->setObjectName(QStringLiteral("sampleLabel"));
    m_sampleLabel->setWordWrap(true);
    m_sampleLabel->setTextFormat(Qt::RichText);
    m_sampleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_newSample = new QPushButton(tr("&New Sample"), this);
    m_newSample->setObjectName(QStringLiteral("newSampleButton"));
    m_newSample->setToolTip(tr("Draw another conversation from the design: topic, personas and chunk (Ctrl+R)"));
    m_newSample->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_previewTitle = new QLabel(this);
    m_previewTitle->setObjectName(QStringLiteral("previewTitle"));
    m_previewTitle->setWordWrap(true);
    m_preview = makePreview(QStringLiteral("templatePreview"), this);
    m_previewHighlighter = SyntaxSupport::highlight(m_preview->document(), SyntaxSupport::markdownDefinitionName(),
                                                    QApplication::palette(m_preview));
    SyntaxSupport::applyTheme(m_previewHighlighter, m_preview);

    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->setToolTip(tr("The provider profile \"Try it\" sends the prompt to."));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_try = new QPushButton(tr("&Try It"), this);
    m_try->setObjectName(QStringLiteral("tryItButton"));
    m_try->setIcon(Icons::themed(QIcon::ThemeIcon::MediaPlaybackStart, QStyle::SP_MediaPlay));
    m_try->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setIcon(Icons::themed(QIcon::ThemeIcon::MediaPlaybackStop, QStyle::SP_MediaStop));
    m_stop->setToolTip(tr("Stop the reply (Esc)"));
    auto *stopShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &TemplateEditor::stopTrying,
                                       Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(stopShortcut);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tryStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_reply = makePreview(QStringLiteral("templateReply"), this);
    m_reply->setPlaceholderText(tr("Choose Try It to send the rendered prompt to the profile and watch the reply "
                                   "arrive here."));
    m_replyHighlighter = SyntaxSupport::highlight(m_reply->document(), SyntaxSupport::markdownDefinitionName(),
                                                  QApplication::palette(m_reply));
    SyntaxSupport::applyTheme(m_replyHighlighter, m_reply);

    auto *sampleRow = new QHBoxLayout;
    sampleRow->addWidget(m_sampleLabel, 1);
    sampleRow->addWidget(m_newSample, 0, Qt::AlignTop);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(sampleRow);
    topLayout->addWidget(m_previewTitle);
    topLayout->addWidget(m_preview, 1);
    auto *tryRow = new QHBoxLayout;
    auto *profileLabel = new QLabel(tr("&Model:"), this);
    profileLabel->setBuddy(m_profile);
    tryRow->addWidget(profileLabel);
    tryRow->addWidget(m_profile);
    tryRow->addWidget(m_try);
    tryRow->addWidget(m_stop);
    tryRow->addWidget(m_status, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(tryRow);
    bottomLayout->addWidget(m_reply, 1);
    m_previewSplitter = new QSplitter(Qt::Vertical, this);
    m_previewSplitter->setObjectName(QStringLiteral("templatePreviewSplitter"));
    m_previewSplitter->setChildrenCollapsible(false);
    m_previewSplitter->addWidget(top);
    m_previewSplitter->addWidget(bottom);
    EditorParts::rememberSizes(m_previewSplitter, {600, 300});

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("templateSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_previewSplitter);
    EditorParts::rememberSizes(m_splitter, {550, 450});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(EditorParts::createReadOnlyBar(m_session, this));
    layout->addWidget(m_splitter);
    if (m_session.isReadOnly()) {
        // The preview, its sample and "Try it" change nothing: they keep working.
        EditorParts::markViewOnly(m_previewSplitter);
        EditorParts::makeReadOnly(this, {});
    }

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(previewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &TemplateEditor::refreshPreview);

    connect(m_groups, &QTabBar::currentChanged, this,
            [this](int group) { showGroup(group, slotGroups().value(group).value(0)); });
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (m_fillingTabs || index < 0)
            return;
        m_stack->setCurrentWidget(editor(currentSlot()));
        refreshProblems();
        refreshPreview();
        updateButtons();
    });
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        TemplateTextEdit *edit = editor(currentSlot());
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(item->data(Qt::UserRole).toInt());
        edit->setTextCursor(cursor);
        edit->setFocus();
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        const TemplateSlot slot = currentSlot();
        m_session.edit(tr("Reset %1 Template").arg(slotName(slot)), Part::Templates, [slot](Design::ProjectDesign &d) {
            templateText(d.templates, slot) = templateText(Design::PromptTemplates::defaults(), slot);
        });
    });
    connect(m_newSample, &QPushButton::clicked, this, [this] { drawSample(QRandomGenerator::global()->generate64()); });
    connect(m_try, &QPushButton::clicked, this, &TemplateEditor::tryIt);
    connect(m_stop, &QPushButton::clicked, this, &TemplateEditor::stopTrying);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &TemplateEditor::updateButtons);

    Llm::LlmClient &client = m_models.client();
    connect(&client, &Llm::LlmClient::textDelta, this, &TemplateEditor::onDelta);
    connect(&client, &Llm::LlmClient::callFinished, this, &TemplateEditor::onFinished);
    connect(&client, &Llm::LlmClient::callFailed, this, &TemplateEditor::onFailed);
    connect(&client, &Llm::LlmClient::callRetrying, this, [this](Llm::CallId id, int attempt) {
        if (id != m_call)
            return;
        // What the failed attempt streamed is void.
        m_replyText.clear();
        m_reply->clear();
        m_status->setText(tr("The server did not answer properly: trying again (attempt %1)…").arg(attempt));
    });
    connect(&m_models, &ModelAccess::profilesChanged, this, &TemplateEditor::updateProfiles);

    connect(&m_session, &ProjectSession::designChanged, this, [this](ProjectSession::Parts parts) {
        if (parts & Part::Templates)
            refreshFromDesign();
        // What a sample is drawn from.
        if (parts
            & (Part::Topics | Part::Personas | Part::Scenarios | Part::Structures | Part::Documents | Part::Chunking
               | Part::Generation))
            drawSample(m_sampleSeed);
    });

    updateProfiles();
    m_sampleSeed = m_session.design().generation.seed;
    m_sample = SampleDraw::draw(m_session.design(), m_sampleSeed, 0);
    showSample();
    showGroup(0, TemplateSlot::System);
    refreshFromDesign();
    refreshPreview();
}

TemplateEditor::~TemplateEditor()
{
    if (m_call != 0)
        m_models.client().cancel(m_call);
}

void TemplateEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Light or dark, following the system.
    if (event->type() == QEvent::PaletteChange && m_preview) {
        SyntaxSupport::applyTheme(m_previewHighlighter, m_preview);
        SyntaxSupport::applyTheme(m_replyHighlighter, m_reply);
    }
}

TemplateSlot TemplateEditor::currentSlot() const
{
    const QVariant slot = m_tabs->tabData(m_tabs->currentIndex());
    return slot.isValid() ? TemplateSlot(std::clamp(slot.toInt(), 0, templateSlotCount - 1)) : TemplateSlot::System;
}

void TemplateEditor::setCurrentSlot(TemplateSlot slot)
{
    const int group = groupOf(slot);
    if (m_groups->currentIndex() != group) {
        const QSignalBlocker blocker(m_groups);
        m_groups->setCurrentIndex(group);
    }
    showGroup(group, slot);
}

void TemplateEditor::showGroup(int group, TemplateSlot slot)
{
    const QList<TemplateSlot> groupSlots = slotGroups().value(group);
    m_groupHelp->setText(groupHelp(group));
    bool same = m_tabs->count() == groupSlots.size();
    for (int i = 0; same && i < m_tabs->count(); ++i)
        same = m_tabs->tabData(i).toInt() == int(groupSlots.at(i));
    if (!same) {
        m_fillingTabs = true;
        while (m_tabs->count() > 0)
            m_tabs->removeTab(0);
        for (const TemplateSlot s : groupSlots) {
            const int tab = m_tabs->addTab(slotName(s));
            m_tabs->setTabData(tab, int(s));
            m_tabs->setTabToolTip(tab, slotHelp(s));
        }
        m_fillingTabs = false;
    }
    const int index = std::max(0, int(groupSlots.indexOf(slot)));
    if (m_tabs->currentIndex() != index || !same) {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(index);
    }
    m_stack->setCurrentWidget(editor(currentSlot()));
    refreshProblems();
    refreshPreview();
    updateButtons();
}

void TemplateEditor::refreshFromDesign()
{
    const Design::PromptTemplates &templates = m_session.design().templates;
    for (const TemplateSlot slot : allSlots)
        editor(slot)->setTextKeepingCursor(templateText(templates, slot));
    refreshProblems();
    updateButtons();
    schedulePreview();
}

void TemplateEditor::refreshProblems()
{
    const QIcon warning = Icons::themed(QIcon::ThemeIcon::DialogWarning, QStyle::SP_MessageBoxWarning);
    QList<bool> groupProblems(slotGroups().size(), false);
    for (const TemplateSlot slot : allSlots) {
        const Prompt::VariableSchema schema = Prompt::VariableSchema::forTemplate(templateKey(slot));
        TemplateTextEdit *edit = editor(slot);
        const Prompt::Template parsed = Prompt::Template::parse(edit->toPlainText());
        const QList<Prompt::TemplateError> errors = parsed.isValid() ? parsed.validate(schema) : parsed.errors();
        const QList<Prompt::TemplateTag> tags = parsed.tags();
        QList<TemplateProblem> problems;
        for (const Prompt::TemplateError &error : errors) {
            TemplateProblem problem;
            problem.line = error.line;
            problem.column = error.column;
            problem.message = error.message;
            problem.position = positionOf(edit->document(), error.line, error.column);
            // Underline the whole tag that causes it, else the rest of the line.
            const QTextBlock block = edit->document()->findBlock(problem.position);
            problem.length = std::max(1, block.position() + block.length() - 1 - problem.position);
            for (const Prompt::TemplateTag &tag : tags) {
                if (tag.offset <= problem.position && problem.position < tag.offset + tag.length) {
                    problem.position = int(tag.offset);
                    problem.length = int(tag.length);
                    break;
                }
            }
            problems.append(problem);
        }
        edit->setProblems(problems);
        // Every step but the system prompt needs a prompt (ProjectSpec's check): an empty one is a problem too.
        const bool empty = slot != TemplateSlot::System && edit->toPlainText().trimmed().isEmpty();
        const bool bad = !problems.isEmpty() || empty;
        if (bad)
            groupProblems[groupOf(slot)] = true;
        for (int tab = 0; tab < m_tabs->count(); ++tab) {
            if (m_tabs->tabData(tab).toInt() == int(slot))
                m_tabs->setTabIcon(tab, bad ? warning : QIcon());
        }
    }
    for (int group = 0; group < m_groups->count(); ++group)
        m_groups->setTabIcon(group, groupProblems.value(group) ? warning : QIcon());

    const QList<TemplateProblem> current = editor(currentSlot())->problems();
    m_problems->clear();
    for (const TemplateProblem &problem : current) {
        auto *item = new QListWidgetItem(
            warning,
            tr("Line %1, column %2: %3")
                .arg(QString::number(problem.line), QString::number(problem.column), problem.message),
            m_problems);
        item->setData(Qt::UserRole, problem.position);
    }
    const bool emptyStep
        = currentSlot() != TemplateSlot::System && editor(currentSlot())->toPlainText().trimmed().isEmpty();
    m_problemsTitle->setText(
        !current.isEmpty() ? tr("<b>%n problem(s)</b> in this template:", "", int(current.size()))
            : emptyStep    ? tr("<b>The template is empty:</b> a run of a mode that uses it cannot start. Reset it to "
                                   "the default or write a prompt.")
                           : tr("No problems in this template."));
    m_problems->setVisible(!current.isEmpty());
}

void TemplateEditor::schedulePreview()
{
    m_previewTimer->start();
}

QString TemplateEditor::render(TemplateSlot slot, QString *error) const
{
    const Prompt::Template parsed = Prompt::Template::parse(templateText(m_session.design().templates, slot));
    QList<Prompt::TemplateError> errors = parsed.errors();
    QString text;
    if (errors.isEmpty())
        text = parsed.render(m_sample.variables(slot), &errors);
    if (!errors.isEmpty()) {
        *error = tr("The %1 template cannot be rendered: %2").arg(slotName(slot), errors.constFirst().toString());
        return QString();
    }
    return text;
}

void TemplateEditor::refreshPreview()
{
    m_previewTimer->stop();
    const TemplateSlot slot = currentSlot();
    QString error;
    const QString text = render(slot, &error);
    if (text.isNull()) {
        // Typing a tag makes the template invalid for a moment: keep the last rendering rather than flicker.
        if (m_previewSlot != slot)
            m_preview->clear();
        m_preview->setPlaceholderText(tr("Fix the problems listed under the template to see the preview."));
        m_previewTitle->setText(
            m_preview->document()->isEmpty()
                ? tr("<b>Not rendered:</b> %1").arg(error.toHtmlEscaped())
                : tr("<b>Not rendered:</b> %1 Showing the last rendering.").arg(error.toHtmlEscaped()));
    } else {
        m_previewTitle->setText(previewTitle(slot));
        const QString shown = text.size() > maxPreviewCharacters ? text.left(maxPreviewCharacters) + u"\n\n"
                + tr("… (%1 characters in all; the preview shows the first %2)")
                      .arg(QLocale().toString(text.size()), QLocale().toString(maxPreviewCharacters))
                                                                 : text;
        m_preview->setPlaceholderText(tr("The template renders nothing for this sample."));
        if (m_preview->toPlainText() != shown) {
            // Keep the reader's place while the text changes under it.
            const int scroll = m_preview->verticalScrollBar()->value();
            m_preview->setPlainText(shown);
            m_preview->verticalScrollBar()->setValue(scroll);
        }
    }
    m_previewSlot = slot;
    Q_EMIT previewUpdated();
}

void TemplateEditor::drawSample(quint64 seed)
{
    m_sampleSeed = seed;
    const quint64 request = ++m_sampleRequest;
    // Planning cuts every document into chunks: not on the GUI thread.
    QtConcurrent::run([design = m_session.design(), seed] {
        return SampleDraw::draw(design, seed, 0);
    }).then(this, [this, request](const SampleDraw &sample) {
        if (request != m_sampleRequest)
            return;
        m_sample = sample;
        showSample();
        refreshPreview();
    });
}

void TemplateEditor::showSample()
{
    QStringList parts;
    if (m_sample.isExample())
        parts.append(tr("The project has no topics yet, so an example stands in."));
    parts.append(tr("Topic: %1").arg(m_sample.topicPath()));
    parts.append(tr("Asks: %1 · Answers: %2").arg(m_sample.userName(), m_sample.assistantName()));
    if (m_sample.chunkNumber() > 0)
        parts.append(tr("Chunk %1 of \"%2\"").arg(m_sample.chunkNumber()).arg(m_sample.documentTitle()));
    else if (!m_session.design().documents.isEmpty())
        parts.append(tr("Not grounded in a chunk (see the grounding probability)"));
    for (QString &part : parts)
        part = part.toHtmlEscaped();
    m_sampleLabel->setText(tr("<b>Sample:</b> %1").arg(parts.join(QStringLiteral(" &nbsp;·&nbsp; "))));
    QString tip = tr("Question: %1").arg(m_sample.question());
    if (!m_sample.chunk().isEmpty())
        tip += u"\n\n" + tr("Chunk:") + u'\n' + m_sample.chunk().left(800);
    m_sampleLabel->setToolTip(tip);
}

void TemplateEditor::updateProfiles()
{
    const QString current = m_profile->currentText();
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    m_profile->addItems(m_models.profileNames());
    const int keep = m_profile->findText(current);
    m_profile->setCurrentIndex(keep >= 0 ? keep : std::max(0, m_profile->findText(m_models.defaultProfile())));
    updateButtons();
}

void TemplateEditor::updateButtons()
{
    const TemplateSlot slot = currentSlot();
    m_reset->setEnabled(!m_session.isReadOnly()
                        && templateText(m_session.design().templates, slot)
                            != templateText(Design::PromptTemplates::defaults(), slot));
    const bool busy = m_call != 0;
    const bool profiles = m_profile->count() > 0;
    m_profile->setEnabled(!busy && profiles);
    m_try->setEnabled(!busy && profiles);
    m_stop->setEnabled(busy);
    m_try->setToolTip(profiles ? tr("Send the rendered prompt to the profile and stream the reply below (Ctrl+Return)")
                               : tr("Add a provider profile (Tools ▸ Providers…) to try templates with a model."));
    if (!profiles && !busy && m_status->text().isEmpty())
        m_status->setText(tr("No provider profile yet: add one in Tools ▸ Providers…"));
}

void TemplateEditor::tryIt()
{
    if (m_call != 0 || m_profile->currentText().isEmpty())
        return;
    const TemplateSlot slot = currentSlot();
    const Design::ProjectDesign &design = m_session.design();
    Llm::ChatRequest request;
    QString error;
    if (isAssistantSide(slot)) {
        request.system = render(TemplateSlot::System, &error);
        const QString question = error.isEmpty() ? render(TemplateSlot::AssistantTurn, &error) : QString();
        request.messages = {{Llm::Role::User, question}};
        request.temperature = design.generation.assistantSampling.temperature;
        request.topP = design.generation.assistantSampling.topP;
        request.maxTokens = design.generation.assistantSampling.maxTokens;
    } else {
        request.messages = {{Llm::Role::User, render(slot, &error)}};
        request.cachePrefix = false;
        // A judge is asked at temperature 0, as a run asks it.
        request.temperature
            = isJudgeStep(slot) ? std::optional<double>(0.0) : design.generation.userSampling.temperature;
        request.topP = design.generation.userSampling.topP;
        request.maxTokens = design.generation.userSampling.maxTokens;
    }
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    m_replyText.clear();
    m_reply->clear();
    SyntaxSupport::setDefinition(m_replyHighlighter, SyntaxSupport::markdownDefinitionName());
    m_callSlot = slot;
    m_callClock.start();
    m_call = m_models.client().submit(m_profile->currentText(), request);
    m_status->setPalette(QApplication::palette(m_status));
    m_status->setText(tr("Waiting for %1…").arg(m_profile->currentText()));
    updateButtons();
}

void TemplateEditor::stopTrying()
{
    if (m_call != 0)
        m_models.client().cancel(m_call);
}

void TemplateEditor::onDelta(quint64 id, const QString &text)
{
    if (id != m_call || m_call == 0)
        return;
    if (m_replyText.isEmpty())
        m_status->setText(tr("Receiving from %1…").arg(m_profile->currentText()));
    m_replyText += text;
    QScrollBar *bar = m_reply->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor cursor(m_reply->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void TemplateEditor::onFinished(quint64 id, const Llm::ChatResult &result)
{
    if (id != m_call || m_call == 0)
        return;
    // Streams and complete answers alike end with the whole text.
    if (result.text != m_replyText) {
        m_replyText = result.text;
        m_reply->setPlainText(result.text);
    }
    const QString trimmed = result.text.trimmed();
    if ((trimmed.startsWith(u'{') || trimmed.startsWith(u'[') || trimmed.startsWith(QStringLiteral("```json")))
        && !Llm::extractJson(trimmed).isNull())
        SyntaxSupport::setDefinition(m_replyHighlighter, SyntaxSupport::jsonDefinitionName());
    // The reply becomes the sample's message, so the next templates of the conversation can be tried on it.
    if (m_callSlot == TemplateSlot::Starter || m_callSlot == TemplateSlot::Instruction
        || m_callSlot == TemplateSlot::Evol || m_callSlot == TemplateSlot::KnowledgeQuestion) {
        m_sample.setQuestion(Engine::cleanUserMessage(result.text, m_sample.userName()));
        showSample();
        schedulePreview();
    } else if (isAssistantSide(m_callSlot)) {
        m_sample.setAnswer(result.text.trimmed());
        schedulePreview();
    }
    const QLocale locale;
    const QString seconds = locale.toString(double(m_callClock.elapsed()) / 1000.0, 'f', 1);
    QString status = result.usage.reported
        ? tr("Done in %1 s · %2 tokens in, %3 out")
              .arg(seconds, locale.toString(result.usage.inputTokens), locale.toString(result.usage.outputTokens))
        : tr("Done in %1 s").arg(seconds);
    if (!result.model.isEmpty())
        status += QStringLiteral(" · ") + result.model;
    endTry(true, status);
}

void TemplateEditor::onFailed(quint64 id, const Llm::ProviderError &error)
{
    if (id != m_call || m_call == 0)
        return;
    endTry(false, error.kind == Llm::ProviderError::Kind::Cancelled ? tr("Stopped.") : error.describe());
}

void TemplateEditor::endTry(bool ok, const QString &status)
{
    m_call = 0;
    m_status->setText(status);
    // A failure reads as one.
    QPalette palette = QApplication::palette(m_status);
    if (!ok && !status.isEmpty() && m_status->text() != tr("Stopped."))
        palette.setColor(QPalette::WindowText,
                         palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x80, 0x80)
                                                                           : QColor(0xb0, 0x10, 0x10));
    m_status->setPalette(palette);
    updateButtons();
    Q_EMIT tryFinished(ok);
}

} // namespace Dialogsmith

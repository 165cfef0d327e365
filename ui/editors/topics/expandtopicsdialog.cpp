// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "editors/topics/expandtopicsdialog.h"

#include "design/projectspec.h"
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
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dialogsmith {

namespace {

constexpr int maxBreadth = 30;
constexpr int maxLevels = 4;
constexpr int maxRequests = 200; // one per topic that gets subtopics

/// The topics in a model's answer: a JSON array of names or of {"name", "description"} objects, or an
/// object holding such an array.
QList<Design::Topic> parseTopics(const QString &text, QString *error)
{
    QString jsonError;
    const QJsonArray array = ModelRequest::extractList(text, &jsonError);
    if (error)
        *error = jsonError;
    if (array.isEmpty()) {
        if (error && jsonError.isEmpty())
            *error = ExpandTopicsDialog::tr("the answer holds no list of topics");
        return {};
    }
    QList<Design::Topic> topics;
    for (const QJsonValue &value : std::as_const(array)) {
        Design::Topic topic;
        if (value.isString()) {
            topic.name = value.toString();
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            topic.name = object.value("name"_L1).toString(object.value("topic"_L1).toString());
            topic.description = object.value("description"_L1).toString().simplified();
        }
        topic.name = topic.name.simplified();
        if (!topic.name.isEmpty())
            topics.append(topic);
    }
    if (topics.isEmpty() && error)
        *error = ExpandTopicsDialog::tr("the list holds no topic names");
    return topics;
}

bool containsName(const QStringList &names, const QString &name)
{
    return names.contains(name.simplified(), Qt::CaseInsensitive);
}

} // namespace

ExpandTopicsDialog::ExpandTopicsDialog(ModelAccess &models, const Design::ProjectDesign &design,
                                       const TopicTree::Path &target, QWidget *parent)
    : QDialog(parent)
    , m_models(models)
    , m_design(design)
    , m_target(target)
{
    setWindowTitle(tr("Expand with Model"));
    setObjectName(u"expandTopicsDialog"_s);
    m_maxLevels = std::clamp(Design::ProjectSpec::maxTopicDepth - int(m_target.size()), 0, maxLevels);

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(this);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    heading->setText(
        m_target.isEmpty()
            ? tr("Generate top-level topics for this project.")
            : tr("Generate subtopics of \u201c%1\u201d.").arg(TopicTree::displayPath(m_design.topics, m_target)));
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_profile = ModelRequest::createProfileCombo(
        m_models, tr("The model profile that writes the topics (Tools \u203a Providers\u2026)."), this);
    form->addRow(tr("&Model profile:"), m_profile);

    m_breadth = new QSpinBox(this);
    m_breadth->setObjectName(u"breadthSpin"_s);
    m_breadth->setRange(1, maxBreadth);
    m_breadth->setValue(8);
    m_breadth->setToolTip(tr("How many subtopics to ask for under each topic."));
    form->addRow(tr("&Topics per level:"), m_breadth);

    m_levels = new QSpinBox(this);
    m_levels->setObjectName(u"levelsSpin"_s);
    m_levels->setRange(std::min(1, m_maxLevels), m_maxLevels);
    m_levels->setValue(std::min(1, m_maxLevels));
    m_levels->setToolTip(tr("1 adds one level of subtopics; more grows a whole tree, one request per topic."));
    form->addRow(tr("&Levels:"), m_levels);

    m_guidance = new QLineEdit(this);
    m_guidance->setObjectName(u"guidanceEdit"_s);
    m_guidance->setPlaceholderText(tr("Optional, e.g. “for high-school students” or “practical, not historical”"));
    m_guidance->setToolTip(tr("Anything the model should keep in mind when it suggests topics."));
    form->addRow(tr("&Guidance:"), m_guidance);
    layout->addLayout(form);

    auto *actions = new QHBoxLayout;
    m_requests = new QLabel(this);
    m_requests->setObjectName(u"requestsLabel"_s);
    actions->addWidget(m_requests, 1);
    m_generate = new QPushButton(tr("&Generate"), this);
    m_generate->setObjectName(u"generateButton"_s);
    m_generate->setToolTip(tr("Ask the model. Suggestions appear below for review before anything is added."));
    actions->addWidget(m_generate);
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(u"stopButton"_s);
    m_stop->setToolTip(tr("Stop asking: the suggestions so far stay for review."));
    actions->addWidget(m_stop);
    layout->addLayout(actions);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setTextVisible(true);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_error = ModelRequest::createErrorLabel(this);
    layout->addWidget(m_error);

    m_review = new QTreeWidget(this);
    m_review->setObjectName(u"reviewTree"_s);
    m_review->setHeaderLabels({tr("Topic"), tr("Description")});
    m_review->header()->setStretchLastSection(true);
    m_review->setColumnWidth(0, 240);
    m_review->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                              | QAbstractItemView::SelectedClicked);
    m_review->setToolTip(tr("Uncheck what you do not want; double-click or press F2 to rewrite a name."));
    layout->addWidget(m_review, 1);

    m_add = ModelRequest::addReviewButtons(this, layout, tr("&Add Checked Topics"));

    connect(m_generate, &QPushButton::clicked, this, &ExpandTopicsDialog::generate);
    connect(m_stop, &QPushButton::clicked, this, &ExpandTopicsDialog::stop);
    connect(m_breadth, &QSpinBox::valueChanged, this, &ExpandTopicsDialog::updateState);
    connect(m_levels, &QSpinBox::valueChanged, this, &ExpandTopicsDialog::updateState);
    connect(m_review, &QTreeWidget::itemChanged, this, &ExpandTopicsDialog::updateState);
    connect(&m_models.client(), &Llm::LlmClient::callFinished, this, &ExpandTopicsDialog::onFinished);
    connect(&m_models.client(), &Llm::LlmClient::callFailed, this, &ExpandTopicsDialog::onFailed);

    if (m_models.profileNames().isEmpty())
        showError(ModelRequest::noProfileMessage());
    else if (m_maxLevels == 0)
        showError(tr("This topic is already %n levels deep, the most a topic tree may have.", nullptr,
                     Design::ProjectSpec::maxTopicDepth));
    resize(640, 560);
    updateState();
}

ExpandTopicsDialog::~ExpandTopicsDialog()
{
    // Closed while asking: nobody waits for the answers.
    const QList<Llm::CallId> ids = m_calls.keys();
    m_calls.clear();
    for (const Llm::CallId id : ids)
        m_models.client().cancel(id);
}

void ExpandTopicsDialog::showError(const QString &message)
{
    ModelRequest::showError(m_error, message);
}

void ExpandTopicsDialog::updateState()
{
    const bool busy = isGenerating();
    const bool possible = !m_models.profileNames().isEmpty() && m_maxLevels > 0;
    int requests = 0;
    for (int level = 0, power = 1; level < m_levels->value(); ++level, power *= m_breadth->value())
        requests += power;
    // More than anyone reviews, and a bill nobody expected.
    const bool tooMany = requests > maxRequests;
    m_requests->setText(
        tooMany ? tr("%n requests: too many. Ask for fewer topics per level or fewer levels.", nullptr, requests)
                : tr("Up to %n request(s)", nullptr, requests));
    m_requests->setStyleSheet(tooMany ? u"QLabel { color: #d93025; }"_s : QString());
    m_generate->setEnabled(possible && !busy && !tooMany);
    m_stop->setEnabled(busy);
    m_profile->setEnabled(!busy);
    m_breadth->setEnabled(!busy);
    m_levels->setEnabled(!busy && m_maxLevels > 1);
    m_guidance->setEnabled(!busy);
    m_progress->setVisible(busy || m_done > 0);
    m_progress->setRange(0, std::max(1, m_done + int(m_calls.size())));
    m_progress->setValue(m_done);
    m_progress->setFormat(tr("%1 of %2 requests").arg(m_done).arg(m_done + m_calls.size()));

    int checked = 0;
    const std::function<void(QTreeWidgetItem *)> count = [&](QTreeWidgetItem *item) {
        for (int i = 0; i < item->childCount(); ++i) {
            if (item->child(i)->checkState(0) == Qt::Checked) {
                ++checked;
                count(item->child(i));
            }
        }
    };
    count(m_review->invisibleRootItem());
    m_add->setEnabled(!busy && checked > 0);
    m_add->setText(checked > 0 ? tr("&Add %n Topic(s)", nullptr, checked) : tr("&Add Topics"));
}

void ExpandTopicsDialog::generate()
{
    if (isGenerating() || m_models.profileNames().isEmpty() || m_maxLevels == 0)
        return;
    m_review->clear();
    m_done = 0;
    m_skipped = 0;
    m_errors.clear();
    showError({});
    m_status->setText(tr("Asking %1\u2026").arg(m_profile->currentText()));
    submit({nullptr, 1});
    updateState();
}

void ExpandTopicsDialog::stop()
{
    const QList<Llm::CallId> ids = m_calls.keys();
    if (ids.isEmpty())
        return;
    m_calls.clear();
    for (const Llm::CallId id : ids)
        m_models.client().cancel(id);
    m_status->setText(tr("Stopped. The suggestions so far are below."));
    updateState();
    Q_EMIT generationFinished();
}

QStringList ExpandTopicsDialog::siblingNames(QTreeWidgetItem *parent) const
{
    QStringList names;
    if (!parent) {
        if (const QList<Design::Topic> *existing = TopicTree::childrenOf(m_design.topics, m_target)) {
            for (const Design::Topic &topic : *existing)
                names.append(topic.name.simplified());
        }
    }
    QTreeWidgetItem *item = parent ? parent : m_review->invisibleRootItem();
    for (int i = 0; i < item->childCount(); ++i)
        names.append(item->child(i)->text(0).simplified());
    return names;
}

QString ExpandTopicsDialog::pathText(QTreeWidgetItem *item) const
{
    QStringList names = TopicTree::namePath(m_design.topics, m_target);
    QStringList below;
    for (; item; item = item->parent())
        below.prepend(item->text(0));
    names += below;
    return names.join(u" \u203a "_s);
}

void ExpandTopicsDialog::submit(const Job &job)
{
    const int breadth = m_breadth->value();
    const QString path = pathText(job.parent);
    const Design::Topic *topic = job.parent ? nullptr : TopicTree::at(m_design.topics, m_target);
    const QString description = job.parent ? job.parent->text(1) : topic ? topic->description : QString();
    const QStringList existing = siblingNames(job.parent);

    QString prompt = ModelRequest::projectPreamble(m_design) + u"\n\n"_s;
    if (path.isEmpty())
        prompt += u"Suggest %1 top-level topics for the conversations of this project."_s.arg(breadth);
    else
        prompt += u"Suggest %1 subtopics of the topic \"%2\"."_s.arg(breadth).arg(path);
    if (!description.isEmpty())
        prompt += u" The topic is about: "_s + description;
    if (!existing.isEmpty())
        prompt += u"\nThese exist already; do not repeat them: "_s + existing.join(u"; "_s) + u'.';
    if (!m_guidance->text().trimmed().isEmpty())
        prompt += u"\nKeep in mind: "_s + m_guidance->text().trimmed();
    prompt += u"\nMake each one distinct and specific enough to hold a conversation about it. Answer with a JSON "
              "array of %1 objects, each {\"name\": \"a short name\", \"description\": \"one sentence\"}, and "
              "nothing else."_s.arg(breadth);

    m_calls.insert(m_models.client().submit(m_profile->currentText(),
                                            ModelRequest::jsonRequest(prompt, 0.8, std::max(512, 80 * breadth))),
                   job);
}

void ExpandTopicsDialog::onFinished(Llm::CallId id, const Llm::ChatResult &result)
{
    const auto it = m_calls.constFind(id);
    if (it == m_calls.cend())
        return;
    const Job job = *it;
    m_calls.erase(it);
    ++m_done;
    QString error;
    const QList<Design::Topic> topics = parseTopics(result.text, &error);
    if (topics.isEmpty()) {
        m_errors.append(tr("The model's answer for \u201c%1\u201d was not a list of topics (%2). It said: %3")
                            .arg(pathText(job.parent).isEmpty() ? tr("the top level") : pathText(job.parent),
                                 error.isEmpty() ? tr("no JSON") : error, ModelRequest::quotedExcerpt(result.text)));
    } else {
        addResults(job, topics);
    }
    updateState();
    if (m_calls.isEmpty()) {
        int added = 0;
        for (QTreeWidgetItemIterator item(m_review); *item; ++item)
            ++added;
        QString status = tr("%n new topic(s) to review.", nullptr, added);
        if (m_skipped > 0)
            status += u' ' + tr("%n suggestion(s) skipped: a sibling already has the name.", nullptr, m_skipped);
        m_status->setText(status);
        showError(m_errors.join(u"\n"_s));
        Q_EMIT generationFinished();
    }
}

void ExpandTopicsDialog::onFailed(Llm::CallId id, const Llm::ProviderError &error)
{
    const auto it = m_calls.constFind(id);
    if (it == m_calls.cend())
        return;
    m_calls.erase(it);
    ++m_done;
    if (!m_errors.contains(error.describe()))
        m_errors.append(error.describe());
    updateState();
    if (m_calls.isEmpty()) {
        m_status->setText(m_review->topLevelItemCount() > 0 ? tr("Some requests failed. The suggestions so far "
                                                                 "are below.")
                                                            : ModelRequest::failedMessage());
        showError(m_errors.join(u"\n"_s));
        Q_EMIT generationFinished();
    }
}

void ExpandTopicsDialog::addResults(const Job &job, const QList<Design::Topic> &topics)
{
    QStringList names = siblingNames(job.parent);
    QList<QTreeWidgetItem *> added;
    for (const Design::Topic &topic : topics) {
        if (containsName(names, topic.name)) {
            ++m_skipped;
            continue;
        }
        if (added.size() >= m_breadth->value())
            break;
        names.append(topic.name);
        auto *item = job.parent ? new QTreeWidgetItem(job.parent) : new QTreeWidgetItem(m_review);
        item->setText(0, topic.name);
        item->setText(1, topic.description);
        item->setToolTip(1, topic.description);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
        added.append(item);
    }
    if (job.parent)
        job.parent->setExpanded(true);
    if (job.level < m_levels->value()) {
        for (QTreeWidgetItem *item : std::as_const(added))
            submit({item, job.level + 1});
    }
}

QList<Design::Topic> ExpandTopicsDialog::acceptedTopics() const
{
    const std::function<QList<Design::Topic>(QTreeWidgetItem *, QStringList)> collect
        = [&](QTreeWidgetItem *parent, QStringList names) {
              QList<Design::Topic> topics;
              for (int i = 0; i < parent->childCount(); ++i) {
                  QTreeWidgetItem *item = parent->child(i);
                  const QString name = item->text(0).simplified();
                  if (item->checkState(0) != Qt::Checked || name.isEmpty() || containsName(names, name))
                      continue;
                  names.append(name);
                  topics.append({name, item->text(1).simplified(), 1.0, collect(item, {})});
              }
              return topics;
          };
    QStringList existing;
    if (const QList<Design::Topic> *siblings = TopicTree::childrenOf(m_design.topics, m_target)) {
        for (const Design::Topic &topic : *siblings)
            existing.append(topic.name.simplified());
    }
    return collect(m_review->invisibleRootItem(), existing);
}

} // namespace Dialogsmith

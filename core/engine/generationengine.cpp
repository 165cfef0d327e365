// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "engine/generationengine.h"

#include "design/projectspec.h"
#include "engine/turncontext.h"
#include "project/projectfile.h"
#include "store/curationstore.h"
#include "store/designstore.h"
#include "store/runstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEngine, "dialogsmith.engine")

namespace Dialogsmith::Engine {

namespace {

// A model that answers with nothing (or only the end marker where a question must come) is asked again,
// this many times in all, before the conversation is marked failed.
constexpr int maxEmptyReplies = 3;
constexpr int progressIntervalMs = 250;

enum TemplateSlot { SystemSlot, StarterSlot, UserTurnSlot, AssistantTurnSlot };
const char *const stepNames[] = {"system", "starter", "user_turn", "assistant_turn"};

QString templateVersion(const QString &step, const QString &source)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(step.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(source.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QByteArray samplingJson(const Design::Sampling &s)
{
    QJsonObject json {{QStringLiteral("max_tokens"), s.maxTokens}};
    if (s.temperature)
        json.insert(QStringLiteral("temperature"), *s.temperature);
    if (s.topP)
        json.insert(QStringLiteral("top_p"), *s.topP);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

struct GenerationEngine::Conversation {
    qint64 id = 0; ///< 0 until its row is written
    int index = 0; ///< its row's plan_index, which names it in events: plan.index, or negative for a branch
    ConversationPlan plan;
    QList<Llm::ChatMessage> history;
    int nextSeq = 0; ///< the seq of the next message: history.size() unless curation deleted a message
    int emptyReplies = 0;
    bool lastQuestion = false; ///< the user simulator asked its last question
    bool finished = false;
    // The call in flight.
    Llm::CallId call = 0;
    Step step = Step::Opening;
    ChunkRef chunk;
    QString system; ///< the system prompt of the answer in flight
    QString lastSystem; ///< of the last stored answer
    QString profile;
    QString model;
    QByteArray params;
    int slot = StarterSlot;

    // A person may have deleted a message of a conversation that is continued, so what comes next follows
    // from the last message and the questions asked, not from how many messages there are.
    bool needsQuestion() const { return history.isEmpty() || history.constLast().role == Llm::Role::Assistant; }
    int exchange() const
    {
        const auto questions = std::count_if(history.cbegin(), history.cend(),
                                             [](const Llm::ChatMessage &m) { return m.role == Llm::Role::User; });
        return int(questions) + (needsQuestion() ? 1 : 0);
    }
    int seq() const { return nextSeq; }
};

GenerationEngine::GenerationEngine(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_client(new Llm::LlmClient(secrets, this))
    , m_flushTimer(this)
    , m_progressTimer(this)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &GenerationEngine::flush);
    m_progressTimer.setInterval(progressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &GenerationEngine::emitProgress);

    connect(m_client, &Llm::LlmClient::callFinished, this, &GenerationEngine::onCallFinished);
    connect(m_client, &Llm::LlmClient::callFailed, this, &GenerationEngine::onCallFailed);
    connect(m_client, &Llm::LlmClient::textDelta, this, [this](Llm::CallId id, const QString &text) {
        if (!m_options.streamEvents)
            return;
        if (const auto c = m_calls.value(id))
            Q_EMIT turnStreamed(c->index, c->seq(), text);
    });
    connect(m_client, &Llm::LlmClient::callRetrying, this,
            [this](Llm::CallId id, int, qint64, const Llm::ProviderError &error) {
                ++m_retries;
                if (error.kind == Llm::ProviderError::Kind::RateLimited)
                    ++m_rateLimited;
                if (const auto c = m_calls.value(id))
                    Q_EMIT turnRetrying(c->index, c->seq(), error.describe());
            });
    connect(m_client, &Llm::LlmClient::profileStopped, this,
            [this](const QString &, const Llm::ProviderError &error) { stop(RunOutcome::Failed, error.describe()); });
}

GenerationEngine::~GenerationEngine()
{
    // Nothing half-done is written: pending writes are whole messages and are committed now.
    if (m_running)
        flush();
}

void GenerationEngine::start(const QString &projectPath, const RunOptions &options)
{
    begin(projectPath, options, {});
}

void GenerationEngine::continueConversations(const QString &projectPath, const QList<qint64> &conversationIds,
                                             const RunOptions &options)
{
    if (conversationIds.isEmpty()) {
        RunSummary summary;
        summary.outcome = RunOutcome::Failed;
        summary.reason = tr("No conversation to continue was given.");
        Q_EMIT runFinished(summary);
        return;
    }
    begin(projectPath, options, conversationIds);
}

void GenerationEngine::begin(const QString &projectPath, const RunOptions &options, const QList<qint64> &continued)
{
    if (m_running) {
        qCWarning(lcEngine) << "start() while a run is in progress";
        return;
    }
    m_options = options;
    m_continued = continued;
    m_paused = false;
    m_stopping.reset();
    m_stopReason.clear();
    m_resumeQueue.clear();
    m_finishedIndices.clear();
    m_active.clear();
    m_calls.clear();
    m_parked.clear();
    m_writes.clear();
    m_complete = m_failed = 0;
    m_turns = m_rateLimited = m_retries = 0;
    m_inputTokens = m_outputTokens = 0;
    m_costUsd = 0;
    m_nextPlanIndex = 0;
    m_clock.start();

    QString error;
    if (!prepare(projectPath, options, &error)) {
        RunSummary summary;
        summary.outcome = RunOutcome::Failed;
        summary.reason = error;
        summary.progress = progress();
        m_store.reset();
        m_project.reset();
        Q_EMIT runFinished(summary);
        return;
    }
    m_running = true;
    Q_EMIT runStarted(progress(), m_resumed);
    m_progressTimer.start();
    fill();
    maybeFinish();
}

bool GenerationEngine::prepare(const QString &projectPath, const RunOptions &options, QString *error)
{
    m_project = ProjectFile::open(projectPath, error);
    if (!m_project)
        return false;
    if (m_project->isReadOnly()) {
        *error = tr("Cannot generate into %1: the project file cannot be written.").arg(m_project->path());
        return false;
    }
    Store::DesignStore designs(m_project->database());
    const auto current = designs.load(error);
    if (!current)
        return false;
    m_store = std::make_unique<Store::RunStore>(m_project->database());
    const bool continuing = !m_continued.isEmpty();
    QList<Store::StoredConversation> continued;
    std::optional<Store::RunRecord> latest;
    if (continuing) {
        Store::CurationStore curation(m_project->database());
        for (qint64 id : std::as_const(m_continued)) {
            auto c = curation.conversation(id, error);
            if (!c)
                return false;
            if (c->state != Store::ConversationState::Running) {
                *error = c->state == Store::ConversationState::Complete
                    ? tr("Conversation %1 is complete: it is not waiting to be continued.").arg(id)
                    : tr("Conversation %1 failed: it is not waiting to be continued.").arg(id);
                return false;
            }
            if (!continued.isEmpty() && c->runId != continued.constFirst().runId) {
                *error = tr("Conversations %1 and %2 come from different runs: continue them one run at a time.")
                             .arg(continued.constFirst().id)
                             .arg(id);
                return false;
            }
            continued.append(std::move(*c));
        }
        latest = m_store->run(continued.constFirst().runId, error);
        m_resumed = true;
    } else {
        latest = m_store->latestRun(error);
    }
    if (!latest)
        return false;

    const bool unfinished = latest->id != 0 && latest->state != Store::RunState::Complete;
    const bool retry = options.retryFailed && latest->id != 0;
    if (!continuing)
        m_resumed = !options.newRun && (unfinished || retry);
    if (options.retryFailed && latest->id == 0) {
        *error = tr("There is no run to retry: the project has not generated anything yet.");
        return false;
    }

    if (m_resumed) {
        m_runId = latest->id;
        m_planned = latest->planned;
        const QJsonObject snapshot = QJsonDocument::fromJson(latest->snapshot).object();
        QString specError;
        auto design
            = Design::ProjectSpec::read(QJsonDocument(snapshot.value(QStringLiteral("design")).toObject()).toJson(),
                                        tr("the design of run %1").arg(m_runId), QString(), &specError);
        if (!design) {
            *error = specError;
            return false;
        }
        m_design = std::move(*design);
        m_documentIds.clear();
        for (const QJsonValue &value : snapshot.value(QStringLiteral("documents")).toArray()) {
            const qint64 id = value[QStringLiteral("id")].toInteger();
            const int at = int(current->documentIds.indexOf(id));
            if (at < 0 || current->documentHashes.at(at) != value[QStringLiteral("sha256")].toString().toLatin1()) {
                *error = tr("Run %1 cannot be resumed: its document \"%2\" was changed or removed since it "
                            "started. Start a new run instead.")
                             .arg(m_runId)
                             .arg(value[QStringLiteral("title")].toString());
                return false;
            }
            m_design.documents.append(current->design.documents.at(at));
            m_documentIds.append(id);
        }
        // Providers and prices are the project's current ones: a key or address fixed since counts.
        m_design.providers = current->design.providers;
        m_design.prices = current->design.prices;
        if (options.retryFailed && !continuing) {
            const auto reset = m_store->resetFailed(m_runId, error);
            if (!reset)
                return false;
            qCInfo(lcEngine) << "retrying" << *reset << "failed conversations of run" << m_runId;
        }
    } else {
        m_design = current->design;
        m_documentIds = current->documentIds;
        if (options.count)
            m_design.generation.count = *options.count;
        const int previous = m_store->runCount(error);
        if (previous < 0)
            return false;
        // Each new run draws afresh unless told the seed, so a second run is not a copy of the first.
        m_design.generation.seed = options.seed.value_or(m_design.generation.seed + quint64(previous));
        m_planned = m_design.generation.count;
    }
    if (options.profile) {
        m_design.generation.userProfile = *options.profile;
        m_design.generation.assistantProfile = *options.profile;
    }
    if (options.concurrency)
        m_design.generation.concurrency = *options.concurrency;
    if (options.budgetUsd)
        m_design.generation.budgetUsd = *options.budgetUsd;
    if (options.budgetTokens)
        m_design.generation.budgetTokens = *options.budgetTokens;
    if (continuing) {
        // A person asked for these few messages: the run's budget, spent or not, is not theirs to stop at.
        m_design.generation.budgetUsd = options.budgetUsd.value_or(0);
        m_design.generation.budgetTokens = options.budgetTokens.value_or(0);
    }

    // With one profile, it serves both sides unless told otherwise.
    Design::GenerationSettings &g = m_design.generation;
    if (m_design.providers.size() == 1) {
        if (g.userProfile.isEmpty())
            g.userProfile = m_design.providers.constFirst().name;
        if (g.assistantProfile.isEmpty())
            g.assistantProfile = m_design.providers.constFirst().name;
    }
    if (m_design.providers.isEmpty()) {
        *error = tr("The project has no provider profile: add one that says which model to use.");
        return false;
    }
    if (g.userProfile.isEmpty() || g.assistantProfile.isEmpty()) {
        *error = tr("The project has several provider profiles: choose the one for the user simulator and the one "
                    "for the assistant in the generation settings.");
        return false;
    }
    const QStringList problems = Design::ProjectSpec::check(m_design);
    if (!problems.isEmpty()) {
        *error = problems.join(u'\n');
        return false;
    }
    m_planner = std::make_unique<Planner>(m_design, g.seed);
    if (!m_planner->problem().isEmpty()) {
        *error = m_planner->problem();
        return false;
    }
    m_userProfile = g.userProfile;
    m_assistantProfile = g.assistantProfile;
    m_userParams = samplingJson(g.userSampling);
    m_assistantParams = samplingJson(g.assistantSampling);
    m_concurrency = std::max(1, g.concurrency);
    m_budgetUsd = g.budgetUsd;
    m_budgetTokens = g.budgetTokens;
    for (const Llm::ProviderProfile &profile : std::as_const(m_design.providers))
        m_client->setProfile(profile);
    m_client->setPrices(m_design.prices);

    const QString sources[] = {m_design.templates.system, m_design.templates.starter, m_design.templates.userTurn,
                               m_design.templates.assistantTurn};
    m_system = Prompt::Template::parse(sources[SystemSlot]);
    m_starter = Prompt::Template::parse(sources[StarterSlot]);
    m_userTurn = Prompt::Template::parse(sources[UserTurnSlot]);
    m_assistantTurn = Prompt::Template::parse(sources[AssistantTurnSlot]);

    if (!m_store->begin(error))
        return false;
    for (int slot = SystemSlot; slot <= AssistantTurnSlot; ++slot) {
        const QString step = QString::fromLatin1(stepNames[slot]);
        m_versions[slot] = templateVersion(step, sources[slot]);
        if (!m_store->storeTemplate(m_versions[slot], step, sources[slot], error)) {
            m_store->rollback();
            return false;
        }
    }
    if (!m_resumed) {
        Design::ProjectDesign snapshotDesign = m_design;
        snapshotDesign.documents.clear();
        snapshotDesign.providers.clear();
        snapshotDesign.prices = {};
        QJsonArray documents;
        for (int i = 0; i < m_design.documents.size(); ++i) {
            documents.append(QJsonObject {
                {QStringLiteral("id"), m_documentIds.at(i)},
                {QStringLiteral("title"), m_design.documents.at(i).title},
                {QStringLiteral("sha256"),
                 QString::fromLatin1(Store::DesignStore::hashText(m_design.documents.at(i).text))},
            });
        }
        const QJsonObject snapshot {
            {QStringLiteral("design"), QJsonDocument::fromJson(Design::ProjectSpec::write(snapshotDesign)).object()},
            {QStringLiteral("documents"), documents},
        };
        const auto id
            = m_store->createRun(m_planned, g.seed, QJsonDocument(snapshot).toJson(QJsonDocument::Compact), error);
        if (!id) {
            m_store->rollback();
            return false;
        }
        m_runId = *id;
    } else if (!continuing && !m_store->setRunState(m_runId, Store::RunState::Running, QString(), error)) {
        m_store->rollback();
        return false;
    }
    if (!m_store->commit(error))
        return false;

    if (continuing) {
        for (const Store::StoredConversation &c : std::as_const(continued)) {
            const int drawIndex = QJsonDocument::fromJson(c.draw).object().value(QStringLiteral("index")).toInt(-1);
            if (drawIndex < 0 || drawIndex >= m_planned || m_planner->plan(drawIndex).turns != c.turnsPlanned) {
                *error = tr("Conversation %1 cannot be continued: its draw does not match a planned conversation "
                            "of run %2.")
                             .arg(c.id)
                             .arg(m_runId);
                return false;
            }
            m_resumeQueue.append({c.planIndex, drawIndex, c.id});
        }
        // Nothing beyond these: no planned conversation is started.
        m_planned = int(continued.size());
        m_nextPlanIndex = m_planned;
    } else if (m_resumed) {
        const auto conversations = m_store->conversations(m_runId, error);
        if (!conversations)
            return false;
        for (const Store::ConversationRecord &c : *conversations) {
            // A branch (CurationStore::branch()) is no planned conversation: only continueConversations()
            // continues it.
            if (c.planIndex < 0)
                continue;
            switch (c.state) {
            case Store::ConversationState::Running:
                m_resumeQueue.append({c.planIndex, c.planIndex, c.id});
                break;
            case Store::ConversationState::Complete:
                ++m_complete;
                m_finishedIndices.insert(c.planIndex);
                break;
            case Store::ConversationState::Failed:
                ++m_failed;
                m_finishedIndices.insert(c.planIndex);
                break;
            }
        }
        const auto totals = m_store->totals(m_runId, error);
        if (!totals)
            return false;
        m_inputTokens = totals->inputTokens;
        m_outputTokens = totals->outputTokens;
        m_costUsd = totals->costUsd;
        for (const Resumed &r : std::as_const(m_resumeQueue))
            m_finishedIndices.insert(r.index); // started: not to be started again from the plan
    }
    qCInfo(lcEngine) << (continuing      ? "continuing in run"
                             : m_resumed ? "resuming run"
                                         : "starting run")
                     << m_runId << "of" << m_planned << "conversations";
    return true;
}

void GenerationEngine::fill()
{
    while (!m_stopping && !m_paused && int(m_active.size()) < m_concurrency) {
        if (overBudget()) {
            stop(RunOutcome::BudgetReached, QString());
            return;
        }
        if (!m_resumeQueue.isEmpty()) {
            const Resumed r = m_resumeQueue.takeFirst();
            startConversation(r.index, r.drawIndex, r.id);
            continue;
        }
        while (m_nextPlanIndex < m_planned && m_finishedIndices.contains(m_nextPlanIndex))
            ++m_nextPlanIndex;
        if (m_nextPlanIndex >= m_planned)
            return;
        const int index = m_nextPlanIndex++;
        startConversation(index, index, 0);
    }
}

void GenerationEngine::startConversation(int planIndex, int drawIndex, qint64 existingId)
{
    auto c = std::make_shared<Conversation>();
    c->plan = m_planner->plan(drawIndex);
    c->index = planIndex;
    c->id = existingId;
    m_active.emplace(planIndex, c);

    const ChunkRef chunk = c->plan.chunk;
    const qint64 documentId = chunk.isValid() ? m_documentIds.at(chunk.document) : 0;
    const QString documentTitle = chunk.isValid() ? m_design.documents.at(chunk.document).title : QString();
    ConversationInfo info;
    info.planIndex = planIndex;
    info.topicPath = c->plan.topicPath.join(QStringLiteral(" › "));
    info.userPersona = c->plan.user.name;
    info.assistantPersona = c->plan.assistant.name;
    info.scenario = c->plan.scenario.description;
    info.structure = c->plan.structure.name;
    info.documentTitle = documentTitle;
    info.turns = c->plan.turns;

    if (existingId != 0) {
        QString error;
        const auto stored = Store::CurationStore(m_project->database()).conversation(existingId, &error);
        if (!stored) {
            fail(error);
            return;
        }
        for (const Store::StoredTurn &turn : stored->turns)
            c->history.append({turn.role, turn.content});
        c->nextSeq = stored->turns.isEmpty() ? 0 : stored->turns.constLast().seq + 1;
        info.conversationId = existingId;
        info.completedMessages = int(c->history.size());
        Q_EMIT conversationStarted(info);
        advance(c);
        return;
    }

    Store::NewConversation row;
    row.runId = m_runId;
    row.planIndex = planIndex;
    row.turnsPlanned = c->plan.turns;
    row.topicPath = info.topicPath;
    row.userPersona = info.userPersona;
    row.assistantPersona = info.assistantPersona;
    row.scenario = info.scenario;
    row.structure = info.structure;
    if (chunk.isValid()) {
        row.documentId = documentId;
        row.chunkIndex = chunk.chunk;
    }
    row.draw = QJsonDocument(planToJson(c->plan, documentTitle, documentId)).toJson(QJsonDocument::Compact);
    // The first call goes out now; its message is written after this row, in the same or a later commit.
    queue([this, c, row](QString *error) {
        const auto id = m_store->insertConversation(row, error);
        if (id)
            c->id = *id;
        return id.has_value();
    });
    Q_EMIT conversationStarted(info);
    advance(c);
}

void GenerationEngine::advance(const std::shared_ptr<Conversation> &c)
{
    if (c->finished)
        return;
    if (m_stopping)
        return;
    if (m_paused) {
        m_parked.append(c);
        return;
    }
    if (overBudget()) {
        m_parked.append(c);
        stop(RunOutcome::BudgetReached, QString());
        return;
    }
    const int exchange = c->exchange();
    const bool needsQuestion = c->needsQuestion();
    if (needsQuestion && (exchange > c->plan.turns || c->lastQuestion)) {
        endConversation(c, Store::ConversationState::Complete, QString(), c->lastQuestion);
        return;
    }
    c->step = needsQuestion ? (exchange == 1 ? Step::Opening : Step::FollowUp) : Step::Answer;
    submit(c);
}

void GenerationEngine::submit(const std::shared_ptr<Conversation> &c)
{
    const int exchange = c->exchange();
    c->chunk = m_planner->chunkForTurn(c->plan, exchange);
    TurnContext context;
    context.plan = &c->plan;
    context.history = c->history;
    context.turn = exchange;
    context.endMarker = m_design.generation.endMarker;
    if (c->chunk.isValid()) {
        context.chunk = m_planner->chunkText(c->chunk);
        context.documentTitle = m_design.documents.at(c->chunk.document).title;
    }

    Llm::ChatRequest request;
    QList<Prompt::TemplateError> errors;
    const Design::Sampling *sampling = nullptr;
    if (c->step == Step::Answer) {
        context.question = c->history.constLast().content;
        const QVariantMap variables = context.toVariables();
        request.system = m_system.render(variables, &errors);
        c->system = request.system;
        const QString last = m_assistantTurn.render(variables, &errors);
        request.messages = c->history;
        request.messages.last().content = last;
        c->slot = AssistantTurnSlot;
        c->profile = m_assistantProfile;
        sampling = &m_design.generation.assistantSampling;
    } else {
        c->slot = c->step == Step::Opening ? StarterSlot : UserTurnSlot;
        const Prompt::Template &tmpl = c->step == Step::Opening ? m_starter : m_userTurn;
        request.messages = {{Llm::Role::User, tmpl.render(context.toVariables(), &errors)}};
        request.cachePrefix = false;
        c->profile = m_userProfile;
        sampling = &m_design.generation.userSampling;
    }
    if (!errors.isEmpty()) {
        const QString step = QString::fromLatin1(stepNames[c->slot]);
        endConversation(c, Store::ConversationState::Failed,
                        tr("The %1 template cannot be rendered: %2").arg(step, errors.constFirst().toString()), false);
        return;
    }
    request.temperature = sampling->temperature;
    request.topP = sampling->topP;
    request.maxTokens = sampling->maxTokens;
    c->params = c->step == Step::Answer ? m_assistantParams : m_userParams;
    const Llm::ProviderProfile *profile = m_design.provider(c->profile);
    c->model = profile ? profile->model : QString();
    c->call = m_client->submit(c->profile, request);
    m_calls.insert(c->call, c);
    Q_EMIT turnStarted(c->index, c->seq(), c->step == Step::Answer ? Llm::Role::Assistant : Llm::Role::User);
}

void GenerationEngine::onCallFinished(Llm::CallId id, const Llm::ChatResult &result)
{
    const std::shared_ptr<Conversation> c = m_calls.take(id);
    if (!c)
        return;
    account(result);
    const bool answer = c->step == Step::Answer;
    QString text = answer ? result.text.trimmed() : cleanUserMessage(result.text, c->plan.user.name);
    bool ends = false;
    if (!answer) {
        const EndSignal signal = readEndSignal(text, m_design.generation.endMarker);
        text = signal.text;
        // Only a conversation with an answer in it can end; an opening "[END]" is asked again.
        ends = signal.ends && c->step == Step::FollowUp;
        if (signal.lastQuestion && !text.isEmpty())
            c->lastQuestion = true;
        if (signal.ends && !ends)
            text.clear();
    }
    if (ends) {
        journal(c, &result, nullptr, QStringLiteral("ended"));
        endConversation(c, Store::ConversationState::Complete, QString(), true);
        return;
    }
    if (text.isEmpty()) {
        journal(c, &result, nullptr, QStringLiteral("discarded"));
        if (++c->emptyReplies >= maxEmptyReplies) {
            endConversation(
                c, Store::ConversationState::Failed,
                tr("The model \"%1\" answered with an empty message %n time(s) in a row.", "", maxEmptyReplies)
                    .arg(result.model.isEmpty() ? c->model : result.model),
                false);
            return;
        }
        if (!m_stopping && !m_paused)
            submit(c);
        else
            advance(c);
        return;
    }
    c->emptyReplies = 0;
    journal(c, &result, nullptr, QStringLiteral("ok"));

    Store::NewTurn turn;
    turn.seq = c->seq();
    turn.role = answer ? Llm::Role::Assistant : Llm::Role::User;
    turn.content = text;
    turn.profile = c->profile;
    turn.model = result.model.isEmpty() ? c->model : result.model;
    turn.params = c->params;
    turn.usage = result.usage;
    turn.costUsd = result.costUsd;
    turn.latencyMs = result.latencyMs;
    turn.finishReason
        = result.rawFinishReason.isEmpty() ? Llm::finishReasonName(result.finish) : result.rawFinishReason;
    turn.attempts = result.attempts;
    if (c->chunk.isValid()) {
        turn.documentId = m_documentIds.at(c->chunk.document);
        turn.chunkIndex = c->chunk.chunk;
    }
    turn.templateVersion = m_versions[c->slot];
    if (answer) {
        turn.systemVersion = m_versions[SystemSlot];
        if (c->system != c->lastSystem)
            turn.systemPrompt = c->system;
        c->lastSystem = c->system;
    }
    c->history.append({turn.role, text});
    ++c->nextSeq;

    TurnInfo info;
    info.planIndex = c->index;
    info.seq = turn.seq;
    info.role = turn.role;
    info.content = text;
    info.model = turn.model;
    info.inputTokens = result.usage.inputTokens;
    info.outputTokens = result.usage.outputTokens;
    info.costUsd = result.costUsd;
    info.latencyMs = result.latencyMs;
    info.chunk = c->chunk;
    queue(
        [this, c, turn](QString *error) mutable {
            turn.conversationId = c->id;
            return m_store->insertTurn(turn, error);
        },
        [this, c, info]() mutable {
            ++m_turns;
            info.conversationId = c->id;
            Q_EMIT turnCompleted(info);
        });
    // The next call goes out now, not once the message is committed: waiting for the commit would hold every
    // conversation that finished in this event-loop pass until all of them are written, and so keep them in
    // lock step. The message is still reported only once it is stored; whatever comes next is written after
    // it, and if its write fails the run stops and abandons the call.
    advance(c);
}

void GenerationEngine::onCallFailed(Llm::CallId id, const Llm::ProviderError &error)
{
    const std::shared_ptr<Conversation> c = m_calls.take(id);
    if (!c)
        return;
    // Cancelled by stop(), or failed because the run is stopping: the conversation stays resumable.
    if (error.kind == Llm::ProviderError::Kind::Cancelled || error.stopsProfile() || m_stopping) {
        if (error.kind != Llm::ProviderError::Kind::Cancelled)
            journal(c, nullptr, &error, QStringLiteral("failed"));
        m_active.erase(c->index);
        if (error.stopsProfile())
            stop(RunOutcome::Failed, error.describe());
        maybeFinish();
        return;
    }
    journal(c, nullptr, &error, QStringLiteral("failed"));
    endConversation(c, Store::ConversationState::Failed, error.describe(), false);
}

void GenerationEngine::journal(const std::shared_ptr<Conversation> &conversation, const Llm::ChatResult *result,
                               const Llm::ProviderError *error, const QString &outcome)
{
    const Conversation &c = *conversation;
    Store::CallRecord call;
    call.runId = m_runId;
    call.seq = c.seq();
    call.profile = c.profile;
    call.model = result && !result->model.isEmpty() ? result->model : c.model;
    call.outcome = outcome;
    if (result) {
        call.attempts = result->attempts;
        call.usage = result->usage;
        call.costUsd = result->costUsd;
        call.latencyMs = result->latencyMs;
        call.firstByteMs = result->firstByteMs;
    }
    if (error)
        call.error = error->describe();
    queue([this, call, conversation](QString *e) mutable {
        if (conversation->id != 0)
            call.conversationId = conversation->id;
        return m_store->insertCall(call, e);
    });
}

void GenerationEngine::account(const Llm::ChatResult &result)
{
    m_inputTokens += result.usage.inputTokens;
    m_outputTokens += result.usage.outputTokens;
    m_costUsd += result.costUsd;
}

bool GenerationEngine::overBudget() const
{
    return (m_budgetTokens > 0 && m_inputTokens + m_outputTokens >= m_budgetTokens)
        || (m_budgetUsd > 0 && m_costUsd >= m_budgetUsd);
}

void GenerationEngine::endConversation(const std::shared_ptr<Conversation> &c, Store::ConversationState state,
                                       const QString &reason, bool endedEarly)
{
    c->finished = true;
    queue([this, c, state, reason,
           endedEarly](QString *error) { return m_store->finishConversation(c->id, state, reason, endedEarly, error); },
          [this, c, state, reason]() {
              (state == Store::ConversationState::Complete ? m_complete : m_failed) += 1;
              m_active.erase(c->index);
              Q_EMIT conversationFinished(c->id, c->index, state, reason);
              fill();
              maybeFinish();
          });
}

void GenerationEngine::pause()
{
    if (!m_running || m_paused)
        return;
    m_paused = true;
    emitProgress();
}

void GenerationEngine::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    const auto parked = std::exchange(m_parked, {});
    for (const auto &c : parked)
        advance(c);
    fill();
    emitProgress();
    maybeFinish();
}

void GenerationEngine::cancel()
{
    if (!m_running)
        return;
    stop(RunOutcome::Interrupted, tr("Cancelled."));
}

void GenerationEngine::stop(RunOutcome outcome, const QString &reason)
{
    if (!m_running || m_stopping)
        return;
    m_stopping = outcome;
    m_stopReason = reason;
    if (outcome == RunOutcome::BudgetReached) {
        m_stopReason = m_budgetUsd > 0 && m_costUsd >= m_budgetUsd
            ? tr("The budget of $%1 is used up ($%2 spent).")
                  .arg(QString::number(m_budgetUsd, 'f', 2), QString::number(m_costUsd, 'f', 2))
            : tr("The budget of %1 tokens is used up (%2 used).")
                  .arg(m_budgetTokens)
                  .arg(m_inputTokens + m_outputTokens);
        // Calls in flight are paid for: let them finish and keep what they write.
    } else {
        // Nothing more will be asked; what is in flight is abandoned and generated again on resume.
        const QList<Llm::CallId> ids = m_calls.keys();
        for (Llm::CallId id : ids) {
            if (const auto c = m_calls.take(id))
                m_active.erase(c->index);
            m_client->cancel(id);
        }
    }
    maybeFinish();
}

void GenerationEngine::maybeFinish()
{
    if (!m_running || m_reporting)
        return;
    if (m_stopping) {
        if (m_calls.isEmpty())
            finish(*m_stopping, m_stopReason);
        return;
    }
    if (m_active.empty() && m_resumeQueue.isEmpty() && m_parked.isEmpty()) {
        while (m_nextPlanIndex < m_planned && m_finishedIndices.contains(m_nextPlanIndex))
            ++m_nextPlanIndex;
        if (m_nextPlanIndex >= m_planned && m_writes.isEmpty())
            finish(m_failed > 0 ? RunOutcome::CompletedWithFailures : RunOutcome::Completed, QString());
    }
}

void GenerationEngine::finish(RunOutcome outcome, const QString &reason)
{
    flush();
    if (!m_running)
        return; // flush() failed and finished the run
    m_running = false;
    m_progressTimer.stop();
    Store::RunState state = Store::RunState::Complete;
    switch (outcome) {
    case RunOutcome::Completed:
    case RunOutcome::CompletedWithFailures:
        state = Store::RunState::Complete;
        break;
    case RunOutcome::Interrupted:
        state = Store::RunState::Interrupted;
        break;
    case RunOutcome::BudgetReached:
        state = Store::RunState::Stopped;
        break;
    case RunOutcome::Failed:
        state = Store::RunState::Failed;
        break;
    }
    QString error;
    RunSummary summary;
    summary.outcome = outcome;
    summary.reason = reason;
    // Continuing some conversations leaves their run as it was.
    if (m_continued.isEmpty() && !m_store->setRunState(m_runId, state, reason, &error)
        && outcome != RunOutcome::Failed) {
        summary.outcome = RunOutcome::Failed;
        summary.reason = error;
    }
    summary.resumed = m_resumed;
    summary.progress = progress();
    m_active.clear();
    m_parked.clear();
    m_calls.clear();
    m_store.reset();
    m_project.reset();
    qCInfo(lcEngine) << "run" << m_runId << "ended:" << runStateName(state) << reason;
    Q_EMIT runFinished(summary);
}

void GenerationEngine::fail(const QString &reason)
{
    stop(RunOutcome::Failed, reason);
}

void GenerationEngine::queue(std::function<bool(QString *)> write, std::function<void()> then)
{
    m_writes.append({std::move(write), std::move(then)});
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void GenerationEngine::flush()
{
    if (m_writes.isEmpty() || !m_store)
        return;
    const QList<Write> writes = std::exchange(m_writes, {});
    QString error;
    bool ok = m_store->begin(&error);
    for (const Write &w : writes) {
        if (!ok)
            break;
        ok = w.write(&error);
    }
    if (ok)
        ok = m_store->commit(&error);
    else
        m_store->rollback();
    if (!ok) {
        // Nothing of this batch is reported done; the run stops resumable.
        qCWarning(lcEngine) << "write failed:" << error;
        m_stopping.reset();
        stop(RunOutcome::Failed, error);
        return;
    }
    m_reporting = true;
    for (const Write &w : writes) {
        if (w.then)
            w.then();
    }
    m_reporting = false;
    maybeFinish();
}

RunProgress GenerationEngine::progress() const
{
    RunProgress p;
    p.runId = m_runId;
    p.planned = m_planned;
    p.complete = m_complete;
    p.failed = m_failed;
    p.running = int(m_active.size());
    p.turns = m_turns;
    p.inputTokens = m_inputTokens;
    p.outputTokens = m_outputTokens;
    p.costUsd = m_costUsd;
    p.rateLimited = m_rateLimited;
    p.retries = m_retries;
    p.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    p.paused = m_paused;
    p.budgetUsd = m_budgetUsd;
    p.budgetTokens = m_budgetTokens;
    return p;
}

void GenerationEngine::emitProgress()
{
    Q_EMIT progressed(progress());
}

} // namespace Dialogsmith::Engine

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "engine/generationengine.h"

#include "design/projectspec.h"
#include "engine/recipes/judgerecipe.h"
#include "engine/turncontext.h"
#include "project/projectfile.h"
#include "store/curationstore.h"
#include "store/designstore.h"
#include "store/runstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcEngine, "dialogsmith.engine")

namespace Dialogsmith::Engine {

namespace {

// A model that answers with nothing (or only the end marker where a question must come) is asked again,
// this many times in all, before the conversation is marked failed.
constexpr int maxEmptyReplies = 3;
constexpr int progressIntervalMs = 250;

QByteArray samplingJson(const Llm::ChatRequest &r)
{
    QJsonObject json {{QStringLiteral("max_tokens"), r.maxTokens}};
    if (r.temperature)
        json.insert(QStringLiteral("temperature"), *r.temperature);
    if (r.topP)
        json.insert(QStringLiteral("top_p"), *r.topP);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

struct GenerationEngine::Active {
    Sample sample;
    bool finished = false;
    int emptyReplies = 0; ///< unusable replies in a row
    // The call in flight.
    Llm::CallId call = 0;
    CallSpec spec;
    QString model;
    QByteArray params;
    int seq() const { return sample.nextSeq; }
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
        if (const auto c = m_calls.value(id); c && c->spec.message)
            Q_EMIT turnStreamed(c->sample.index, c->seq(), text);
    });
    connect(m_client, &Llm::LlmClient::callRetrying, this,
            [this](Llm::CallId id, int, qint64, const Llm::ProviderError &error) {
                ++m_retries;
                if (error.kind == Llm::ProviderError::Kind::RateLimited)
                    ++m_rateLimited;
                if (const auto c = m_calls.value(id))
                    Q_EMIT turnRetrying(c->sample.index, c->seq(), error.describe());
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

void GenerationEngine::judge(const QString &projectPath, const JudgeOptions &judge, const RunOptions &options)
{
    RunOptions judging = options;
    judging.judge = judge;
    begin(projectPath, judging, {});
}

void GenerationEngine::begin(const QString &projectPath, const RunOptions &options, const QList<qint64> &continued)
{
    if (m_running) {
        qCWarning(lcEngine) << "start() while a run is in progress";
        return;
    }
    m_options = options;
    m_continued = continued;
    m_judging = false;
    m_paused = false;
    m_stopping.reset();
    m_stopReason.clear();
    m_resumeQueue.clear();
    m_finishedIndices.clear();
    m_active.clear();
    m_calls.clear();
    m_parked.clear();
    m_waiting.clear();
    m_writes.clear();
    m_complete = m_failed = m_dropped = 0;
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
        m_recipe.reset();
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
    if (options.judge)
        return prepareJudging(current->design, current->documentIds, options, error);
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
    } else if (options.mode && !options.newRun && !options.retryFailed) {
        // Asked for a mode: the latest unfinished run of that mode is resumed, whatever ran since, so that a
        // run of another mode started in between leaves nothing behind.
        latest = m_store->latestUnfinishedRun(Design::modeName(*options.mode), error);
    } else {
        latest = m_store->latestRun(error);
    }
    if (!latest)
        return false;

    QJsonObject recipeSnapshot;
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
        recipeSnapshot = snapshot.value(QStringLiteral("recipe")).toObject();
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
        if (options.mode)
            m_design.generation.mode = *options.mode;
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
    if (!setUpRecipe(makeRecipe(g.mode), g.seed, recipeSnapshot, error))
        return false;
    if (!m_resumed)
        m_planned = m_recipe->planned(g.count);
    m_concurrency = std::max(1, g.concurrency);
    m_budgetUsd = g.budgetUsd;
    m_budgetTokens = g.budgetTokens;
    for (const Llm::ProviderProfile &profile : std::as_const(m_design.providers))
        m_client->setProfile(profile);
    m_client->setPrices(m_design.prices);

    if (!m_store->begin(error))
        return false;
    for (const QString &step : m_templates.steps()) {
        if (!m_store->storeTemplate(m_templates.version(step), step, m_templates.source(step), error)) {
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
        QJsonObject snapshot {
            {QStringLiteral("design"), QJsonDocument::fromJson(Design::ProjectSpec::write(snapshotDesign)).object()},
            {QStringLiteral("documents"), documents},
        };
        if (const QJsonObject recipe = m_recipe->snapshot(); !recipe.isEmpty())
            snapshot.insert(QStringLiteral("recipe"), recipe);
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
            if (drawIndex < 0 || drawIndex >= m_planned || m_recipe->plan(drawIndex).turns != c.turnsPlanned) {
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
            case Store::ConversationState::Dropped:
                ++m_dropped;
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

bool GenerationEngine::setUpRecipe(std::unique_ptr<Recipe> recipe, quint64 seed, const QJsonObject &snapshot,
                                   QString *error)
{
    m_recipe = std::move(recipe);
    m_templates = TemplateSet();
    for (const QString &step : m_recipe->steps())
        m_templates.add(step, templateSource(m_design.templates, step));
    RecipeContext context;
    context.design = &m_design;
    context.planner = m_planner.get();
    context.documentIds = &m_documentIds;
    context.templates = &m_templates;
    context.db = m_project->database();
    context.seed = seed;
    context.runId = &m_runId;
    return m_recipe->prepare(context, snapshot, error);
}

bool GenerationEngine::prepareJudging(Design::ProjectDesign design, const QList<qint64> &documentIds,
                                      const RunOptions &options, QString *error)
{
    const JudgeOptions &judge = *options.judge;
    m_design = std::move(design);
    m_documentIds = documentIds;
    m_resumed = false;
    Design::QualitySettings &quality = m_design.quality;
    if (judge.rubric)
        quality.rubric = *judge.rubric;
    if (judge.perTurn)
        quality.judgeTurns = *judge.perTurn;
    if (judge.profile)
        quality.judgeProfile = *judge.profile;
    if (quality.judgeProfile.isEmpty())
        quality.judgeProfile = m_design.generation.assistantProfile;
    if (quality.judgeProfile.isEmpty() && m_design.providers.size() == 1)
        quality.judgeProfile = m_design.providers.constFirst().name;
    if (m_design.providers.isEmpty()) {
        *error = tr("The project has no provider profile: add one that says which model judges.");
        return false;
    }
    if (quality.judgeProfile.isEmpty()) {
        *error = tr("The project has several provider profiles: choose the one that judges in the judge settings.");
        return false;
    }
    if (!m_design.provider(quality.judgeProfile)) {
        *error = tr("The judge profile \"%1\" is none of the project's provider profiles.").arg(quality.judgeProfile);
        return false;
    }
    if (options.concurrency)
        m_design.generation.concurrency = *options.concurrency;
    m_concurrency = std::max(1, m_design.generation.concurrency);
    m_budgetUsd = options.budgetUsd.value_or(0);
    m_budgetTokens = options.budgetTokens.value_or(0);
    for (const Llm::ProviderProfile &profile : std::as_const(m_design.providers))
        m_client->setProfile(profile);
    m_client->setPrices(m_design.prices);

    // The samples: those asked for, or every one the rubric has not judged yet that a person did not reject
    // (nor a duplicate, when the dataset hides them).
    QList<qint64> ids = judge.conversationIds;
    if (ids.isEmpty()) {
        QSqlQuery q = Store::RunStore::judgeableQuery(m_project->database(), quality.rubric, judge.again,
                                                      quality.hideDuplicates, false);
        if (!q.exec()) {
            *error = tr("Cannot read the project's samples: %1").arg(q.lastError().text());
            return false;
        }
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }

    m_planner = std::make_unique<Planner>(m_design, 0);
    if (!setUpRecipe(std::make_unique<JudgeRecipe>(), 0, {}, error))
        return false;
    const QStringList problems = Design::ProjectSpec::check(m_design);
    if (!problems.isEmpty()) {
        *error = problems.join(u'\n');
        return false;
    }

    if (!m_store->begin(error))
        return false;
    const QString step = QStringLiteral("judge");
    if (!m_store->storeTemplate(m_templates.version(step), step, m_templates.source(step), error)) {
        m_store->rollback();
        return false;
    }
    const QJsonObject snapshot {{QStringLiteral("judge"),
                                 QJsonObject {{QStringLiteral("rubric"), quality.rubric},
                                              {QStringLiteral("profile"), quality.judgeProfile},
                                              {QStringLiteral("per_turn"), quality.judgeTurns},
                                              {QStringLiteral("samples"), ids.size()}}}};
    const auto id = m_store->createRun(int(ids.size()), 0, QJsonDocument(snapshot).toJson(QJsonDocument::Compact),
                                       error, QStringLiteral("judge"));
    if (!id || !m_store->commit(error)) {
        m_store->rollback();
        return false;
    }
    m_runId = *id;
    m_judging = true;
    m_planned = int(ids.size());
    for (int i = 0; i < ids.size(); ++i)
        m_resumeQueue.append({i, i, ids.at(i)});
    m_nextPlanIndex = m_planned;
    qCInfo(lcEngine) << "judging" << m_planned << "samples on" << quality.rubric << "in run" << m_runId;
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
    auto a = std::make_shared<Active>();
    Sample &sample = a->sample;
    if (m_judging) {
        startJudging(a, planIndex, existingId);
        return;
    }
    sample.plan = m_recipe->plan(drawIndex);
    sample.index = planIndex;
    sample.id = existingId;
    m_active.emplace(planIndex, a);

    const ChunkRef chunk = sample.plan.chunk;
    const qint64 documentId = chunk.isValid() ? m_documentIds.at(chunk.document) : 0;
    const QString documentTitle = chunk.isValid() ? m_design.documents.at(chunk.document).title : QString();
    ConversationInfo info;
    info.planIndex = planIndex;
    info.topicPath = sample.plan.topicPath.join(QStringLiteral(" › "));
    info.userPersona = sample.plan.user.name;
    info.assistantPersona = sample.plan.assistant.name;
    info.scenario = sample.plan.scenario.description;
    info.structure = sample.plan.structure.name;
    info.documentTitle = documentTitle;
    info.turns = sample.plan.turns;

    if (existingId != 0) {
        QString error;
        const auto stored = Store::CurationStore(m_project->database()).conversation(existingId, &error);
        const auto details = stored ? m_store->details(existingId, &error) : std::nullopt;
        if (!stored || !details) {
            fail(error);
            return;
        }
        for (const Store::StoredTurn &turn : stored->turns) {
            sample.history.append({turn.role, turn.content});
            sample.seqs.append(turn.seq);
        }
        sample.nextSeq = stored->turns.isEmpty() ? 0 : stored->turns.constLast().seq + 1;
        sample.details = QJsonDocument::fromJson(*details).object();
        sample.resumed = true;
        m_recipe->begin(sample);
        info.conversationId = existingId;
        info.completedMessages = int(sample.history.size());
        Q_EMIT conversationStarted(info);
        advance(a);
        return;
    }

    m_recipe->begin(sample);
    Store::NewConversation row;
    row.runId = m_runId;
    row.planIndex = planIndex;
    row.turnsPlanned = sample.plan.turns;
    row.topicPath = info.topicPath;
    row.userPersona = info.userPersona;
    row.assistantPersona = info.assistantPersona;
    row.scenario = info.scenario;
    row.structure = info.structure;
    if (chunk.isValid()) {
        row.documentId = documentId;
        row.chunkIndex = chunk.chunk;
    }
    row.draw = QJsonDocument(planToJson(sample.plan, documentTitle, documentId)).toJson(QJsonDocument::Compact);
    row.mode = Design::modeName(m_design.generation.mode);
    row.details = QJsonDocument(sample.details).toJson(QJsonDocument::Compact);
    // The first call goes out now; its message is written after this row, in the same or a later commit.
    queue([this, a, row](QString *error) {
        const auto id = m_store->insertConversation(row, error);
        if (id)
            a->sample.id = *id;
        return id.has_value();
    });
    Q_EMIT conversationStarted(info);
    advance(a);
}

void GenerationEngine::startJudging(const std::shared_ptr<Active> &a, int index, qint64 id)
{
    Sample &sample = a->sample;
    sample.index = index;
    sample.id = id;
    m_active.emplace(index, a);
    QString error;
    const auto stored = Store::CurationStore(m_project->database()).conversation(id, &error);
    if (!stored) {
        fail(error);
        return;
    }
    sample.plan.index = stored->planIndex;
    sample.plan.topicPath = stored->topicPath.split(QStringLiteral(" › "), Qt::SkipEmptyParts);
    sample.plan.user = Planner::defaultPersona(Design::Side::User);
    sample.plan.assistant = Planner::defaultPersona(Design::Side::Assistant);
    for (const Design::Persona &p : std::as_const(m_design.personas)) {
        if (p.name == stored->userPersona && p.side == Design::Side::User)
            sample.plan.user = p;
        if (p.name == stored->assistantPersona && p.side == Design::Side::Assistant)
            sample.plan.assistant = p;
    }
    sample.plan.user.name = stored->userPersona;
    sample.plan.assistant.name = stored->assistantPersona;
    sample.plan.scenario.description = stored->scenario;
    sample.plan.structure.name = stored->structure;
    if (stored->documentId && stored->chunkIndex) {
        const int document = int(m_documentIds.indexOf(*stored->documentId));
        if (document >= 0 && *stored->chunkIndex < m_planner->chunks().at(document).size())
            sample.plan.chunk = {document, *stored->chunkIndex};
    }
    for (const Store::StoredTurn &turn : stored->turns) {
        sample.history.append({turn.role, turn.content});
        sample.seqs.append(turn.seq);
    }
    sample.nextSeq = stored->turns.isEmpty() ? 0 : stored->turns.constLast().seq + 1;
    sample.resumed = true;
    m_recipe->begin(sample);

    ConversationInfo info;
    info.conversationId = id;
    info.planIndex = index;
    info.topicPath = stored->topicPath;
    info.userPersona = stored->userPersona;
    info.assistantPersona = stored->assistantPersona;
    info.scenario = stored->scenario;
    info.structure = stored->structure;
    info.turns = stored->turnsPlanned;
    info.completedMessages = int(sample.history.size());
    Q_EMIT conversationStarted(info);
    advance(a);
}

void GenerationEngine::advance(const std::shared_ptr<Active> &a)
{
    if (a->finished)
        return;
    if (m_stopping)
        return;
    if (m_paused) {
        m_parked.append(a);
        return;
    }
    if (overBudget()) {
        m_parked.append(a);
        stop(RunOutcome::BudgetReached, QString());
        return;
    }
    Next next = m_recipe->next(a->sample);
    for (const ExtraWrite &write : std::as_const(next.writes))
        queue([this, a, write](QString *error) { return write(*m_store, a->sample.id, error); });
    switch (next.kind) {
    case Next::Kind::Finish:
        endConversation(a, next.state, next.reason, next.endedEarly);
        return;
    case Next::Kind::Wait:
        m_waiting.append(a);
        maybeFinish();
        return;
    case Next::Kind::Call:
        submit(a, std::move(next.call));
        return;
    case Next::Kind::Take:
        store(a, Outcome::next(std::move(next.messages)), Llm::ChatResult());
        advance(a);
        return;
    }
}

void GenerationEngine::submit(const std::shared_ptr<Active> &a, CallSpec call)
{
    a->spec = std::move(call);
    a->params = samplingJson(a->spec.request);
    const Llm::ProviderProfile *profile = m_design.provider(a->spec.profile);
    a->model = profile ? profile->model : QString();
    a->call = m_client->submit(a->spec.profile, a->spec.request);
    m_calls.insert(a->call, a);
    if (a->spec.message)
        Q_EMIT turnStarted(a->sample.index, a->seq(), *a->spec.message);
}

void GenerationEngine::onCallFinished(Llm::CallId id, const Llm::ChatResult &result)
{
    const std::shared_ptr<Active> a = m_calls.take(id);
    if (!a)
        return;
    account(result);
    const Outcome outcome = m_recipe->read(a->sample, a->spec, result);
    if (outcome.kind == Outcome::Kind::Retry) {
        journal(a, &result, nullptr, QStringLiteral("discarded"));
        if (++a->emptyReplies >= maxEmptyReplies) {
            const QString model = result.model.isEmpty() ? a->model : result.model;
            endConversation(
                a, Store::ConversationState::Failed,
                outcome.reason.isEmpty()
                    ? tr("The model \"%1\" answered with an empty message %n time(s) in a row.", "", maxEmptyReplies)
                          .arg(model)
                    : tr("The model \"%1\" gave no usable reply %n time(s) in a row: %2", "", maxEmptyReplies)
                          .arg(model, outcome.reason),
                false);
            return;
        }
        if (!m_stopping && !m_paused)
            submit(a, a->spec);
        else
            advance(a);
        return;
    }
    a->emptyReplies = 0;
    journal(a, &result, nullptr, outcome.journal.isEmpty() ? QStringLiteral("ok") : outcome.journal);
    store(a, outcome, result);
    if (outcome.kind == Outcome::Kind::Finish) {
        endConversation(a, outcome.state, outcome.reason, outcome.endedEarly);
        return;
    }
    // The next call goes out now, not once the message is committed: waiting for the commit would hold every
    // conversation that finished in this event-loop pass until all of them are written, and so keep them in
    // lock step. The message is still reported only once it is stored; whatever comes next is written after
    // it, and if its write fails the run stops and abandons the call.
    advance(a);
}

void GenerationEngine::store(const std::shared_ptr<Active> &a, const Outcome &outcome, const Llm::ChatResult &result)
{
    Sample &sample = a->sample;
    for (const NewMessage &message : outcome.messages) {
        Store::NewTurn turn;
        turn.seq = sample.nextSeq;
        turn.role = message.role;
        turn.content = message.content;
        if (message.fromReply) {
            turn.profile = a->spec.profile;
            turn.model = result.model.isEmpty() ? a->model : result.model;
            turn.params = a->params;
            turn.usage = result.usage;
            turn.costUsd = result.costUsd;
            turn.latencyMs = result.latencyMs;
            turn.finishReason
                = result.rawFinishReason.isEmpty() ? Llm::finishReasonName(result.finish) : result.rawFinishReason;
            turn.attempts = result.attempts;
        } else if (message.origin) {
            // Written by an earlier call of the sample (a preference pair's chosen response).
            const Store::NewAlternative &o = *message.origin;
            turn.profile = o.profile;
            turn.model = o.model;
            turn.params = o.params;
            turn.usage = o.usage;
            turn.costUsd = o.costUsd;
            turn.latencyMs = o.latencyMs;
            turn.finishReason = o.finishReason;
            turn.attempts = 1;
        } else {
            // Taken from the project (an embedding's positive: its chunk), not written by a model.
            turn.params = QByteArrayLiteral("{}");
            turn.finishReason = QStringLiteral("source");
            turn.attempts = 0;
        }
        if (message.chunk.isValid()) {
            turn.documentId = m_documentIds.at(message.chunk.document);
            turn.chunkIndex = message.chunk.chunk;
        }
        turn.templateVersion = !message.templateVersion.isEmpty()
            ? message.templateVersion
            : m_templates.version(message.step.isEmpty() ? a->spec.step : message.step);
        const QString system = message.system.value_or(a->spec.system);
        if (message.role == Llm::Role::Assistant && (message.fromReply || message.origin) && !system.isNull()) {
            turn.systemVersion = m_templates.version(QStringLiteral("system"));
            if (system != sample.lastSystem)
                turn.systemPrompt = system;
            sample.lastSystem = system;
        }
        sample.history.append({turn.role, turn.content});
        ++sample.nextSeq;

        TurnInfo info;
        info.planIndex = sample.index;
        info.seq = turn.seq;
        info.role = turn.role;
        info.content = turn.content;
        info.model = turn.model;
        info.inputTokens = turn.usage.inputTokens;
        info.outputTokens = turn.usage.outputTokens;
        info.costUsd = turn.costUsd;
        info.latencyMs = turn.latencyMs;
        info.chunk = message.chunk;
        queue(
            [this, a, turn](QString *error) mutable {
                turn.conversationId = a->sample.id;
                return m_store->insertTurn(turn, error);
            },
            [this, a, info]() mutable {
                ++m_turns;
                info.conversationId = a->sample.id;
                Q_EMIT turnCompleted(info);
            });
    }
    for (const ExtraWrite &write : outcome.writes)
        queue([this, a, write](QString *error) { return write(*m_store, a->sample.id, error); });
}

void GenerationEngine::onCallFailed(Llm::CallId id, const Llm::ProviderError &error)
{
    const std::shared_ptr<Active> a = m_calls.take(id);
    if (!a)
        return;
    // Cancelled by stop(), or failed because the run is stopping: the conversation stays resumable.
    if (error.kind == Llm::ProviderError::Kind::Cancelled || error.stopsProfile() || m_stopping) {
        if (error.kind != Llm::ProviderError::Kind::Cancelled)
            journal(a, nullptr, &error, QStringLiteral("failed"));
        m_active.erase(a->sample.index);
        if (error.stopsProfile())
            stop(RunOutcome::Failed, error.describe());
        maybeFinish();
        return;
    }
    journal(a, nullptr, &error, QStringLiteral("failed"));
    endConversation(a, Store::ConversationState::Failed, error.describe(), false);
}

void GenerationEngine::journal(const std::shared_ptr<Active> &active, const Llm::ChatResult *result,
                               const Llm::ProviderError *error, const QString &outcome)
{
    const Active &a = *active;
    Store::CallRecord call;
    call.runId = m_runId;
    call.seq = a.seq();
    call.profile = a.spec.profile;
    call.model = result && !result->model.isEmpty() ? result->model : a.model;
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
    queue([this, call, active](QString *e) mutable {
        if (active->sample.id != 0)
            call.conversationId = active->sample.id;
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

void GenerationEngine::endConversation(const std::shared_ptr<Active> &a, Store::ConversationState state,
                                       const QString &reason, bool endedEarly)
{
    a->finished = true;
    queue(
        [this, a, state, reason, endedEarly](QString *error) {
            // A judge run leaves the samples it judged as they were.
            return m_judging || m_store->finishConversation(a->sample.id, state, reason, endedEarly, error);
        },
        [this, a, state, reason]() {
            switch (state) {
            case Store::ConversationState::Complete:
            case Store::ConversationState::Running:
                ++m_complete;
                break;
            case Store::ConversationState::Failed:
                ++m_failed;
                break;
            case Store::ConversationState::Dropped:
                ++m_dropped;
                break;
            }
            m_active.erase(a->sample.index);
            m_recipe->finished(a->sample.index, state, a->sample);
            Q_EMIT conversationFinished(a->sample.id, a->sample.index, state, reason);
            wakeWaiting();
            fill();
            maybeFinish();
        });
}

void GenerationEngine::wakeWaiting()
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &a : waiting)
        advance(a);
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
    wakeWaiting();
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
                m_active.erase(c->sample.index);
            m_client->cancel(id);
        }
        // Samples waiting for another are abandoned too: they start again on resume.
        for (const auto &a : std::exchange(m_waiting, {}))
            m_active.erase(a->sample.index);
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
    // Every sample left waits for another that is not coming (it failed to start): none can go on.
    if (!m_waiting.isEmpty() && m_calls.isEmpty() && m_writes.isEmpty() && m_parked.isEmpty()
        && m_active.size() == std::size_t(m_waiting.size())) {
        for (const auto &a : std::exchange(m_waiting, {}))
            endConversation(a, Store::ConversationState::Failed,
                            tr("It waited for another sample of the run that did not finish."), false);
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
    m_waiting.clear();
    m_calls.clear();
    m_recipe.reset();
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
    p.dropped = m_dropped;
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

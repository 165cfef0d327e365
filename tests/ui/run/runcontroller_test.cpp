// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "run/runcontroller.h"

#include "run/chatview.h"
#include "run/judgedialog.h"
#include "run/liveconversationsmodel.h"
#include "run/livepreviewpanel.h"
#include "run/runpanel.h"
#include "rundesign.h"
#include "scriptedserver/scriptedresponses.h"
#include "scriptedserver/scriptedserver.h"
#include "support/memorysecrets.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;
namespace Scripted = Dialogsmith::Test;
using State = RunController::State;

namespace {

constexpr int runTimeoutMs = 60000;

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/// The window a user sees: the live preview beside the run panel, steered by the Run menu's actions.
struct Window {
    QWidget widget;
    QAction start {u"Start"_s};
    QAction pause {u"Pause"_s};
    QAction cancel {u"Cancel"_s};
    LivePreviewPanel *preview = nullptr;
    RunPanel *panel = nullptr;

    explicit Window(RunController &run)
    {
        preview = new LivePreviewPanel(run, &widget);
        panel = new RunPanel(run, &start, &pause, &cancel, &widget);
        auto *layout = new QHBoxLayout(&widget);
        layout->addWidget(panel, 2);
        layout->addWidget(preview, 1);
        widget.resize(1300, 520);
    }

    QString figure(const char *name) const { return panel->findChild<QLabel *>(QString::fromLatin1(name))->text(); }
};

/// Saves a picture of `widget` when DIALOGSMITH_SCREENSHOTS names a folder, to look at.
void screenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DIALOGSMITH_SCREENSHOTS");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        widget.grab().save(QDir(dir).filePath(name + u".png"_s));
}

bool anyStreaming(const LivePreviewPanel &preview)
{
    const LiveConversation *c = preview.chat()->conversation();
    if (!c)
        return false;
    return std::any_of(c->turns.cbegin(), c->turns.cend(),
                       [](const LiveConversation::Turn &t) { return !t.complete && !t.text.isEmpty(); });
}

} // namespace

class RunControllerTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Scripted::ScriptedServer> m_server;
    int m_pieceDelayMs = 10;
    int m_projects = 0;

    std::unique_ptr<ProjectSession> session(const std::function<void(Design::ProjectDesign &)> &adjust = {})
    {
        Design::ProjectDesign design = Scripted::runDesign(m_server->url());
        if (adjust)
            adjust(design);
        return Scripted::openSession(m_dir.filePath(u"run%1.dialogsmith"_s.arg(++m_projects)), design);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_pieceDelayMs = 10;
        m_server = std::make_unique<Scripted::ScriptedServer>();
        QVERIFY(m_server->listen());
        m_server->setHandler([this](const Scripted::Request &request) {
            QStringList words;
            for (int i = 0; i < 12; ++i)
                words.append(u"word%1 "_s.arg(i));
            words.append(u"(request %1)"_s.arg(request.index));
            Scripted::StreamOptions options;
            options.model = request.json().value(u"model"_s).toString();
            options.pieceDelayMs = m_pieceDelayMs;
            // A judge (the default judge template asks for a JSON score) gets one.
            const QJsonArray messages = request.json().value(u"messages"_s).toArray();
            if (!messages.isEmpty() && messages.last()[u"content"_s].toString().contains(u"\"score\""_s))
                return Scripted::openAiStream({u"{\"score\": 8, \"reason\": \"Helpful.\"}"_s}, options);
            return Scripted::openAiStream(words, options);
        });
    }

    void start_streamsIntoThePreview_andStoresEveryTurn()
    {
        Scripted::MemorySecrets secrets;
        auto project = session();
        RunController run(secrets);
        run.setSession(project.get());
        Window window(run);
        window.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
        QAbstractItemModelTester tester(window.preview->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy states(&run, &RunController::stateChanged);
        QSignalSpy finished(&run, &RunController::runFinished);
        QSignalSpy streamed(&run, &RunController::turnStreamed);

        QVERIFY(run.whyNotStartable().isEmpty());
        run.start();
        QCOMPARE(run.state(), State::Starting);
        QTRY_COMPARE(run.state(), State::Running);

        // A conversation is selected by itself, and its current message grows as it streams.
        QTRY_VERIFY(window.preview->model()->rowCount() > 0);
        QTRY_VERIFY(window.preview->list()->currentIndex().isValid());
        QTRY_VERIFY_WITH_TIMEOUT(anyStreaming(*window.preview), runTimeoutMs);
        const QStringList early = window.preview->chat()->bubbleTexts();
        QTRY_VERIFY(window.preview->chat()->bubbleTexts() != early);
        QVERIFY(window.preview->findChild<QLabel *>(u"previewHeader"_s)->text().contains(u"Dr. Okafor"_s));
        screenshot(window.widget, u"run-in-progress"_s);

        QTRY_COMPARE_WITH_TIMEOUT(run.state(), State::Idle, runTimeoutMs);
        QCOMPARE(finished.size(), 1);
        const auto summary = finished.constFirst().constFirst().value<Engine::RunSummary>();
        QCOMPARE(summary.outcome, Engine::RunOutcome::Completed);
        QCOMPARE(summary.progress.complete, 6);
        // Streamed text arrives in batches: far fewer events than tokens.
        QVERIFY(!streamed.isEmpty());

        QCOMPARE(states.size(), 3);
        QCOMPARE(states.at(0).constFirst().value<State>(), State::Starting);
        QCOMPARE(states.at(1).constFirst().value<State>(), State::Running);
        QCOMPARE(states.at(2).constFirst().value<State>(), State::Idle);

        // Every turn is in the project file, and the preview shows the stored text.
        const QSqlDatabase db = project->file().database();
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM conversations WHERE state = 'complete'"_s), 6);
        const qint64 turns = count(db, u"SELECT COUNT(*) FROM turns"_s);
        QVERIFY(turns >= 6 * 4 && turns <= 6 * 6);
        const LiveConversation *shown = window.preview->chat()->conversation();
        QVERIFY(shown);
        QSqlQuery q(db);
        QVERIFY(
            q.exec(u"SELECT content FROM turns WHERE conversation_id = %1 ORDER BY seq"_s.arg(shown->conversationId)));
        QStringList stored;
        while (q.next())
            stored.append(q.value(0).toString());
        QCOMPARE(window.preview->chat()->bubbleTexts(), stored);

        // The run panel's figures.
        QCOMPARE(window.figure("figureDone"), u"6 / 6"_s);
        QCOMPARE(window.figure("figureFailed"), u"0"_s);
        QCOMPARE(window.figure("figureInFlight"), u"0"_s);
        QVERIFY(window.figure("figureTokens") != u"0"_s);
        QVERIFY2(window.figure("figureCost").contains(u'$'), qPrintable(window.figure("figureCost")));
        QVERIFY(window.figure("figureCost") != u"$0.0000"_s);
        QVERIFY(window.panel->findChild<QLabel *>(u"runState"_s)->text().contains(u"complete"_s));
        QCOMPARE(window.panel->findChild<QProgressBar *>(u"runProgress"_s)->value(), 6);
        screenshot(window.widget, u"run-finished"_s);

        // Another project: the last run's conversations and figures go.
        auto other = session();
        run.setSession(other.get());
        QCOMPARE(window.preview->model()->rowCount(), 0);
        QVERIFY(window.preview->findChild<QLabel *>(u"previewIdle"_s)->isVisible());
        QCOMPARE(window.figure("figureDone"), u"0"_s);
        QCOMPARE(window.panel->findChild<QLabel *>(u"runState"_s)->text(), u"No run in progress"_s);
    }

    void judge_scoresTheSamples_chosenInTheDialog()
    {
        Scripted::MemorySecrets secrets;
        auto project = session();
        RunController run(secrets);
        run.setSession(project.get());
        run.start();
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), State::Idle, runTimeoutMs);
        const QSqlDatabase db = project->file().database();
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM conversations WHERE state = 'complete'"_s), 6);

        // Run ▸ Judge Samples…: the 3-point rubric, each answer.
        JudgeDialog dialog(*project);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *rubric = dialog.findChild<QComboBox *>(u"judgeRubric"_s);
        QCOMPARE(rubric->currentData().toString(), u"1-10"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"judgeCount"_s)->text().startsWith(u"6 sample"_s));
        rubric->setCurrentIndex(rubric->findData(u"3-point"_s));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        // A score of 8 is outside the 3-point scale: switch back to 1–10 before judging.
        rubric->setCurrentIndex(rubric->findData(u"1-10"_s));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QSignalSpy finished(&run, &RunController::runFinished);
        run.judge(dialog.options());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, runTimeoutMs);
        QTRY_COMPARE(run.state(), State::Idle);
        const auto summary = finished.constFirst().constFirst().value<Engine::RunSummary>();
        QCOMPARE(summary.outcome, Engine::RunOutcome::Completed);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM conversations WHERE judge_score = 8 AND judge_rubric = '1-10'"_s), 6);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM judgments WHERE reason = 'Helpful.'"_s), 6);

        // Judged: nothing is left to judge on that rubric unless asked again.
        JudgeDialog again(*project);
        QCOMPARE(again.findChild<QLabel *>(u"judgeCount"_s)->text(), u"There is no sample to judge on this rubric."_s);
        QVERIFY(!again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        again.findChild<QCheckBox *>(u"judgeAgain"_s)->setChecked(true);
        QVERIFY(again.findChild<QLabel *>(u"judgeCount"_s)->text().startsWith(u"6 sample"_s));
    }

    void pauseResumeCancel_workAtAnyMoment()
    {
        m_pieceDelayMs = 20;
        Scripted::MemorySecrets secrets;
        auto project = session([](Design::ProjectDesign &d) {
            d.generation.count = 12;
            d.generation.concurrency = 4;
        });
        RunController run(secrets);
        run.setSession(project.get());
        Window window(run);
        window.widget.show();
        QAbstractItemModelTester tester(window.preview->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy finished(&run, &RunController::runFinished);

        // Cancelled before the engine even began.
        run.start();
        run.cancel();
        QCOMPARE(run.state(), State::Stopping);
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), State::Idle, runTimeoutMs);
        QCOMPARE(finished.size(), 1);

        // Paused while messages stream: no new message starts, then it goes on.
        run.start();
        QTRY_COMPARE(run.state(), State::Running);
        QTRY_VERIFY_WITH_TIMEOUT(anyStreaming(*window.preview), runTimeoutMs);
        run.pause();
        QCOMPARE(run.state(), State::Paused);
        QTRY_VERIFY_WITH_TIMEOUT(run.lastProgress().paused && run.lastProgress().running >= 0, runTimeoutMs);
        const int requestsAtPause = int(m_server->requests().size());
        QTest::qWait(300); // nothing may happen meanwhile: a pause that started calls would show here
        QVERIFY(m_server->requests().size() <= requestsAtPause);
        screenshot(window.widget, u"run-paused"_s);
        run.resume();
        QCOMPARE(run.state(), State::Running);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requests().size() > requestsAtPause, runTimeoutMs);

        // Cancelled mid-stream: stops, resumable.
        QTRY_VERIFY_WITH_TIMEOUT(anyStreaming(*window.preview), runTimeoutMs);
        run.cancel();
        QCOMPARE(run.state(), State::Stopping);
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), State::Idle, runTimeoutMs);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.last().constFirst().value<Engine::RunSummary>().outcome, Engine::RunOutcome::Interrupted);
        // Nothing in the preview is still "writing…": what was in flight shows as stopped, its unstored message gone.
        QVERIFY(!window.preview->chat()->hasStreamingMessage());
        int stopped = 0;
        for (int row = 0; row < window.preview->model()->rowCount(); ++row) {
            const QModelIndex index = window.preview->model()->index(row);
            const auto state = LiveConversation::State(index.data(LiveConversationsModel::StateRole).toInt());
            QVERIFY(state != LiveConversation::State::Running);
            const LiveConversation *c = window.preview->model()->conversation(row);
            QVERIFY(std::all_of(c->turns.cbegin(), c->turns.cend(), [](const auto &t) { return t.complete; }));
            if (state == LiveConversation::State::Stopped) {
                ++stopped;
                QVERIFY2(index.data().toString().contains(u"stopped"_s), qPrintable(index.data().toString()));
            }
        }
        QVERIFY(stopped > 0);
        if (window.preview->chat()->conversation()->state == LiveConversation::State::Stopped)
            QVERIFY(window.preview->findChild<QLabel *>(u"previewHeader"_s)->text().contains(u"cancelled"_s));
        screenshot(window.widget, u"run-cancelled"_s);

        // Start again: the run resumes and completes.
        QSignalSpy started(&run, &RunController::runStarted);
        run.start();
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), State::Idle, runTimeoutMs);
        QCOMPARE(started.size(), 1);
        QVERIFY(started.constFirst().at(1).toBool()); // resumed
        QCOMPARE(finished.last().constFirst().value<Engine::RunSummary>().outcome, Engine::RunOutcome::Completed);
        const QSqlDatabase db = project->file().database();
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM conversations WHERE state = 'complete'"_s), 12);
        // No message was written twice.
        QCOMPARE(
            count(db,
                  u"SELECT COUNT(*) FROM (SELECT conversation_id, seq FROM turns GROUP BY 1, 2 HAVING COUNT(*) > 1)"_s),
            0);
    }

    void start_refusesWithAReason()
    {
        Scripted::MemorySecrets secrets;
        RunController run(secrets);
        QSignalSpy failed(&run, &RunController::failed);
        run.start();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.last().constFirst().toString().contains(u"project"_s));
        QCOMPARE(run.state(), State::Idle);

        auto noProfile = session([](Design::ProjectDesign &d) { d.providers.clear(); });
        run.setSession(noProfile.get());
        run.start();
        QCOMPARE(failed.size(), 2);
        QVERIFY2(failed.last().constFirst().toString().contains(u"Providers"_s),
                 qPrintable(failed.last().constFirst().toString()));

        auto twoProfiles = session([](Design::ProjectDesign &d) {
            Llm::ProviderProfile other = d.providers.constFirst();
            other.name = u"other"_s;
            d.providers.append(other);
        });
        run.setSession(twoProfiles.get());
        run.start();
        QVERIFY(failed.last().constFirst().toString().contains(u"user simulator"_s));

        auto broken = session();
        broken->edit(u"Break"_s, ProjectSession::Part::Generation,
                     [](Design::ProjectDesign &d) { d.templates.starter.clear(); });
        run.setSession(broken.get());
        run.start();
        QCOMPARE(failed.size(), 4);
        QVERIFY2(failed.last().constFirst().toString().contains(u"templates.starter"_s),
                 qPrintable(failed.last().constFirst().toString()));
        QCOMPARE(run.state(), State::Idle);

        // A run in progress.
        auto good = session();
        run.setSession(good.get());
        run.start();
        QCOMPARE(run.state(), State::Starting);
        QVERIFY(!run.whyNotStartable().isEmpty());
        run.start();
        QCOMPARE(failed.size(), 5);
        QVERIFY(failed.last().constFirst().toString().contains(u"in progress"_s));
        run.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), State::Idle, runTimeoutMs);
    }

    void start_savesUnsavedChangesFirst()
    {
        Scripted::MemorySecrets secrets;
        auto project = session();
        project->edit(u"Count"_s, ProjectSession::Part::Generation,
                      [](Design::ProjectDesign &d) { d.generation.count = 2; });
        QVERIFY(project->isModified());
        RunController run(secrets);
        run.setSession(project.get());
        QSignalSpy finished(&run, &RunController::runFinished);
        run.start();
        QVERIFY(!project->isModified());
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), State::Idle, runTimeoutMs);
        QCOMPARE(finished.constFirst().constFirst().value<Engine::RunSummary>().progress.planned, 2);
    }

    void destroyedWhileRunning_stopsTheEngineCleanly()
    {
        m_pieceDelayMs = 30;
        Scripted::MemorySecrets secrets;
        auto project = session([](Design::ProjectDesign &d) { d.generation.count = 50; });
        auto run = std::make_unique<RunController>(secrets);
        run->setSession(project.get());
        QSignalSpy turns(run.get(), &RunController::turnCompleted);
        run->start();
        QTRY_VERIFY_WITH_TIMEOUT(turns.size() >= 2, runTimeoutMs);
        run.reset(); // the window quits mid-run
        const QSqlDatabase db = project->file().database();
        QVERIFY(count(db, u"SELECT COUNT(*) FROM turns"_s) >= 2);
        QVERIFY(count(db, u"SELECT COUNT(*) FROM conversations WHERE state = 'complete'"_s) < 50);

        // The next controller resumes it.
        RunController again(secrets);
        again.setSession(project.get());
        QSignalSpy started(&again, &RunController::runStarted);
        m_pieceDelayMs = 0;
        again.start();
        QTRY_COMPARE_WITH_TIMEOUT(again.state(), State::Idle, runTimeoutMs);
        QVERIFY(started.constFirst().at(1).toBool());
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM conversations WHERE state = 'complete'"_s), 50);
    }

    void runPanel_dockIsAsTallAsItsContent()
    {
        Scripted::MemorySecrets secrets;
        RunController run(secrets);
        QMainWindow window;
        window.setCentralWidget(new QWidget(&window));
        QAction start(u"Start"_s), pause(u"Pause"_s), cancel(u"Cancel"_s);
        auto *panel = new RunPanel(run, &start, &pause, &cancel);
        auto *dock = new QDockWidget(u"Run"_s, &window);
        dock->setWidget(panel);
        window.addDockWidget(Qt::BottomDockWidgetArea, dock);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Asked for far more height than it needs (a saved layout, a drag), the dock keeps to its content and
        // the editors get the rest: no empty band below the figures.
        window.resizeDocks({dock}, {500}, Qt::Vertical);
        QTRY_VERIFY2(panel->height() <= panel->sizeHint().height() + 2,
                     qPrintable(u"%1 > %2"_s.arg(panel->height()).arg(panel->sizeHint().height())));
        QVERIFY(window.centralWidget()->height() > 600);
        screenshot(window, u"run-dock"_s);
    }

    void previewModel_capsFinishedConversations()
    {
        LiveConversationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setFinishedCap(3);
        for (int i = 0; i < 10; ++i) {
            Engine::ConversationInfo info;
            info.planIndex = i;
            info.turns = 1;
            model.conversationStarted(info);
            model.turnStreamed(i, 0, u"Hello "_s);
            model.turnStreamed(i, 0, u"there"_s);
            model.flush();
            QCOMPARE(model.byPlanIndex(i)->turns.constFirst().text, u"Hello there"_s);
            if (i != 9)
                model.conversationFinished(100 + i, i, Store::ConversationState::Complete, {});
        }
        // The one still running and the three newest finished ones, newest first.
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.data(model.index(0), LiveConversationsModel::PlanIndexRole).toInt(), 9);
        QCOMPARE(model.data(model.index(3), LiveConversationsModel::PlanIndexRole).toInt(), 6);
        // Text streamed for a message that never completed is void once its conversation ends.
        QVERIFY(model.byPlanIndex(8)->turns.isEmpty());
        model.turnRetrying(9, 0);
        QVERIFY(model.byPlanIndex(9)->turns.constFirst().text.isEmpty());

        // The run ends while conversation 9 is being written: it stops, its unstored message goes, and it counts
        // as finished (the cap drops the oldest finished one).
        model.turnStreamed(9, 0, u"half a sen"_s);
        ChatView chat;
        chat.setConversation(model.byPlanIndex(9));
        QVERIFY(chat.hasStreamingMessage());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.runStopped(u"cancelled"_s);
        QVERIFY(!changed.isEmpty());
        const LiveConversation *stopped = model.byPlanIndex(9);
        QCOMPARE(stopped->state, LiveConversation::State::Stopped);
        QCOMPARE(stopped->failure, u"cancelled"_s);
        QVERIFY(stopped->turns.isEmpty());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0), LiveConversationsModel::StateRole).toInt(),
                 int(LiveConversation::State::Stopped));
        QVERIFY(model.data(model.index(0), Qt::ToolTipRole).toString().contains(u"cancelled"_s));
        chat.refresh();
        QVERIFY(!chat.hasStreamingMessage());
    }
};

QTEST_MAIN(RunControllerTest)
#include "runcontroller_test.moc"

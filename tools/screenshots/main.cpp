// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// dialogsmith-screenshots DIR: opens the studio on a project made from resources/examples/calculus-tutoring.json
// whose provider is an in-process stand-in teacher (the tests' scripted server, answering with canned
// tutoring text at a readable pace), and saves a PNG of the whole window for each step of a tour: the start
// page, every editor, a run in progress, the finished dataset, the conversation editor, the Coverage view,
// the Duplicates window and the Judge dialog. Under Xvfb
// (`tools/dev screenshots`) so the pictures stay current with the code. The keys of the stand-in never
// exist: it needs none.
#include "conversation/conversationeditor.h"
#include "coverage/coveragemodel.h"
#include "coverage/coverageview.h"
#include "design/projectspec.h"
#include "dialogs/userdialogs.h"
#include "duplicates/duplicatefinder.h"
#include "duplicates/duplicatesmodel.h"
#include "duplicates/duplicateswindow.h"
#include "engine/workerthreads.h"
#include "i18n/languages.h"
#include "mainwindow.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "run/runcontroller.h"
#include "scriptedserver/scriptedresponses.h"
#include "scriptedserver/scriptedserver.h"
#include "secrets/secretstore.h"
#include "shell/uisettings.h"
#include "store/designstore.h"
#include "store/runstore.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QPixmap>
#include <QRegularExpression>
#include <QScreen>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include <cstdio>
#include <functional>
#include <memory>

using namespace Dialogsmith;

namespace {

/// Answers nothing: the tour never asks.
class SilentDialogs final : public UserDialogs
{
public:
    void chooseFileToOpen(QWidget *, const QString &, const QString &, PathCallback) override { }
    void chooseFileToSave(QWidget *, const QString &, const QString &, const QString &, PathCallback) override { }
    void chooseFilesToOpen(QWidget *, const QString &, const QString &, PathsCallback) override { }
    void chooseDirectory(QWidget *, const QString &, PathCallback) override { }
    void confirm(QWidget *, const QString &, const QString &, const QString &, const QString &,
                 ConfirmCallback answered) override
    {
        answered(false);
    }
    void showError(QWidget *, const QString &title, const QString &message) override
    {
        std::fprintf(stderr, "dialogsmith-screenshots: %s: %s\n", qPrintable(title), qPrintable(message));
    }
    void askToSaveChanges(QWidget *, const QString &, const QString &, SaveChoiceCallback answered) override
    {
        answered(SaveChoice::Discard);
    }
};

/// A secret store without secrets: the stand-in teacher takes no key.
class NoSecrets final : public SecretStore
{
public:
    QFuture<SecretResult> read(const QString &) override
    {
        return QtFuture::makeReadyValueFuture(SecretResult::notFound());
    }
    QFuture<SecretResult> write(const QString &, const QString &) override
    {
        return QtFuture::makeReadyValueFuture(SecretResult::failed(QStringLiteral("no keychain in the tour")));
    }
    QFuture<SecretResult> remove(const QString &) override
    {
        return QtFuture::makeReadyValueFuture(SecretResult::notFound());
    }
};

const QStringList questions = {
    QStringLiteral("ok so what does a derivative actually measure? like in words"),
    QStringLiteral("Why does the limit of the difference quotient give the slope of the tangent and not of a secant?"),
    QStringLiteral("can you show me the chain rule on sin(x^2)? i always mess up the inside part"),
    QStringLiteral("What would change if the function had a corner at that point?"),
    QStringLiteral("Could you give me one exam-style problem to try on my own?"),
};
const QStringList answers = {
    QStringLiteral("A derivative measures how fast a quantity changes at one instant. If f(t) is your position, "
                   "f'(t) is your speed at time t: how many metres you would cover per second if you kept going "
                   "exactly as you are right now. Which part of that would you like to see on a graph?"),
    QStringLiteral("Take two points on the curve, x and x + h. The line through them is a secant, and its slope is "
                   "(f(x + h) - f(x)) / h. As h shrinks, the second point slides towards the first, and the secant "
                   "turns into the line that just touches the curve at x: the tangent. The limit is what is left "
                   "when the two points become one."),
    QStringLiteral("Sure. Write sin(x^2) as an outer function sin(u) with an inner u = x^2. Step 1: differentiate the "
                   "outer one and keep the inside as it is: cos(x^2). Step 2: multiply by the derivative of the "
                   "inside: 2x. So d/dx sin(x^2) = 2x cos(x^2). Try d/dx cos(3x) the same way?"),
    QStringLiteral("Then the left and right difference quotients approach different values, so the limit does not "
                   "exist and neither does the derivative: |x| at 0 is the classic example, with slopes -1 and +1."),
    QStringLiteral("Here is one: a rectangle has a perimeter of 20 cm. Which side lengths give the largest area? Set "
                   "up the area as a function of one side, differentiate, and tell me what you find."),
};

/// The stand-in teacher: canned tutoring text, streamed word by word at a readable pace.
Test::Response answer(const Test::Request &request)
{
    const QJsonArray messages = request.json().value(u"messages").toArray();
    const bool assistant = !messages.isEmpty() && messages.first().toObject().value(u"role").toString() == u"system";
    static int counter = 0;
    const QStringList &pool = assistant ? answers : questions;
    const QString text = pool.at(counter++ % pool.size());
    QStringList pieces;
    for (const QString &word : text.split(u' '))
        pieces.append(pieces.isEmpty() ? word : u' ' + word);
    Test::StreamOptions options;
    options.pieceDelayMs = 25;
    options.latencyMs = 300;
    options.model = assistant ? QStringLiteral("teacher-large") : QStringLiteral("student-small");
    options.inputTokens = 420;
    return Test::openAiStream(pieces, options);
}

/// Writes two copies of the run's first sample as the engine writes samples: one word for word, one with
/// a word of its last answer changed. The stand-in teacher's samples seldom repeat a whole sample, and the
/// Duplicates window should have groups to show. The id of the near copy, or 0.
qint64 addCopies(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, run_id, topic_path, user_persona, assistant_persona, scenario, structure, "
                               "draw, mode FROM conversations WHERE state = 'complete' ORDER BY id LIMIT 1"))
        || !q.next()) {
        *error = QStringLiteral("no complete sample to copy");
        return 0;
    }
    const qint64 source = q.value(0).toLongLong();
    Store::NewConversation copy;
    copy.runId = q.value(1).toLongLong();
    copy.topicPath = q.value(2).toString();
    copy.userPersona = q.value(3).toString();
    copy.assistantPersona = q.value(4).toString();
    copy.scenario = q.value(5).toString();
    copy.structure = q.value(6).toString();
    copy.draw = q.value(7).toString().toUtf8();
    copy.mode = q.value(8).toString();
    QList<Store::NewTurn> turns;
    q.prepare(QStringLiteral("SELECT seq, role, content, profile, model, params, finish_reason, template_version "
                             "FROM turns WHERE conversation_id = ? ORDER BY seq"));
    q.addBindValue(source);
    if (!q.exec()) {
        *error = QStringLiteral("cannot read the sample to copy");
        return 0;
    }
    while (q.next()) {
        Store::NewTurn turn;
        turn.seq = q.value(0).toInt();
        turn.role = q.value(1).toString() == u"assistant" ? Llm::Role::Assistant : Llm::Role::User;
        turn.content = q.value(2).toString();
        turn.profile = q.value(3).toString();
        turn.model = q.value(4).toString();
        turn.params = q.value(5).toString().toUtf8();
        turn.finishReason = q.value(6).toString();
        turn.templateVersion = q.value(7).toString();
        turn.usage.inputTokens = 420;
        turn.usage.outputTokens = turn.content.size() / 4;
        turns.append(turn);
    }
    copy.turnsPlanned = int(turns.size());
    Store::RunStore store(db);
    qint64 nearId = 0;
    for (int n = 0; n < 2; ++n) {
        copy.planIndex = 1000 + n;
        const auto id = store.insertConversation(copy, error);
        if (!id)
            return 0;
        for (qsizetype i = 0; i < turns.size(); ++i) {
            Store::NewTurn turn = turns.at(i);
            turn.conversationId = *id;
            if (const qsizetype word = turn.content.indexOf(QStringLiteral(" the "));
                n == 1 && i == turns.size() - 1 && word >= 0)
                turn.content.replace(word, 5, QStringLiteral(" that "));
            if (!store.insertTurn(turn, error))
                return 0;
        }
        if (!store.finishConversation(*id, Store::ConversationState::Complete, {}, false, error))
            return 0;
        nearId = *id;
    }
    return nearId;
}

class Tour final : public QObject
{
public:
    Tour(MainWindow &window, QString dir)
        : m_window(window)
        , m_dir(std::move(dir))
    { }

    /// Runs the steps one after another, each after `delayMs`.
    void add(int delayMs, std::function<void()> step) { m_steps.append({delayMs, std::move(step)}); }
    /// Holds the tour until `done` is true (asked every 200 ms) or `timeoutMs` have passed.
    void waitUntil(std::function<bool()> done, int timeoutMs)
    {
        auto clock = std::make_shared<QElapsedTimer>();
        add(0, [clock] { clock->start(); });
        add(0, [this, clock, done = std::move(done), timeoutMs] { poll(clock, done, timeoutMs); });
    }
    void shoot(const QString &name)
    {
        QWidget &window = m_window;
        const QPixmap shot = window.screen()->grabWindow(window.winId());
        const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
        if (shot.isNull() || !shot.save(path, "PNG")) {
            std::fprintf(stderr, "dialogsmith-screenshots: could not save %s\n", qPrintable(path));
            m_failed = true;
        } else {
            std::printf("%s\n", qPrintable(path));
        }
    }
    /// The screen where the window is, with what is on top of it: a dialog of the window shows as the user
    /// sees it.
    void shootScreen(const QString &name)
    {
        QWidget &window = m_window;
        const QRect frame = window.frameGeometry();
        const QPixmap shot = window.screen()->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
        const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
        if (shot.isNull() || !shot.save(path, "PNG")) {
            std::fprintf(stderr, "dialogsmith-screenshots: could not save %s\n", qPrintable(path));
            m_failed = true;
        } else {
            std::printf("%s\n", qPrintable(path));
        }
    }
    void poll(const std::shared_ptr<QElapsedTimer> &clock, const std::function<bool()> &done, int timeoutMs)
    {
        if (done() || clock->elapsed() > timeoutMs)
            return;
        // Not yet: ask again before the steps that follow.
        m_steps.prepend({200, [this, clock, done, timeoutMs] { poll(clock, done, timeoutMs); }});
    }

    void next()
    {
        if (m_steps.isEmpty()) {
            QApplication::exit(m_failed ? 1 : 0);
            return;
        }
        const auto [delay, step] = m_steps.takeFirst();
        QTimer::singleShot(delay, this, [this, step] {
            step();
            next();
        });
    }

private:
    MainWindow &m_window;
    QString m_dir;
    QList<std::pair<int, std::function<void()>>> m_steps;
    bool m_failed = false;
};

} // namespace

int main(int argc, char *argv[])
{
    Engine::preferQtEventLoopsInWorkerThreads();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dialogsmith-screenshots"));
    // Settings of its own, starting empty: no recent project of an earlier tour (or of the person running it)
    // shows on the start page.
    QStandardPaths::setTestModeEnabled(true);
    UiSettings::setRecentProjects({});
    const QStringList args = QApplication::arguments();
    if (args.size() != 2 && args.size() != 3) {
        std::fprintf(stderr, "usage: dialogsmith-screenshots DIR [LANGUAGE]\n");
        return 2;
    }
    const QString dir = QFileInfo(args.at(1)).absoluteFilePath();
    // A language code (de, id, zh_CN) shows the tour in that language: to check that layouts survive it.
    QTranslator translator;
    QTranslator qtTranslator;
    if (args.size() == 3) {
        const QString code = Languages::choose({}, args.at(2));
        if (!Languages::load(translator, code)) {
            std::fprintf(stderr, "dialogsmith-screenshots: no translation for %s\n", qPrintable(args.at(2)));
            return 2;
        }
        QApplication::installTranslator(&translator);
        if (Languages::loadQt(qtTranslator, code))
            QApplication::installTranslator(&qtTranslator);
    }
    QDir().mkpath(dir);

    Test::ScriptedServer server;
    if (!server.listen()) {
        std::fprintf(stderr, "dialogsmith-screenshots: the stand-in teacher cannot listen\n");
        return 1;
    }
    server.setHandler(answer);

    // The example project, its provider pointed at the stand-in.
    QString error;
    auto design = Design::ProjectSpec::readFile(QStringLiteral(DIALOGSMITH_EXAMPLE_SPEC), &error);
    if (!design) {
        std::fprintf(stderr, "dialogsmith-screenshots: %s\n", qPrintable(error));
        return 1;
    }
    for (Llm::ProviderProfile &profile : design->providers) {
        profile.endpoints = {Llm::Endpoint {server.url().toString() + QStringLiteral("/v1"), {}}};
        profile.key = {};
    }
    design->generation.count = 8;
    design->generation.concurrency = 8;
    const QString projectPath = QDir(dir).filePath(QStringLiteral("calculus-tutoring.dialogsmith"));
    QFile::remove(projectPath);
    {
        auto file = ProjectFile::create(projectPath, &error);
        if (!file || !Store::DesignStore(file->database()).save(*design, &error)) {
            std::fprintf(stderr, "dialogsmith-screenshots: %s\n", qPrintable(error));
            return 1;
        }
    }

    SilentDialogs dialogs;
    NoSecrets secrets;
    MainWindow window(dialogs, secrets);
    window.resize(1440, 900);
    window.show();

    Tour tour(window, dir);
    using Section = ProjectNavigator::Section;
    tour.add(600, [&] { tour.shoot(QStringLiteral("start-page")); });
    tour.add(0, [&] { window.openProject(projectPath); });
    const QList<std::pair<Section, QString>> editors = {
        {Section::Topics, QStringLiteral("topics")},       {Section::Personas, QStringLiteral("personas")},
        {Section::Scenarios, QStringLiteral("scenarios")}, {Section::Documents, QStringLiteral("documents")},
        {Section::Templates, QStringLiteral("templates")}, {Section::Runs, QStringLiteral("run-settings")},
    };
    for (const auto &[section, name] : editors) {
        tour.add(200, [&window, section] { window.openSection(section); });
        tour.add(700, [&tour, name] { tour.shoot(name); });
    }
    tour.add(0, [&] { window.openSection(Section::Providers); });
    tour.add(700, [&] { tour.shoot(QStringLiteral("providers")); });
    tour.add(0, [&] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top != &window && top->isVisible())
                top->close();
        }
        window.runController()->start();
    });
    tour.add(4000, [&] { tour.shoot(QStringLiteral("run-in-progress")); });
    // The rest once the run has finished (or after a minute, cancelled).
    tour.waitUntil([&] { return window.runController()->state() == RunController::State::Idle; }, 60000);
    tour.add(0, [&] {
        if (window.runController()->state() != RunController::State::Idle)
            window.runController()->cancel();
    });
    // Two copies of a sample, for the Duplicates window further on; the dataset hides them.
    auto nearCopy = std::make_shared<qint64>(0);
    tour.add(0, [&, nearCopy] {
        QString copyError;
        *nearCopy = addCopies(window.session()->file().database(), &copyError);
        if (!*nearCopy)
            std::fprintf(stderr, "dialogsmith-screenshots: no duplicates to show: %s\n", qPrintable(copyError));
        if (DuplicateFinder *finder = DuplicateFinder::of(*window.session()))
            finder->schedule();
    });
    tour.waitUntil(
        [&] {
            const DuplicateFinder *finder = DuplicateFinder::of(*window.session());
            return !finder || (!finder->isBusy() && finder->summary().groups > 0);
        },
        15000);
    tour.add(1500, [&] { window.openSection(Section::Dataset); });
    tour.add(900, [&] { tour.shoot(QStringLiteral("dataset")); });
    tour.add(0, [&] {
        QSqlQuery q(window.project()->database());
        if (q.exec(QStringLiteral("SELECT id FROM conversations ORDER BY id LIMIT 1")) && q.next())
            window.openConversation(q.value(0).toLongLong());
    });
    tour.add(900, [&] { tour.shoot(QStringLiteral("conversation-editor")); });

    // View ▸ Coverage (Alt+4): how the samples spread over the design.
    const auto trigger = [&window](const QString &action) {
        if (auto *found = window.findChild<QAction *>(action))
            found->trigger();
        else
            std::fprintf(stderr, "dialogsmith-screenshots: no action %s\n", qPrintable(action));
    };
    tour.add(0, [trigger] { trigger(QStringLiteral("actionCoverage")); });
    tour.waitUntil(
        [&] {
            const auto *coverage = window.findChild<CoverageView *>();
            return coverage && !coverage->isLoading() && coverage->model()->rowCount() > 0;
        },
        10000);
    tour.add(900, [&] { tour.shoot(QStringLiteral("coverage")); });

    // Tools ▸ Duplicates…: the groups, with the near copy side by side with its original.
    tour.add(0, [trigger] { trigger(QStringLiteral("actionDuplicates")); });
    tour.waitUntil(
        [&] {
            const auto *duplicates = window.findChild<DuplicatesWindow *>();
            return duplicates && duplicates->model()->rowCount() > 0;
        },
        10000);
    tour.add(300, [&, nearCopy] {
        auto *duplicates = window.findChild<DuplicatesWindow *>();
        auto *tree = duplicates ? duplicates->findChild<QTreeView *>(QStringLiteral("duplicatesTree")) : nullptr;
        if (tree && *nearCopy && duplicates->model()->indexOf(*nearCopy).isValid())
            tree->setCurrentIndex(duplicates->model()->indexOf(*nearCopy));
    });
    tour.add(900, [&] { tour.shootScreen(QStringLiteral("duplicates")); });
    tour.add(0, [&] {
        if (auto *duplicates = window.findChild<DuplicatesWindow *>())
            duplicates->close();
    });

    // Run ▸ Judge Samples… (F7): the rubric, the judge model and what to score.
    tour.add(300, [trigger] { trigger(QStringLiteral("actionJudge")); });
    tour.add(900, [&] { tour.shootScreen(QStringLiteral("judge-dialog")); });
    tour.add(0, [&] {
        if (auto *judge = window.findChild<QDialog *>(QStringLiteral("judgeDialog")))
            judge->reject();
    });

    // File ▸ Export ▸ OpenAI messages (Ctrl+Shift+E): the options and the first records as they will be written.
    tour.add(300, [trigger] { trigger(QStringLiteral("actionExport_openai")); });
    tour.add(1500, [&] { tour.shootScreen(QStringLiteral("export")); });
    tour.add(0, [&] {
        if (auto *exporter = window.findChild<QDialog *>(QStringLiteral("exportDialog")))
            exporter->reject();
    });
    tour.next();
    return QApplication::exec();
}

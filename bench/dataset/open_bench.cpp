// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0

// Opening a big project in the studio's dataset view. A child process (this program with --build) writes a
// project of 100,000 conversations of 8 turns each, as the engine would (RunStore, one transaction); this
// process then opens it as the studio does — ProjectFile::open, ProjectSession::open, a DatasetView shown —
// and measures the time until the first rows are painted (target < 1 s) and the process's memory after
// (target < 300 MB). Then full-text searches, a sort by tokens and a scroll to the end, through the view.
// Prints the figures and a final `BENCH {json}` line; exits 1 when a target is missed.

#include "dataset/datasetmodel.h"
#include "dataset/datasetview.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "store/runstore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace Dialogsmith;

namespace {

constexpr int conversationCount = 100'000;
constexpr int turnsPerConversation = 8;
constexpr double targetOpenMs = 1000;
constexpr double targetRssMb = 300;

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Words with a long tail, as text has: a few very common, most rare.
QStringList vocabulary()
{
    QStringList words
        = {QStringLiteral("the"),     QStringLiteral("and"),      QStringLiteral("of"),      QStringLiteral("to"),
           QStringLiteral("a"),       QStringLiteral("in"),       QStringLiteral("is"),      QStringLiteral("that"),
           QStringLiteral("energy"),  QStringLiteral("question"), QStringLiteral("example"), QStringLiteral("because"),
           QStringLiteral("student"), QStringLiteral("answer")};
    const char *const syllables[] = {"ka", "lo",  "mer", "ti", "sun", "dra", "vel", "op",  "ine", "ra",
                                     "be", "cor", "da",  "ex", "fi",  "gu",  "ho",  "ist", "ju",  "ment"};
    QRandomGenerator random(11);
    while (words.size() < 6000) {
        QString word;
        const int parts = 1 + int(random.bounded(3));
        for (int i = 0; i < parts; ++i)
            word += QLatin1StringView(syllables[random.bounded(int(std::size(syllables)))]);
        words.append(word);
    }
    return words;
}

QString sentence(QRandomGenerator &random, const QStringList &words, int minChars, int maxChars)
{
    const int length = minChars + int(random.bounded(maxChars - minChars + 1));
    QString text;
    text.reserve(length + 16);
    while (text.size() < length) {
        const double u = random.generateDouble();
        const QString &word = words[int(words.size() * u * u * u)];
        if (text.isEmpty())
            text += word.left(1).toUpper() + word.mid(1);
        else
            text += u' ' + word;
    }
    text += u'.';
    return text;
}

int build(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto file = ProjectFile::create(path, &error);
    if (!file) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    Store::RunStore store(file->database());
    const auto run = store.createRun(conversationCount, 42, R"({"design":{}})", &error);
    if (!run || !store.storeTemplate(QStringLiteral("v1"), QStringLiteral("starter"), QStringLiteral("Ask."), &error)
        || !store.begin(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const QStringList words = vocabulary();
    QStringList topics;
    for (const char *area : {"Mechanics", "Biology", "History", "Cooking", "Law", "Music", "Finance", "Medicine"}) {
        for (int sub = 0; sub < 6; ++sub)
            topics.append(QStringLiteral("%1 › Part %2").arg(QLatin1StringView(area)).arg(sub + 1));
    }
    const QStringList personas = {QStringLiteral("Mia"),        QStringLiteral("Ben"),      QStringLiteral("Émile"),
                                  QStringLiteral("Zoë"),        QStringLiteral("Kofi"),     QStringLiteral("Aiko"),
                                  QStringLiteral("Dr. Okafor"), QStringLiteral("Ms. Ünal"), QStringLiteral("Tutor")};
    QRandomGenerator random(7);
    for (int i = 0; i < conversationCount; ++i) {
        Store::NewConversation c;
        c.runId = *run;
        c.planIndex = i;
        c.turnsPlanned = turnsPerConversation;
        c.topicPath = topics[i % topics.size()];
        c.userPersona = personas[i % 6];
        c.assistantPersona = personas[6 + i % 3];
        c.scenario = QStringLiteral("homework help");
        c.draw = QStringLiteral(R"({"index":%1,"topic":"%2"})").arg(i).arg(c.topicPath).toUtf8();
        const auto id = store.insertConversation(c, &error);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        for (int seq = 0; seq < turnsPerConversation; ++seq) {
            Store::NewTurn t;
            t.conversationId = *id;
            t.seq = seq;
            t.role = seq % 2 == 0 ? Llm::Role::User : Llm::Role::Assistant;
            t.content = seq % 2 == 0 ? sentence(random, words, 40, 160) : sentence(random, words, 120, 400);
            if (seq == 0 && i % 1000 == 7)
                t.content += QStringLiteral(" What about a zebra?");
            t.profile = QStringLiteral("local");
            t.model = QStringLiteral("local-model");
            t.params = R"({"temperature":0.7})";
            t.usage.inputTokens = 200 + 100 * seq;
            t.usage.outputTokens = t.content.size() / 4;
            t.finishReason = QStringLiteral("stop");
            t.templateVersion = QStringLiteral("v1");
            t.latencyMs = 800;
            if (!store.insertTurn(t, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 2;
            }
        }
        if (!store.finishConversation(*id, Store::ConversationState::Complete, QString(), false, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
    }
    if (!store.commit(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    // Some curation, as a project in use has.
    QSqlQuery q(file->database());
    q.exec(QStringLiteral("UPDATE conversations SET review = 'approved', rating = 1 + id % 5, judge_score = (id % 100) "
                          "/ 10.0 WHERE id % 3 = 0"));
    q.exec(QStringLiteral("UPDATE conversations SET review = 'rejected' WHERE id % 17 = 0"));
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    std::printf("built %d conversations × %d turns in %.1f s (%.0f MB)\n", conversationCount, turnsPerConversation,
                double(timer.elapsed()) / 1000.0, double(QFileInfo(path).size()) / 1e6);
    return 0;
}

/// Waits, on the main event loop, until the table has painted rows after `since`.
class PaintWatch final : public QObject
{
public:
    PaintWatch(QTableView *table, DatasetModel *model)
        : m_table(table)
        , m_model(model)
    {
        table->viewport()->installEventFilter(this);
    }

    /// Runs the event loop until the table paints rows with `ready()` true; returns the ms from `timer`.
    double waitForRows(const QElapsedTimer &timer, const std::function<bool()> &ready)
    {
        m_ready = ready;
        m_loop = std::make_unique<QEventLoop>();
        QTimer::singleShot(60'000, m_loop.get(), &QEventLoop::quit);
        m_table->viewport()->update();
        m_loop->exec();
        m_loop.reset();
        return double(timer.nsecsElapsed()) / 1e6;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_loop && m_model->rowCount() > 0 && m_ready && m_ready()) {
            // Stop right after this paint is done.
            QTimer::singleShot(0, m_loop.get(), &QEventLoop::quit);
            m_ready = nullptr;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_table;
    DatasetModel *m_model;
    std::unique_ptr<QEventLoop> m_loop;
    std::function<bool()> m_ready;
};

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--build") == 0) {
        QCoreApplication app(argc, argv);
        return build(QString::fromLocal8Bit(argv[2]));
    }

    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dialogsmith.ui.dataset.debug=true"));
    // --use FILE: measure a project built before (by --build FILE), and keep it.
    const bool reuse = argc == 3 && qstrcmp(argv[1], "--use") == 0;
    const QString path = reuse ? QFileInfo(QString::fromLocal8Bit(argv[2])).absoluteFilePath()
                               : QDir::current().absoluteFilePath(QStringLiteral("dataset-bench.dialogsmith"));
    if (!reuse) {
        // Built in another process, so that this one's memory is what opening it takes.
        QProcess builder;
        builder.setProcessChannelMode(QProcess::ForwardedChannels);
        builder.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--build"), path});
        if (!builder.waitForFinished(-1) || builder.exitCode() != 0) {
            std::fprintf(stderr, "building the project failed\n");
            return 2;
        }
    }
    const double rssBefore = rssMb();

    QElapsedTimer timer;
    timer.start();
    QString error;
    auto file = ProjectFile::open(path, &error);
    if (!file) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const double fileMs = double(timer.nsecsElapsed()) / 1e6;
    auto session = ProjectSession::open(std::move(file), &error);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const double sessionMs = double(timer.nsecsElapsed()) / 1e6;
    auto view = std::make_unique<DatasetView>(*session);
    view->resize(1280, 800);
    view->show();
    auto *table = view->findChild<QTableView *>(QStringLiteral("datasetTable"));
    DatasetModel *model = view->model();
    PaintWatch watch(table, model);
    const double openMs = watch.waitForRows(timer, [&] { return model->rowCount() == conversationCount; });
    const double rssAfterOpen = rssMb();
    std::printf("open: file %.1f ms, session %.1f ms, first rows painted %.1f ms (%d rows)\n", fileMs, sessionMs,
                openMs, model->rowCount());

    // Full-text searches typed into the view (the debounce delay is not counted: Return applies at once).
    auto *search = view->findChild<QLineEdit *>(QStringLiteral("datasetSearch"));
    const auto searchFor = [&](const QString &text) {
        search->setText(text);
        QElapsedTimer t;
        t.start();
        Q_EMIT search->returnPressed();
        const double ms = watch.waitForRows(t, [&] { return !model->isLoading(); });
        std::printf("search \"%s\": %d conversations in %.1f ms\n", qPrintable(text), model->rowCount(), ms);
        return std::pair(ms, model->rowCount());
    };
    const auto [rareMs, rareCount] = searchFor(QStringLiteral("zebra "));
    const auto [commonMs, commonCount] = searchFor(QStringLiteral("energy "));
    const auto [twoWordsMs, twoWordsCount] = searchFor(QStringLiteral("student ener"));
    search->clear();
    Q_EMIT search->returnPressed();
    watch.waitForRows(timer, [&] { return !model->isLoading() && model->rowCount() == conversationCount; });

    // The heaviest sort: tokens, summed over 800,000 turns.
    QElapsedTimer sortTimer;
    sortTimer.start();
    table->sortByColumn(DatasetModel::TokensColumn, Qt::DescendingOrder);
    const double sortMs = watch.waitForRows(sortTimer, [&] { return !model->isLoading(); });
    std::printf("sort by tokens: %.1f ms\n", sortMs);

    QElapsedTimer scrollTimer;
    scrollTimer.start();
    table->scrollToBottom();
    const double scrollMs = watch.waitForRows(scrollTimer, [] { return true; });
    std::printf("scroll to the end: %.1f ms\n", scrollMs);
    const double rssEnd = rssMb();
    std::printf("memory: %.0f MB before opening, %.0f MB with the view open, %.0f MB at the end (%lld rows "
                "cached)\n",
                rssBefore, rssAfterOpen, rssEnd, qlonglong(model->cachedRows()));

    const bool openMet = openMs < targetOpenMs;
    const bool rssMet = rssAfterOpen < targetRssMb && rssEnd < targetRssMb;
    std::printf("\nopen < %.0f ms: %s\nmemory < %.0f MB: %s\n", targetOpenMs, openMet ? "met" : "MISSED", targetRssMb,
                rssMet ? "met" : "MISSED");
    const QJsonObject json {
        {QStringLiteral("bench"), QStringLiteral("dataset_open")},
        {QStringLiteral("conversations"), conversationCount},
        {QStringLiteral("turns"), conversationCount * turnsPerConversation},
        {QStringLiteral("open_ms"), openMs},
        {QStringLiteral("open_file_ms"), fileMs},
        {QStringLiteral("open_session_ms"), sessionMs},
        {QStringLiteral("rss_mb_after_open"), rssAfterOpen},
        {QStringLiteral("rss_mb_end"), rssEnd},
        {QStringLiteral("search_rare_ms"), rareMs},
        {QStringLiteral("search_rare_hits"), rareCount},
        {QStringLiteral("search_common_ms"), commonMs},
        {QStringLiteral("search_common_hits"), commonCount},
        {QStringLiteral("search_two_words_ms"), twoWordsMs},
        {QStringLiteral("search_two_words_hits"), twoWordsCount},
        {QStringLiteral("sort_tokens_ms"), sortMs},
        {QStringLiteral("scroll_end_ms"), scrollMs},
        {QStringLiteral("targets_met"), openMet && rssMet},
    };
    std::printf("\nBENCH %s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    view.reset();
    session.reset();
    if (!reuse)
        QFile::remove(path);
    return openMet && rssMet ? 0 : 1;
}

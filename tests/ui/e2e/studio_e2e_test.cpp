// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "conversation/conversationeditor.h"
#include "conversation/turnbubble.h"
#include "dataset/datasetmodel.h"
#include "dataset/datasetview.h"
#include "engine/workerthreads.h"
#include "llamaserver/llamaserver.h"
#include "mainwindow.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "run/chatview.h"
#include "run/liveconversationsmodel.h"
#include "run/livepreviewpanel.h"
#include "run/runcontroller.h"
#include "run/runsmodel.h"
#include "secrets/keychainsecretstore.h"
#include "store/curationstore.h"
#include "support/jsonlines.h"
#include "support/menudriver.h"
#include "support/scripteddialogs.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <utility>

using namespace Dialogsmith;
using Dialogsmith::Test::readJsonLines;
using namespace Qt::StringLiterals;
using Dialogsmith::Test::LlamaServer;
using Dialogsmith::Test::ScriptedDialogs;

namespace {

// A private keyring (tests/support/with-secret-service): the entries of this service are the test's own.
const QString keychainService = u"org.dialogsmith.Dialogsmith.e2e-test"_s;
// The key the llama.cpp server demands (--api-key): a run works only if the studio reads it back from the keychain.
const QString apiKey = u"sk-e2e-7c41d9a2f08b"_s;
const QString systemPrefix = u"Answer like a patient teacher."_s;
const QString editedAnswer = u"A fraction is a part of a whole, written as one number over another."_s;
constexpr int conversationCount = 3;
constexpr int exchanges = 2;
constexpr int runTimeoutMs = 60000;

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *w = parent ? parent->findChild<T *>(name) : nullptr;
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}

void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

SecretResult await(QFuture<SecretResult> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        return SecretResult::failed(u"the keychain did not answer within 20 s"_s);
    return future.result();
}

QString roleName(Llm::Role role)
{
    return role == Llm::Role::User ? u"user"_s : u"assistant"_s;
}

} // namespace

// The studio end to end, as a person uses it: a project made through File ▸ New, topics, personas and a template
// typed into their editors, a provider profile for the real llama.cpp server with its key in the real keychain, a
// run started from the Run menu and watched in the live preview, a conversation approved, edited and the edit
// undone, the approved conversation exported through the File menu, and the project quit and opened again. Each
// step builds on the one before; after a failed step the rest are skipped.
class StudioE2ETest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LlamaServer> m_server;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    QString m_projectPath;
    QString m_account;
    qint64 m_conversationId = 0;
    bool m_broken = false;

    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    QTabWidget *tabs() const { return m_window->findChild<QTabWidget *>(u"editorTabs"_s); }
    const Design::ProjectDesign &design() const { return m_window->session()->design(); }

    /// The offscreen platform leaves no window active once a dialog closes, where a desktop's window manager hands
    /// the activation back to the main window (and with it the keyboard focus its shortcuts need).
    void windowManagerReactivatesTheMainWindow()
    {
        if (QApplication::activeWindow() == m_window.get())
            return;
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    /// Menu ▸ entry, with the mouse on the menu bar and the keyboard in the menu.
    void chooseFromMenu(const QString &menuName, const QString &actionName)
    {
        QMenu *menu = Test::openMenu(m_window.get(), menuName);
        QVERIFY2(menu, qPrintable(menuName));
        QAction *entry = action(actionName);
        QVERIFY2(entry, qPrintable(actionName));
        Test::chooseEntry(menu, entry);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(!menu->isVisible());
    }

    /// Clicks the section in the project navigator and waits for its editor to be the current tab.
    QWidget *openSection(const QString &sectionName, const QString &editorName)
    {
        auto *tree = m_window->findChild<QTreeWidget *>(u"navigatorTree"_s);
        QTreeWidgetItem *root = tree ? tree->topLevelItem(0) : nullptr;
        if (!root)
            return nullptr;
        for (int i = 0; i < root->childCount(); ++i) {
            QTreeWidgetItem *item = root->child(i);
            if (item->text(0) != sectionName)
                continue;
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
            if (!QTest::qWaitFor([&] { return tabs()->currentWidget()->objectName() == editorName; }))
                return nullptr;
            return tabs()->currentWidget();
        }
        return nullptr;
    }

    /// Types into the line editor a view opened for an item and commits with Return.
    static void typeIntoOpenEditor(QAbstractItemView *view, const QString &text)
    {
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        line->selectAll();
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), view);
    }

    std::optional<Store::StoredConversation> stored(qint64 id) const
    {
        QString error;
        auto conversation = Store::CurationStore(m_window->session()->file().database()).conversation(id, &error);
        if (!conversation)
            qWarning("conversation %lld: %s", id, qPrintable(error));
        return conversation;
    }

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("DIALOGSMITH_SCREENSHOTS");
        if (!folder.isEmpty())
            QVERIFY(widget->grab().save(folder + u'/' + name + u".png"_s));
    }

    /// File ▸ Export ▸ `format`, approved conversations only, to `path`; returns the lines written.
    QList<QJsonObject> exportThroughTheMenu(const QString &format, const QString &path)
    {
        QMenu *file = Test::openMenu(m_window.get(), u"menuFile"_s);
        if (!file)
            return {};
        QMenu *exportMenu = Test::openSubmenu(file, m_window->findChild<QMenu *>(u"menuExport"_s));
        if (!exportMenu)
            return {};
        Test::chooseEntry(exportMenu, action(u"actionExport_"_s + format));
        QDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                dialog = m_window->findChild<QDialog *>(u"exportDialog"_s);
                return dialog && dialog->isVisible();
            }))
            return {};
        auto *approvedOnly = child<QRadioButton>(dialog, u"exportApprovedOnly"_s);
        if (!approvedOnly || !approvedOnly->isChecked() || !approvedOnly->text().contains(u"(1)"_s)) {
            qWarning("the export dialog does not offer the one approved conversation");
            return {};
        }
        m_dialogs.saveAnswers << path;
        QTest::mouseClick(child<QPushButton>(dialog, u"exportButton"_s), Qt::LeftButton);
        auto *status = child<QLabel>(dialog, u"exportStatus"_s);
        if (!QTest::qWaitFor([&] { return status->text().startsWith(u"Wrote 1 record"_s); }, 20000)) {
            qWarning("export status: %s", qPrintable(status->text()));
            return {};
        }
        QTest::mouseClick(child<QPushButton>(dialog, u"exportCloseButton"_s), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !m_window->findChild<QDialog *>(u"exportDialog"_s); }))
            return {};
        windowManagerReactivatesTheMainWindow();
        return readJsonLines(path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DIALOGSMITH_PRIVATE_BUS"), "run me through ctest (with-secret-service)");
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QCoreApplication::setOrganizationName(u"DialogsmithTest"_s);
        QCoreApplication::setApplicationName(u"studio_e2e_test"_s);

        LlamaServer::Options options;
        options.parallel = 2;
        // The default templates make prompts of about a thousand tokens (the tiny model's vocabulary is mostly
        // single bytes): each slot gets the model's whole context.
        options.extraArguments = {u"-c"_s, QString::number(2048 * options.parallel), u"--api-key"_s, apiKey};
        m_server = std::make_unique<LlamaServer>(options);
        if (!m_server->start()) {
            if (!m_server->available())
                QSKIP(qPrintable(m_server->unavailableReason()));
            m_server->printLog();
            QFAIL(qPrintable(m_server->errorString()));
        }

        m_secrets = std::make_unique<KeychainSecretStore>(keychainService);
        m_window = std::make_unique<MainWindow>(m_dialogs, *m_secrets);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void init()
    {
        if (m_broken)
            QSKIP("an earlier step failed");
    }

    void cleanup()
    {
        // An error the studio showed fails the step that caused it.
        const QStringList errors = std::exchange(m_dialogs.errors, {});
        if (QTest::currentTestFailed() || !errors.isEmpty()) {
            m_broken = true;
            if (m_server)
                m_server->printLog();
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_secrets.reset();
    }

    void fileNew_createsTheProject()
    {
        m_projectPath = m_dir.filePath(u"fractions.dialogsmith"_s);
        m_dialogs.saveAnswers << m_projectPath;
        chooseFromMenu(u"menuFile"_s, u"actionNew"_s);
        QTRY_VERIFY(m_window->project());
        QCOMPARE(m_window->project()->path(), m_projectPath);
        QVERIFY(QFile::exists(m_projectPath));
        QVERIFY(m_window->windowTitle().startsWith(u"fractions"_s));
    }

    void topicsAndPersonas_areTypedIntoTheirEditors()
    {
        QWidget *topics = openSection(u"Topics"_s, u"editorTopics"_s);
        QVERIFY(topics);
        auto *topicView = child<QTreeView>(topics, u"topicView"_s);
        QVERIFY(topicView);
        for (const QString &name : {u"Fractions"_s, u"Decimals"_s}) {
            topicView->setFocus();
            QTest::keyClick(topicView, Qt::Key_Insert);
            typeIntoOpenEditor(topicView, name);
        }
        QCOMPARE(design().topics.size(), 2);
        QCOMPARE(design().topics.at(0).name, u"Fractions"_s);
        QCOMPARE(design().topics.at(1).name, u"Decimals"_s);

        QWidget *personas = openSection(u"Personas"_s, u"editorPersonas"_s);
        QVERIFY(personas);
        auto *personaView = child<QTableView>(personas, u"personaView"_s);
        auto *name = child<QLineEdit>(personas, u"nameEdit"_s);
        auto *description = child<QPlainTextEdit>(personas, u"descriptionEdit"_s);
        auto *side = child<QComboBox>(personas, u"sideCombo"_s);
        QVERIFY(personaView && name && description && side);

        personaView->setFocus();
        QTest::keyClick(personaView, Qt::Key_Insert);
        QTRY_COMPARE(QApplication::focusWidget(), name);
        QTest::keyClicks(name, u"Mia"_s);
        description->setFocus();
        QTest::keyClicks(description, u"A pupil in year six who finds fractions confusing."_s);

        personaView->setFocus();
        QTest::keyClick(personaView, Qt::Key_Insert);
        QTRY_COMPARE(QApplication::focusWidget(), name);
        QTest::keyClicks(name, u"Ms. Rivera"_s);
        side->setFocus();
        QTest::keyClick(side, Qt::Key_Down);
        description->setFocus();
        QTest::keyClicks(description, u"A maths teacher who explains with pictures."_s);

        const QList<Design::Persona> &people = design().personas;
        QCOMPARE(people.size(), 2);
        QCOMPARE(people.at(0).name, u"Mia"_s);
        QCOMPARE(people.at(0).side, Design::Side::User);
        QCOMPARE(people.at(0).description, u"A pupil in year six who finds fractions confusing."_s);
        QCOMPARE(people.at(1).name, u"Ms. Rivera"_s);
        QCOMPARE(people.at(1).side, Design::Side::Assistant);
        QVERIFY(m_window->isWindowModified());
    }

    void templateEdit_updatesTheLivePreview()
    {
        QWidget *templates = openSection(u"Templates"_s, u"editorTemplates"_s);
        QVERIFY(templates);
        auto *edit = child<QPlainTextEdit>(templates, u"templateEdit_system"_s);
        auto *preview = child<QPlainTextEdit>(templates, u"templatePreview"_s);
        QVERIFY(edit && preview);
        QVERIFY(edit->isVisible());
        // The sample draw renders the design typed so far.
        QTRY_VERIFY(!preview->toPlainText().isEmpty());
        QVERIFY2(!preview->toPlainText().startsWith(systemPrefix), qPrintable(preview->toPlainText()));

        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClicks(edit, systemPrefix);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(design().templates.system.startsWith(systemPrefix + u"\n{{!"_s));
        QTRY_VERIFY2(preview->toPlainText().startsWith(systemPrefix + u"\nYou are Ms. Rivera."_s),
                     qPrintable(preview->toPlainText()));
        // Rendered, not the template's source: the variables are replaced by the sample's persona.
        QVERIFY2(!preview->toPlainText().contains(u"{{"_s), qPrintable(preview->toPlainText()));
    }

    void providers_profileForLlamaCppWithItsKeyInTheKeychain()
    {
        chooseFromMenu(u"menuTools"_s, u"actionProviders"_s);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"providersDialog"_s)) && dialog->isVisible());

        QTest::mouseClick(child<QPushButton>(dialog, u"addProfile"_s), Qt::LeftButton);
        auto *name = child<QLineEdit>(dialog, u"profileName"_s);
        QTRY_COMPARE(QApplication::focusWidget(), name);
        name->selectAll();
        QTest::keyClicks(name, u"llama"_s);
        typeInto(child<QLineEdit>(dialog, u"baseUrl"_s), m_server->baseUrl().toString() + u"/v1"_s);

        // The key goes to the keychain, never into the form again.
        QTest::mouseClick(child<QRadioButton>(dialog, u"keyKeychain"_s), Qt::LeftButton, {}, QPoint(6, 8));
        auto *status = child<QLabel>(dialog, u"keyStatus"_s);
        QTRY_COMPARE(status->text(), u"No key stored"_s);
        // The account is named after the profile, as it is called now.
        m_account = child<QLineEdit>(dialog, u"keyAccount"_s)->text();
        QCOMPARE(m_account, u"llama"_s);
        auto *input = child<QLineEdit>(dialog, u"keyInput"_s);
        QCOMPARE(input->echoMode(), QLineEdit::Password);
        input->setFocus();
        QTest::keyClicks(input, apiKey);
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Stored in the keychain"_s, 20000);
        QVERIFY(dialog->isVisible());
        QVERIFY(!input->isVisible());

        // The model is picked from the server's own list, which it gives only with the key.
        auto *model = child<QComboBox>(dialog, u"model"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"listModels"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(model->view()->isVisible(), 20000);
        QTest::keyClick(model->view(), Qt::Key_Return);
        QTRY_VERIFY(!model->view()->isVisible());
        QCOMPARE(model->currentText(), m_server->modelName());

        // The server accepts the key the studio reads back from the keychain.
        auto *report = child<QLabel>(dialog, u"connectionReport"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"testConnection"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(report->text().contains(u"JSON output"_s), 30000);
        QVERIFY2(report->text().contains(u"✔ Key accepted"_s), qPrintable(report->text()));
        QVERIFY2(report->text().contains(u"✔ Streaming"_s), qPrintable(report->text()));

        QTest::mouseClick(child<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QDialog *>(u"providersDialog"_s));
        windowManagerReactivatesTheMainWindow();
        QCOMPARE(design().providers.size(), 1);
        const Llm::ProviderProfile &profile = design().providers.constFirst();
        QCOMPARE(profile.name, u"llama"_s);
        QCOMPARE(profile.model, m_server->modelName());
        QCOMPARE(profile.key.type, Llm::KeySource::Type::Keychain);
        QCOMPARE(profile.key.name, m_account);
    }

    void runFromTheRunMenu_streamsIntoTheLivePreview()
    {
        QWidget *runs = openSection(u"Runs"_s, u"editorRuns"_s);
        QVERIFY(runs);
        auto *runsView = child<QTableView>(runs, u"runsView"_s);
        QVERIFY(runsView);
        QCOMPARE(runsView->model()->rowCount(), 0);
        typeInto(child<QSpinBox>(runs, u"count"_s), QString::number(conversationCount));
        typeInto(child<QSpinBox>(runs, u"minTurns"_s), QString::number(exchanges));
        typeInto(child<QSpinBox>(runs, u"maxTurns"_s), QString::number(exchanges));
        // Temperature 0: the tiny model's reply is then exact, not only overwhelmingly likely.
        typeInto(child<QDoubleSpinBox>(runs, u"userTemperature"_s), u"0"_s);
        typeInto(child<QDoubleSpinBox>(runs, u"assistantTemperature"_s), u"0"_s);
        QCOMPARE(design().generation.count, conversationCount);
        QCOMPARE(design().generation.minTurns, exchanges);
        QCOMPARE(design().generation.maxTurns, exchanges);
        QVERIFY(design().generation.userSampling.temperature == 0.0);
        QVERIFY(design().generation.assistantSampling.temperature == 0.0);

        RunController *run = m_window->runController();
        QSignalSpy finished(run, &RunController::runFinished);
        chooseFromMenu(u"menuRun"_s, u"actionStart"_s);
        QTRY_VERIFY2(run->state() != RunController::State::Idle || !finished.isEmpty(),
                     qPrintable(m_dialogs.errors.join(u'\n')));
        // Start saved the design first.
        QVERIFY(!m_window->isWindowModified());

        auto *preview = m_window->findChild<LivePreviewPanel *>();
        QVERIFY(preview);
        QVERIFY(preview->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(preview->model()->rowCount() > 0, runTimeoutMs);
        QTRY_VERIFY(preview->list()->currentIndex().isValid());
        // The selected conversation shows its turns as bubbles with the model's text.
        QTRY_VERIFY_WITH_TIMEOUT(preview->chat()->bubbleTexts().contains(m_server->reply()), runTimeoutMs);
        saveScreenshot(m_window.get(), u"e2e-run-in-progress"_s);
        // The Runs section lists the run as soon as it started.
        QCOMPARE(runsView->model()->rowCount(), 1);

        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        const auto summary = finished.constFirst().constFirst().value<Engine::RunSummary>();
        QVERIFY2(summary.outcome == Engine::RunOutcome::Completed, qPrintable(summary.reason));
        QCOMPARE(summary.progress.complete, conversationCount);
        QCOMPARE(summary.progress.failed, 0);
        QTRY_COMPARE(run->state(), RunController::State::Idle);
        // … and shows how it ended as soon as it did.
        const QModelIndex state = runsView->model()->index(0, RunsModel::State);
        QTRY_COMPARE_WITH_TIMEOUT(state.data().toString(), u"complete"_s, 1000);
        QVERIFY(action(u"actionStart"_s)->isEnabled());
        const QStringList bubbles = preview->chat()->bubbleTexts();
        QCOMPARE(bubbles.size(), 2 * exchanges);
        for (const QString &text : bubbles)
            QCOMPARE(text, m_server->reply());
        saveScreenshot(m_window.get(), u"e2e-run-finished"_s);
    }

    void conversation_isApprovedEditedAndTheEditUndone()
    {
        auto *dataset = qobject_cast<DatasetView *>(openSection(u"Dataset"_s, u"editorDataset"_s));
        QVERIFY(dataset);
        auto *table = child<QTableView>(dataset, u"datasetTable"_s);
        QTRY_COMPARE(dataset->listedConversations().size(), conversationCount);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 0)).center());
        QTRY_VERIFY(table->currentIndex().isValid());
        m_conversationId = dataset->listedConversations().constFirst();
        QTest::keyClick(table, Qt::Key_Return);

        ConversationEditor *editor = nullptr;
        QTRY_VERIFY((editor = qobject_cast<ConversationEditor *>(tabs()->currentWidget())));
        QCOMPARE(editor->conversationId(), m_conversationId);
        QTRY_COMPARE(editor->bubbles().size(), 2 * exchanges);

        // A approves, right away: the keyboard is in the editor that opened.
        QWidget *focus = nullptr;
        QTRY_VERIFY((focus = QApplication::focusWidget()) && (focus == editor || editor->isAncestorOf(focus)));
        QTest::keyClick(focus, Qt::Key_A);
        QTRY_COMPARE(stored(m_conversationId)->review, Store::Review::Approved);

        // The first answer, edited in place.
        const Store::StoredTurn answer = stored(m_conversationId)->turns.at(1);
        QCOMPARE(answer.role, Llm::Role::Assistant);
        QCOMPARE(answer.content, m_server->reply());
        TurnBubble *bubble = editor->bubbles().at(1);
        QCOMPARE(bubble->text(), answer.content);
        QTest::mouseClick(child<QToolButton>(bubble, u"editTurn"_s), Qt::LeftButton);
        auto *field = child<QPlainTextEdit>(bubble, u"turnEdit"_s);
        QTRY_COMPARE(QApplication::focusWidget(), field);
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, editedAnswer);
        QTest::keyClick(field, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(stored(m_conversationId)->turns.at(1).content, editedAnswer);
        QCOMPARE(stored(m_conversationId)->turns.at(1).original, answer.content);
        QTRY_COMPARE(editor->bubbles().at(1)->text(), editedAnswer);
        QVERIFY(child<QLabel>(editor->bubbles().at(1), u"editedTag"_s)->isVisibleTo(editor->bubbles().at(1)));
        saveScreenshot(m_window.get(), u"e2e-conversation-edited"_s);

        // Edit ▸ Undo takes the edit back, in the view and in the project.
        QVERIFY2(action(u"actionUndo"_s)->text().contains(u"Edit Message 2"_s),
                 qPrintable(action(u"actionUndo"_s)->text()));
        chooseFromMenu(u"menuEdit"_s, u"actionUndo"_s);
        QTRY_COMPARE(stored(m_conversationId)->turns.at(1).content, answer.content);
        QVERIFY(stored(m_conversationId)->turns.at(1).original.isEmpty());
        QTRY_COMPARE(editor->bubbles().at(1)->text(), answer.content);
        QVERIFY(!child<QLabel>(editor->bubbles().at(1), u"editedTag"_s)->isVisibleTo(editor->bubbles().at(1)));
        // Only the edit: the approval stays.
        QCOMPARE(stored(m_conversationId)->review, Store::Review::Approved);

        // Edit ▸ Redo puts it back: the export below carries the edited text.
        chooseFromMenu(u"menuEdit"_s, u"actionRedo"_s);
        QTRY_COMPARE(stored(m_conversationId)->turns.at(1).content, editedAnswer);
        QTRY_COMPARE(editor->bubbles().at(1)->text(), editedAnswer);
        QCOMPARE(stored(m_conversationId)->review, Store::Review::Approved);

        // Back in the dataset, the list shows the verdict.
        QTabBar *bar = tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tabs()->indexOf(dataset)).center());
        QTRY_COMPARE(tabs()->currentWidget(), dataset);
        const auto statusOf = [table](qint64 id) {
            const QAbstractItemModel *model = table->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data(DatasetModel::IdRole).toLongLong() == id)
                    return model->index(row, DatasetModel::StatusColumn).data().toString();
            }
            return QString();
        };
        QTRY_COMPARE(statusOf(m_conversationId), u"Approved"_s);
    }

    void exportThroughTheFileMenu_writesTheApprovedConversation()
    {
        const std::optional<Store::StoredConversation> conversation = stored(m_conversationId);
        QVERIFY(conversation);
        QCOMPARE(conversation->turns.size(), 2 * exchanges);
        const QString system = conversation->turns.at(1).systemPrompt;
        // The template typed in the editor wrote the conversation's system prompt.
        QVERIFY2(system.startsWith(systemPrefix + u"\nYou are Ms. Rivera."_s), qPrintable(system));

        const QList<QJsonObject> openai = exportThroughTheMenu(u"openai"_s, m_dir.filePath(u"approved.jsonl"_s));
        QCOMPARE(openai.size(), 1);
        const QJsonArray messages = openai.constFirst().value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 1 + conversation->turns.size());
        QCOMPARE(messages.at(0).toObject().value(u"role"_s).toString(), u"system"_s);
        QCOMPARE(messages.at(0).toObject().value(u"content"_s).toString(), system);
        for (qsizetype i = 0; i < conversation->turns.size(); ++i) {
            const QJsonObject message = messages.at(i + 1).toObject();
            QCOMPARE(message.value(u"role"_s).toString(), roleName(conversation->turns.at(i).role));
            QCOMPARE(message.value(u"content"_s).toString(), conversation->turns.at(i).content);
        }
        QCOMPARE(messages.at(2).toObject().value(u"content"_s).toString(), editedAnswer);

        const QList<QJsonObject> sharegpt = exportThroughTheMenu(u"sharegpt"_s, m_dir.filePath(u"sharegpt.jsonl"_s));
        QCOMPARE(sharegpt.size(), 1);
        const QJsonArray turns = sharegpt.constFirst().value(u"conversations"_s).toArray();
        QCOMPARE(turns.size(), 1 + conversation->turns.size());
        QCOMPARE(turns.at(0).toObject().value(u"from"_s).toString(), u"system"_s);
        for (qsizetype i = 0; i < conversation->turns.size(); ++i) {
            const QJsonObject turn = turns.at(i + 1).toObject();
            QCOMPARE(turn.value(u"from"_s).toString(),
                     conversation->turns.at(i).role == Llm::Role::User ? u"human"_s : u"gpt"_s);
            QCOMPARE(turn.value(u"value"_s).toString(), conversation->turns.at(i).content);
        }
    }

    void quitAndOpenRecent_bringsTheProjectBack()
    {
        // Start saved the design: File ▸ Quit asks nothing.
        QVERIFY(!m_window->isWindowModified());
        chooseFromMenu(u"menuFile"_s, u"actionQuit"_s);
        QTRY_VERIFY(!m_window->isVisible());
        QVERIFY(m_dialogs.saveQuestions.isEmpty());
        m_window.reset();

        m_window = std::make_unique<MainWindow>(m_dialogs, *m_secrets);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(!m_window->project());
        QMenu *file = Test::openMenu(m_window.get(), u"menuFile"_s);
        QVERIFY(file);
        QMenu *recent = Test::openSubmenu(file, m_window->findChild<QMenu *>(u"menuRecent"_s));
        QVERIFY(recent);
        QCOMPARE(recent->actions().constFirst()->text(), QDir::toNativeSeparators(m_projectPath));
        Test::chooseEntry(recent, recent->actions().constFirst());
        QTRY_VERIFY(m_window->project());
        QCOMPARE(m_window->project()->path(), m_projectPath);

        QCOMPARE(design().topics.size(), 2);
        QCOMPARE(design().personas.size(), 2);
        QVERIFY(design().templates.system.startsWith(systemPrefix));
        QCOMPARE(design().providers.size(), 1);
        QCOMPARE(design().providers.constFirst().key.type, Llm::KeySource::Type::Keychain);
        QCOMPARE(design().generation.count, conversationCount);
        auto *dataset = qobject_cast<DatasetView *>(openSection(u"Dataset"_s, u"editorDataset"_s));
        QVERIFY(dataset);
        // The tiny model answers every conversation alike: the quality settings hide the duplicates, and
        // "Show removed" lists every conversation again.
        QTRY_VERIFY(!dataset->listedConversations().isEmpty());
        QVERIFY(dataset->listedConversations().size() <= conversationCount);
        auto *showRemoved = dataset->findChild<QCheckBox *>(u"qualityShowRemoved"_s);
        QVERIFY(showRemoved);
        if (!showRemoved->isChecked())
            QTest::mouseClick(showRemoved, Qt::LeftButton, {}, QPoint(8, showRemoved->height() / 2));
        QTRY_COMPARE(dataset->listedConversations().size(), conversationCount);
    }

    void apiKey_isInTheKeychainAndNowhereElse()
    {
        // Another client of the same keychain finds it.
        KeychainSecretStore keychain(keychainService);
        const SecretResult read = await(keychain.read(m_account));
        QVERIFY2(read.status == SecretResult::Status::Ok, qPrintable(read.error));
        QCOMPARE(read.secret, apiKey);

        // Not in the project file (nor its journal), the exports or the settings.
        QStringList files;
        for (QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
            files.append(it.next());
        QVERIFY(files.contains(m_projectPath));
        QVERIFY(files.size() >= 4); // the project, two exports, the settings
        for (const QString &name : std::as_const(files)) {
            QFile file(name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(apiKey.toUtf8()), qPrintable(name));
            QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(apiKey.utf16()), apiKey.size() * 2)),
                     qPrintable(name));
        }
    }
};

int main(int argc, char *argv[])
{
    // As the studio's main() does: the engine's thread runs Qt's own event loop, not GLib's.
    Engine::preferQtEventLoopsInWorkerThreads();
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    StudioE2ETest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "studio_e2e_test.moc"

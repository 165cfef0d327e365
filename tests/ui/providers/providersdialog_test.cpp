// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "providers/providersdialog.h"

#include "design/projectspec.h"
#include "project/modelaccess.h"
#include "project/projectfile.h"
#include "project/projectsession.h"
#include "scriptedserver/scriptedresponses.h"
#include "scriptedserver/scriptedserver.h"
#include "store/designstore.h"
#include "support/memorysecrets.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Dialogsmith;
using namespace Qt::StringLiterals;
namespace Scripted = Dialogsmith::Test;

namespace {

const QString secretKey = u"sk-test-5ecret-value-1234"_s;

/// A keychain that is not there: every write fails.
class BrokenSecrets final : public SecretStore
{
public:
    QFuture<SecretResult> read(const QString &) override
    {
        return QtFuture::makeReadyValueFuture(SecretResult::notFound());
    }
    QFuture<SecretResult> write(const QString &, const QString &) override
    {
        return QtFuture::makeReadyValueFuture(SecretResult::failed(u"No Secret Service is running."_s));
    }
    QFuture<SecretResult> remove(const QString &) override
    {
        return QtFuture::makeReadyValueFuture(SecretResult::failed(u"No Secret Service is running."_s));
    }
};

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

/// Every text the dialog shows, to prove the key is not among them.
QStringList visibleTexts(QWidget *dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (const QLineEdit *edit : dialog->findChildren<QLineEdit *>())
        texts << edit->text() << edit->displayText();
    for (const QPlainTextEdit *edit : dialog->findChildren<QPlainTextEdit *>())
        texts << edit->toPlainText();
    return texts;
}

} // namespace

class ProvidersDialogTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<Scripted::ScriptedServer> m_server;

    std::unique_ptr<ProjectSession> openProject(const Design::ProjectDesign &design)
    {
        QString error;
        const QString path = m_dir.filePath(u"p%1.dialogsmith"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        auto file = ProjectFile::create(path, &error);
        if (!file || !Store::DesignStore(file->database()).save(design, &error))
            qFatal("%s", qPrintable(error));
        auto session = ProjectSession::open(std::move(file), &error);
        if (!session)
            qFatal("%s", qPrintable(error));
        return session;
    }

    void fillNewProfile(ProvidersDialog &dialog)
    {
        QTest::mouseClick(child<QPushButton>(&dialog, u"addProfile"_s), Qt::LeftButton);
        auto *name = child<QLineEdit>(&dialog, u"profileName"_s);
        name->selectAll();
        QTest::keyClicks(name, u"teacher"_s);
        auto *url = child<QLineEdit>(&dialog, u"baseUrl"_s);
        url->selectAll();
        QTest::keyClicks(url, m_server->url().toString() + u"/v1"_s);
        QTest::keyClicks(child<QComboBox>(&dialog, u"model"_s)->lineEdit(), u"test-model"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_server = std::make_unique<Scripted::ScriptedServer>();
        QVERIFY(m_server->listen());
        m_server->setHandler([](const Scripted::Request &request) {
            if (request.method == "GET")
                return Scripted::Response::withBody(
                    200, "application/json", R"({"object":"list","data":[{"id":"test-model"},{"id":"other-model"}]})");
            return request.json().value(u"stream").toBool() ? Scripted::openAiStream({u"OK"_s})
                                                            : Scripted::openAiCompletion(u"{\"ok\": true}"_s);
        });
        Design::ProjectDesign design;
        design.name = u"Providers"_s;
        m_session = openProject(design);
    }

    void addProfile_storesKeyInKeychain_andNeverShowsIt()
    {
        Test::MemorySecrets secrets;
        ModelAccess models(*m_session, secrets);
        ProvidersDialog dialog(*m_session, models);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QAbstractItemModelTester tester(child<QListWidget>(&dialog, u"profileList"_s)->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);

        fillNewProfile(dialog);
        QTest::mouseClick(child<QRadioButton>(&dialog, u"keyKeychain"_s), Qt::LeftButton, {}, QPoint(6, 8));
        auto *status = child<QLabel>(&dialog, u"keyStatus"_s);
        QTRY_COMPARE(status->text(), u"No key stored"_s);
        auto *input = child<QLineEdit>(&dialog, u"keyInput"_s);
        QVERIFY(input->isVisible());
        QTest::keyClicks(input, secretKey);
        QTest::mouseClick(child<QPushButton>(&dialog, u"storeKey"_s), Qt::LeftButton);

        QTRY_COMPARE(secrets.keys.value(u"teacher"_s), secretKey);
        QTRY_COMPARE(status->text(), u"Stored in the keychain"_s);
        QVERIFY(!input->isVisible());
        QVERIFY(child<QPushButton>(&dialog, u"replaceKey"_s)->isVisible());
        QVERIFY(child<QPushButton>(&dialog, u"removeKey"_s)->isVisible());
        for (const QString &text : visibleTexts(&dialog))
            QVERIFY2(!text.contains(secretKey), qPrintable(text));

        // Opened again, the dialog says the key is there and shows nothing of it.
        QTest::mouseClick(child<QDialogButtonBox>(&dialog, QString())->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_session->design().providers.size(), 1);
        const Llm::ProviderProfile &p = m_session->design().providers.constFirst();
        QCOMPARE(p.name, u"teacher"_s);
        QCOMPARE(p.model, u"test-model"_s);
        QCOMPARE(p.key.type, Llm::KeySource::Type::Keychain);
        QCOMPARE(p.key.name, u"teacher"_s);
        QVERIFY(!Design::ProjectSpec::write(m_session->design()).contains(secretKey.toUtf8()));
        QString error;
        QVERIFY2(m_session->save(&error), qPrintable(error));
        QFile file(m_session->file().path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secretKey.toUtf8()));

        ProvidersDialog again(*m_session, models);
        again.show();
        QTRY_COMPARE(child<QLabel>(&again, u"keyStatus"_s)->text(), u"Stored in the keychain"_s);
        QVERIFY(!child<QLineEdit>(&again, u"keyInput"_s)->isVisible());
        for (const QString &text : visibleTexts(&again))
            QVERIFY2(!text.contains(secretKey), qPrintable(text));

        // One undoable step.
        m_session->undoStack()->undo();
        QVERIFY(m_session->design().providers.isEmpty());
    }

    void listModels_andTestConnection_useTheStoredKey()
    {
        Test::MemorySecrets secrets;
        secrets.keys.insert(u"teacher"_s, secretKey);
        ModelAccess models(*m_session, secrets);
        ProvidersDialog dialog(*m_session, models);
        dialog.show();
        fillNewProfile(dialog);
        QTest::mouseClick(child<QRadioButton>(&dialog, u"keyKeychain"_s), Qt::LeftButton, {}, QPoint(6, 8));
        QTRY_COMPARE(child<QLabel>(&dialog, u"keyStatus"_s)->text(), u"Stored in the keychain"_s);

        auto *model = child<QComboBox>(&dialog, u"model"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"listModels"_s), Qt::LeftButton);
        QTRY_COMPARE(model->count(), 2);
        QCOMPARE(model->itemText(1), u"other-model"_s);
        QVERIFY(child<QLabel>(&dialog, u"modelsStatus"_s)->text().contains(u"2 model"_s));
        model->hidePopup();
        model->setCurrentIndex(1);
        QCOMPARE(dialog.profiles().constFirst().model, u"other-model"_s);

        auto *report = child<QLabel>(&dialog, u"connectionReport"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"testConnection"_s), Qt::LeftButton);
        QTRY_VERIFY(report->text().contains(u"JSON output"_s));
        QVERIFY2(report->text().contains(u"✔ Reachable"_s), qPrintable(report->text()));
        QVERIFY(report->text().contains(u"✔ Key accepted"_s));
        QVERIFY(report->text().contains(u"✔ Streaming"_s));
        QVERIFY(report->text().contains(u"✔ Model listed"_s));
        const QList<Scripted::Request> sent = m_server->requests();
        QVERIFY(!sent.isEmpty());
        for (const Scripted::Request &request : sent)
            QCOMPARE(request.header("authorization"), QByteArray("Bearer " + secretKey.toUtf8()));
        if (const QString dir = qEnvironmentVariable("DIALOGSMITH_SCREENSHOTS"); !dir.isEmpty() && QDir().mkpath(dir))
            dialog.grab().save(QDir(dir).filePath(u"providers.png"_s));
        // Trying it out does not touch the design: only OK does.
        QVERIFY(m_session->design().providers.isEmpty());
    }

    void connectionTest_reportsAnUnreachableServer()
    {
        Test::MemorySecrets secrets;
        ModelAccess models(*m_session, secrets);
        ProvidersDialog dialog(*m_session, models);
        dialog.show();
        fillNewProfile(dialog);
        auto *url = child<QLineEdit>(&dialog, u"baseUrl"_s);
        url->selectAll();
        QTest::keyClicks(url, u"http://127.0.0.1:1/v1"_s);
        auto *report = child<QLabel>(&dialog, u"connectionReport"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"testConnection"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(report->text().contains(u"✘ Reachable"_s), 20000);
        QVERIFY(!report->text().contains(u"Key accepted"_s));
    }

    void keychainFailure_namesTheEnvironmentVariable()
    {
        BrokenSecrets secrets;
        ModelAccess models(*m_session, secrets);
        ProvidersDialog dialog(*m_session, models);
        dialog.show();
        fillNewProfile(dialog);
        QTest::mouseClick(child<QRadioButton>(&dialog, u"keyKeychain"_s), Qt::LeftButton, {}, QPoint(6, 8));
        auto *input = child<QLineEdit>(&dialog, u"keyInput"_s);
        QTRY_VERIFY(input->isVisible());
        QTest::keyClicks(input, secretKey);
        QTest::keyClick(input, Qt::Key_Return);
        auto *error = child<QLabel>(&dialog, u"keyError"_s);
        QTRY_VERIFY(error->isVisible());
        QVERIFY(dialog.isVisible());
        QVERIFY2(error->text().contains(u"No Secret Service is running."_s), qPrintable(error->text()));
        QVERIFY(error->text().contains(u"OPENAI_API_KEY"_s));
        QVERIFY(error->text().contains(u"environment variable"_s));
        QCOMPARE(child<QLabel>(&dialog, u"keyStatus"_s)->text(), u"Not stored"_s);
        // The typed key is gone from the field: it is nowhere once the write failed.
        QVERIFY(input->text().isEmpty());

        // The alternative works: the profile reads its key from the variable.
        QTest::mouseClick(child<QRadioButton>(&dialog, u"keyEnvironment"_s), Qt::LeftButton, {}, QPoint(6, 8));
        QCOMPARE(dialog.profiles().constFirst().key.type, Llm::KeySource::Type::Environment);
        QCOMPARE(dialog.profiles().constFirst().key.name, u"OPENAI_API_KEY"_s);
    }

    void duplicate_copiesTheProfileUnderAFreeName_andRemoveTakesItAway()
    {
        Test::MemorySecrets secrets;
        ModelAccess models(*m_session, secrets);
        ProvidersDialog dialog(*m_session, models);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Nothing yet: a hint says how to begin.
        QVERIFY(child<QLabel>(&dialog, u"emptyHint"_s)->isVisible());
        fillNewProfile(dialog);
        QVERIFY(!child<QLabel>(&dialog, u"emptyHint"_s)->isVisible());
        auto *list = child<QListWidget>(&dialog, u"profileList"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"duplicateProfile"_s), Qt::LeftButton);
        QCOMPARE(dialog.profiles().size(), 2);
        QCOMPARE(dialog.profiles().at(1).name, u"teacher 2"_s);
        QCOMPARE(dialog.profiles().at(1).model, u"test-model"_s);
        QCOMPARE(list->currentRow(), 1);
        QCOMPARE(child<QLineEdit>(&dialog, u"profileName"_s)->text(), u"teacher 2"_s);
        // Edits go to the copy only.
        auto *name = child<QLineEdit>(&dialog, u"profileName"_s);
        name->selectAll();
        QTest::keyClicks(name, u"judge"_s);
        QCOMPARE(dialog.profiles().at(0).name, u"teacher"_s);
        QCOMPARE(dialog.profiles().at(1).name, u"judge"_s);
        QCOMPARE(list->item(1)->text(), u"judge — test-model"_s);
        // Back on the first profile the form shows it again.
        list->setCurrentRow(0);
        QCOMPARE(name->text(), u"teacher"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"removeProfile"_s), Qt::LeftButton);
        QCOMPARE(dialog.profiles().size(), 1);
        QCOMPARE(dialog.profiles().constFirst().name, u"judge"_s);
        QCOMPARE(name->text(), u"judge"_s);
    }

    void invalidUrl_blocksOk_andKindSetsDefaults()
    {
        Test::MemorySecrets secrets;
        ModelAccess models(*m_session, secrets);
        ProvidersDialog dialog(*m_session, models);
        dialog.show();
        fillNewProfile(dialog);
        auto *ok = child<QDialogButtonBox>(&dialog, QString())->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        auto *url = child<QLineEdit>(&dialog, u"baseUrl"_s);
        url->selectAll();
        QTest::keyClicks(url, u"not a url"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(child<QLabel>(&dialog, u"problems"_s)->text().contains(u"baseUrl"_s));

        // Choosing Anthropic puts its address in place of the local default.
        url->selectAll();
        QTest::keyClicks(url, u"http://127.0.0.1:8080/v1"_s);
        auto *kind = child<QComboBox>(&dialog, u"profileKind"_s);
        kind->setCurrentIndex(2);
        Q_EMIT kind->activated(2);
        QCOMPARE(url->text(), u"https://api.anthropic.com"_s);
        QCOMPARE(dialog.profiles().constFirst().kind, Llm::ProviderKind::Anthropic);
        QVERIFY(ok->isEnabled());

        // Cancel leaves the design alone.
        dialog.reject();
        QVERIFY(m_session->design().providers.isEmpty());
    }
};

QTEST_MAIN(ProvidersDialogTest)
#include "providersdialog_test.moc"

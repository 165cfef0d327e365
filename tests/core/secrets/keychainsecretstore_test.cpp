// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "secrets/keychainsecretstore.h"

#include <QProcess>
#include <QTest>

using namespace Dialogsmith;

namespace {

// Waits for the keychain's answer while the event loop runs (QtKeychain answers through D-Bus).
SecretResult await(QFuture<SecretResult> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        return SecretResult::failed(QStringLiteral("the keychain did not answer within 20 s"));
    return future.result();
}

const QString service = QStringLiteral("org.dialogsmith.Dialogsmith.test");

} // namespace

// Runs under tests/support/with-secret-service: a private session bus with a real gnome-keyring.
class KeychainSecretStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(qEnvironmentVariableIsSet("DIALOGSMITH_PRIVATE_BUS"), "run me through ctest"); }

    void writeReadDelete_roundTripsThroughTheSecretService()
    {
        KeychainSecretStore store(service);
        const QString key = QStringLiteral("sk-test-4f9c2a7e1b");

        SecretResult written = await(store.write(QStringLiteral("openai-main"), key));
        QVERIFY2(written.status == SecretResult::Status::Ok, qPrintable(written.error));

        const SecretResult read = await(store.read(QStringLiteral("openai-main")));
        QVERIFY2(read.status == SecretResult::Status::Ok, qPrintable(read.error));
        QCOMPARE(read.secret, key);

        const SecretResult removed = await(store.remove(QStringLiteral("openai-main")));
        QVERIFY2(removed.status == SecretResult::Status::Ok, qPrintable(removed.error));

        const SecretResult gone = await(store.read(QStringLiteral("openai-main")));
        QVERIFY2(gone.status == SecretResult::Status::NotFound, qPrintable(gone.error));
        QVERIFY(gone.secret.isEmpty());
    }

    void read_missingKey_isNotFoundRatherThanAnError()
    {
        KeychainSecretStore store(service);
        const SecretResult result = await(store.read(QStringLiteral("never-stored")));
        QVERIFY2(result.status == SecretResult::Status::NotFound, qPrintable(result.error));
        QVERIFY(result.error.isEmpty());
    }

    void write_replacesTheOldKey()
    {
        KeychainSecretStore store(service);
        QCOMPARE(await(store.write(QStringLiteral("anthropic"), QStringLiteral("first"))).status,
                 SecretResult::Status::Ok);
        QCOMPARE(await(store.write(QStringLiteral("anthropic"), QStringLiteral("second"))).status,
                 SecretResult::Status::Ok);
        QCOMPARE(await(store.read(QStringLiteral("anthropic"))).secret, QStringLiteral("second"));
        QCOMPARE(await(store.remove(QStringLiteral("anthropic"))).status, SecretResult::Status::Ok);
    }

    // The key is in the Secret Service itself, where other programs of the user's session can see it, and
    // not in a file of ours.
    void write_isVisibleToOtherSecretServiceClients()
    {
        KeychainSecretStore store(service);
        const QString key = QStringLiteral("gm-test-key-77");
        QCOMPARE(await(store.write(QStringLiteral("gemini"), key)).status, SecretResult::Status::Ok);

        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"),
                    QStringLiteral("gemini")});
        QVERIFY(tool.waitForFinished(20000));
        QCOMPARE(QString::fromUtf8(tool.readAllStandardOutput()).trimmed(), key);
        QCOMPARE(await(store.remove(QStringLiteral("gemini"))).status, SecretResult::Status::Ok);
    }

    // docs/providers.md tells headless users to store a key with secret-tool; the store must read it.
    void read_findsAKeyStoredWithSecretTool()
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("store"), QStringLiteral("--label=Dialogsmith: cli"), QStringLiteral("server"),
                    service, QStringLiteral("user"), QStringLiteral("cli-profile"), QStringLiteral("type"),
                    QStringLiteral("plaintext"), QStringLiteral("xdg:schema"), QStringLiteral("org.qt.keychain")});
        QVERIFY(tool.waitForStarted(20000));
        tool.write("sk-from-the-shell");
        tool.closeWriteChannel();
        QVERIFY(tool.waitForFinished(20000));
        QCOMPARE(tool.exitCode(), 0);

        KeychainSecretStore store(service);
        const SecretResult read = await(store.read(QStringLiteral("cli-profile")));
        QVERIFY2(read.status == SecretResult::Status::Ok,
                 qPrintable(QStringLiteral("status %1: %2").arg(int(read.status)).arg(read.error)));
        QCOMPARE(read.secret, QStringLiteral("sk-from-the-shell"));
        QCOMPARE(await(store.remove(QStringLiteral("cli-profile"))).status, SecretResult::Status::Ok);
    }
};

QTEST_GUILESS_MAIN(KeychainSecretStoreTest)
#include "keychainsecretstore_test.moc"

// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
#include "secrets/keychainsecretstore.h"

#include <QCoreApplication>
#include <QPromise>
#include <qt6keychain/keychain.h>

#include <memory>

namespace Dialogsmith {

namespace {

QString describe(QKeychain::Error error, const QString &detail)
{
    const char *what = nullptr;
    switch (error) {
    case QKeychain::NoBackendAvailable:
        what = QT_TRANSLATE_NOOP("KeychainSecretStore",
                                 "No system keychain is available (%1). Put the key in an environment variable "
                                 "instead.");
        break;
    case QKeychain::AccessDeniedByUser:
        what = QT_TRANSLATE_NOOP("KeychainSecretStore", "Access to the system keychain was refused (%1).");
        break;
    case QKeychain::AccessDenied:
        what = QT_TRANSLATE_NOOP("KeychainSecretStore", "The system keychain denied access (%1).");
        break;
    case QKeychain::CouldNotDeleteEntry:
        what = QT_TRANSLATE_NOOP("KeychainSecretStore", "The key could not be deleted from the system keychain (%1).");
        break;
    default:
        what = QT_TRANSLATE_NOOP("KeychainSecretStore", "The system keychain reported an error (%1).");
        break;
    }
    return QCoreApplication::translate("KeychainSecretStore", what).arg(detail);
}

// Starts `job` and fulfils the returned future when it finishes. The job deletes itself.
template<typename Job, typename Extract>
QFuture<SecretResult> run(Job *job, Extract extract)
{
    auto promise = std::make_shared<QPromise<SecretResult>>();
    promise->start();
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, job, extract](QKeychain::Job *) {
        SecretResult result;
        switch (job->error()) {
        case QKeychain::NoError:
            result = SecretResult::ok(extract(job));
            break;
        case QKeychain::EntryNotFound:
            result = SecretResult::notFound();
            break;
        default:
            result = SecretResult::failed(describe(job->error(), job->errorString()));
            break;
        }
        promise->addResult(result);
        promise->finish();
    });
    job->start();
    return promise->future();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{ }

QFuture<SecretResult> KeychainSecretStore::read(const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(account);
    return run(job, [](QKeychain::ReadPasswordJob *j) { return j->textData(); });
}

QFuture<SecretResult> KeychainSecretStore::write(const QString &account, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(account);
    job->setTextData(secret);
    return run(job, [](QKeychain::WritePasswordJob *) { return QString(); });
}

QFuture<SecretResult> KeychainSecretStore::remove(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(account);
    return run(job, [](QKeychain::DeletePasswordJob *) { return QString(); });
}

} // namespace Dialogsmith

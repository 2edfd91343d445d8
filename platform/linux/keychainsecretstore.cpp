#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

namespace bollplank::platform {

namespace {

SecretStore::Result resultOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Result::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Result::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Result::Unavailable;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStore::Result::Denied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretStore::Result::Failed;
}

template<typename Job>
Job *makeJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file in place of the key store
    job->setKey(key);
    return job;
}

} // namespace

void KeychainSecretStore::probe(std::function<void(bool)> done)
{
    // Reading an entry that does not exist tells a working store (EntryNotFound) from none.
    read(QStringLiteral("probe"), [done = std::move(done)](Result result, const QString &) {
        done(result == Result::Ok || result == Result::NotFound);
    });
}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, [done = std::move(done)](QKeychain::Job *finished) {
        const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        const Result result = resultOf(finished->error());
        done(result, result == Result::Ok ? readJob->textData() : QString());
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, DoneCallback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished,
        [done = std::move(done)](QKeychain::Job *finished) { done(resultOf(finished->error())); });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, DoneCallback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished,
        [done = std::move(done)](QKeychain::Job *finished) { done(resultOf(finished->error())); });
    job->start();
}

} // namespace bollplank::platform

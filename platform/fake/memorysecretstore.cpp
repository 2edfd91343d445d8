#include "memorysecretstore.h"

#include <QTimer>

namespace bollplank::platform {

// Callbacks are delivered from the event loop, as a real key store's would be.

void MemorySecretStore::probe(std::function<void(bool)> done)
{
    QTimer::singleShot(0, [done = std::move(done), available = m_available] { done(available); });
}

void MemorySecretStore::read(const QString &key, ReadCallback done)
{
    Result result = Result::Unavailable;
    QString secret;
    if (m_available) {
        const auto it = m_secrets.constFind(key);
        result = it == m_secrets.constEnd() ? Result::NotFound : Result::Ok;
        if (it != m_secrets.constEnd())
            secret = *it;
    }
    QTimer::singleShot(0, [done = std::move(done), result, secret] { done(result, secret); });
}

void MemorySecretStore::write(const QString &key, const QString &secret, DoneCallback done)
{
    if (m_available)
        m_secrets.insert(key, secret);
    const Result result = m_available ? Result::Ok : Result::Unavailable;
    QTimer::singleShot(0, [done = std::move(done), result] { done(result); });
}

void MemorySecretStore::remove(const QString &key, DoneCallback done)
{
    const Result result = !m_available ? Result::Unavailable
        : m_refuseRemoval              ? Result::Denied
        : m_secrets.remove(key)        ? Result::Ok
                                       : Result::NotFound;
    QTimer::singleShot(0, [done = std::move(done), result] { done(result); });
}

} // namespace bollplank::platform

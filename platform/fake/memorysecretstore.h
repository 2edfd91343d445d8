#pragma once

#include "secretstore.h"

#include <QHash>

namespace bollplank::platform {

/// A key store in memory, for tests. When constructed unavailable it behaves like a machine
/// without any OS key store: every call reports Unavailable.
class MemorySecretStore final : public SecretStore
{
public:
    explicit MemorySecretStore(bool available)
        : m_available(available)
    {
    }

    void probe(std::function<void(bool)> done) override;
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;

private:
    bool m_available;
    QHash<QString, QString> m_secrets;
};

} // namespace bollplank::platform

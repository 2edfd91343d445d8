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

    /// Everything stored, so a test can check what reached the key store.
    [[nodiscard]] const QHash<QString, QString> &secrets() const noexcept { return m_secrets; }
    /// From now on, removals are refused (Denied) and change nothing, as a locked keyring may.
    void setRefuseRemoval(bool refuse) noexcept { m_refuseRemoval = refuse; }

private:
    bool m_available;
    bool m_refuseRemoval = false;
    QHash<QString, QString> m_secrets;
};

} // namespace bollplank::platform

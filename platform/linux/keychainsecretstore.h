#pragma once

#include "secretstore.h"

namespace bollplank::platform {

/// The desktop key store through QtKeychain (Secret Service or KWallet over D-Bus). QtKeychain's
/// plain-text fallback is switched off explicitly: no backend means "unavailable", never a file.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service)
        : m_service(std::move(service))
    {
    }

    void probe(std::function<void(bool)> done) override;
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;

private:
    QString m_service;
};

} // namespace bollplank::platform

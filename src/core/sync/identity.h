#pragma once

#include "securebytes.h"
#include "store/securekey.h"

#include <QByteArray>
#include <QString>

namespace bollplank {
class Store;
class UnlockedProfile;
} // namespace bollplank

namespace bollplank::sync {

/// This device's long-term keys: Ed25519 to sign (envelopes, pairing, the relay's challenge) and
/// X25519 to receive sealed collection keys. Created on first use and kept in the encrypted store;
/// the secrets live only in guarded memory once loaded.
class DeviceIdentity
{
public:
    static constexpr int SignPublicSize = 32;
    static constexpr int SignatureSize = 64;
    static constexpr int BoxPublicSize = 32;

    /// Loads this device's keys, creating them (in their own transaction) on first use.
    [[nodiscard]] static DeviceIdentity load(Store &store);
    [[nodiscard]] static DeviceIdentity load(UnlockedProfile &profile);

    [[nodiscard]] const QByteArray &signPublicKey() const noexcept { return m_signPublic; }
    [[nodiscard]] const QByteArray &boxPublicKey() const noexcept { return m_boxPublic; }
    /// The store's device id (a UUID): what records name as their author_device.
    [[nodiscard]] const QString &deviceId() const noexcept { return m_deviceId; }
    [[nodiscard]] const SecureBytes &signSecretKey() const noexcept { return m_signSecret; }
    [[nodiscard]] const SecureKey &boxSecretKey() const noexcept { return m_boxSecret; }

    /// The key that encrypts the direct endpoint's database (direct-endpoint.sqlite) at rest:
    /// derived from the box secret with crypto_kdf under its own context, so only this unlocked
    /// profile has it, nothing new is stored, and it says nothing about the box secret. The same
    /// for the app and the CLI's "sync serve" on one profile, for the profile's whole life (the
    /// identity never changes).
    [[nodiscard]] SecureKey directEndpointKey() const;

    /// A detached Ed25519 signature over message.
    [[nodiscard]] QByteArray sign(const QByteArray &message) const;
    [[nodiscard]] static bool verify(const QByteArray &signPublicKey, const QByteArray &message,
        const QByteArray &signature);

    /// Answers a relay's (or a direct endpoint's) login challenge: an Ed25519 signature over
    /// "bollplank-auth-v1\0" || challenge, so the signature cannot be reused as anything else.
    [[nodiscard]] QByteArray signChallenge(const QByteArray &challenge) const;
    /// The server's side of signChallenge.
    [[nodiscard]] static bool verifyChallenge(const QByteArray &signPublicKey, const QByteArray &challenge,
        const QByteArray &signature);

private:
    DeviceIdentity() = default;

    QByteArray m_signPublic;
    QByteArray m_boxPublic;
    QString m_deviceId;
    SecureBytes m_signSecret;
    SecureKey m_boxSecret;
};

} // namespace bollplank::sync

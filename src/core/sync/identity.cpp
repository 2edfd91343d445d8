#include "identity.h"

#include "profile/profile.h"
#include "profile/store.h"
#include "store/sodiuminit.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <algorithm>
#include <cstdint>
#include <sodium.h>

namespace bollplank::sync {

namespace {

const QByteArray AuthContext = QByteArrayLiteral("bollplank-auth-v1") + '\0';
/// crypto_kdf's context (exactly 8 characters) and subkey number for the direct endpoint's key.
constexpr char DirectEndpointContext[crypto_kdf_CONTEXTBYTES + 1] = "bpdirect";
constexpr std::uint64_t DirectEndpointSubkey = 1;

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

void createKeys(Store &store)
{
    unsigned char seed[crypto_sign_SEEDBYTES];
    unsigned char signPublic[crypto_sign_PUBLICKEYBYTES];
    unsigned char signSecret[crypto_sign_SECRETKEYBYTES];
    unsigned char boxPublic[crypto_box_PUBLICKEYBYTES];
    unsigned char boxSecret[crypto_box_SECRETKEYBYTES];
    randombytes_buf(seed, sizeof seed);
    crypto_sign_seed_keypair(signPublic, signSecret, seed);
    crypto_box_keypair(boxPublic, boxSecret);
    QByteArray seedBlob(reinterpret_cast<const char *>(seed), sizeof seed);
    QByteArray boxBlob(reinterpret_cast<const char *>(boxSecret), sizeof boxSecret);
    sodium_memzero(seed, sizeof seed);
    sodium_memzero(signSecret, sizeof signSecret);
    sodium_memzero(boxSecret, sizeof boxSecret);

    Transaction tx(store.db());
    store.db()
        .prepare("INSERT OR IGNORE INTO sync_identity (singleton, sign_public, sign_seed, box_public, box_secret, "
                 "created_at) VALUES (1, ?, ?, ?, ?, ?)")
        .bind(1, QByteArray(reinterpret_cast<const char *>(signPublic), sizeof signPublic))
        .bind(2, seedBlob)
        .bind(3, QByteArray(reinterpret_cast<const char *>(boxPublic), sizeof boxPublic))
        .bind(4, boxBlob)
        .bind(5, store.now())
        .run();
    tx.commit();
    wipe(seedBlob);
    wipe(boxBlob);
}

} // namespace

DeviceIdentity DeviceIdentity::load(UnlockedProfile &profile)
{
    return load(profile.store());
}

DeviceIdentity DeviceIdentity::load(Store &store)
{
    ensureSodium();
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto row = store.db().prepare(
            "SELECT sign_public, sign_seed, box_public, box_secret FROM sync_identity WHERE singleton = 1");
        if (!row.step()) {
            createKeys(store);
            continue;
        }
        DeviceIdentity id;
        id.m_deviceId = store.deviceId();
        id.m_signPublic = row.blob(0);
        id.m_boxPublic = row.blob(2);
        QByteArray seed = row.blob(1);
        QByteArray boxSecret = row.blob(3);
        if (seed.size() != crypto_sign_SEEDBYTES || boxSecret.size() != crypto_box_SECRETKEYBYTES) {
            wipe(seed);
            wipe(boxSecret);
            throw StoreError(StoreError::Kind::CorruptDatabase, "This device's sync keys are damaged");
        }
        id.m_signSecret = SecureBytes(crypto_sign_SECRETKEYBYTES);
        unsigned char derivedPublic[crypto_sign_PUBLICKEYBYTES];
        crypto_sign_seed_keypair(derivedPublic, id.m_signSecret.data(), bytes(seed));
        std::copy_n(bytes(boxSecret), SecureKey::Size, id.m_boxSecret.data());
        wipe(seed);
        wipe(boxSecret);
        if (sodium_memcmp(derivedPublic, bytes(id.m_signPublic), sizeof derivedPublic) != 0)
            throw StoreError(StoreError::Kind::CorruptDatabase, "This device's sync keys do not match");
        return id;
    }
    throw StoreError(StoreError::Kind::Internal, "Could not create this device's sync keys");
}

SecureKey DeviceIdentity::directEndpointKey() const
{
    static_assert(SecureKey::Size == crypto_kdf_KEYBYTES && SecureKey::Size >= crypto_kdf_BYTES_MIN);
    // Straight into guarded memory: no copy of the derived key is left to wipe.
    SecureKey key;
    if (crypto_kdf_derive_from_key(key.data(), SecureKey::Size, DirectEndpointSubkey, DirectEndpointContext,
            m_boxSecret.data())
        != 0)
        throw StoreError(StoreError::Kind::Internal, "Could not derive the direct endpoint's key");
    return key;
}

QByteArray DeviceIdentity::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr, bytes(message),
        std::size_t(message.size()), m_signSecret.data());
    return signature;
}

bool DeviceIdentity::verify(const QByteArray &signPublicKey, const QByteArray &message, const QByteArray &signature)
{
    ensureSodium();
    if (signPublicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), std::size_t(message.size()),
               bytes(signPublicKey))
        == 0;
}

QByteArray DeviceIdentity::signChallenge(const QByteArray &challenge) const
{
    return sign(AuthContext + challenge);
}

bool DeviceIdentity::verifyChallenge(const QByteArray &signPublicKey, const QByteArray &challenge,
    const QByteArray &signature)
{
    return verify(signPublicKey, AuthContext + challenge, signature);
}

} // namespace bollplank::sync

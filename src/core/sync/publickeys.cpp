#include "publickeys.h"

#include "store/sodiuminit.h"

#include <sodium.h>

namespace bollplank::sync {

bool isValidSignKey(const QByteArray &key)
{
    ensureSodium();
    return key.size() == int(crypto_sign_PUBLICKEYBYTES)
        && crypto_core_ed25519_is_valid_point(reinterpret_cast<const unsigned char *>(key.constData())) == 1;
}

bool isValidBoxKey(const QByteArray &key)
{
    ensureSodium();
    if (key.size() != int(crypto_scalarmult_BYTES))
        return false;
    unsigned char scalar[crypto_scalarmult_SCALARBYTES];
    unsigned char shared[crypto_scalarmult_BYTES];
    randombytes_buf(scalar, sizeof scalar);
    // crypto_scalarmult fails exactly when the result is all zeros: a low-order point.
    const bool ok = crypto_scalarmult(shared, scalar, reinterpret_cast<const unsigned char *>(key.constData())) == 0;
    sodium_memzero(scalar, sizeof scalar);
    sodium_memzero(shared, sizeof shared);
    return ok;
}

} // namespace bollplank::sync

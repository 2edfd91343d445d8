#include "testdevices.h"

#include <sodium.h>

namespace bollplank::e2e {

net::DeviceSigner newDevice()
{
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
        reinterpret_cast<unsigned char *>(secretKey.data()));
    return net::DeviceSigner::fromSecretKey(secretKey);
}

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes;
}

} // namespace bollplank::e2e

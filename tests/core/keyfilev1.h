#pragma once

// The key-file writer of format version 1, as Bollplank shipped it before the device slot
// (KeyFile::wrap at commit d825147, copied byte for byte apart from the names): tests use it
// to make the files that existing profiles hold, and check today's reader still opens them.

#include "store/securekey.h"

#include <QByteArray>
#include <QString>
#include <QtEndian>
#include <cstring>
#include <sodium.h>

namespace bollplank::test {

inline QByteArray wrapVersion1(const SecureKey &key, const QString &passphrase, std::uint64_t opsLimit,
    std::uint64_t memLimit)
{
    constexpr std::size_t SaltSize = crypto_pwhash_SALTBYTES;
    constexpr std::size_t NonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr std::size_t SealedSize = SecureKey::Size + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    constexpr std::size_t ChecksumSize = crypto_generichash_BYTES;
    constexpr std::size_t HeaderSize = 4 + 1 + 1 + 4 + 8 + SaltSize + NonceSize;
    constexpr std::size_t FileSize = HeaderSize + SealedSize + ChecksumSize;

    QByteArray file(qsizetype(FileSize), '\0');
    auto *out = reinterpret_cast<unsigned char *>(file.data());
    std::memcpy(out, "BPKY", 4);
    out[4] = 1;
    out[5] = 2; // Argon2id v1.3
    qToLittleEndian<quint32>(quint32(opsLimit), out + 6);
    qToLittleEndian<quint64>(memLimit, out + 10);
    unsigned char *salt = out + 18;
    unsigned char *nonce = salt + SaltSize;
    randombytes_buf(salt, SaltSize);
    randombytes_buf(nonce, NonceSize);

    QByteArray secret = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    SecureKey kek;
    if (crypto_pwhash(kek.data(), SecureKey::Size, secret.constData(), static_cast<unsigned long long>(secret.size()),
            salt, opsLimit, std::size_t(memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    unsigned long long sealedLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + HeaderSize, &sealedLen, key.data(), SecureKey::Size,
        out, HeaderSize, nullptr, nonce, kek.data());
    crypto_generichash(out + HeaderSize + SealedSize, ChecksumSize, out, HeaderSize + SealedSize, nullptr, 0);
    return file;
}

} // namespace bollplank::test

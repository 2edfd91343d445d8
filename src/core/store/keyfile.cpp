#include "keyfile.h"

#include "sodiuminit.h"
#include "storeerror.h"

#include <QFile>
#include <QtEndian>
#include <cerrno>
#include <cstring>
#include <filesystem>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#include <sodium.h>

namespace bollplank {

namespace {

constexpr char Magic[4] = { 'B', 'P', 'K', 'Y' };
constexpr std::size_t SaltSize = crypto_pwhash_SALTBYTES;
constexpr std::size_t NonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t SealedSize = SecureKey::Size + crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t ChecksumSize = crypto_generichash_BYTES;
constexpr std::size_t HeaderSize = 4 + 1 + 1 + 4 + 8 + SaltSize + NonceSize;
constexpr std::size_t FileSize = HeaderSize + SealedSize + ChecksumSize;
constexpr std::uint8_t KdfArgon2id = 2;

// Bounds on what a key file may ask for, so a tampered file cannot make unlocking allocate
// gigabytes or spin for minutes.
constexpr std::uint64_t MaxOpsLimit = 16;
constexpr std::uint64_t MaxMemLimit = 1024ull * 1024 * 1024;

[[noreturn]] void corrupt(const char *why)
{
    throw StoreError(StoreError::Kind::CorruptKeyFile, std::string("The key file is damaged: ") + why);
}

// The same passphrase typed on two devices may arrive in different Unicode forms (å as one code
// point or as a + ring); normalising makes both unlock.
QByteArray passphraseBytes(const QString &passphrase)
{
    return passphrase.normalized(QString::NormalizationForm_C).toUtf8();
}

SecureKey deriveKek(const QString &passphrase, const unsigned char *salt, KdfParams params)
{
    QByteArray secret = passphraseBytes(passphrase);
    SecureKey kek;
    const int rc = crypto_pwhash(kek.data(), SecureKey::Size, secret.constData(),
        static_cast<unsigned long long>(secret.size()), salt, params.opsLimit, std::size_t(params.memLimit),
        crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(secret.data(), std::size_t(secret.size()));
    if (rc != 0)
        throw StoreError(StoreError::Kind::Internal, "Not enough memory to derive the key from the passphrase");
    return kek;
}

void checkParams(KdfParams params)
{
    if (params.opsLimit < crypto_pwhash_OPSLIMIT_MIN || params.opsLimit > MaxOpsLimit
        || params.memLimit < crypto_pwhash_MEMLIMIT_MIN || params.memLimit > MaxMemLimit)
        corrupt("its key derivation settings are out of range");
}

KdfParams parseHeader(const QByteArray &file)
{
    if (file.size() < qsizetype(HeaderSize) || std::memcmp(file.constData(), Magic, 4) != 0)
        corrupt("it is not a Bollplank key file");
    const auto *bytes = reinterpret_cast<const unsigned char *>(file.constData());
    if (bytes[4] == 0)
        corrupt("it has no format version");
    if (bytes[4] > KeyFile::FormatVersion)
        throw StoreError(StoreError::Kind::CorruptKeyFile,
            "The key file was written by a newer version of Bollplank; update the app to open it");
    if (file.size() != qsizetype(FileSize))
        corrupt("it has the wrong length (truncated?)");
    if (bytes[5] != KdfArgon2id)
        corrupt("it names an unknown key derivation");
    KdfParams params;
    params.opsLimit = qFromLittleEndian<quint32>(bytes + 6);
    params.memLimit = qFromLittleEndian<quint64>(bytes + 10);
    checkParams(params);
    return params;
}

} // namespace

KdfParams KdfParams::standard()
{
    // Argon2id, 3 passes over 128 MiB: about half a second on a laptop, and within what a
    // phone can allocate (libsodium's "moderate" 256 MiB risks being killed on small phones).
    return { 3, 128ull * 1024 * 1024 };
}

KdfParams KdfParams::minimal()
{
    return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
}

namespace KeyFile {

QByteArray wrap(const SecureKey &key, const QString &passphrase, KdfParams params)
{
    ensureSodium();
    if (params.opsLimit < crypto_pwhash_OPSLIMIT_MIN || params.opsLimit > MaxOpsLimit
        || params.memLimit < crypto_pwhash_MEMLIMIT_MIN || params.memLimit > MaxMemLimit)
        throw StoreError(StoreError::Kind::InvalidInput, "Key derivation settings out of range");
    QByteArray file(qsizetype(FileSize), '\0');
    auto *out = reinterpret_cast<unsigned char *>(file.data());
    std::memcpy(out, Magic, 4);
    out[4] = FormatVersion;
    out[5] = KdfArgon2id;
    qToLittleEndian<quint32>(quint32(params.opsLimit), out + 6);
    qToLittleEndian<quint64>(params.memLimit, out + 10);
    unsigned char *salt = out + 18;
    unsigned char *nonce = salt + SaltSize;
    randombytes_buf(salt, SaltSize);
    randombytes_buf(nonce, NonceSize);

    const SecureKey kek = deriveKek(passphrase, salt, params);
    unsigned long long sealedLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + HeaderSize, &sealedLen, key.data(), SecureKey::Size,
        out, HeaderSize, nullptr, nonce, kek.data());
    crypto_generichash(out + HeaderSize + SealedSize, ChecksumSize, out, HeaderSize + SealedSize, nullptr, 0);
    return file;
}

SecureKey unwrap(const QByteArray &file, const QString &passphrase)
{
    ensureSodium();
    const KdfParams params = parseHeader(file);
    const auto *in = reinterpret_cast<const unsigned char *>(file.constData());
    unsigned char checksum[ChecksumSize];
    crypto_generichash(checksum, ChecksumSize, in, HeaderSize + SealedSize, nullptr, 0);
    if (sodium_memcmp(checksum, in + HeaderSize + SealedSize, ChecksumSize) != 0)
        corrupt("its checksum does not match (a changed or damaged byte)");

    const SecureKey kek = deriveKek(passphrase, in + 18, params);
    SecureKey key;
    unsigned long long keyLen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(), &keyLen, nullptr, in + HeaderSize, SealedSize, in,
            HeaderSize, in + 18 + SaltSize, kek.data())
            != 0
        || keyLen != SecureKey::Size)
        throw StoreError(StoreError::Kind::WrongPassphrase, "Wrong passphrase");
    return key;
}

KdfParams paramsOf(const QByteArray &file)
{
    return parseHeader(file);
}

QByteArray read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        throw StoreError(StoreError::Kind::Io, "There is no key file at " + path.toStdString());
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Io, "Cannot read the key file: " + file.errorString().toStdString());
    // Never read more than a key file can be: a huge file is damage, not a key.
    QByteArray bytes = file.read(qint64(FileSize) + 1);
    if (file.error() != QFile::NoError)
        throw StoreError(StoreError::Kind::Io, "Cannot read the key file: " + file.errorString().toStdString());
    return bytes;
}

void write(const QString &path, const QByteArray &bytes)
{
    // Not QSaveFile: in Qt 6.4 its commit() reported success for a file cut short by a full disk
    // (seen with a file-size limit), and then renamed the stub over the good key file. Here the
    // new file is written beside the old one, synced, read back and compared, and only then
    // renamed over it, so the old key file survives any failure.
    const QString temp = path + QStringLiteral(".new");
    QFile::remove(temp);
    auto fail = [&](StoreError::Kind kind, const std::string &why) {
        QFile::remove(temp);
        throw StoreError(kind, "Cannot write the key file: " + why);
    };
    {
        QFile file(temp);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
            fail(StoreError::Kind::Io, file.errorString().toStdString());
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        if (file.write(bytes) != bytes.size() || !file.flush())
            fail(StoreError::Kind::DiskFull, file.errorString().toStdString());
#ifdef Q_OS_UNIX
        if (::fsync(file.handle()) != 0)
            fail(StoreError::Kind::DiskFull, std::strerror(errno));
#endif
        file.close();
    }
    {
        QFile check(temp);
        if (!check.open(QIODevice::ReadOnly) || check.readAll() != bytes)
            fail(StoreError::Kind::DiskFull, "what reached the disk differs from what was written");
    }
    std::error_code error;
    std::filesystem::rename(temp.toStdString(), path.toStdString(), error);
    if (error)
        fail(StoreError::Kind::Io, error.message());
}

} // namespace KeyFile

} // namespace bollplank

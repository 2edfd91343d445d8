#include "keyfile.h"

#include "sodiuminit.h"
#include "storeerror.h"
#include "testhooks.h"

#include <QtEndian>
#include <array>
#include <cstring>
#include <sodium.h>

namespace bollplank {

namespace {

constexpr char Magic[4] = { 'B', 'P', 'K', 'Y' };
constexpr std::size_t SaltSize = crypto_pwhash_SALTBYTES;
constexpr std::size_t NonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t SealedSize = SecureKey::Size + crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t ChecksumSize = crypto_generichash_BYTES;
constexpr std::size_t SaltAt = 18;
constexpr std::size_t NonceAt = SaltAt + SaltSize;
constexpr std::size_t HeaderSize = NonceAt + NonceSize; // 58: the passphrase slot's associated data
constexpr std::size_t PassphraseEnd = HeaderSize + SealedSize; // 106
// Version 2 adds the device slot after the passphrase slot.
constexpr std::size_t DeviceFlagAt = PassphraseEnd;
constexpr std::size_t DeviceNonceAt = DeviceFlagAt + 1;
constexpr std::size_t DeviceSealedAt = DeviceNonceAt + NonceSize;
constexpr std::size_t DeviceEnd = DeviceSealedAt + SealedSize; // 179
constexpr std::size_t V1Size = PassphraseEnd + ChecksumSize; // 138
constexpr std::size_t FileSize = DeviceEnd + ChecksumSize;  // 211
static_assert(FileSize == std::size_t(KeyFile::Size));
constexpr std::uint8_t KdfArgon2id = 2;

// Bounds on what a key file may ask for, so a tampered file cannot make unlocking allocate
// gigabytes or spin for minutes.
constexpr std::uint64_t MaxOpsLimit = 16;
constexpr std::uint64_t MaxMemLimit = 1024ull * 1024 * 1024;

[[noreturn]] void corrupt(const char *why)
{
    throw StoreError(StoreError::Kind::CorruptKeyFile, std::string("The key file is damaged: ") + why);
}

unsigned char *bytesOf(QByteArray &file)
{
    return reinterpret_cast<unsigned char *>(file.data());
}

const unsigned char *bytesOf(const QByteArray &file)
{
    return reinterpret_cast<const unsigned char *>(file.constData());
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

bool aboveMaximum(KdfParams params)
{
    return params.opsLimit > MaxOpsLimit || params.memLimit > MaxMemLimit;
}

bool belowFloor(KdfParams params, KdfFloor floor)
{
    if (floor == KdfFloor::AllowTestMinimal && params == KdfParams::minimal())
        return false;
    const KdfParams least = KdfParams::floor();
    return params.opsLimit < least.opsLimit || params.memLimit < least.memLimit;
}

struct Parsed
{
    int version = 0;
    KdfParams params;
    bool deviceSlot = false;
};

Parsed parse(const QByteArray &file, KdfFloor floor)
{
    if (file.size() < qsizetype(HeaderSize) || std::memcmp(file.constData(), Magic, 4) != 0)
        corrupt("it is not a Bollplank key file");
    const unsigned char *bytes = bytesOf(file);
    Parsed parsed;
    parsed.version = bytes[4];
    if (parsed.version == 0)
        corrupt("it has no format version");
    if (parsed.version > KeyFile::FormatVersion)
        throw StoreError(StoreError::Kind::CorruptKeyFile,
            "The key file was written by a newer version of Bollplank; update the app to open it");
    const std::size_t size = parsed.version == 1 ? V1Size : FileSize;
    if (file.size() != qsizetype(size))
        corrupt("it has the wrong length (truncated?)");
    if (bytes[5] != KdfArgon2id)
        corrupt("it names an unknown key derivation");
    parsed.params.opsLimit = qFromLittleEndian<quint32>(bytes + 6);
    parsed.params.memLimit = qFromLittleEndian<quint64>(bytes + 10);
    if (aboveMaximum(parsed.params))
        corrupt("its key derivation settings are out of range");
    // Bollplank never writes a cheaper file: one that asks for less was swapped in or tampered
    // with, and unlocking it would let an attacker who also has the database guess far faster.
    if (belowFloor(parsed.params, floor))
        corrupt("its key derivation is cheaper than Bollplank ever writes (a swapped or tampered file)");
    unsigned char checksum[ChecksumSize];
    crypto_generichash(checksum, ChecksumSize, bytes, size - ChecksumSize, nullptr, 0);
    if (sodium_memcmp(checksum, bytes + size - ChecksumSize, ChecksumSize) != 0)
        corrupt("its checksum does not match (a changed or damaged byte)");
    if (parsed.version >= 2) {
        if (bytes[DeviceFlagAt] > 1)
            corrupt("it names an unknown kind of device slot");
        parsed.deviceSlot = bytes[DeviceFlagAt] == 1;
    }
    return parsed;
}

void writeChecksum(QByteArray &file)
{
    unsigned char *out = bytesOf(file);
    crypto_generichash(out + DeviceEnd, ChecksumSize, out, DeviceEnd, nullptr, 0);
}

// A fresh nonce and the key sealed under kek; the associated data is the header before it
// (magic, version, cost, salt, nonce), so none of it can be changed unnoticed.
void sealPassphraseSlot(QByteArray &file, const SecureKey &key, const SecureKey &kek)
{
    unsigned char *out = bytesOf(file);
    randombytes_buf(out + NonceAt, NonceSize);
    unsigned long long sealedLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        out + HeaderSize, &sealedLen, key.data(), SecureKey::Size, out, HeaderSize, nullptr, out + NonceAt, kek.data());
}

// The device slot's associated data: magic, version and the slot flag. Not the passphrase
// slot's salt or nonce, so a new passphrase leaves the device slot valid.
std::array<unsigned char, 6> deviceAd(const QByteArray &file)
{
    const unsigned char *in = bytesOf(file);
    return { in[0], in[1], in[2], in[3], in[4], in[DeviceFlagAt] };
}

void checkWritable(KdfParams params, KdfFloor floor)
{
    if (params.opsLimit < crypto_pwhash_OPSLIMIT_MIN || params.memLimit < crypto_pwhash_MEMLIMIT_MIN
        || aboveMaximum(params) || belowFloor(params, floor))
        throw StoreError(StoreError::Kind::InvalidInput, "Key derivation settings out of range");
}

} // namespace

KdfParams KdfParams::standard()
{
    // Argon2id, 3 passes over 128 MiB: about half a second on a laptop, and within what a
    // phone can allocate (libsodium's "moderate" 256 MiB risks being killed on small phones).
    return { 3, 128ull * 1024 * 1024 };
}

KdfParams KdfParams::floor()
{
    // libsodium's "interactive" cost: below it, guessing on a GPU gets cheap fast.
    return { 2, 64ull * 1024 * 1024 };
}

KdfParams KdfParams::minimal()
{
    return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
}

KdfParams KdfParams::cheapestAccepted()
{
    return testHooks::fastKdf() ? minimal() : floor();
}

KdfFloor kdfFloorForThisRun()
{
    return testHooks::fastKdf() ? KdfFloor::AllowTestMinimal : KdfFloor::Enforced;
}

namespace KeyFile {

QByteArray wrap(const SecureKey &key, const QString &passphrase, KdfParams params, KdfFloor floor)
{
    ensureSodium();
    checkWritable(params, floor);
    QByteArray file(qsizetype(FileSize), '\0');
    unsigned char *out = bytesOf(file);
    std::memcpy(out, Magic, 4);
    out[4] = FormatVersion;
    out[5] = KdfArgon2id;
    qToLittleEndian<quint32>(quint32(params.opsLimit), out + 6);
    qToLittleEndian<quint64>(params.memLimit, out + 10);
    randombytes_buf(out + SaltAt, SaltSize);
    sealPassphraseSlot(file, key, deriveKek(passphrase, out + SaltAt, params));
    writeChecksum(file);
    return file;
}

SecureKey unwrap(const QByteArray &file, const QString &passphrase, KdfFloor floor, QByteArray *current)
{
    ensureSodium();
    const Parsed parsed = parse(file, floor);
    const unsigned char *in = bytesOf(file);
    const SecureKey kek = deriveKek(passphrase, in + SaltAt, parsed.params);
    SecureKey key;
    unsigned long long keyLen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(), &keyLen, nullptr, in + HeaderSize, SealedSize, in,
            HeaderSize, in + NonceAt, kek.data())
            != 0
        || keyLen != SecureKey::Size)
        throw StoreError(StoreError::Kind::WrongPassphrase, "Wrong passphrase");
    if (current) {
        if (parsed.version == FormatVersion) {
            *current = file;
        } else {
            // Version 1 sealed the key with its own version byte in the associated data: the
            // same salt and derived key, sealed again under the current header.
            QByteArray converted(qsizetype(FileSize), '\0');
            std::memcpy(converted.data(), file.constData(), HeaderSize);
            bytesOf(converted)[4] = FormatVersion;
            sealPassphraseSlot(converted, key, kek);
            writeChecksum(converted);
            *current = converted;
        }
    }
    return key;
}

SecureKey unwrapWithDeviceKey(const QByteArray &file, const SecureKey &deviceKey, KdfFloor floor)
{
    ensureSodium();
    if (!parse(file, floor).deviceSlot)
        throw StoreError(StoreError::Kind::NotFound, "The key file has no key for this device");
    const unsigned char *in = bytesOf(file);
    const auto ad = deviceAd(file);
    SecureKey key;
    unsigned long long keyLen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(), &keyLen, nullptr, in + DeviceSealedAt, SealedSize,
            ad.data(), ad.size(), in + DeviceNonceAt, deviceKey.data())
            != 0
        || keyLen != SecureKey::Size)
        throw StoreError(StoreError::Kind::WrongPassphrase, "This device's key does not open the key file");
    return key;
}

KdfParams paramsOf(const QByteArray &file, KdfFloor floor)
{
    return parse(file, floor).params;
}

int versionOf(const QByteArray &file)
{
    return parse(file, kdfFloorForThisRun()).version;
}

bool hasDeviceSlot(const QByteArray &file)
{
    return parse(file, kdfFloorForThisRun()).deviceSlot;
}

QByteArray withDeviceSlot(const QByteArray &file, const SecureKey &key, const SecureKey &deviceKey)
{
    ensureSodium();
    if (parse(file, kdfFloorForThisRun()).version != FormatVersion)
        throw StoreError(StoreError::Kind::InvalidInput, "A device slot needs a key file in the current format");
    QByteArray out = file;
    unsigned char *bytes = bytesOf(out);
    bytes[DeviceFlagAt] = 1;
    randombytes_buf(bytes + DeviceNonceAt, NonceSize);
    const auto ad = deviceAd(out);
    unsigned long long sealedLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes + DeviceSealedAt, &sealedLen, key.data(), SecureKey::Size,
        ad.data(), ad.size(), nullptr, bytes + DeviceNonceAt, deviceKey.data());
    writeChecksum(out);
    return out;
}

QByteArray withoutDeviceSlot(const QByteArray &file)
{
    if (parse(file, kdfFloorForThisRun()).version != FormatVersion)
        return file;
    QByteArray out = file;
    std::memset(bytesOf(out) + DeviceFlagAt, 0, DeviceEnd - DeviceFlagAt);
    writeChecksum(out);
    return out;
}

QByteArray withDeviceSlotOf(const QByteArray &target, const QByteArray &source)
{
    if (parse(target, kdfFloorForThisRun()).version != FormatVersion)
        throw StoreError(StoreError::Kind::InvalidInput, "A device slot needs a key file in the current format");
    if (!parse(source, kdfFloorForThisRun()).deviceSlot)
        return withoutDeviceSlot(target);
    QByteArray out = target;
    std::memcpy(out.data() + DeviceFlagAt, source.constData() + DeviceFlagAt, DeviceEnd - DeviceFlagAt);
    writeChecksum(out);
    return out;
}

QString deviceKeyText(const SecureKey &deviceKey)
{
    char hex[SecureKey::Size * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, deviceKey.data(), SecureKey::Size);
    QString text = QString::fromLatin1(hex);
    sodium_memzero(hex, sizeof hex);
    return text;
}

std::optional<SecureKey> deviceKeyFromText(const QString &text)
{
    QByteArray hex = text.trimmed().toLatin1();
    SecureKey key;
    std::size_t length = 0;
    const bool ok = hex.size() == qsizetype(SecureKey::Size * 2)
        && sodium_hex2bin(key.data(), SecureKey::Size, hex.constData(), std::size_t(hex.size()), nullptr, &length, nullptr)
            == 0
        && length == SecureKey::Size;
    sodium_memzero(hex.data(), std::size_t(hex.size()));
    if (!ok)
        return std::nullopt;
    return key;
}

} // namespace KeyFile

} // namespace bollplank

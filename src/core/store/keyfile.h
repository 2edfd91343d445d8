#pragma once

#include "securekey.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>

namespace bollplank {

/// Argon2id cost. Stored in each key file, so a later release can raise it for new files.
struct KdfParams
{
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0; ///< bytes

    /// What new profiles use: costly enough to slow guessing, light enough for a phone.
    [[nodiscard]] static KdfParams standard();
    /// The least a key file may ask for (2 passes over 64 MiB). A file asking for less is
    /// refused as tampered: swapping in a cheap-KDF key file must not make guessing cheap.
    [[nodiscard]] static KdfParams floor();
    /// libsodium's minimum, for test suites only (thousands of unlocks): written and read only
    /// where testHooks::fastKdf() is true.
    [[nodiscard]] static KdfParams minimal();
    /// minimal() where this run accepts it, floor() otherwise: for profiles that hold no
    /// secret (demos) or exist only for a test.
    [[nodiscard]] static KdfParams cheapestAccepted();

    [[nodiscard]] bool operator==(const KdfParams &) const = default;
};

/// Whether a key file may be below KdfParams::floor(). Only AllowTestMinimal accepts exactly
/// KdfParams::minimal(); it is what kdfFloorForThisRun() gives in a test build with
/// BOLLPLANK_TEST_FAST_KDF=1. A parameter so a test can hold the normal path to the floor.
enum class KdfFloor { Enforced, AllowTestMinimal };
[[nodiscard]] KdfFloor kdfFloorForThisRun();

/// The database key wrapped by the user's passphrase and, when the person asked to be
/// remembered on this device, also by a random device key kept in the OS key store. Versioned
/// binary format, documented in docs/key-file-format.md:
///   magic "BPKY" | version u8 | kdf u8 | opslimit u32 LE | memlimit u64 LE | salt 16 | nonce 24
///   | XChaCha20-Poly1305(key) 48 (associated data: every byte before it)
///   | device slot u8 (0 none, 1 present) | nonce 24 | XChaCha20-Poly1305(key) 48 under the device key
///   | BLAKE2b-256 of all before it
/// Version 1 files (no device slot) are still read; every write is the current version.
/// The trailing checksum tells accidental damage apart from a wrong passphrase; the AEADs are
/// what protect the key.
namespace KeyFile {

inline constexpr int FormatVersion = 2;
/// Bytes of a current-format file; a version 1 file has 138.
inline constexpr qsizetype Size = 211;

/// Wraps key under passphrase with fresh salt and nonce; no device slot. Throws InvalidInput
/// for a cost this run would refuse to read back.
[[nodiscard]] QByteArray wrap(const SecureKey &key, const QString &passphrase, KdfParams params,
    KdfFloor floor = kdfFloorForThisRun());
/// Unwraps with the passphrase; throws StoreError CorruptKeyFile or WrongPassphrase. When
/// current is given it receives the same file in the current format (an older file converted
/// under the same passphrase-derived key, no second key derivation), for the next write.
[[nodiscard]] SecureKey unwrap(const QByteArray &file, const QString &passphrase,
    KdfFloor floor = kdfFloorForThisRun(), QByteArray *current = nullptr);
/// Unwraps the device slot; throws NotFound when the file has none, WrongPassphrase when the
/// device key does not open it, CorruptKeyFile as unwrap().
[[nodiscard]] SecureKey unwrapWithDeviceKey(
    const QByteArray &file, const SecureKey &deviceKey, KdfFloor floor = kdfFloorForThisRun());
/// The cost recorded in a key file (throws CorruptKeyFile when unreadable).
[[nodiscard]] KdfParams paramsOf(const QByteArray &file, KdfFloor floor = kdfFloorForThisRun());
/// The format version of a readable key file.
[[nodiscard]] int versionOf(const QByteArray &file);
/// True when the file holds a device slot (throws CorruptKeyFile when unreadable).
[[nodiscard]] bool hasDeviceSlot(const QByteArray &file);

/// file (current format) with its device slot set to key wrapped by deviceKey; the passphrase
/// slot is kept byte for byte. Throws InvalidInput for an older format (unwrap converts it).
[[nodiscard]] QByteArray withDeviceSlot(const QByteArray &file, const SecureKey &key, const SecureKey &deviceKey);
/// file without a device slot, in the current format (an older file has none and is returned as is).
[[nodiscard]] QByteArray withoutDeviceSlot(const QByteArray &file);
/// target (current format) with the device slot of source, if source has one: a new passphrase
/// keeps the device remembered, since the slot wraps the database key, not the passphrase.
[[nodiscard]] QByteArray withDeviceSlotOf(const QByteArray &target, const QByteArray &source);

/// A device key as the text the OS key store holds (64 hex digits), and back (nullopt when
/// the text is not one).
[[nodiscard]] QString deviceKeyText(const SecureKey &deviceKey);
[[nodiscard]] std::optional<SecureKey> deviceKeyFromText(const QString &text);

/// Reads a key file from disk (throws Io or CorruptKeyFile).
[[nodiscard]] QByteArray read(const QString &path);
/// Writes atomically: a new file beside the old one, synced and verified, then renamed over it.
/// On any failure the old file is untouched and no temporary file remains.
void write(const QString &path, const QByteArray &file);

} // namespace KeyFile

} // namespace bollplank

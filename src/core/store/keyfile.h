#pragma once

#include "securekey.h"

#include <QByteArray>
#include <QString>
#include <cstdint>

namespace bollplank {

/// Argon2id cost. Stored in each key file, so a later release can raise it for new files.
struct KdfParams
{
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0; ///< bytes

    /// What new profiles use: costly enough to slow guessing, light enough for a phone.
    [[nodiscard]] static KdfParams standard();
    /// libsodium's minimum; only for tests, where thousands of unlocks would otherwise take minutes.
    [[nodiscard]] static KdfParams minimal();
};

/// The database key wrapped by the user's passphrase. Versioned binary format, documented in
/// docs/key-file-format.md:
///   magic "BPKY" | version u8 | kdf u8 | opslimit u32 LE | memlimit u64 LE | salt 16 | nonce 24
///   | XChaCha20-Poly1305(key) 48 (associated data: every byte before it) | BLAKE2b-256 of all before it
/// The trailing checksum tells accidental damage apart from a wrong passphrase; the AEAD is
/// what protects the key.
namespace KeyFile {

inline constexpr int FormatVersion = 1;

/// Wraps key under passphrase with fresh salt and nonce.
[[nodiscard]] QByteArray wrap(const SecureKey &key, const QString &passphrase, KdfParams params);
/// Unwraps; throws StoreError CorruptKeyFile or WrongPassphrase.
[[nodiscard]] SecureKey unwrap(const QByteArray &file, const QString &passphrase);
/// The cost recorded in a key file (throws CorruptKeyFile when unreadable).
[[nodiscard]] KdfParams paramsOf(const QByteArray &file);

/// Reads a key file from disk (throws Io or CorruptKeyFile).
[[nodiscard]] QByteArray read(const QString &path);
/// Writes atomically: a new file beside the old one, synced and verified, then renamed over it.
/// On any failure the old file is untouched and no temporary file remains.
void write(const QString &path, const QByteArray &file);

} // namespace KeyFile

} // namespace bollplank

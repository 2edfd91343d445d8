#pragma once

// Envelopes: how one revision of one record travels (docs/sync-envelope-format.md).

#include <QByteArray>
#include <QString>

#include <optional>

namespace bollplank {
class SecureKey;
}

namespace bollplank::sync {

class Collections;
class DeviceIdentity;

/// The clear part of an envelope. All of it is the AEAD's associated data and is signed.
struct EnvelopeHeader
{
    /// 2 adds the author's chain (authorSeq, previousHash) and the parent's hash. Version 1
    /// envelopes (written before it) are still read, with neither.
    static constexpr int CurrentVersion = 2;
    static constexpr int HashSize = 32;

    int version = CurrentVersion;
    QByteArray collectionId; ///< 16 bytes
    int keyEpoch = 1;
    QString recordId;
    qint64 revision = 0;       ///< this revision, >= 1
    qint64 parentRevision = 0; ///< the revision it was written on top of; 0 for the first
    QByteArray author;         ///< the author device's Ed25519 public key
    QByteArray nonce;          ///< 24 random bytes for XChaCha20-Poly1305
    /// This author's envelopes in this collection are numbered 1, 2, 3 … in the order written
    /// (read as 0 from version 1): a relay that withholds one leaves a gap the receiver sees.
    qint64 authorSeq = 1;
    /// envelopeHash of the same author's envelope numbered authorSeq - 1 (empty for the first):
    /// two different histories from one author cannot both be accepted.
    QByteArray previousHash;
    /// envelopeHash of the envelope of parentRevision this one was written on top of (empty when
    /// there is none or the author did not know it): an envelope that is the parent of the one a
    /// device holds is older than it, whoever wrote it.
    QByteArray parentHash;
};

struct OpenedEnvelope
{
    EnvelopeHeader header;
    QByteArray plaintext; ///< unpadded
};

/// Pads plaintext, encrypts it under key with the header (nonce filled in here) as associated
/// data, and signs header and ciphertext as self. header.author is set to self's key.
[[nodiscard]] QByteArray sealEnvelope(EnvelopeHeader header, const QByteArray &plaintext, const SecureKey &key,
    const DeviceIdentity &self);

/// Parses the structure only (nothing is verified). Throws SyncError Tampered or Protocol.
[[nodiscard]] EnvelopeHeader peekEnvelope(const QByteArray &envelope);

/// Verifies and opens an envelope pulled from collectionId. Refuses (SyncError Tampered, nothing
/// decrypted) an envelope whose header names another collection, whose author is not a member,
/// whose signature or AEAD tag fails, or whose key epoch this device does not hold.
/// `signatureChecked`: signatureValid() already returned true for these very bytes (a sync
/// verifies the next envelopes on another core while it applies this one); every other check
/// still runs.
[[nodiscard]] OpenedEnvelope openEnvelope(const QByteArray &envelope, const QByteArray &collectionId,
    Collections &collections, bool signatureChecked = false);

/// Whether the envelope is well formed and signed by the device its header names. Says nothing
/// about membership, keys or content; false for anything malformed. Safe on any thread.
[[nodiscard]] bool signatureValid(const QByteArray &envelope);

/// The padded size for a plaintext of n bytes: the next power of two, at least 256, so sizes
/// leak only their order of magnitude. Throws SyncError Protocol from 1 GiB on (no such record
/// exists; the server refuses envelopes far smaller).
[[nodiscard]] int paddedSize(int n);

/// Throws SyncError Tampered, "Envelope refused: " and why: an envelope whose content may not
/// take effect here, whoever signed it.
[[noreturn]] void refuseEnvelope(const QString &why);

/// The length of the text in a decrypted, padded buffer: the format's padding (ISO/IEC 7816-4, as
/// libsodium's sodium_pad with the whole buffer as one block) is the text, 0x80, then zeros up to
/// the end. nullopt when the buffer does not end that way.
[[nodiscard]] std::optional<qsizetype> unpaddedLength(const QByteArray &padded);

/// BLAKE2b-256 of the envelope bytes: the key of the replay guard.
[[nodiscard]] QByteArray envelopeHash(const QByteArray &envelope);

} // namespace bollplank::sync

#include "envelope.h"

#include "collections.h"
#include "identity.h"
#include "store/securekey.h"
#include "store/sodiuminit.h"
#include "transport.h"

#include <QCborArray>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QtEndian>
#include <sodium.h>

namespace bollplank::sync {

namespace {

const QByteArray SignContext = QByteArrayLiteral("bollplank-envelope-v1") + '\0';
constexpr int HeaderFieldsV1 = 8;
constexpr int HeaderFieldsV2 = 11;
constexpr int MaxRecordIdLength = 128;

const unsigned char *u(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

QByteArray encodeHeader(const EnvelopeHeader &h)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    const bool chained = h.version >= 2;
    w.startArray(chained ? HeaderFieldsV2 : HeaderFieldsV1);
    w.append(quint64(h.version));
    w.appendByteString(h.collectionId.constData(), h.collectionId.size());
    w.append(quint64(h.keyEpoch));
    w.append(h.recordId);
    w.append(quint64(h.revision));
    w.append(quint64(h.parentRevision));
    w.appendByteString(h.author.constData(), h.author.size());
    w.appendByteString(h.nonce.constData(), h.nonce.size());
    if (chained) {
        w.append(quint64(h.authorSeq));
        w.appendByteString(h.previousHash.constData(), h.previousHash.size());
        w.appendByteString(h.parentHash.constData(), h.parentHash.size());
    }
    w.endArray();
    return out;
}

// Re-encoding must give back the exact bytes: one encoding per value, so no byte can change
// without changing what is signed.
QCborValue strictCbor(const QByteArray &bytes, const char *what)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || value.toCbor() != bytes)
        refuseEnvelope(QStringLiteral("malformed %1").arg(QLatin1String(what)));
    return value;
}

qint64 uintField(const QCborValue &v)
{
    if (!v.isInteger() || v.toInteger() < 0)
        refuseEnvelope(QStringLiteral("malformed header field"));
    return v.toInteger();
}

EnvelopeHeader decodeHeader(const QByteArray &bytes)
{
    const QCborValue value = strictCbor(bytes, "header");
    const QCborArray a = value.toArray();
    if (!value.isArray() || a.isEmpty())
        refuseEnvelope(QStringLiteral("malformed header"));
    EnvelopeHeader h;
    h.version = int(uintField(a.at(0)));
    if (h.version != 1 && h.version != EnvelopeHeader::CurrentVersion)
        throw SyncError(SyncErrorKind::Protocol,
            QStringLiteral("Envelope format version %1 is not understood by this version of Bollplank").arg(h.version));
    const bool chained = h.version >= 2;
    if (a.size() != (chained ? HeaderFieldsV2 : HeaderFieldsV1) || !a.at(1).isByteArray() || !a.at(3).isString()
        || !a.at(6).isByteArray() || !a.at(7).isByteArray()
        || (chained && (!a.at(9).isByteArray() || !a.at(10).isByteArray())))
        refuseEnvelope(QStringLiteral("malformed header"));
    h.collectionId = a.at(1).toByteArray();
    const qint64 epoch = uintField(a.at(2));
    h.recordId = a.at(3).toString();
    h.revision = uintField(a.at(4));
    h.parentRevision = uintField(a.at(5));
    h.author = a.at(6).toByteArray();
    h.nonce = a.at(7).toByteArray();
    h.authorSeq = 0;
    if (chained) {
        h.authorSeq = uintField(a.at(8));
        h.previousHash = a.at(9).toByteArray();
        h.parentHash = a.at(10).toByteArray();
        const auto hashOrNone = [](const QByteArray &hash) {
            return hash.isEmpty() || hash.size() == EnvelopeHeader::HashSize;
        };
        // The first envelope of a chain has no predecessor and every later one names it.
        if (h.authorSeq < 1 || (h.authorSeq == 1) != h.previousHash.isEmpty() || !hashOrNone(h.previousHash)
            || !hashOrNone(h.parentHash) || (h.parentRevision == 0 && !h.parentHash.isEmpty()))
            refuseEnvelope(QStringLiteral("malformed header"));
    }
    if (h.collectionId.size() != Collections::IdSize || epoch < 1 || epoch > 1'000'000 || h.recordId.isEmpty()
        || h.recordId.size() > MaxRecordIdLength || h.revision < 1 || h.parentRevision >= h.revision
        || h.author.size() != crypto_sign_PUBLICKEYBYTES
        || h.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
        refuseEnvelope(QStringLiteral("malformed header"));
    h.keyEpoch = int(epoch);
    return h;
}

struct Parts
{
    QByteArray header;
    QByteArray ciphertext;
    QByteArray signature;
};

Parts split(const QByteArray &envelope)
{
    const QCborValue value = strictCbor(envelope, "envelope");
    const QCborArray a = value.toArray();
    if (!value.isArray() || a.size() != 3 || !a.at(0).isByteArray() || !a.at(1).isByteArray()
        || !a.at(2).isByteArray())
        refuseEnvelope(QStringLiteral("malformed envelope"));
    return { a.at(0).toByteArray(), a.at(1).toByteArray(), a.at(2).toByteArray() };
}

QByteArray signedPart(const QByteArray &header, const QByteArray &ciphertext)
{
    QByteArray length(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(header.size()), length.data());
    return SignContext + length + header + ciphertext;
}

} // namespace

void refuseEnvelope(const QString &why)
{
    throw SyncError(SyncErrorKind::Tampered, QStringLiteral("Envelope refused: ") + why);
}

int paddedSize(int n)
{
    // Doubling past 2^30 would overflow an int and never end.
    if (n < 0 || n >= (1 << 30))
        throw SyncError(SyncErrorKind::Protocol, QStringLiteral("Record too large to send"));
    int size = 256;
    while (size <= n)
        size *= 2;
    return size;
}

std::optional<qsizetype> unpaddedLength(const QByteArray &padded)
{
    // Not constant-time, unlike sodium_unpad (which cost a sixth of opening an envelope): the
    // buffer was authenticated before it is unpadded, so no one can probe this with chosen bytes,
    // and the length it finds is that of a text this device may read.
    qsizetype end = padded.size();
    while (end > 0 && padded.at(end - 1) == '\0')
        --end;
    if (end == 0 || padded.at(end - 1) != char(0x80))
        return std::nullopt;
    return end - 1;
}

QByteArray envelopeHash(const QByteArray &envelope)
{
    ensureSodium();
    QByteArray hash(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), 32, u(envelope), std::size_t(envelope.size()),
        nullptr, 0);
    return hash;
}

QByteArray sealEnvelope(EnvelopeHeader header, const QByteArray &plaintext, const SecureKey &key,
    const DeviceIdentity &self)
{
    ensureSodium();
    // Version 1 is written only by tests that stand in for a device from before format 2.
    if (header.version != 1)
        header.version = EnvelopeHeader::CurrentVersion;
    header.author = self.signPublicKey();
    header.nonce = QByteArray(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(header.nonce.data(), std::size_t(header.nonce.size()));
    const QByteArray headerBytes = encodeHeader(header);

    // The padding sodium_pad writes (0x80, then zeros), set directly: sodium_pad's constant-time
    // pass over the whole block was a tenth of sealing. Only the length is secret, and it is this
    // device's own text.
    const int padded = paddedSize(int(plaintext.size()));
    QByteArray buffer(padded, '\0');
    std::copy(plaintext.cbegin(), plaintext.cend(), buffer.begin());
    buffer[plaintext.size()] = char(0x80);
    const auto paddedLength = std::size_t(padded);

    QByteArray ciphertext(int(paddedLength) + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long ciphertextLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(ciphertext.data()),
        &ciphertextLength, u(buffer), paddedLength, u(headerBytes), std::size_t(headerBytes.size()), nullptr,
        u(header.nonce), key.data());
    sodium_memzero(buffer.data(), std::size_t(buffer.size()));
    ciphertext.resize(qsizetype(ciphertextLength));

    const QByteArray signature = self.sign(signedPart(headerBytes, ciphertext));
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startArray(3);
    w.appendByteString(headerBytes.constData(), headerBytes.size());
    w.appendByteString(ciphertext.constData(), ciphertext.size());
    w.appendByteString(signature.constData(), signature.size());
    w.endArray();
    return out;
}

EnvelopeHeader peekEnvelope(const QByteArray &envelope)
{
    return decodeHeader(split(envelope).header);
}

bool signatureValid(const QByteArray &envelope)
{
    try {
        const Parts parts = split(envelope);
        const EnvelopeHeader h = decodeHeader(parts.header);
        return DeviceIdentity::verify(h.author, signedPart(parts.header, parts.ciphertext), parts.signature);
    } catch (const SyncError &) {
        return false;
    }
}

OpenedEnvelope openEnvelope(
    const QByteArray &envelope, const QByteArray &collectionId, Collections &collections, bool signatureChecked)
{
    const Parts parts = split(envelope);
    OpenedEnvelope opened;
    opened.header = decodeHeader(parts.header);
    const EnvelopeHeader &h = opened.header;
    if (h.collectionId != collectionId)
        refuseEnvelope(QStringLiteral("it belongs to another collection"));
    if (!collections.member(collectionId, h.author))
        refuseEnvelope(QStringLiteral("signed by a device that is not a member of this collection"));
    if (!signatureChecked && !DeviceIdentity::verify(h.author, signedPart(parts.header, parts.ciphertext), parts.signature))
        refuseEnvelope(QStringLiteral("the signature does not match"));
    const SecureKey *key = collections.cachedKey(collectionId, h.keyEpoch);
    if (!key)
        refuseEnvelope(QStringLiteral("unknown key epoch %1").arg(h.keyEpoch));
    if (parts.ciphertext.size() < crypto_aead_xchacha20poly1305_ietf_ABYTES)
        refuseEnvelope(QStringLiteral("truncated ciphertext"));

    QByteArray padded(parts.ciphertext.size() - crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long paddedLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(padded.data()), &paddedLength,
            nullptr, u(parts.ciphertext), std::size_t(parts.ciphertext.size()), u(parts.header),
            std::size_t(parts.header.size()), u(h.nonce), key->data())
        != 0)
        refuseEnvelope(QStringLiteral("decryption failed"));
    // The whole buffer is one padding block (see paddedSize), so it unpads with its own length.
    padded.truncate(qsizetype(paddedLength));
    const std::optional<qsizetype> length = unpaddedLength(padded);
    if (paddedLength < 256 || (paddedLength & (paddedLength - 1)) != 0 || !length) {
        // A valid signer wrote it, but the padding is not ours.
        sodium_memzero(padded.data(), std::size_t(padded.size()));
        refuseEnvelope(QStringLiteral("bad padding"));
    }
    padded.truncate(*length);
    opened.plaintext = padded;
    return opened;
}

} // namespace bollplank::sync

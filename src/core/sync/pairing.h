#pragma once

// Pairing in person (docs/pairing.md). The issuer (the mentor's device, or a person's existing
// device) shows an invite; the other device accepts it and posts an answer to the invite's
// mailbox; the issuer opens the answer; both show the same safety number; after the people
// compared it aloud, the issuer posts a key grant that the other device receives.
//
//   issuer                               answerer
//   createInvite() -> text / QR code  -> accept(text) -> Accepted{mailbox, message, safetyNumber}
//   openAnswer(message) <- mailbox <---------------------'
//   grant(mailbox) -> mailbox -------------------------> receiveGrant(mailbox, message)

#include "collections.h"
#include "identity.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace bollplank {
class Store;
}

namespace bollplank::sync {

enum class PairingPurpose {
    Partner,   ///< mentor and adept: only their mentorship's shared space is granted
    OwnDevice, ///< a person's second device: every collection, private ones included
};

/// What the issuer's QR code and invite text hold.
struct Invite
{
    static constexpr int Version = 1;
    static inline const QString TextPrefix = QStringLiteral("BOLLPLANK:INVITE:V1:");

    PairingPurpose purpose = PairingPurpose::Partner;
    QByteArray signPublicKey; ///< the issuer's Ed25519 key
    QByteArray boxPublicKey;  ///< the issuer's X25519 key
    QByteArray secret;        ///< 32 one-time random bytes
    qint64 expiresAt = 0;     ///< ms since the epoch, UTC
    QStringList endpoints;    ///< how to reach the issuer or its relay; opaque to the core

    /// "BOLLPLANK:INVITE:V1:" then base32 (RFC 4648, no padding) of the CBOR form and a 4-byte
    /// checksum. Upper case only, so a QR code can use its compact alphanumeric mode.
    [[nodiscard]] QString toText() const;
    /// Parses pasted or scanned text (case, spaces and line breaks do not matter). Throws
    /// SyncError InvalidInvite with a message a person can act on.
    [[nodiscard]] static Invite fromText(const QString &text);
    /// Where answer and grant meet: a hash of the secret, so only holders of the invite find it.
    [[nodiscard]] QByteArray mailboxId() const;
};

/// The 60-digit number both people compare aloud: a BLAKE2b hash of both identity keys, sorted,
/// so it is the same on both devices.
[[nodiscard]] QString safetyNumber(const QByteArray &signPublicKeyA, const QByteArray &signPublicKeyB);
/// "12345 67890 …": twelve groups of five, for reading aloud.
[[nodiscard]] QString formatSafetyNumber(const QString &digits);

class Pairing
{
public:
    static constexpr qint64 DefaultValidity = 15 * 60 * 1000;

    explicit Pairing(Store &store);

    /// Issuer: a new single-use invite. A partner invite is for mentorshipId (this device's).
    [[nodiscard]] Invite createInvite(PairingPurpose purpose, const QString &mentorshipId,
        const QStringList &endpoints, qint64 validForMs = DefaultValidity);

    struct Accepted
    {
        QByteArray mailboxId;
        QByteArray message; ///< post to the mailbox
        QString safetyNumber;
        Invite invite;
    };
    /// Answerer: checks the invite (format, expiry, not used before, not one's own) and makes the
    /// answer. mentorshipId: this device's mentorship to bind a partner's shared space to; empty
    /// picks the only one. Throws SyncError InvalidInvite. The answer is committed with the invite
    /// and kept as its outgoing message until the mailbox took it (pairingflow.h).
    [[nodiscard]] Accepted accept(const QString &inviteText, const QString &mentorshipId = {});

    struct Answer
    {
        QByteArray mailboxId;
        Member device; ///< the answering device
        QString safetyNumber;
    };
    /// Issuer: opens an answer read from the mailbox; refuses (InvalidInvite) one for an unknown,
    /// expired or already answered invite, or one that does not prove knowledge of the secret.
    /// Returns nullopt for a message that is not an answer (the mailbox also holds the grant).
    [[nodiscard]] std::optional<Answer> openAnswer(const QByteArray &message);

    /// Issuer, once both people confirmed the safety number: grants the answering device its
    /// collections (sealed to its X25519 key, signed) and makes it a member here. The next sync
    /// tells the server. Throws InvalidInvite unless the invite was answered and not yet granted.
    /// The grant is committed with the invite and kept as its outgoing message until the mailbox
    /// took it (pairingflow.h).
    [[nodiscard]] QByteArray grant(const QByteArray &mailboxId);

    /// Answerer: verifies the grant's signature against the invite's key and stores the
    /// collections. Returns nullopt for a message that is not a grant (its own answer).
    std::optional<QList<Collection>> receiveGrant(const QByteArray &mailboxId, const QByteArray &message);

    /// openAnswer over everything a mailbox holds, one message at a time: anyone who saw the code
    /// can post to the mailbox, so a damaged or forged message is skipped (its reason appended to
    /// refused) and the real answer after it still opens. Stops at the first answer.
    [[nodiscard]] std::optional<Answer> openAnswers(const std::vector<QByteArray> &messages, QStringList *refused = nullptr);
    /// receiveGrant the same way: the first valid grant wins, a bad message never blocks it.
    std::optional<QList<Collection>> receiveGrants(const QByteArray &mailboxId, const std::vector<QByteArray> &messages,
        QStringList *refused = nullptr);

private:
    Store &m_store;
    DeviceIdentity m_self;
};

} // namespace bollplank::sync

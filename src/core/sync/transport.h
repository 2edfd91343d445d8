#pragma once

// The boundary between the sync engine (src/core/sync, which builds and opens envelopes) and the
// ways of reaching the other device (src/net: the relay client and the direct endpoint; an
// in-memory transport for tests). A transport moves opaque bytes: it never sees a key, and an
// envelope's content means nothing to it.
//
// Calls block until the far end answers or fails; the app runs sync on a worker thread, the CLI
// and tests call directly. Every failure is a thrown SyncError.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <utility>
#include <vector>

namespace bollplank::sync {

/// Why a sync step failed; each has its own clear message in the app and the CLI.
enum class SyncErrorKind {
    Unreachable,    ///< no connection to the relay or the other device
    Unauthorized,   ///< the server refused this device's identity
    NotPaired,      ///< this device is not a member of the collection (RevokedError: it was revoked)
    Refused,        ///< the server refused the request (too large, too fast, malformed, frozen)
    InvalidInvite,  ///< wrong, expired or already used invite
    Tampered,       ///< an envelope failed its signature, AEAD or binding checks
    Protocol,       ///< the far end spoke something this version does not understand
};

class SyncError : public std::runtime_error
{
public:
    SyncError(SyncErrorKind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind)
    {
    }
    [[nodiscard]] SyncErrorKind kind() const noexcept { return m_kind; }

private:
    SyncErrorKind m_kind;
};

/// One member of a collection as the server lists it, with the signed statement that added it
/// (sync/memberstatement.h reads and verifies it). Empty statement and signature: the server holds
/// no statement for the device (a member from before statements were signed, or a hostile server).
struct MemberStatement
{
    QByteArray device;    ///< Ed25519 public key
    QByteArray statement; ///< CBOR {c, dev, revoke, at, by}
    QByteArray signature; ///< by `by`, over "bollplank-member-v1" 0x00 || statement
};

/// The server refused a collection to this device because a member revoked it (protocol error
/// `revoked`), and sent the signed revocation as its proof. Its kind stays NotPaired, which is
/// what it means to every caller that does not look further; the engine checks the proof against
/// its own roster before it acts on it (sync/erasure.h): a server's word alone changes nothing.
class RevokedError : public SyncError
{
public:
    RevokedError(const QString &message, MemberStatement proof)
        : SyncError(SyncErrorKind::NotPaired, message), m_proof(std::move(proof))
    {
    }
    /// The statement and signature exactly as the server sent them (either may be empty).
    [[nodiscard]] const MemberStatement &proof() const noexcept { return m_proof; }

private:
    MemberStatement m_proof;
};

/// One stored envelope as the server numbered it. Sequence numbers grow per collection.
struct StoredEnvelope
{
    std::int64_t sequence = 0;
    QByteArray bytes;
};

struct PullPage
{
    std::vector<StoredEnvelope> envelopes; ///< in sequence order
    bool more = false;                     ///< more after the last one returned
    /// Everything up to this sequence that the puller needs is in the page: a server that leaves
    /// out the puller's own envelopes moves the cursor past them. Never below the last envelope's.
    std::int64_t through = 0;
    /// How many envelopes after `through` the server holds (the puller's own included, so at
    /// most that many for it), when it says: for showing progress only, never trusted for
    /// anything else. -1 when it does not say; 0 on a page with nothing more.
    std::int64_t left = -1;
};

class Transport
{
public:
    virtual ~Transport() = default;

    /// Stores the envelopes of one collection, in order. Idempotent: an envelope the server
    /// already holds (same bytes) is acknowledged again, never stored twice.
    virtual void push(const QByteArray &collectionId, const std::vector<QByteArray> &envelopes) = 0;

    /// Starts a push and returns what waits for its acknowledgement (throwing as push() would),
    /// so the caller can send the next batch while the server stores this one. A server stores
    /// the pushes of one connection in the order they were sent. By default the push happens
    /// here and the returned function has nothing left to wait for.
    [[nodiscard]] virtual std::function<void()> startPush(
        const QByteArray &collectionId, const std::vector<QByteArray> &envelopes)
    {
        push(collectionId, envelopes);
        return [] {};
    }

    /// Envelopes other devices stored after the cursor `after` (0: from the start), at most
    /// `limit`. What this device pushed is left out (it holds it); PullPage::through says how far
    /// the page covers.
    [[nodiscard]] virtual PullPage pull(const QByteArray &collectionId, std::int64_t after, int limit) = 0;

    /// A hint that pull() with these arguments comes next: a transport that can fetch while
    /// its caller applies the previous page starts now. Changes nothing on the server.
    virtual void prefetch(const QByteArray &collectionId, std::int64_t after, int limit)
    {
        (void)collectionId;
        (void)after;
        (void)limit;
    }

    /// Lets another device (by its Ed25519 public key) read and write a collection. The first
    /// grant on an unknown collection makes the calling device its first member; afterwards only
    /// members may grant. Revoking is the same with revoke = true: the device can then neither
    /// pull nor push. The transport signs the change with this device's key (a statement bound to
    /// the collection, sync/memberstatement.h); the server refuses a change that is not signed
    /// by the connection's own device.
    virtual void setMember(const QByteArray &collectionId, const QByteArray &deviceSignPublicKey,
        bool revoke = false) = 0;

    /// The collection's current members as the server holds them, each with the statement that
    /// added it, so the caller can check every one against its own roster (members only). The
    /// default, for a transport that cannot list members, throws Refused.
    [[nodiscard]] virtual std::vector<MemberStatement> members(const QByteArray &collectionId)
    {
        (void)collectionId;
        throw SyncError(SyncErrorKind::Refused, QStringLiteral("this transport cannot list members"));
    }

    /// Makes the collection read-only on the server (members only): later pushes are refused
    /// (SyncErrorKind::Refused, protocol code "frozen") and nothing is stored; pulls still work,
    /// since what was read stays read. Revoking still works; adding members does not. The
    /// default, for a transport that cannot freeze, throws Refused rather than pretend.
    virtual void freeze(const QByteArray &collectionId)
    {
        (void)collectionId;
        throw SyncError(SyncErrorKind::Refused, QStringLiteral("this transport cannot freeze a collection"));
    }

    /// Pairing messages travel through a mailbox named by a hash of the invite's one-time
    /// secret, so only holders of the invite find it. Mailbox content is encrypted by the
    /// pairing protocol; the server only stores and hands it out.
    virtual void postToMailbox(const QByteArray &mailboxId, const QByteArray &message) = 0;
    [[nodiscard]] virtual std::vector<QByteArray> readMailbox(const QByteArray &mailboxId) = 0;

    /// Which server this is, as this device reaches it (a URL), so each server a frozen
    /// collection used is told once. Empty for one that needs no telling apart.
    [[nodiscard]] virtual QString endpointName() const { return {}; }
};

} // namespace bollplank::sync

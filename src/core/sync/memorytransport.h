#pragma once

#include "transport.h"

#include <QHash>
#include <QSet>
#include <functional>
#include <map>
#include <memory>

namespace bollplank::sync {

/// A server in memory, for tests: the relay's rules (members only, duplicates acknowledged but
/// not stored twice, membership changed only by signed statements, frozen collections refuse
/// pushes), shared by several MemoryTransport clients, each acting as one device.
class MemoryServer
{
public:
    struct Entry
    {
        std::int64_t sequence;
        QByteArray bytes;
        QByteArray pusher; ///< the device that sent it; empty for envelopes a test put there
    };
    /// Every envelope the server stores, by collection: what a test searches for plaintext.
    QHash<QByteArray, std::vector<Entry>> collections;
    QHash<QByteArray, QSet<QByteArray>> members;
    QHash<QByteArray, std::vector<QByteArray>> mailboxes;
    QHash<QByteArray, QSet<QByteArray>> storedBytes; ///< per collection, for deduplication
    /// Per collection and member: the signed statement that added it (the founder: the one that
    /// created the collection).
    QHash<QByteArray, QHash<QByteArray, MemberStatement>> statements;
    /// Per collection and revoked device: the signed statement that revoked it, sent back to that
    /// device when it asks for the collection again (a test may put a forged one here, as a hostile
    /// server could).
    QHash<QByteArray, QHash<QByteArray, MemberStatement>> revocations;
    QSet<QByteArray> frozen; ///< collections that refuse pushes
    /// How devices name this server (Transport::endpointName): a test with two servers (a relay
    /// and a direct endpoint) names them apart, so each is told of a freeze.
    QString name;
    std::int64_t nextSequence = 1;

    /// The relay's rules for a membership change sent by `sender` (the authenticated device):
    /// the statement must verify, name this collection and be signed by the sender, who must be a
    /// member (or the collection is new). Throws SyncError as RelayTransport would; changes
    /// nothing when it throws.
    void changeMember(const QByteArray &sender, const QByteArray &collectionId, const MemberStatement &signedChange);

    /// All stored bytes (envelopes and mailbox messages) in one buffer.
    [[nodiscard]] QByteArray everything() const;
    [[nodiscard]] std::size_t envelopeCount() const;
};

/// One device's connection to a MemoryServer. failAt(n) makes the n-th call from now on throw
/// Unreachable — before or after the server did its work, so both halves of a lost reply are tested.
class MemoryTransport : public Transport
{
public:
    using Signer = std::function<QByteArray(const QByteArray &message)>;
    /// `sign` signs membership statements with the device's key; without it setMember sends an
    /// unsigned change, which the server refuses like the relay does.
    MemoryTransport(MemoryServer &server, QByteArray deviceSignPublicKey, Signer sign = {});

    enum class FailWhen { BeforeServer, AfterServer };
    void failAt(int nthCall, FailWhen when = FailWhen::AfterServer);
    [[nodiscard]] int calls() const noexcept { return m_calls; }

    void push(const QByteArray &collectionId, const std::vector<QByteArray> &envelopes) override;
    [[nodiscard]] PullPage pull(const QByteArray &collectionId, std::int64_t after, int limit) override;
    void setMember(
        const QByteArray &collectionId, const QByteArray &deviceSignPublicKey, bool revoke = false) override;
    [[nodiscard]] std::vector<MemberStatement> members(const QByteArray &collectionId) override;
    void freeze(const QByteArray &collectionId) override;
    void postToMailbox(const QByteArray &mailboxId, const QByteArray &message) override;
    [[nodiscard]] std::vector<QByteArray> readMailbox(const QByteArray &mailboxId) override;
    [[nodiscard]] QString endpointName() const override { return m_server.name; }

private:
    bool countCall(); // true: fail after the server's work
    void requireMember(const QByteArray &collectionId) const;

    MemoryServer &m_server;
    QByteArray m_device;
    Signer m_sign;
    int m_calls = 0;
    int m_failAt = 0;
    FailWhen m_when = FailWhen::AfterServer;
};

} // namespace bollplank::sync

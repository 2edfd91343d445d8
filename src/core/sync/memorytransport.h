#pragma once

#include "transport.h"

#include <QHash>
#include <QSet>
#include <map>
#include <memory>

namespace bollplank::sync {

/// A server in memory, for tests: the relay's rules (members only, duplicates acknowledged but
/// not stored twice), shared by several MemoryTransport clients, each acting as one device.
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
    std::int64_t nextSequence = 1;

    /// All stored bytes (envelopes and mailbox messages) in one buffer.
    [[nodiscard]] QByteArray everything() const;
    [[nodiscard]] std::size_t envelopeCount() const;
};

/// One device's connection to a MemoryServer. failAt(n) makes the n-th call from now on throw
/// Unreachable — before or after the server did its work, so both halves of a lost reply are tested.
class MemoryTransport : public Transport
{
public:
    MemoryTransport(MemoryServer &server, QByteArray deviceSignPublicKey);

    enum class FailWhen { BeforeServer, AfterServer };
    void failAt(int nthCall, FailWhen when = FailWhen::AfterServer);
    [[nodiscard]] int calls() const noexcept { return m_calls; }

    void push(const QByteArray &collectionId, const std::vector<QByteArray> &envelopes) override;
    [[nodiscard]] PullPage pull(const QByteArray &collectionId, std::int64_t after, int limit) override;
    void setMember(const QByteArray &collectionId, const QByteArray &deviceSignPublicKey, bool revoke) override;
    void postToMailbox(const QByteArray &mailboxId, const QByteArray &message) override;
    [[nodiscard]] std::vector<QByteArray> readMailbox(const QByteArray &mailboxId) override;

private:
    bool countCall(); // true: fail after the server's work
    void requireMember(const QByteArray &collectionId) const;

    MemoryServer &m_server;
    QByteArray m_device;
    int m_calls = 0;
    int m_failAt = 0;
    FailWhen m_when = FailWhen::AfterServer;
};

} // namespace bollplank::sync

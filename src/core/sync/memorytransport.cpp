#include "memorytransport.h"

#include "memberstatement.h"

#include <QDateTime>

#include <algorithm>

namespace bollplank::sync {

namespace {

[[noreturn]] void dropped()
{
    throw SyncError(SyncErrorKind::Unreachable, QStringLiteral("The connection was lost (simulated)"));
}

} // namespace

QByteArray MemoryServer::everything() const
{
    QByteArray all;
    for (const auto &entries : collections)
        for (const Entry &e : entries)
            all += e.bytes;
    for (const auto &messages : mailboxes)
        for (const QByteArray &m : messages)
            all += m;
    return all;
}

std::size_t MemoryServer::envelopeCount() const
{
    std::size_t n = 0;
    for (const auto &entries : collections)
        n += entries.size();
    return n;
}

void MemoryServer::changeMember(
    const QByteArray &sender, const QByteArray &collectionId, const MemberStatement &signedChange)
{
    const auto change = decodeMemberStatement(signedChange.statement);
    if (!change || change->collection != collectionId)
        throw SyncError(SyncErrorKind::Refused, QStringLiteral("The membership statement is malformed"));
    if (change->by != sender || !verifyMemberStatement(signedChange.statement, signedChange.signature))
        throw SyncError(SyncErrorKind::Unauthorized, QStringLiteral("The membership statement is not signed by this device"));
    auto &set = members[collectionId];
    if (!set.isEmpty() && !set.contains(sender))
        throw SyncError(SyncErrorKind::NotPaired, QStringLiteral("Only a member may add members"));
    if (!change->revoke && frozen.contains(collectionId))
        throw SyncError(SyncErrorKind::Refused, QStringLiteral("The collection is frozen"));
    auto &held = statements[collectionId];
    // Like the relay: the statement that created the collection also stands beside its founder.
    if (set.isEmpty() && change->device != sender) {
        set.insert(sender);
        held.insert(sender, { sender, signedChange.statement, signedChange.signature });
    }
    if (change->revoke) {
        // Like the relay: the revocation of a device that was a member is kept as its proof.
        if (set.remove(change->device))
            revocations[collectionId].insert(change->device, { change->device, signedChange.statement, signedChange.signature });
        held.remove(change->device);
    } else {
        set.insert(change->device);
        held.insert(change->device, { change->device, signedChange.statement, signedChange.signature });
        revocations[collectionId].remove(change->device);
    }
}

MemoryTransport::MemoryTransport(MemoryServer &server, QByteArray deviceSignPublicKey, Signer sign)
    : m_server(server)
    , m_device(std::move(deviceSignPublicKey))
    , m_sign(std::move(sign))
{
}

void MemoryTransport::failAt(int nthCall, FailWhen when)
{
    m_failAt = m_calls + nthCall;
    m_when = when;
}

bool MemoryTransport::countCall()
{
    ++m_calls;
    if (m_calls != m_failAt)
        return false;
    m_failAt = 0;
    if (m_when == FailWhen::BeforeServer)
        dropped();
    return true;
}

void MemoryTransport::requireMember(const QByteArray &collectionId) const
{
    if (m_server.members.value(collectionId).contains(m_device))
        return;
    const auto revoked = m_server.revocations.value(collectionId);
    if (revoked.contains(m_device))
        throw RevokedError(QStringLiteral("This device was revoked from that collection"), revoked.value(m_device));
    throw SyncError(SyncErrorKind::NotPaired, QStringLiteral("This device is not a member of that collection"));
}

void MemoryTransport::push(const QByteArray &collectionId, const std::vector<QByteArray> &envelopes)
{
    const bool failAfter = countCall();
    requireMember(collectionId);
    if (m_server.frozen.contains(collectionId))
        throw SyncError(SyncErrorKind::Refused, QStringLiteral("The collection is frozen: it takes no more changes"));
    auto &stored = m_server.collections[collectionId];
    auto &known = m_server.storedBytes[collectionId];
    for (const QByteArray &bytes : envelopes)
        if (!known.contains(bytes)) {
            known.insert(bytes);
            stored.push_back({ m_server.nextSequence++, bytes, m_device });
        }
    if (failAfter)
        dropped();
}

PullPage MemoryTransport::pull(const QByteArray &collectionId, std::int64_t after, int limit)
{
    const bool failAfter = countCall();
    requireMember(collectionId);
    PullPage page;
    const auto &stored = m_server.collections[collectionId];
    // Sequences grow along the vector: start at the first one after the cursor.
    const auto from = std::upper_bound(stored.cbegin(), stored.cend(), after,
        [](std::int64_t cursor, const MemoryServer::Entry &e) { return cursor < e.sequence; });
    // Like the relay: what this device pushed is left out, and `through` moves past it.
    page.through = after;
    for (auto it = from; it != stored.cend(); ++it) {
        const auto &e = *it;
        if (int(page.envelopes.size()) == limit) {
            page.more = true;
            break;
        }
        page.through = e.sequence;
        if (e.pusher != m_device)
            page.envelopes.push_back({ e.sequence, e.bytes });
    }
    page.left = page.more ? std::int64_t(stored.cend() - std::upper_bound(stored.cbegin(), stored.cend(), page.through,
                                             [](std::int64_t cursor, const MemoryServer::Entry &e) { return cursor < e.sequence; }))
                          : 0;
    if (failAfter)
        dropped();
    return page;
}

void MemoryTransport::setMember(const QByteArray &collectionId, const QByteArray &deviceSignPublicKey, bool revoke)
{
    const bool failAfter = countCall();
    const MemberChange change { collectionId, deviceSignPublicKey, revoke, QDateTime::currentMSecsSinceEpoch(), m_device };
    // Without a signing key the change goes out unsigned, and the server refuses it.
    const MemberStatement signedChange = m_sign
        ? signMemberChange(change, m_sign)
        : MemberStatement { deviceSignPublicKey, encodeMemberStatement(change), QByteArray() };
    m_server.changeMember(m_device, collectionId, signedChange);
    if (failAfter)
        dropped();
}

std::vector<MemberStatement> MemoryTransport::members(const QByteArray &collectionId)
{
    const bool failAfter = countCall();
    requireMember(collectionId);
    std::vector<MemberStatement> listed;
    const auto held = m_server.statements.value(collectionId);
    for (const QByteArray &device : m_server.members.value(collectionId))
        listed.push_back(held.value(device, MemberStatement { device, {}, {} }));
    std::sort(listed.begin(), listed.end(),
        [](const MemberStatement &a, const MemberStatement &b) { return a.device < b.device; });
    if (failAfter)
        dropped();
    return listed;
}

void MemoryTransport::freeze(const QByteArray &collectionId)
{
    const bool failAfter = countCall();
    requireMember(collectionId);
    m_server.frozen.insert(collectionId);
    if (failAfter)
        dropped();
}

void MemoryTransport::postToMailbox(const QByteArray &mailboxId, const QByteArray &message)
{
    const bool failAfter = countCall();
    m_server.mailboxes[mailboxId].push_back(message);
    if (failAfter)
        dropped();
}

std::vector<QByteArray> MemoryTransport::readMailbox(const QByteArray &mailboxId)
{
    const bool failAfter = countCall();
    std::vector<QByteArray> messages = m_server.mailboxes.value(mailboxId);
    if (failAfter)
        dropped();
    return messages;
}

} // namespace bollplank::sync

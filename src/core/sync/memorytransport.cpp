#include "memorytransport.h"

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

MemoryTransport::MemoryTransport(MemoryServer &server, QByteArray deviceSignPublicKey)
    : m_server(server)
    , m_device(std::move(deviceSignPublicKey))
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
    if (!m_server.members.value(collectionId).contains(m_device))
        throw SyncError(SyncErrorKind::NotPaired, QStringLiteral("This device is not a member of that collection"));
}

void MemoryTransport::push(const QByteArray &collectionId, const std::vector<QByteArray> &envelopes)
{
    const bool failAfter = countCall();
    requireMember(collectionId);
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
    if (failAfter)
        dropped();
    return page;
}

void MemoryTransport::setMember(const QByteArray &collectionId, const QByteArray &deviceSignPublicKey, bool revoke)
{
    const bool failAfter = countCall();
    auto &set = m_server.members[collectionId];
    if (!set.isEmpty() && !set.contains(m_device))
        throw SyncError(SyncErrorKind::NotPaired, QStringLiteral("Only a member may add members"));
    if (set.isEmpty() && deviceSignPublicKey != m_device)
        set.insert(m_device);
    if (revoke)
        set.remove(deviceSignPublicKey);
    else
        set.insert(deviceSignPublicKey);
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

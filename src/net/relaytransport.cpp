#include "relaytransport.h"

#include "protocol.h"
#include "relayclientworker.h"
#include "store/sodiuminit.h"
#include "sync/memberstatement.h"

#include <QCborArray>
#include <QDateTime>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace bollplank::net {

using sync::SyncError;
using sync::SyncErrorKind;

DeviceSigner DeviceSigner::fromSecretKey(const QByteArray &secretKey)
{
    ensureSodium();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        throw std::invalid_argument("an Ed25519 secret key has 64 bytes");
    DeviceSigner signer;
    signer.publicKey = secretKey.right(crypto_sign_PUBLICKEYBYTES);
    signer.sign = [secretKey](const QByteArray &message) {
        QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
            reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
            reinterpret_cast<const unsigned char *>(secretKey.constData()));
        return signature;
    };
    return signer;
}

RelayTransport::RelayTransport(RelayOptions options, DeviceSigner signer)
    : m_endpoint(nameOf(options.url))
    , m_requestTimeoutMs(options.requestTimeoutMs)
    , m_connectTimeoutMs(options.connectTimeoutMs)
{
    ensureSodium();
    if (signer.publicKey.size() != protocol::DeviceKeyBytes || !signer.sign)
        throw std::invalid_argument("a device signer needs a 32-byte public key and a sign function");
    const QString scheme = options.url.scheme();
    if (!options.url.isValid() || (scheme != u"ws"_s && scheme != u"wss"_s) || options.url.host().isEmpty())
        throw SyncError(SyncErrorKind::Unreachable,
            u"not a sync address (ws://host:port or wss://host:port): %1"_s.arg(options.url.toString()));
    m_signer = signer;
    m_worker = std::make_unique<RelayClientWorker>(std::move(options), std::move(signer));
}

RelayTransport::~RelayTransport() = default;

QCborMap RelayTransport::request(QCborMap frame, const char *expectedType)
{
    return await(m_worker->submit(std::move(frame)), expectedType);
}

QCborMap RelayTransport::await(std::future<QCborMap> answer, const char *expectedType)
{
    // The worker enforces its own deadlines; this one only guards against a wedged thread.
    const auto limit = std::chrono::milliseconds(2 * (m_connectTimeoutMs + m_requestTimeoutMs) + 5000);
    if (answer.wait_for(limit) != std::future_status::ready)
        throw SyncError(SyncErrorKind::Unreachable, u"the sync connection stopped answering"_s);
    QCborMap reply = answer.get(); // rethrows the worker's SyncError
    if (reply.value(u"t"_s).toString() != QLatin1String(expectedType))
        throw SyncError(SyncErrorKind::Protocol, u"the server answered with an unexpected frame"_s);
    return reply;
}

void RelayTransport::push(const QByteArray &collectionId, const std::vector<QByteArray> &envelopes)
{
    startPush(collectionId, envelopes)();
}

std::function<void()> RelayTransport::startPush(
    const QByteArray &collectionId, const std::vector<QByteArray> &envelopes)
{
    m_lastSequences.clear();
    if (envelopes.empty())
        return [] {};
    QCborArray list;
    for (const QByteArray &envelope : envelopes)
        list.append(envelope);
    QCborMap frame;
    frame.insert(u"t"_s, QString::fromLatin1(protocol::type::Push));
    frame.insert(u"c"_s, collectionId);
    frame.insert(u"e"_s, list);
    auto answer = std::make_shared<std::future<QCborMap>>(m_worker->submit(std::move(frame)));
    return [this, answer, count = envelopes.size()] {
        const QCborMap reply = await(std::move(*answer), protocol::type::Pushed);
        const QCborArray sequences = reply.value(u"seqs"_s).toArray();
        if (sequences.size() != qsizetype(count))
            throw SyncError(
                SyncErrorKind::Protocol, u"the server acknowledged a different number of envelopes"_s);
        m_lastSequences.clear();
        for (const QCborValue &sequence : sequences)
            m_lastSequences.push_back(sequence.toInteger());
    };
}

namespace {

QCborMap pullFrame(const QByteArray &collectionId, std::int64_t after, int limit)
{
    QCborMap frame;
    frame.insert(u"t"_s, QString::fromLatin1(protocol::type::Pull));
    frame.insert(u"c"_s, collectionId);
    frame.insert(u"after"_s, qint64(after));
    frame.insert(u"limit"_s, qint64(std::max(1, limit)));
    // This device holds what it pushed; fetching its own envelopes back was half a cold sync.
    frame.insert(u"skipOwn"_s, true);
    return frame;
}

} // namespace

void RelayTransport::prefetch(const QByteArray &collectionId, std::int64_t after, int limit)
{
    // An earlier prefetch nobody asked for is simply dropped; the worker still answers it.
    m_prefetched = Prefetched { collectionId, after, limit, m_worker->submit(pullFrame(collectionId, after, limit)) };
}

sync::PullPage RelayTransport::pull(const QByteArray &collectionId, std::int64_t after, int limit)
{
    std::optional<Prefetched> ready = std::exchange(m_prefetched, std::nullopt);
    const QCborMap reply = ready && ready->collection == collectionId && ready->after == after && ready->limit == limit
        ? await(std::move(ready->answer), protocol::type::Page)
        : request(pullFrame(collectionId, after, limit), protocol::type::Page);
    sync::PullPage page;
    qint64 previous = after;
    for (const QCborValue &entry : reply.value(u"e"_s).toArray()) {
        const QCborArray pair = entry.toArray();
        const qint64 sequence = pair.at(0).toInteger(-1);
        // Sequences must grow past the cursor, or a resumed sync could skip or repeat.
        if (pair.size() != 2 || sequence <= previous || !pair.at(1).isByteArray())
            throw SyncError(SyncErrorKind::Protocol, u"the server sent a page out of order"_s);
        previous = sequence;
        page.envelopes.push_back({ sequence, pair.at(1).toByteArray() });
    }
    page.more = reply.value(u"more"_s).toBool(false);
    // A server from before "through" moves the cursor by the envelopes alone.
    page.through = std::max<qint64>(previous, reply.value(u"through"_s).toInteger(previous));
    // What the server says is left is for the progress bar alone; nonsense reads as "not said".
    const qint64 left = reply.value(u"left"_s).toInteger(-1);
    page.left = !page.more ? 0 : left >= 0 ? left : -1;
    return page;
}

void RelayTransport::setMember(
    const QByteArray &collectionId, const QByteArray &deviceSignPublicKey, bool revoke)
{
    const sync::MemberStatement signedChange = sync::signMemberChange(
        { collectionId, deviceSignPublicKey, revoke, QDateTime::currentMSecsSinceEpoch(), m_signer.publicKey },
        m_signer.sign);
    QCborMap frame;
    frame.insert(u"t"_s, QString::fromLatin1(protocol::type::Member));
    frame.insert(u"c"_s, collectionId);
    frame.insert(u"stmt"_s, signedChange.statement);
    frame.insert(u"sig"_s, signedChange.signature);
    (void)request(std::move(frame), protocol::type::Ok);
}

std::vector<sync::MemberStatement> RelayTransport::members(const QByteArray &collectionId)
{
    QCborMap frame;
    frame.insert(u"t"_s, QString::fromLatin1(protocol::type::Members));
    frame.insert(u"c"_s, collectionId);
    const QCborMap reply = request(std::move(frame), protocol::type::Members);
    std::vector<sync::MemberStatement> listed;
    for (const QCborValue &entry : reply.value(u"m"_s).toArray()) {
        const QCborMap member = entry.toMap();
        // What the server claims is checked by the caller (sync::unexpectedMembers); here only
        // the shape.
        if (!member.value(u"dev"_s).isByteArray())
            throw SyncError(SyncErrorKind::Protocol, u"the server sent a malformed member list"_s);
        listed.push_back({ member.value(u"dev"_s).toByteArray(), member.value(u"stmt"_s).toByteArray(),
            member.value(u"sig"_s).toByteArray() });
    }
    return listed;
}

void RelayTransport::freeze(const QByteArray &collectionId)
{
    QCborMap frame;
    frame.insert(u"t"_s, QString::fromLatin1(protocol::type::Freeze));
    frame.insert(u"c"_s, collectionId);
    (void)request(std::move(frame), protocol::type::Ok);
}

void RelayTransport::postToMailbox(const QByteArray &mailboxId, const QByteArray &message)
{
    QCborMap frame;
    frame.insert(u"t"_s, QString::fromLatin1(protocol::type::Post));
    frame.insert(u"m"_s, mailboxId);
    frame.insert(u"msg"_s, message);
    (void)request(std::move(frame), protocol::type::Ok);
}

std::vector<QByteArray> RelayTransport::readMailbox(const QByteArray &mailboxId)
{
    QCborMap frame;
    frame.insert(u"t"_s, QString::fromLatin1(protocol::type::Read));
    frame.insert(u"m"_s, mailboxId);
    const QCborMap reply = request(std::move(frame), protocol::type::Mailbox);
    std::vector<QByteArray> messages;
    for (const QCborValue &message : reply.value(u"msgs"_s).toArray())
        messages.push_back(message.toByteArray());
    return messages;
}

void RelayTransport::watch(const QByteArray &collectionId)
{
    QCborMap frame;
    frame.insert(u"t"_s, QString::fromLatin1(protocol::type::Watch));
    frame.insert(u"c"_s, collectionId);
    (void)request(std::move(frame), protocol::type::Ok);
    m_worker->addWatch(collectionId);
}

std::vector<QByteArray> RelayTransport::waitForNews(int timeoutMs)
{
    return m_worker->waitForNews(timeoutMs);
}

void RelayTransport::dropConnection()
{
    m_worker->dropConnection();
}

qint64 RelayTransport::bytesSent() const
{
    return m_worker->bytesSent;
}

qint64 RelayTransport::bytesReceived() const
{
    return m_worker->bytesReceived;
}

} // namespace bollplank::net

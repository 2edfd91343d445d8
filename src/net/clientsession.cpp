#include "clientsession.h"

#include "relaystore.h"
#include "sync/memberstatement.h"
#include "syncserver.h"

#include <QCborArray>
#include <QLoggingCategory>
#include <QWebSocket>

#include <sodium.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "bollplank.relay")

namespace bollplank::net {

using protocol::ErrorCode;

namespace {

std::optional<QByteArray> bytesField(const QCborMap &frame, const QString &key, qsizetype min, qsizetype max)
{
    const QCborValue value = frame.value(key);
    if (!value.isByteArray())
        return std::nullopt;
    QByteArray bytes = value.toByteArray();
    if (bytes.size() < min || bytes.size() > max)
        return std::nullopt;
    return bytes;
}

std::optional<qint64> intField(const QCborMap &frame, const QString &key, qint64 min, qint64 max)
{
    const QCborValue value = frame.value(key);
    if (!value.isInteger())
        return std::nullopt;
    const qint64 n = value.toInteger();
    if (n < min || n > max)
        return std::nullopt;
    return n;
}

QCborMap reply(const char *type, qint64 id)
{
    QCborMap frame;
    frame.insert(u"t"_s, QString::fromLatin1(type));
    frame.insert(u"re"_s, id);
    return frame;
}

} // namespace

ClientSession::ClientSession(QWebSocket *socket, SyncServer &server)
    : m_socket(socket)
    , m_server(server)
    , m_rate(server.limits().requestsPerSecond, server.limits().burst)
{
    m_socket->setParent(this);
    // Messages up to twice the limit still arrive, so they get a too-large error frame; beyond
    // that the WebSocket layer closes the connection (close code 1009) without buffering more.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(server.limits().maxMessageBytes) * 2);
    m_socket->setMaxAllowedIncomingFrameSize(quint64(server.limits().maxMessageBytes) * 2);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ClientSession::onBinary);
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &) {
        refuse(ErrorCode::Malformed, u"frames are binary CBOR, not text"_s, std::nullopt);
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] { emit finished(this); });
    m_handshakeTimer.setSingleShot(true);
    m_handshakeTimer.setInterval(server.limits().handshakeTimeoutMs);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        if (!m_authenticated) {
            qCInfo(lcSession) << "closing" << who() << ": no handshake in time";
            m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"handshake timeout"_s);
        }
    });
    m_handshakeTimer.start();
    qCInfo(lcSession) << "connected" << who();
}

ClientSession::~ClientSession() = default;

QString ClientSession::who() const
{
    const QString peer = m_socket->peerAddress().toString() + u':' + QString::number(m_socket->peerPort());
    return m_authenticated ? u"device %1 (%2)"_s.arg(protocol::logId(m_device), peer) : peer;
}

void ClientSession::send(const QCborMap &frame)
{
    m_socket->sendBinaryMessage(protocol::encode(frame));
}

void ClientSession::refuse(
    ErrorCode code, const QString &message, std::optional<qint64> id, std::optional<qint64> retryAfterMs)
{
    qCInfo(lcSession) << "refused" << who() << protocol::codeName(code);
    send(protocol::errorFrame(code, message, id, retryAfterMs));
}

void ClientSession::sendNews(const QByteArray &collection, qint64 lastSequence)
{
    QCborMap frame;
    frame.insert(u"t"_s, QString::fromLatin1(protocol::type::News));
    frame.insert(u"c"_s, collection);
    frame.insert(u"seq"_s, lastSequence);
    send(frame);
}

void ClientSession::onBinary(const QByteArray &bytes)
{
    qint64 waitMs = 0;
    if (!m_rate.take(waitMs)) {
        // The id, when the frame has one, lets the client match the refusal to its request.
        std::optional<qint64> id;
        if (bytes.size() <= m_server.limits().maxMessageBytes) {
            if (const auto frame = protocol::decode(bytes))
                id = intField(*frame, u"id"_s, 0, std::numeric_limits<qint64>::max());
        }
        refuse(ErrorCode::TooFast, u"too many requests; retry after %1 ms"_s.arg(waitMs), id, waitMs);
        return;
    }
    if (bytes.size() > m_server.limits().maxMessageBytes) {
        refuse(ErrorCode::TooLarge,
            u"a message may hold at most %1 bytes"_s.arg(m_server.limits().maxMessageBytes), std::nullopt);
        return;
    }
    const auto frame = protocol::decode(bytes);
    if (!frame) {
        refuse(ErrorCode::Malformed, u"not a CBOR map with a frame type"_s, std::nullopt);
        return;
    }
    const QString type = frame->value(u"t"_s).toString();
    if (type == QLatin1String(protocol::type::Hello)) {
        onHello(*frame);
        return;
    }
    if (type == QLatin1String(protocol::type::Auth)) {
        onAuth(*frame);
        return;
    }
    const auto id = intField(*frame, u"id"_s, 0, std::numeric_limits<qint64>::max());
    if (!m_authenticated) {
        refuse(ErrorCode::Unauthenticated, u"authenticate first (hello, then auth)"_s, id);
        return;
    }
    if (!id) {
        refuse(ErrorCode::Malformed, u"a request needs an integer id"_s, std::nullopt);
        return;
    }
    for (int attempt = 1;; ++attempt) {
        try {
            onRequest(type, *frame, *id);
            return;
        } catch (const RelayStoreError &e) {
            qCWarning(lcSession) << "storage failed for" << who() << ":" << e.what();
            // The failed transaction rolled back; a lost database connection is opened again and
            // the request, idempotent like every request, runs once more.
            if (attempt == 1 && m_server.store().reconnect())
                continue;
            refuse(ErrorCode::Internal, u"the relay's storage failed; nothing was changed"_s, id);
            return;
        }
    }
}

void ClientSession::onHello(const QCborMap &frame)
{
    const QCborValue version = frame.value(u"v"_s);
    if (!version.isInteger() || version.toInteger() != protocol::Version) {
        refuse(ErrorCode::UnsupportedVersion, u"this server speaks version %1"_s.arg(protocol::Version),
            std::nullopt);
        return;
    }
    const auto device = bytesField(frame, u"device"_s, protocol::DeviceKeyBytes, protocol::DeviceKeyBytes);
    if (!device) {
        refuse(ErrorCode::Malformed, u"hello needs a 32-byte device key"_s, std::nullopt);
        return;
    }
    // A new hello starts over, also on an authenticated connection.
    m_authenticated = false;
    m_device.clear();
    m_pendingDevice = *device;
    m_nonce = QByteArray(protocol::NonceBytes, Qt::Uninitialized);
    randombytes_buf(m_nonce.data(), size_t(m_nonce.size()));
    QCborMap challenge;
    challenge.insert(u"t"_s, QString::fromLatin1(protocol::type::Challenge));
    challenge.insert(u"v"_s, protocol::Version);
    challenge.insert(u"nonce"_s, m_nonce);
    send(challenge);
}

void ClientSession::onAuth(const QCborMap &frame)
{
    if (m_nonce.isEmpty()) {
        refuse(ErrorCode::Unauthenticated, u"send hello first"_s, std::nullopt);
        return;
    }
    const auto signature = bytesField(frame, u"sig"_s, protocol::SignatureBytes, protocol::SignatureBytes);
    const QCborValue origin = frame.value(u"origin"_s);
    const QCborValue fingerprint = frame.value(u"fp"_s);
    if (!signature || !origin.isString() || origin.toString().toUtf8().size() > protocol::MaxOriginBytes
        || !fingerprint.isByteArray()
        || (!fingerprint.toByteArray().isEmpty() && fingerprint.toByteArray().size() != protocol::FingerprintBytes)) {
        m_nonce.clear();
        refuse(ErrorCode::Malformed, u"auth needs a 64-byte signature, the origin and the certificate fingerprint"_s,
            std::nullopt);
        return;
    }
    const QByteArray message = protocol::authMessage(
        m_nonce, m_pendingDevice, origin.toString(), fingerprint.toByteArray());
    // One answer per challenge: a failed attempt needs a new hello.
    m_nonce.clear();
    const bool valid
        = crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature->constData()),
              reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
              reinterpret_cast<const unsigned char *>(m_pendingDevice.constData()))
        == 0;
    if (!valid) {
        refuse(ErrorCode::AuthFailed, u"the signature does not match the device key"_s, std::nullopt);
        return;
    }
    // A signature made for another server (a hostile endpoint passing our challenge through, or
    // one in the middle of plain ws) names that server's origin or certificate, not ours.
    if (!m_server.acceptsOrigin(origin.toString(), fingerprint.toByteArray())) {
        qCInfo(lcSession) << "auth for another origin" << origin.toString() << "from" << who();
        refuse(ErrorCode::AuthFailed, u"the signature was made for another server (origin or certificate)"_s,
            std::nullopt);
        return;
    }
    m_device = m_pendingDevice;
    m_authenticated = true;
    m_handshakeTimer.stop();
    qCInfo(lcSession) << "authenticated" << who();
    QCborMap welcome;
    welcome.insert(u"t"_s, QString::fromLatin1(protocol::type::Welcome));
    welcome.insert(u"v"_s, protocol::Version);
    send(welcome);
}

void ClientSession::onRequest(const QString &type, const QCborMap &frame, qint64 id)
{
    if (type == QLatin1String(protocol::type::Push))
        onPush(frame, id);
    else if (type == QLatin1String(protocol::type::Pull))
        onPull(frame, id);
    else if (type == QLatin1String(protocol::type::Member))
        onMember(frame, id);
    else if (type == QLatin1String(protocol::type::Post))
        onPost(frame, id);
    else if (type == QLatin1String(protocol::type::Read))
        onRead(frame, id);
    else if (type == QLatin1String(protocol::type::Watch))
        onWatch(frame, id);
    else if (type == QLatin1String(protocol::type::Members))
        onMembers(frame, id);
    else if (type == QLatin1String(protocol::type::Freeze))
        onFreeze(frame, id);
    else
        refuse(ErrorCode::Malformed, u"unknown frame type"_s, id);
}

bool ClientSession::requireMember(const QByteArray &collection, qint64 id)
{
    if (m_server.store().isMember(collection, m_device))
        return true;
    // A device a member revoked is told so with the signed statement: its client may then erase
    // what it holds (docs/SECURITY.md). The statement proves the revocation; this server does not.
    if (const auto proof = m_server.store().revocation(collection, m_device)) {
        QCborMap frame = protocol::errorFrame(
            ErrorCode::Revoked, u"a member revoked this device from the collection"_s, id);
        frame.insert(u"stmt"_s, proof->statement);
        frame.insert(u"sig"_s, proof->signature);
        qCInfo(lcSession) << "refused" << who() << protocol::codeName(ErrorCode::Revoked);
        send(frame);
        return false;
    }
    refuse(ErrorCode::NotMember, u"this device is not a member of the collection"_s, id);
    return false;
}

void ClientSession::onPush(const QCborMap &frame, qint64 id)
{
    const ServerLimits &limits = m_server.limits();
    const auto collection = bytesField(frame, u"c"_s, 1, protocol::MaxIdBytes);
    const QCborValue list = frame.value(u"e"_s);
    if (!collection || !list.isArray() || list.toArray().isEmpty()) {
        refuse(ErrorCode::Malformed, u"push needs a collection id and a list of envelopes"_s, id);
        return;
    }
    const QCborArray array = list.toArray();
    if (array.size() > limits.maxEnvelopesPerPush) {
        refuse(ErrorCode::TooLarge, u"a push may hold at most %1 envelopes"_s.arg(limits.maxEnvelopesPerPush),
            id);
        return;
    }
    std::vector<QByteArray> envelopes;
    envelopes.reserve(size_t(array.size()));
    qint64 bytes = 0;
    for (const QCborValue &item : array) {
        if (!item.isByteArray() || item.toByteArray().isEmpty()) {
            refuse(ErrorCode::Malformed, u"an envelope is a non-empty byte string"_s, id);
            return;
        }
        envelopes.push_back(item.toByteArray());
        if (envelopes.back().size() > limits.maxEnvelopeBytes) {
            refuse(ErrorCode::TooLarge,
                u"an envelope may hold at most %1 bytes"_s.arg(limits.maxEnvelopeBytes), id);
            return;
        }
        bytes += envelopes.back().size();
    }
    if (!requireMember(*collection, id))
        return;
    const auto sequences = m_server.store().append(*collection, envelopes, m_device);
    if (!sequences) {
        refuse(ErrorCode::Frozen, u"the collection is frozen: it takes no more envelopes"_s, id);
        return;
    }
    QCborArray numbers;
    for (qint64 sequence : *sequences)
        numbers.append(sequence);
    QCborMap answer = reply(protocol::type::Pushed, id);
    answer.insert(u"seqs"_s, numbers);
    send(answer);
    qCInfo(lcSession) << "push" << who() << "collection" << protocol::logId(*collection) << envelopes.size()
                      << "envelopes" << bytes << "bytes";
    m_server.announce(*collection, *std::max_element(sequences->begin(), sequences->end()), this);
}

void ClientSession::onPull(const QCborMap &frame, qint64 id)
{
    const ServerLimits &limits = m_server.limits();
    const auto collection = bytesField(frame, u"c"_s, 1, protocol::MaxIdBytes);
    const auto after = intField(frame, u"after"_s, 0, std::numeric_limits<qint64>::max());
    const auto limit = intField(frame, u"limit"_s, 1, std::numeric_limits<qint32>::max());
    const QCborValue skipOwn = frame.value(u"skipOwn"_s);
    if (!collection || !after || !limit || !(skipOwn.isUndefined() || skipOwn.isBool())) {
        refuse(ErrorCode::Malformed, u"pull needs a collection id, a cursor and a positive limit"_s, id);
        return;
    }
    if (!requireMember(*collection, id))
        return;
    const sync::PullPage page = m_server.store().read(*collection, *after,
        int(std::min<qint64>(*limit, limits.maxPullLimit)), limits.maxPullBytes,
        skipOwn.toBool(false) ? m_device : QByteArray());
    QCborArray entries;
    qint64 bytes = 0;
    for (const sync::StoredEnvelope &envelope : page.envelopes) {
        entries.append(QCborArray { qint64(envelope.sequence), envelope.bytes });
        bytes += envelope.bytes.size();
    }
    QCborMap answer = reply(protocol::type::Page, id);
    answer.insert(u"e"_s, entries);
    answer.insert(u"more"_s, page.more);
    answer.insert(u"through"_s, qint64(page.through));
    // Only while more waits (a long first sync): one look-up, for the client's progress bar.
    if (page.more)
        answer.insert(u"left"_s, std::max<qint64>(0, m_server.store().lastSequence(*collection) - page.through));
    send(answer);
    qCDebug(lcSession) << "pull" << who() << "collection" << protocol::logId(*collection)
                       << page.envelopes.size() << "envelopes" << bytes << "bytes";
}

void ClientSession::onMember(const QCborMap &frame, qint64 id)
{
    const auto collection = bytesField(frame, u"c"_s, 1, protocol::MaxIdBytes);
    const auto statement = bytesField(frame, u"stmt"_s, 1, protocol::MaxStatementBytes);
    const auto signature = bytesField(frame, u"sig"_s, protocol::SignatureBytes, protocol::SignatureBytes);
    const auto change = statement ? sync::decodeMemberStatement(*statement) : std::nullopt;
    if (!collection || !statement || !signature || !change) {
        refuse(ErrorCode::Malformed, u"member needs a collection id, a signed statement and its signature"_s, id);
        return;
    }
    // The statement must be about this collection, by this connection's device, and verify:
    // membership changes nobody signed (or another device signed for elsewhere) are refused.
    if (change->collection != *collection) {
        refuse(ErrorCode::Malformed, u"the statement names another collection"_s, id);
        return;
    }
    if (change->by != m_device || !sync::verifyMemberStatement(*statement, *signature)) {
        refuse(ErrorCode::AuthFailed, u"the statement is not signed by this device"_s, id);
        return;
    }
    switch (m_server.store().setMember(*collection, m_device, change->device, change->revoke, *statement, *signature)) {
    case RelayStore::MemberResult::NotMember:
        refuse(ErrorCode::NotMember, u"only a member may grant or revoke membership"_s, id);
        return;
    case RelayStore::MemberResult::Frozen:
        refuse(ErrorCode::Frozen, u"the collection is frozen: it takes no new members"_s, id);
        return;
    case RelayStore::MemberResult::Changed:
        break;
    }
    qCInfo(lcSession) << (change->revoke ? "revoke" : "grant") << who() << "collection"
                      << protocol::logId(*collection) << "device" << protocol::logId(change->device);
    send(reply(protocol::type::Ok, id));
}

void ClientSession::onMembers(const QCborMap &frame, qint64 id)
{
    const auto collection = bytesField(frame, u"c"_s, 1, protocol::MaxIdBytes);
    if (!collection) {
        refuse(ErrorCode::Malformed, u"members needs a collection id"_s, id);
        return;
    }
    if (!requireMember(*collection, id))
        return;
    QCborArray list;
    for (const sync::MemberStatement &member : m_server.store().members(*collection))
        list.append(QCborMap { { u"dev"_s, member.device }, { u"stmt"_s, member.statement },
            { u"sig"_s, member.signature } });
    QCborMap answer = reply(protocol::type::Members, id);
    answer.insert(u"m"_s, list);
    send(answer);
}

void ClientSession::onFreeze(const QCborMap &frame, qint64 id)
{
    const auto collection = bytesField(frame, u"c"_s, 1, protocol::MaxIdBytes);
    if (!collection) {
        refuse(ErrorCode::Malformed, u"freeze needs a collection id"_s, id);
        return;
    }
    if (!requireMember(*collection, id))
        return;
    m_server.store().freeze(*collection);
    qCInfo(lcSession) << "freeze" << who() << "collection" << protocol::logId(*collection);
    send(reply(protocol::type::Ok, id));
}

void ClientSession::onPost(const QCborMap &frame, qint64 id)
{
    const ServerLimits &limits = m_server.limits();
    const auto mailbox = bytesField(frame, u"m"_s, 16, protocol::MaxIdBytes);
    const QCborValue message = frame.value(u"msg"_s);
    if (!mailbox || !message.isByteArray() || message.toByteArray().isEmpty()) {
        refuse(ErrorCode::Malformed, u"post needs a mailbox id (16 to 64 bytes) and a message"_s, id);
        return;
    }
    if (message.toByteArray().size() > limits.maxMailboxMessageBytes) {
        refuse(ErrorCode::TooLarge,
            u"a mailbox message may hold at most %1 bytes"_s.arg(limits.maxMailboxMessageBytes), id);
        return;
    }
    if (!m_server.store().post(*mailbox, message.toByteArray(), limits.maxMailboxMessages)) {
        refuse(ErrorCode::MailboxFull, u"the mailbox is full"_s, id);
        return;
    }
    qCInfo(lcSession) << "post" << who() << "mailbox" << protocol::logId(*mailbox)
                      << message.toByteArray().size() << "bytes";
    send(reply(protocol::type::Ok, id));
}

void ClientSession::onRead(const QCborMap &frame, qint64 id)
{
    const auto mailbox = bytesField(frame, u"m"_s, 16, protocol::MaxIdBytes);
    if (!mailbox) {
        refuse(ErrorCode::Malformed, u"read needs a mailbox id (16 to 64 bytes)"_s, id);
        return;
    }
    QCborArray messages;
    for (const QByteArray &message : m_server.store().readMailbox(*mailbox))
        messages.append(message);
    QCborMap answer = reply(protocol::type::Mailbox, id);
    answer.insert(u"msgs"_s, messages);
    send(answer);
}

void ClientSession::onWatch(const QCborMap &frame, qint64 id)
{
    const auto collection = bytesField(frame, u"c"_s, 1, protocol::MaxIdBytes);
    if (!collection) {
        refuse(ErrorCode::Malformed, u"watch needs a collection id"_s, id);
        return;
    }
    if (!requireMember(*collection, id))
        return;
    m_server.subscribe(this, *collection);
    send(reply(protocol::type::Ok, id));
}

} // namespace bollplank::net

#include "relayclientworker.h"

#include "protocol.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace bollplank::net {

using sync::SyncError;
using sync::SyncErrorKind;

namespace {

SyncErrorKind kindFor(protocol::ErrorCode code)
{
    switch (code) {
    case protocol::ErrorCode::Unauthenticated:
    case protocol::ErrorCode::AuthFailed:
        return SyncErrorKind::Unauthorized;
    case protocol::ErrorCode::NotMember:
    case protocol::ErrorCode::Revoked:
        return SyncErrorKind::NotPaired;
    case protocol::ErrorCode::UnsupportedVersion:
        return SyncErrorKind::Protocol;
    case protocol::ErrorCode::TooLarge:
    case protocol::ErrorCode::TooFast:
    case protocol::ErrorCode::Malformed:
    case protocol::ErrorCode::MailboxFull:
    case protocol::ErrorCode::Internal:
    case protocol::ErrorCode::Frozen:
        break;
    }
    return SyncErrorKind::Refused;
}

} // namespace

RelayClientWorker::RelayClientWorker(RelayOptions options, DeviceSigner signer)
    : m_options(std::move(options))
    , m_signer(std::move(signer))
{
    m_thread.setObjectName(u"bollplank-sync-net"_s);
    moveToThread(&m_thread);
    m_thread.start();
}

RelayClientWorker::~RelayClientWorker()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            failAll(SyncErrorKind::Unreachable, u"the transport was closed"_s);
            delete m_socket;
            m_socket = nullptr;
            delete m_connectTimer;
            m_connectTimer = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

std::future<QCborMap> RelayClientWorker::submit(QCborMap frame)
{
    auto pending = std::make_shared<Pending>();
    pending->id = m_nextId++;
    frame.insert(u"id"_s, pending->id);
    pending->frame = std::move(frame);
    pending->tooFastLeft = m_options.tooFastRetries;
    std::future<QCborMap> future = pending->promise.get_future();
    QMetaObject::invokeMethod(
        this, [this, pending] { start(pending); }, Qt::QueuedConnection);
    return future;
}

void RelayClientWorker::addWatch(const QByteArray &collection)
{
    QMetaObject::invokeMethod(
        this,
        [this, collection] {
            if (!m_watched.contains(collection))
                m_watched.append(collection);
        },
        Qt::QueuedConnection);
}

std::vector<QByteArray> RelayClientWorker::waitForNews(int timeoutMs)
{
    std::unique_lock lock(m_newsMutex);
    m_newsArrived.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this] { return !m_news.empty(); });
    return std::exchange(m_news, {});
}

void RelayClientWorker::dropConnection()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_socket)
                m_socket->abort();
        },
        Qt::BlockingQueuedConnection);
}

void RelayClientWorker::start(std::shared_ptr<Pending> pending)
{
    pending->deadline = new QTimer(this);
    pending->deadline->setSingleShot(true);
    connect(pending->deadline, &QTimer::timeout, this, [this, pending] {
        fail(pending, SyncErrorKind::Unreachable,
            u"no answer from %1 within %2 s"_s.arg(m_options.url.host())
                .arg(m_options.requestTimeoutMs / 1000.0));
    });
    pending->deadline->start(m_options.connectTimeoutMs + m_options.requestTimeoutMs);
    m_queue.push_back(std::move(pending));
    if (m_state == State::Ready)
        sendQueued();
    else
        ensureConnected();
}

void RelayClientWorker::sendQueued()
{
    // After a drop, requests sent together may add up to more than the link carries before it
    // drops again (a train, a lift): then none of them is ever answered and sync never gets
    // anywhere. One at a time, each has the whole next connection to itself.
    while (m_state == State::Ready && !m_queue.empty() && !(m_oneAtATime && !m_inFlight.isEmpty())) {
        auto pending = std::move(m_queue.front());
        m_queue.pop_front();
        sendNow(pending);
    }
    if (m_queue.empty() && m_inFlight.isEmpty())
        m_oneAtATime = false;
}

void RelayClientWorker::ensureConnected()
{
    if (m_state != State::Disconnected)
        return;
    // A socket that refused a too large message keeps that close code: start afresh, so the
    // next connection's end is not mistaken for another one.
    if (m_socket && m_socket->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (!m_socket) {
        m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        // A hostile server could otherwise make the client buffer up to 256 MiB per message;
        // beyond this the WebSocket layer stops reading and closes with 1009 (onDisconnected).
        m_socket->setMaxAllowedIncomingMessageSize(quint64(protocol::MaxClientMessageBytes));
        m_socket->setMaxAllowedIncomingFrameSize(quint64(protocol::MaxClientMessageBytes));
        connect(m_socket, &QWebSocket::connected, this, &RelayClientWorker::onConnected);
        connect(m_socket, &QWebSocket::binaryMessageReceived, this, &RelayClientWorker::onBinary);
        connect(m_socket, &QWebSocket::disconnected, this, &RelayClientWorker::onDisconnected);
        if (!m_options.caCertificates.isEmpty()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.addCaCertificates(m_options.caCertificates);
            m_socket->setSslConfiguration(tls);
        }
    }
    if (!m_connectTimer) {
        m_connectTimer = new QTimer(this);
        m_connectTimer->setSingleShot(true);
        connect(m_connectTimer, &QTimer::timeout, this, [this] {
            if (m_state != State::Ready) {
                failAll(SyncErrorKind::Unreachable,
                    u"cannot reach %1 (no answer within %2 s)"_s
                        .arg(m_options.url.toString(QUrl::RemoveUserInfo))
                        .arg(m_options.connectTimeoutMs / 1000.0));
                m_socket->abort();
            }
        });
    }
    m_state = State::Connecting;
    m_handshakeRefused = false;
    m_connectTimer->start(m_options.connectTimeoutMs);
    m_socket->open(m_options.url);
}

void RelayClientWorker::send(const QCborMap &frame)
{
    const QByteArray bytes = protocol::encode(frame);
    bytesSent += bytes.size();
    m_socket->sendBinaryMessage(bytes);
}

void RelayClientWorker::sendNow(const std::shared_ptr<Pending> &pending)
{
    m_inFlight.insert(pending->id, pending);
    send(pending->frame);
}

void RelayClientWorker::onConnected()
{
    m_state = State::AwaitChallenge;
    QCborMap hello;
    hello.insert(u"t"_s, QString::fromLatin1(protocol::type::Hello));
    hello.insert(u"v"_s, protocol::Version);
    hello.insert(u"device"_s, m_signer.publicKey);
    send(hello);
}

void RelayClientWorker::onBinary(const QByteArray &bytes)
{
    bytesReceived += bytes.size();
    const auto frame = protocol::decode(bytes);
    if (!frame) {
        failAll(SyncErrorKind::Protocol, u"the server sent a frame this version cannot read"_s);
        m_socket->abort();
        return;
    }
    const QString type = frame->value(u"t"_s).toString();
    if (type == QLatin1String(protocol::type::Challenge) && m_state == State::AwaitChallenge) {
        const QByteArray nonce = frame->value(u"nonce"_s).toByteArray();
        if (nonce.size() != protocol::NonceBytes) {
            failAll(SyncErrorKind::Protocol, u"the server sent a malformed challenge"_s);
            m_socket->abort();
            return;
        }
        // Bind the signature to where this client connected and the certificate it saw there, so
        // no other server can pass the challenge through and use the answer (docs/sync-protocol.md).
        const QString origin = protocol::originOf(m_options.url);
        const QSslCertificate peer = m_socket->sslConfiguration().peerCertificate();
        const QByteArray fingerprint = peer.isNull() ? QByteArray() : peer.digest(QCryptographicHash::Sha256);
        QCborMap auth;
        auth.insert(u"t"_s, QString::fromLatin1(protocol::type::Auth));
        auth.insert(u"sig"_s, m_signer.sign(protocol::authMessage(nonce, m_signer.publicKey, origin, fingerprint)));
        auth.insert(u"origin"_s, origin);
        auth.insert(u"fp"_s, fingerprint);
        m_state = State::AwaitWelcome;
        send(auth);
        return;
    }
    if (type == QLatin1String(protocol::type::Welcome) && m_state == State::AwaitWelcome) {
        m_state = State::Ready;
        m_connectTimer->stop();
        // Re-subscribe after a reconnect; the answers match no request and are dropped.
        for (const QByteArray &collection : std::as_const(m_watched)) {
            QCborMap watch;
            watch.insert(u"t"_s, QString::fromLatin1(protocol::type::Watch));
            watch.insert(u"id"_s, m_nextId++);
            watch.insert(u"c"_s, collection);
            send(watch);
        }
        sendQueued();
        return;
    }
    if (type == QLatin1String(protocol::type::News)) {
        const QByteArray collection = frame->value(u"c"_s).toByteArray();
        {
            std::lock_guard lock(m_newsMutex);
            if (std::find(m_news.begin(), m_news.end(), collection) == m_news.end())
                m_news.push_back(collection);
        }
        m_newsArrived.notify_all();
        return;
    }
    if (type == QLatin1String(protocol::type::Error) && !frame->value(u"re"_s).isInteger()) {
        // An error that answers no request: the handshake failed (or the server saw garbage).
        const auto code = protocol::codeFromName(frame->value(u"code"_s).toString());
        const QString message = frame->value(u"msg"_s).toString();
        if (m_state != State::Ready) {
            m_handshakeRefused = true;
            failAll(
                code ? kindFor(*code) : SyncErrorKind::Protocol, u"the server refused: %1"_s.arg(message));
            m_socket->close();
        }
        return;
    }
    onAnswer(*frame);
}

void RelayClientWorker::onAnswer(const QCborMap &frame)
{
    const auto it = m_inFlight.find(frame.value(u"re"_s).toInteger(-1));
    if (it == m_inFlight.end())
        return;
    const std::shared_ptr<Pending> pending = it.value();
    if (frame.value(u"t"_s).toString() != QLatin1String(protocol::type::Error)) {
        m_inFlight.erase(it);
        pending->promise.set_value(frame);
        finish(pending);
        return;
    }
    const auto code = protocol::codeFromName(frame.value(u"code"_s).toString());
    if (code == protocol::ErrorCode::TooFast && pending->tooFastLeft > 0) {
        --pending->tooFastLeft;
        m_inFlight.erase(it);
        const int delay = int(std::clamp<qint64>(frame.value(u"retry"_s).toInteger(100), 1, 10000));
        QTimer::singleShot(delay, this, [this, pending] {
            if (!pending->deadline)
                return; // timed out meanwhile
            m_queue.push_front(pending);
            if (m_state == State::Ready)
                sendQueued();
            else
                ensureConnected();
        });
        return;
    }
    const QString message = u"the server refused: %1"_s.arg(frame.value(u"msg"_s).toString());
    if (code == protocol::ErrorCode::Revoked) {
        // The proof is passed on as sent, unchecked: only the engine, which holds the roster,
        // can tell a real revocation from a server's claim.
        fail(pending, std::make_exception_ptr(sync::RevokedError(message,
            { {}, frame.value(u"stmt"_s).toByteArray(), frame.value(u"sig"_s).toByteArray() })));
        return;
    }
    fail(pending, code ? kindFor(*code) : SyncErrorKind::Protocol, message);
}

void RelayClientWorker::onDisconnected()
{
    const bool wasReady = m_state == State::Ready;
    m_state = State::Disconnected;
    m_connectTimer->stop();
    if (m_handshakeRefused)
        return;
    if (m_socket->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData) {
        // A message over the limit (almost always the server's, over the client's 16 MiB, which
        // the WebSocket layer stops reading): asking again would only repeat it.
        failAll(SyncErrorKind::Protocol,
            u"the connection closed on a message over the size limit (the client reads at most %1 MiB)"_s.arg(
                protocol::MaxClientMessageBytes / (1024 * 1024)));
        return;
    }
    if (!wasReady) {
        failAll(SyncErrorKind::Unreachable,
            u"cannot reach %1: %2"_s.arg(
                m_options.url.toString(QUrl::RemoveUserInfo), m_socket->errorString()));
        return;
    }
    // Every request is idempotent on the server, so one cut off mid-way is sent once more, ahead
    // of those that never left, in the order they were first sent.
    QList<std::shared_ptr<Pending>> inFlight = m_inFlight.values();
    m_inFlight.clear();
    std::sort(inFlight.begin(), inFlight.end(), [](const auto &a, const auto &b) { return a->id > b->id; });
    for (const auto &pending : std::as_const(inFlight)) {
        if (pending->resent) {
            fail(pending, SyncErrorKind::Unreachable, u"the connection dropped twice during one request"_s);
        } else {
            pending->resent = true;
            m_queue.push_front(pending);
            m_oneAtATime = true;
        }
    }
    if (!m_queue.empty())
        ensureConnected();
}

void RelayClientWorker::fail(
    const std::shared_ptr<Pending> &pending, SyncErrorKind kind, const QString &message)
{
    fail(pending, std::make_exception_ptr(SyncError(kind, message)));
}

void RelayClientWorker::fail(const std::shared_ptr<Pending> &pending, std::exception_ptr error)
{
    if (!pending->deadline)
        return; // already answered
    m_inFlight.remove(pending->id);
    const auto queued = std::find(m_queue.begin(), m_queue.end(), pending);
    if (queued != m_queue.end())
        m_queue.erase(queued);
    pending->promise.set_exception(std::move(error));
    finish(pending);
}

void RelayClientWorker::failAll(SyncErrorKind kind, const QString &message)
{
    const auto inFlight = m_inFlight;
    for (const auto &pending : inFlight)
        fail(pending, kind, message);
    const auto queue = m_queue;
    for (const auto &pending : queue)
        fail(pending, kind, message);
}

void RelayClientWorker::finish(const std::shared_ptr<Pending> &pending)
{
    if (pending->deadline) {
        pending->deadline->stop();
        pending->deadline->deleteLater();
        pending->deadline = nullptr;
    }
    sendQueued(); // the next one, when they go one at a time
}

} // namespace bollplank::net

#pragma once

// One connected device on the server side: the handshake, the rate limit, and each request
// checked before it touches the store.

#include "protocol.h"
#include "ratelimit.h"

#include <QCborMap>
#include <QObject>
#include <QTimer>

#include <optional>

class QWebSocket;

namespace bollplank::net {

class SyncServer;

class ClientSession : public QObject
{
    Q_OBJECT

public:
    ClientSession(QWebSocket *socket, SyncServer &server);
    ~ClientSession() override;

    void sendNews(const QByteArray &collection, qint64 lastSequence);
    [[nodiscard]] const QByteArray &device() const noexcept { return m_device; }
    [[nodiscard]] bool authenticated() const noexcept { return m_authenticated; }

signals:
    void finished(bollplank::net::ClientSession *session);

private:
    void onBinary(const QByteArray &bytes);
    void onHello(const QCborMap &frame);
    void onAuth(const QCborMap &frame);
    void onRequest(const QString &type, const QCborMap &frame, qint64 id);
    void onPush(const QCborMap &frame, qint64 id);
    void onPull(const QCborMap &frame, qint64 id);
    void onMember(const QCborMap &frame, qint64 id);
    void onPost(const QCborMap &frame, qint64 id);
    void onRead(const QCborMap &frame, qint64 id);
    void onWatch(const QCborMap &frame, qint64 id);
    void onMembers(const QCborMap &frame, qint64 id);
    void onFreeze(const QCborMap &frame, qint64 id);
    /// The member check every collection request starts with; sends NotMember when it fails.
    [[nodiscard]] bool requireMember(const QByteArray &collection, qint64 id);

    void send(const QCborMap &frame);
    void refuse(protocol::ErrorCode code, const QString &message, std::optional<qint64> id,
        std::optional<qint64> retryAfterMs = std::nullopt);
    [[nodiscard]] QString who() const;

    QWebSocket *m_socket;
    SyncServer &m_server;
    RateLimiter m_rate;
    QTimer m_handshakeTimer;
    QByteArray m_nonce;
    QByteArray m_pendingDevice;
    QByteArray m_device;
    bool m_authenticated = false;
};

} // namespace bollplank::net

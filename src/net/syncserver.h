#pragma once

// The sync endpoint: a WebSocket server speaking docs/sync-protocol.md over a RelayStore. The
// relay binary runs one; the mentor's app runs one on the local network for direct sync.

#include "store/securekey.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>
#include <stdexcept>

class QWebSocketServer;

namespace bollplank::net {

class RelayStore;
class ClientSession;

/// The server could not start (address, TLS material, storage). Its message is for people.
class ServerError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct ServerLimits
{
    qint64 maxMessageBytes = 8 * 1024 * 1024; ///< one WebSocket message
    qint64 maxEnvelopeBytes = 1024 * 1024; ///< one envelope inside a push
    int maxEnvelopesPerPush = 1000;
    int maxPullLimit = 1000;
    qint64 maxPullBytes = 4 * 1024 * 1024; ///< a page stops growing here
    double requestsPerSecond = 100; ///< per connection, refilled continuously
    int burst = 400; ///< requests a connection may make at once
    int maxMailboxMessages = 16;
    qint64 maxMailboxMessageBytes = 64 * 1024;
    int handshakeTimeoutMs = 15000; ///< an unauthenticated connection closes after this
};

struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; ///< 0: any free port (see SyncServer::port())
    QString database; ///< SQLite path or postgresql:// URL
    /// Encrypts the SQLite database at rest (the direct endpoint's, keyed by the profile; see
    /// RelayStore::open). A relay's own --db is the operator's disk and holds only what any relay
    /// holds, so it has none.
    std::optional<SecureKey> databaseKey;
    std::optional<QSslConfiguration> tls; ///< with certificate and key: wss://
    /// Plain ws:// on a non-loopback address: only the direct endpoint on a local network,
    /// and only when asked for (docs/sync-protocol.md, "Transport security").
    bool allowPlainOnLan = false;
    /// Further addresses devices reach this server by (ws:// or wss:// URLs: a public name, a
    /// TLS-terminating proxy in front), besides those it derives from where it listens. A device
    /// signs the origin it connected to; the server accepts only its own (docs/sync-protocol.md).
    QStringList origins;
    /// SHA-256 fingerprints of the certificates a TLS-terminating proxy in front presents for a
    /// wss:// origin given in `origins` (the server's own certificate is always accepted).
    QList<QByteArray> proxyCertificateFingerprints;
    ServerLimits limits;
};

class SyncServer : public QObject
{
    Q_OBJECT

public:
    explicit SyncServer(ServerOptions options, QObject *parent = nullptr);
    ~SyncServer() override;

    /// Opens the storage and listens. Throws ServerError (or RelayStoreError) with a clear reason.
    void start();
    void close();

    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] const ServerLimits &limits() const noexcept { return m_options.limits; }
    [[nodiscard]] RelayStore &store() { return *m_store; }

    /// True when a device that signed in to `origin`, seeing a certificate with this SHA-256
    /// fingerprint (empty: plain ws), reached this server: the origin is one of its own and the
    /// fingerprint is its certificate's (or a configured proxy's), empty exactly over ws://.
    [[nodiscard]] bool acceptsOrigin(const QString &origin, const QByteArray &fingerprint) const;
    [[nodiscard]] const QSet<QString> &acceptedOrigins() const noexcept { return m_origins; }

    /// Tells the subscribed sessions (but `except`) that the collection has new envelopes.
    void announce(const QByteArray &collection, qint64 lastSequence, const ClientSession *except);
    void subscribe(ClientSession *session, const QByteArray &collection);

private:
    void onNewConnection();
    void forget(ClientSession *session);
    void deriveOrigins();

    ServerOptions m_options;
    std::unique_ptr<RelayStore> m_store;
    QWebSocketServer *m_server = nullptr;
    QSet<ClientSession *> m_sessions;
    QHash<QByteArray, QSet<ClientSession *>> m_watchers;
    QSet<QString> m_origins;
    QSet<QByteArray> m_tlsFingerprints; ///< accepted for a wss:// origin
};

} // namespace bollplank::net

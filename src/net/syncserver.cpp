#include "syncserver.h"

#include "clientsession.h"
#include "relaystore.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QSslKey>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "bollplank.relay")

namespace bollplank::net {

SyncServer::SyncServer(ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

SyncServer::~SyncServer()
{
    close();
}

void SyncServer::start()
{
    if (!m_options.tls && !m_options.address.isLoopback() && !m_options.allowPlainOnLan)
        throw ServerError(
            "refusing to listen without TLS on a non-loopback address: give a certificate and key"
            " (or, for the direct endpoint on a local network, allow plain sync explicitly)");
    if (m_options.tls && (m_options.tls->localCertificate().isNull() || m_options.tls->privateKey().isNull()))
        throw ServerError("TLS needs both a certificate and its private key");
    if (m_options.database.isEmpty())
        throw ServerError("no database given");
    for (const QString &origin : std::as_const(m_options.origins)) {
        if (protocol::originOf(QUrl(origin)).isEmpty())
            throw ServerError(u"not an origin (ws://host:port or wss://host:port): %1"_s.arg(origin).toStdString());
    }

    m_store = RelayStore::open(m_options.database, m_options.databaseKey);
    connect(m_store.get(), &RelayStore::appendedElsewhere, this,
        [this](const QByteArray &collection, qint64 sequence) { announce(collection, sequence, nullptr); });

    if (m_store->isPostgres()) {
        auto *keepAlive = new QTimer(this);
        connect(keepAlive, &QTimer::timeout, this, [this] { m_store->keepAlive(); });
        keepAlive->start(5000);
    }

    m_server = new QWebSocketServer(u"bollplank-relay"_s,
        m_options.tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
    if (m_options.tls)
        m_server->setSslConfiguration(*m_options.tls);
    m_server->setHandshakeTimeout(std::chrono::milliseconds(m_options.limits.handshakeTimeoutMs));
    connect(m_server, &QWebSocketServer::newConnection, this, &SyncServer::onNewConnection);
    connect(m_server, &QWebSocketServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        qCWarning(lcServer) << "accept failed:" << m_server->errorString();
    });
    if (!m_server->listen(m_options.address, m_options.port))
        throw ServerError(u"cannot listen on %1 port %2: %3"_s.arg(m_options.address.toString())
                              .arg(m_options.port)
                              .arg(m_server->errorString())
                              .toStdString());
    deriveOrigins();
    qCInfo(lcServer) << "listening on" << url().toString() << "storage"
                     << (m_store->isPostgres() ? "PostgreSQL" : "SQLite");
}

void SyncServer::deriveOrigins()
{
    const bool tls = m_options.tls.has_value();
    const QString scheme = tls ? u"wss"_s : u"ws"_s;
    QStringList hosts;
    const QHostAddress &address = m_options.address;
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6) {
        // Listening everywhere: reachable at each of this machine's addresses.
        for (const QHostAddress &local : QNetworkInterface::allAddresses())
            hosts.append(local.toString());
        hosts.append(u"localhost"_s);
    } else {
        hosts.append(address.toString());
        if (address.isLoopback())
            hosts.append(u"localhost"_s);
    }
    m_origins.clear();
    for (const QString &host : std::as_const(hosts)) {
        QUrl url;
        url.setScheme(scheme);
        url.setHost(host.section(u'%', 0, 0)); // no IPv6 scope in a URL
        url.setPort(port());
        if (const QString origin = protocol::originOf(url); !origin.isEmpty())
            m_origins.insert(origin);
    }
    for (const QString &origin : std::as_const(m_options.origins))
        m_origins.insert(protocol::originOf(QUrl(origin)));
    m_tlsFingerprints.clear();
    if (tls)
        m_tlsFingerprints.insert(m_options.tls->localCertificate().digest(QCryptographicHash::Sha256));
    for (const QByteArray &fingerprint : std::as_const(m_options.proxyCertificateFingerprints))
        m_tlsFingerprints.insert(fingerprint);
}

bool SyncServer::acceptsOrigin(const QString &origin, const QByteArray &fingerprint) const
{
    if (!m_origins.contains(origin))
        return false;
    // Over ws:// the client saw no certificate; over wss:// it must have seen ours.
    if (origin.startsWith(u"ws://"_s))
        return fingerprint.isEmpty();
    return !fingerprint.isEmpty() && m_tlsFingerprints.contains(fingerprint);
}

void SyncServer::close()
{
    if (m_server && m_server->isListening())
        m_server->close();
    const auto sessions = m_sessions;
    for (ClientSession *session : sessions)
        delete session;
    m_sessions.clear();
    m_watchers.clear();
}

quint16 SyncServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl SyncServer::url() const
{
    QUrl url;
    url.setScheme(m_options.tls ? u"wss"_s : u"ws"_s);
    url.setHost(m_options.address.toString());
    url.setPort(port());
    return url;
}

void SyncServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        auto *session = new ClientSession(socket, *this);
        m_sessions.insert(session);
        connect(session, &ClientSession::finished, this, &SyncServer::forget);
    }
}

void SyncServer::forget(ClientSession *session)
{
    m_sessions.remove(session);
    for (auto it = m_watchers.begin(); it != m_watchers.end();) {
        it->remove(session);
        it = it->isEmpty() ? m_watchers.erase(it) : std::next(it);
    }
    qCInfo(lcServer) << "disconnected"
                     << (session->authenticated() ? protocol::logId(session->device()) : u"-"_s);
    session->deleteLater();
}

void SyncServer::subscribe(ClientSession *session, const QByteArray &collection)
{
    m_watchers[collection].insert(session);
}

void SyncServer::announce(const QByteArray &collection, qint64 lastSequence, const ClientSession *except)
{
    const auto it = m_watchers.constFind(collection);
    if (it == m_watchers.cend())
        return;
    const QSet<ClientSession *> watchers = *it;
    for (ClientSession *session : watchers) {
        if (session == except)
            continue;
        // A device removed from the collection since it subscribed hears nothing more.
        try {
            if (m_store->isMember(collection, session->device()))
                session->sendNews(collection, lastSequence);
        } catch (const std::exception &e) {
            qCWarning(lcServer) << "membership check failed:" << e.what();
        }
    }
}

} // namespace bollplank::net

#include "directendpoint.h"

#include "profile/profile.h"
#include "relaystore.h"
#include "store/storeerror.h"
#include "sync/identity.h"
#include "syncserver.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QSaveFile>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDirect, "bollplank.sync.direct")

namespace bollplank::net {

namespace {

const QString DatabaseFile = u"direct-endpoint.sqlite"_s;
/// The port the endpoint listened on last: the adept's device keeps reaching it after a restart.
const QString PortFile = u"direct-port"_s;

} // namespace

bool isPrivateIPv4(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    return address.isInSubnet(QHostAddress(u"10.0.0.0"_s), 8)
        || address.isInSubnet(QHostAddress(u"172.16.0.0"_s), 12)
        || address.isInSubnet(QHostAddress(u"192.168.0.0"_s), 16);
}

std::optional<QHostAddress> localNetworkAddress()
{
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            if (isPrivateIPv4(entry.ip()))
                return entry.ip();
        }
    }
    return std::nullopt;
}

DirectEndpoint::DirectEndpoint(UnlockedProfile &profile)
    : m_folder(profile.folder())
{
    try {
        m_key = sync::DeviceIdentity::load(profile).directEndpointKey();
    } catch (const StoreError &e) {
        m_keyError = QString::fromUtf8(e.what());
    }
}

DirectEndpoint::~DirectEndpoint()
{
    stop();
}

QString DirectEndpoint::databasePath(const QString &profileFolder)
{
    return QDir(profileFolder).filePath(DatabaseFile);
}

quint16 DirectEndpoint::rememberedPort() const
{
    QFile file(QDir(m_folder).filePath(PortFile));
    if (!file.open(QIODevice::ReadOnly))
        return DefaultPort;
    bool ok = false;
    const uint port = QString::fromLatin1(file.read(16)).trimmed().toUInt(&ok);
    return ok && port > 0 && port <= 65535 ? quint16(port) : DefaultPort;
}

void DirectEndpoint::rememberPort(quint16 port) const
{
    QSaveFile file(QDir(m_folder).filePath(PortFile));
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(port) + '\n') < 0 || !file.commit())
        qCWarning(lcDirect) << "cannot remember the direct sync port";
}

std::optional<DirectEndpoint::StartError> DirectEndpoint::start(std::optional<QHostAddress> address)
{
    if (m_server)
        return std::nullopt;
    // Never unencrypted: without the key there is no endpoint.
    if (!m_key)
        return StartError { Failure::Storage, u"no key for the endpoint's database: "_s + m_keyError };
    if (!address)
        address = localNetworkAddress();
    if (!address)
        return StartError { Failure::NoNetwork, u"no private IPv4 address on a running interface"_s };

    const quint16 preferred = rememberedPort();
    QString detail;
    // The remembered port first, so invites already handed out keep working; then any free one.
    for (const quint16 port : { preferred, quint16(0) }) {
        ServerOptions options;
        options.address = *address;
        options.port = port;
        options.database = databasePath();
        options.databaseKey = m_key;
        options.allowPlainOnLan = true;
        auto *thread = new QThread;
        thread->setObjectName(u"direct-endpoint"_s);
        thread->start();
        // Started, closed and deleted on its thread: its sockets and database connection belong there.
        auto *server = new SyncServer(options);
        server->moveToThread(thread);
        std::optional<StartError> failed;
        QMetaObject::invokeMethod(
            server,
            [&] {
                try {
                    server->start();
                } catch (const RelayStoreError &e) {
                    failed = StartError { Failure::Storage, QString::fromUtf8(e.what()) };
                } catch (const std::exception &e) {
                    failed = StartError { Failure::CannotListen, QString::fromUtf8(e.what()) };
                }
                if (failed) {
                    delete server;
                    server = nullptr;
                }
            },
            Qt::BlockingQueuedConnection);
        if (!server) {
            thread->quit();
            thread->wait();
            delete thread;
            if (failed->failure == Failure::Storage)
                return failed;
            detail = failed->detail;
            qCInfo(lcDirect) << "direct sync: port" << port << "not available:" << detail;
            continue;
        }
        m_server = server;
        m_thread = thread;
        m_url = server->url();
        if (server->port() != preferred)
            rememberPort(server->port());
        qCInfo(lcDirect) << "direct sync on" << m_url.toString();
        return std::nullopt;
    }
    return StartError { Failure::CannotListen, detail };
}

void DirectEndpoint::stop()
{
    if (!m_server)
        return;
    SyncServer *server = m_server;
    QMetaObject::invokeMethod(
        server,
        [server] {
            server->close();
            delete server;
        },
        Qt::BlockingQueuedConnection);
    m_server = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_url.clear();
    qCInfo(lcDirect) << "direct sync stopped";
}

} // namespace bollplank::net

#include "endpoints.h"

#include "profile/store.h"
#include "sync/engine.h"
#include "sync/identity.h"
#include "sync/routes.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace bollplank::net {

namespace {

const QString OwnEndpointFile = u"sync-endpoint"_s;

} // namespace

QUrl parseEndpoint(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"ws"_s && url.scheme() != u"wss"_s) || url.host().isEmpty()
        || url.port() <= 0)
        return {};
    return url;
}

std::unique_ptr<RelayTransport> openTransport(Store &store, const QUrl &url)
{
    if (url.isEmpty())
        throw sync::SyncError(sync::SyncErrorKind::Unreachable, u"no sync address"_s);
    auto identity = std::make_shared<sync::DeviceIdentity>(sync::DeviceIdentity::load(store));
    DeviceSigner signer;
    signer.publicKey = identity->signPublicKey();
    signer.sign = [identity](const QByteArray &message) { return identity->sign(message); };
    RelayOptions options;
    options.url = url;
    return std::make_unique<RelayTransport>(options, std::move(signer));
}

sync::TransportFactory transportFactory(Store &store)
{
    return [&store](const QString &endpoint) -> std::unique_ptr<sync::Transport> {
        return openTransport(store, parseEndpoint(endpoint));
    };
}

QUrl readOwnEndpoint(const QString &profileFolder)
{
    QFile file(QDir(profileFolder).filePath(OwnEndpointFile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseEndpoint(QString::fromUtf8(file.read(4096)));
}

bool rememberOwnEndpoint(const QString &profileFolder, const QUrl &url)
{
    QSaveFile file(QDir(profileFolder).filePath(OwnEndpointFile));
    return file.open(QIODevice::WriteOnly) && file.write(url.toString().toUtf8() + '\n') >= 0 && file.commit();
}

QStringList Endpoints::ownNames() const
{
    return own.isEmpty() ? QStringList() : QStringList { RelayTransport::nameOf(own) };
}

QStringList Endpoints::legacySharedNames() const
{
    // Before schema 8 a mentor with direct sync on synced everything through it, and an adept
    // paired there synced there: such a pair's shared space (bound to nothing) still meets there.
    return direct.isEmpty() ? QStringList() : QStringList { RelayTransport::nameOf(direct) };
}

QList<QUrl> Endpoints::inUse(Store &store) const
{
    QList<QUrl> out;
    QStringList names;
    const auto add = [&](const QUrl &url) {
        if (url.isEmpty())
            return;
        const QString name = RelayTransport::nameOf(url);
        if (!names.contains(name)) {
            names.append(name);
            out.append(url);
        }
    };
    add(active());
    add(own);
    for (const QString &bound : sync::boundEndpoints(store))
        add(parseEndpoint(bound));
    return out;
}

void Endpoints::configure(sync::Engine &engine) const
{
    engine.setOwnEndpoints(ownNames(), legacySharedNames());
}

} // namespace bollplank::net

#include "syncsetup.h"

#include "clierror.h"
#include "context.h"

#include "relaytransport.h"
#include "sync/engine.h"
#include "sync/identity.h"
#include "sync/routes.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace bollplank::cli {

namespace {

const QString EndpointFile = u"sync-endpoint"_s;

std::atomic<bool> stopFlag { false };

extern "C" void onStopSignal(int)
{
    stopFlag = true;
}

} // namespace

QUrl parseEndpoint(const QString &text, const QString &option)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"ws"_s && url.scheme() != u"wss"_s) || url.host().isEmpty()
        || url.port() <= 0)
        throw usageError(
            u"--%1 takes a sync address such as ws://127.0.0.1:8765 or wss://relay.example:443"_s.arg(
                option));
    return url;
}

std::optional<QUrl> ownEndpoint(Context &ctx)
{
    if (const auto relay = ctx.args.value(u"relay"_s)) {
        const QUrl url = parseEndpoint(*relay, u"relay"_s);
        rememberEndpoint(ctx, url);
        return url;
    }
    QFile file(QDir(ctx.session.folder()).filePath(EndpointFile));
    if (file.open(QIODevice::ReadOnly)) {
        const QUrl url(QString::fromUtf8(file.readAll()).trimmed());
        if (url.isValid() && !url.host().isEmpty())
            return url;
    }
    return std::nullopt;
}

QUrl syncEndpoint(Context &ctx)
{
    if (const auto own = ownEndpoint(ctx))
        return *own;
    throw usageError(u"this profile has no sync address yet: give --relay ws://HOST:PORT"_s);
}

QList<QUrl> endpointsInUse(Context &ctx)
{
    QList<QUrl> out;
    QStringList names;
    const auto add = [&](const QUrl &url) {
        if (!names.contains(net::RelayTransport::nameOf(url))) {
            names.append(net::RelayTransport::nameOf(url));
            out.append(url);
        }
    };
    if (const auto own = ownEndpoint(ctx))
        add(*own);
    for (const QString &bound : sync::boundEndpoints(ctx.store())) {
        const QUrl url(bound, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty())
            add(url);
    }
    if (out.isEmpty())
        throw usageError(u"this profile has no sync address yet: give --relay ws://HOST:PORT"_s);
    return out;
}

std::unique_ptr<sync::Engine> engineFor(Context &ctx)
{
    auto engine = std::make_unique<sync::Engine>(ctx.store());
    const std::optional<QUrl> own = ownEndpoint(ctx);
    engine->setOwnEndpoints(own ? QStringList { net::RelayTransport::nameOf(*own) } : QStringList());
    return engine;
}

void rememberEndpoint(Context &ctx, const QUrl &url)
{
    QSaveFile file(QDir(ctx.session.folder()).filePath(EndpointFile));
    if (!file.open(QIODevice::WriteOnly) || file.write(url.toString().toUtf8() + '\n') < 0 || !file.commit())
        throw CliError(ExitCode::Io, u"cannot remember the sync address in %1"_s.arg(file.fileName()));
}

std::unique_ptr<net::RelayTransport> openTransport(Store &store, const QUrl &url)
{
    auto identity = std::make_shared<sync::DeviceIdentity>(sync::DeviceIdentity::load(store));
    net::DeviceSigner signer;
    signer.publicKey = identity->signPublicKey();
    signer.sign = [identity](const QByteArray &message) { return identity->sign(message); };
    net::RelayOptions options;
    options.url = url;
    return std::make_unique<net::RelayTransport>(options, std::move(signer));
}

void withSyncErrors(const std::function<void()> &body)
{
    try {
        body();
    } catch (const sync::SyncError &e) {
        const QString message = QString::fromStdString(e.what());
        switch (e.kind()) {
        case sync::SyncErrorKind::Unreachable:
            throw CliError(ExitCode::Unreachable, message);
        case sync::SyncErrorKind::InvalidInvite:
            throw CliError(ExitCode::Invalid, message);
        case sync::SyncErrorKind::NotPaired:
            throw CliError(ExitCode::SyncRefused, u"not paired: "_s + message);
        case sync::SyncErrorKind::Unauthorized:
            throw CliError(ExitCode::SyncRefused, u"not authorised: "_s + message);
        case sync::SyncErrorKind::Refused:
        case sync::SyncErrorKind::Tampered:
        case sync::SyncErrorKind::Protocol:
            break;
        }
        throw CliError(ExitCode::SyncRefused, message);
    }
}

bool stopRequested()
{
    return stopFlag;
}

void watchForStop()
{
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
}

} // namespace bollplank::cli

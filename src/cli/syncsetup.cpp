#include "syncsetup.h"

#include "clierror.h"
#include "context.h"

#include "endpoints.h"
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

std::atomic<bool> stopFlag { false };

extern "C" void onStopSignal(int)
{
    stopFlag = true;
}

} // namespace

QUrl parseEndpoint(const QString &text, const QString &option)
{
    const QUrl url = net::parseEndpoint(text);
    if (url.isEmpty())
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
    if (const QUrl url = net::readOwnEndpoint(ctx.session.folder()); !url.isEmpty())
        return url;
    return std::nullopt;
}

QUrl syncEndpoint(Context &ctx)
{
    if (const auto own = ownEndpoint(ctx))
        return *own;
    throw usageError(u"this profile has no sync address yet: give --relay ws://HOST:PORT"_s);
}

net::Endpoints endpoints(Context &ctx)
{
    return net::Endpoints { ownEndpoint(ctx).value_or(QUrl()), QUrl() };
}

QList<QUrl> endpointsInUse(Context &ctx)
{
    const QList<QUrl> out = endpoints(ctx).inUse(ctx.store());
    if (out.isEmpty())
        throw usageError(u"this profile has no sync address yet: give --relay ws://HOST:PORT"_s);
    return out;
}

std::unique_ptr<sync::Engine> engineFor(Context &ctx)
{
    auto engine = std::make_unique<sync::Engine>(ctx.store());
    endpoints(ctx).configure(*engine);
    return engine;
}

void rememberEndpoint(Context &ctx, const QUrl &url)
{
    if (!net::rememberOwnEndpoint(ctx.session.folder(), url))
        throw CliError(ExitCode::Io, u"cannot remember the sync address in %1"_s.arg(ctx.session.folder()));
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

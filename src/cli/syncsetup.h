#pragma once

// What the pair and sync commands share: where this profile syncs (its endpoint), a transport
// signed by the profile's device identity, and SyncError turned into the CLI's exit codes.

#include "sync/transport.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace bollplank {
class Store;
}

namespace bollplank::net {
class RelayTransport;
}

namespace bollplank::cli {

class Context;

/// The endpoint this profile syncs with: --relay when given (and then remembered), else the one
/// remembered in the profile folder ("sync-endpoint": only the address, never note content).
/// Throws a usage error when there is none.
[[nodiscard]] QUrl syncEndpoint(Context &ctx);
/// Remembers url as the profile's endpoint.
void rememberEndpoint(Context &ctx, const QUrl &url);
/// Checks that text is a ws:// or wss:// address; throws a usage error naming option otherwise.
[[nodiscard]] QUrl parseEndpoint(const QString &text, const QString &option);

/// A transport to url that authenticates as this profile's device.
[[nodiscard]] std::unique_ptr<net::RelayTransport> openTransport(Store &store, const QUrl &url);

/// Runs body, turning a SyncError into a CliError with the sync exit codes.
void withSyncErrors(const std::function<void()> &body);

/// Set by SIGINT and SIGTERM once watchForStop() ran; long-running commands poll it.
[[nodiscard]] bool stopRequested();
void watchForStop();

} // namespace bollplank::cli

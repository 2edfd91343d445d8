#pragma once

// What the pair and sync commands share: where this profile syncs (its endpoint), a transport
// signed by the profile's device identity, and SyncError turned into the CLI's exit codes.

#include "endpoints.h"
#include "sync/transport.h"

#include <QString>
#include <QUrl>

#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace bollplank {
class Store;
}

namespace bollplank::sync {
class Engine;
}

namespace bollplank::cli {

class Context;

/// This person's own endpoint: --relay when given (and then remembered), else the one remembered
/// in the profile folder ("sync-endpoint": only the address, never note content). The private
/// collections sync there. Throws a usage error when there is none.
[[nodiscard]] QUrl syncEndpoint(Context &ctx);
/// The same, or nothing when none was chosen (a person who only pairs with the other person).
[[nodiscard]] std::optional<QUrl> ownEndpoint(Context &ctx);
/// Every server some collection syncs through (sync/routes.h): the own endpoint first, then each
/// one a pairing with the other person bound a shared space to. Throws a usage error when none.
[[nodiscard]] QList<QUrl> endpointsInUse(Context &ctx);
/// An engine that knows this person's own endpoint, so each server gets only what belongs there.
[[nodiscard]] std::unique_ptr<sync::Engine> engineFor(Context &ctx);
/// Remembers url as the profile's endpoint.
void rememberEndpoint(Context &ctx, const QUrl &url);
/// Checks that text is a ws:// or wss:// address; throws a usage error naming option otherwise.
[[nodiscard]] QUrl parseEndpoint(const QString &text, const QString &option);

/// A transport to url that authenticates as this profile's device (net/endpoints.h).
using net::openTransport;

/// Runs body, turning a SyncError into a CliError with the sync exit codes.
void withSyncErrors(const std::function<void()> &body);

/// Set by SIGINT and SIGTERM once watchForStop() ran; long-running commands poll it.
[[nodiscard]] bool stopRequested();
void watchForStop();

} // namespace bollplank::cli
